"""A database file read or changed through a connection of its own, as another program would: its
content as SQL text (for the tests that check an operation changed nothing), a query, a write."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

# The counts the classification summary keeps: derived, written by any report that reads them.
_DERIVED = ('INSERT INTO "roll_tally"', 'INSERT INTO "roll_tally_cell"')


def dump(db_path: Path) -> list[str]:
    """Every row of every table (the kept counts left out)."""
    with closing(sqlite3.connect(db_path)) as connection:
        return [line for line in connection.iterdump() if not line.startswith(_DERIVED)]


def query(db_path: Path, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(db_path)) as connection:
        return connection.execute(sql, params).fetchall()


def execute(db_path: Path, sql: str, params: tuple[Any, ...] = ()) -> None:
    """One write, committed."""
    with closing(sqlite3.connect(db_path)) as connection, connection:
        connection.execute(sql, params)
