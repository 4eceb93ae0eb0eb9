"""Restoring a backup with the database closed (one the clerk chose in the window)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from chibo_desktop.services.backups import BackupFolder, RestoreNote
from chibo_desktop.ui.backup_texts import describe_backup_error
from chibo_desktop.ui.dialogs.message_box import inform
from chibo_desktop.ui.messages import APP_TITLE, tr

_CONTEXT = "Startup"


def _tr(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


_RESTORING = QT_TRANSLATE_NOOP("Startup", "Restoring the backup… please wait.")


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
