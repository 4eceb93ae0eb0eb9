"""Planning a cell's meetings: the year plan (fixed day, thematic topics, the assigned committee
member, the committee term) and the agenda templates of each type of meeting.

The meeting service's planning codes are put into words here, next to the forms and the tab
that show them; any other code falls back to the shared sentences of ``ui/messages.py``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from chibo_desktop.domain.entities import Changes, Unit
from chibo_desktop.domain.meetings import (
    DEFAULT_AGENDAS,
    MeetingKind,
    MeetingPlan,
    ThematicTopic,
)
from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.domain.validation import Problem
from chibo_desktop.services.errors import OperationRefused, ValidationFailed
from chibo_desktop.services.meetings import MeetingService
from chibo_desktop.services.members import MemberService
from chibo_desktop.ui.dialogs.form_dialog import FormDialog
from chibo_desktop.ui.dialogs.message_box import inform
from chibo_desktop.ui.messages import APP_TITLE, describe_error, tr
from chibo_desktop.ui.table_models.meeting_table_models import kind_label
from chibo_desktop.ui.widgets.date_field import DateField
from chibo_desktop.ui.widgets.readable import hint, make_readable

_CONTEXT = "MeetingMessages"
_FIELDS = {
    "day_of_month": QT_TRANSLATE_NOOP("MeetingMessages", "Meeting day"),
    "thematic_topics": QT_TRANSLATE_NOOP("MeetingMessages", "Thematic topics"),
    "term_started_on": QT_TRANSLATE_NOOP("MeetingMessages", "Committee term began on"),
    "planned_on": QT_TRANSLATE_NOOP("MeetingMessages", "Date of the meeting"),
    "unit_id": QT_TRANSLATE_NOOP("MeetingMessages", "Cell"),
    "items": QT_TRANSLATE_NOOP("MeetingMessages", "Agenda items"),
}
# By (field, code); a code that means the same on every field is listed with the field "".
_PROBLEMS = {
    ("day_of_month", "day_of_month"): QT_TRANSLATE_NOOP(
        "MeetingMessages", "{field}: choose a day from 1 to 31."
    ),
    ("thematic_topics", "month"): QT_TRANSLATE_NOOP(
        "MeetingMessages", "{field}: there is no month {month}; choose a month from 1 to 12."
    ),
    ("thematic_topics", "required"): QT_TRANSLATE_NOOP(
        "MeetingMessages", "{field}: a row has no topic; write the topic or remove the row."
    ),
    ("unit_id", "not_a_cell"): QT_TRANSLATE_NOOP(
        "MeetingMessages", "{field}: meetings are held by a cell; choose one of the cells."
    ),
    ("items", "required"): QT_TRANSLATE_NOOP(
        "MeetingMessages", "{field}: the agenda of {kind} needs at least one item."
    ),
    ("planned_on", "required"): QT_TRANSLATE_NOOP(
        "MeetingMessages", "{field}: write the date as dd/mm/yyyy, e.g. 03/03/2026."
    ),
    ("", "bad_date"): QT_TRANSLATE_NOOP(
        "MeetingMessages",
        "{field}: “{value}” is not a date; write it as dd/mm/yyyy, e.g. 03/03/2026.",
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def describe_meeting_problem(problem: Problem) -> str:
    template = _PROBLEMS.get((problem.field, problem.code)) or _PROBLEMS.get(("", problem.code))
    if template is None:
        return describe_error(ValidationFailed([problem]))
    field = _tr(_FIELDS[problem.field]) if problem.field in _FIELDS else problem.field
    return _tr(template).format(field=field, **problem.params)


def describe_meeting_error(error: BaseException) -> str:
    if isinstance(error, ValidationFailed):
        return "\n".join(describe_meeting_problem(p) for p in error.problems)
    return describe_error(error)


def show_meeting_error(parent: QWidget, error: BaseException) -> None:
    inform(parent, tr(APP_TITLE), describe_meeting_error(error), warning=True)


class MeetingForm(FormDialog):
    """A form whose service refusals and problems are said with the meeting texts above.
    Subclasses define ``save()``: save what was typed, or return the problems found first."""

    save: Callable[[], Changes | list[Problem]]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        make_readable(self)

    def submit(self) -> Changes | list[Problem]:
        try:
            return self.save()
        except ValidationFailed as error:
            return error.problems
        except OperationRefused as error:
            # Said here in full; the empty list keeps the form open without other problems.
            self.problems.setText(describe_meeting_error(error))
            return []

    def show_problems(self, problems: list[Problem]) -> None:
        if problems:
            self.problems.setText("\n".join("• " + describe_meeting_problem(p) for p in problems))


# -- the year plan ----------------------------------------------------------------------------
_NAME_ROLE = Qt.ItemDataRole.UserRole + 1
_MEMBER_ROLE = Qt.ItemDataRole.UserRole + 2
QUARTER_ENDS = (3, 6, 9, 12)  # where the topic rows of an empty plan are offered


class TopicRows(QWidget):
    """The thematic topics as rows of month + topic, each with its own remove button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[QComboBox, QLineEdit, QPushButton]] = []
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(1, 1)
        rows = QWidget()
        stacked = QVBoxLayout(rows)
        stacked.addLayout(self._grid)
        stacked.addStretch(1)  # few rows stay together at the top
        scroll = QScrollArea()
        scroll.setWidget(rows)
        scroll.setWidgetResizable(True)
        scroll.setMinimumHeight(190)
        self.add_button = QPushButton(self.tr("Add a &topic"))
        self.add_button.clicked.connect(lambda: self.add_row(1, "").setFocus())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def add_row(self, month: int, topic: str) -> QComboBox:
        month_box = QComboBox()
        for m in range(1, 13):
            month_box.addItem(self.tr("Month {month}").format(month=m), m)
        month_box.setCurrentIndex(month - 1)
        month_box.setAccessibleName(self.tr("Month of the thematic meeting"))
        topic_edit = QLineEdit(topic)
        topic_edit.setCursorPosition(0)  # a long topic shows its beginning
        topic_edit.setPlaceholderText(
            self.tr("e.g. Studying and following Hồ Chí Minh's thought, ethics and style")
        )
        topic_edit.setAccessibleName(self.tr("Topic"))
        remove = QPushButton(self.tr("Remove"))
        row = (month_box, topic_edit, remove)
        remove.clicked.connect(lambda: self._remove(row))
        line = self._grid.rowCount()
        for column, widget in enumerate(row):
            self._grid.addWidget(widget, line, column)
        self._rows.append(row)
        self._lead_focus()
        return month_box

    def _remove(self, row: tuple[QComboBox, QLineEdit, QPushButton]) -> None:
        self._rows.remove(row)
        for widget in row:
            self._grid.removeWidget(widget)
            widget.deleteLater()
        self._lead_focus()

    def _lead_focus(self) -> None:
        """The label of the topics (Alt + its letter) leads to the first month, or to the add
        button when there is no row."""
        self.setFocusProxy(self._rows[0][0] if self._rows else self.add_button)

    def topics(self) -> tuple[ThematicTopic, ...]:
        """The rows with a topic, by month; a row left empty is an unused suggestion."""
        found = [
            ThematicTopic(month.currentData(), topic.text().strip())
            for month, topic, _remove in self._rows
            if topic.text().strip()
        ]
        return tuple(sorted(found, key=lambda t: t.month))

    def row_widgets(self) -> list[tuple[QComboBox, QLineEdit]]:
        return [(month, topic) for month, topic, _remove in self._rows]


class MeetingPlanDialog(MeetingForm):
    """The plan of a cell for a year; for the commune (or any unit above the cells) the meeting
    day that cells without a plan of their own follow."""

    def __init__(
        self,
        meetings: MeetingService,
        unit: Unit,
        year: int,
        members: MemberService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._meetings = meetings
        self._members = members
        self._plan = meetings.plan(unit.id, year)
        self._chosen_liaison = (self._plan.liaison, self._plan.liaison_id)
        self.setMinimumWidth(780)
        self.day = QSpinBox()
        self.day.setRange(1, 31)
        self.day.setValue(self._plan.day_of_month)
        self.day.setPrefix(self.tr("day "))
        self.day.setSuffix(self.tr(" of each month"))
        form = self.form
        form.addRow(self.tr("Regular meeting &day"), self.day)
        form.addRow(
            "",
            hint(
                self.tr(
                    "In a month without this day (e.g. the 31st in February) the meeting is "
                    "planned on the month's last day."
                )
            ),
        )
        # Topics, liaison and term belong to a cell's plan; a common plan only sets the day.
        self._for_cell = unit.is_cell
        self.topics = TopicRows(self)
        self.liaison = QLineEdit(self._plan.liaison, self)
        self.term_started_on = DateField(self)
        self.term_started_on.set_value(self._plan.term_started_on)
        if not self._for_cell:
            for field in (self.topics, self.liaison, self.term_started_on):
                field.hide()
            self.setWindowTitle(
                self.tr("Common meeting plan {year} — {unit}").format(year=year, unit=unit.name)
            )
            form.addRow(
                "",
                hint(
                    self.tr(
                        "Cells without a plan of their own for {year} meet on this day. "
                        "Topics and the assigned committee member are set in each cell's plan."
                    ).format(year=year)
                ),
            )
            return
        self.setWindowTitle(
            self.tr("Meeting plan {year} — {cell}").format(year=year, cell=unit.name)
        )
        for topic in self._plan.thematic_topics or tuple(
            ThematicTopic(m, "") for m in QUARTER_ENDS
        ):
            self.topics.add_row(topic.month, topic.topic)
        form.addRow(self.tr("Thematic &topics"), self.topics)
        form.addRow(
            "",
            hint(
                self.tr(
                    "At least one thematic meeting each quarter. A row left empty is not saved."
                )
            ),
        )
        self.liaison.setPlaceholderText(self.tr("Full name; type a few letters to choose a member"))
        if members is not None:
            self._attach_member_search()
        form.addRow(self.tr("Assigned &committee member"), self.liaison)
        form.addRow(
            "",
            hint(self.tr("The member of the commune committee assigned to attend this cell.")),
        )
        form.addRow(self.tr("Committee t&erm began on"), self.term_started_on)
        form.addRow(
            "",
            hint(self.tr("Resolutions and conclusions are numbered from 01 within each term.")),
        )

    def _attach_member_search(self) -> None:
        self._suggestions = QStandardItemModel(self)
        completer = QCompleter(self._suggestions, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCompletionRole(_NAME_ROLE)  # the popup shows name and birth year
        completer.activated[QModelIndex].connect(self._member_chosen)
        self.liaison.setCompleter(completer)
        self.liaison.textEdited.connect(self._suggest_members)

    def _suggest_members(self, text: str) -> None:
        assert self._members is not None
        self._suggestions.clear()
        if len(text.strip()) < 2:
            return
        for member in self._members.page(MemberQuery(text=text), 0, 15):
            born = f" ({member.birth_date.year})" if member.birth_date else ""
            item = QStandardItem(member.full_name + born)
            item.setData(member.full_name, _NAME_ROLE)
            item.setData(member.id, _MEMBER_ROLE)
            self._suggestions.appendRow(item)
        completer = self.liaison.completer()
        if self._suggestions.rowCount() and completer is not None:
            completer.complete()

    def _member_chosen(self, index: QModelIndex) -> None:
        name = index.data(_NAME_ROLE)
        self._chosen_liaison = (name, index.data(_MEMBER_ROLE))
        self.liaison.setText(name)

    def save(self) -> Changes | list[Problem]:
        if not self._for_cell:
            return self._saved(dataclasses.replace(self._plan, day_of_month=self.day.value()))
        dates, problems = self.read_dates("term_started_on")
        if problems:
            return problems
        liaison = self.liaison.text().strip()
        chosen_name, chosen_id = self._chosen_liaison
        plan = dataclasses.replace(
            self._plan,
            day_of_month=self.day.value(),
            thematic_topics=self.topics.topics(),
            liaison=liaison,
            # A member picked from the list stays linked while the name is left as chosen.
            liaison_id=chosen_id if liaison == chosen_name.strip() else None,
            term_started_on=dates["term_started_on"],
        )
        return self._saved(plan)

    def _saved(self, plan: MeetingPlan) -> Changes:
        if plan == self._plan:
            return Changes()
        return self._meetings.save_plan(plan)


# -- agenda templates -------------------------------------------------------------------------
class AgendaTemplateDialog(MeetingForm):
    """The agenda each type of meeting starts with: items in order, each reworded at will."""

    def __init__(self, meetings: MeetingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agenda templates"))
        self.setMinimumSize(760, 560)
        self._meetings = meetings
        self._templates = {kind: meetings.agenda_template(kind) for kind in MeetingKind}
        self._drafts = {kind: list(t.items) for kind, t in self._templates.items()}
        self.kind = QComboBox()
        for kind in MeetingKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self._shown_kind = MeetingKind.REGULAR
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.items = QListWidget()
        self.items.setWordWrap(True)
        self.items.setAlternatingRowColors(True)
        # Not on any key: a stray key press would replace an item's whole wording.
        self.items.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.items.currentRowChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("&Add an item"))
        self.add_button.clicked.connect(self.add_item)
        self.edit_button = QPushButton(self.tr("&Change the wording"))
        self.edit_button.clicked.connect(self.edit_item)
        self.remove_button = QPushButton(self.tr("&Remove the item"))
        self.remove_button.clicked.connect(self.remove_item)
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button = QPushButton(self.tr("Move d&own"))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        self.default_button = QPushButton(self.tr("Restore the &built-in agenda"))
        self.default_button.clicked.connect(self.restore_default)
        side = QVBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            side.addWidget(button)
        side.addStretch(1)
        side.addWidget(self.default_button)
        body = QHBoxLayout()
        body.addWidget(self.items, 1)
        body.addLayout(side)
        holder = QWidget()
        holder.setLayout(body)
        self.form.addRow(self.tr("Type of &meeting"), self.kind)
        self.form.addRow(holder)
        self.form.addRow(
            hint(
                self.tr(
                    "The minutes of a new meeting start with these items, in this order. "
                    "Double-click an item to change its wording."
                )
            )
        )
        self._show(MeetingKind.REGULAR)

    def _show(self, kind: MeetingKind) -> None:
        self._shown_kind = kind
        self.items.clear()
        for text in self._drafts[kind]:
            self.items.addItem(self._item(text))
        self.items.setCurrentRow(0)
        self._update_buttons()

    def _item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def _keep_shown(self) -> None:
        self._drafts[self._shown_kind] = [
            self.items.item(row).text() for row in range(self.items.count())
        ]

    def _kind_changed(self) -> None:
        self._keep_shown()
        self._show(MeetingKind(self.kind.currentData()))

    def _update_buttons(self) -> None:
        row = self.items.currentRow()
        chosen = row >= 0
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(chosen and row < self.items.count() - 1)

    def add_item(self) -> None:
        row = self.items.currentRow() + 1 if self.items.currentRow() >= 0 else self.items.count()
        item = self._item("")
        self.items.insertItem(row, item)
        self.items.setCurrentRow(row)
        self.items.editItem(item)

    def edit_item(self) -> None:
        item = self.items.currentItem()
        if item is not None:
            self.items.editItem(item)

    def remove_item(self) -> None:
        row = self.items.currentRow()
        if row >= 0:
            self.items.takeItem(row)
            self._update_buttons()

    def move_item(self, step: int) -> None:
        row = self.items.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.items.count():
            return
        item = self.items.takeItem(row)
        self.items.insertItem(target, item)
        self.items.setCurrentRow(target)

    def restore_default(self) -> None:
        self._drafts[self._shown_kind] = list(DEFAULT_AGENDAS[self._shown_kind])
        self._show(self._shown_kind)

    def agenda(self, kind: MeetingKind) -> list[str]:
        """The items of ``kind`` as edited so far (empty items dropped)."""
        self._keep_shown()
        return [text.strip() for text in self._drafts[kind] if text.strip()]

    def save(self) -> Changes | list[Problem]:
        edited = {kind: tuple(self.agenda(kind)) for kind in MeetingKind}
        empty = [kind for kind, items in edited.items() if not items]
        if empty:
            return [Problem("items", "required", {"kind": kind_label(k).lower()}) for k in empty]
        changes = Changes()
        for kind, items in edited.items():
            template = self._templates[kind]
            if items != template.items:
                changes |= self._meetings.save_agenda_template(
                    dataclasses.replace(template, items=items)
                )
        return changes
