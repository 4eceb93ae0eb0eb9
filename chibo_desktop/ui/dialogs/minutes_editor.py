"""The minutes of a cell meeting (biên bản sinh hoạt chi bộ), written as the meeting goes.

The form is the structured minutes (DOMAIN.md "Minutes must contain"): times, place and people;
the roll call; the agenda with each speaker's gist and last month's tasks; the conclusion, the
resolution and the votes; the new tasks; the quality score. Beside it, always visible, the rule
panel says in plain sentences what the meeting profile in force finds missing or unmet.

What is typed is saved a moment after the typing stops (and at the latest every few seconds while
it goes on), so a power cut loses at most those seconds. Finalising locks the minutes for good;
afterwards only dated annexes, the signed scan and the adoption at a later meeting are added.
"""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Callable
from datetime import date, datetime, time
from enum import IntEnum
from pathlib import Path
from typing import Any
from uuid import UUID

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QElapsedTimer,
    QModelIndex,
    QStandardPaths,
    Qt,
    QTime,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QDesktopServices, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from chibo_desktop.domain.dates import format_date
from chibo_desktop.domain.entities import Changes
from chibo_desktop.domain.findings import Finding, Severity
from chibo_desktop.domain.meeting_rules import minimum_minutes
from chibo_desktop.domain.meetings import (
    AgendaItem,
    Attachment,
    Meeting,
    MeetingKind,
    MeetingState,
    MinutesRecord,
    Person,
    QualityMark,
    Speech,
    Vote,
    VoteKind,
    quality_band,
    summarise,
)
from chibo_desktop.domain.meetings import DocumentType as DocumentKind
from chibo_desktop.domain.rules import MeetingRules
from chibo_desktop.services.errors import OperationRefused, ValidationFailed
from chibo_desktop.services.meetings import MeetingService, MinutesIncomplete
from chibo_desktop.services.minutes_print import MinutesPrintService, PrintedDocument
from chibo_desktop.ui.dialogs.message_box import confirm, inform
from chibo_desktop.ui.dialogs.minutes_print_preview import MinutesPrintPreview, export_document
from chibo_desktop.ui.messages import describe_error
from chibo_desktop.ui.mnemonics import taken_in, with_mnemonic
from chibo_desktop.ui.screen_fit import fit_to_screen
from chibo_desktop.ui.table_models.minutes_table_models import (
    AttendanceTableModel,
    ChoiceDelegate,
    CountDelegate,
    DateDelegate,
    GuestTableModel,
    NameDelegate,
    TaskReviewTableModel,
    TaskTableModel,
    VoteTableModel,
    percent_text,
)
from chibo_desktop.ui.widgets.date_field import DateField
from chibo_desktop.ui.widgets.findings_panel import BLOCKING_COLOUR, FINE_COLOUR, FindingsPanel
from chibo_desktop.ui.widgets.readable import (
    HINT_COLOUR,
    PROBLEM_COLOUR,
    coloured,
    hint,
    make_readable,
)

AUTOSAVE_DELAY_MS = 1500  # after the typing stops
LONGEST_UNSAVED_MS = 10_000  # while the typing goes on without a pause
RULES_DELAY_MS = 300
_PREFERRED_SIZE = (1340, 720)  # fits 1366×768 with a taskbar; smaller screens get a share
_RULE_PANEL_WIDTH = 380
_NO_TIME = QTime(0, 0)  # a QTimeEdit cannot be empty: midnight stands for "not written"
_LOCKED_BANNER_STYLE = (
    "QLabel { background: #fdf2d0; border: 1px solid #d4ac0d; padding: 8px; font-weight: bold; }"
)
# The printed number "Số 05-NQ/CB" (reports.minutes prints the same issuer code).
_ISSUER_CODE = "CB"
# Characters a file name must not contain on Windows, and the extension a scan is opened with
# (from its checked content, never from the name it was attached with: a "scan.exe" that is
# really a PDF must not be run).


class Section(IntEnum):
    """The tabs of the editor."""

    GENERAL = 0
    ROLL_CALL = 1
    CONTENT = 2
    CONCLUSION = 3
    TASKS = 4
    SCORE = 5
    AFTER = 6  # annexes, the signed copy, adoption: shown once the minutes are finalised


_CONTEXT = "MinutesEditor"
KINDS = {
    MeetingKind.REGULAR: QT_TRANSLATE_NOOP("MinutesEditor", "Regular meeting"),
    MeetingKind.THEMATIC: QT_TRANSLATE_NOOP("MinutesEditor", "Thematic meeting"),
    MeetingKind.COMBINED: QT_TRANSLATE_NOOP("MinutesEditor", "Regular and thematic meeting"),
}
DOCUMENT_KINDS = {
    DocumentKind.RESOLUTION: QT_TRANSLATE_NOOP("MinutesEditor", "Resolution"),
    DocumentKind.CONCLUSION: QT_TRANSLATE_NOOP("MinutesEditor", "Conclusion"),
}
QUALITY_CRITERIA = {
    "time_and_duration": QT_TRANSLATE_NOOP("MinutesEditor", "Time and duration"),
    "attendance": QT_TRANSLATE_NOOP("MinutesEditor", "Share of members attending"),
    "preparation": QT_TRANSLATE_NOOP("MinutesEditor", "Preparation"),
    "running_the_meeting": QT_TRANSLATE_NOOP("MinutesEditor", "Running the meeting"),
    "secretary_chairing": QT_TRANSLATE_NOOP("MinutesEditor", "Chairing by the secretary"),
    "organisational_principles": QT_TRANSLATE_NOOP(
        "MinutesEditor", "Organisational principles of the meeting"
    ),
    "last_resolution_results": QT_TRANSLATE_NOOP(
        "MinutesEditor", "Results of last month's resolution"
    ),
    "closing": QT_TRANSLATE_NOOP("MinutesEditor", "Closing the meeting"),
}
QUALITY_BANDS = {
    "good": QT_TRANSLATE_NOOP("MinutesEditor", "Rated good"),
    "fair": QT_TRANSLATE_NOOP("MinutesEditor", "Rated fair"),
    "average": QT_TRANSLATE_NOOP("MinutesEditor", "Rated average"),
    "poor": QT_TRANSLATE_NOOP("MinutesEditor", "Rated poor"),
}

# One sentence per finding of meeting_rules.check_minutes: who or which field, and what to do.
_FINDINGS = {
    "times_missing": QT_TRANSLATE_NOOP(
        "MinutesEditor", "Write the start and the end time of the meeting (they prove its length)."
    ),
    "ends_before_start": QT_TRANSLATE_NOOP(
        "MinutesEditor", "The end time is not after the start time; please check both times."
    ),
    "too_short": QT_TRANSLATE_NOOP(
        "MinutesEditor",
        "The meeting lasted {minutes} minutes, less than the minimum of {minimum} minutes "
        "of «{profile}».",
    ),
    "place_missing": QT_TRANSLATE_NOOP("MinutesEditor", "Write where the meeting was held."),
    "chair_missing": QT_TRANSLATE_NOOP("MinutesEditor", "Write who chaired the meeting."),
    "secretary_missing": QT_TRANSLATE_NOOP(
        "MinutesEditor", "Write who took the minutes (the secretary of the meeting)."
    ),
    "no_attendance": QT_TRANSLATE_NOOP(
        "MinutesEditor", "The roll call is empty: the cell had no members on the meeting day."
    ),
    "presence_unmarked": QT_TRANSLATE_NOOP(
        "MinutesEditor", "Comrade {name} is not marked present or absent yet."
    ),
    "absence_without_category": QT_TRANSLATE_NOOP(
        "MinutesEditor", "Comrade {name} is absent but it is not written whether with a reason."
    ),
    "absence_reason_missing": QT_TRANSLATE_NOOP(
        "MinutesEditor", "Comrade {name} is absent with a reason: write the reason."
    ),
    "low_attendance": QT_TRANSLATE_NOOP(
        "MinutesEditor",
        "Only {rate} of the members required attended (the warning level is {threshold}).",
    ),
    "third_unexcused_absence": QT_TRANSLATE_NOOP(
        "MinutesEditor",
        "Comrade {name} was absent without reason in {months} months this year — consider "
        "striking the name off (Party Charter, Article 8).",
    ),
    "third_unpaid_fee": QT_TRANSLATE_NOOP(
        "MinutesEditor",
        "Comrade {name} did not pay the Party fee in {months} months this year — consider "
        "striking the name off (Party Charter, Article 8).",
    ),
    "vote_negative": QT_TRANSLATE_NOOP(
        "MinutesEditor", "Vote «{subject}»: a number of votes cannot be negative."
    ),
    "vote_exceeds_voters": QT_TRANSLATE_NOOP(
        "MinutesEditor",
        "Vote «{subject}»: {cast} votes are written but only {voters} members may vote.",
    ),
    "vote_not_carried": QT_TRANSLATE_NOOP(
        "MinutesEditor",
        "Vote «{subject}» did not carry: {votes_for}/{voters} in favour, at least {needed} needed.",
    ),
    "vote_not_carried_two_thirds": QT_TRANSLATE_NOOP(
        "MinutesEditor",
        "Vote «{subject}» did not carry: {votes_for}/{voters} in favour, at least {needed} "
        "needed (two thirds of the official members).",
    ),
    "task_without_person": QT_TRANSLATE_NOOP(
        "MinutesEditor", "Task no. {number} has nobody to carry it out."
    ),
    "task_without_deadline": QT_TRANSLATE_NOOP(
        "MinutesEditor", "Task no. {number} has no deadline."
    ),
    "task_deadline_passed": QT_TRANSLATE_NOOP(
        "MinutesEditor", "Task no. {number}: the deadline is before the meeting day."
    ),
    "task_result_missing": QT_TRANSLATE_NOOP(
        "MinutesEditor", "Write the result of last month's task «{what}» ({assignee})."
    ),
    "quality_out_of_range": QT_TRANSLATE_NOOP(
        "MinutesEditor", "Score «{criterion}»: give from 0 to {limit} points."
    ),
    "quality_missing": QT_TRANSLATE_NOOP("MinutesEditor", "The meeting is not scored yet."),
}
_SECTIONS = {  # the tab where each finding is corrected
    **dict.fromkeys(
        (
            "times_missing",
            "ends_before_start",
            "too_short",
            "place_missing",
            "chair_missing",
            "secretary_missing",
        ),
        Section.GENERAL,
    ),
    **dict.fromkeys(
        (
            "no_attendance",
            "presence_unmarked",
            "absence_without_category",
            "absence_reason_missing",
            "low_attendance",
            "third_unexcused_absence",
            "third_unpaid_fee",
        ),
        Section.ROLL_CALL,
    ),
    "task_result_missing": Section.CONTENT,
    **dict.fromkeys(
        ("vote_negative", "vote_exceeds_voters", "vote_not_carried"), Section.CONCLUSION
    ),
    **dict.fromkeys(
        ("task_without_person", "task_without_deadline", "task_deadline_passed"), Section.TASKS
    ),
    **dict.fromkeys(("quality_out_of_range", "quality_missing"), Section.SCORE),
}
_NOT_SAVED = QT_TRANSLATE_NOOP(
    "MinutesEditor",
    "The minutes could not be saved, so saving by itself has stopped. What you typed is still "
    "on the screen: copy anything important elsewhere, then close and open the minutes "
    "again.\n\nDetails: {detail}",
)


def _tr(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


def criterion_label(code: str) -> str:
    return _tr(QUALITY_CRITERIA[code]) if code in QUALITY_CRITERIA else code


def describe_minutes_finding(finding: Finding, profile_title: str) -> str:
    """The finding as one sentence naming the person or field and what to do."""
    params: dict[str, Any] = dict(finding.params)
    code = finding.code
    if code == "vote_not_carried" and params.get("two_thirds"):
        code = "vote_not_carried_two_thirds"
    if "rate" in params:
        params["rate"] = percent_text(params["rate"])
        params["threshold"] = percent_text(params["threshold"])
    if "criterion" in params:
        params["criterion"] = criterion_label(params["criterion"])
    template = _FINDINGS.get(code)
    if template is None:
        return code
    return _tr(template).format(profile=profile_title, **params)


def document_number_text(kind: DocumentKind, number: int) -> str:
    return f"{number:02d}-{kind.value}/{_ISSUER_CODE}"


class MinutesEditor(QDialog):
    def __init__(
        self,
        meetings: MeetingService,
        printing: MinutesPrintService,
        meeting_id: UUID,
        on_changes: Callable[[Changes], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._meetings = meetings
        self._printing = printing
        self._on_changes = on_changes
        self._loading = True
        self._dirty = False
        self._autosave_stopped = False
        self._saved_unannounced = False  # autosaves are announced once, on closing
        self._inputs: list[QWidget] = []  # locked when the minutes are finalised
        self._editing_only: list[QWidget] = []  # buttons and hints hidden once finalised
        self._agenda: list[AgendaItem] = []
        self._speech_rows: list[_SpeechRow] = []
        self._attachments: list[Attachment] = []
        self._saved_at = ""
        self._quality_spins: dict[str, QSpinBox] = {}
        self._unsaved_for = QElapsedTimer()
        make_readable(self)

        meeting = meetings.get(meeting_id)
        if meeting.state is MeetingState.PLANNED:
            record = meetings.start_minutes(meeting_id)
            on_changes(Changes(meetings=True))
        else:
            record = meetings.record(meeting_id)
        self._record = record
        self._rules_on: date = record.meeting.on
        self._rules: MeetingRules = meetings.rules_for(record.meeting)
        self._profile_title = meetings.profile_title(record.meeting)
        self._cell_name = ""  # read after opening: the print service reads the whole record

        self._save_timer = self._timer(AUTOSAVE_DELAY_MS, self.save_now)
        self._rules_timer = self._timer(RULES_DELAY_MS, self.refresh_findings)

        self.heading = QLabel()
        heading_font = QFont(self.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.3)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.subheading = hint("")
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(_LOCKED_BANNER_STYLE)
        self.banner.hide()

        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(True)
        self.tabs.addTab(self._general_tab(), self.tr("&1. General"))
        self.tabs.addTab(self._attendance_tab(), self.tr("&2. Roll call"))
        self.tabs.addTab(self._content_tab(), self.tr("&3. Content"))
        self.tabs.addTab(self._conclusion_tab(), self.tr("&4. Conclusion, votes"))
        self.tabs.addTab(self._tasks_tab(), self.tr("&5. Tasks"))
        self.tabs.addTab(self._score_tab(), self.tr("&6. Score"))
        self.tabs.addTab(self._after_tab(), self.tr("&7. Annexes, signed copy"))
        self.tabs.setTabVisible(Section.AFTER, False)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.tabs)
        self.findings = FindingsPanel(300, _RULE_PANEL_WIDTH + 120)
        self.findings.link_activated.connect(lambda tab: self.tabs.setCurrentIndex(int(tab)))
        splitter.addWidget(self.findings)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._button_row())
        self._build_score_rows()  # its captions take the letters the buttons leave free

        _line_up(*self._lined_up)  # now that the labels have the dialog's font
        self._load(record)
        self._loading = False
        self.refresh_findings()
        self._fit_to_screen(splitter)
        self._show_cell_name()

    # -- building --------------------------------------------------------------------------------
    def _timer(self, delay: int, slot: Callable[[], object]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(delay)
        timer.timeout.connect(slot)
        return timer

    def _input(self, widget: Any) -> Any:
        """A field of the minutes: its edits are saved and checked; it locks on finalising."""
        self._inputs.append(widget)
        if isinstance(widget, DateField):
            widget.edit.textChanged.connect(self._edited)
        elif isinstance(widget, QComboBox):
            widget.currentTextChanged.connect(self._edited)
        elif isinstance(widget, QTimeEdit):
            widget.timeChanged.connect(self._edited)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(self._edited)
        else:  # QLineEdit, QPlainTextEdit
            widget.textChanged.connect(self._edited)
        return widget

    def _text_box(self, lines: int, placeholder: str = "", grows: bool = False) -> QPlainTextEdit:
        """A box ``lines`` high; one that ``grows`` takes the spare height of its page."""
        box = QPlainTextEdit()
        box.setTabChangesFocus(True)
        box.setPlaceholderText(placeholder)
        height = self.fontMetrics().lineSpacing() * lines + 14
        if grows:
            box.setMinimumHeight(height)
        else:
            box.setFixedHeight(height)
        return self._input(box)

    def _name_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(18)
        return self._input(combo)

    def _edit_button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        self._editing_only.append(button)
        return button

    def _editing_hint(self, text: str) -> QLabel:
        label = hint(text)
        self._editing_only.append(label)
        return label

    def _table(self, model: Any, tall_rows: bool = True) -> QTableView:
        """A table of the minutes. Its rows grow to show long text when ``tall_rows``; the roll
        call keeps one line per member (a long reason shows as a tooltip): measuring every cell
        of forty rows on each edit would make the editor sluggish on old PCs."""
        view = QTableView()
        view.setModel(model)
        view.setWordWrap(tall_rows)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        view.setTabKeyNavigation(False)  # Tab leaves the table for the next field
        header = view.horizontalHeader()
        header.setMinimumSectionSize(60)
        header.setSectionResizeMode(model.STRETCH, QHeaderView.ResizeMode.Stretch)
        rows = view.verticalHeader()
        rows.hide()
        if tall_rows:
            rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        else:
            rows.setDefaultSectionSize(self.fontMetrics().lineSpacing() + 10)
        model.edited.connect(self._edited)
        return view

    def _fit_columns(self, view: QTableView) -> None:
        """Columns as wide as their text (once, on loading: not on every edit), and a drop-down
        column as wide as its longest choice, so that a choice made later is not cut short.
        Measured from the text alone: Qt's own fitting asks every cell for every role, which
        takes longer than building the whole editor."""
        model = view.model()
        metrics = view.fontMetrics()
        header_metrics = view.horizontalHeader().fontMetrics()
        padding = 2 * view.style().pixelMetric(view.style().PixelMetric.PM_FocusFrameHMargin) + 16
        for column in range(model.columnCount()):
            if column == model.STRETCH:
                continue
            texts = [
                str(model.index(row, column).data() or "")
                for row in range(model.rowCount())
                if view.columnSpan(row, 0) == 1  # the heading of the members shown apart
            ]
            if column in getattr(model, "CHOICE_COLUMNS", ()):
                texts += [text for text, _key in model.choices(column)]
            widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
            heading = header_metrics.horizontalAdvance(
                str(model.headerData(column, Qt.Orientation.Horizontal))
            )
            view.setColumnWidth(column, max(widest, heading) + padding)

    def _open_choices_on_click(self, view: QTableView, columns: set[int]) -> None:
        """One click on a drop-down cell opens the list (elderly users do not double-click)."""

        def clicked(index: QModelIndex) -> None:
            if index.column() in columns and index.flags() & Qt.ItemFlag.ItemIsEditable:
                view.edit(index)

        view.clicked.connect(clicked)

    @staticmethod
    def _group(title: str, layout: QFormLayout | QVBoxLayout | QGridLayout) -> QGroupBox:
        group = QGroupBox(title)
        group.setLayout(layout)
        return group

    @staticmethod
    def _form() -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        return form

    @staticmethod
    def _page(*widgets: QWidget) -> QScrollArea:
        """A tab that scrolls when the screen is small or the text large."""
        inner = QWidget()
        column = QVBoxLayout(inner)
        for widget in widgets:
            column.addWidget(widget)
        column.addStretch(1)
        area = QScrollArea()
        area.setWidget(inner)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return area

    @staticmethod
    def _row(*widgets: QWidget) -> QHBoxLayout:
        """Buttons side by side from the left."""
        row = QHBoxLayout()
        for widget in widgets:
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _general_tab(self) -> QWidget:
        self.held_on = self._input(DateField())
        self.held_on.setMaximumWidth(190)
        self.held_on_problem = coloured(QLabel(), PROBLEM_COLOUR)
        self.held_on_problem.hide()
        self.starts_at = self._time_edit()
        self.ends_at = self._time_edit()
        self.duration = QLabel()
        times = QWidget()
        times_row = QHBoxLayout(times)
        times_row.setContentsMargins(0, 0, 0, 0)
        times.setFocusProxy(self.starts_at)  # the row's label leads to its first time
        ends_label = QLabel(self.tr("&until"))
        ends_label.setBuddy(self.ends_at)
        for widget in (self.starts_at, ends_label, self.ends_at):
            times_row.addWidget(widget)
        times_row.addSpacing(16)
        times_row.addWidget(self.duration, 1)
        self.place = self._input(QLineEdit())
        self.place.setPlaceholderText(self.tr("e.g. Nhà văn hóa thôn Đông"))
        when = self._form()
        when.addRow(self.tr("Date &held"), self.held_on)
        when.addRow("", self.held_on_problem)
        when.addRow(self.tr("&Started at"), times)
        when.addRow("", self._editing_hint(self.tr("24-hour clock; 00:00 means not written yet.")))
        when.addRow(self.tr("P&lace"), self.place)

        self.chair = self._name_combo()
        self.secretary = self._name_combo()
        self.fee_note = self._text_box(
            2, self.tr("e.g. 11/12 comrades have paid the Party fee of October.")
        )
        people = self._form()
        people.addRow(self.tr("Ch&air"), self.chair)
        people.addRow(self.tr("&Minute-taker"), self.secretary)
        people.addRow(self.tr("Party &fee"), self.fee_note)

        self.guests = GuestTableModel(self)
        self.guests_view = self._table(self.guests)
        rows = self.fontMetrics().lineSpacing()
        self.guests_view.setMinimumHeight(rows * 5)
        self.guests_view.setMaximumHeight(rows * 9)
        guests_box = QVBoxLayout()
        guests_box.addWidget(
            self._editing_hint(
                self.tr("Guests with their posts; tick the delegate of the superior committee.")
            )
        )
        guests_box.addWidget(self.guests_view)
        guests_box.addLayout(
            self._row(
                self._edit_button(self.tr("Add a &guest"), self._add_guest),
                self._edit_button(self.tr("Remove the guest"), self._remove_guest),
            )
        )
        self._lined_up = (when, people)
        return self._page(
            self._group(self.tr("Time and place"), when),
            self._group(self.tr("People"), people),
            self._group(self.tr("Guests"), guests_box),
        )

    def _time_edit(self) -> QTimeEdit:
        edit = QTimeEdit()
        edit.setDisplayFormat("HH:mm")
        edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("00:00") + 60)
        edit.timeChanged.connect(self._show_duration)
        return self._input(edit)

    def _attendance_tab(self) -> QWidget:
        self.attendance = AttendanceTableModel(self)
        self.attendance_view = self._table(self.attendance, tall_rows=False)
        choice = ChoiceDelegate(self.attendance.choices, self.attendance_view)
        for column in (AttendanceTableModel.PRESENCE, AttendanceTableModel.FEE):
            self.attendance_view.setItemDelegateForColumn(column, choice)
        self._open_choices_on_click(
            self.attendance_view, {AttendanceTableModel.PRESENCE, AttendanceTableModel.FEE}
        )
        self.attendance.edited.connect(self._show_figures)
        everyone = self._edit_button(self.tr("&Everyone present"), self._everyone_present)
        self.everyone_present_button = everyone
        everyone.setToolTip(self.tr("Marks present every member required who is not marked yet"))
        fees = self._edit_button(self.tr("Every &fee paid"), self._every_fee_paid)
        fees.setToolTip(self.tr("Marks the fee paid for every member not marked yet"))
        self.figures: dict[str, QLabel] = {}
        figures = QGridLayout()
        figures.setHorizontalSpacing(14)
        captions = (
            ("total", self.tr("Total members")),
            ("official", self.tr("Official")),
            ("probationary", self.tr("Probationary")),
            ("voters", self.tr("May vote")),
            ("exempt", self.tr("Exempt")),
            ("elsewhere", self.tr("Away")),
            ("required", self.tr("Required")),
            ("present", self.tr("Present")),
            ("late", self.tr("Late / left early")),
            ("excused", self.tr("Absent with reason")),
            ("unexcused", self.tr("Absent without reason")),
        )
        # Three to a row: four did not fit beside the rules panel in large print (125 %) on a
        # 1366 × 768 screen.
        per_row = 3
        for index, (key, caption) in enumerate(captions):
            value = QLabel()
            value.setFont(self._bold())
            self.figures[key] = value
            row, pair = divmod(index, per_row)
            figures.addWidget(QLabel(caption + ":"), row, pair * 2)
            figures.addWidget(value, row, pair * 2 + 1)
        figures.setColumnStretch(per_row * 2, 1)
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(
            self._editing_hint(
                self.tr(
                    "Click a cell of “Attendance” or “Party fee” to choose. A member absent with "
                    "a reason needs the reason written."
                )
            )
        )
        column.addLayout(self._row(everyone, fees))
        column.addWidget(self.attendance_view, 1)
        column.addWidget(self._group(self.tr("Figures for the minutes"), figures))
        return page

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _content_tab(self) -> QWidget:
        self.agenda_list = QListWidget()
        self.agenda_list.setWordWrap(True)
        self.agenda_list.currentRowChanged.connect(self._show_agenda_item)
        agenda_buttons = self._row(
            self._edit_button(self.tr("Add an ite&m"), self._add_agenda_item),
            self._edit_button(self.tr("Remove the item"), self._remove_agenda_item),
        )
        list_side = QWidget()
        list_column = QVBoxLayout(list_side)
        list_column.setContentsMargins(0, 0, 0, 0)
        list_column.addWidget(QLabel(self.tr("Items of the agenda")))
        list_column.addWidget(self.agenda_list, 1)
        list_column.addLayout(agenda_buttons)

        self.item_title = self._input(QLineEdit())
        self.item_title.textChanged.connect(self._agenda_item_edited)
        self.item_content = self._text_box(5, self.tr("What was presented or reported"))
        self.item_content.textChanged.connect(self._agenda_item_edited)
        self.speeches_box = QVBoxLayout()
        self.speeches_box.setSpacing(10)
        speeches_holder = QWidget()
        speeches_column = QVBoxLayout(speeches_holder)
        # Without it the scroll area squeezes the speeches instead of scrolling them.
        speeches_column.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        speeches_column.setContentsMargins(0, 0, 0, 0)
        speeches_column.addLayout(self.speeches_box)
        speeches_column.addStretch(1)
        speeches_area = QScrollArea()
        speeches_area.setWidget(speeches_holder)
        speeches_area.setWidgetResizable(True)
        speeches_area.setFrameShape(QFrame.Shape.NoFrame)
        detail = QWidget()
        detail_form = self._form()
        detail_form.setContentsMargins(0, 0, 0, 0)
        detail.setLayout(detail_form)
        detail_form.addRow(self.tr("T&itle"), self.item_title)
        detail_form.addRow(self.tr("C&ontent"), self.item_content)
        speeches_label = QLabel(self.tr("Speeches (speaker and gist)"))
        speeches_label.setFont(self._bold())
        detail_form.addRow(speeches_label)
        detail_form.addRow(speeches_area)
        self.add_speech_button = self._edit_button(self.tr("Add a &speech"), self._add_speech)
        detail_form.addRow(self._row(self.add_speech_button))
        agenda = QSplitter(Qt.Orientation.Horizontal)
        agenda.setChildrenCollapsible(False)
        agenda.addWidget(list_side)
        agenda.addWidget(detail)
        agenda.setStretchFactor(1, 1)
        agenda.setSizes([300, 600])

        self.reviews = TaskReviewTableModel(self)
        self.reviews_view = self._table(self.reviews)
        self.reviews_view.setItemDelegateForColumn(
            TaskReviewTableModel.RESULT,
            ChoiceDelegate(self.reviews.choices, self.reviews_view),
        )
        self._open_choices_on_click(self.reviews_view, {TaskReviewTableModel.RESULT})
        reviews_box = QVBoxLayout()
        reviews_box.addWidget(self.reviews_view)
        reviews = self._group(self.tr("Results of last month's tasks"), reviews_box)

        parts = QSplitter(Qt.Orientation.Vertical)
        parts.setChildrenCollapsible(False)
        agenda_box = QVBoxLayout()
        agenda_box.addWidget(agenda)
        parts.addWidget(self._group(self.tr("Agenda"), agenda_box))
        parts.addWidget(reviews)
        parts.setStretchFactor(0, 3)
        parts.setStretchFactor(1, 1)
        return parts

    def _conclusion_tab(self) -> QWidget:
        self.conclusion = self._text_box(6, self.tr("The chair's conclusion"), grows=True)
        conclusion_box = QVBoxLayout()
        conclusion_box.addWidget(self.conclusion)

        self.document_kind = self._input(QComboBox())
        for kind, text in DOCUMENT_KINDS.items():
            self.document_kind.addItem(_tr(text), kind.value)
        self.document_kind.currentIndexChanged.connect(self._show_document_number)
        self.document_number = QLabel()
        self.document_title = self._input(QLineEdit())
        self.document_title.setPlaceholderText(
            self.tr("e.g. Nghị quyết sinh hoạt chi bộ tháng 11 năm 2026")
        )
        self.document_text = self._text_box(8, self.tr("The text of the resolution"), grows=True)
        document = self._form()
        document.addRow(self.tr("Document &type"), self.document_kind)
        document.addRow(self.tr("Document number"), self.document_number)
        document.addRow(self.tr("T&itle"), self.document_title)
        document.addRow(self.tr("Te&xt"), self.document_text)

        self.votes = VoteTableModel(self)
        self.votes_view = self._table(self.votes)
        self.votes_view.setItemDelegateForColumn(
            VoteTableModel.KIND, ChoiceDelegate(self.votes.choices, self.votes_view)
        )
        counts = CountDelegate(self.votes_view)
        for column in (VoteTableModel.FOR, VoteTableModel.AGAINST):
            self.votes_view.setItemDelegateForColumn(column, counts)
        self._open_choices_on_click(self.votes_view, {VoteTableModel.KIND})
        self.votes_view.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        votes_box = QVBoxLayout()
        votes_box.addWidget(
            hint(
                self.tr(
                    "Probationary members do not vote. A resolution needs more than half of the "
                    "members who may vote; an admission or a recognition two thirds."
                )
            )
        )
        votes_box.addWidget(self.votes_view)
        votes_box.addLayout(
            self._row(
                self._edit_button(self.tr("Add a &vote"), self._add_vote),
                self._edit_button(self.tr("Remove the vote"), self._remove_vote),
            )
        )
        return self._page(
            self._group(self.tr("Conclusion of the chair"), conclusion_box),
            self._group(self.tr("Resolution or conclusion"), document),
            self._group(self.tr("Votes"), votes_box),
        )

    def _tasks_tab(self) -> QWidget:
        self.tasks = TaskTableModel(self)
        self.tasks_view = self._table(self.tasks)
        self.tasks_view.setItemDelegateForColumn(
            TaskTableModel.ASSIGNEE, NameDelegate(self._member_names, self.tasks_view)
        )
        dates = DateDelegate(self.tasks_view)
        for column in (TaskTableModel.DEADLINE, TaskTableModel.REPORT_BACK):
            self.tasks_view.setItemDelegateForColumn(column, dates)
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(
            self._editing_hint(
                self.tr(
                    "Each task names who carries it out, by when, and when they report back. "
                    "Double-click a cell to write in it; dates as dd/mm/yyyy."
                )
            )
        )
        column.addWidget(self.tasks_view, 1)
        column.addLayout(
            self._row(
                self._edit_button(self.tr("&Add a task"), self._add_task),
                self._edit_button(self.tr("Remove the task"), self._remove_task),
            )
        )
        return page

    def _score_tab(self) -> QWidget:
        self.score_grid = QGridLayout()
        self.score_grid.setHorizontalSpacing(16)
        self.score_grid.setVerticalSpacing(8)
        self._quality_spins: dict[str, QSpinBox] = {}  # built once the buttons are there
        self.score_total = QLabel()
        self.score_total.setFont(self._bold())
        score_box = QVBoxLayout()
        score_box.addWidget(
            self._editing_hint(self.tr("Points for each criterion; “—” means not scored yet."))
        )
        score_box.addLayout(self.score_grid)
        score_box.addWidget(self.score_total)
        return self._page(self._group(self.tr("Quality of the meeting"), score_box))

    def _build_score_rows(self) -> None:
        """One row per criterion of the profile in force (rebuilt if another profile applies)."""
        while self.score_grid.count():
            item = self.score_grid.takeAt(0)
            if item.widget() is not None:
                if item.widget() in self._inputs:
                    self._inputs.remove(item.widget())
                item.widget().setParent(None)  # out of the dialog now: its letter is free
                item.widget().deleteLater()
        self._quality_spins = {}
        taken = taken_in(self, apart_from=self.tabs)  # the tab pages are shown one at a time
        for row, (code, limit) in enumerate(self._rules.quality_weights):
            spin = QSpinBox()
            spin.setRange(-1, limit)
            spin.setSpecialValueText("—")
            spin.setValue(-1)
            spin.setMinimumWidth(self.fontMetrics().horizontalAdvance("000") + 60)
            caption = QLabel(f"{row + 1}. {with_mnemonic(criterion_label(code), taken)}")
            caption.setBuddy(spin)
            self.score_grid.addWidget(caption, row, 0)
            self.score_grid.addWidget(self._input(spin), row, 1)
            self.score_grid.addWidget(
                QLabel(self.tr("of {limit} points").format(limit=limit)), row, 2
            )
            spin.valueChanged.connect(self._show_score)
            self._quality_spins[code] = spin
        self.score_grid.setColumnStretch(3, 1)

    def _after_tab(self) -> QWidget:
        lines = self.fontMetrics().lineSpacing()
        self.annex_list = QListWidget()
        self.annex_list.setWordWrap(True)
        self.annex_list.setMaximumHeight(lines * 8)
        self.add_annex_button = QPushButton(self.tr("Add a dated co&rrection…"))
        self.add_annex_button.clicked.connect(self._add_annex)
        annexes = QVBoxLayout()
        annexes.addWidget(
            hint(
                self.tr(
                    "Finalised minutes are never changed. A correction is written as a dated "
                    "annex and printed after the minutes."
                )
            )
        )
        annexes.addWidget(self.annex_list)
        annexes.addLayout(self._row(self.add_annex_button))

        self.attachment_table = QTableWidget(0, 4)
        self.attachment_table.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Size"), self.tr("SHA-256"), self.tr("Attached on")]
        )
        self.attachment_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attachment_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attachment_table.verticalHeader().hide()
        header = self.attachment_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.attachment_table.setMinimumHeight(lines * 4)
        self.attachment_table.setMaximumHeight(lines * 8)
        self.attachment_table.doubleClicked.connect(self._open_attachment)
        self.attach_button = QPushButton(self.tr("Attach the si&gned scan…"))
        self.attach_button.clicked.connect(self._attach_scan)
        self.open_attachment_button = QPushButton(self.tr("&Open"))
        self.open_attachment_button.clicked.connect(self._open_attachment)
        attachments = QVBoxLayout()
        attachments.addWidget(self.attachment_table)
        attachments.addLayout(self._row(self.attach_button, self.open_attachment_button))

        self.adoption = QLabel()
        self.adoption.setWordWrap(True)
        self.adopt_button = QPushButton(self.tr("Adopted at a &later meeting…"))
        self.adopt_button.clicked.connect(self._adopt)
        adoption = QVBoxLayout()
        adoption.addWidget(self.adoption)
        adoption.addLayout(self._row(self.adopt_button))
        return self._page(
            self._group(self.tr("Dated corrections (annexes)"), annexes),
            self._group(self.tr("Signed copy"), attachments),
            self._group(self.tr("Adoption of the minutes"), adoption),
        )

    def _button_row(self) -> QHBoxLayout:
        self.save_status = hint("")
        self.save_status.setWordWrap(False)
        print_button = QPushButton(self.tr("&Print…"))
        print_button.clicked.connect(self._print)
        self.export_pdf_button = QPushButton(self.tr("Export P&DF…"))
        self.export_pdf_button.setMenu(self._document_menu(".pdf"))
        self.export_word_button = QPushButton(self.tr("Export &Word…"))
        self.export_word_button.setMenu(self._document_menu(".docx"))
        self.finalise_button = QPushButton(self.tr("Finalise the minu&tes"))
        self.finalise_button.clicked.connect(self._finalise)
        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("&Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.save_status, 1)
        buttons_row = (
            print_button,
            self.export_pdf_button,
            self.export_word_button,
            self.finalise_button,
        )
        for button in buttons_row:
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addWidget(buttons)
        return row

    def _document_menu(self, suffix: str) -> QMenu:
        menu = QMenu(self)
        for document, text in (
            (PrintedDocument.MINUTES, self.tr("The minutes…")),
            (PrintedDocument.RESOLUTION, self.tr("The resolution or conclusion…")),
        ):
            menu.addAction(text, lambda d=document: self._export(d, suffix))
        return menu

    def _fit_to_screen(self, splitter: QSplitter) -> None:
        fit_to_screen(self, *_PREFERRED_SIZE)
        splitter.setSizes([self.width() - _RULE_PANEL_WIDTH, _RULE_PANEL_WIDTH])

    # -- showing the record ----------------------------------------------------------------------
    def _load(self, record: MinutesRecord) -> None:
        meeting, minutes = record.meeting, record.meeting.minutes
        self._loading = True
        self._show_heading(meeting)
        self.held_on.set_value(meeting.held_on or meeting.planned_on)
        self.starts_at.setTime(_qtime(minutes.starts_at))
        self.ends_at.setTime(_qtime(minutes.ends_at))
        self.place.setText(minutes.place)
        names = self._member_names()
        for combo, person in ((self.chair, minutes.chair), (self.secretary, minutes.secretary)):
            combo.clear()
            combo.addItems(names)
            combo.setCurrentText(person.name)
        self.guests.set_rows(minutes.guests)
        self.fee_note.setPlainText(minutes.fee_note)
        self.attendance.set_rows(record.attendance)
        self._span_attendance_heading()
        self.tasks.set_members(self._members_by_name())
        self._agenda = list(minutes.agenda)
        self._fill_agenda_list()
        self.reviews.set_rows(minutes.task_reviews)
        self.conclusion.setPlainText(minutes.conclusion)
        self.document_kind.setCurrentIndex(self.document_kind.findData(minutes.document_type.value))
        self.document_title.setText(minutes.document_title)
        self.document_text.setPlainText(minutes.document_text)
        self.votes.set_rows(minutes.votes)
        self.tasks.set_rows(record.tasks)
        marks = {m.criterion: m.points for m in minutes.quality}
        for code, spin in self._quality_spins.items():
            spin.setValue(marks.get(code, -1))
        self._loading = False
        self._show_figures()
        self._show_duration()
        self._show_score()
        self._show_document_number()
        for view in (
            self.guests_view,
            self.attendance_view,
            self.reviews_view,
            self.votes_view,
            self.tasks_view,
        ):
            self._fit_columns(view)
        if meeting.state.locked:
            self._lock()

    def _show_heading(self, meeting: Meeting) -> None:
        day = format_date(meeting.held_on or meeting.planned_on)
        self.heading.setText(
            self.tr("Minutes — {kind}, {date}").format(kind=_tr(KINDS[meeting.kind]), date=day)
        )
        self.subheading.setText(
            " · ".join(part for part in (self._cell_name, meeting.topic) if part)
        )
        self.setWindowTitle(
            " — ".join(part for part in (self.tr("Minutes"), self._cell_name, day) if part)
        )

    def _show_cell_name(self) -> None:
        self._cell_name = self._meetings.cell_name(self._record.meeting)
        self._show_heading(self._record.meeting)

    def _span_attendance_heading(self) -> None:
        self.attendance_view.clearSpans()
        heading = self.attendance.heading_row()
        if heading is not None:
            self.attendance_view.setSpan(heading, 0, 1, self.attendance.columnCount())

    def _members_by_name(self) -> dict[str, UUID]:
        return {a.member_name: a.member_id for a in self.attendance.rows()}

    def _member_names(self) -> list[str]:
        return [a.member_name for a in self._record.attendance if not a.deleted]

    def _fill_agenda_list(self) -> None:
        current = max(0, self.agenda_list.currentRow())
        self.agenda_list.blockSignals(True)
        self.agenda_list.clear()
        for number, item in enumerate(self._agenda, start=1):
            self.agenda_list.addItem(f"{number}. {item.title}")
        self.agenda_list.blockSignals(False)
        if self._agenda:
            self.agenda_list.setCurrentRow(min(current, len(self._agenda) - 1))
            self._show_agenda_item(self.agenda_list.currentRow())
        else:
            self._show_agenda_item(-1)

    def _show_agenda_item(self, row: int) -> None:
        loading, self._loading = self._loading, True
        item = self._agenda[row] if 0 <= row < len(self._agenda) else None
        self.item_title.setText(item.title if item else "")
        self.item_content.setPlainText(item.content if item else "")
        for speech_row in list(self._speech_rows):
            self._drop_speech_row(speech_row)
        for speech in item.speeches if item else ():
            self._add_speech_row(speech)
        for widget in (self.item_title, self.item_content):
            widget.setEnabled(item is not None)
        self._loading = loading

    def _add_speech_row(self, speech: Speech) -> None:
        holder = QFrame()
        holder.setFrameShape(QFrame.Shape.StyledPanel)
        speaker = self._name_combo()
        speaker.addItems(self._member_names())
        speaker.setCurrentText(speech.speaker.name)
        speaker.lineEdit().setPlaceholderText(self.tr("Speaker"))
        gist = self._text_box(3, self.tr("The gist of what was said"))
        gist.setPlainText(speech.gist)
        remove = QPushButton(self.tr("Remove"))
        speech_row = _SpeechRow(speaker, gist, remove, holder)
        remove.clicked.connect(lambda: self._remove_speech(speech_row))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Speaker:")))
        top.addWidget(speaker, 1)
        top.addWidget(remove)
        column = QVBoxLayout(holder)
        column.addLayout(top)
        column.addWidget(gist)
        speaker.currentTextChanged.connect(self._agenda_item_edited)
        gist.textChanged.connect(self._agenda_item_edited)
        self.speeches_box.addWidget(holder)
        # Made after the rest of the window: put in the Tab order where they are seen.
        previous = self._speech_rows[-1].remove if self._speech_rows else self.item_content
        for before, after in ((previous, speaker), (speaker, gist), (gist, remove)):
            QWidget.setTabOrder(before, after)
        QWidget.setTabOrder(remove, self.add_speech_button)
        self._speech_rows.append(speech_row)
        if self._locked:
            self._lock_widget(speaker)
            self._lock_widget(gist)
            remove.hide()

    def _show_figures(self) -> None:
        summary = summarise(self.attendance.rows())
        present = f"{summary.present}/{summary.required} ({percent_text(summary.rate_percent)})"
        values = {
            "total": summary.total,
            "official": summary.official,
            "probationary": summary.probationary,
            "exempt": summary.exempt,
            "elsewhere": summary.elsewhere,
            "required": summary.required,
            "present": present,
            "late": summary.late_or_left_early,
            "excused": summary.absent_excused,
            "unexcused": summary.absent_unexcused,
            "voters": summary.voters,
        }
        for key, value in values.items():
            self.figures[key].setText(str(value))
        self.votes.set_summary(summary)

    def _show_duration(self) -> None:
        starts, ends = _time_of(self.starts_at), _time_of(self.ends_at)
        if starts is None or ends is None:
            self.duration.setText(self.tr("Write both times."))
            coloured(self.duration, HINT_COLOUR)
            return
        minutes = (ends.hour * 60 + ends.minute) - (starts.hour * 60 + starts.minute)
        if minutes <= 0:
            self.duration.setText(self.tr("The end must be after the start."))
            coloured(self.duration, PROBLEM_COLOUR)
            return
        members = len(self.attendance.rows())
        minimum = minimum_minutes(self._record.meeting.kind, members, self._rules)
        text = self.tr("{minutes} minutes (at least {minimum})").format(
            minutes=minutes, minimum=minimum
        )
        self.duration.setText(text)
        coloured(self.duration, PROBLEM_COLOUR if minutes < minimum else HINT_COLOUR)

    def _show_score(self) -> None:
        marks = self._quality_marks()
        total = sum(m.points for m in marks)
        if not marks:
            self.score_total.setText(self.tr("Not scored yet."))
            return
        if len(marks) < len(self._quality_spins):
            self.score_total.setText(
                self.tr("Scored {scored} of {count} criteria so far: {total} points.").format(
                    scored=len(marks), count=len(self._quality_spins), total=total
                )
            )
            return
        band = quality_band(total, self._rules.quality_bands)
        self.score_total.setText(
            self.tr("Total: {total} of {most} points — {band}").format(
                total=total,
                most=sum(limit for _code, limit in self._rules.quality_weights),
                band=_tr(QUALITY_BANDS[band]) if band in QUALITY_BANDS else band,
            )
        )

    def _show_document_number(self) -> None:
        minutes = self._record.meeting.minutes
        kind = DocumentKind(self.document_kind.currentData())
        if minutes.document_number is not None:
            text = document_number_text(minutes.document_type, minutes.document_number)
        else:
            meeting = self._record.meeting
            expected = self._meetings.next_document_number(meeting.unit_id, kind, meeting.on)
            text = self.tr("Given when the minutes are finalised (expected: {number})").format(
                number=document_number_text(kind, expected)
            )
        self.document_number.setText(text)

    # -- the rule panel --------------------------------------------------------------------------
    def refresh_findings(self) -> None:
        """Check the minutes as typed against the profile in force on the meeting day."""
        record = self._typed_record()
        if record.meeting.on != self._rules_on:  # another date may fall under another profile
            self._rules_on = record.meeting.on
            rules = self._meetings.rules_for(record.meeting)
            self._profile_title = self._meetings.profile_title(record.meeting)
            criteria_changed = rules.quality_weights != self._rules.quality_weights
            self._rules = rules
            if criteria_changed:
                loading, self._loading = self._loading, True
                self._build_score_rows()
                marks = {m.criterion: m.points for m in record.meeting.minutes.quality}
                for code, spin in self._quality_spins.items():
                    spin.setValue(marks.get(code, -1))
                self._loading = loading
            self._show_duration()
            self._show_score()
        self._show_findings(self._meetings.findings(record))

    def _show_findings(self, findings: list[Finding]) -> None:
        self.findings.set_profile(self._profile_title)
        blocking = sum(f.severity is Severity.BLOCKING for f in findings)
        if self._locked:
            summary, colour = self.tr("Finalised: the notes below stay as recorded."), None
        elif blocking:
            summary = self.tr("To correct before finalising: {count}.").format(count=blocking)
            colour = BLOCKING_COLOUR
        elif findings:
            summary = self.tr("Nothing to correct; notes: {count}.").format(count=len(findings))
            colour = FINE_COLOUR
        else:
            summary = self.tr("Nothing to correct: the minutes can be finalised.")
            colour = FINE_COLOUR
        self.findings.show_findings(summary, colour, findings, self._finding_html)

    def _finding_html(self, finding: Finding) -> str:
        sentence = html.escape(describe_minutes_finding(finding, self._profile_title))
        if finding.code not in _SECTIONS or self._locked:
            return sentence
        # The link's target is the number of the tab that holds what the finding is about.
        go_there = html.escape(self.tr("Go there"))
        return f'{sentence} <a href="{int(_SECTIONS[finding.code])}">{go_there}</a>'

    # -- editing ---------------------------------------------------------------------------------
    @property
    def _locked(self) -> bool:
        return self._record.meeting.state.locked

    def _edited(self) -> None:
        if self._loading or self._locked:
            return
        if not self._dirty:
            self._dirty = True
            self._unsaved_for.start()
        if not self._autosave_stopped and (
            not self._save_timer.isActive() or self._unsaved_for.elapsed() < LONGEST_UNSAVED_MS
        ):
            self._save_timer.start()
        self._rules_timer.start()
        self._check_held_on()

    def _check_held_on(self) -> None:
        try:
            self.held_on.value()
        except ValueError:
            self.held_on_problem.setText(
                self.tr("“{text}” is not a date; write it as dd/mm/yyyy.").format(
                    text=self.held_on.text()
                )
            )
            self.held_on_problem.show()
            return
        self.held_on_problem.hide()

    def _everyone_present(self) -> None:
        self.attendance.mark_everyone_present()

    def _every_fee_paid(self) -> None:
        self.attendance.mark_every_fee_paid()

    def _add_guest(self) -> None:
        row = self.guests.append(self.guests.blank())
        self.guests_view.edit(self.guests.index(row, GuestTableModel.NAME))

    def _remove_guest(self) -> None:
        if self.guests_view.currentIndex().isValid():
            self.guests.remove(self.guests_view.currentIndex().row())

    def _add_vote(self) -> None:
        row = self.votes.append(self.votes.blank())
        self.votes_view.edit(self.votes.index(row, VoteTableModel.SUBJECT))

    def _remove_vote(self) -> None:
        if self.votes_view.currentIndex().isValid():
            self.votes.remove(self.votes_view.currentIndex().row())

    def _add_task(self) -> None:
        row = self.tasks.append(self.tasks.blank(self._record.meeting.id))
        self.tasks_view.edit(self.tasks.index(row, TaskTableModel.ASSIGNEE))

    def _remove_task(self) -> None:
        if self.tasks_view.currentIndex().isValid():
            self.tasks.remove(self.tasks_view.currentIndex().row())

    def _add_agenda_item(self) -> None:
        self._agenda.append(AgendaItem(self.tr("New item")))
        self._fill_agenda_list()
        self.agenda_list.setCurrentRow(len(self._agenda) - 1)
        self.item_title.setFocus()
        self.item_title.selectAll()
        self._edited()

    def _remove_agenda_item(self) -> None:
        row = self.agenda_list.currentRow()
        if not 0 <= row < len(self._agenda):
            return
        item = self._agenda[row]
        if (item.content.strip() or item.speeches) and not confirm(
            self,
            self.tr("Remove the item"),
            self.tr("Remove “{title}” with its content and speeches?").format(title=item.title),
            self.tr("Remove"),
        ):
            return
        del self._agenda[row]
        self._fill_agenda_list()
        self._edited()

    def _add_speech(self) -> None:
        if not 0 <= self.agenda_list.currentRow() < len(self._agenda):
            return
        self._add_speech_row(Speech(Person(), ""))
        self._speech_rows[-1].speaker.setFocus()
        self._agenda_item_edited()

    def _remove_speech(self, speech_row: _SpeechRow) -> None:
        self._drop_speech_row(speech_row)
        self._agenda_item_edited()

    def _drop_speech_row(self, speech_row: _SpeechRow) -> None:
        self._inputs.remove(speech_row.speaker)
        self._inputs.remove(speech_row.gist)
        self._speech_rows.remove(speech_row)
        speech_row.holder.deleteLater()

    def _agenda_item_edited(self) -> None:
        row = self.agenda_list.currentRow()
        if self._loading or not 0 <= row < len(self._agenda):
            return
        members = self._members_by_name()
        speeches = tuple(
            Speech(
                Person(
                    r.speaker.currentText().strip(), members.get(r.speaker.currentText().strip())
                ),
                r.gist.toPlainText(),
            )
            for r in self._speech_rows
        )
        self._agenda[row] = AgendaItem(
            self.item_title.text(), self.item_content.toPlainText(), speeches
        )
        self.agenda_list.item(row).setText(f"{row + 1}. {self.item_title.text()}")
        self._edited()

    # -- the record as typed ---------------------------------------------------------------------
    def _person(self, combo: QComboBox) -> Person:
        name = combo.currentText().strip()
        return Person(name, self._members_by_name().get(name))

    def _quality_marks(self) -> tuple[QualityMark, ...]:
        return tuple(
            QualityMark(code, spin.value())
            for code, spin in self._quality_spins.items()
            if spin.value() >= 0
        )

    def _held_on(self) -> date | None:
        try:
            return self.held_on.value() or self._record.meeting.held_on
        except ValueError:
            return self._record.meeting.held_on  # said under the field; the last good date

    def _typed_record(self) -> MinutesRecord:
        """The minutes as the form shows them, on the newest saved versions."""
        meeting = self._record.meeting
        minutes = dataclasses.replace(
            meeting.minutes,
            starts_at=_time_of(self.starts_at),
            ends_at=_time_of(self.ends_at),
            place=self.place.text(),
            chair=self._person(self.chair),
            secretary=self._person(self.secretary),
            # Empty rows someone added and left carry no fact of the meeting.
            guests=tuple(g for g in self.guests.rows() if g.name.strip() or g.post.strip()),
            fee_note=self.fee_note.toPlainText(),
            agenda=tuple(
                dataclasses.replace(
                    item,
                    speeches=tuple(
                        s for s in item.speeches if s.speaker.name.strip() or s.gist.strip()
                    ),
                )
                for item in self._agenda
            ),
            task_reviews=self.reviews.rows(),
            conclusion=self.conclusion.toPlainText(),
            document_type=DocumentKind(self.document_kind.currentData()),
            document_title=self.document_title.text(),
            document_text=self.document_text.toPlainText(),
            votes=tuple(v for v in self.votes.rows() if not _blank_vote(v)),
            quality=self._quality_marks(),
        )
        typed = dataclasses.replace(meeting, held_on=self._held_on(), minutes=minutes)
        return MinutesRecord(typed, self.attendance.rows(), self.tasks.rows(), self._record.annexes)

    # -- saving ----------------------------------------------------------------------------------
    def save_now(self) -> bool:
        """Save what was typed; False when it could not be saved (then saving stops)."""
        self._save_timer.stop()
        if self._locked or not self._dirty:
            return True
        if self._autosave_stopped:
            return False
        try:
            saved = self._meetings.save_draft(self._typed_record())
        except Exception as error:  # a stale write (storage) is no OperationRefused: say it all
            self._stop_autosave(error)
            return False
        self._record = saved
        self.attendance.adopt_saved(saved.attendance)
        self.tasks.adopt_saved(saved.tasks)
        self._dirty = False
        self._saved_unannounced = True
        self._saved_at = datetime.now().strftime("%H:%M:%S")
        self.save_status.setText(self.tr("Saved at {time}").format(time=self._saved_at))
        coloured(self.save_status, HINT_COLOUR)
        self._show_heading(saved.meeting)
        return True

    def _stop_autosave(self, error: BaseException) -> None:
        self._autosave_stopped = True
        if isinstance(error, OperationRefused):
            detail = describe_error(error)
        else:
            detail = f"{type(error).__name__}: {error}"
        self.save_status.setText(self.tr("Not saved — saving has stopped"))
        coloured(self.save_status, PROBLEM_COLOUR)
        inform(
            self,
            self.tr("The minutes were not saved"),
            _tr(_NOT_SAVED).format(detail=detail),
            warning=True,
        )

    def done(self, result: int) -> None:
        if not self.save_now() and not confirm(
            self,
            self.tr("Close the minutes"),
            self.tr(
                "What was typed since {time} could not be saved and will be lost. Close anyway?"
            ).format(time=self._saved_at or self.tr("the opening")),
            self.tr("Close without saving"),
        ):
            return
        self._save_timer.stop()
        self._rules_timer.stop()
        if self._saved_unannounced:
            self._saved_unannounced = False
            self._on_changes(Changes(meetings=True))
        super().done(result)

    # -- finalising ------------------------------------------------------------------------------
    def _finalise(self) -> None:
        title = self.tr("Finalise the minutes")
        if not confirm(
            self,
            title,
            self.tr(
                "After finalising, the minutes are locked; corrections are made only as dated "
                "annexes."
            ),
            self.tr("Finalise"),
        ):
            return
        if not self.save_now():
            return
        meeting_id = self._record.meeting.id
        try:
            changes = self._meetings.finalise(meeting_id)
        except MinutesIncomplete as incomplete:
            self._show_findings(self._meetings.findings(self._typed_record()))
            sentences = "\n".join(
                "• " + describe_minutes_finding(f, self._profile_title) for f in incomplete.findings
            )
            inform(
                self,
                title,
                self.tr("The minutes cannot be finalised yet:\n\n{findings}").format(
                    findings=sentences
                ),
                warning=True,
            )
            first = incomplete.findings[0].code if incomplete.findings else ""
            self.tabs.setCurrentIndex(_SECTIONS.get(first, self.tabs.currentIndex()))
            return
        except OperationRefused as refused:
            inform(self, title, describe_error(refused), warning=True)
            return
        self._reload()
        self._on_changes(changes)

    def _reload(self) -> None:
        self._record = self._meetings.record(self._record.meeting.id)
        self._load(self._record)
        self.refresh_findings()

    def _lock(self) -> None:
        for widget in self._inputs:
            self._lock_widget(widget)
        for widget in self._editing_only:
            widget.hide()
        for model in (self.attendance, self.guests, self.reviews, self.votes, self.tasks):
            model.set_read_only(True)
        self.finalise_button.hide()
        self._save_timer.stop()
        meeting = self._record.meeting
        text = self.tr("The minutes were finalised on {date} — code {code}").format(
            date=format_date(meeting.finalised_on), code=meeting.short_code
        )
        if meeting.state is MeetingState.ADOPTED:
            text += ". " + self.tr("Adopted at the meeting of {date}.").format(
                date=format_date(meeting.adopted_on)
            )
        self.banner.setText(text)
        self.banner.show()
        self.tabs.setTabVisible(Section.AFTER, True)
        self._show_after_finalising()

    @staticmethod
    def _lock_widget(widget: QWidget) -> None:
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTimeEdit, QSpinBox)):
            widget.setReadOnly(True)
        else:
            # Greyed text is hard to read for the elderly: locked fields keep their colour.
            palette = widget.palette()
            for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
                palette.setColor(
                    QPalette.ColorGroup.Disabled,
                    role,
                    palette.color(QPalette.ColorGroup.Active, role),
                )
            widget.setPalette(palette)
            widget.setEnabled(False)

    # -- after finalising ------------------------------------------------------------------------
    def _show_after_finalising(self) -> None:
        self.annex_list.clear()
        for annex in self._record.annexes:
            by = f" ({annex.written_by})" if annex.written_by else ""
            self.annex_list.addItem(f"{format_date(annex.dated_on)}{by}: {annex.text}")
        if not self._record.annexes:
            self.annex_list.addItem(self.tr("No corrections."))
        self._attachments = self._meetings.attachments(self._record.meeting.id)
        self.attachment_table.setRowCount(len(self._attachments))
        for row, attachment in enumerate(self._attachments):
            cells = (
                attachment.file_name,
                _size_text(attachment.size),
                attachment.sha256[:12],
                format_date(attachment.added_on),
            )
            for column, text in enumerate(cells):
                self.attachment_table.setItem(row, column, QTableWidgetItem(text))
        self.open_attachment_button.setEnabled(bool(self._attachments))
        meeting = self._record.meeting
        if meeting.state is MeetingState.ADOPTED:
            self.adoption.setText(
                self.tr("Adopted at the meeting of {date}.").format(
                    date=format_date(meeting.adopted_on)
                )
            )
        else:
            self.adoption.setText(
                self.tr("Not adopted yet; the minutes are read back and adopted at a meeting.")
            )
        self.adopt_button.setVisible(meeting.state is MeetingState.FINALISED)

    def _add_annex(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Dated correction"))
        text = QPlainTextEdit()
        text.setTabChangesFocus(True)
        text.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        written_by = QLineEdit()
        problem = coloured(QLabel(), PROBLEM_COLOUR)
        problem.setWordWrap(True)
        form = self._form()
        form.addRow(
            hint(
                self.tr(
                    "Dated {date}. The minutes stay as they were; this is printed after them."
                ).format(date=format_date(date.today()))
            )
        )
        form.addRow(self.tr("&Correction"), text)
        form.addRow(self.tr("&Written by"), written_by)
        form.addRow(problem)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Save the correction"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addLayout(form)
        layout.addWidget(buttons)
        fit_to_screen(dialog, 620, 360)

        def save() -> None:
            try:
                changes = self._meetings.add_annex(
                    self._record.meeting.id, text.toPlainText(), written_by.text()
                )
            except ValidationFailed:
                problem.setText(self.tr("Write the correction."))
                return
            except OperationRefused as refused:
                problem.setText(describe_error(refused))
                return
            self._on_changes(changes)
            dialog.accept()

        buttons.accepted.connect(save)
        if dialog.exec():
            self._record = self._meetings.record(self._record.meeting.id)
            self._show_after_finalising()

    def _attach_scan(self) -> None:
        title = self.tr("Attach the signed scan")
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getOpenFileName(
            self, title, folder, self.tr("Scans (*.pdf *.png *.jpg *.jpeg)")
        )
        if not chosen:
            return
        try:
            self._meetings.attach_scan(self._record.meeting.id, Path(chosen))
        except OperationRefused as refused:
            inform(self, title, describe_error(refused), warning=True)
            return
        self._on_changes(Changes(meetings=True))
        self._show_after_finalising()

    def _open_attachment(self) -> None:
        """Open a copy in the program the system uses for PDFs or pictures."""
        row = self.attachment_table.currentRow()
        if not 0 <= row < len(self._attachments):
            row = 0 if self._attachments else -1
        if row < 0:
            return
        attachment = self._attachments[row]
        title = self.tr("Open the signed copy")
        try:
            copy = self._meetings.scan_copy(attachment)
        except (OperationRefused, OSError) as error:
            inform(self, title, describe_error(error), warning=True)
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy))):
            inform(
                self,
                title,
                self.tr("Could not open {path}; open it from the folder instead.").format(
                    path=copy
                ),
                warning=True,
            )

    def _adopt(self) -> None:
        title = self.tr("Adopt the minutes")
        meeting = self._record.meeting
        later = [
            m
            for year in (meeting.on.year, meeting.on.year + 1)
            for m in self._meetings.in_year([meeting.unit_id], year)
            if m.on > meeting.on and m.id != meeting.id and not m.deleted
        ]
        if not later:
            inform(
                self,
                title,
                self.tr(
                    "No later meeting of this cell is planned yet; plan it first, then record "
                    "the adoption."
                ),
            )
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(title)
        choice = QComboBox()
        for m in sorted(later, key=lambda m: m.on):
            choice.addItem(f"{format_date(m.on)} — {_tr(KINDS[m.kind])}", m.id.hex)
        form = self._form()
        form.addRow(hint(self.tr("The minutes were read back and adopted at:")))
        form.addRow(self.tr("&Meeting"), choice)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Record the adoption"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if not dialog.exec():
            return
        try:
            changes = self._meetings.adopt(meeting.id, UUID(hex=choice.currentData()))
        except OperationRefused as refused:
            inform(self, title, describe_error(refused), warning=True)
            return
        self._on_changes(changes)
        self._reload()

    # -- printing --------------------------------------------------------------------------------
    def _print(self) -> None:
        if not self._saved_for_printing():
            return
        preview = MinutesPrintPreview(self._printing, self._record.meeting.id, parent=self)
        preview.exec()

    def _export(self, document: PrintedDocument, suffix: str) -> None:
        if self._saved_for_printing():
            export_document(self, self._printing, self._record.meeting.id, document, suffix)

    def _saved_for_printing(self) -> bool:
        """The printout is made from the stored minutes, so what is on screen is saved first."""
        if self.save_now():
            return True
        inform(
            self,
            self.tr("Print"),
            self.tr("The minutes could not be saved, so the printout would not match the screen."),
            warning=True,
        )
        return False


@dataclasses.dataclass(frozen=True, eq=False)
class _SpeechRow:
    """The widgets of one speech of the agenda item shown."""

    speaker: QComboBox
    gist: QPlainTextEdit
    remove: QPushButton
    holder: QWidget


def _line_up(*forms: QFormLayout) -> None:
    """One label column for the forms of a page, so that their fields start in one line."""
    captions = [
        item.widget()
        for form in forms
        for row in range(form.rowCount())
        if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) and item.widget()
    ]
    width = max(caption.sizeHint().width() for caption in captions)
    for caption in captions:
        caption.setMinimumWidth(width)


def _qtime(value: time | None) -> QTime:
    return QTime(value.hour, value.minute) if value else _NO_TIME


def _time_of(edit: QTimeEdit) -> time | None:
    value = edit.time()
    return None if value == _NO_TIME else time(value.hour(), value.minute())


def _blank_vote(vote: Vote) -> bool:
    return (
        not vote.subject.strip()
        and vote.kind is VoteKind.RESOLUTION
        and vote.votes_for == vote.votes_against == 0
    )


def _size_text(size: int) -> str:
    return f"{size / 2**20:.1f} MB" if size >= 2**20 else f"{max(1, round(size / 1024))} KB"
