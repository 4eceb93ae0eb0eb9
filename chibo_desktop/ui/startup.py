"""Start-up safety: one running program at a time, the database on this computer's own disk, and
restoring a backup with the database closed (a damaged one found on opening, or one the clerk
chose in the window)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLockFile, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from chibo_desktop import paths
from chibo_desktop.paths import VolumeKind
from chibo_desktop.services.backups import BackupFolder, RestoreNote, copy_into
from chibo_desktop.ui.backup_texts import describe_backup_error
from chibo_desktop.ui.dialogs.message_box import inform
from chibo_desktop.ui.messages import APP_TITLE, tr

LOCK_FILE = "chibo-desktop.lock"
_CONTEXT = "Startup"


def _tr(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


_ALREADY_RUNNING = QT_TRANSLATE_NOOP(
    "Startup",
    "Chi bộ Desktop is already running on this computer. Switch to its window (on the taskbar "
    "at the bottom of the screen). Only one may run at a time, so that two windows never change "
    "the same data.",
)
_MOVE = QT_TRANSLATE_NOOP("Startup", "&Move it to this computer")
_CLOSE = QT_TRANSLATE_NOOP("Startup", "Close the program")
_MOVED = QT_TRANSLATE_NOOP(
    "Startup",
    "The database was copied to {copy} and checked; the program works on that copy from now "
    "on. The file {original} was left as it was: keep it as a backup, or delete it.",
)
_ON_A_STICK = QT_TRANSLATE_NOOP(
    "Startup",
    "The database {path} is on a removable drive (a USB stick or a memory card). The program "
    "does not work on data there: if the stick is pulled out, or the power fails, while the "
    "program writes, the data can be damaged or lost.",
)
_ON_A_SHARE = QT_TRANSLATE_NOOP(
    "Startup",
    "The database {path} is on a network share. The program does not work on data there: over "
    "a network SQLite cannot lock the file safely, so a break in the connection, or a second "
    "computer opening it, can damage the data.",
)
_OFFER_TO_MOVE = QT_TRANSLATE_NOOP(
    "Startup",
    "Move it to this computer's data folder ({folder})? A copy is made there, checked, and "
    "opened from then on; the file where it is now stays as it is.",
)
_RESTORING = QT_TRANSLATE_NOOP("Startup", "Restoring the backup… please wait.")


def lock_single_instance(folder: Path) -> QLockFile | None:
    """The lock that says this program runs, in the user data folder; None when another
    running program holds it."""
    lock = QLockFile(str(folder / LOCK_FILE))
    # No age limit (the program runs for days): a lock is stale only when the process that took
    # it no longer runs (a crash, a power cut), which QLockFile checks by its process id and
    # then takes the lock over.
    lock.setStaleLockTime(0)
    return lock if lock.tryLock(0) else None


def already_running_text() -> str:
    return _tr(_ALREADY_RUNNING)


def checked_location(
    database: Path,
    kind_of: Callable[[Path], VolumeKind] = paths.volume_kind,
    parent: QWidget | None = None,
) -> Path | None:
    """The database to open: ``database`` itself on this computer's disk. On a stick or a
    network share the clerk is told why it cannot stay there and offered a copy in the data
    folder, opened instead (None: not moved, the program closes)."""
    kind = kind_of(database)
    if kind is VolumeKind.LOCAL:
        return database
    box = QMessageBox(
        QMessageBox.Icon.Warning, tr(APP_TITLE), location_text(database, kind), parent=parent
    )
    move = box.addButton(_tr(_MOVE), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr(_CLOSE), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(move)
    box.exec()
    if box.clickedButton() is not move:
        return None
    folder = paths.user_data_dir()
    if not database.exists():
        return folder / database.name  # nothing to move: the new database is made here
    try:
        copied = copy_into(database, folder)
    except Exception as error:  # said; the file where it was is untouched
        inform(parent, tr(APP_TITLE), describe_backup_error(error), warning=True)
        return None
    inform(
        parent,
        tr(APP_TITLE),
        _tr(_MOVED).format(copy=copied, original=database),
    )
    return copied


def location_text(database: Path, kind: VolumeKind) -> str:
    folder = paths.user_data_dir()
    why = _tr(_ON_A_STICK if kind is VolumeKind.REMOVABLE else _ON_A_SHARE)
    return why.format(path=database) + "\n\n" + _tr(_OFFER_TO_MOVE).format(folder=folder)


def restore(
    folder: BackupFolder, source: Path, parent: QWidget | None = None
) -> RestoreNote | None:
    """Put the backup ``source`` in place of the (closed) database, with a busy window meanwhile
    (a province's database takes a while to check); a refusal is said (None)."""
    busy = QProgressDialog(_tr(_RESTORING), "", 0, 0, parent)
    busy.setWindowTitle(tr(APP_TITLE))
    busy.setCancelButton(None)  # type: ignore[arg-type]  # a restore is not stopped half-way
    busy.setWindowModality(Qt.WindowModality.ApplicationModal)
    busy.setMinimumDuration(0)
    busy.show()
    QApplication.processEvents()
    try:
        return folder.restore(source)
    except Exception as error:  # said; the database is as it was
        busy.close()
        inform(parent, tr(APP_TITLE), describe_backup_error(error), warning=True)
        return None
    finally:
        busy.close()
