"""What the tabs that show either every cell under the unit chosen in the organisation tree or
one cell of them (Sinh hoạt chi bộ, Đánh giá xếp loại) share: which cell is shown, the row at the
top, and a heading and what-to-do sentence a little larger than the tab's own font."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from chibo_desktop.domain.entities import Unit
from chibo_desktop.services.units import UnitService

HEADING_SCALE, EMPTY_TEXT_SCALE = 1.25, 1.15


class CellsTab(QWidget):
    def __init__(self, units: UnitService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._units = units
        self._unit: Unit | None = None  # chosen in the organisation tree
        self._opened_cell: Unit | None = None  # a cell opened from the list of every cell
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.empty = QLabel()  # what to do when there is nothing to show
        self.empty.setWordWrap(True)

    def _top_row(self, back_button: QPushButton, year: QWidget, year_label: QLabel) -> QHBoxLayout:
        top = QHBoxLayout()
        top.addWidget(back_button)
        top.addWidget(self.heading, 1)
        top.addWidget(year_label)
        top.addWidget(year)
        return top

    def shown_cell(self) -> Unit | None:
        """The cell shown on its own; None while every cell is shown."""
        if self._opened_cell is not None:
            return self._opened_cell
        if self._unit is not None and self._unit.is_cell:
            return self._unit
        return None

    def _reread_units(self) -> None:
        """The chosen and the opened unit as they are now (a unit renamed or dissolved)."""
        self._unit = self._units.get(self._unit.id) if self._unit else None
        if self._opened_cell is not None:
            self._opened_cell = self._units.get(self._opened_cell.id)

    def _scale_fonts(self) -> None:
        """The heading and the what-to-do sentence a little larger than the tab's own font,
        also after the window enlarges it (make_readable)."""
        heading = QFont(self.font())
        heading.setBold(True)
        heading.setPointSizeF(heading.pointSizeF() * HEADING_SCALE)
        self.heading.setFont(heading)
        empty = QFont(self.font())
        empty.setPointSizeF(empty.pointSizeF() * EMPTY_TEXT_SCALE)
        self.empty.setFont(empty)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._scale_fonts()
        super().changeEvent(event)
