"""Database files as whole files: verified copies, what a copy holds, and putting a copy in place.

Plain ``sqlite3`` throughout: a backup is read while the program's own database is closed (a
damaged file at start-up, a restore), and copies are opened read-only so that looking at one
never changes it. Every copy is written under a name no finished backup has (``….partial``),
checked with ``PRAGMA integrity_check``, synced and only then renamed: a power cut or a killed
process leaves at worst a partial file that nothing lists or restores.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from chibo_desktop.domain.backups import BackupContents
from chibo_desktop.domain.clock import stamp_millis
from chibo_desktop.storage.tables import VERSIONED_TABLES

PARTIAL_SUFFIX = ".partial"
# <database stem>-<yyyymmdd-hhmmss>[-<n>]-<reason>.sqlite, e.g.
# chibo-20261121-091500-before-import.sqlite; n tells apart two copies of the same second.
_NAME = re.compile(
    r"^(?P<stem>.+?)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z]+(?:-[a-z]+)*)"
    r"\.sqlite$"
)
_STAMP = "%Y%m%d-%H%M%S"
# A live database's companions: SQLite's write-ahead log and its index, or a rollback journal.
_COMPANIONS = ("-wal", "-shm", "-journal")


class CopyDamaged(Exception):
    """The copy (or the file it was made from) does not pass SQLite's integrity check."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        super().__init__(f"{path}: {'; '.join(problems[:3])}")
        self.path = path
        self.problems = problems


@dataclass(frozen=True, slots=True)
class BackupName:
    stem: str  # the database it is a copy of (chibo.sqlite → chibo)
    taken_at: datetime
    reason: str
    n: int = 0  # the second copy of the same second is 1, and so on


def backup_name(stem: str, taken_at: datetime, reason: str, n: int = 0) -> str:
    number = f"-{n}" if n else ""
    return f"{stem}-{taken_at.strftime(_STAMP)}{number}-{reason}.sqlite"


def parse_backup_name(name: str) -> BackupName | None:
    match = _NAME.match(name)
    if match is None:
        return None
    try:
        taken_at = datetime.strptime(match["stamp"], _STAMP)
    except ValueError:
        return None
    return BackupName(match["stem"], taken_at, match["reason"], int(match["n"] or 0))


def free_backup_path(folder: Path, stem: str, taken_at: datetime, reason: str) -> Path:
    """A name in ``folder`` no backup has yet (two backups may be taken in the same second)."""
    n = 0
    while (path := folder / backup_name(stem, taken_at, reason, n)).exists():
        n += 1
    return path


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that cannot change the file (nor create one where there is none)."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10.0)
    try:
        yield connection
    finally:
        connection.close()


def problems(path: Path, quick: bool = False) -> list[str]:
    """What SQLite's own check finds wrong with the file; [] when it is sound. ``quick`` runs
    ``quick_check`` (every page and record, not the indexes' agreement with the tables: a few
    seconds for a province's gigabyte), else ``integrity_check``."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        with read_only(path) as connection:
            rows = connection.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError as error:
        return [str(error)]
    return [] if rows == [("ok",)] else [str(r[0]) for r in rows]


def copy_verified(source: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy of the database ``source`` is connected to, at ``target``.

    SQLite's online backup (one step: a single snapshot, while other connections may go on
    writing) into ``target.partial``; the copy is a plain single file (no write-ahead log),
    checked with ``integrity_check``, synced, and renamed. A copy that fails the check is
    deleted and ``CopyDamaged`` raised: the source itself is damaged."""

    def write(partial: Path) -> None:
        destination = sqlite3.connect(partial)
        try:
            source.backup(destination)
            # The copied header says "write-ahead log"; a backup is one self-contained file.
            destination.execute("PRAGMA journal_mode = DELETE")
        except sqlite3.DatabaseError as error:  # the source's pages cannot be read
            raise CopyDamaged(target, [str(error)]) from error
        finally:
            destination.close()

    return write_verified(target, write)


def write_verified(target: Path, write: Callable[[Path], None]) -> Path:
    """Let ``write`` make a database file at the path it is given (``target.partial``), then
    check it with ``integrity_check``, sync it and rename it to ``target``. Raises
    ``CopyDamaged`` (and removes the partial file) when the check fails."""
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    partial.unlink(missing_ok=True)
    try:
        write(partial)
        found = problems(partial)
        if found:
            raise CopyDamaged(target, found)
        _sync_file(partial)
        partial.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    sync_folder(target.parent)
    return target


def copy_file_verified(source: Path, target: Path) -> Path:
    """``copy_verified`` of a database file no connection of this program has open."""
    try:
        with read_only(source) as connection:
            return copy_verified(connection, target)
    except sqlite3.DatabaseError as error:  # not a database at all, or its header is damaged
        raise CopyDamaged(source, [str(error)]) from error


def keep_as_found(path: Path, target: Path) -> Path:
    """The bytes of a database SQLite cannot copy page by page (damaged), and of its log, kept
    at ``target`` (and ``target-wal``) as they are: nothing is ever thrown away."""
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    for suffix in ("-wal", ""):
        source = Path(f"{path}{suffix}")
        if source.exists():
            shutil.copyfile(source, f"{partial}{suffix}")
            _sync_file(Path(f"{partial}{suffix}"))
    # The log first: the main file's final name is what says the copy is complete.
    if Path(f"{partial}-wal").exists():
        Path(f"{partial}-wal").replace(f"{target}-wal")
    partial.replace(target)
    sync_folder(target.parent)
    return target


def contents(path: Path) -> BackupContents | None:
    """What the database file holds; None when it cannot be read."""
    try:
        with read_only(path) as connection:
            return _contents(connection)
    except sqlite3.DatabaseError:
        return None


def _contents(connection: sqlite3.Connection) -> BackupContents:
    (schema,) = connection.execute("PRAGMA user_version").fetchone()
    tables = {
        name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
    }
    site = None
    if "site" in tables:
        site = connection.execute("SELECT name, epoch FROM site LIMIT 1").fetchone()

    def count(table: str) -> int:
        if table not in tables:
            return 0
        return connection.execute(f'SELECT COUNT(*) FROM "{table}" WHERE deleted = 0').fetchone()[0]

    stamps = [
        connection.execute(f'SELECT MAX(version) FROM "{name}"').fetchone()[0]
        for name in (t._meta.table_name for t in VERSIONED_TABLES)
        if name in tables and name != "rule_profile"  # the built-in rules are not a change
    ]
    newest = max(filter(None, stamps), default=None)
    return BackupContents(
        schema=int(schema),
        site_name=site[0] if site else "",
        epoch=int(site[1]) if site else 0,
        members=count("member"),
        meetings=count("meeting"),
        newest_change=(
            datetime.fromtimestamp(stamp_millis(newest) / 1000, UTC)
            .astimezone()
            .replace(tzinfo=None)
            if newest
            else None
        ),
    )


def put_in_place(source: Path, live: Path, epoch: int) -> None:
    """Replace the database at ``live`` (closed by every connection) with a copy of the backup
    ``source`` whose site has ``epoch``.

    The copy is made beside ``live`` under a temporary name, given the epoch, checked and synced;
    the old file's write-ahead log and its index are removed (they belong to the old file: SQLite
    would replay the log into the new one), then the copy is renamed over the old file. Until
    that rename, ``live`` is what it was (less a log the caller has already copied)."""
    temporary = live.with_name(f".{live.name}.restoring")
    copy_file_verified(source, temporary)
    try:
        with contextlib.closing(sqlite3.connect(temporary)) as connection, connection:
            connection.execute("UPDATE site SET epoch = ?", (epoch,))
        _sync_file(temporary)
        for suffix in _COMPANIONS:
            Path(f"{live}{suffix}").unlink(missing_ok=True)
        temporary.replace(live)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    sync_folder(live.parent)


def epoch_of(path: Path) -> int | None:
    """The site epoch the file holds; None when it cannot be read."""
    found = contents(path)
    return found.epoch if found else None


def _sync_file(path: Path) -> None:
    with path.open("rb+") as stream:
        os.fsync(stream.fileno())


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no handle on a folder to sync)."""
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
