"""Writing a file the user asked for without ever leaving half of it at the destination."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TypeVar

from chibo_desktop.services.errors import OperationRefused

T = TypeVar("T")


def write_atomically(destination: Path, write: Callable[[BinaryIO], T]) -> T:
    """Let ``write`` fill a temporary file beside ``destination``, then put it in place.

    Power cuts are common and a list may take seconds to render: until the rename the old file
    (if any) stays as it was, and a failed or cancelled export leaves nothing behind. The
    temporary file is private to the user (mkstemp), which suits confidential member records.
    """
    folder = destination.parent
    try:
        handle, temporary_name = tempfile.mkstemp(
            prefix=f".{destination.name}.", suffix=".part", dir=folder
        )
    except FileNotFoundError:
        raise OperationRefused("export.no_folder", folder=folder) from None
    except OSError as error:
        raise OperationRefused(
            "export.cannot_write", path=destination, detail=error.strerror or str(error)
        ) from None
    temporary = Path(temporary_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            result = write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        try:
            os.replace(temporary, destination)
        except PermissionError:
            # On Windows: the old file is open in Excel or a PDF reader.
            raise OperationRefused("export.file_in_use", path=destination) from None
    except OSError as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise OperationRefused(
            "export.cannot_write", path=destination, detail=error.strerror or str(error)
        ) from None
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    return result
