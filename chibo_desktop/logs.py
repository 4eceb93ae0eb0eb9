"""The program's log: ``logs/chibo.log`` in the user data folder, rotated by size, with every
number that may be a personal ID or Party card number masked (DOMAIN.md "Sensitivity").

The entry point (``cli.main``, which also starts the window) runs inside ``logging_to``. The
rest of the program logs through ``logging.getLogger(__name__)`` and says what happened with ids
and counts, never names; the masking is the safety net for what slips into a message or a
traceback (an exception quoting a value from a file, say). The home folder is written as "~":
on Windows it is named after the person.
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from chibo_desktop import __version__
from chibo_desktop.domain.privacy import mask_numbers

LOG_FILE_NAME = "chibo.log"
MAX_LOG_BYTES = 1_000_000
LOG_BACKUPS = 5  # chibo.log.1 … chibo.log.5: a few months of an office's work
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def scrubbed(text: str) -> str:
    """``text`` with personal numbers masked and the home folder written as "~"."""
    home = str(Path.home())
    if len(home) > 1:
        text = text.replace(home, "~")
    return mask_numbers(text)


class MaskingFormatter(logging.Formatter):
    """Formats a record as usual (message, traceback, stack), then scrubs the whole text."""

    def __init__(self) -> None:
        super().__init__(_FORMAT)

    def format(self, record: logging.LogRecord) -> str:
        return scrubbed(super().format(record))


@contextmanager
def logging_to(folder: Path) -> Iterator[Path]:
    """While the block runs, log the program's events and Python's warnings to ``chibo.log`` in
    ``folder`` (rotated: chibo.log.1 … .5); yields the log file. The entry points wrap their
    whole run in it; nothing of it is left behind after."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE_NAME
    handler = logging.handlers.RotatingFileHandler(
        path,
        maxBytes=MAX_LOG_BYTES,
        backupCount=LOG_BACKUPS,
        encoding="utf-8",
        delay=True,  # no file until there is something to write
    )
    handler.setFormatter(MaskingFormatter())
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)  # peewee logs each query, with its values, at DEBUG only
    logging.captureWarnings(True)
    try:
        yield path
    finally:
        logging.captureWarnings(False)
        root.setLevel(level)
        root.removeHandler(handler)
        handler.close()


def log_start(command: str) -> None:
    """The first line of a run: which program, on what, doing what."""
    logging.getLogger("chibo_desktop").info(
        "Chi bộ Desktop %s started (%s; Python %s; %s)",
        __version__,
        platform.platform(),
        platform.python_version(),
        command,
    )
