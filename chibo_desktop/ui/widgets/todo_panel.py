"""Việc cần làm: the to-do list under the organisation tree, overdue items in red."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from chibo_desktop.domain.dates import format_date
from chibo_desktop.services.todo import TodoItem, TodoService

_MEMBER_ROLE = Qt.ItemDataRole.UserRole + 1
_OVERDUE = QColor("#b03a2e")

_WORDING = {
    "probation_ending": QT_TRANSLATE_NOOP(
        "TodoPanel", "{name}: probation ends {due}; the cell votes on recognition by {recognise_by}"
    ),
    "recognition_overdue": QT_TRANSLATE_NOOP(
        "TodoPanel", "{name}: recognition as official member overdue since {due}"
    ),
    "course_expiring": QT_TRANSLATE_NOOP(
        "TodoPanel", "{name}: awareness course certificate expires {due}"
    ),
    "ceremony_due": QT_TRANSLATE_NOOP("TodoPanel", "{name}: admission ceremony due by {due}"),
    "transfer_not_arrived": QT_TRANSLATE_NOOP(
        "TodoPanel", "{name}: transfer letter to be presented by {due}"
    ),
    "transfer_not_arrived_3_months": QT_TRANSLATE_NOOP(
        "TodoPanel", "{name}: not arrived 3 months after the transfer ({organisation}) — report it"
    ),
    "transfer_started_late": QT_TRANSLATE_NOOP(
        "TodoPanel", "{name}: transfer started after the 60 working days (due {due})"
    ),
    "temporary_past_end": QT_TRANSLATE_NOOP(
        "TodoPanel", "{name}: temporary transfer ended {due} — has the member come back?"
    ),
    "badge_due": QT_TRANSLATE_NOOP("TodoPanel", "{name}: {years}-year Party badge due on {due}"),
    "cell_below_minimum": QT_TRANSLATE_NOOP(
        "TodoPanel", "{name}: only {count} official members (at least 3 needed)"
    ),
}


def describe(item: TodoItem) -> str:
    params = {
        **{k: format_date(v) if isinstance(v, date) else v for k, v in item.params.items()},
        "name": item.name,
        "due": format_date(item.due),
    }
    return QCoreApplication.translate("TodoPanel", _WORDING[item.kind]).format(**params)


class TodoPanel(QWidget):
    member_chosen = Signal(object)  # UUID

    def __init__(self, todo: TodoService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._todo = todo
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)

    def refresh(self) -> None:
        items = self._todo.items()
        self.list.clear()
        overdue = sum(item.overdue for item in items)
        self.title.setText(
            self.tr("To do: {count} (overdue: {overdue})").format(count=len(items), overdue=overdue)
        )
        if not items:
            self.list.addItem(self.tr("Nothing is due."))
            return
        for item in items:
            line = QListWidgetItem(describe(item))
            line.setToolTip(line.text())
            if item.overdue:
                line.setForeground(QBrush(_OVERDUE))
            line.setData(_MEMBER_ROLE, item.member_id)
            self.list.addItem(line)

    def _activated(self, line: QListWidgetItem) -> None:
        member_id: UUID | None = line.data(_MEMBER_ROLE)
        if member_id is not None:
            self.member_chosen.emit(member_id)
