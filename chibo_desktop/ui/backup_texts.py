"""The words of backups in the user's language: why a backup was taken, what it holds, and why
one could not be taken, sealed or restored. Shared by the window and the command line."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from chibo_desktop.domain.dates import format_date
from chibo_desktop.services.backups import Backup, BackupReason
from chibo_desktop.services.errors import OperationRefused, ValidationFailed
from chibo_desktop.ui.export_texts import describe_export_error
from chibo_desktop.ui.messages import describe_error
from chibo_desktop.ui.sync_texts import describe_sync_refusal

_CONTEXT = "Backups"
_REASONS = {
    BackupReason.MANUAL: QT_TRANSLATE_NOOP("Backups", "Backed up on request"),
    BackupReason.DAILY: QT_TRANSLATE_NOOP("Backups", "Daily backup"),
    BackupReason.CLOSING: QT_TRANSLATE_NOOP("Backups", "On closing the program"),
    BackupReason.BEFORE_IMPORT: QT_TRANSLATE_NOOP("Backups", "Before receiving data"),
    BackupReason.BEFORE_BULK: QT_TRANSLATE_NOOP(
        "Backups", "Before a bulk change (import from Excel, a cell moved whole)"
    ),
    BackupReason.BEFORE_MIGRATION: QT_TRANSLATE_NOOP("Backups", "Before upgrading the database"),
    BackupReason.BEFORE_RESTORE: QT_TRANSLATE_NOOP("Backups", "Before restoring a backup"),
    BackupReason.TO_STICK: QT_TRANSLATE_NOOP("Backups", "Copied to a USB stick"),
    BackupReason.FROM_STICK: QT_TRANSLATE_NOOP("Backups", "Brought back from a USB stick"),
}
_REFUSALS = {
    "backup.not_a_backup": QT_TRANSLATE_NOOP(
        "Backups",
        "{file} is not a backup of Chi bộ Desktop, or it is badly damaged; nothing was changed.",
    ),
    "backup.too_new": QT_TRANSLATE_NOOP(
        "Backups",
        "{file} was made by a newer version of Chi bộ Desktop; install that version to restore "
        "it. Nothing was changed.",
    ),
    "backup.unknown_format": QT_TRANSLATE_NOOP(
        "Backups",
        "{file} was made by a newer version of Chi bộ Desktop; install that version to open it.",
    ),
    "backup.damaged": QT_TRANSLATE_NOOP(
        "Backups",
        "{file} is damaged and cannot be used; choose another backup. The data was not changed.",
    ),
    "backup.truncated": QT_TRANSLATE_NOOP(
        "Backups",
        "{file} is incomplete (the stick may have been pulled out while it was being written); "
        "use another copy.",
    ),
    "backup.wrong_password": QT_TRANSLATE_NOOP(
        "Backups",
        "The password is not the one {file} was sealed with. Type it again (capital letters and "
        "accents count); nothing was changed.",
    ),
    "backup.database_in_use": QT_TRANSLATE_NOOP(
        "Backups",
        "The database {path} is open in another program; close that program and try again.",
    ),
    "backup.database_damaged": QT_TRANSLATE_NOOP(
        "Backups",
        "The database is damaged, so it cannot be backed up. Restore the newest good backup "
        "(File → Restore from a backup…).",
    ),
    "backup.cannot_write": QT_TRANSLATE_NOOP(
        "Backups",
        "The backup could not be written in {folder} ({detail}). Free some space on the disk "
        "and try again.",
    ),
}
_PASSWORD_TOO_SHORT = QT_TRANSLATE_NOOP(
    "Backups", "The password must have at least {min} characters."
)
_CONTENTS = QT_TRANSLATE_NOOP("Backups", "{office} — {members} member records, {meetings} meetings")
_LAST_CHANGE = QT_TRANSLATE_NOOP("Backups", "last change {date}")
_NOT_SET_UP = QT_TRANSLATE_NOOP("Backups", "An empty database (not set up yet)")
_UNREADABLE = QT_TRANSLATE_NOOP("Backups", "Cannot be read")


def _tr(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


def when(moment: datetime) -> str:
    """dd/mm/yyyy HH:MM."""
    return f"{format_date(moment.date())} {moment:%H:%M}"


def reason_words(reason: BackupReason) -> str:
    return _tr(_REASONS[reason])


def contents_words(backup: Backup) -> str:
    """What the backup holds, on one line: the office, how many members and meetings, and when
    its newest record was written."""
    text = holdings_words(backup)
    newest = backup.contents.newest_change if backup.contents else None
    if newest is not None:
        text += "; " + _tr(_LAST_CHANGE).format(date=when(newest))
    return text


def holdings_words(backup: Backup) -> str:
    """The office, how many member records and meetings."""
    held = backup.contents
    if held is None:
        return _tr(_UNREADABLE)
    if not held.site_name:
        return _tr(_NOT_SET_UP)
    locale = QLocale()
    return _tr(_CONTENTS).format(
        office=held.site_name,
        members=locale.toString(held.members),
        meetings=locale.toString(held.meetings),
    )


def size_words(size: int) -> str:
    """ "2,4 MB" in the user's number format."""
    return f"{QLocale().toString(max(size, 1) / 1e6, 'f', 1)} MB"


def describe_backup_error(error: BaseException) -> str:
    """A refusal or problem of taking, sealing, bringing in or restoring a backup."""
    if isinstance(error, OperationRefused):
        if error.code in _REFUSALS:
            values = {"file": "", "path": "", "folder": "", "detail": "", **error.params}
            return _tr(_REFUSALS[error.code]).format(**values)
        if error.code.startswith("sync."):  # writing to the stick, reading from it
            return describe_sync_refusal(error.code, **error.params)
        if error.code.startswith("export."):  # a copy written where the clerk asked
            return describe_export_error(error)
    if isinstance(error, ValidationFailed):
        too_short = [p for p in error.problems if p.code == "too_short"]
        if too_short:
            return _tr(_PASSWORD_TOO_SHORT).format(**too_short[0].params)
    return describe_error(error)
