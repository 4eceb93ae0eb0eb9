"""Khôi phục từ bản sao lưu: the backups listed newest first (when, why, what each holds), one
chosen and confirmed; or a backup sealed on a USB stick opened with its password first.

The dialog only chooses: restoring replaces the database file, so the window closes the
database first and the program reopens it once the backup is in place (``app.py``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from chibo_desktop.services.backups import Backup, BackupFolder
from chibo_desktop.sync.backup_file import SUFFIX
from chibo_desktop.ui.backup_texts import describe_backup_error, reason_words, when
from chibo_desktop.ui.dialogs.message_box import confirm, inform
from chibo_desktop.ui.operations import BackgroundRunner
from chibo_desktop.ui.screen_fit import fit_to_screen
from chibo_desktop.ui.table_models.backup_table_model import BackupTableModel
from chibo_desktop.ui.widgets.readable import DONE_COLOUR, PROBLEM_COLOUR, coloured, hint, message


class RestoreDialog(QDialog):
    def __init__(
        self,
        folder: BackupFolder,
        runner: BackgroundRunner | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._folder = folder
        self._runner = runner
        self.chosen: Backup | None = None  # set when the clerk confirmed a restore
        self.setWindowTitle(self.tr("Restore from a backup"))
        fit_to_screen(self, 1100, 520)
        self.intro = QLabel(
            self.tr(
                "Choose the backup to restore. The data now in the program is backed up first "
                "(“Before restoring a backup”), so a restore can be undone by restoring that one."
            )
        )
        self.intro.setWordWrap(True)
        self.model = BackupTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # Rows as tall as their wrapped text at the columns' widths of the moment, and never
        # so low that a line touches the grid.
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setMinimumSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        for column in (BackupTableModel.TAKEN, BackupTableModel.LAST_CHANGE, BackupTableModel.SIZE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BackupTableModel.REASON, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(BackupTableModel.REASON, 250)
        header.setSectionResizeMode(BackupTableModel.CONTENTS, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.restore)
        self.empty = hint(
            self.tr(
                "There are no backups yet. The program backs up the data every day it is opened, "
                "on closing, and before every import and bulk change; “Back up now” in the File "
                "menu takes one at once."
            )
        )
        self.where = hint(self.tr("The backups are kept in {folder}.").format(folder=folder.folder))
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = message(PROBLEM_COLOUR)
        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore the chosen backup…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.clicked.connect(self.restore)
        self.stick_button = self.buttons.addButton(
            self.tr("Open a backup from a USB &stick…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.stick_button.clicked.connect(self._choose_sealed)
        close = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)  # in the table's place when there is none
        layout.addWidget(self.where)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self, select: Path | None = None) -> None:
        self.model.set_backups(self._folder.backups())
        count = self.model.rowCount()
        self.table.setVisible(count > 0)
        self.intro.setVisible(count > 0)
        self.empty.setVisible(count == 0)
        rows = [r for r in range(count) if self.model.backup_at(r).path == select]
        if count:
            self.table.selectRow(rows[0] if rows else 0)
        self._update_buttons()

    def _current(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self._current() is not None)

    def restore(self) -> None:
        backup = self._current()
        if backup is None:
            return
        taken = when(backup.taken_at)
        question = self.tr(
            "Restore the backup of {date} ({reason})?\n\n"
            "The data now in the program is backed up first, then replaced by the backup's: "
            "what was entered after {date} will no longer be there. The program closes and "
            "opens again with the restored data; check it, then confirm it."
        ).format(date=taken, reason=reason_words(backup.reason))
        if confirm(self, self.windowTitle(), question, self.tr("Restore")):
            self.chosen = backup
            self.accept()

    # -- a sealed backup from a stick ------------------------------------------------------------
    def _choose_sealed(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a backup from a USB stick"),
            "",
            self.tr("Sealed backups (*{suffix})").format(suffix=SUFFIX),
        )
        if not chosen:
            return
        password, ok = QInputDialog.getText(
            self,
            self.tr("Open a backup from a USB stick"),
            self.tr("The password {file} was sealed with:").format(file=Path(chosen).name),
            QLineEdit.EchoMode.Password,
        )
        if ok:
            self.open_sealed(Path(chosen), password)

    def open_sealed(self, sealed: Path, password: str) -> None:
        """Bring the sealed backup into the list (checked), selected, ready to restore."""
        folder = self._folder

        def done(backup: Backup) -> None:
            self.refresh(select=backup.path)
            coloured(self.status, DONE_COLOUR).setText(
                self.tr(
                    "{file} was opened and checked; it is listed as “{reason}” and chosen. "
                    "Press “Restore the chosen backup” to restore it."
                ).format(file=sealed.name, reason=reason_words(backup.reason))
            )

        def failed(error: BaseException) -> None:
            text = describe_backup_error(error)
            coloured(self.status, PROBLEM_COLOUR).setText(text)
            inform(self, self.windowTitle(), text, warning=True)

        if self._runner is None:
            try:
                done(folder.bring_in(sealed, password))
            except Exception as error:  # every refusal is said; nothing was changed
                failed(error)
            return
        self._runner.run(
            self.tr("Opening the backup…"),
            lambda _progress, _cancel: folder.bring_in(sealed, password),
            done,
            failed,
        )
