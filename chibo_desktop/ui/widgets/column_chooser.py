"""Choosing a table's columns with a right-click on its header; the choice is remembered."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

from chibo_desktop import paths


def settings() -> QSettings:
    return QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)


class ColumnChooser:
    """Shows the header's context menu and keeps the visible column keys under ``key``."""

    def __init__(
        self,
        table: QTableView,
        key: str,
        column_keys: Sequence[str],
        default: Sequence[int],
    ) -> None:
        self._table = table
        self._key = key
        self._column_keys = list(column_keys)
        header = table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._menu)
        stored = settings().value(key)
        shown = (
            {self._column_keys.index(k) for k in stored if k in self._column_keys}
            if isinstance(stored, list) and stored
            else set(default)
        )
        for column in range(len(self._column_keys)):
            table.setColumnHidden(column, column not in shown)

    @property
    def header(self) -> QHeaderView:
        return self._table.horizontalHeader()

    def visible_keys(self) -> list[str]:
        """The keys of the shown columns, in the order they are shown."""
        header = self.header
        order = sorted(range(len(self._column_keys)), key=header.visualIndex)
        return [self._column_keys[c] for c in order if not self._table.isColumnHidden(c)]

    def _menu(self, position: QPoint) -> None:
        model = self._table.model()
        menu = QMenu(self._table)
        for column in range(len(self._column_keys)):
            title = model.headerData(column, Qt.Orientation.Horizontal)
            action = menu.addAction(str(title))
            action.setCheckable(True)
            action.setChecked(not self._table.isColumnHidden(column))
            # The name column always stays: a row without a name means nothing.
            action.setEnabled(column != 0)
            action.toggled.connect(lambda shown, c=column: self._toggle(c, shown))
        menu.exec(self.header.mapToGlobal(position))

    def _toggle(self, column: int, shown: bool) -> None:
        self._table.setColumnHidden(column, not shown)
        store = settings()
        store.setValue(self._key, self.visible_keys())
        store.sync()
