"""Run some work and kill this very process, as a power cut would (SIGKILL: no cleanup), once
SQLite has done ``limit`` steps of work (a step is 100 virtual machine instructions, so the kill
lands inside a statement or a commit); with a limit of 0, run to the end and print the number of
steps the run took on stderr.

Usage: python killed_process.py LIMIT cli ARGUMENTS...       (chibo-desktop's command line)
       python killed_process.py LIMIT work DB JOURNAL FILES   (tests/crash_work.py's office day)
"""

from __future__ import annotations

import atexit
import os
import signal
import sqlite3
import sys
from pathlib import Path

import peewee

limit = int(sys.argv[1])
steps = 0
_connect = peewee.SqliteDatabase._connect


def _step() -> int:
    global steps
    steps += 1
    if limit and steps >= limit:
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
    return 0


def _counted_connect(self: peewee.SqliteDatabase) -> sqlite3.Connection:
    connection = _connect(self)
    connection.set_progress_handler(_step, 100)
    return connection


peewee.SqliteDatabase._connect = _counted_connect  # type: ignore[method-assign]
_plain_connect = sqlite3.connect


def _counted_plain_connect(*args: object, **kwargs: object) -> sqlite3.Connection:
    """Connections opened without peewee count too (a backup's copy, checked before it is
    renamed)."""
    connection = _plain_connect(*args, **kwargs)  # type: ignore[arg-type]
    connection.set_progress_handler(_step, 100)
    return connection


# The office's day counts them (its backup); the package import's test counts the import's own
# connection only, as its kills are spread over that work.
if sys.argv[2] == "work":
    sqlite3.connect = _counted_plain_connect  # type: ignore[assignment]
if not limit:
    atexit.register(lambda: print(f"steps {steps}", file=sys.stderr))

# After the counting is in place:
if sys.argv[2] == "cli":
    from chibo_desktop.cli import main

    sys.exit(main(sys.argv[3:]))
else:
    sys.path.insert(0, str(Path(__file__).parent))
    from crash_work import office_day

    def done(number: int) -> None:
        if not limit:  # where each operation ends, for choosing where to kill
            print(f"done {number} {steps}", file=sys.stderr)

    office_day(Path(sys.argv[3]), Path(sys.argv[4]), Path(sys.argv[5]), done)
