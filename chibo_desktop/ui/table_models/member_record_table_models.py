"""The lists of a member's page: Party posts, awards and discipline, badges, status changes.

Each list is small (a member has a handful of each) and is replaced whole after every write, so
the models hold plain entities read once by the service, never a query.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from uuid import UUID

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from chibo_desktop.domain.dates import format_date
from chibo_desktop.domain.entities import Badge, Distinction, PartyPost, StatusChange
from chibo_desktop.domain.enums import DistinctionKind
from chibo_desktop.ui.messages import (
    BADGE_NAME,
    DISCIPLINE_LEVELS,
    DISTINCTION_KINDS,
    POST_KINDS,
    STATUS_CHOICES,
    label,
    tr,
)

ENTITY_ROLE = Qt.ItemDataRole.UserRole + 1
_CONTEXT = "MemberRecordTableModel"
_DISCIPLINE_COLOUR = QColor("#a93226")  # disciplines stand out from awards in the same list
_Index = QModelIndex | QPersistentModelIndex


class _RecordTableModel(QAbstractTableModel):
    """Each list defines ``_text(record, column)``, the text of one cell."""

    HEADERS: tuple[str, ...] = ()  # QT_TRANSLATE_NOOP sources in _CONTEXT, one per column
    STRETCH = 0  # the column that takes the spare width (the longest text)
    _text: Callable[[Any, int], str]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[Any] = []

    def set_records(self, records: list[Any]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record_at(self, row: int) -> Any:
        return self._records[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(_CONTEXT, self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._records[index.row()]
        if role == ENTITY_ROLE:
            return record
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(record, index.column())
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(record)
        return None

    def _colour(self, record: Any) -> QColor | None:
        return None


class PostTableModel(_RecordTableModel):
    POST, UNIT, STARTED, ENDED, DECISION = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("MemberRecordTableModel", "Post"),
        QT_TRANSLATE_NOOP("MemberRecordTableModel", "Unit"),
        QT_TRANSLATE_NOOP("MemberRecordTableModel", "From"),
        QT_TRANSLATE_NOOP("MemberRecordTableModel", "Until"),
        QT_TRANSLATE_NOOP("MemberRecordTableModel", "Decision"),
    )
    STRETCH = UNIT
    _STILL_HELD = QT_TRANSLATE_NOOP("MemberRecordTableModel", "still holds it")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unit_names: dict[UUID, str] = {}

    def set_unit_names(self, names: dict[UUID, str]) -> None:
        self._unit_names = names

    def _text(self, record: PartyPost, column: int) -> str:
        if column == self.POST:
            return label(POST_KINDS, record.post)
        if column == self.UNIT:
            return self._unit_names.get(record.unit_id, "")
        if column == self.STARTED:
            return format_date(record.started_on)
        if column == self.ENDED:
            return format_date(record.ended_on) or QCoreApplication.translate(
                _CONTEXT, self._STILL_HELD
            )
        return record.decision


class DistinctionTableModel(_RecordTableModel):
    KIND, DATE, TITLE, LEVEL, DECISION, ISSUER = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("MemberRecordTableModel", "Kind of entry"),
        QT_TRANSLATE_NOOP("MemberRecordTableModel", "Date"),
        QT_TRANSLATE_NOOP("MemberRecordTableModel", "Content"),
        QT_TRANSLATE_NOOP("MemberRecordTableModel", "Form of discipline"),
        QT_TRANSLATE_NOOP("MemberRecordTableModel", "Decision"),
        QT_TRANSLATE_NOOP("MemberRecordTableModel", "Decided by"),
    )
    STRETCH = TITLE

    def _text(self, record: Distinction, column: int) -> str:
        if column == self.KIND:
            return label(DISTINCTION_KINDS, record.kind)
        if column == self.DATE:
            return format_date(record.decided_on)
        if column == self.TITLE:
            return record.title
        if column == self.LEVEL:
            return label(DISCIPLINE_LEVELS, record.discipline) if record.discipline else ""
        if column == self.DECISION:
            return record.decision_number
        return record.issuer

    def _colour(self, record: Distinction) -> QColor | None:
        return _DISCIPLINE_COLOUR if record.kind is DistinctionKind.DISCIPLINE else None


class BadgeTableModel(_RecordTableModel):
    BADGE, AWARDED, DECISION = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("MemberRecordTableModel", "Badge"),
        QT_TRANSLATE_NOOP("MemberRecordTableModel", "Awarded on"),
        QT_TRANSLATE_NOOP("MemberRecordTableModel", "Decision"),
    )
    STRETCH = DECISION

    def _text(self, record: Badge, column: int) -> str:
        if column == self.BADGE:
            return tr(BADGE_NAME).format(years=record.years)
        if column == self.AWARDED:
            return format_date(record.awarded_on)
        return record.decision_number


class StatusChangeTableModel(_RecordTableModel):
    STATUS, EFFECTIVE, DECISION, NOTE = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("MemberRecordTableModel", "Status"),
        QT_TRANSLATE_NOOP("MemberRecordTableModel", "From"),
        QT_TRANSLATE_NOOP("MemberRecordTableModel", "Decision"),
        QT_TRANSLATE_NOOP("MemberRecordTableModel", "Note"),
    )
    STRETCH = NOTE

    def _text(self, record: StatusChange, column: int) -> str:
        if column == self.STATUS:
            return label(STATUS_CHOICES, record.status)
        if column == self.EFFECTIVE:
            return format_date(record.effective_on)
        if column == self.DECISION:
            return record.decision_number
        return record.note
