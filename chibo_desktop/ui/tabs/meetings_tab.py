"""Sinh hoạt chi bộ: the year of every cell at a glance, one cell's calendar, and planning.

With the commune (or nothing) chosen in the organisation tree the tab shows one row per cell and
one column per month; with a cell chosen, or a row of the overview opened, it lists that cell's
meetings of the year. The minutes themselves are written in the minutes editor, which the tab
asks for through ``open_minutes``.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from itertools import pairwise
from uuid import UUID

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from chibo_desktop.domain.dates import format_date
from chibo_desktop.domain.entities import Changes, Unit, new_id
from chibo_desktop.domain.meeting_rules import MonthStatus
from chibo_desktop.domain.meetings import Meeting, MeetingKind, MeetingState
from chibo_desktop.domain.validation import Problem
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.meetings import CellOverview, MeetingService
from chibo_desktop.services.members import MemberService
from chibo_desktop.services.units import UnitService
from chibo_desktop.ui.dialogs.meeting_plan_dialog import (
    AgendaTemplateDialog,
    MeetingForm,
    MeetingPlanDialog,
    show_meeting_error,
)
from chibo_desktop.ui.dialogs.message_box import confirm, inform
from chibo_desktop.ui.table_models.meeting_table_models import (
    MONTH_COLOURS,
    CellOverviewTableModel,
    MeetingTableModel,
    kind_label,
    month_mark,
    month_meaning,
    year_warnings,
)
from chibo_desktop.ui.tabs.cells_tab import CellsTab
from chibo_desktop.ui.widgets.date_field import DateField
from chibo_desktop.ui.widgets.readable import HINT_COLOUR, PROBLEM_COLOUR, coloured, hint

FIRST_YEAR, LAST_YEAR = 2000, 2100
MONTH_PADDING = 5  # pixels each side of a month's mark
NAME_COLUMN_MAX = 175  # longer cell names wrap
LIAISON_COLUMN_MAX = 135
WARNINGS_COLUMN_MIN = 170
ROW_PADDING = 10  # pixels shared above and below the text of a row


def active_in(unit: Unit, year: int) -> bool:
    """The cell existed at some time in ``year``."""
    founded = unit.founded_on is None or unit.founded_on.year <= year
    return founded and (unit.dissolved_on is None or unit.dissolved_on.year >= year)


class AddMeetingDialog(MeetingForm):
    """A meeting added to a cell's calendar by hand, e.g. an extra thematic meeting."""

    def __init__(
        self,
        meetings: MeetingService,
        cells: list[Unit],
        cell: Unit | None,
        on: date | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a meeting"))
        self._meetings = meetings
        self.added_id: UUID | None = None
        self.cell = QComboBox()
        for unit in cells:
            self.cell.addItem(unit.name, unit.id)
        if cell is not None:
            self.cell.setCurrentIndex(max(self.cell.findData(cell.id), 0))
        self.planned_on = DateField()
        self.planned_on.set_value(on)
        self.kind = QComboBox()
        for kind in MeetingKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.topic = QLineEdit()
        self.topic.setPlaceholderText(self.tr("The theme of the thematic meeting"))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        form = self.form
        form.addRow(self.tr("&Cell"), self.cell)
        form.addRow(self.tr("&Date *"), self.planned_on)
        form.addRow(self.tr("&Type of meeting"), self.kind)
        form.addRow(self.tr("T&opic"), self.topic)
        form.addRow(
            "",
            hint(
                self.tr(
                    "The meeting goes on the calendar as planned; its minutes are written "
                    "once it has been held."
                )
            ),
        )

    def _kind_changed(self) -> None:
        self.topic.setEnabled(self.kind.currentData() != MeetingKind.REGULAR.value)

    def save(self) -> Changes | list[Problem]:
        dates, problems = self.read_dates("planned_on")
        if problems:
            return problems
        planned_on = dates["planned_on"]
        if planned_on is None:
            return [Problem("planned_on", "required")]
        kind = MeetingKind(self.kind.currentData())
        topic = self.topic.text() if kind is not MeetingKind.REGULAR else ""
        meeting = Meeting(new_id(), self.cell.currentData(), kind, planned_on, topic=topic)
        changes = self._meetings.add(meeting)
        self.added_id = meeting.id
        return changes


class RescheduleDialog(MeetingForm):
    def __init__(
        self,
        meetings: MeetingService,
        meeting: Meeting,
        cell_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the date of a meeting"))
        self._meetings = meetings
        self._meeting = meeting
        self.planned_on = DateField()
        self.planned_on.set_value(meeting.planned_on)
        about = QLabel(
            self.tr("Meeting ({kind}) of {cell}, planned on {date}.").format(
                kind=kind_label(meeting.kind).lower(),
                cell=cell_name,
                date=format_date(meeting.planned_on),
            )
        )
        about.setWordWrap(True)
        self.form.addRow(about)
        self.form.addRow(self.tr("New &date *"), self.planned_on)

    def save(self) -> Changes | list[Problem]:
        dates, problems = self.read_dates("planned_on")
        if problems:
            return problems
        planned_on = dates["planned_on"]
        if planned_on is None:
            return [Problem("planned_on", "required")]
        if planned_on == self._meeting.planned_on:
            return Changes()
        return self._meetings.reschedule(self._meeting.id, planned_on)


class MeetingsTab(CellsTab):
    open_minutes = Signal(object)  # the UUID of the meeting whose minutes are wanted

    def __init__(
        self,
        meetings: MeetingService,
        units: UnitService,
        on_changes: Callable[[Changes], None],
        members: MemberService | None = None,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(units, parent)
        self._meetings = meetings
        self._members = members
        self._on_changes = on_changes
        self._today = today
        self._shown_cells: list[Unit] = []
        self._wanted_meeting: UUID | None = None  # to select once the list is re-read
        self._stale = False  # changed while not on screen: read again when next shown

        self.back_button = QPushButton(self.tr("← &Back to all cells"))
        self.back_button.clicked.connect(self.back_to_overview)
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(today().year)
        self.year.setMinimumWidth(90)
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year)
        self.year.valueChanged.connect(self.refresh)
        top = self._top_row(self.back_button, self.year, year_label)

        self.plan_info = coloured(QLabel(), HINT_COLOUR)
        self.plan_info.setWordWrap(True)
        self.legend = self._legend()
        self.warnings = coloured(QLabel(), PROBLEM_COLOUR)
        self.warnings.setWordWrap(True)
        self.empty.setContentsMargins(0, 12, 0, 12)
        self._scale_fonts()

        self.overview_model = CellOverviewTableModel(self)
        self.overview_table = self._table(self.overview_model)
        self.overview_table.activated.connect(self.open_cell)
        header = self.overview_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.overview_table.viewport().installEventFilter(self)
        # Every row has room for the two lines of a wrapped mark, so the rows line up evenly.
        self.overview_table.verticalHeader().setMinimumSectionSize(
            2 * self.overview_table.fontMetrics().lineSpacing() + ROW_PADDING
        )
        self.meeting_model = MeetingTableModel(self)
        self.meeting_table = self._table(self.meeting_model)
        self.meeting_table.activated.connect(self.show_minutes)
        self.meeting_table.verticalHeader().setMinimumSectionSize(
            self.meeting_table.fontMetrics().lineSpacing() + ROW_PADDING
        )
        self.meeting_table.horizontalHeader().setSectionResizeMode(
            MeetingTableModel.TOPIC, QHeaderView.ResizeMode.Stretch
        )

        self.generate_button = QPushButton(self.tr("&Schedule the year"))
        self.generate_button.setToolTip(
            self.tr("Put a regular meeting in every month that has none, on the plan's day")
        )
        self.generate_button.clicked.connect(self.generate_year)
        self.plan_button = QPushButton(self.tr("&Plan…"))
        self.plan_button.clicked.connect(self.edit_plan)
        self.add_button = QPushButton(self.tr("&Add a meeting…"))
        self.add_button.clicked.connect(self.add_meeting)
        self.open_cell_button = QPushButton(self.tr("&Open the cell's calendar"))
        self.open_cell_button.clicked.connect(self.open_cell)
        self.reschedule_button = QPushButton(self.tr("Change the &date…"))
        self.reschedule_button.clicked.connect(self.reschedule)
        self.remove_button = QPushButton(self.tr("De&lete"))
        self.remove_button.clicked.connect(self.remove)
        self.minutes_button = QPushButton(self.tr("&Minutes…"))
        self.minutes_button.setToolTip(self.tr("Write or read the minutes of the chosen meeting"))
        self.minutes_button.clicked.connect(self.show_minutes)
        self.agenda_button = QPushButton(self.tr("A&genda templates…"))
        self.agenda_button.clicked.connect(self.edit_agenda_templates)
        buttons = QHBoxLayout()
        for button in (
            self.generate_button,
            self.plan_button,
            self.add_button,
            self.open_cell_button,
            self.minutes_button,
            self.reschedule_button,
            self.remove_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.agenda_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.plan_info)
        layout.addWidget(self.legend)
        layout.addWidget(self.warnings)
        layout.addWidget(self.empty)
        layout.addWidget(self.overview_table, 1)
        layout.addWidget(self.meeting_table, 1)
        layout.addStretch(0)  # keeps the texts at the top while no table is shown
        layout.addLayout(buttons)
        focus_order = (
            self.back_button,
            self.year,
            self.overview_table,
            self.meeting_table,
            self.generate_button,
            self.plan_button,
            self.add_button,
            self.open_cell_button,
            self.minutes_button,
            self.reschedule_button,
            self.remove_button,
            self.agenda_button,
        )
        for before, after in pairwise(focus_order):
            QWidget.setTabOrder(before, after)
        self._refresh_when_seen()
        if self._stale:  # read when first shown: until then, laid out as an empty overview
            for widget in (self.plan_info, self.warnings, self.meeting_table, self.empty):
                widget.hide()
            self._update_buttons()

    def _table(self, model: CellOverviewTableModel | MeetingTableModel) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        return table

    def _legend(self) -> QLabel:
        """What the words and colours of the grid mean, in full; wraps on a narrow window."""
        parts = []
        for status in (
            MonthStatus.PLANNED,
            MonthStatus.HELD,
            MonthStatus.FINALISED,
            MonthStatus.MISSING,
        ):
            background, text = MONTH_COLOURS[status]
            parts.append(
                f'<span style="background-color:{background.name()}; color:{text.name()}; '
                f'font-weight:bold">&nbsp;{html.escape(month_mark(status))}&nbsp;</span>'
                f"&nbsp;{html.escape(month_meaning(status))}"
            )
        legend = QLabel(" &nbsp; &nbsp; ".join(parts))
        legend.setTextFormat(Qt.TextFormat.RichText)
        legend.setWordWrap(True)
        return legend

    def _fit_overview_columns(self) -> None:
        """Equal month columns just wide enough for the longest word of a month's mark (longer
        marks wrap onto two lines), so that the whole year fits beside the organisation tree;
        long cell and member names wrap too."""
        table = self.overview_table
        header = table.horizontalHeader()
        bold = QFont(table.font())
        bold.setBold(True)
        widths = [
            QFontMetrics(table.font() if status is MonthStatus.PLANNED else bold).horizontalAdvance(
                word
            )
            for status in MonthStatus
            for word in month_mark(status).split()
        ]
        month_header = self.overview_model.headerData(12, Qt.Orientation.Horizontal, 0)
        widths.append(QFontMetrics(header.font()).horizontalAdvance(month_header))
        width = max(widths) + 2 * MONTH_PADDING
        for month in range(12):
            header.resizeSection(CellOverviewTableModel.FIRST_MONTH + month, width)
        for column, widest in (
            (CellOverviewTableModel.CELL, NAME_COLUMN_MAX),
            (CellOverviewTableModel.LIAISON, LIAISON_COLUMN_MAX),
        ):
            table.resizeColumnToContents(column)
            header.resizeSection(column, min(header.sectionSize(column), widest))
        self._fit_warnings_column()

    def _fit_warnings_column(self) -> None:
        """The warnings take the room left, but never so little that each word is a line."""
        table = self.overview_table
        header = table.horizontalHeader()
        used = sum(header.sectionSize(c) for c in range(CellOverviewTableModel.WARNINGS))
        width = max(WARNINGS_COLUMN_MIN, table.viewport().width() - used)
        header.resizeSection(CellOverviewTableModel.WARNINGS, width)
        table.resizeRowsToContents()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.overview_table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_warnings_column()
        return super().eventFilter(watched, event)

    # -- what is shown ----------------------------------------------------------------------------
    def show_unit(self, unit: Unit | None) -> None:
        """A cell: its calendar. The commune, a unit above cells, or nothing: every cell below."""
        self._unit = unit
        self._opened_cell = None
        self._refresh_when_seen()

    def apply_changes(self, changes: Changes) -> None:
        if not (changes.meetings or changes.unit_ids or changes.site):
            return
        if changes.unit_ids:
            self._reread_units()
        self._refresh_when_seen()

    def _refresh_when_seen(self) -> None:
        """Refresh now if the tab is on screen (or on its own), else when it is next shown:
        in the window the roster shows first, and every cell's year need not be read for a tab
        nobody has opened (the window opens the sooner; a province has 3,000 cells)."""
        if self.parentWidget() is not None and not self.isVisible():
            self._stale = True
            return
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _cells_in_scope(self, year: int) -> list[Unit]:
        scope = self._units.subtree_ids(self._unit.id) if self._unit else None
        return [
            u
            for u in self._units.all()
            if u.is_cell and (scope is None or u.id in scope) and active_in(u, year)
        ]

    def _plan_unit(self) -> Unit | None:
        """The unit whose plan "Plan…" edits: the shown cell, or the chosen unit above the
        cells (the commune's common plan), or the root of the tree when nothing is chosen."""
        cell = self.shown_cell()
        if cell is not None:
            return cell
        if self._unit is not None:
            return self._unit
        return next((u for u in self._units.all() if u.parent_id is None), None)

    def refresh(self) -> None:
        self._stale = False
        year = self.year.value()
        cell = self.shown_cell()
        if cell is None:
            self._show_overview(year)
        else:
            self._show_cell(cell, year)
        self._update_buttons()

    def _show_overview(self, year: int) -> None:
        chosen = self.selected_overview()
        cells = self._cells_in_scope(year)
        self._shown_cells = cells
        ids = [c.id for c in cells]
        rows = self._meetings.overview(ids, year) if cells else []
        self.overview_model.set_overview(rows)
        self._fit_overview_columns()
        scope = self._plan_unit()
        scope_name = scope.name if scope else ""
        self.heading.setText(
            self.tr("{unit}: meetings of every cell in {year}").format(unit=scope_name, year=year)
        )
        self.plan_info.hide()
        self.warnings.hide()
        self.meeting_table.hide()
        self.overview_table.setVisible(bool(cells))
        self.legend.setVisible(bool(cells))
        if not cells:
            self._say_empty(
                self.tr("No cells yet. Add a cell in the organisation tree on the left.")
            )
        elif not self._meetings.in_year(ids, year):
            self._say_empty(
                self.tr(
                    "No meeting schedule for {year} yet. Click “Schedule the year” to create "
                    "the 12-month schedule of every cell."
                ).format(year=year)
            )
        else:
            self.empty.hide()
        if chosen is not None:
            row = next((i for i, r in enumerate(rows) if r.unit.id == chosen.unit.id), None)
            if row is not None:
                self.overview_table.selectRow(row)

    def _show_cell(self, cell: Unit, year: int) -> None:
        chosen = self.selected_meeting()
        wanted = self._wanted_meeting or (chosen.id if chosen else None)
        self._wanted_meeting = None
        self._shown_cells = [cell]
        meetings = self._meetings.in_year([cell.id], year)
        self.meeting_model.set_meetings(meetings, self._today())
        overview = self._meetings.overview([cell.id], year)
        self.heading.setText(
            self.tr("{cell}: meetings in {year}").format(cell=cell.name, year=year)
        )
        self.legend.hide()
        self.overview_table.hide()
        self.meeting_table.setVisible(bool(meetings))
        self.plan_info.show()
        if overview:
            self._show_plan(overview[0])
            warnings = year_warnings(overview[0].year, sentences=True)
        else:
            warnings = []
        self.warnings.setText("\n".join("⚠ " + w for w in warnings))
        self.warnings.setVisible(bool(warnings))
        if meetings:
            self.empty.hide()
        else:
            self._say_empty(
                self.tr(
                    "No meeting schedule for {year} yet. Click “Schedule the year” to create "
                    "the 12-month schedule."
                ).format(year=year)
            )
        for column in range(self.meeting_model.columnCount()):
            if column != MeetingTableModel.TOPIC:
                self.meeting_table.resizeColumnToContents(column)
        self.meeting_table.resizeRowsToContents()
        row = self.meeting_model.row_of(wanted) if wanted else self._next_meeting_row()
        if row is not None:
            self.meeting_table.selectRow(row)
            self.meeting_table.scrollTo(self.meeting_model.index(row, 0))

    def _next_meeting_row(self) -> int | None:
        """The first meeting from today on (the last one when the year is over): the one the
        clerk is most likely to want when the calendar opens."""
        count = self.meeting_model.rowCount()
        if not count:
            return None
        today = self._today()
        return next(
            (r for r in range(count) if self.meeting_model.meeting_at(r).on >= today), count - 1
        )

    def _show_plan(self, overview: CellOverview) -> None:
        plan = overview.plan
        liaison = plan.liaison or self.tr("not assigned yet (see “Plan…”)")
        self.plan_info.setText(
            self.tr(
                "Regular meeting on day {day} of each month. Assigned committee member: {liaison}."
            ).format(day=plan.day_of_month, liaison=liaison)
        )

    def _say_empty(self, text: str) -> None:
        self.empty.setText(text)
        self.empty.show()

    def selected_overview(self) -> CellOverview | None:
        rows = self.overview_table.selectionModel().selectedRows()
        if not rows or not self.overview_table.isVisibleTo(self):
            return None
        return self.overview_model.overview_at(rows[0].row())

    def selected_meeting(self) -> Meeting | None:
        rows = self.meeting_table.selectionModel().selectedRows()
        if not rows or not self.meeting_table.isVisibleTo(self):
            return None
        return self.meeting_model.meeting_at(rows[0].row())

    def _update_buttons(self) -> None:
        in_cell = self.shown_cell() is not None
        self.back_button.setVisible(self._opened_cell is not None)
        self.generate_button.setEnabled(bool(self._shown_cells))
        self.add_button.setEnabled(bool(self._shown_cells))
        self.plan_button.setEnabled(self._plan_unit() is not None)
        self.open_cell_button.setVisible(not in_cell)
        self.open_cell_button.setEnabled(self.selected_overview() is not None)
        chosen = self.selected_meeting() is not None
        for button in (self.minutes_button, self.reschedule_button, self.remove_button):
            button.setVisible(in_cell)
            button.setEnabled(chosen)

    # -- actions ----------------------------------------------------------------------------------
    def open_cell(self) -> None:
        chosen = self.selected_overview()
        if chosen is None:
            return
        self._opened_cell = chosen.unit
        self.refresh()
        self.meeting_table.setFocus()

    def back_to_overview(self) -> None:
        opened = self._opened_cell
        self._opened_cell = None
        self.refresh()
        row = next(
            (
                i
                for i in range(self.overview_model.rowCount())
                if opened and self.overview_model.overview_at(i).unit.id == opened.id
            ),
            None,
        )
        if row is not None:
            self.overview_table.selectRow(row)
        self.overview_table.setFocus()

    def _write(self, action: Callable[[], Changes]) -> None:
        try:
            changes = action()
        except Exception as error:
            show_meeting_error(self, error)
            return
        self._on_changes(changes)

    def generate_year(self) -> None:
        cells = list(self._shown_cells)
        if not cells:
            return
        year = self.year.value()
        title = self.tr("Schedule the year")
        question = self.tr(
            "Schedule the meetings of %n cell(s) for {year}?\n\n"
            "Every month without a meeting gets a regular meeting on the plan's day, and each "
            "thematic topic of the plan gets its meeting. Meetings already on the calendar are "
            "kept. You can undo it (Ctrl+Z).",
            "",
            len(cells),
        ).format(year=year)
        if not confirm(self, title, question, self.tr("Schedule")):
            return
        try:
            changes = self._meetings.generate_year([c.id for c in cells], year)
        except Exception as error:
            show_meeting_error(self, error)
            return
        if changes.empty:
            inform(
                self,
                title,
                self.tr(
                    "Every month of {year} already has its meetings; nothing was added."
                ).format(year=year),
            )
            return
        self._on_changes(changes)

    def edit_plan(self) -> None:
        unit = self._plan_unit()
        if unit is None:
            return
        dialog = MeetingPlanDialog(
            self._meetings, unit, self.year.value(), members=self._members, parent=self
        )
        if dialog.exec() and not dialog.changes.empty:
            self._on_changes(dialog.changes)

    def add_meeting(self) -> None:
        if not self._shown_cells:
            return
        cell = self.shown_cell()
        chosen = self.selected_overview()
        today = self._today()
        dialog = AddMeetingDialog(
            self._meetings,
            self._shown_cells,
            cell or (chosen.unit if chosen else None),
            today if today.year == self.year.value() else None,
            parent=self,
        )
        if dialog.exec():
            self._wanted_meeting = dialog.added_id
            self._on_changes(dialog.changes)

    def _planned_meeting(self) -> Meeting | None:
        """The chosen meeting when it may still be moved or deleted; otherwise says why not."""
        meeting = self.selected_meeting()
        if meeting is None:
            return None
        if meeting.state is not MeetingState.PLANNED:
            show_meeting_error(self, OperationRefused("meeting.already_held"))
            return None
        return meeting

    def reschedule(self) -> None:
        meeting = self._planned_meeting()
        cell = self.shown_cell()
        if meeting is None or cell is None:
            return
        dialog = RescheduleDialog(self._meetings, meeting, cell.name, parent=self)
        if dialog.exec() and not dialog.changes.empty:
            self._wanted_meeting = meeting.id
            self._on_changes(dialog.changes)

    def remove(self) -> None:
        meeting = self._planned_meeting()
        cell = self.shown_cell()
        if meeting is None or cell is None:
            return
        question = self.tr(
            "Delete the {kind} meeting of {date} from the calendar of {cell}? "
            "You can undo it (Ctrl+Z)."
        ).format(
            kind=kind_label(meeting.kind).lower(), date=format_date(meeting.on), cell=cell.name
        )
        if confirm(self, self.tr("Delete a meeting"), question, self.tr("Delete")):
            self._write(lambda: self._meetings.remove(meeting.id))

    def edit_agenda_templates(self) -> None:
        dialog = AgendaTemplateDialog(self._meetings, parent=self)
        if dialog.exec() and not dialog.changes.empty:
            self._on_changes(dialog.changes)

    def show_minutes(self) -> None:
        meeting = self.selected_meeting()
        if meeting is not None:
            self.open_minutes.emit(meeting.id)
