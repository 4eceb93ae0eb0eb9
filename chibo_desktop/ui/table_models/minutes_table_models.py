"""The tables of the minutes editor: the roll call, guests, last month's tasks, votes and the new
tasks, with the delegates that edit their cells.

Each model holds the frozen domain records of one table and replaces a record whole when a cell is
edited, so ``rows()`` is always what the minutes say. ``edited`` is emitted after every change
the user makes (a cell, a row added or removed, a bulk mark) and never when the editor loads rows.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any
from uuid import UUID

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from chibo_desktop.domain.dates import format_date, parse_date
from chibo_desktop.domain.entities import new_id
from chibo_desktop.domain.meetings import (
    Attendance,
    AttendanceSummary,
    FeeStatus,
    Guest,
    MeetingTask,
    Presence,
    Standing,
    TaskResult,
    TaskReview,
    Vote,
    VoteKind,
    vote_outcome,
)
from chibo_desktop.ui.table_models.list_table_model import ListTableModel

_CONTEXT = "MinutesTableModel"
_Index = QModelIndex | QPersistentModelIndex
Choices = list[tuple[str, str]]  # (label shown, key stored in the EditRole)

_HINT_COLOUR = QColor("#555555")
_PROBLEM_COLOUR = QColor("#c0392b")
_CARRIED_COLOUR = QColor("#1e7b34")
_APART_BACKGROUND = QColor("#eeeeee")  # exempt and temporarily-away members, shown apart
_HEADING_BACKGROUND = QColor("#dde3ea")

PRESENCES = {
    Presence.PRESENT: QT_TRANSLATE_NOOP("MinutesTableModel", "Present"),
    Presence.LATE: QT_TRANSLATE_NOOP("MinutesTableModel", "Came late"),
    Presence.LEFT_EARLY: QT_TRANSLATE_NOOP("MinutesTableModel", "Left early"),
    Presence.ABSENT_EXCUSED: QT_TRANSLATE_NOOP("MinutesTableModel", "Absent with reason"),
    Presence.ABSENT_UNEXCUSED: QT_TRANSLATE_NOOP("MinutesTableModel", "Absent without reason"),
    Presence.ABSENT: QT_TRANSLATE_NOOP("MinutesTableModel", "Absent – not known why"),
}
_NOT_MARKED = QT_TRANSLATE_NOOP("MinutesTableModel", "not marked yet")
_NOT_CHOSEN = QT_TRANSLATE_NOOP("MinutesTableModel", "(not marked)")
_REASON_NEEDED = QT_TRANSLATE_NOOP("MinutesTableModel", "write the reason")
FEES = {
    FeeStatus.PAID: QT_TRANSLATE_NOOP("MinutesTableModel", "Paid"),
    FeeStatus.UNPAID: QT_TRANSLATE_NOOP("MinutesTableModel", "Not paid"),
}
_OFFICIAL = QT_TRANSLATE_NOOP("MinutesTableModel", "Official")
_PROBATIONARY = QT_TRANSLATE_NOOP("MinutesTableModel", "Probationary")
_APART = {  # the member column of those shown apart: "Official, exempt"
    Standing.EXEMPT: QT_TRANSLATE_NOOP("MinutesTableModel", "{membership}, exempt"),
    Standing.ELSEWHERE: QT_TRANSLATE_NOOP("MinutesTableModel", "{membership}, away"),
}
_APART_HEADING = QT_TRANSLATE_NOOP(
    "MinutesTableModel",
    "Exempt and temporarily away — not counted among the members required to attend",
)
VOTE_KINDS = {
    VoteKind.RESOLUTION: QT_TRANSLATE_NOOP("MinutesTableModel", "Ordinary (more than half)"),
    VoteKind.ADMISSION: QT_TRANSLATE_NOOP("MinutesTableModel", "Admission (two thirds)"),
    VoteKind.RECOGNITION: QT_TRANSLATE_NOOP(
        "MinutesTableModel", "Recognition as official (two thirds)"
    ),
    VoteKind.MINUTES: QT_TRANSLATE_NOOP("MinutesTableModel", "Adopting the minutes"),
}
TASK_RESULTS = {
    TaskResult.DONE: QT_TRANSLATE_NOOP("MinutesTableModel", "Completed"),
    TaskResult.PARTLY: QT_TRANSLATE_NOOP("MinutesTableModel", "Partly completed"),
    TaskResult.NOT_DONE: QT_TRANSLATE_NOOP("MinutesTableModel", "Not completed"),
}
_NO_RESULT = QT_TRANSLATE_NOOP("MinutesTableModel", "(not written)")
_CARRIED = QT_TRANSLATE_NOOP("MinutesTableModel", "Carried: {votes_for}/{voters} ({percent})")
_NOT_CARRIED = QT_TRANSLATE_NOOP("MinutesTableModel", "Not carried: {needed}/{voters} needed")
_TOO_MANY_VOTES = QT_TRANSLATE_NOOP(
    "MinutesTableModel", "More votes than members who may vote ({voters})"
)
_NO_VOTERS = QT_TRANSLATE_NOOP("MinutesTableModel", "No official member may vote")
_NOT_A_DATE = QT_TRANSLATE_NOOP(
    "MinutesTableModel", "“{text}” is not a date; write it as dd/mm/yyyy, e.g. 15/12/2026."
)


def tr(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


def percent_text(value: float) -> str:
    """ "75%", "91,7%": one decimal only when there is one, in the user's number format."""
    text = QLocale().toString(float(value), "f", 0 if value == int(value) else 1)
    return f"{text}%"


def choice_list(table: dict[Any, str], none_label: str | None = None) -> Choices:
    """The translated labels of an enum's table, with an entry for "nothing chosen" first."""
    listed = [(tr(none_label), "")] if none_label is not None else []
    return listed + [(tr(text), key.value) for key, text in table.items()]


class _RowsModel(ListTableModel):
    """Subclasses define the columns (``HEADERS``, ``EDITABLE``) and how a record reads
    (``_display``, ``_edit_value``) and changes (``_changed``)."""

    edited = Signal()
    HEADERS: tuple[str, ...] = ()  # QT_TRANSLATE_NOOP sources in _CONTEXT
    EDITABLE: frozenset[int] = frozenset()
    CHECKABLE: frozenset[int] = frozenset()
    NUMBERED: int | None = None  # the column that shows the row's number, if any
    CENTRED: frozenset[int] = frozenset()  # numbers and dates
    CHOICE_COLUMNS: tuple[int, ...] = ()  # edited by picking from ``choices(column)``
    STRETCH = 0  # the column that takes the spare width
    # Each table defines these: the text of a cell, and the record with ``column`` set to
    # ``value`` (None when the value is refused).
    _display: Callable[[Any, int], str]
    _changed: Callable[[Any, int, Any], Any]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = tuple(tr(heading) for heading in self.HEADERS)
        self._read_only = False

    # -- rows --------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> tuple[Any, ...]:
        return tuple(self._rows)

    def adopt_saved(self, saved: Sequence[Any]) -> None:
        """Take the new versions of saved records without redrawing: the text is the same,
        and an editor open in a cell must not be closed by a reset."""
        by_id = {record.id: record for record in saved}
        self._rows = [by_id.get(getattr(row, "id", None), row) for row in self._rows]

    def append(self, record: Any) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(record)
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        self.edited.emit()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.layoutChanged.emit()

    # -- Qt ----------------------------------------------------------------------------------
    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self._read_only or not self._row_editable(index.row()):
            return flags
        if index.column() in self.EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        if index.column() in self.CHECKABLE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and (
            column in self.CENTRED or column == self.NUMBERED
        ):
            return Qt.AlignmentFlag.AlignCenter
        if column == self.NUMBERED:
            return self._number(index.row()) if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._display(record, column) or None
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(record, column)
        if role == Qt.ItemDataRole.CheckStateRole and column in self.CHECKABLE:
            return Qt.CheckState.Checked if self._checked(record) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(record, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(record)
        if role == Qt.ItemDataRole.FontRole:
            return self._font(record, column)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self._read_only or not self._row_editable(index.row()):
            return False
        old = self._rows[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() in self.CHECKABLE:
            new = self._checked_changed(old, Qt.CheckState(value) == Qt.CheckState.Checked)
        elif role == Qt.ItemDataRole.EditRole and index.column() in self.EDITABLE:
            new = self._changed(old, index.column(), value)
        else:
            return False
        if new is None:
            return False
        if new != old:
            self._rows[index.row()] = new
            self._row_changed(index.row())
            self.edited.emit()
        return True

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # -- what subclasses say -------------------------------------------------------------------
    def _row_editable(self, row: int) -> bool:
        return True

    def _number(self, row: int) -> str:
        return str(row + 1)

    def _edit_value(self, record: Any, column: int) -> Any:
        return self._display(record, column)

    def _checked(self, record: Any) -> bool:
        return False

    def _checked_changed(self, record: Any, checked: bool) -> Any:
        return None

    def _foreground(self, record: Any, column: int) -> QBrush | None:
        return None

    def _background(self, record: Any) -> QBrush | None:
        return None

    def _font(self, record: Any, column: int) -> QFont | None:
        return None


def _italic() -> QFont:
    font = QFont()
    font.setItalic(True)
    return font


def _date_value(value: Any) -> date | None:
    """A date cell's new value (the text typed); raises ValueError when it is not a date."""
    return parse_date(str(value or ""))


# -- the roll call -------------------------------------------------------------------------------
class AttendanceTableModel(_RowsModel):
    """One row per member of the roll; the members required to attend first, then a heading row
    and the exempt and temporarily-away members (who may still attend, and then vote)."""

    NUMBER, NAME, MEMBERSHIP, PRESENCE, REASON, FEE = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("MinutesTableModel", "No."),
        QT_TRANSLATE_NOOP("MinutesTableModel", "Full name"),
        QT_TRANSLATE_NOOP("MinutesTableModel", "Member"),
        QT_TRANSLATE_NOOP("MinutesTableModel", "Attendance"),
        QT_TRANSLATE_NOOP("MinutesTableModel", "Reason"),
        QT_TRANSLATE_NOOP("MinutesTableModel", "Party fee"),
    )
    EDITABLE = frozenset({PRESENCE, REASON, FEE})
    CHOICE_COLUMNS = (PRESENCE, FEE)
    NUMBERED = NUMBER
    STRETCH = REASON

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._heading: int | None = None

    def set_rows(self, rows: Sequence[Attendance]) -> None:
        required = [a for a in rows if a.standing is Standing.REGULAR and not a.deleted]
        apart = [a for a in rows if a.standing is not Standing.REGULAR and not a.deleted]
        self._heading = len(required) if apart else None
        super().set_rows(required + ([_APART_HEADING, *apart] if apart else []))

    def rows(self) -> tuple[Attendance, ...]:
        return tuple(r for r in self._rows if isinstance(r, Attendance))

    def heading_row(self) -> int | None:
        """The row that heads the members shown apart (spans every column), if any."""
        return self._heading

    def row_of(self, member_name: str) -> int | None:
        return next(
            (
                i
                for i, r in enumerate(self._rows)
                if isinstance(r, Attendance) and r.member_name == member_name
            ),
            None,
        )

    def mark_everyone_present(self) -> int:
        """Mark present the members required to attend who are not marked yet; how many."""
        return self._mark(
            lambda a: a.standing is Standing.REGULAR and a.presence is None,
            lambda a: dataclasses.replace(a, presence=Presence.PRESENT),
        )

    def mark_every_fee_paid(self) -> int:
        """Mark the fee paid for everyone not marked yet, except members paying elsewhere."""
        return self._mark(
            lambda a: a.standing is not Standing.ELSEWHERE and a.fee is None,
            lambda a: dataclasses.replace(a, fee=FeeStatus.PAID),
        )

    def _mark(
        self, wanted: Callable[[Attendance], bool], change: Callable[[Attendance], Attendance]
    ) -> int:
        if self._read_only:
            return 0
        marked = 0
        for row, record in enumerate(self._rows):
            if isinstance(record, Attendance) and wanted(record):
                self._rows[row] = change(record)
                marked += 1
        if marked:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )
            self.edited.emit()
        return marked

    def _row_editable(self, row: int) -> bool:
        return isinstance(self._rows[row], Attendance)

    def _number(self, row: int) -> str:
        past_heading = self._heading is not None and row > self._heading
        return str(row if past_heading else row + 1)

    def choices(self, column: int) -> Choices:
        if column == self.PRESENCE:
            return choice_list(PRESENCES, _NOT_CHOSEN)
        return choice_list(FEES, _NOT_CHOSEN)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and isinstance(self._rows[index.row()], str):
            return self._heading_data(self._rows[index.row()], index.column(), role)
        return super().data(index, role)

    def _heading_data(self, heading: str, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            return tr(heading)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_HEADING_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole:
            return _italic()
        return None

    def _display(self, record: Attendance, column: int) -> str:
        if column == self.NAME:
            return record.member_name
        if column == self.MEMBERSHIP:
            membership = tr(_OFFICIAL if record.official else _PROBATIONARY)
            if record.standing is Standing.REGULAR:
                return membership
            return tr(_APART[record.standing]).format(membership=membership)
        if column == self.PRESENCE:
            if record.presence is None:
                return tr(_NOT_MARKED) if record.standing is Standing.REGULAR else ""
            return tr(PRESENCES[record.presence])
        if column == self.REASON:
            if record.presence is Presence.ABSENT_EXCUSED and not record.reason.strip():
                return tr(_REASON_NEEDED)
            return record.reason
        return tr(FEES[record.fee]) if record.fee else ""

    def _edit_value(self, record: Attendance, column: int) -> Any:
        if column == self.PRESENCE:
            return record.presence.value if record.presence else ""
        if column == self.FEE:
            return record.fee.value if record.fee else ""
        if column == self.REASON:
            return record.reason
        return self._display(record, column)

    def _changed(self, record: Attendance, column: int, value: Any) -> Attendance:
        if column == self.PRESENCE:
            presence = Presence(value) if value else None
            return dataclasses.replace(record, presence=presence)
        if column == self.FEE:
            return dataclasses.replace(record, fee=FeeStatus(value) if value else None)
        return dataclasses.replace(record, reason=str(value))

    def _foreground(self, record: Attendance, column: int) -> QBrush | None:
        if column == self.PRESENCE and record.presence is None:
            return QBrush(_HINT_COLOUR)
        if column == self.PRESENCE and record.presence in (
            Presence.ABSENT,
            Presence.ABSENT_UNEXCUSED,
        ):
            return QBrush(_PROBLEM_COLOUR)
        if column == self.REASON and record.presence is Presence.ABSENT_EXCUSED:
            return None if record.reason.strip() else QBrush(_PROBLEM_COLOUR)
        if record.standing is not Standing.REGULAR:
            return QBrush(_HINT_COLOUR)
        return None

    def _background(self, record: Attendance) -> QBrush | None:
        return QBrush(_APART_BACKGROUND) if record.standing is not Standing.REGULAR else None

    def _font(self, record: Attendance, column: int) -> QFont | None:
        hint = (column == self.PRESENCE and record.presence is None) or (
            column == self.REASON
            and record.presence is Presence.ABSENT_EXCUSED
            and not record.reason.strip()
        )
        return _italic() if hint else None


# -- guests --------------------------------------------------------------------------------------
class GuestTableModel(_RowsModel):
    NAME, POST, DELEGATE = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("MinutesTableModel", "Full name"),
        QT_TRANSLATE_NOOP("MinutesTableModel", "Post"),
        QT_TRANSLATE_NOOP("MinutesTableModel", "Superior committee delegate"),
    )
    EDITABLE = frozenset({NAME, POST})
    CHECKABLE = frozenset({DELEGATE})
    STRETCH = POST

    def blank(self) -> Guest:
        return Guest("", "")

    def _display(self, record: Guest, column: int) -> str:
        if column == self.NAME:
            return record.name
        if column == self.POST:
            return record.post
        return ""

    def _changed(self, record: Guest, column: int, value: Any) -> Guest:
        if column == self.NAME:
            return dataclasses.replace(record, name=str(value))
        return dataclasses.replace(record, post=str(value))

    def _checked(self, record: Guest) -> bool:
        return record.superior_delegate

    def _checked_changed(self, record: Guest, checked: bool) -> Guest:
        return dataclasses.replace(record, superior_delegate=checked)


# -- last month's tasks --------------------------------------------------------------------------
class TaskReviewTableModel(_RowsModel):
    WHAT, ASSIGNEE, DEADLINE, RESULT, NOTE = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("MinutesTableModel", "Task"),
        QT_TRANSLATE_NOOP("MinutesTableModel", "Carried out by"),
        QT_TRANSLATE_NOOP("MinutesTableModel", "Deadline"),
        QT_TRANSLATE_NOOP("MinutesTableModel", "Result"),
        QT_TRANSLATE_NOOP("MinutesTableModel", "Note"),
    )
    EDITABLE = frozenset({RESULT, NOTE})
    CHOICE_COLUMNS = (RESULT,)
    CENTRED = frozenset({DEADLINE})
    STRETCH = WHAT

    def choices(self, column: int) -> Choices:
        return choice_list(TASK_RESULTS, _NO_RESULT)

    def _display(self, record: TaskReview, column: int) -> str:
        if column == self.WHAT:
            return record.what
        if column == self.ASSIGNEE:
            return record.assignee
        if column == self.DEADLINE:
            return format_date(record.deadline)
        if column == self.RESULT:
            return tr(TASK_RESULTS[record.result] if record.result else _NO_RESULT)
        return record.note

    def _edit_value(self, record: TaskReview, column: int) -> Any:
        if column == self.RESULT:
            return record.result.value if record.result else ""
        return self._display(record, column)

    def _changed(self, record: TaskReview, column: int, value: Any) -> TaskReview:
        if column == self.RESULT:
            return dataclasses.replace(record, result=TaskResult(value) if value else None)
        return dataclasses.replace(record, note=str(value))

    def _foreground(self, record: TaskReview, column: int) -> QBrush | None:
        if column == self.RESULT and record.result is None:
            return QBrush(_HINT_COLOUR)
        return None


# -- votes ---------------------------------------------------------------------------------------
class VoteTableModel(_RowsModel):
    """The votes, each with its outcome over the vote denominator of the current roll."""

    SUBJECT, KIND, FOR, AGAINST, OUTCOME = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("MinutesTableModel", "Voted on"),
        QT_TRANSLATE_NOOP("MinutesTableModel", "Kind of vote"),
        QT_TRANSLATE_NOOP("MinutesTableModel", "For"),
        QT_TRANSLATE_NOOP("MinutesTableModel", "Against"),
        QT_TRANSLATE_NOOP("MinutesTableModel", "Outcome"),
    )
    EDITABLE = frozenset({SUBJECT, KIND, FOR, AGAINST})
    CHOICE_COLUMNS = (KIND,)
    CENTRED = frozenset({FOR, AGAINST})
    STRETCH = SUBJECT

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._summary: AttendanceSummary | None = None

    def set_summary(self, summary: AttendanceSummary) -> None:
        """The roll changed: the outcomes are counted again."""
        self._summary = summary
        if self._rows:
            self.dataChanged.emit(
                self.index(0, self.OUTCOME), self.index(self.rowCount() - 1, self.OUTCOME)
            )

    def blank(self, kind: VoteKind = VoteKind.RESOLUTION) -> Vote:
        return Vote("", kind)

    def choices(self, column: int) -> Choices:
        return choice_list(VOTE_KINDS)

    def outcome_text(self, vote: Vote) -> str:
        if self._summary is None:
            return ""
        outcome = vote_outcome(vote, self._summary)
        if outcome.denominator == 0:
            return tr(_NO_VOTERS)
        if vote.votes_for + vote.votes_against > outcome.denominator:
            return tr(_TOO_MANY_VOTES).format(voters=outcome.denominator)
        if outcome.carried:
            return tr(_CARRIED).format(
                votes_for=vote.votes_for,
                voters=outcome.denominator,
                percent=percent_text(outcome.percent(vote.votes_for)),
            )
        return tr(_NOT_CARRIED).format(needed=outcome.needed, voters=outcome.denominator)

    def _display(self, record: Vote, column: int) -> str:
        if column == self.SUBJECT:
            return record.subject
        if column == self.KIND:
            return tr(VOTE_KINDS[record.kind])
        if column == self.FOR:
            return str(record.votes_for)
        if column == self.AGAINST:
            return str(record.votes_against)
        return self.outcome_text(record)

    def _edit_value(self, record: Vote, column: int) -> Any:
        if column == self.KIND:
            return record.kind.value
        if column == self.FOR:
            return record.votes_for
        if column == self.AGAINST:
            return record.votes_against
        return self._display(record, column)

    def _changed(self, record: Vote, column: int, value: Any) -> Vote | None:
        if column == self.SUBJECT:
            return dataclasses.replace(record, subject=str(value))
        if column == self.KIND:
            return dataclasses.replace(record, kind=VoteKind(value))
        try:
            count = int(value)
        except (TypeError, ValueError):
            return None
        if column == self.FOR:
            return dataclasses.replace(record, votes_for=count)
        return dataclasses.replace(record, votes_against=count)

    def _foreground(self, record: Vote, column: int) -> QBrush | None:
        if column != self.OUTCOME or self._summary is None:
            return None
        outcome = vote_outcome(record, self._summary)
        counted = record.votes_for + record.votes_against <= outcome.denominator
        return QBrush(_CARRIED_COLOUR if outcome.carried and counted else _PROBLEM_COLOUR)


# -- the tasks assigned at this meeting -----------------------------------------------------------
class TaskTableModel(_RowsModel):
    """The tasks (who, what, deadline, report back on); a person typed who is on the roll is
    linked to the member."""

    NUMBER, ASSIGNEE, WHAT, DEADLINE, REPORT_BACK = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("MinutesTableModel", "No."),
        QT_TRANSLATE_NOOP("MinutesTableModel", "Carried out by"),
        QT_TRANSLATE_NOOP("MinutesTableModel", "Task"),
        QT_TRANSLATE_NOOP("MinutesTableModel", "Deadline"),
        QT_TRANSLATE_NOOP("MinutesTableModel", "Report back on"),
    )
    EDITABLE = frozenset({ASSIGNEE, WHAT, DEADLINE, REPORT_BACK})
    CENTRED = frozenset({DEADLINE, REPORT_BACK})
    NUMBERED = NUMBER
    STRETCH = WHAT

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._members: dict[str, UUID] = {}

    def set_members(self, members: dict[str, UUID]) -> None:
        """The names on the roll, to link an assignee to the member."""
        self._members = members

    def blank(self, meeting_id: UUID) -> MeetingTask:
        return MeetingTask(new_id(), meeting_id, "", position=len(self._rows))

    def rows(self) -> tuple[MeetingTask, ...]:
        """The tasks numbered in the order shown."""
        return tuple(
            t if t.position == number else dataclasses.replace(t, position=number)
            for number, t in enumerate(self._rows)
        )

    def remove(self, row: int) -> None:
        super().remove(row)
        if row < len(self._rows):
            self.dataChanged.emit(self.index(row, self.NUMBER), self.index(len(self._rows) - 1, 0))

    def _display(self, record: MeetingTask, column: int) -> str:
        if column == self.ASSIGNEE:
            return record.assignee
        if column == self.WHAT:
            return record.what
        if column == self.DEADLINE:
            return format_date(record.deadline)
        return format_date(record.report_back_on)

    def _changed(self, record: MeetingTask, column: int, value: Any) -> MeetingTask | None:
        if column == self.ASSIGNEE:
            name = str(value).strip()
            return dataclasses.replace(record, assignee=name, assignee_id=self._members.get(name))
        if column == self.WHAT:
            return dataclasses.replace(record, what=str(value))
        try:
            day = _date_value(value)
        except ValueError:
            return None
        if column == self.DEADLINE:
            return dataclasses.replace(record, deadline=day)
        return dataclasses.replace(record, report_back_on=day)


# -- delegates -----------------------------------------------------------------------------------
class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down list that opens at once and closes as soon as a choice is made, so that one
    click marks a member present. The model says the choices of each column."""

    def __init__(self, list_choices: Callable[[int], Choices], parent: QObject) -> None:
        super().__init__(parent)
        self._choices = list_choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        combo = QComboBox(parent)
        for text, key in self._choices(index.column()):
            combo.addItem(text, key)
        combo.activated.connect(lambda _row: self._chosen(combo))
        QTimer.singleShot(0, combo, combo.showPopup)
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def _chosen(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)


class NameDelegate(QStyledItemDelegate):
    """A name picked from the roll or typed (a guest, a member of another cell)."""

    def __init__(self, names: Callable[[], list[str]], parent: QObject) -> None:
        super().__init__(parent)
        self._names = names

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems(self._names())
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


class DateDelegate(QStyledItemDelegate):
    """A date typed as dd/mm/yyyy; text that is not a date is refused with a tooltip saying so."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        edit = QLineEdit(parent)
        edit.setPlaceholderText(QCoreApplication.translate("DateField", "dd/mm/yyyy"))
        edit.setMaxLength(10)
        return edit

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QLineEdit)
        text = editor.text()
        try:
            _date_value(text)
        except ValueError:
            QToolTip.showText(
                editor.mapToGlobal(editor.rect().bottomLeft()),
                tr(_NOT_A_DATE).format(text=text),
                editor,
            )
            return
        model.setData(index, text, Qt.ItemDataRole.EditRole)


class CountDelegate(QStyledItemDelegate):
    """A number of votes (0 to 999)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(0, 999)
        return spin
