"""The backups of the database, newest first: when, why, what each holds (and when its newest
record was written), and its size."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from chibo_desktop.services.backups import Backup
from chibo_desktop.ui.backup_texts import holdings_words, reason_words, size_words, when
from chibo_desktop.ui.table_models.list_table_model import ListTableModel

Index = QModelIndex | QPersistentModelIndex


class BackupTableModel(ListTableModel):
    TAKEN, REASON, CONTENTS, LAST_CHANGE, SIZE = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Backup] = []
        self._headers = (
            self.tr("Taken on"),
            self.tr("Why"),
            self.tr("What it holds"),
            self.tr("Last change"),
            self.tr("Size"),
        )

    def set_backups(self, backups: list[Backup]) -> None:
        """``backups`` newest first, as the folder lists them."""
        self.beginResetModel()
        self._rows = list(backups)
        self.endResetModel()

    def backup_at(self, row: int) -> Backup:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        backup = self._rows[index.row()]
        column = index.column()
        newest = backup.contents.newest_change if backup.contents else None
        if role == self.ENTITY_ROLE:
            return backup
        if role == self.SORT_ROLE:
            return {
                self.TAKEN: backup.taken_at.isoformat(),
                self.REASON: reason_words(backup.reason),
                self.CONTENTS: holdings_words(backup),
                self.LAST_CHANGE: newest.isoformat() if newest else "",
                self.SIZE: backup.size,
            }[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.TAKEN: when(backup.taken_at),
                self.REASON: reason_words(backup.reason),
                self.CONTENTS: holdings_words(backup),
                self.LAST_CHANGE: when(newest) if newest else "",
                self.SIZE: size_words(backup.size),
            }[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
