"""The small forms of a member's page: one Party post, award or discipline, badge or status change.

Each form saves through the records service as soon as it is confirmed (one undoable command) and
keeps the ``Changes`` for the page; problems are listed in Vietnamese and the form stays open.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from chibo_desktop.domain.badges import BadgeDue, next_badge
from chibo_desktop.domain.dates import age_on, format_date
from chibo_desktop.domain.entities import (
    Badge,
    Changes,
    Distinction,
    Member,
    PartyPost,
    StatusChange,
    Unit,
    new_id,
)
from chibo_desktop.domain.enums import DisciplineLevel, DistinctionKind, MemberStatus, PostKind
from chibo_desktop.domain.validation import BADGE_YEARS, Problem, validate_record
from chibo_desktop.services.errors import OperationRefused, ValidationFailed
from chibo_desktop.services.member_records import MemberRecordService
from chibo_desktop.ui.messages import (
    BADGE_NAME,
    DISCIPLINE_LEVELS,
    POST_KINDS,
    STATUS_CHOICES,
    STATUSES,
    describe_problem,
    describe_refusal,
    label,
    tr,
)
from chibo_desktop.ui.widgets.date_field import DateField, read_dates
from chibo_desktop.ui.widgets.readable import PROBLEM_COLOUR, coloured, hint, make_readable

ERROR_STYLE = "border: 1px solid #c0392b;"


def mark_problems(
    fields: Mapping[str, QWidget], label: QLabel, problems: list[Problem]
) -> QWidget | None:
    """Outline the fields that have problems, list the problems in Vietnamese in ``label``, and
    return the first field with a problem (to bring it into view)."""
    for widget in fields.values():
        widget.setStyleSheet("")
    for problem in problems:
        widget = fields.get(problem.field)
        if widget is not None:
            widget.setStyleSheet(ERROR_STYLE)
    label.setText("\n".join("• " + describe_problem(p) for p in problems))
    return next((fields[p.field] for p in problems if p.field in fields), None)


_DATE_WIDTH = 170


class _RecordDialog(QDialog):
    """The frame every record form shares: the member's name, a form, problems, Save/Cancel.

    Each form defines ``typed()``: the record as typed, and the problems the form itself can see
    (unreadable dates, a choice not made)."""

    typed: Callable[[], tuple[Any, list[Problem]]]

    def __init__(
        self, records: MemberRecordService, member: Member, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self._records = records
        self._member = member
        self.changes = Changes()
        self._fields: dict[str, QWidget] = {}
        self.setMinimumWidth(560)
        make_readable(self)

        heading = QLabel(member.full_name)
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(10)
        self.problems_label = coloured(QLabel(), PROBLEM_COLOUR)
        self.problems_label.setWordWrap(True)
        self.problems_label.hide()

        buttons = QDialogButtonBox()
        save = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setDefault(True)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addSpacing(6)
        layout.addLayout(self.form)
        layout.addWidget(self.problems_label)
        layout.addStretch(1)
        layout.addSpacing(8)
        layout.addWidget(buttons)

    # -- building ----------------------------------------------------------------------------------
    def _row(self, text: str, field: str, widget: QWidget) -> None:
        if isinstance(widget, DateField):
            widget.setMaximumWidth(_DATE_WIDTH)
        self.form.addRow(text, widget)
        self._fields[field] = widget

    @staticmethod
    def _choose(combo: QComboBox, value: Any) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))

    # -- reading -----------------------------------------------------------------------------------
    def _dates(self, *names: str) -> tuple[dict[str, date | None], list[Problem]]:
        return read_dates({name: self._fields[name] for name in names})  # type: ignore[misc]

    def _write(self, record: Any) -> Changes:
        return self._records.save(record)

    # -- saving ------------------------------------------------------------------------------------
    def _save(self) -> None:
        record, problems = self.typed()
        if problems:  # list the record's other problems too, not only the ones seen here
            seen = {p.field for p in problems}
            problems += [p for p in validate_record(record, date.today()) if p.field not in seen]
            self._show_problems(problems)
            return
        try:
            self.changes = self._write(record)
        except ValidationFailed as failed:
            self._show_problems(failed.problems)
            return
        except OperationRefused as refused:
            self.problems_label.setText(describe_refusal(refused))
            self.problems_label.show()
            return
        self.accept()

    def _show_problems(self, problems: list[Problem]) -> None:
        first = mark_problems(self._fields, self.problems_label, problems)
        self.problems_label.show()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)


class PostDialog(_RecordDialog):
    def __init__(
        self,
        records: MemberRecordService,
        member: Member,
        units: list[Unit],
        post: PartyPost | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(records, member, parent)
        self.setWindowTitle(self.tr("Edit a Party post") if post else self.tr("Add a Party post"))
        self._original = post
        self.post = QComboBox()
        for kind in PostKind:
            self.post.addItem(label(POST_KINDS, kind), kind.value)
        self.unit = QComboBox()
        held_in = post.unit_id if post else member.unit_id
        for unit in units:
            # Posts are held in a cell or a committee; a dissolved one only for past posts.
            if unit.dissolved_on is None or unit.id == held_in:
                self.unit.addItem(unit.name, unit.id.hex)  # Qt compares strings, not UUIDs
        self.started_on = DateField()
        self.ended_on = DateField()
        self.decision = QLineEdit()
        self.decision.setPlaceholderText(self.tr("e.g. 125-QĐ/ĐU"))
        self._row(self.tr("&Post *"), "post", self.post)
        self._row(self.tr("&In *"), "unit_id", self.unit)
        self._row(self.tr("&From *"), "started_on", self.started_on)
        self._row(self.tr("&Until"), "ended_on", self.ended_on)
        self._row(self.tr("&Decision number"), "decision", self.decision)
        self.form.addRow(
            "", hint(self.tr("Leave “Until” empty while the member still holds the post."))
        )
        self._choose(self.unit, held_in.hex)
        if post is not None:
            self._choose(self.post, post.post.value)
            self.started_on.set_value(post.started_on)
            self.ended_on.set_value(post.ended_on)
            self.decision.setText(post.decision)
        self.post.setFocus()

    def typed(self) -> tuple[PartyPost, list[Problem]]:
        dates, problems = self._dates("started_on", "ended_on")
        chosen = self.unit.currentData()
        base = self._original or PartyPost(
            id=new_id(),
            member_id=self._member.id,
            unit_id=self._member.unit_id,
            post=PostKind.SECRETARY,
            started_on=date.today(),
        )
        record = dataclasses.replace(
            base,
            post=PostKind(self.post.currentData()),
            unit_id=UUID(hex=chosen) if chosen else base.unit_id,
            decision=self.decision.text().strip(),
            **dates,
        )
        return record, problems


class DistinctionDialog(_RecordDialog):
    def __init__(
        self,
        records: MemberRecordService,
        member: Member,
        distinction: Distinction | None = None,
        kind: DistinctionKind = DistinctionKind.AWARD,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(records, member, parent)
        self.setWindowTitle(
            self.tr("Edit an award or discipline")
            if distinction
            else self.tr("Add an award or discipline")
        )
        self._original = distinction
        self.award = QRadioButton(self.tr("A&ward"))
        self.discipline_kind = QRadioButton(self.tr("Dis&cipline"))
        kinds = QButtonGroup(self)
        kinds.addButton(self.award)
        kinds.addButton(self.discipline_kind)
        kind_row = QWidget()
        kind_layout = QHBoxLayout(kind_row)
        kind_layout.setContentsMargins(0, 0, 0, 0)
        kind_layout.addWidget(self.award)
        kind_layout.addWidget(self.discipline_kind)
        kind_layout.addStretch(1)
        self.decided_on = DateField()
        self.title = QLineEdit()
        self.level = QComboBox()
        self.level.addItem(self.tr("— choose —"), "")
        for level in DisciplineLevel:
            self.level.addItem(label(DISCIPLINE_LEVELS, level), level.value)
        self.decision_number = QLineEdit()
        self.decision_number.setPlaceholderText(self.tr("e.g. 12-QĐ/ĐU"))
        self.issuer = QLineEdit()
        self.issuer.setPlaceholderText(self.tr("e.g. Đảng ủy xã Tân Lập"))
        self.form.addRow(self.tr("Kind of entry"), kind_row)
        self._row(self.tr("Decision &date *"), "decided_on", self.decided_on)
        self._title_label = QLabel()
        self._title_label.setBuddy(self.title)
        self.form.addRow(self._title_label, self.title)
        self._fields["title"] = self.title
        self._row(self.tr("&Form of discipline *"), "discipline", self.level)
        self._row(self.tr("Decision &number"), "decision_number", self.decision_number)
        self._row(self.tr("Decided b&y"), "issuer", self.issuer)
        self.award.toggled.connect(self._kind_changed)
        if distinction is not None:
            kind = distinction.kind
            self.decided_on.set_value(distinction.decided_on)
            self.title.setText(distinction.title)
            if distinction.discipline:
                self._choose(self.level, distinction.discipline.value)
            self.decision_number.setText(distinction.decision_number)
            self.issuer.setText(distinction.issuer)
        (self.award if kind is DistinctionKind.AWARD else self.discipline_kind).setChecked(True)
        self._kind_changed()
        self.decided_on.setFocus()

    def _kind(self) -> DistinctionKind:
        return DistinctionKind.AWARD if self.award.isChecked() else DistinctionKind.DISCIPLINE

    def _kind_changed(self) -> None:
        award = self._kind() is DistinctionKind.AWARD
        self._title_label.setText(self.tr("&Award *") if award else self.tr("&Reason *"))
        self.title.setPlaceholderText(
            self.tr("e.g. Giấy khen hoàn thành xuất sắc nhiệm vụ")
            if award
            else self.tr("e.g. Vi phạm quy định về nộp đảng phí")
        )
        self.form.setRowVisible(self.level, not award)

    def typed(self) -> tuple[Distinction, list[Problem]]:
        dates, problems = self._dates("decided_on")
        kind = self._kind()
        level = self.level.currentData()
        # An award carries no form of discipline, whatever the hidden combo still holds.
        award = kind is DistinctionKind.AWARD
        base = self._original or Distinction(
            id=new_id(),
            member_id=self._member.id,
            kind=kind,
            decided_on=date.today(),
            title="",
        )
        record = dataclasses.replace(
            base,
            kind=kind,
            title=self.title.text().strip(),
            discipline=DisciplineLevel(level) if level and not award else None,
            decision_number=self.decision_number.text().strip(),
            issuer=self.issuer.text().strip(),
            **dates,
        )
        return record, problems


class BadgeDialog(_RecordDialog):
    def __init__(
        self,
        records: MemberRecordService,
        member: Member,
        awarded: list[Badge],
        badge: Badge | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(records, member, parent)
        self.setWindowTitle(
            self.tr("Edit a Party badge") if badge else self.tr("Add a Party badge")
        )
        self._original = badge
        others = {b.years for b in awarded if badge is None or b.id != badge.id}
        self.years = QComboBox()
        for years in BADGE_YEARS:
            if years not in others:  # one badge of each kind
                self.years.addItem(tr(BADGE_NAME).format(years=years), years)
        self.awarded_on = DateField()
        self.decision_number = QLineEdit()
        self.decision_number.setPlaceholderText(self.tr("e.g. 45-QĐ/TU"))
        self.hint = hint("")
        self._row(self.tr("&Badge *"), "years", self.years)
        self._row(self.tr("&Awarded on *"), "awarded_on", self.awarded_on)
        self._row(self.tr("Decision &number"), "decision_number", self.decision_number)
        self.form.addRow("", self.hint)
        due = next_badge(member.admission_date, others)
        self.hint.setText(self._seniority_text(member, due))
        if badge is not None:
            self._choose(self.years, badge.years)
            self.awarded_on.set_value(badge.awarded_on)
            self.decision_number.setText(badge.decision_number)
        elif due is not None:
            self._choose(self.years, due.years)
        self.years.setFocus()

    def _seniority_text(self, member: Member, due: BadgeDue | None) -> str:
        admitted = member.admission_date
        if admitted is None:
            return self.tr("Party seniority is unknown: the admission date is not recorded.")
        text = self.tr("Party seniority, counted from the admission date {date}: {years} years.")
        text = text.format(date=format_date(admitted), years=age_on(admitted, date.today()))
        if due is None:
            return text
        if due.reached_on <= date.today():
            more = self.tr("Due now: the {years}-year badge (since {date}).")
        else:
            more = self.tr("Next: the {years}-year badge, due on {date}.")
        return text + " " + more.format(years=due.years, date=format_date(due.reached_on))

    def typed(self) -> tuple[Badge, list[Problem]]:
        dates, problems = self._dates("awarded_on")
        base = self._original or Badge(
            id=new_id(), member_id=self._member.id, years=0, awarded_on=date.today()
        )
        record = dataclasses.replace(
            base,
            years=self.years.currentData() or 0,
            decision_number=self.decision_number.text().strip(),
            **dates,
        )
        return record, problems


class StatusChangeDialog(_RecordDialog):
    def __init__(
        self,
        records: MemberRecordService,
        member: Member,
        change: StatusChange | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(records, member, parent)
        self.setWindowTitle(
            self.tr("Edit a status change") if change else self.tr("Change the status")
        )
        self._original = change
        self.status = QComboBox()
        self.status.addItem(self.tr("— choose —"), "")
        for status in MemberStatus:
            # Leaving for another organisation is recorded as a transfer, which logs the status
            # itself; an old entry of that kind can still be corrected here.
            if status is not MemberStatus.TRANSFERRED_OUT or (change and change.status is status):
                self.status.addItem(label(STATUS_CHOICES, status), status.value)
        self.effective_on = DateField()
        self.decision_number = QLineEdit()
        self.decision_number.setPlaceholderText(self.tr("e.g. 15-QĐ/ĐU"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. Tuổi cao, sức yếu"))
        self.form.addRow(self.tr("Current status"), QLabel(label(STATUSES, member.status)))
        self._row(self.tr("New &status *"), "status", self.status)
        self._row(self.tr("&From *"), "effective_on", self.effective_on)
        self._row(self.tr("Decision &number"), "decision_number", self.decision_number)
        self._row(self.tr("N&ote"), "note", self.note)
        if change is not None:
            self._choose(self.status, change.status.value)
            self.effective_on.set_value(change.effective_on)
            self.decision_number.setText(change.decision_number)
            self.note.setText(change.note)
        self.status.setFocus()

    def typed(self) -> tuple[StatusChange, list[Problem]]:
        dates, problems = self._dates("effective_on")
        chosen = self.status.currentData()
        if not chosen:
            problems.append(Problem("status", "required"))
        base = self._original or StatusChange(
            id=new_id(),
            member_id=self._member.id,
            status=MemberStatus.ACTIVE,
            effective_on=date.today(),
        )
        record = dataclasses.replace(
            base,
            status=MemberStatus(chosen) if chosen else base.status,
            decision_number=self.decision_number.text().strip(),
            note=self.note.text().strip(),
            **dates,
        )
        return record, problems

    def _write(self, record: StatusChange) -> Changes:
        if self._original is None:  # a new change goes through the service's own entry point
            return self._records.change_status(
                record.member_id,
                record.status,
                record.effective_on,
                record.decision_number,
                record.note,
            )
        return self._records.save(record)
