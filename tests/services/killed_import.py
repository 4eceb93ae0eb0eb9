"""Run ``chibo-desktop`` and kill this very process, as a power cut would (SIGKILL: no cleanup),
once SQLite has done ``limit`` steps of work (a step is 100 virtual machine instructions, so
the kill lands inside a statement or a commit); with a limit of 0, run to the end and print the
number of steps the run took on stderr.

Usage: python killed_import.py LIMIT ARGUMENTS...
"""

from __future__ import annotations

import atexit
import os
import signal
import sqlite3
import sys

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
if not limit:
    atexit.register(lambda: print(f"steps {steps}", file=sys.stderr))

from chibo_desktop.cli import main  # noqa: E402 - after the counting is in place

sys.exit(main(sys.argv[2:]))
