"""The tables of the cell meetings tab: the commune's year at a glance (one row per cell, one
column per month) and the meetings of one cell.

A month's status is shown as a word or a symbol as well as a colour: many users do not tell
colours apart well, and the grid is also printed in black and white from screenshots.
"""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from chibo_desktop.domain.dates import format_date
from chibo_desktop.domain.meeting_rules import CellYear, MonthStatus
from chibo_desktop.domain.meetings import DocumentType, Meeting, MeetingKind, MeetingState
from chibo_desktop.services.meetings import CellOverview
from chibo_desktop.ui.table_models.list_table_model import Index, ListTableModel

_CONTEXT = "MeetingTexts"

KINDS = {
    MeetingKind.REGULAR: QT_TRANSLATE_NOOP("MeetingTexts", "Regular"),
    MeetingKind.THEMATIC: QT_TRANSLATE_NOOP("MeetingTexts", "Thematic"),
    MeetingKind.COMBINED: QT_TRANSLATE_NOOP("MeetingTexts", "Regular and thematic together"),
}
STATES = {
    MeetingState.PLANNED: QT_TRANSLATE_NOOP("MeetingTexts", "Planned"),
    MeetingState.DRAFT: QT_TRANSLATE_NOOP("MeetingTexts", "Minutes being written"),
    MeetingState.FINALISED: QT_TRANSLATE_NOOP("MeetingTexts", "Minutes completed"),
    MeetingState.ADOPTED: QT_TRANSLATE_NOOP("MeetingTexts", "Minutes adopted"),
}
_PLANNED_DATE_PASSED = QT_TRANSLATE_NOOP("MeetingTexts", "Planned, date passed")
# The short texts of the grid; the legend above it and each square's tooltip say them in full.
MONTH_MARKS = {
    MonthStatus.PLANNED: QT_TRANSLATE_NOOP("MeetingTexts", "Planned"),
    MonthStatus.HELD: QT_TRANSLATE_NOOP("MeetingTexts", "Writing"),
    MonthStatus.MISSING: QT_TRANSLATE_NOOP("MeetingTexts", "Missing"),
}
FINALISED_MARK = "✓"  # a symbol, the same in every language
MONTH_MEANINGS = {
    MonthStatus.NONE: QT_TRANSLATE_NOOP("MeetingTexts", "nothing planned yet"),
    MonthStatus.PLANNED: QT_TRANSLATE_NOOP("MeetingTexts", "planned, not yet held"),
    MonthStatus.HELD: QT_TRANSLATE_NOOP("MeetingTexts", "held, minutes being written"),
    MonthStatus.FINALISED: QT_TRANSLATE_NOOP("MeetingTexts", "held, minutes completed"),
    MonthStatus.MISSING: QT_TRANSLATE_NOOP("MeetingTexts", "month over, no minutes"),
}
# (background, text) per status: light backgrounds with dark text stay readable on any screen.
MONTH_COLOURS = {
    MonthStatus.PLANNED: (QColor("#eeeeee"), QColor("#444444")),
    MonthStatus.HELD: (QColor("#fff3c4"), QColor("#6b4e00")),
    MonthStatus.FINALISED: (QColor("#d5f0d8"), QColor("#1e6b2a")),
    MonthStatus.MISSING: (QColor("#f9d6d2"), QColor("#a02618")),
}
_STATE_COLOURS = {
    MeetingState.DRAFT: MONTH_COLOURS[MonthStatus.HELD],
    MeetingState.FINALISED: MONTH_COLOURS[MonthStatus.FINALISED],
    MeetingState.ADOPTED: MONTH_COLOURS[MonthStatus.FINALISED],
}
_DOCUMENTS = {
    DocumentType.RESOLUTION: QT_TRANSLATE_NOOP("MeetingTexts", "Resolution no. {number}"),
    DocumentType.CONCLUSION: QT_TRANSLATE_NOOP("MeetingTexts", "Conclusion no. {number}"),
}
_MISSING_SHORT = QT_TRANSLATE_NOOP("MeetingTexts", "Missing month {months}")
_THEMATIC_SHORT = QT_TRANSLATE_NOOP("MeetingTexts", "Quarter {quarters}: no thematic meeting")
_MISSING_SENTENCE = QT_TRANSLATE_NOOP(
    "MeetingTexts",
    "Month {months}: the month is over but there are no minutes of a regular meeting.",
)
_THEMATIC_SENTENCE = QT_TRANSLATE_NOOP(
    "MeetingTexts",
    "Quarter {quarters}: the quarter is over without a thematic meeting "
    "(at least one is needed each quarter).",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def kind_label(kind: MeetingKind) -> str:
    return _tr(KINDS[kind])


def state_label(state: MeetingState) -> str:
    return _tr(STATES[state])


def month_meaning(status: MonthStatus) -> str:
    return _tr(MONTH_MEANINGS[status])


def month_mark(status: MonthStatus) -> str:
    """The word (or symbol) shown in a month's square; empty when nothing is planned."""
    if status is MonthStatus.FINALISED:
        return FINALISED_MARK
    return _tr(MONTH_MARKS[status]) if status in MONTH_MARKS else ""


def _numbers(values: tuple[int, ...]) -> str:
    return ", ".join(str(v) for v in values)


def year_warnings(year: CellYear, sentences: bool = False) -> list[str]:
    """What is missing in a cell's year, in words: short for the grid, whole sentences for the
    cell's own page."""
    found = []
    if year.missing_months:
        template = _MISSING_SENTENCE if sentences else _MISSING_SHORT
        found.append(_tr(template).format(months=_numbers(year.missing_months)))
    if year.thematic_missing_quarters:
        template = _THEMATIC_SENTENCE if sentences else _THEMATIC_SHORT
        found.append(_tr(template).format(quarters=_numbers(year.thematic_missing_quarters)))
    return found


def document_label(meeting: Meeting) -> str:
    number = meeting.minutes.document_number
    if number is None:
        return ""
    return _tr(_DOCUMENTS[meeting.minutes.document_type]).format(number=f"{number:02d}")


class CellOverviewTableModel(ListTableModel):
    """One row per cell: its name, the twelve months, the liaison, and what is missing."""

    CELL = 0
    FIRST_MONTH = 1  # January; December is FIRST_MONTH + 11
    LIAISON = 13
    WARNINGS = 14
    STATUS_ROLE = Qt.ItemDataRole.UserRole + 3  # the MonthStatus of a month column

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CellOverview] = []
        self._headers = (
            self.tr("Cell"),
            *(self.tr("M{month}").format(month=m) for m in range(1, 13)),
            self.tr("Assigned\ncommittee member"),
            self.tr("Needs attention"),
        )

    def set_overview(self, rows: list[CellOverview]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def overview_at(self, row: int) -> CellOverview:
        return self._rows[row]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            month = section - self.FIRST_MONTH + 1
            if 1 <= month <= 12:
                return self.tr("Month {month}").format(month=month)
            if section == self.LIAISON:
                return self.tr("The member of the commune committee assigned to attend the cell")
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == self.ENTITY_ROLE:
            return row
        month = column - self.FIRST_MONTH + 1
        if 1 <= month <= 12:
            return self._month_data(row, month, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.CELL:
                return row.unit.name
            if column == self.LIAISON:
                return row.plan.liaison
            return "\n".join(year_warnings(row.year))
        if role == Qt.ItemDataRole.ForegroundRole and column == self.WARNINGS:
            return MONTH_COLOURS[MonthStatus.MISSING][1]
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.CELL, self.WARNINGS):
            # On the name too: on a narrow window the warnings column is scrolled out of sight.
            return "\n".join(year_warnings(row.year, sentences=True)) or None
        return None

    def _month_data(self, row: CellOverview, month: int, role: int) -> Any:
        status = row.year.months[month - 1]
        if role == self.STATUS_ROLE:
            return status
        if role == Qt.ItemDataRole.DisplayRole:
            return month_mark(status)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{cell}, month {month}: {meaning}").format(
                cell=row.unit.name, month=month, meaning=month_meaning(status)
            )
        colours = MONTH_COLOURS.get(status)
        if colours is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return colours[0]
        if role == Qt.ItemDataRole.ForegroundRole:
            return colours[1]
        if role == Qt.ItemDataRole.FontRole and status is not MonthStatus.PLANNED:
            font = QFont()
            font.setBold(True)
            return font
        return None


class MeetingTableModel(ListTableModel):
    """The meetings of one cell in a year, by date."""

    DATE, KIND, TOPIC, STATE, DOCUMENT = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Meeting] = []
        self._today = date.today()
        self._headers = (
            self.tr("Date"),
            self.tr("Type of meeting"),
            self.tr("Topic"),
            self.tr("State"),
            self.tr("Resolution / conclusion"),
        )

    def set_meetings(self, meetings: list[Meeting], today: date) -> None:
        self.beginResetModel()
        self._rows = sorted(meetings, key=lambda m: (m.on, list(MeetingKind).index(m.kind)))
        self._today = today
        self.endResetModel()

    def meeting_at(self, row: int) -> Meeting:
        return self._rows[row]

    def row_of(self, meeting_id: UUID) -> int | None:
        return next((i for i, m in enumerate(self._rows) if m.id == meeting_id), None)

    def _date_passed(self, meeting: Meeting) -> bool:
        return meeting.state is MeetingState.PLANNED and meeting.on < self._today

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        meeting = self._rows[index.row()]
        column = index.column()
        if role == self.ENTITY_ROLE:
            return meeting
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(meeting, column)
        if column != self.STATE:
            return None
        colours = (
            MONTH_COLOURS[MonthStatus.MISSING]
            if self._date_passed(meeting)
            else _STATE_COLOURS.get(meeting.state)
        )
        if colours is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return colours[0]
        if role == Qt.ItemDataRole.ForegroundRole:
            return colours[1]
        return None

    def _text(self, meeting: Meeting, column: int) -> str:
        if column == self.DATE:
            return format_date(meeting.on)
        if column == self.KIND:
            return kind_label(meeting.kind)
        if column == self.TOPIC:
            return meeting.topic
        if column == self.STATE:
            if self._date_passed(meeting):
                return _tr(_PLANNED_DATE_PASSED)
            return state_label(meeting.state)
        return document_label(meeting)
