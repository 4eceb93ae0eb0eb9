"""A date entry that may be empty and reads dd/mm/yyyy the way people type it (5/2/1975 too)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from chibo_desktop.domain.dates import format_date, parse_date
from chibo_desktop.domain.validation import Problem


class DateField(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.edit.setMaxLength(10)
        self._button = QToolButton(self)
        self._button.setText("▾")
        self._button.setToolTip(self.tr("Choose from a calendar"))
        self._button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._calendar = QCalendarWidget()
        self._calendar.setGridVisible(True)
        self._calendar.clicked.connect(self._picked)
        menu = QMenu(self._button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self._calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._sync_calendar)
        self._button.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self._button)
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        return self.edit.text()

    def value(self) -> date | None:
        """The date typed, None when empty; raises ValueError when it is not a date."""
        return parse_date(self.edit.text())

    def set_value(self, value: date | None) -> None:
        self.edit.setText(format_date(value))

    def _sync_calendar(self) -> None:
        try:
            current = self.value()
        except ValueError:
            current = None
        if current:
            self._calendar.setSelectedDate(QDate(current.year, current.month, current.day))

    def _picked(self, picked: QDate) -> None:
        self.set_value(date(picked.year(), picked.month(), picked.day()))
        self._button.menu().hide()
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)


def read_dates(fields: Mapping[str, DateField]) -> tuple[dict[str, date | None], list[Problem]]:
    """Each named field's date (None when empty), and a problem for each unreadable one."""
    values: dict[str, date | None] = {}
    problems: list[Problem] = []
    for name, field in fields.items():
        try:
            values[name] = field.value()
        except ValueError:
            values[name] = None
            problems.append(Problem(name, "bad_date", {"value": field.text()}))
    return values, problems
