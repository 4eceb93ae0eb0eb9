"""One member's review of the year: the self-assessment (form, scores), the facts the rules look
at, the comments written by others, the cell's proposal and the committee's final level.

Beside the form, always visible, the rule panel says in plain sentences what the profile of the
year finds wrong with what is on the screen, before anything is saved. "Save and next" goes on
to the next member of the cell, the way a clerk copies a pile of forms.
"""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Callable
from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from chibo_desktop.domain.dates import format_date
from chibo_desktop.domain.entities import Changes, Distinction
from chibo_desktop.domain.evaluation import LEVELS, FormType, Leave, MemberEvaluation
from chibo_desktop.domain.evaluation_rules import MemberFacts, band_level, check_member
from chibo_desktop.domain.findings import Finding, Severity
from chibo_desktop.domain.rules import Level, RuleProfile
from chibo_desktop.services.errors import OperationRefused, ValidationFailed
from chibo_desktop.services.evaluations import EvaluationService, MemberSheetRow
from chibo_desktop.ui.evaluation_texts import (
    band_ranges,
    describe_evaluation_finding,
    form_name,
    leave_name,
    level_name,
    not_reviewed_sentence,
)
from chibo_desktop.ui.messages import DISCIPLINE_LEVELS, describe_error
from chibo_desktop.ui.messages import tr as messages_tr
from chibo_desktop.ui.screen_fit import fit_to_screen
from chibo_desktop.ui.widgets.findings_panel import (
    BLOCKING_COLOUR,
    FINE_COLOUR,
    FindingsPanel,
)
from chibo_desktop.ui.widgets.readable import PROBLEM_COLOUR, coloured, hint, make_readable

_RULE_PANEL_WIDTH = 340
_PREFERRED_SIZE = (1180, 740)
_NO_VALUE = -1  # a spin box at -1 shows "—": nothing entered


def _spin(maximum: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(_NO_VALUE, maximum)
    spin.setSpecialValueText("—")
    spin.setValue(_NO_VALUE)
    spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance("000") + 60)
    return spin


def _value(spin: QSpinBox) -> int | None:
    return None if spin.value() == _NO_VALUE else spin.value()


def _text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


def narrow_combo() -> QComboBox:
    """A combo box that may be narrower than its longest choice (the list still shows it
    whole), so that a form fits a small screen without scrolling sideways."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(14)
    return combo


class _ClickableLabel(QLabel):
    clicked = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit()
        super().mousePressEvent(event)


class CheckLine(QWidget):
    """A check box whose words wrap (a QCheckBox's own text never does); clicking the words
    ticks it too."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox()
        self.box.setAccessibleName(text)
        self.label = _ClickableLabel(text)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.label.clicked.connect(self.box.toggle)
        # As high as one line of the words: the box then sits level with their first line.
        self.box.setFixedHeight(self.label.fontMetrics().lineSpacing() + 2)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)
        self.setFocusProxy(self.box)
        self.toggled = self.box.toggled

    def isChecked(self) -> bool:
        return self.box.isChecked()

    def setChecked(self, checked: bool) -> None:
        self.box.setChecked(checked)


def level_combo(blank: str) -> QComboBox:
    """The four levels by their full names, after a blank choice."""
    combo = narrow_combo()
    combo.addItem(blank, "")
    for level in LEVELS:
        combo.addItem(level_name(level), level.value)
    return combo


def combo_level(combo: QComboBox) -> Level | None:
    data = combo.currentData()
    return Level(data) if data else None


def set_combo_level(combo: QComboBox, level: Level | None) -> None:
    combo.setCurrentIndex(max(combo.findData(level.value if level else ""), 0))


class MemberEvaluationDialog(QDialog):
    def __init__(
        self,
        evaluations: EvaluationService,
        row: MemberSheetRow,
        cell_id: UUID,
        cell_name: str,
        year: int,
        profile: RuleProfile,
        on_changes: Callable[[Changes], None],
        next_row: Callable[[UUID], MemberSheetRow | None] | None = None,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        make_readable(self)
        self._evaluations = evaluations
        self._cell_id = cell_id
        self._cell_name = cell_name
        self._year = year
        self._profile = profile
        self._rules = evaluations.rules(year)
        self._on_changes = on_changes
        self._next_row = next_row
        self._read_only = read_only
        self._loading = False
        self.saved = 0  # evaluations saved while the dialog was open
        self.row = row
        self._base = row.evaluation

        self.heading = QLabel()
        heading_font = QFont(self.font())
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.2)
        self.heading.setFont(heading_font)
        self.heading.setWordWrap(True)
        self.about = hint("")
        self.not_reviewed = coloured(QLabel(), PROBLEM_COLOUR)
        self.not_reviewed.setWordWrap(True)
        self.not_reviewed.setFont(self._bold())

        form_holder = QWidget()
        column = QVBoxLayout(form_holder)
        column.addWidget(self._self_assessment_group())
        column.addWidget(self._facts_group())
        column.addWidget(self._comments_group())
        column.addWidget(self._discipline_group())
        column.addWidget(self._decision_group())
        column.addStretch(1)
        area = QScrollArea()
        area.setWidget(form_holder)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        body = QHBoxLayout()
        body.addWidget(area, 1)
        self.findings = FindingsPanel(280, _RULE_PANEL_WIDTH + 80)
        self.findings.set_profile(self._profile.title)
        body.addWidget(self.findings)

        self.problems = coloured(QLabel(), PROBLEM_COLOUR)
        self.problems.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.save_next_button = buttons.addButton(
            self.tr("Save and &next member"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.close_button = buttons.addButton(
            self.tr("&Close") if read_only else self.tr("Cancel"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        self.save_button.clicked.connect(lambda: self.save(go_next=False))
        self.save_next_button.clicked.connect(lambda: self.save(go_next=True))
        buttons.rejected.connect(self.reject)
        for button in (self.save_button, self.save_next_button):
            button.setVisible(not read_only)
        self.save_next_button.setVisible(not read_only and next_row is not None)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.about)
        layout.addWidget(self.not_reviewed)
        layout.addLayout(body, 1)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        fit_to_screen(self, *_PREFERRED_SIZE)
        self._connect_changes()
        self.load(row)

    @staticmethod
    def _bold() -> QFont:
        font = QFont()
        font.setBold(True)
        return font

    # -- the form ---------------------------------------------------------------------------------
    def _self_assessment_group(self) -> QGroupBox:
        rules = self._rules
        group = QGroupBox(self.tr("Self-assessment"))
        form = QFormLayout(group)
        self.form_type = narrow_combo()
        for form_type in FormType:
            self.form_type.addItem(form_name(form_type), form_type.value)
        self.general_score = _spin(rules.general_group_points or 0)
        self.task_score = _spin(rules.task_points or 0)
        self.total = QLabel()
        self.total.setWordWrap(True)
        self.total.setFont(self._bold())
        self.self_level = level_combo(self.tr("— not assessed yet —"))
        form.addRow(self.tr("&Form"), self.form_type)
        self._scored = rules.score_bands is not None
        if self._scored:
            form.addRow(
                self.tr("&General criteria (0–{points})").format(points=rules.general_group_points),
                self.general_score,
            )
            form.addRow(
                self.tr("Results of &tasks (0–{points})").format(points=rules.task_points),
                self.task_score,
            )
            form.addRow(self.tr("Total"), self.total)
            bands = ", ".join(
                self.tr("{level} {low}–{high}").format(level=level_name(lv), low=lo, high=hi)
                for lv, lo, hi in band_ranges(rules)
            )
            form.addRow("", hint(self.tr("Points: {bands}.").format(bands=bands)))
        else:
            form.addRow(
                "",
                hint(
                    self.tr(
                        "The rules of {year} ({profile}) have no 100-point scale: "
                        "only the levels are recorded."
                    ).format(year=self._year, profile=self._profile.title)
                ),
            )
        form.addRow(self.tr("Self-assessed &level"), self.self_level)
        return group

    def _facts_group(self) -> QGroupBox:
        rules = self._rules
        group = QGroupBox(self.tr("Tasks of the year and conditions"))
        form = QFormLayout(group)
        self.tasks_late = _spin(100)
        self.tasks_above = _spin(100)
        self.tasks_undone = _spin(100)
        for spin in (self.tasks_late, self.tasks_above, self.tasks_undone):
            spin.setSuffix(" %")
        self.shortcomings_remedied = CheckLine(self.tr("Last year's shortcomings were remedied"))
        self.degradation = CheckLine(
            self.tr("A competent body concluded ideological, ethical or lifestyle degradation")
        )
        self.forbidden = CheckLine(self.tr("Violated what Party members must not do"))
        self.leave = narrow_combo()
        for leave in Leave:
            self.leave.addItem(leave_name(leave), leave.value)
        if rules.completed_max_tasks_late_percent is not None:
            form.addRow(self.tr("Tasks &behind schedule"), self.tasks_late)
        if rules.excellent_min_tasks_above_requirement_percent is not None:
            form.addRow(self.tr("Tasks done &above the requirement"), self.tasks_above)
        form.addRow(self.tr("Tasks &not done"), self.tasks_undone)
        form.addRow("", self.shortcomings_remedied)
        form.addRow("", self.degradation)
        form.addRow("", self.forbidden)
        form.addRow(self.tr("Long &leave"), self.leave)
        form.addRow(
            "",
            hint(self.tr("A member on long leave is classified on the work actually done.")),
        )
        return group

    def _comments_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Comments from elsewhere"))
        form = QFormLayout(group)
        self.residence_comment = _text_box(2)
        self.residence_source = hint("")
        self.host_comment = _text_box(2)
        self.host_label = QLabel(self.tr("Comment of the &host cell"))
        self.host_label.setBuddy(self.host_comment)
        self.host_label.setWordWrap(True)
        form.addRow(self.tr("Comment of the residence &area (213)"), self.residence_comment)
        form.addRow("", self.residence_source)
        form.addRow(self.host_label, self.host_comment)
        self._comments_form = form
        return group

    def _discipline_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Awards and discipline in the year"))
        form = QFormLayout(group)
        self.awards = QLabel()
        self.awards.setWordWrap(True)
        self.disciplines = coloured(QLabel(), PROBLEM_COLOUR)
        self.disciplines.setWordWrap(True)
        self.discipline_decision = _text_box(2)
        self.discipline_decision.setPlaceholderText(
            self.tr("e.g. The committee keeps the level: the discipline was not about duties")
        )
        form.addRow(self.tr("Awards"), self.awards)
        form.addRow(self.tr("Disciplines"), self.disciplines)
        form.addRow(self.tr("&Decision on the discipline"), self.discipline_decision)
        self._discipline_form = form
        return group

    def _decision_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("The cell's proposal and the committee's decision"))
        form = QFormLayout(group)
        self.proposed_level = level_combo(self.tr("— not proposed yet —"))
        self.final_level = level_combo(self.tr("— not decided yet —"))
        self.notes = _text_box(2)
        form.addRow(self.tr("Level the cell &proposes"), self.proposed_level)
        form.addRow(self.tr("&Final level (committee)"), self.final_level)
        form.addRow(self.tr("N&otes"), self.notes)
        return group

    def _connect_changes(self) -> None:
        for spin in (
            self.general_score,
            self.task_score,
            self.tasks_late,
            self.tasks_above,
            self.tasks_undone,
        ):
            spin.valueChanged.connect(self._edited)
        for combo in (
            self.form_type,
            self.self_level,
            self.proposed_level,
            self.final_level,
            self.leave,
        ):
            combo.currentIndexChanged.connect(self._edited)
        for box in (self.shortcomings_remedied, self.degradation, self.forbidden):
            box.toggled.connect(self._edited)
        self.discipline_decision.textChanged.connect(self._edited)

    # -- showing a member -------------------------------------------------------------------------
    def load(self, row: MemberSheetRow) -> None:
        self._loading = True
        self.row = row
        self._base = row.evaluation
        member = row.member
        self.setWindowTitle(
            self.tr("Evaluation {year}: {name}").format(year=self._year, name=member.full_name)
        )
        self.heading.setText(member.full_name)
        born = member.birth_date.year if member.birth_date else "—"
        self.about.setText(
            self.tr("Born {born}; {cell}; review of {year}.").format(
                born=born, cell=self._cell_name, year=self._year
            )
        )
        months = self._rules.review_min_months_since_admission
        if row.not_reviewed is not None:
            self.not_reviewed.setText(
                not_reviewed_sentence(row.not_reviewed, row.not_reviewed_since, months)
            )
        self.not_reviewed.setVisible(row.not_reviewed is not None)
        evaluation = row.evaluation
        form = evaluation.form if evaluation else row.suggested_form
        self.form_type.setCurrentIndex(max(self.form_type.findData(form.value), 0))
        self._set_spin(self.general_score, evaluation.general_score if evaluation else None)
        self._set_spin(self.task_score, evaluation.task_score if evaluation else None)
        self._set_spin(self.tasks_late, evaluation.tasks_late_percent if evaluation else None)
        self._set_spin(self.tasks_above, evaluation.tasks_above_percent if evaluation else None)
        self._set_spin(self.tasks_undone, evaluation.tasks_undone_percent if evaluation else None)
        set_combo_level(self.self_level, evaluation.self_level if evaluation else None)
        set_combo_level(self.proposed_level, evaluation.proposed_level if evaluation else None)
        set_combo_level(self.final_level, evaluation.final_level if evaluation else None)
        self.shortcomings_remedied.setChecked(
            evaluation.shortcomings_remedied if evaluation else True
        )
        self.degradation.setChecked(evaluation.degradation_concluded if evaluation else False)
        self.forbidden.setChecked(evaluation.forbidden_violation if evaluation else False)
        leave = evaluation.leave if evaluation else Leave.NONE
        self.leave.setCurrentIndex(max(self.leave.findData(leave.value), 0))
        residence = evaluation.residence_comment if evaluation else ""
        self.residence_comment.setPlainText(residence or row.comment_213)
        self.residence_source.setText(
            self.tr("Copied from the commune's 213 list; check it before saving.")
            if row.comment_213 and not residence
            else ""
        )
        self._comments_form.setRowVisible(self.residence_source, bool(self.residence_source.text()))
        self.host_comment.setPlainText(evaluation.host_comment if evaluation else "")
        if row.elsewhere:
            self.host_label.setText(
                self.tr("Comment of the &host organisation ({organisation})").format(
                    organisation=row.elsewhere
                )
            )
        # Shown for a member temporarily elsewhere, or when a comment was already written.
        self._comments_form.setRowVisible(
            self.host_comment, bool(row.elsewhere) or bool(self.host_comment.toPlainText())
        )
        self.awards.setText(self._distinctions(row.awards) or self.tr("None recorded"))
        self.disciplines.setText(self._distinctions(row.disciplines))
        has_discipline = bool(row.disciplines) or bool(
            evaluation and evaluation.discipline_decision
        )
        self._discipline_form.setRowVisible(self.disciplines, bool(row.disciplines))
        self._discipline_form.setRowVisible(self.discipline_decision, has_discipline)
        self.discipline_decision.setPlainText(evaluation.discipline_decision if evaluation else "")
        self.notes.setPlainText(evaluation.notes if evaluation else "")
        self.problems.clear()
        editable = not self._read_only
        for widget in self._inputs():
            widget.setEnabled(editable)
        self._loading = False
        self._edited()

    @staticmethod
    def _set_spin(spin: QSpinBox, value: int | None) -> None:
        spin.setValue(_NO_VALUE if value is None else value)

    def _inputs(self) -> list[QWidget]:
        return [
            self.form_type,
            self.general_score,
            self.task_score,
            self.self_level,
            self.tasks_late,
            self.tasks_above,
            self.tasks_undone,
            self.shortcomings_remedied,
            self.degradation,
            self.forbidden,
            self.leave,
            self.residence_comment,
            self.host_comment,
            self.discipline_decision,
            self.proposed_level,
            self.final_level,
            self.notes,
        ]

    def _distinctions(self, distinctions: tuple[Distinction, ...]) -> str:
        lines = []
        for d in sorted(distinctions, key=lambda d: d.decided_on):
            what = d.title
            if d.discipline is not None:
                level = messages_tr(DISCIPLINE_LEVELS[d.discipline])
                what = f"{level}: {d.title}" if d.title else level
            number = self.tr(", decision {number}").format(number=d.decision_number)
            lines.append(
                self.tr("{date}: {what}{number}").format(
                    date=format_date(d.decided_on),
                    what=what,
                    number=number if d.decision_number else "",
                )
            )
        return "\n".join(lines)

    # -- live figures and rules -------------------------------------------------------------------
    def draft(self) -> MemberEvaluation:
        """What is on the screen, as the evaluation it would save."""
        base = self._base or self._evaluations.new_member_evaluation(
            self.row, self._cell_id, self._year
        )
        return dataclasses.replace(
            base,
            form=FormType(self.form_type.currentData()),
            general_score=_value(self.general_score) if self._scored else base.general_score,
            task_score=_value(self.task_score) if self._scored else base.task_score,
            self_level=combo_level(self.self_level),
            proposed_level=combo_level(self.proposed_level),
            final_level=combo_level(self.final_level),
            tasks_late_percent=_value(self.tasks_late),
            tasks_above_percent=_value(self.tasks_above),
            tasks_undone_percent=_value(self.tasks_undone),
            shortcomings_remedied=self.shortcomings_remedied.isChecked(),
            degradation_concluded=self.degradation.isChecked(),
            forbidden_violation=self.forbidden.isChecked(),
            leave=Leave(self.leave.currentData()),
            residence_comment=self.residence_comment.toPlainText(),
            host_comment=self.host_comment.toPlainText(),
            discipline_decision=self.discipline_decision.toPlainText(),
            notes=self.notes.toPlainText(),
        )

    def _edited(self) -> None:
        if self._loading:
            return
        self._show_total()
        draft = self.draft()
        member = self.row.member
        facts = MemberFacts(
            member.id, member.full_name, self.row.not_reviewed, self.row.disciplines
        )
        self.show_findings(check_member(draft, facts, self._rules))

    def _show_total(self) -> None:
        if not self._scored:
            return
        general, task = _value(self.general_score), _value(self.task_score)
        if general is None or task is None:
            self.total.setText(self.tr("— (enter both scores)"))
            return
        total = general + task
        band = band_level(total, self._rules)
        ranges = {level: (low, high) for level, low, high in band_ranges(self._rules)}
        low, high = ranges.get(band, (0, 0)) if band else (0, 0)
        self.total.setText(
            self.tr("{total} points: “{band}” ({low}–{high} points)").format(
                total=total, band=level_name(band), low=low, high=high
            )
        )

    def show_findings(self, findings: list[Finding]) -> None:
        blocking = sum(f.severity is Severity.BLOCKING for f in findings)
        if self.row.not_reviewed is not None and not findings:
            summary, colour = self.tr("Not reviewed this year: nothing to enter."), FINE_COLOUR
        elif blocking:
            summary = self.tr("To correct before the year is closed: {count}.").format(
                count=blocking
            )
            colour = BLOCKING_COLOUR
        elif findings:
            summary = self.tr("Nothing to correct; notes: {count}.").format(count=len(findings))
            colour = FINE_COLOUR
        else:
            summary, colour = self.tr("Nothing to correct."), FINE_COLOUR
        self.findings.show_findings(
            summary,
            colour,
            findings,
            lambda finding: html.escape(describe_evaluation_finding(finding, self._rules)),
        )

    # -- saving -----------------------------------------------------------------------------------
    def save(self, go_next: bool = False) -> bool:
        """Save what is on the screen; then the next member, or close. False when refused."""
        if self._read_only:
            return False
        draft = self.draft()
        try:
            unchanged = draft == self._base
            changes = Changes() if unchanged else self._evaluations.save_member(draft)
        except (ValidationFailed, OperationRefused) as error:
            self.problems.setText(describe_error(error))
            return False
        if not changes.empty:
            self.saved += 1
            self._on_changes(changes)
        following = self._next_row(self.row.member.id) if go_next and self._next_row else None
        if following is None:
            self.accept()
        else:
            self.load(following)
        return True
