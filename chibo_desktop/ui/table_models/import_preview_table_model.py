"""The rows of a roster file before they are imported: each with its status and problems."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from chibo_desktop.domain.text import collation_key
from chibo_desktop.services.roster_import import ImportPreview, RowResult, RowStatus
from chibo_desktop.ui.import_report import problems_text, status_label

Index = QModelIndex | QPersistentModelIndex

# Readable on white for elderly eyes (contrast above 4.5:1), and not told apart by colour alone:
# the status column says it in words.
_STATUS_COLOURS = {
    RowStatus.OK: QColor("#1e7b34"),
    RowStatus.ERROR: QColor("#b3261e"),
    RowStatus.DUPLICATE: QColor("#8a5300"),
}


class ImportPreviewTableModel(QAbstractTableModel):
    ROW, NAME, BIRTH_DATE, CELL, STATUS, PROBLEMS = range(6)
    COLUMN_COUNT = 6
    ENTITY_ROLE = Qt.ItemDataRole.UserRole + 1
    SORT_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: tuple[RowResult, ...] = ()
        self._rows: tuple[RowResult, ...] = ()  # the rows shown
        self._only_problems = False
        self._headers = (
            self.tr("Row"),
            self.tr("Full name"),
            self.tr("Date of birth"),
            self.tr("Cell"),
            self.tr("Status"),
            self.tr("Problems"),
        )

    def set_preview(self, preview: ImportPreview | None) -> None:
        self._all = preview.rows if preview else ()
        self._show()

    def set_only_problems(self, only: bool) -> None:
        """Hide the good rows (the ones with nothing to read)."""
        self._only_problems = only
        self._show()

    def _show(self) -> None:
        self.beginResetModel()
        if self._only_problems:
            self._rows = tuple(r for r in self._all if r.status is not RowStatus.OK)
        else:
            self._rows = self._all
        self.endResetModel()

    def result_at(self, row: int) -> RowResult:
        return self._rows[row]

    # -- Qt model interface ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self._headers[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        result = self._rows[index.row()]
        column = index.column()
        if role == self.ENTITY_ROLE:
            return result
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(result, column)
        if role == self.SORT_ROLE:
            return self._sort_value(result, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            return _STATUS_COLOURS[result.status]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == self.ROW:
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            if column in (self.BIRTH_DATE, self.STATUS):
                return Qt.AlignmentFlag.AlignCenter
        return None

    # -- cells -------------------------------------------------------------------------------------
    def _display(self, result: RowResult, column: int) -> str:
        if column == self.ROW:
            return str(result.row)
        if column == self.NAME:
            return result.name
        if column == self.BIRTH_DATE:
            return result.birth
        if column == self.CELL:
            return result.cell
        if column == self.STATUS:
            return status_label(result.status)
        return problems_text(result)

    def _sort_value(self, result: RowResult, column: int) -> Any:
        if column == self.ROW:
            return result.row
        if column == self.NAME:
            return collation_key(result.name)
        if column == self.BIRTH_DATE:
            born = result.member.birth_date if result.member else None
            return born.isoformat() if born else result.birth
        if column == self.STATUS:
            return list(RowStatus).index(result.status)
        return self._display(result, column)
