"""Đánh giá, xếp loại: the commune's review of a year, from opening it to closing it.

A banner at the top says where the year stands (not opened / open / closed) and offers the next
step. With the commune (or nothing) chosen in the organisation tree the tab shows the
classification summary — one row per cell and the total — with the organisation table and the
commune's own level, a chart, the earlier years and the award candidates below it; with a cell
chosen, or a row of the summary opened, it shows that cell's members (the annex of the report),
its own level and its cap, and each member's results open in a form beside the rules.
A closed year is read-only everywhere in the tab.
"""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Callable
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any, Protocol
from uuid import UUID

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
)
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from chibo_desktop.domain.dates import format_date
from chibo_desktop.domain.entities import Changes, Unit, new_id
from chibo_desktop.domain.evaluation import (
    CapCheck,
    ClassificationReport,
    EvaluationYear,
    UnitEvaluation,
    UpperDecision,
    YearLevels,
)
from chibo_desktop.domain.findings import Finding, Severity
from chibo_desktop.domain.rules import Level
from chibo_desktop.domain.validation import Problem
from chibo_desktop.services.errors import OperationRefused, ValidationFailed
from chibo_desktop.services.evaluations import (
    CellSheet,
    EvaluationService,
    MemberSheetRow,
)
from chibo_desktop.services.units import UnitService
from chibo_desktop.ui.dialogs.evaluation_year_dialogs import (
    CheckDialog,
    CloseYearDialog,
    OpenYearDialog,
    ReopenYearDialog,
)
from chibo_desktop.ui.dialogs.member_evaluation_dialog import (
    MemberEvaluationDialog,
    combo_level,
    level_combo,
    set_combo_level,
)
from chibo_desktop.ui.dialogs.message_box import inform
from chibo_desktop.ui.evaluation_texts import (
    describe_evaluation_finding,
    level_name,
    level_short,
    not_reviewed_sentence,
)
from chibo_desktop.ui.export_flow import ask_file, offer_to_open
from chibo_desktop.ui.export_texts import describe_export_error
from chibo_desktop.ui.messages import describe_error
from chibo_desktop.ui.table_models.evaluation_table_models import (
    BROKEN_COLOUR,
    KEPT_COLOUR,
    AwardTableModel,
    CapText,
    ClassificationTableModel,
    HistoryTableModel,
    MemberAnnexTableModel,
    OrganisationTableModel,
)
from chibo_desktop.ui.tabs.cells_tab import CellsTab
from chibo_desktop.ui.widgets.classification_chart import ClassificationChart
from chibo_desktop.ui.widgets.date_field import DateField, read_dates
from chibo_desktop.ui.widgets.findings_panel import BLOCKING_COLOUR, WARNING_COLOUR
from chibo_desktop.ui.widgets.readable import HINT_COLOUR, PROBLEM_COLOUR, coloured, hint

YEARS_BACK = 5  # earlier years offered in the year list besides those opened
NAME_COLUMN_MAX = 180  # longer cell and member names wrap
ROW_PADDING = 8
TWO_LINE_PADDING = 2  # the summary's rows hold two lines: a count over its share
DETAILS_MIN_HEIGHT = 120  # the tabs' names and a few rows of the first page
_BANNER_STYLES = {
    "none": "QFrame#banner { background: #fdf2d0; border: 1px solid #d4ac0d; }",
    "open": "QFrame#banner { background: #e6f0fb; border: 1px solid #7aa7d9; }",
    "closed": "QFrame#banner { background: #eeeeee; border: 1px solid #9e9e9e; }",
}
_CONTEXT = "EvaluationTab"
_FILTERS = {
    ".pdf": QT_TRANSLATE_NOOP("EvaluationTab", "PDF document (*.pdf)"),
    ".xlsx": QT_TRANSLATE_NOOP("EvaluationTab", "Excel workbook (*.xlsx)"),
    ".json": QT_TRANSLATE_NOOP("EvaluationTab", "Data file for the upper level (*.json)"),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


class ClassificationExports(Protocol):
    """What the tab needs of ``services.classification_export``."""

    def write(self, unit_id: UUID, year: int, destination: Path, annexes: bool = True) -> Any: ...

    def write_annex(self, cell_id: UUID, year: int, destination: Path) -> Any: ...


ImportResults = Callable[[QWidget, int], Changes | None]


class UnitEvaluationForm(QGroupBox):
    """An organisation's own classification of the year: a cell's (decided by the commune
    committee) or the commune's (decided by the upper level).

    At the upper level the organisation's own record is the commune's (read only here); what is
    entered is the upper level's decision on its level, sent down to the commune. At the
    commune a decision that has arrived fixes the level decided."""

    def __init__(
        self,
        evaluations: EvaluationService,
        is_cell: bool,
        on_changes: Callable[[Changes], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._evaluations = evaluations
        self._is_cell = is_cell
        self._on_changes = on_changes
        self._upper = evaluations.decides_for_communes()
        self._unit: Unit | None = None
        self._year = 0
        self._base: UnitEvaluation | None = None
        self._decision: UpperDecision | None = None
        if self._upper:
            self.setTitle(self.tr("The upper level's decision on the level"))
        else:
            self.setTitle(
                self.tr("The cell's own level") if is_cell else self.tr("The commune's own level")
            )
        self.self_level = level_combo(self.tr("— not assessed yet —"))
        self.final_level = level_combo(self.tr("— not decided yet —"))
        self.newly_formed = QCheckBox(self.tr("Newly formed: not classified this year"))
        self.exception = QLineEdit()
        self.exception.setPlaceholderText(self.tr("e.g. Decision no. 25-QĐ/ĐU of 20/12/2026"))
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("e.g. Decision no. 112-QĐ/TU"))
        self.decided_on = DateField()
        self.notes = QLineEdit()
        if self._upper:
            saving = self.tr("Record the &decision")
        elif is_cell:
            saving = self.tr("&Save the cell's level")
        else:
            saving = self.tr("Save the commune's &level")
        self.save_button = QPushButton(saving)
        self.save_button.clicked.connect(self.save)
        self.decided_note = coloured(QLabel(), HINT_COLOUR)
        self.decided_note.setWordWrap(True)
        self.decided_note.hide()
        self.problems = coloured(QLabel(), PROBLEM_COLOUR)
        self.problems.setWordWrap(True)
        self.problems.hide()
        grid = QGridLayout(self)
        if self._upper:
            decided = self.tr("Level &decided")
        elif is_cell:
            decided = self.tr("Decided by the commune &committee")
        else:
            decided = self.tr("Decided by the &upper level")
        self._exception_label = QLabel(self.tr("Decision allowing a higher &cap"))
        self._exception_label.setWordWrap(not is_cell)
        rows: tuple[tuple[str | None, QWidget], ...]
        if self._upper:
            rows = (
                (self.tr("Self-&assessed"), self.self_level),
                (decided, self.final_level),
                (self.tr("Decisio&n"), self.reference),
                (self.tr("Decision da&te"), self.decided_on),
                (self.tr("N&otes"), self.notes),
            )
        else:
            rows = (
                (self.tr("Self-&assessed"), self.self_level),
                (decided, self.final_level),
                (None, self.exception),
                (self.tr("N&otes"), self.notes),
            )
        # A cell's form sits under its members: two pairs a row keep it low. The commune's
        # sits beside the organisation table: one pair a row.
        pairs = 2 if is_cell else 1
        for index, (text, widget) in enumerate(rows):
            caption = self._exception_label if text is None else QLabel(text)
            caption.setBuddy(widget)
            row, column = divmod(index, pairs)
            grid.addWidget(caption, row, 2 * column)
            grid.addWidget(widget, row, 2 * column + 1)
            grid.setColumnStretch(2 * column + 1, 1)
        last = (len(rows) + pairs - 1) // pairs
        grid.addWidget(self.decided_note, last, 0, 1, 2 * pairs)
        below = QHBoxLayout()
        if is_cell and not self._upper:
            below.addWidget(self.newly_formed)
        else:
            self.newly_formed.hide()
        below.addWidget(self.problems, 1)
        below.addStretch(0 if not is_cell else 1)
        below.addWidget(self.save_button)
        grid.addLayout(below, last + 1, 0, 1, 2 * pairs)
        grid.setRowStretch(last + 2, 1)  # a tall form keeps its rows together at the top
        for combo in (self.self_level, self.final_level):
            combo.setMinimumContentsLength(20)  # "Hoàn thành xuất sắc nhiệm vụ" whole

    def set_unit(
        self,
        unit: Unit | None,
        year: int,
        evaluation: UnitEvaluation | None,
        editable: bool,
    ) -> None:
        self._unit, self._year, self._base = unit, year, evaluation
        decision = self._evaluations.upper_decision(unit.id, year) if unit else None
        self._decision = decision
        rules = self._evaluations.rules(year)
        tip = self.tr(
            "The upper level's decision allowing up to {cap}% of {level} (the ordinary cap is "
            "{ordinary}%); leave it empty when there is none."
        ).format(
            level=level_short(Level.EXCELLENT),
            cap=rules.excellent_cap_exception_percent,
            ordinary=rules.excellent_cap_percent_of_good,
        )
        self._exception_label.setToolTip(tip)
        self.exception.setToolTip(tip)
        final = decision.level if decision else evaluation.final_level if evaluation else None
        set_combo_level(self.self_level, evaluation.self_level if evaluation else None)
        set_combo_level(self.final_level, final)
        self.newly_formed.setChecked(bool(evaluation and evaluation.newly_formed))
        self.exception.setText(evaluation.cap_exception_decision if evaluation else "")
        self.reference.setText(decision.reference if decision else "")
        self.decided_on.set_value(decision.decided_on if decision else None)
        if self._upper:
            self.notes.setText(decision.notes if decision else "")
        else:
            self.notes.setText(evaluation.notes if evaluation else "")
        self.problems.hide()
        self._say_decision(decision)
        if self._upper:  # the commune's own record is read only here; the decision is ours
            enabled = {self.final_level, self.reference, self.decided_on, self.notes}
            enabled.add(self.save_button)
            for widget in (self.self_level, *enabled):
                widget.setEnabled(unit is not None and widget in enabled)
            return
        for widget in (
            self.self_level,
            self.final_level,
            self.newly_formed,
            self.exception,
            self.notes,
            self.save_button,
        ):
            widget.setEnabled(editable and unit is not None)
        if decision is not None:
            self.final_level.setEnabled(False)

    def _say_decision(self, decision: UpperDecision | None) -> None:
        if decision is None:
            self.decided_note.setText(
                self.tr(
                    "Not decided yet. Once recorded, the decision goes down to the commune with "
                    "the next receipt, or at once (Data exchange → Send decisions down)."
                )
                if self._upper
                else ""
            )
        elif self._upper:
            self.decided_note.setText(
                self.tr(
                    "Recorded. It goes down to the commune with the next receipt, or at once "
                    "(Data exchange → Send decisions down)."
                )
            )
        else:
            self.decided_note.setText(
                self.tr(
                    "Decided by the upper level: {reference} of {date}. It arrived in a package "
                    "and cannot be changed here."
                ).format(reference=decision.reference, date=format_date(decision.decided_on))
            )
        self.decided_note.setVisible(bool(self.decided_note.text()))

    def draft(self) -> UnitEvaluation | None:
        if self._unit is None:
            return None
        base = self._base or UnitEvaluation(new_id(), self._unit.id, self._year)
        return dataclasses.replace(
            base,
            self_level=combo_level(self.self_level),
            final_level=combo_level(self.final_level),
            newly_formed=self._is_cell and self.newly_formed.isChecked(),
            cap_exception_decision=self.exception.text(),
            notes=self.notes.text(),
        )

    def save(self) -> None:
        if self._unit is None:
            return
        try:
            if self._upper:
                changes = self._save_decision(self._unit)
            else:
                draft = self.draft()
                assert draft is not None
                changes = self._evaluations.save_unit(draft)
        except (ValidationFailed, OperationRefused) as error:
            self.problems.setText(describe_error(error))
            self.problems.show()
            return
        self.problems.hide()
        self._on_changes(changes)

    def _save_decision(self, unit: Unit) -> Changes:
        dates, problems = read_dates({"decided_on": self.decided_on})
        level = combo_level(self.final_level)
        if level is None:
            problems.append(Problem("final_level", "required"))
        if dates.get("decided_on") is None and not any(p.field == "decided_on" for p in problems):
            problems.append(Problem("decided_on", "required"))
        if problems:
            raise ValidationFailed(problems)
        decided_on = dates["decided_on"]
        assert level is not None and decided_on is not None
        return self._evaluations.decide_as_upper(
            UpperDecision(
                new_id(),
                unit.id,
                self._year,
                level,
                self.reference.text(),
                decided_on,
                self.notes.text(),
            )
        )


class EvaluationTab(CellsTab):
    def __init__(
        self,
        evaluations: EvaluationService,
        units: UnitService,
        on_changes: Callable[[Changes], None],
        exports: ClassificationExports | None = None,
        import_results: ImportResults | None = None,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(units, parent)
        self._evaluations = evaluations
        self._upper = evaluations.decides_for_communes()
        self._on_changes = on_changes
        self._exports = exports
        self._import_results = import_results
        self._today = today
        self._commune: Unit | None = None
        self._record: EvaluationYear | None = None
        self._report: ClassificationReport | None = None
        self._sheet: CellSheet | None = None
        self._shown_years: list[int] = []
        self._stale = False
        self._fitted: tuple[int, int] = (-1, -1)  # (rows, height) the summary was fitted to

        self.back_button = QPushButton(self.tr("← &Back to all cells"))
        self.back_button.clicked.connect(self.back_to_summary)
        self.year = QComboBox()
        self.year.setMinimumWidth(150)
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year)
        self.year.currentIndexChanged.connect(self._year_chosen)
        top = self._top_row(self.back_button, self.year, year_label)

        self.banner = self._banner()
        self.empty.setContentsMargins(0, 8, 0, 8)

        self.pages = QStackedWidget()
        self.summary_page = self._summary_page()
        self.cell_page = self._cell_page()
        self.pages.addWidget(self.summary_page)
        self.pages.addWidget(self.cell_page)

        self.open_cell_button = QPushButton(self.tr("&Open the cell's members"))
        self.open_cell_button.clicked.connect(self.open_cell)
        self.edit_button = QPushButton(self.tr("&Enter the member's results…"))
        self.edit_button.clicked.connect(self.edit_member)
        self.export_report_button = QPushButton(self.tr("E&xport the report…"))
        self.export_report_button.setMenu(self._export_menu(annex=False))
        self.export_annex_button = QPushButton(self.tr("E&xport the annex…"))
        self.export_annex_button.setMenu(self._export_menu(annex=True))
        self.import_button = QPushButton(self.tr("&Import results from a file…"))
        self.import_button.clicked.connect(self.import_results)
        if exports is None:
            for button in (self.export_report_button, self.export_annex_button):
                button.setToolTip(self.tr("Exporting is not available in this version"))
        buttons = QHBoxLayout()
        for button in (self.open_cell_button, self.edit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.import_button, self.export_report_button, self.export_annex_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.empty)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        focus_order = (
            self.back_button,
            self.year,
            self.open_button,
            self.check_button,
            self.close_button,
            self.review_date_button,
            self.reopen_button,
            self.report_table,
            self.annex_table,
            self.open_cell_button,
            self.edit_button,
            self.import_button,
            self.export_report_button,
            self.export_annex_button,
        )
        for before, after in pairwise(focus_order):
            QWidget.setTabOrder(before, after)
        self._scale_fonts()
        self._refresh_when_seen()
        if self._stale:  # read when first shown: until then, laid out as before a year is read
            self._update_buttons()
            self.banner.hide()

    # -- building ---------------------------------------------------------------------------------
    def _banner(self) -> QFrame:
        banner = QFrame()
        banner.setObjectName("banner")
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextFormat(Qt.TextFormat.RichText)
        self.open_button = QPushButton(self.tr("&Open the year's review…"))
        self.open_button.clicked.connect(self.open_year)
        self.check_button = QPushButton(self.tr("&Check…"))
        self.check_button.setToolTip(self.tr("List what is missing or breaks a rule"))
        self.check_button.clicked.connect(self.check_year)
        self.close_button = QPushButton(self.tr("C&lose the year…"))
        self.close_button.clicked.connect(self.close_year)
        self.review_date_button = QPushButton(self.tr("Review &date…"))
        self.review_date_button.clicked.connect(self.change_review_date)
        self.reopen_button = QPushButton(self.tr("&Reopen…"))
        self.reopen_button.clicked.connect(self.reopen_year)
        row = QHBoxLayout(banner)
        row.setContentsMargins(10, 8, 10, 8)
        row.addWidget(self.banner_text, 1)
        for button in (
            self.open_button,
            self.check_button,
            self.review_date_button,
            self.close_button,
            self.reopen_button,
        ):
            row.addWidget(button)
        return banner

    @staticmethod
    def _table(model: Any, wrap: bool = True) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(wrap)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(
            table.fontMetrics().lineSpacing() + ROW_PADDING
        )
        table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        return table

    def _summary_page(self) -> QWidget:
        self.report_model = ClassificationTableModel(self)
        self.report_table = self._table(self.report_model)
        self.report_table.activated.connect(self.open_cell)
        self.report_table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.organisation_model = OrganisationTableModel(self)
        self.organisation_table = self._table(self.organisation_model)
        self.organisation_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.commune_form = UnitEvaluationForm(self._evaluations, False, self._on_changes)
        organisations = QWidget()
        row = QHBoxLayout(organisations)
        row.addWidget(self.organisation_table, 1)
        row.addWidget(self.commune_form, 1)

        self.chart = ClassificationChart()

        self.history_model = HistoryTableModel(self)
        self.history_table = self._table(self.history_model)
        history = QWidget()
        column = QVBoxLayout(history)
        column.addWidget(self.history_table, 1)
        self.history_empty = hint("")
        column.addWidget(self.history_empty)

        self.award_model = AwardTableModel(self)
        self.award_table = self._table(self.award_model)
        self.award_hint = hint("")
        awards = QWidget()
        column = QVBoxLayout(awards)
        column.addWidget(self.award_hint)
        column.addWidget(self.award_table, 1)

        self.details = QTabWidget()
        # Scrolled on a low screen (large print) rather than pushing the summary out of sight.
        scrolled = QScrollArea()
        scrolled.setWidget(organisations)
        scrolled.setWidgetResizable(True)
        scrolled.setFrameShape(QFrame.Shape.NoFrame)
        self.details.addTab(scrolled, self.tr("Party organisations"))
        self.details.addTab(self.chart, self.tr("Chart"))
        self.details.addTab(history, self.tr("Earlier years"))
        self.details.addTab(awards, self.tr("Award candidates"))

        self.report_findings = coloured(QLabel(), PROBLEM_COLOUR)
        self.report_findings.setWordWrap(True)
        top = QWidget()
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.report_table, 1)
        column.addWidget(self.report_findings)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([380, 310])  # the summary first: its total row must show
        splitter.setChildrenCollapsible(False)
        self.summary_splitter = splitter
        splitter.installEventFilter(self)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        return page

    def _cell_page(self) -> QWidget:
        self.cell_summary = QLabel()
        self.cell_summary.setWordWrap(True)
        self.cap_line = QLabel()
        self.cap_line.setWordWrap(True)
        self.cell_findings = QLabel()
        self.cell_findings.setWordWrap(True)
        self.cell_findings.setTextFormat(Qt.TextFormat.RichText)
        self.annex_model = MemberAnnexTableModel(self)
        self.annex_table = self._table(self.annex_model)
        self.annex_table.activated.connect(self.edit_member)
        self.annex_table.selectionModel().selectionChanged.connect(self._member_chosen)
        self.member_line = QLabel()
        self.member_line.setWordWrap(True)
        self.member_line.setTextFormat(Qt.TextFormat.RichText)
        self.cell_form = UnitEvaluationForm(self._evaluations, True, self._on_changes)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.cell_summary)
        layout.addWidget(self.cap_line)
        layout.addWidget(self.annex_table, 1)
        layout.addWidget(self.member_line)
        below = QHBoxLayout()
        below.addWidget(self.cell_form, 2)
        below.addWidget(self.cell_findings, 1)
        layout.addLayout(below)
        return page

    def _export_menu(self, annex: bool) -> QMenu:
        menu = QMenu(self)
        suffixes = (".pdf", ".xlsx") if annex else (".pdf", ".xlsx", ".json")
        texts = {
            ".pdf": self.tr("PDF, to print…"),
            ".xlsx": self.tr("Excel…"),
            ".json": self.tr("Data file for the upper level (JSON)…"),
        }
        for suffix in suffixes:
            menu.addAction(texts[suffix], lambda s=suffix, a=annex: self.export(s, annex=a))
        return menu

    def _scale_fonts(self) -> None:
        super()._scale_fonts()
        # The banner says what to do next, as the what-to-do sentence does.
        self.banner_text.setFont(self.empty.font())
        self.open_button.setFont(self.empty.font())

    # -- what is shown ----------------------------------------------------------------------------
    def show_unit(self, unit: Unit | None) -> None:
        """A cell: its members. The commune, a unit above the cells, or nothing: the summary."""
        self._unit = unit
        self._opened_cell = None
        self._refresh_when_seen()

    def apply_changes(self, changes: Changes) -> None:
        if not (
            changes.evaluations
            or changes.member_ids
            or changes.unit_ids
            or changes.site
            or changes.register
            or changes.rule_profiles
        ):
            return
        if changes.unit_ids:
            self._reread_units()
        self._refresh_when_seen()

    def _refresh_when_seen(self) -> None:
        """Refresh now if the tab is on screen, else when it is next shown: in the window the
        roster's every edit reaches this tab too, and the report need not follow it unseen."""
        if self.parentWidget() is not None and not self.isVisible():
            self._stale = True
            return
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.summary_splitter and event.type() == QEvent.Type.Resize:
            self._fit_summary_height()  # a new height (window, banner): share it out again
        return super().eventFilter(watched, event)

    def shown_year(self) -> int:
        data = self.year.currentData()
        return int(data) if data is not None else self._today().year

    def _root(self) -> Unit | None:
        """The unit the summary reports on: the chosen one, else the top of the tree."""
        if self._unit is not None:
            return self._unit
        roots = [u for u in self._units.all() if u.parent_id is None]
        return roots[0] if roots else None

    @property
    def year_state(self) -> str:
        """ "none" (not opened, or no commune), "open" or "closed"."""
        if self._record is None:
            return "none"
        return "closed" if self._record.closed else "open"

    @property
    def editable(self) -> bool:
        """The commune's own year open here: at the upper level its records are read only."""
        return self.year_state == "open" and not self._upper

    def refresh(self) -> None:
        self._stale = False
        root = self._root()
        try:
            self._commune = self._evaluations.commune_of(root.id) if root else None
        except OperationRefused:
            self._commune = None  # a province above several communes: the summary only
        self._fill_years()
        year = self.shown_year()
        self._record = (
            self._evaluations.review_year(self._commune.id, year) if self._commune else None
        )
        self._show_banner(year)
        cell = self.shown_cell()
        if root is None:
            self.pages.hide()
            self._say_empty(self.tr("No Party organisation is set up yet."))
        elif cell is None:
            self._show_summary(root, year)
        else:
            self._show_cell(cell, year)
        self._update_buttons()

    def _fill_years(self) -> None:
        """The years offered: the last few and every year the commune opened, newest first,
        each with its state."""
        this_year = self._today().year
        wanted = self.shown_year() if self.year.count() else this_year
        years = set(range(this_year - YEARS_BACK, this_year + 1))
        states: dict[int, EvaluationYear] = {}
        if self._commune is not None:
            for y in range(this_year - 3 * YEARS_BACK, this_year + 2):
                record = self._evaluations.review_year(self._commune.id, y)
                if record is not None:
                    states[y] = record
                    years.add(y)
        shown = sorted(years, reverse=True)
        texts = []
        for y in shown:
            record = states.get(y)
            if record is None:
                texts.append(str(y))
            elif record.closed:
                texts.append(self.tr("{year} — closed").format(year=y))
            else:
                texts.append(self.tr("{year} — open").format(year=y))
        current = [self.year.itemText(i) for i in range(self.year.count())]
        if current == texts and self._shown_years == shown:
            return
        self.year.blockSignals(True)
        self.year.clear()
        for y, text in zip(shown, texts, strict=True):
            self.year.addItem(text, y)
        self.year.setCurrentIndex(max(self.year.findData(wanted), 0))
        self.year.blockSignals(False)
        self._shown_years = shown

    def _year_chosen(self) -> None:
        self.refresh()

    def _show_banner(self, year: int) -> None:
        state = self.year_state
        if self._commune is None:
            self.banner.hide()
            return
        self.banner.show()
        self.banner.setStyleSheet(_BANNER_STYLES[state])
        record = self._record
        if record is None and self._upper:
            text = self.tr("The commune has not sent its review of {year} yet.").format(year=year)
        elif record is None:
            text = self.tr(
                "The review of {year} has not been opened yet. Open the year to start "
                "entering results."
            ).format(year=year)
        elif record.closed:
            text = self.tr(
                "The review of {year} was <b>closed</b> on {date} by {name}: it can only be "
                "read. To correct it, reopen it."
            ).format(
                year=year, date=format_date(record.closed_on), name=html.escape(record.closed_by)
            )
        else:
            text = self.tr(
                "The review of {year} is <b>open</b> (review date {date}). Enter the results, "
                "then check and close the year."
            ).format(year=year, date=format_date(record.review_on))
        if record is not None and record.reopenings:
            last = record.reopenings[-1]
            text += "<br>" + html.escape(
                self.tr("Reopened on {date} by {name}: {reason}").format(
                    date=format_date(last.on), name=last.by, reason=last.reason
                )
            )
            self.banner_text.setToolTip(
                "\n".join(
                    self.tr("Reopened on {date} by {name}: {reason}").format(
                        date=format_date(r.on), name=r.by, reason=r.reason
                    )
                    for r in record.reopenings
                )
            )
        else:
            self.banner_text.setToolTip("")
        if self._upper:
            text += "<br>" + html.escape(
                self.tr(
                    "Read only here: the commune enters its results and sends them up. Record "
                    "the upper level's decision on the commune's level, or a cell's, in the form "
                    "beside the organisations."
                )
            )
        self.banner_text.setText(text)
        ours = not self._upper  # opening, closing and reopening are the commune's to do
        self.open_button.setVisible(ours and state == "none")
        for button in (self.check_button, self.close_button, self.review_date_button):
            button.setVisible(ours and state == "open")
        self.reopen_button.setVisible(ours and state == "closed")

    def _say_empty(self, text: str) -> None:
        self.empty.setText(text)
        self.empty.show()

    # -- the summary ------------------------------------------------------------------------------
    def _show_summary(self, root: Unit, year: int) -> None:
        chosen = self.selected_report_row()
        self.pages.setCurrentWidget(self.summary_page)
        self.pages.show()
        self._sheet = None
        report = self._evaluations.report(root.id, year)
        self._report = report
        rules = self._evaluations.rules(year)
        self.heading.setText(
            self.tr("{unit}: classification of {year}").format(unit=root.name, year=year)
        )
        self.report_model.set_report(report, rules.excellent_cap_percent_of_good)
        self._fit_report_columns()
        if not report.rows:
            self.pages.hide()
            self._say_empty(
                self.tr("No cells yet. Add a cell in the organisation tree on the left.")
            )
        else:
            self.empty.hide()  # a year not opened yet: the banner says what to do
        # Before the year is opened there are no levels: only the roll's figures are shown.
        # (The upper level may decide on a commune's level whatever the commune has sent.)
        self.details.setVisible(
            self._upper or not (self.year_state == "none" and self._commune is not None)
        )
        self.organisation_model.set_counts(report.organisations)
        self.organisation_table.resizeColumnsToContents()
        is_commune = self._commune is not None and root.id == self._commune.id
        self.commune_form.setVisible(is_commune)
        self.commune_form.set_unit(
            root if is_commune else None, year, report.unit_evaluation, self.editable
        )
        years = [*report.history, self._this_year(report)]
        self.chart.set_years(years)
        self.history_model.set_years(years, year)
        self.history_table.resizeColumnsToContents()
        self.history_empty.setText(
            self.tr("No earlier year is recorded yet.") if not report.history else ""
        )
        self.history_empty.setVisible(not report.history)
        self.award_model.set_candidates(list(report.award_candidates))
        self.award_table.resizeColumnsToContents()
        streak = rules.award_streak_years
        self.award_hint.setText(
            self.tr(
                "Members rated “{level}” in each of the last {years} years ({first}–{year}) "
                "earn a higher award."
            ).format(
                level=level_name(Level.EXCELLENT), years=streak, first=year - streak + 1, year=year
            )
            + (" " + self.tr("Nobody yet.") if not report.award_candidates else "")
        )
        self._show_report_findings(report)
        if chosen is not None:
            row = self.report_model.row_of(chosen)
            if row is not None:
                self.report_table.selectRow(row)

    @staticmethod
    def _this_year(report: ClassificationReport) -> YearLevels:
        own = report.unit_evaluation
        return YearLevels(
            report.year,
            report.total.by_level,
            (own.final_level or own.self_level) if own else None,
        )

    def _show_report_findings(self, report: ClassificationReport) -> None:
        """The commune-wide cap, in words, under the summary."""
        cap = report.total_cap
        self.report_findings.setText(self._cap_sentence(report.unit_name, cap))
        colour = KEPT_COLOUR if cap.kept else BROKEN_COLOUR
        palette = self.report_findings.palette()
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.report_findings.setPalette(palette)
        self.report_findings.setVisible(bool(report.rows) and (cap.excellent or cap.good) > 0)

    def _cap_sentence(self, name: str, cap: CapCheck) -> str:
        values = {
            "unit": name,
            "excellent": cap.excellent,
            "excellent_name": level_short(Level.EXCELLENT),
            "good": cap.good,
            "good_name": level_short(Level.GOOD),
            "ratio": CapText.text(cap),
            "allowed": cap.allowed,
            "cap": cap.cap_percent,
        }
        if cap.kept:
            text = self.tr(
                "{unit}: {excellent} {excellent_name} and {good} {good_name} ({ratio}): within "
                "the cap of {cap}% (at most {allowed})."
            )
        else:
            text = self.tr(
                "{unit}: {excellent} {excellent_name} and {good} {good_name} ({ratio}): over "
                "the cap of {cap}%, at most {allowed} are allowed; lower some levels."
            )
        text = text.format(**values)
        if cap.exception_decision:
            text += " " + self.tr("(* higher cap allowed by decision: {decision})").format(
                decision=cap.exception_decision
            )
        return text

    def _fit_report_columns(self) -> None:
        table = self.report_table
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.resizeColumnsToContents()
        unit = ClassificationTableModel.UNIT
        header.resizeSection(unit, min(header.sectionSize(unit), NAME_COLUMN_MAX))
        header.setStretchLastSection(True)
        # Every row has room for two lines (a count over its share), plus a little air.
        rows = table.verticalHeader()
        rows.setMinimumSectionSize(2 * table.fontMetrics().lineSpacing() + TWO_LINE_PADDING)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._fit_summary_height()

    def _fit_summary_height(self) -> None:
        """Give the summary the height of all its rows (the total row last) when the window has
        room, and the rest to the tables and the chart below it. Done when the number of rows
        or the height changes, so that a height the user dragged stays meanwhile."""
        rows = self.report_model.rowCount()
        total = self.summary_splitter.height()
        if (rows, total) == self._fitted or not self.summary_splitter.isVisible():
            return  # unchanged, or not laid out yet (done when shown)
        self._fitted = (rows, total)
        table = self.report_table
        table.resizeRowsToContents()
        needed = (
            table.horizontalHeader().height()
            + sum(table.rowHeight(r) for r in range(rows))
            + 2 * table.frameWidth()
            + (
                table.horizontalScrollBar().height()
                if table.horizontalScrollBar().isVisible()
                else 0
            )
            + self.report_findings.sizeHint().height()
            + 8
        )
        room = total - self.summary_splitter.handleWidth()
        # The details keep at least what they need (their pages scroll on a low screen), the
        # summary has the rest up to all its rows, and never less than a third.
        details = max(DETAILS_MIN_HEIGHT, self.details.minimumSizeHint().height())
        top = max(room // 3, min(needed, room - details))
        self.summary_splitter.setSizes([top, room - top])

    def selected_report_row(self) -> UUID | None:
        rows = self.report_table.selectionModel().selectedRows()
        if not rows or not self.report_table.isVisibleTo(self):
            return None
        found = self.report_model.row_at(rows[0].row())
        return found.unit_id if found else None

    # -- a cell -----------------------------------------------------------------------------------
    def _show_cell(self, cell: Unit, year: int) -> None:
        chosen = self.selected_member()
        self.pages.setCurrentWidget(self.cell_page)
        self.pages.show()
        self._report = None
        sheet = self._evaluations.cell_sheet(cell.id, year)
        self._sheet = sheet
        rules = sheet.rules
        self.heading.setText(
            self.tr("{cell}: evaluation of {year}").format(cell=cell.name, year=year)
        )
        self.annex_model.set_rows(
            list(sheet.rows),
            rules.review_min_months_since_admission,
            rules.general_group_points,
            rules.task_points,
        )
        for column in MemberAnnexTableModel.SCORE_COLUMNS:
            self.annex_table.setColumnHidden(column, rules.score_bands is None)
        self._fit_annex_columns()
        counts = sheet.counts
        self.cell_summary.setText(
            self.tr(
                "{total} members on the roll on {date}: {required} to be reviewed, {reviewed} "
                "with a final level. Not reviewed: {exempt} exempt, {suspended} suspended, "
                "{new} admitted less than {months} months before."
            ).format(
                total=counts.total,
                date=format_date(sheet.review_on),
                required=counts.required,
                reviewed=counts.reviewed,
                exempt=counts.exempt,
                suspended=counts.suspended,
                new=counts.new_under_6_months,
                months=rules.review_min_months_since_admission,
            )
            + (
                " "
                + self.tr("The cell was rated “{level}” {years} years running.").format(
                    level=level_short(Level.EXCELLENT), years=sheet.streak
                )
                if sheet.streak > 1
                else ""
            )
        )
        cap = sheet.cap
        self.cap_line.setText(self._cap_sentence(cell.name, cap))
        self.cap_line.setVisible(cap.excellent + cap.good > 0)
        palette = self.cap_line.palette()
        palette.setColor(QPalette.ColorRole.WindowText, KEPT_COLOUR if cap.kept else BROKEN_COLOUR)
        self.cap_line.setPalette(palette)
        self.cell_form.set_unit(cell, year, sheet.unit_evaluation, self.editable)
        self._show_cell_findings(sheet)
        if not sheet.rows:
            self.annex_table.hide()
            self._say_empty(
                self.tr("{cell} had no members on the roll on {date}.").format(
                    cell=cell.name, date=format_date(sheet.review_on)
                )
            )
        else:
            self.annex_table.show()
            self.empty.hide()  # a year not opened yet: the banner says what to do
        row = self.annex_model.row_of(chosen.member.id) if chosen else None
        if row is None and sheet.rows:
            row = 0
        if row is not None:
            self.annex_table.selectRow(row)
        self._member_chosen()

    def _show_cell_findings(self, sheet: CellSheet) -> None:
        parts = []
        for finding in sorted(sheet.findings, key=lambda f: f.severity is not Severity.BLOCKING):
            colour = BLOCKING_COLOUR if finding.severity is Severity.BLOCKING else WARNING_COLOUR
            sentence = describe_evaluation_finding(finding, sheet.rules)
            parts.append(f'<span style="color:{colour}">⚠ {html.escape(sentence)}</span>')
        self.cell_findings.setText("<br>".join(parts))
        self.cell_findings.setVisible(bool(parts) and self.year_state != "none")

    def _fit_annex_columns(self) -> None:
        table = self.annex_table
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.resizeColumnsToContents()
        name = MemberAnnexTableModel.NAME
        header.resizeSection(name, min(header.sectionSize(name), NAME_COLUMN_MAX))
        # The remarks take the room left (and wrap), never pushing a scroll bar.
        header.setSectionResizeMode(MemberAnnexTableModel.REMARKS, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setDefaultSectionSize(
            table.fontMetrics().lineSpacing() + ROW_PADDING
        )

    def selected_member(self) -> MemberSheetRow | None:
        rows = self.annex_table.selectionModel().selectedRows()
        if not rows or self._sheet is None:
            return None
        return self.annex_model.row_at(rows[0].row())

    def _member_chosen(self) -> None:
        row = self.selected_member()
        self._update_buttons()
        if row is None or self._sheet is None:
            self.member_line.hide()
            return
        rules = self._sheet.rules
        name = html.escape(row.member.full_name)
        if row.not_reviewed is not None:
            sentence = not_reviewed_sentence(
                row.not_reviewed, row.not_reviewed_since, rules.review_min_months_since_admission
            )
            text = (
                f'<b>{name}</b> — <span style="color:{HINT_COLOUR.name()}">'
                + html.escape(sentence)
                + "</span>"
            )
        elif row.findings and self.year_state != "none":
            ordered = sorted(row.findings, key=lambda f: f.severity is not Severity.BLOCKING)
            first = ordered[0]
            colour = BLOCKING_COLOUR if first.severity is Severity.BLOCKING else WARNING_COLOUR
            text = (
                f'<span style="color:{colour}">⚠ '
                + html.escape(describe_evaluation_finding(first, rules))
                + "</span>"
            )
            if len(ordered) > 1:
                text += " " + html.escape(
                    self.tr("(and %n more: open the member to see them)", "", len(ordered) - 1)
                )
        else:
            evaluation = row.evaluation
            final = evaluation.final_level if evaluation else None
            text = f"<b>{name}</b> — " + html.escape(
                self.tr("Final level: {level}").format(level=level_name(final))
                if final
                else self.tr("No final level yet.")
            )
        self.member_line.setText(text)
        self.member_line.show()

    def _next_row(self, member_id: UUID) -> MemberSheetRow | None:
        """The next member of the shown cell who is reviewed, as the sheet now says."""
        cell = self.shown_cell()
        if cell is None:
            return None
        rows = list(self._evaluations.cell_sheet(cell.id, self.shown_year()).rows)
        index = next((i for i, r in enumerate(rows) if r.member.id == member_id), None)
        if index is None:
            return None
        return next((r for r in rows[index + 1 :] if r.reviewed_here), None)

    # -- buttons ----------------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        in_cell = self.shown_cell() is not None
        self.back_button.setVisible(self._opened_cell is not None)
        self.open_cell_button.setVisible(not in_cell)
        self.open_cell_button.setEnabled(self.selected_report_row() is not None)
        self.edit_button.setVisible(in_cell)
        row = self.selected_member() if in_cell else None
        can_open = row is not None and (row.reviewed_here or row.evaluation is not None)
        self.edit_button.setEnabled(can_open and self.year_state != "none")
        self.edit_button.setText(
            self.tr("&Enter the member's results…")
            if self.editable
            else self.tr("&See the member's results…")
        )
        self.export_report_button.setVisible(not in_cell)
        self.export_annex_button.setVisible(in_cell)
        has_rows = bool(self._report and self._report.rows) or bool(
            self._sheet and self._sheet.rows
        )
        for button in (self.export_report_button, self.export_annex_button):
            button.setEnabled(self._exports is not None and has_rows)
        self.import_button.setVisible(self._import_results is not None)
        self.import_button.setEnabled(self.editable)

    # -- actions ----------------------------------------------------------------------------------
    def open_cell(self) -> None:
        chosen = self.selected_report_row()
        if chosen is None:
            return
        cell = self._units.get(chosen)
        if cell is None:
            return
        if cell.is_cell:
            self._opened_cell = cell
        else:
            self._unit = cell  # a commune in a province's summary
        self.refresh()
        self.annex_table.setFocus()

    def back_to_summary(self) -> None:
        opened = self._opened_cell
        self._opened_cell = None
        self.refresh()
        row = self.report_model.row_of(opened.id) if opened else None
        if row is not None:
            self.report_table.selectRow(row)
        self.report_table.setFocus()

    def _decided(self, changes: Changes) -> None:
        self._on_changes(changes)

    def open_year(self) -> None:
        if self._commune is None:
            return
        dialog = OpenYearDialog(
            self._evaluations, self._commune.id, self._commune.name, self.shown_year(), None, self
        )
        if dialog.exec():
            self._decided(dialog.changes)

    def change_review_date(self) -> None:
        if self._commune is None or self._record is None:
            return
        dialog = OpenYearDialog(
            self._evaluations,
            self._commune.id,
            self._commune.name,
            self.shown_year(),
            self._record,
            self,
        )
        if dialog.exec():
            self._decided(dialog.changes)

    def check_year(self, closing: bool = False) -> CheckDialog | None:
        if self._commune is None:
            return None
        year = self.shown_year()
        findings = self._evaluations.check_year(self._commune.id, year)
        return self._show_check(findings, year, closing)

    def _show_check(self, findings: list[Finding], year: int, closing: bool) -> CheckDialog:
        dialog = CheckDialog(
            findings,
            self._evaluations.rules(year),
            year,
            self._evaluations.profile(year).title,
            closing=closing,
            parent=self,
        )
        dialog.finding_chosen.connect(self.go_to_finding)
        self._last_check = dialog
        dialog.exec()
        return dialog

    def close_year(self) -> None:
        if self._commune is None or self._record is None:
            return
        year = self.shown_year()
        findings = self._evaluations.check_year(self._commune.id, year)
        if any(f.severity is Severity.BLOCKING for f in findings):
            self._show_check(findings, year, closing=True)
            return
        dialog = CloseYearDialog(
            self._evaluations, self._commune.id, year, len(findings), parent=self
        )
        if dialog.exec():
            self._decided(dialog.changes)

    def reopen_year(self) -> None:
        if self._commune is None or self._record is None or not self._record.closed:
            return
        dialog = ReopenYearDialog(self._evaluations, self._commune.id, self._record, self)
        if dialog.exec():
            self._decided(dialog.changes)

    def go_to_finding(self, finding: Finding) -> None:
        """Show the member or the organisation a finding of the check list is about."""
        unit_name = finding.params.get("unit", "")
        cells = self._cells_in_scope()
        cell = next((c for c in cells if c.name == unit_name), None)
        if cell is None:
            self._opened_cell = None
            if self._unit is not None and self._unit.is_cell:
                self._unit = self._commune
            self.refresh()
            self.details.setCurrentIndex(0)
            self.commune_form.self_level.setFocus()
            return
        if self.shown_cell() is None or self.shown_cell().id != cell.id:  # type: ignore[union-attr]
            self._opened_cell = cell
            self.refresh()
        name = finding.params.get("name")
        if name and finding.code.startswith("member_"):
            row = next(
                (
                    i
                    for i in range(self.annex_model.rowCount())
                    if self.annex_model.row_at(i).member.full_name == name
                    and any(f.code == finding.code for f in self.annex_model.row_at(i).findings)
                ),
                None,
            )
            if row is not None:
                self.annex_table.selectRow(row)
                self.annex_table.scrollTo(self.annex_model.index(row, 0))
                self.annex_table.setFocus()
                return
        self.cell_form.self_level.setFocus()

    def _cells_in_scope(self) -> list[Unit]:
        if self._commune is None:
            return []
        scope = self._units.subtree_ids(self._commune.id)
        return [u for u in self._units.all() if u.is_cell and u.id in scope]

    def edit_member(self) -> MemberEvaluationDialog | None:
        row = self.selected_member()
        cell = self.shown_cell()
        if row is None or cell is None or self._sheet is None or self.year_state == "none":
            return None
        if not row.reviewed_here and row.evaluation is None:
            return None
        dialog = MemberEvaluationDialog(
            self._evaluations,
            row,
            cell.id,
            cell.name,
            self.shown_year(),
            self._sheet.profile,
            self._on_changes,
            next_row=self._next_row,
            read_only=not self.editable,
            parent=self,
        )
        self._last_dialog = dialog
        dialog.exec()
        last = dialog.row.member.id
        index = self.annex_model.row_of(last)
        if index is not None:
            self.annex_table.selectRow(index)
        return dialog

    def import_results(self) -> None:
        if self._import_results is None or not self.editable:
            return
        changes = self._import_results(self, self.shown_year())
        if changes is not None and not changes.empty:
            self._on_changes(changes)

    # -- exporting --------------------------------------------------------------------------------
    def export(self, suffix: str, annex: bool) -> Path | None:
        exports = self._exports
        year = self.shown_year()
        if exports is None:
            return None
        if annex:
            cell = self.shown_cell()
            if cell is None:
                return None
            title = self.tr("Export the annex")
            name = self.tr("Classification annex {year} - {unit}").format(year=year, unit=cell.name)
        else:
            root = self._root()
            if root is None:
                return None
            title = self.tr("Export the report")
            name = self.tr("Classification report {year} - {unit}").format(
                year=year, unit=root.name
            )
        destination = ask_file(self, title, name, suffix, _tr(_FILTERS[suffix]))
        if destination is None:
            return None
        try:
            if annex:
                written = exports.write_annex(cell.id, year, destination)  # type: ignore[union-attr]
            else:
                written = exports.write(root.id, year, destination, annexes=True)  # type: ignore[union-attr]
        except Exception as error:  # every failure is said in words
            inform(self, title, describe_export_error(error), warning=True)
            return None
        path = written if isinstance(written, Path) else destination
        offer_to_open(self, title, path)
        return path
