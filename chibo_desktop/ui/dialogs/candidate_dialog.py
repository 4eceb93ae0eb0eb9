"""One candidate for admission: personal details and the steps reached so far."""

from __future__ import annotations

import dataclasses
from datetime import date
from uuid import UUID

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from chibo_desktop.domain.dates import add_months, format_date
from chibo_desktop.domain.entities import Candidate, Changes, Unit, new_id
from chibo_desktop.domain.enums import Gender
from chibo_desktop.domain.register_rules import COURSE_VALID_MONTHS
from chibo_desktop.domain.validation import Problem
from chibo_desktop.services.admissions import AdmissionService
from chibo_desktop.ui.dialogs.form_dialog import FormDialog
from chibo_desktop.ui.messages import GENDERS, label
from chibo_desktop.ui.widgets.date_field import DateField

_DATES = ("birth_date", "course_on", "application_on", "cell_vote_on")


class CandidateDialog(FormDialog):
    def __init__(
        self,
        admissions: AdmissionService,
        cells: list[Unit],
        candidate: Candidate | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Candidate for admission"))
        self._admissions = admissions
        self._original = candidate
        self.full_name = QLineEdit()
        self.gender = QComboBox()
        for gender in Gender:
            self.gender.addItem(label(GENDERS, gender), gender.value)
        self.birth_date = DateField()
        self.unit = QComboBox()
        for cell in cells:
            if cell.dissolved_on is None:
                self.unit.addItem(cell.name, cell.id.hex)
        self.personal_id = QLineEdit()
        self.phone = QLineEdit()
        self.course_on = DateField()
        self.course_hint = QLabel()
        self.course_on.edit.textChanged.connect(self._show_course_expiry)
        self.application_on = DateField()
        self.introducers = QLineEdit()
        self.introducers.setPlaceholderText(self.tr("names of the introducing members"))
        self.introducer_count = QSpinBox()
        self.introducer_count.setRange(0, 5)
        self.cell_vote_on = DateField()
        self.votes_for = QSpinBox()
        self.votes_for.setRange(0, 999)
        self.votes_total = QSpinBox()
        self.votes_total.setRange(0, 999)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(50)
        form = self.form
        form.addRow(self.tr("&Full name *"), self.full_name)
        form.addRow(self.tr("&Gender"), self.gender)
        form.addRow(self.tr("Date of &birth *"), self.birth_date)
        form.addRow(self.tr("&Cell *"), self.unit)
        form.addRow(self.tr("Personal &ID number"), self.personal_id)
        form.addRow(self.tr("P&hone"), self.phone)
        form.addRow(self.tr("Awareness &course certificate of"), self.course_on)
        form.addRow("", self.course_hint)
        form.addRow(self.tr("&Application dated"), self.application_on)
        form.addRow(self.tr("I&ntroduced by"), self.introducers)
        form.addRow(self.tr("Number of &introducers"), self.introducer_count)
        form.addRow(self.tr("Cell &vote on"), self.cell_vote_on)
        form.addRow(self.tr("Votes in &favour"), self.votes_for)
        form.addRow(self.tr("Official members &counted"), self.votes_total)
        form.addRow(self.tr("N&otes"), self.notes)
        if candidate is not None:
            self._load(candidate)

    def _load(self, c: Candidate) -> None:
        self.full_name.setText(c.full_name)
        self.gender.setCurrentIndex(self.gender.findData(c.gender.value))
        self.unit.setCurrentIndex(max(0, self.unit.findData(c.unit_id.hex)))
        self.personal_id.setText(c.personal_id)
        self.phone.setText(c.phone)
        for name in _DATES:
            getattr(self, name).set_value(getattr(c, name))
        self.introducers.setText(c.introducers)
        self.introducer_count.setValue(c.introducer_count)
        self.votes_for.setValue(c.votes_for)
        self.votes_total.setValue(c.votes_total)
        self.notes.setPlainText(c.notes)

    def _show_course_expiry(self) -> None:
        try:
            course = self.course_on.value()
        except ValueError:
            course = None
        self.course_hint.setText(
            self.tr("valid until {date}").format(
                date=format_date(add_months(course, COURSE_VALID_MONTHS))
            )
            if course
            else ""
        )

    def _blank(self) -> Candidate:
        return Candidate(new_id(), new_id(), "", Gender.MALE, date.today())

    def candidate(self) -> tuple[Candidate | None, list[Problem]]:
        dates, problems = self.read_dates(*_DATES)
        if not problems and dates["birth_date"] is None:
            problems.append(Problem("birth_date", "required"))
        chosen = self.unit.currentData()
        if chosen is None:
            problems.append(Problem("unit_id", "required"))
        if problems:
            return None, problems
        base = self._original or self._blank()
        return (
            dataclasses.replace(
                base,
                unit_id=UUID(hex=chosen),
                full_name=self.full_name.text(),
                gender=Gender(self.gender.currentData()),
                personal_id=self.personal_id.text().strip(),
                phone=self.phone.text().strip(),
                introducers=self.introducers.text(),
                introducer_count=self.introducer_count.value(),
                votes_for=self.votes_for.value(),
                votes_total=self.votes_total.value(),
                notes=self.notes.toPlainText(),
                **dates,
            ),
            [],
        )

    def submit(self) -> Changes | list[Problem]:
        candidate, problems = self.candidate()
        return problems if candidate is None else self._admissions.save(candidate)
