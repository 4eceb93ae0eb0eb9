"""A database file's content as SQL text, for the tests that check an operation changed nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

# The counts the classification summary keeps: derived, written by any report that reads them.
_DERIVED = ('INSERT INTO "roll_tally"', 'INSERT INTO "roll_tally_cell"')


def dump(db_path: Path) -> list[str]:
    """Every row of every table, read through a connection of its own (the kept counts left
    out)."""
    with sqlite3.connect(db_path) as connection:
        return [line for line in connection.iterdump() if not line.startswith(_DERIVED)]
