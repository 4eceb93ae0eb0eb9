"""The database file is damaged (found on opening): say so plainly, and offer the newest backup
SQLite finds sound, or any other (one sealed on a USB stick too). Restoring keeps the damaged
file aside in the backups folder."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from chibo_desktop.services.backups import Backup, BackupFolder
from chibo_desktop.ui.backup_texts import contents_words, reason_words, when
from chibo_desktop.ui.dialogs.restore_dialog import RestoreDialog
from chibo_desktop.ui.widgets.readable import hint


class DamagedDatabaseDialog(QDialog):
    """Accepted: restore ``chosen``. Rejected: close the program."""

    def __init__(self, folder: BackupFolder, detail: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self.offered = folder.newest_good()
        self.chosen: Backup | None = None
        self.setWindowTitle(self.tr("The database is damaged"))
        self.setMinimumWidth(640)
        self.problem = QLabel(
            self.tr(
                "The database file {path} is damaged: SQLite found problems in it ({detail}). "
                "Working on it could show or save wrong data, so the program does not open it."
            ).format(path=folder.database, detail=detail)
        )
        self.problem.setWordWrap(True)
        offered = self.offered
        if offered is not None:
            self.offer = QLabel(
                self.tr(
                    "The newest good backup is from {date} ({reason}). It holds {contents}.\n\n"
                    "Restore it? The damaged file is kept aside in the backups folder; nothing "
                    "is deleted. What was entered after {date} must be entered again."
                ).format(
                    date=when(offered.taken_at),
                    reason=reason_words(offered.reason),
                    contents=contents_words(offered),
                )
            )
        else:
            self.offer = QLabel(
                self.tr(
                    "No good backup was found on this computer. If there is one on a USB stick, "
                    "choose “Choose another backup”. Otherwise do not work on the damaged file: "
                    "copy it to a safe place and ask for help."
                )
            )
        self.offer.setWordWrap(True)
        buttons = QDialogButtonBox()
        if offered is not None:
            self.restore_button = buttons.addButton(
                self.tr("&Restore the backup of {date}").format(date=when(offered.taken_at)),
                QDialogButtonBox.ButtonRole.AcceptRole,
            )
            self.restore_button.clicked.connect(self._restore_offered)
            self.restore_button.setDefault(True)
        self.other_button = buttons.addButton(
            self.tr("Choose &another backup…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.other_button.clicked.connect(self._choose_other)
        self.close_button = buttons.addButton(
            self.tr("Close the program"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.clicked.connect(self.reject)
        where = self.tr("The backups are kept in {folder}.").format(folder=folder.folder)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addWidget(self.offer)
        layout.addWidget(hint(where))
        layout.addWidget(buttons)

    def _restore_offered(self) -> None:
        self.chosen = self.offered
        self.accept()

    def _choose_other(self) -> None:
        dialog = RestoreDialog(self._folder, None, self)
        if dialog.exec() and dialog.chosen is not None:
            self.chosen = dialog.chosen
            self.accept()
