"""Adding or editing one member. Problems are listed in Vietnamese and the form stays open."""

from __future__ import annotations

import dataclasses
from datetime import date
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from chibo_desktop.domain.catalogues import ETHNICITIES, RELIGIONS
from chibo_desktop.domain.entities import Changes, Member, Unit, new_id
from chibo_desktop.domain.enums import Gender, MemberStatus
from chibo_desktop.domain.validation import Problem
from chibo_desktop.services.errors import OperationRefused, ValidationFailed
from chibo_desktop.services.members import MemberService
from chibo_desktop.ui.messages import GENDERS, STATUSES, describe_problem, describe_refusal, label
from chibo_desktop.ui.widgets.date_field import DateField

_ERROR_STYLE = "border: 1px solid #c0392b;"


class MemberDialog(QDialog):
    def __init__(
        self,
        members: MemberService,
        cells: list[Unit],
        member: Member | None = None,
        default_cell: UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._members = members
        self._original = member
        self.changes = Changes()
        self.setWindowTitle(self.tr("Edit member") if member else self.tr("Add a member"))
        self.setMinimumWidth(640)

        self.full_name = QLineEdit()
        self.full_name.setPlaceholderText(self.tr("e.g. Nguyễn Văn An"))
        self.other_name = QLineEdit()
        self.gender = QComboBox()
        for gender in Gender:
            self.gender.addItem(label(GENDERS, gender), gender.value)
        self.birth_date = DateField()
        self.ethnicity = self._editable_combo(ETHNICITIES)
        self.religion = self._editable_combo(RELIGIONS)
        self.personal_id = QLineEdit()
        self.personal_id.setPlaceholderText(self.tr("12 digits"))
        self.party_card = QLineEdit()
        self.party_card.setPlaceholderText(self.tr("8 or 12 digits"))
        self.unit = QComboBox()
        for cell in cells:
            # A dissolved cell takes no new members, but a member still recorded there shows it.
            if cell.dissolved_on is None or (member is not None and member.unit_id == cell.id):
                self.unit.addItem(cell.name, cell.id.hex)  # Qt compares strings, not UUID objects
        self.admission_date = DateField()
        self.official_date = DateField()
        self.status = QComboBox()
        for status in MemberStatus:
            self.status.addItem(label(STATUSES, status), status.value)
        self.status_date = DateField()
        self.phone = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)

        self._fields: dict[str, QWidget] = {
            "full_name": self.full_name,
            "other_name": self.other_name,
            "gender": self.gender,
            "birth_date": self.birth_date,
            "ethnicity": self.ethnicity,
            "religion": self.religion,
            "personal_id": self.personal_id,
            "party_card": self.party_card,
            "unit_id": self.unit,
            "admission_date": self.admission_date,
            "official_date": self.official_date,
            "status": self.status,
            "status_date": self.status_date,
            "phone": self.phone,
            "notes": self.notes,
        }

        person = QGroupBox(self.tr("Personal details"))
        person_form = QFormLayout(person)
        person_form.addRow(self.tr("&Full name *"), self.full_name)
        person_form.addRow(self.tr("O&ther name"), self.other_name)
        person_form.addRow(self.tr("&Gender"), self.gender)
        person_form.addRow(self.tr("Date of &birth *"), self.birth_date)
        person_form.addRow(self.tr("&Ethnicity"), self.ethnicity)
        person_form.addRow(self.tr("&Religion"), self.religion)
        person_form.addRow(self.tr("Personal &ID number"), self.personal_id)
        person_form.addRow(self.tr("P&hone"), self.phone)

        party = QGroupBox(self.tr("Party membership"))
        party_form = QFormLayout(party)
        party_form.addRow(self.tr("&Cell *"), self.unit)
        party_form.addRow(self.tr("Party &card number"), self.party_card)
        party_form.addRow(self.tr("&Admission date *"), self.admission_date)
        party_form.addRow(self.tr("O&fficial date"), self.official_date)
        party_form.addRow(self.tr("&Status"), self.status)
        party_form.addRow(self.tr("Status &date"), self.status_date)
        party_form.addRow(self.tr("&Notes"), self.notes)

        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #c0392b;")
        self.problems_label.hide()

        buttons = QDialogButtonBox()
        save = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setDefault(True)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)

        columns = QGridLayout()
        columns.addWidget(person, 0, 0)
        columns.addWidget(party, 0, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.problems_label)
        layout.addWidget(buttons)

        if member is not None:
            self._load(member)
        elif default_cell is not None:
            self.unit.setCurrentIndex(max(0, self.unit.findData(default_cell.hex)))
        self.full_name.setFocus()

    @staticmethod
    def _editable_combo(values: tuple[str, ...]) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.addItems(values)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        return combo

    def _load(self, m: Member) -> None:
        self.full_name.setText(m.full_name)
        self.other_name.setText(m.other_name)
        self.gender.setCurrentIndex(self.gender.findData(m.gender.value))
        self.birth_date.set_value(m.birth_date)
        self.ethnicity.setCurrentText(m.ethnicity)
        self.religion.setCurrentText(m.religion)
        self.personal_id.setText(m.personal_id)
        self.party_card.setText(m.party_card)
        self.unit.setCurrentIndex(self.unit.findData(m.unit_id.hex))
        self.admission_date.set_value(m.admission_date)
        self.official_date.set_value(m.official_date)
        self.status.setCurrentIndex(self.status.findData(m.status.value))
        self.status_date.set_value(m.status_date)
        self.phone.setText(m.phone)
        self.notes.setPlainText(m.notes)

    def _chosen_unit(self) -> UUID | None:
        chosen = self.unit.currentData()
        return UUID(hex=chosen) if chosen else None

    def _dates(self) -> tuple[dict[str, date | None], list[Problem]]:
        values: dict[str, date | None] = {}
        problems = []
        for name in ("birth_date", "admission_date", "official_date", "status_date"):
            field: DateField = self._fields[name]  # type: ignore[assignment]
            try:
                values[name] = field.value()
            except ValueError:
                values[name] = None
                problems.append(Problem(name, "bad_date", {"value": field.text()}))
        return values, problems

    def member(self) -> tuple[Member, list[Problem]]:
        """The member as typed, and any dates that could not be read."""
        dates, problems = self._dates()
        base = self._original or Member(
            id=new_id(), full_name="", unit_id=self._chosen_unit(), gender=Gender.MALE
        )
        typed = dataclasses.replace(
            base,
            full_name=self.full_name.text(),
            other_name=self.other_name.text(),
            gender=Gender(self.gender.currentData()),
            ethnicity=self.ethnicity.currentText(),
            religion=self.religion.currentText(),
            personal_id=self.personal_id.text(),
            party_card=self.party_card.text(),
            unit_id=self._chosen_unit(),
            status=MemberStatus(self.status.currentData()),
            phone=self.phone.text(),
            notes=self.notes.toPlainText(),
            **dates,
        )
        return typed, problems

    def _save(self) -> None:
        typed, problems = self.member()
        if problems:  # show every other problem of the form too, not only the unreadable dates
            unreadable = {p.field for p in problems}
            others = [p for p in self._members.problems(typed) if p.field not in unreadable]
            self._show_problems(problems + others)
            return
        try:
            if self._original is None:
                self.changes = self._members.add(typed)
            else:
                self.changes = self._members.update(typed)
        except ValidationFailed as failed:
            self._show_problems(failed.problems)
            return
        except OperationRefused as refused:
            self.problems_label.setText(describe_refusal(refused))
            self.problems_label.show()
            return
        self.accept()

    def _show_problems(self, problems: list[Problem]) -> None:
        for widget in self._fields.values():
            widget.setStyleSheet("")
        for problem in problems:
            widget = self._fields.get(problem.field)
            if widget is not None:
                widget.setStyleSheet(_ERROR_STYLE)
        self.problems_label.setText("\n".join("• " + describe_problem(p) for p in problems))
        self.problems_label.show()
        first = self._fields.get(problems[0].field)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
