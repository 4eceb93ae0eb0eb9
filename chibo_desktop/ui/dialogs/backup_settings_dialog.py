"""Cài đặt sao lưu: how many older backups are kept (today's and yesterday's always are)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from chibo_desktop.domain.backups import RETENTION_LIMIT, Retention
from chibo_desktop.services.backups import BackupService
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.ui.dialogs.message_box import inform
from chibo_desktop.ui.messages import describe_refusal
from chibo_desktop.ui.widgets.readable import hint


class BackupSettingsDialog(QDialog):
    def __init__(self, backups: BackupService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backups = backups
        folder = backups.folder
        self.setWindowTitle(self.tr("Backup settings"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "Every backup of today and yesterday is kept. Of the older ones, the program "
                "keeps the newest of each day, week and month, for as many as you choose here; "
                "the others are deleted at the next backup."
            )
        )
        intro.setWordWrap(True)
        kept = folder.retention()
        self.daily = self._count(kept.daily, self.tr(" days"))
        self.weekly = self._count(kept.weekly, self.tr(" weeks"))
        self.monthly = self._count(kept.monthly, self.tr(" months"))
        form = QFormLayout()
        form.addRow(self.tr("One a &day, for the last:"), self.daily)
        form.addRow(self.tr("One a &week, for the last:"), self.weekly)
        form.addRow(self.tr("One a &month, for the last:"), self.monthly)
        where = hint(self.tr("The backups are kept in {folder}.").format(folder=folder.folder))
        buttons = QDialogButtonBox()
        save = buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.clicked.connect(self.save)
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(where)
        layout.addWidget(buttons)

    @staticmethod
    def _count(value: int, suffix: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, RETENTION_LIMIT)
        box.setValue(value)
        box.setSuffix(suffix)
        return box

    def save(self) -> None:
        try:
            self._backups.set_retention(
                Retention(self.daily.value(), self.weekly.value(), self.monthly.value())
            )
        except OperationRefused as refused:
            inform(self, self.windowTitle(), describe_refusal(refused), warning=True)
            return
        self.accept()
