"""Writing a file the user asked for without ever leaving half of it at the destination."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TypeVar

from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.sync.package import write_file_atomically

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


# OS errors a stick gives, as the refusal a person can act on.
_STICK_ERRORS = {
    errno.ENOSPC: "sync.stick_full",
    errno.EDQUOT: "sync.stick_full",
    errno.EROFS: "sync.stick_read_only",
    errno.EACCES: "sync.stick_read_only",
    errno.EPERM: "sync.stick_read_only",
    errno.ENOENT: "sync.stick_removed",
    errno.ENODEV: "sync.stick_removed",
    errno.EIO: "sync.stick_removed",
}


def stick_refusal(error: OSError, folder: Path) -> OperationRefused:
    return OperationRefused(
        _STICK_ERRORS.get(error.errno or 0, "sync.write_failed"), folder=str(folder)
    )


def write_to_stick(path: Path, data: bytes) -> None:
    """``data`` as the file ``path``, on a stick: written under a temporary name, synced, renamed
    and read back; a refusal saying what to do with the stick otherwise, nothing left behind."""
    if not path.parent.is_dir():
        raise OperationRefused("sync.no_folder", folder=str(path.parent))
    try:
        write_file_atomically(path, data)
    except OSError as error:
        raise stick_refusal(error, path.parent) from error
