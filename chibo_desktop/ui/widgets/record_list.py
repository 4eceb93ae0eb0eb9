"""One list of a member's page (posts, awards and discipline, badges, status changes) with its
Add / Edit / Delete buttons; what the buttons do is up to the page that owns the list."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from chibo_desktop.ui.table_models.member_record_table_models import ENTITY_ROLE
from chibo_desktop.ui.widgets.readable import hint


class RecordList(QWidget):
    edit_requested = Signal(object)
    delete_requested = Signal(object)

    def __init__(self, model: Any, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        # Long contents (an award's name, a reason) wrap in the widest column rather than hide.
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(model.STRETCH, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.doubleClicked.connect(self._edit)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        model.modelReset.connect(self._after_reset)
        # The Delete key removes the selected line, as in the roster (it asks first).
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self._delete)

        self.empty_label = hint(empty_text)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.table)
        self._stack.addWidget(self.empty_label)

        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self._edit)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self._delete)
        self.add_buttons: list[QPushButton] = []
        self._buttons = QHBoxLayout()
        self._buttons.addWidget(self.edit_button)
        self._buttons.addWidget(self.delete_button)
        self._buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self._stack, 1)
        layout.addLayout(self._buttons)
        self._after_reset()

    def add_button(self, text: str, on_click: Callable[[], None]) -> None:
        """An "Add …" button, placed before Edit and Delete."""
        button = QPushButton(text)
        button.clicked.connect(on_click)
        self._buttons.insertWidget(len(self.add_buttons), button)
        self.add_buttons.append(button)

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ENTITY_ROLE) if rows else None

    def select(self, record_id: Any) -> None:
        for row in range(self.model.rowCount()):
            if self.model.record_at(row).id == record_id:
                self.table.selectRow(row)
                return

    def summary(self, record: Any) -> str:
        """The record's line as the list shows it, to name it in a question."""
        for row in range(self.model.rowCount()):
            if self.model.record_at(row).id == record.id:
                cells = (self.model.index(row, c).data() for c in range(self.model.columnCount()))
                return " — ".join(text for text in cells if text)
        return ""

    def _after_reset(self) -> None:
        empty = self.model.rowCount() == 0
        self._stack.setCurrentWidget(self.empty_label if empty else self.table)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _edit(self) -> None:
        record = self.selected()
        if record is not None:
            self.edit_requested.emit(record)

    def _delete(self) -> None:
        record = self.selected()
        if record is not None:
            self.delete_requested.emit(record)
