"""Xung đột chờ quyết định: the records a package brought that could not be applied by themselves.

On the left, one entry per record set aside (oldest first): what it is, whose it is, which office
sent it and when it arrived. On the right, why it was set aside in one sentence, and the version
here beside the package's version, field by field, the fields that differ highlighted. Below, the
name of the person deciding (recorded with the decision) and the two choices: use the package's
version (the one here goes to history) or keep the version here. A decision takes the record off
the list and shows the next one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any
from uuid import UUID

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chibo_desktop.domain.dates import format_date
from chibo_desktop.domain.enums import (
    CellKind,
    DisciplineLevel,
    DistinctionKind,
    Gender,
    MemberStatus,
    PostKind,
    TheoryLevel,
    UnitLevel,
)
from chibo_desktop.domain.sync import Conflict, ConflictReason
from chibo_desktop.services.errors import OperationRefused, Problem, ValidationFailed
from chibo_desktop.services.sync import SyncService
from chibo_desktop.services.workspace import Workspace
from chibo_desktop.ui import messages
from chibo_desktop.ui.messages import describe_problem, field_label
from chibo_desktop.ui.screen_fit import fit_to_screen
from chibo_desktop.ui.sync_texts import describe_sync_refusal
from chibo_desktop.ui.widgets.readable import (
    DONE_COLOUR,
    HINT_COLOUR,
    PROBLEM_COLOUR,
    coloured,
    hint,
    make_readable,
    message,
)

NameOf = Callable[[UUID], str | None]

_CONTEXT = "ConflictInboxDialog"
_DIFFERS = QColor("#fff1bf")  # a soft yellow behind the fields that differ
_LONGEST = 200  # characters of a value shown in its cell; the whole value is in its tooltip
# Columns the program keeps for itself: nothing a person compares.
_BOOKKEEPING = frozenset({"id", "version", "origin_site", "sort_key", "search_key"})
# Columns holding yes or no (stored as 0 and 1: the package's version does not say so itself).
_YES_NO = frozenset(
    {
        "deleted",
        "for_study",
        "official",
        "shortcomings_remedied",
        "degradation_concluded",
        "forbidden_violation",
        "newly_formed",
    }
)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Where the record's name is, by preference.
_NAME_COLUMNS = ("full_name", "name", "person_name", "member_name", "file_name", "topic")
_OWNER_COLUMNS = ("member_id", "unit_id")

TABLES = {
    "unit": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Cell or unit"),
    "member": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Party member"),
    "party_post": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Party post"),
    "distinction": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Award or discipline"),
    "badge": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Party badge"),
    "status_change": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Change of status"),
    "transfer": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Transfer of Party activity"),
    "resident_213": QT_TRANSLATE_NOOP(
        "ConflictInboxDialog", "Member in touch with residence (213)"
    ),
    "comment_213": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Comment of the residence area (213)"),
    "candidate": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Admission candidate"),
    "meeting": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Meeting"),
    "attendance": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Attendance"),
    "meeting_task": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Task from a meeting"),
    "minutes_annex": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Correction to the minutes"),
    "attachment": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Attached file"),
    "meeting_plan": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Meeting plan"),
    "member_evaluation": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Member evaluation"),
    "unit_evaluation": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Unit evaluation"),
    "evaluation_year": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Evaluation year"),
}

REASONS = {
    ConflictReason.TWO_WRITERS: QT_TRANSLATE_NOOP(
        "ConflictInboxDialog",
        "This record was written here by another office. Two offices changing the same record "
        "usually means a transfer not yet recorded — check with both communes.",
    ),
    ConflictReason.OUT_OF_SCOPE: QT_TRANSLATE_NOOP(
        "ConflictInboxDialog", "The record belongs to a unit the sending office does not manage."
    ),
    ConflictReason.MISSING_PARENT: QT_TRANSLATE_NOOP(
        "ConflictInboxDialog",
        "The record refers to something that has not arrived yet (it will be applied by itself "
        "once it does).",
    ),
    ConflictReason.SAME_STAMP: QT_TRANSLATE_NOOP(
        "ConflictInboxDialog",
        "The package's version carries the same change mark as the version here, yet they "
        "differ: one of them was changed outside this program. Compare them and keep the right "
        "one.",
    ),
    ConflictReason.INVALID: QT_TRANSLATE_NOOP(
        "ConflictInboxDialog",
        "The record holds a value this program cannot read; it cannot be used.",
    ),
}

# Names of the columns the shared field labels do not have, or name for another kind of record.
_COLUMNS = {
    "deleted": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Deleted"),
    "level": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Level of the unit"),
    "kind": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Type of record"),
    "direction": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Direction of the transfer"),
    "for_study": QT_TRANSLATE_NOOP("ConflictInboxDialog", "For study"),
    "letter_number": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Letter number"),
    "address": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Address"),
    "registered_on": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Registered on"),
    "resident_id": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Member in touch with residence"),
    "introducers": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Introduced by"),
    "votes_total": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Votes cast"),
    "dropped_on": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Dropped on"),
    "planned_on": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Planned for"),
    "topic": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Topic"),
    "state": QT_TRANSLATE_NOOP("ConflictInboxDialog", "State of the record"),
    "held_on": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Held on"),
    "minutes_json": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Minutes"),
    "content_hash": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Check code of the minutes"),
    "finalised_on": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Finalised on"),
    "adopted_on": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Adopted on"),
    "adopted_at_meeting_id": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Adopted at the meeting"),
    "document_type": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Document type"),
    "document_number": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Document number"),
    "meeting_id": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Meeting"),
    "member_name": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Member's name"),
    "official": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Official member"),
    "standing": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Standing"),
    "presence": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Presence"),
    "fee": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Party fee"),
    "position": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Order"),
    "what": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Task"),
    "assignee": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Carried out by"),
    "assignee_id": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Carried out by (member)"),
    "deadline": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Deadline"),
    "report_back_on": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Report back on"),
    "dated_on": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Dated"),
    "written_by": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Written by"),
    "sha256": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Check code of the file"),
    "file_name": QT_TRANSLATE_NOOP("ConflictInboxDialog", "File name"),
    "media_type": QT_TRANSLATE_NOOP("ConflictInboxDialog", "File type"),
    "size": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Size (bytes)"),
    "added_on": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Added on"),
    "day_of_month": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Day of the month"),
    "thematic_topics_json": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Thematic topics"),
    "liaison": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Liaison"),
    "liaison_id": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Liaison (member)"),
    "term_started_on": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Term started on"),
    "shortcomings_remedied": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Shortcomings remedied"),
    "degradation_concluded": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Found degraded"),
    "forbidden_violation": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Broke what is forbidden"),
    "leave": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Leave"),
    "newly_formed": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Newly formed"),
    "opened_on": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Opened on"),
    "closed_on": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Closed on"),
    "closed_by": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Closed by"),
    "reopenings_json": QT_TRANSLATE_NOOP("ConflictInboxDialog", "Reopenings"),
}
# The shared labels that fit one kind of record only ("kind" is a cell's type there).
_SHARED_FOR = {"kind": "unit"}

# Stored values said in words: (table or "" for any, column) → (enum, its words).
_WORDS: dict[tuple[str, str], tuple[type[Enum], Mapping[Any, str]]] = {
    ("", "gender"): (Gender, messages.GENDERS),
    ("member", "status"): (MemberStatus, messages.STATUSES),
    ("status_change", "status"): (MemberStatus, messages.STATUSES),
    ("unit", "level"): (UnitLevel, messages.UNIT_LEVELS),
    ("unit", "kind"): (CellKind, messages.CELL_KINDS),
    ("", "theory_level"): (TheoryLevel, messages.THEORY_LEVELS),
    ("party_post", "post"): (PostKind, messages.POST_KINDS),
    ("distinction", "kind"): (DistinctionKind, messages.DISTINCTION_KINDS),
    ("distinction", "discipline"): (DisciplineLevel, messages.DISCIPLINE_LEVELS),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


def table_words(table: str) -> str:
    """What kind of record a table holds, in words."""
    source = TABLES.get(table)
    return _tr(source) if source else table


def reason_sentence(reason: ConflictReason) -> str:
    return _tr(REASONS[reason])


def names_in(workspace: Workspace) -> NameOf:
    """The name of a unit or a member this office holds, for the comparison's references."""

    def name_of(record_id: UUID) -> str | None:
        unit = workspace.units.get(record_id)
        if unit is not None:
            return unit.name
        member = workspace.members.get(record_id)
        return member.full_name if member is not None else None

    return name_of


def _as_uuid(value: object) -> UUID | None:
    if isinstance(value, str) and len(value) in (32, 36):
        try:
            return UUID(value)
        except ValueError:
            return None
    return None


def _canonical(value: object) -> object:
    """The value as compared: the package stores 0/1 and undashed ids, this office's version
    True/False and dashed ids; nothing and an empty text are the same."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return int(value)
    return _as_uuid(value) or value


def _local_columns(
    local: Mapping[str, object], incoming: Mapping[str, object]
) -> dict[str, object]:
    """The version here keyed like the package's (a reference is ``unit`` here, ``unit_id`` in
    the package)."""
    columns: dict[str, object] = {}
    for key, value in local.items():
        reference = f"{key}_id" in incoming or _as_uuid(value) is not None
        if key not in incoming and key not in _BOOKKEEPING and reference:
            key = f"{key}_id"
        columns[key] = value
    return columns


@dataclass(frozen=True, slots=True)
class ComparedField:
    """One row of the comparison: a column's label and its value on each side, as shown."""

    column: str
    label: str
    here: str
    there: str
    differs: bool


class ConflictInboxDialog(QDialog):
    """``decided`` is emitted after each decision: the main window then reloads."""

    decided = Signal()

    FIELD, HERE, THERE = range(3)

    def __init__(
        self, sync: SyncService, parent: QWidget | None = None, *, name_of: NameOf | None = None
    ) -> None:
        super().__init__(parent)
        self._sync = sync
        self._name_of = name_of
        self.conflicts: list[Conflict] = []
        self._senders: dict[UUID, str] = {}
        self.setWindowTitle(self.tr("Conflicts waiting for a decision"))

        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setSpacing(3)
        self.list.setAlternatingRowColors(True)  # where one entry ends and the next begins
        self.list.currentRowChanged.connect(self._show_current)

        self.title = QLabel()
        self.title.setWordWrap(True)
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.differences = coloured(QLabel(), HINT_COLOUR)
        self.differences.setWordWrap(True)
        self.table = self._make_table()
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.title)
        details_layout.addWidget(self.reason)
        details_layout.addWidget(self.differences)
        details_layout.addWidget(self.table, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(details)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

        self.empty = coloured(QLabel(), HINT_COLOUR)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setText(self.tr("There are no conflicts waiting for a decision."))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.splitter)

        self.choices = hint(
            self.tr(
                "“Use the package's version” puts the package's version in place of the one "
                "here (which is kept in the history); “Keep the version here” leaves the record "
                "as it is. Who decides is recorded."
            )
        )
        self.by_label = QLabel(self.tr("&Who decides:"))
        self.by_edit = QLineEdit()
        self.by_edit.setPlaceholderText(self.tr("Full name of the person deciding"))
        self.by_edit.setMaxLength(200)
        self.by_label.setBuddy(self.by_edit)
        self.by_edit.textEdited.connect(lambda _text: self.problem.hide())
        by_row = QHBoxLayout()
        by_row.addWidget(self.by_label)
        by_row.addWidget(self.by_edit, 1)

        self.problem = message(PROBLEM_COLOUR)
        self.problem.hide()
        self.done_line = message(DONE_COLOUR)
        self.done_line.hide()

        self.buttons = QDialogButtonBox()
        self.incoming_button = self.buttons.addButton(
            self.tr("Use the &package's version"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.local_button = self.buttons.addButton(
            self.tr("&Keep the version here"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = self.buttons.addButton(
            self.tr("&Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        for button in (self.incoming_button, self.local_button, self.close_button):
            button.setAutoDefault(False)  # Enter in the name field neither decides nor closes
        self.incoming_button.clicked.connect(lambda: self.decide(True))
        self.local_button.clicked.connect(lambda: self.decide(False))
        self.close_button.clicked.connect(self.reject)

        self.decision = QWidget()
        decision_layout = QVBoxLayout(self.decision)
        decision_layout.setContentsMargins(0, 0, 0, 0)
        decision_layout.addWidget(self.choices)
        decision_layout.addLayout(by_row)

        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.decision)
        layout.addWidget(self.problem)
        layout.addWidget(self.done_line)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 1060, 660)
        make_readable(self)
        self.splitter.setSizes([400, 660])
        self.reload()

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, 3)
        table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Version here"), self.tr("Version in the package")]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setWordWrap(True)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(self.FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.HERE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.THERE, QHeaderView.ResizeMode.Stretch)
        return table

    # -- the list --------------------------------------------------------------------------------
    def reload(self, row: int = 0) -> None:
        """Read the open conflicts again and show the one at ``row`` (or the last)."""
        self.conflicts = self._sync.conflicts()
        self._senders = {p.site_id: p.name for p in self._sync.peers()}
        self.list.blockSignals(True)
        self.list.clear()
        for conflict in self.conflicts:
            item = QListWidgetItem(self.describe(conflict))
            item.setToolTip(self.describe(conflict))
            self.list.addItem(item)
        self.list.blockSignals(False)
        if self.conflicts:
            self.stack.setCurrentWidget(self.splitter)
            self.list.setCurrentRow(min(max(row, 0), len(self.conflicts) - 1))
        else:
            self.stack.setCurrentWidget(self.empty)
            self._show_current(-1)
        self.decision.setVisible(bool(self.conflicts))
        self.incoming_button.setVisible(bool(self.conflicts))
        self.local_button.setVisible(bool(self.conflicts))

    def current(self) -> Conflict | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def record_name(self, conflict: Conflict) -> str:
        """The record's name: as it is here when it is here, else as the package has it."""
        for version in (conflict.local, conflict.incoming):
            if not version:
                continue
            for column in _NAME_COLUMNS:
                value = version.get(column)
                if isinstance(value, str) and value.strip():
                    return value.strip()
        if self._name_of is not None:
            for column in _OWNER_COLUMNS:
                owner = _as_uuid(conflict.incoming.get(column))
                if owner is not None and (name := self._name_of(owner)):
                    return name
        return ""

    def sender_name(self, conflict: Conflict) -> str:
        return self._senders.get(conflict.sender_site) or self.tr("an office not enrolled here")

    def heading(self, conflict: Conflict) -> str:
        """ "Party member: Nguyễn Văn A"."""
        words, name = table_words(conflict.table_name), self.record_name(conflict)
        return self.tr("{record}: {name}").format(record=words, name=name) if name else words

    def describe(self, conflict: Conflict) -> str:
        """The list's entry: what the record is, then who sent it and when it arrived."""
        arrived = format_date(conflict.created_at.astimezone().date())
        return "{}\n{}".format(
            self.heading(conflict),
            self.tr("from {office}, arrived {date}").format(
                office=self.sender_name(conflict), date=arrived
            ),
        )

    # -- the comparison --------------------------------------------------------------------------
    def compared(self, conflict: Conflict) -> list[ComparedField]:
        """The fields a person compares; fields empty on both sides are left out."""
        incoming = conflict.incoming
        local = _local_columns(conflict.local, incoming) if conflict.local is not None else None
        # The order of the record's form when it is here (the package's is alphabetical): its
        # name first, whether it is deleted last.
        order = [*(local or {}), *incoming]
        columns = [c for c in dict.fromkeys(order) if c not in _BOOKKEEPING]
        names = [c for c in _NAME_COLUMNS if c in columns]
        columns = names + [c for c in columns if c not in names and c != "deleted"]
        columns += ["deleted"] if "deleted" in order else []
        rows = []
        for column in columns:
            there = incoming.get(column)
            if local is None:
                if _canonical(there) == "":
                    continue
                here_text, differs = self.tr("(none)"), False
            else:
                here = local.get(column)
                if _canonical(here) == "" and _canonical(there) == "":
                    continue
                here_text = self.shown(conflict.table_name, column, here)
                differs = _canonical(here) != _canonical(there)
            rows.append(
                ComparedField(
                    column,
                    self.column_label(conflict.table_name, column),
                    here_text,
                    self.shown(conflict.table_name, column, there),
                    differs,
                )
            )
        return rows

    @staticmethod
    def column_label(table: str, column: str) -> str:
        shared_for = _SHARED_FOR.get(column)
        if column in messages.FIELD_LABELS and shared_for in (None, table):
            return field_label(column)
        source = _COLUMNS.get(column)
        return _tr(source) if source else column

    def shown(self, table: str, column: str, value: object) -> str:
        """A stored value as a person reads it."""
        if value is None or value == "":
            return ""
        if isinstance(value, bool) or (column in _YES_NO and value in (0, 1)):
            return self.tr("Yes") if value else self.tr("No")
        words = _WORDS.get((table, column)) or _WORDS.get(("", column))
        if words is not None and isinstance(value, str):
            enum, texts = words
            try:
                return messages.label(texts, enum(value))
            except (ValueError, KeyError):
                return value
        if isinstance(value, str) and _ISO_DATE.match(value):
            try:
                return format_date(date.fromisoformat(value))
            except ValueError:
                return value
        reference = _as_uuid(value) if column.endswith("_id") else None
        if reference is not None:
            name = self._name_of(reference) if self._name_of is not None else None
            return name or self.tr("record no. {code}").format(code=reference.hex[:8])
        text = str(value)
        return text if len(text) <= _LONGEST else text[: _LONGEST - 1] + "…"

    def _show_current(self, _row: int = -1) -> None:
        conflict = self.current()
        self.problem.hide()
        self.table.setRowCount(0)
        if conflict is None:
            self.title.clear()
            self.reason.clear()
            self.differences.clear()
            self.incoming_button.setEnabled(False)
            self.local_button.setEnabled(False)
            return
        self.title.setText(self.heading(conflict))
        self.reason.setText(reason_sentence(conflict.reason))
        rows = self.compared(conflict)
        self.table.setRowCount(len(rows))
        for row, field in enumerate(rows):
            for column, text in (
                (self.FIELD, field.label),
                (self.HERE, field.here),
                (self.THERE, field.there),
            ):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                item.setToolTip(self._full(conflict, field.column, column) or text)
                if field.differs:
                    font = QFont(self.table.font())
                    font.setBold(True)
                    item.setFont(font)
                    item.setBackground(_DIFFERS)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        differing = [f.label for f in rows if f.differs]
        if conflict.local is None:
            self.differences.setText(self.tr("This office has no version of this record."))
        elif differing:
            self.differences.setText(
                self.tr("What differs (highlighted): {fields}.").format(fields=", ".join(differing))
            )
        else:
            self.differences.setText(self.tr("The two versions hold the same values."))
        self.incoming_button.setEnabled(conflict.reason is not ConflictReason.INVALID)
        self.local_button.setEnabled(True)

    def _full(self, conflict: Conflict, column: str, side: int) -> str:
        """The whole stored text behind a shortened cell, for its tooltip."""
        if side == self.FIELD:
            return ""
        version = conflict.incoming if side == self.THERE else conflict.local
        value = (version or {}).get(column)
        return value if isinstance(value, str) and len(value) > _LONGEST else ""

    def field_row(self, label: str) -> int:
        """The comparison's row of a field, by its label (-1 when not shown)."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, self.FIELD)
            if item is not None and item.text() == label:
                return row
        return -1

    # -- deciding --------------------------------------------------------------------------------
    def decide(self, keep_incoming: bool) -> bool:
        """Decide the conflict shown: True when it was decided."""
        conflict = self.current()
        if conflict is None:
            return False
        row = self.list.currentRow()
        self.done_line.hide()
        try:
            self._sync.decide(conflict.id, keep_incoming, self.by_edit.text())
        except ValidationFailed as error:
            self._say_problem("\n".join(self._problem_text(p) for p in error.problems))
            self.by_edit.setFocus()
            return False
        except OperationRefused as error:
            text = describe_sync_refusal(error.code, **error.params)
            if error.code == "sync.conflict_decided":  # decided elsewhere: off the list
                self.reload(row)
            self._say_problem(text)
            return False
        record = self.heading(conflict)
        self.done_line.setText(
            self.tr("The package's version of {record} is used now.").format(record=record)
            if keep_incoming
            else self.tr("The version here of {record} was kept.").format(record=record)
        )
        self.done_line.show()
        self.reload(row)
        self.decided.emit()
        return True

    def _problem_text(self, problem: Problem) -> str:
        text = describe_problem(problem)
        if problem.field == "by":  # named as the field here is labelled
            text = text.replace(
                field_label("by"), self.by_label.text().replace("&", "").rstrip(":")
            )
        return text

    def _say_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
