"""Backups of the database, restoring one, and a backup sealed with a password for a USB stick.

Backups are SQLite online backups in the user data folder's ``backups/``, each checked with
``PRAGMA integrity_check`` before it gets its final name
(``<database>-<yyyymmdd-hhmmss>-<reason>.sqlite``). They are taken every day the program opens,
on closing when anything was written, and before every package import, bulk change, migration
and restore. The folder is thinned after each backup: every backup of today and yesterday, then
the newest of each day, week and month for as many as the office chose.

Restoring replaces the database (closed) with the chosen backup after backing up what it
replaces, and gives the site a new epoch (DESIGN.md §2: peers must not mistake the restored data
for the state they knew). Until the office confirms the restored data, nothing is thinned and no
routine backup (daily, on closing) is taken, so the backups from before the restore all stay.
"""

from __future__ import annotations

import glob
import json
import os
import shutil
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

from chibo_desktop.domain.accounts import Permission
from chibo_desktop.domain.backups import (
    RETENTION_LIMIT,
    BackupContents,
    Retention,
    backups_to_keep,
)
from chibo_desktop.services.access import Access
from chibo_desktop.services.errors import OperationRefused, Problem, ValidationFailed
from chibo_desktop.services.files import stick_refusal, write_atomically
from chibo_desktop.storage import backup_files
from chibo_desktop.storage.backup_files import CopyDamaged
from chibo_desktop.storage.migrations import CURRENT_VERSION, MIGRATION_REASON
from chibo_desktop.storage.store import Store
from chibo_desktop.sync import backup_file
from chibo_desktop.sync.backup_file import DEFAULT_COST, BackupFileRejected, Cost

MIN_PASSWORD = 8
RETENTION_FILE = "retention.json"
# The damaged database a restore replaced, kept aside as it was: never listed, never thinned.
DAMAGED = "damaged"
# A partial copy older than this was left by a process that was killed (a newer one may still
# be being written by another instance of the program).
_STALE_PARTIAL = timedelta(days=1)


class BackupReason(StrEnum):
    MANUAL = "manual"
    DAILY = "daily"
    CLOSING = "closing"
    BEFORE_IMPORT = "before-import"  # packages from the USB handoff
    BEFORE_BULK = "before-bulk"  # an import from Excel, a cell moved whole, and their undo
    BEFORE_MIGRATION = MIGRATION_REASON
    BEFORE_RESTORE = "before-restore"
    TO_STICK = "to-stick"
    FROM_STICK = "from-stick"  # a sealed backup brought back from a stick


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    taken_at: datetime
    reason: BackupReason
    size: int  # bytes
    contents: BackupContents | None  # None when the file cannot be read


@dataclass(frozen=True, slots=True)
class RestoreNote:
    """A restore the office has not confirmed yet."""

    source: str  # the backup's file name
    source_taken_at: datetime
    restored_at: datetime
    epoch: int  # the site's new epoch
    saved_as: str  # the backup of what was replaced ("" when there was no database)


@dataclass(frozen=True, slots=True)
class StickBackup:
    path: Path  # the sealed file on the stick
    backup: Backup  # the local backup it seals


class BackupFolder:
    """The backups of one database, and what can be done with them while it is closed: list,
    thin, restore, bring back a sealed backup from a stick. The settings (how many to keep)
    and a restore waiting for confirmation are small JSON files in the folder, which the
    window and the command line both read."""

    def __init__(
        self,
        database: Path,
        folder: Path,
        now: Callable[[], datetime] = datetime.now,
        cost: Cost = DEFAULT_COST,
    ) -> None:
        self.database = database
        self.folder = folder
        self.now = now
        self.cost = cost

    # -- the list ---------------------------------------------------------------------------------
    def backups(self) -> list[Backup]:
        """This database's backups, newest first, each with what it holds."""
        return [
            Backup(path, taken_at, reason, size, backup_files.contents(path))
            for path, taken_at, reason, size in self._found()
        ]

    def newest_good(self) -> Backup | None:
        """The newest backup that SQLite's quick check finds sound."""
        for backup in self.backups():
            if backup.contents is not None and not backup_files.problems(backup.path, quick=True):
                return backup
        return None

    def taken_today(self) -> bool:
        today = self.now().date()
        return any(taken_at.date() == today for _, taken_at, _, _ in self._found())

    def _found(self) -> list[tuple[Path, datetime, BackupReason, int]]:
        stem = self.database.stem
        found: list[tuple[tuple[datetime, int, int], Path, BackupReason, int]] = []
        for path in self.folder.glob(f"{glob.escape(stem)}-*.sqlite"):
            name = backup_files.parse_backup_name(path.name)
            if name is None or name.stem != stem:
                continue  # another database's (its name starts the same way)
            try:
                reason = BackupReason(name.reason)
                stat = path.stat()
            except ValueError:
                continue  # a damaged file kept aside, or a reason of a newer version
            except OSError:
                continue  # removed meanwhile (another instance thinned the folder)
            # Two backups of the same second (before a bulk change, then on request) are
            # ordered by when each was finished.
            order = (name.taken_at, name.n, stat.st_mtime_ns)
            found.append((order, path, reason, stat.st_size))
        found.sort(key=lambda f: f[0], reverse=True)
        return [(path, order[0], reason, size) for order, path, reason, size in found]

    # -- how many are kept ------------------------------------------------------------------------
    def retention(self) -> Retention:
        try:
            stored = json.loads((self.folder / RETENTION_FILE).read_text("utf-8"))
            retention = Retention(
                int(stored["daily"]), int(stored["weekly"]), int(stored["monthly"])
            )
        except (OSError, ValueError, KeyError, TypeError):
            return Retention()  # never set, or edited by hand into something unreadable
        return retention if not _retention_problems(retention) else Retention()

    def set_retention(self, retention: Retention) -> None:
        """Takes effect at the next backup (nothing is deleted now)."""
        problems = _retention_problems(retention)
        if problems:
            raise ValidationFailed(problems)
        _write_json(self.folder / RETENTION_FILE, asdict(retention))

    def thin(self) -> list[Path]:
        """Delete the backups the retention does not keep; none while a restore waits for
        confirmation. Returns the files deleted."""
        if self.restore_note() is not None:
            return []
        found = self._found()
        keep = backups_to_keep([f[1] for f in found], self.now().date(), self.retention())
        removed = []
        for i, (path, *_rest) in enumerate(found):
            if i in keep:
                continue
            try:
                path.unlink()
            except OSError:
                continue  # open elsewhere (Windows): the next backup tries again
            removed.append(path)
        cutoff = (self.now() - _STALE_PARTIAL).timestamp()
        pattern = f"{glob.escape(self.database.stem)}-*{backup_files.PARTIAL_SUFFIX}"
        for partial in self.folder.glob(pattern):
            try:
                if partial.stat().st_mtime < cutoff:
                    partial.unlink()
            except OSError:
                continue
        return removed

    # -- restoring --------------------------------------------------------------------------------
    def restore_note(self) -> RestoreNote | None:
        try:
            stored = json.loads(self._note_path().read_text("utf-8"))
            return RestoreNote(
                source=str(stored["source"]),
                source_taken_at=datetime.fromisoformat(stored["source_taken_at"]),
                restored_at=datetime.fromisoformat(stored["restored_at"]),
                epoch=int(stored["epoch"]),
                saved_as=str(stored["saved_as"]),
            )
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            # Unreadable, yet a restore was recorded: still wait for the office to confirm.
            return RestoreNote("", self.now(), self.now(), 0, "")

    def confirm_restore(self) -> None:
        """The office has checked the restored data: routine backups and thinning resume."""
        self._note_path().unlink(missing_ok=True)

    def restore(self, source: Path) -> RestoreNote:
        """Replace the database (which must be closed) with the backup ``source``.

        What it replaces is backed up first ("before-restore"; a database SQLite cannot copy is
        kept aside byte for byte). The restored site gets an epoch above every epoch this
        database or its backups have had."""
        found = backup_files.contents(source)
        if found is None:
            raise OperationRefused("backup.not_a_backup", file=source.name)
        if found.schema > CURRENT_VERSION:
            raise OperationRefused("backup.too_new", file=source.name)
        saved = self._save_current()
        epochs = [found.epoch, *(b.contents.epoch for b in self.backups() if b.contents)]
        live = backup_files.epoch_of(self.database) if self.database.exists() else None
        epoch = 1 + max([*epochs, live or 0])
        try:
            backup_files.put_in_place(source, self.database, epoch)
        except CopyDamaged as damaged:
            raise OperationRefused("backup.damaged", file=source.name) from damaged
        except PermissionError as error:  # Windows: another program has the database open
            raise OperationRefused("backup.database_in_use", path=str(self.database)) from error
        name = backup_files.parse_backup_name(source.name)
        note = RestoreNote(
            source=source.name,
            source_taken_at=name.taken_at if name else self.now(),
            restored_at=self.now(),
            epoch=epoch,
            saved_as=saved.name if saved else "",
        )
        _write_json(
            self._note_path(),
            {
                **asdict(note),
                "source_taken_at": note.source_taken_at.isoformat(),
                "restored_at": note.restored_at.isoformat(),
            },
        )
        return note

    def _save_current(self) -> Path | None:
        if not self.database.exists():
            return None
        now = self.now()
        stem = self.database.stem
        target = backup_files.free_backup_path(self.folder, stem, now, BackupReason.BEFORE_RESTORE)
        try:
            return backup_files.copy_file_verified(self.database, target)
        except CopyDamaged:
            aside = backup_files.free_backup_path(self.folder, stem, now, DAMAGED)
            return backup_files.keep_as_found(self.database, aside)

    def _note_path(self) -> Path:
        return self.folder / f"{self.database.stem}.restored.json"

    def copy_out(self, backup: Backup, target: Path) -> Path:
        """A copy of ``backup`` at ``target`` (a plain SQLite file, not sealed: for use on this
        computer), written beside and renamed, then checked."""

        def write(stream: BinaryIO) -> None:
            with backup.path.open("rb") as source:
                shutil.copyfileobj(source, stream)

        write_atomically(target, write)
        if backup_files.problems(target):
            target.unlink(missing_ok=True)
            raise OperationRefused("backup.damaged", file=target.name)
        return target

    # -- a sealed backup from a stick -------------------------------------------------------------
    def bring_in(self, sealed: Path, password: str) -> Backup:
        """Open a backup sealed on a stick with its password, into this folder (as a backup
        "from-stick", to be restored like any other). A wrong password changes nothing."""
        target = backup_files.free_backup_path(
            self.folder, self.database.stem, self.now(), BackupReason.FROM_STICK
        )

        def write(partial: Path) -> None:
            with sealed.open("rb") as source, partial.open("wb") as plain:
                backup_file.open_sealed(source, plain, password)

        try:
            backup_files.write_verified(target, write)
        except BackupFileRejected as rejected:
            raise OperationRefused(f"backup.{rejected.code}", file=sealed.name) from rejected
        except CopyDamaged as damaged:
            raise OperationRefused("backup.damaged", file=sealed.name) from damaged
        except OSError as error:
            raise OperationRefused("sync.unreadable", file=sealed.name) from error
        return next(b for b in self.backups() if b.path == target)


class BackupService:
    """Taking backups of the open database; the rest is its ``BackupFolder``'s."""

    def __init__(self, store: Store, folder: BackupFolder, access: Access) -> None:
        self._store = store
        self.folder = folder
        self._access = access
        self._transactions_backed_up = store.transactions

    def take(self, reason: BackupReason = BackupReason.MANUAL) -> Backup:
        """A verified backup now, then the folder thinned."""
        target = backup_files.free_backup_path(
            self.folder.folder, self.folder.database.stem, self.folder.now(), reason
        )
        transactions = self._store.transactions
        try:
            self._store.backup(target)
        except CopyDamaged as damaged:
            raise OperationRefused("backup.database_damaged") from damaged
        except OSError as error:
            raise OperationRefused(
                "backup.cannot_write", folder=str(target.parent), detail=error.strerror or ""
            ) from error
        self._transactions_backed_up = transactions
        self.folder.thin()
        return next(b for b in self.folder.backups() if b.path == target)

    def check_may_restore(self) -> None:
        """Restoring replaces everyone's data: an administrator's work. (The restore itself is
        ``BackupFolder.restore``, done with the database closed.)"""
        self._access.require(Permission.ADMINISTER)

    def set_retention(self, retention: Retention) -> None:
        self._access.require(Permission.ADMINISTER)
        self.folder.set_retention(retention)

    def confirm_restore(self) -> None:
        self._access.require(Permission.ADMINISTER)
        self.folder.confirm_restore()

    def daily(self) -> Backup | None:
        """The day's backup, when none was taken today (and no restore waits)."""
        if self.folder.restore_note() is not None:
            return None
        if self.folder.taken_today():
            return None
        return self.take(BackupReason.DAILY)

    def closing_needed(self) -> bool:
        """Whether closing should back up: something was written since the last backup this
        program took (or since it opened), and no restore waits for confirmation."""
        return (
            self.folder.restore_note() is None
            and self._store.transactions != self._transactions_backed_up
        )

    def on_closing(self) -> Backup | None:
        return self.take(BackupReason.CLOSING) if self.closing_needed() else None

    def before_bulk(self) -> None:
        self.take(BackupReason.BEFORE_BULK)

    def before_import(self) -> None:
        self.take(BackupReason.BEFORE_IMPORT)

    def to_stick(
        self,
        folder: Path,
        password: str,
        progress: Callable[[int, int], None] | None = None,
    ) -> StickBackup:
        """A backup now, sealed with ``password`` into ``folder`` (a stick): written under a
        temporary name, synced, renamed, then read back and checked against the backup."""
        self._access.require(Permission.ADMINISTER)  # the whole database leaves the PC
        if len(password) < MIN_PASSWORD:
            raise ValidationFailed([Problem("password", "too_short", {"min": MIN_PASSWORD})])
        if not folder.is_dir():
            raise OperationRefused("sync.no_folder", folder=str(folder))
        backup = self.take(BackupReason.TO_STICK)
        stamp = backup.taken_at.strftime("%Y%m%d-%H%M%S")
        target = folder / f"{self.folder.database.stem}-{stamp}{backup_file.SUFFIX}"
        partial = target.with_name(target.name + backup_files.PARTIAL_SUFFIX)
        megabytes = max(1, backup.size >> 20)

        def sealed(done: int) -> None:
            if progress is not None:
                progress(min(done >> 20, megabytes), megabytes)

        try:
            with backup.path.open("rb") as source, partial.open("wb") as out:
                result = backup_file.seal(source, out, password, self.folder.cost, sealed)
                out.flush()
                os.fsync(out.fileno())
            partial.replace(target)
            backup_files.sync_folder(folder)
            with target.open("rb") as written:
                digest = backup_file.open_sealed(written, None, key=result.key)
        except OSError as error:
            _remove(partial, target)
            raise stick_refusal(error, folder) from error
        except BackupFileRejected as rejected:
            _remove(partial, target)
            raise OperationRefused("sync.written_badly", file=target.name) from rejected
        if digest != result.sha256:
            _remove(target)
            raise OperationRefused("sync.written_badly", file=target.name)
        return StickBackup(target, backup)


def copy_into(database: Path, folder: Path) -> Path:
    """A verified copy of ``database`` (a file on a stick or a network share, closed) in
    ``folder``, under its own name or, when that is taken, a numbered one. The original stays
    where it is."""
    target = folder / database.name
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{database.stem}-{n}{database.suffix}"
    try:
        return backup_files.copy_file_verified(database, target)
    except CopyDamaged as damaged:
        raise OperationRefused("backup.damaged", file=database.name) from damaged
    except OSError as error:
        raise OperationRefused(
            "backup.cannot_write", folder=str(folder), detail=error.strerror or ""
        ) from error


def _retention_problems(retention: Retention) -> list[Problem]:
    return [
        Problem(field, "out_of_range", {"min": 0, "max": RETENTION_LIMIT})
        for field, value in asdict(retention).items()
        if not 0 <= value <= RETENTION_LIMIT
    ]


def _write_json(path: Path, document: dict[str, object]) -> None:
    """A small settings file, written beside and renamed (never half written)."""
    partial = path.with_name(path.name + backup_files.PARTIAL_SUFFIX)
    with partial.open("w", encoding="utf-8") as out:
        json.dump(document, out, ensure_ascii=False, indent=1)
        out.flush()
        os.fsync(out.fileno())
    partial.replace(path)


def _remove(*paths: Path) -> None:
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            continue  # the stick was pulled out: there is nothing left to remove
