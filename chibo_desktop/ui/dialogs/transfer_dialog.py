"""Recording a transfer of Party activity: a member leaving or moving cell, or one announced to
arrive from elsewhere."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QWidget,
)

from chibo_desktop.domain.entities import Changes, Member, Transfer, Unit, new_id
from chibo_desktop.domain.enums import TransferDirection, TransferKind
from chibo_desktop.domain.validation import Problem
from chibo_desktop.services.transfers import TransferService
from chibo_desktop.ui.dialogs.form_dialog import FormDialog
from chibo_desktop.ui.widgets.date_field import DateField


class TransferDialog(FormDialog):
    """For ``member``: out of the commune, or to another cell. Without: an incoming member."""

    def __init__(
        self,
        transfers: TransferService,
        cells: list[Unit],
        member: Member | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Member transferring in")
            if member is None
            else self.tr("Transfer of {name}").format(name=member.full_name)
        )
        self._transfers = transfers
        self._member = member
        open_cells = [c for c in cells if c.dissolved_on is None]

        self.kind = QComboBox()
        self.kind.addItem(self.tr("Official transfer"), TransferKind.OFFICIAL.value)
        self.kind.addItem(self.tr("Temporary transfer"), TransferKind.TEMPORARY.value)
        self.direction = QComboBox()
        if member is None:
            self.direction.addItem(self.tr("Into the commune"), TransferDirection.IN.value)
        else:
            self.direction.addItem(self.tr("Out of the commune"), TransferDirection.OUT.value)
            self.direction.addItem(
                self.tr("To another cell of the commune"), TransferDirection.INTERNAL.value
            )
        self.person_name = QLineEdit()
        self.to_cell = QComboBox()
        for cell in open_cells:
            if member is None or cell.id != member.unit_id:
                self.to_cell.addItem(cell.name, cell.id.hex)
        self.other_organisation = QLineEdit()
        self.other_organisation.setPlaceholderText(
            self.tr("e.g. Đảng bộ phường Hà Đông, TP Hà Nội")
        )
        self.decided_on = DateField()
        self.decided_on.set_value(date.today())
        self.moved_on = DateField()
        self.arrived_on = DateField()
        self.ends_on = DateField()
        self.for_study = QCheckBox(self.tr("For study (may last up to 2 years)"))
        self.letter_number = QLineEdit()
        self.note = QLineEdit()

        form = self.form
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Direction"), self.direction)
        if member is None:
            form.addRow(self.tr("&Name of the member *"), self.person_name)
        form.addRow(self.tr("&Receiving cell"), self.to_cell)
        form.addRow(self.tr("Other &Party organisation"), self.other_organisation)
        form.addRow(self.tr("Letter &issued on *"), self.decided_on)
        form.addRow(self.tr("&Moved (home or work) on"), self.moved_on)
        form.addRow(self.tr("Letter &presented on"), self.arrived_on)
        form.addRow(self.tr("&Temporary until"), self.ends_on)
        form.addRow("", self.for_study)
        form.addRow(self.tr("Letter &number"), self.letter_number)
        form.addRow(self.tr("N&ote"), self.note)
        self.kind.currentIndexChanged.connect(self._show_relevant)
        self.direction.currentIndexChanged.connect(self._show_relevant)
        self._show_relevant()

    def _show_relevant(self) -> None:
        temporary = self.kind.currentData() == TransferKind.TEMPORARY.value
        direction = TransferDirection(self.direction.currentData())
        internal = direction is TransferDirection.INTERNAL
        receiving = direction is not TransferDirection.OUT
        for widget, shown in (
            (self.to_cell, receiving),
            (self.other_organisation, not internal),
            (self.arrived_on, receiving),
            (self.ends_on, temporary),
            (self.for_study, temporary),
        ):
            self.form.setRowVisible(widget, shown)

    def transfer(self) -> tuple[Transfer | None, list[Problem]]:
        dates, problems = self.read_dates("decided_on", "moved_on", "arrived_on", "ends_on")
        if dates.get("decided_on") is None and not problems:
            problems.append(Problem("decided_on", "required"))
        if problems:
            return None, problems
        direction = TransferDirection(self.direction.currentData())
        temporary = self.kind.currentData() == TransferKind.TEMPORARY.value
        chosen = self.to_cell.currentData()
        return (
            Transfer(
                id=new_id(),
                kind=TransferKind(self.kind.currentData()),
                direction=direction,
                decided_on=dates["decided_on"],  # type: ignore[arg-type]
                member_id=self._member.id if self._member else None,
                person_name=self.person_name.text().strip(),
                from_unit_id=self._member.unit_id if self._member else None,
                to_unit_id=UUID(hex=chosen)
                if chosen and direction is not TransferDirection.OUT
                else None,
                other_organisation=""
                if direction is TransferDirection.INTERNAL
                else self.other_organisation.text().strip(),
                moved_on=dates["moved_on"],
                arrived_on=dates["arrived_on"] if direction is not TransferDirection.OUT else None,
                ends_on=dates["ends_on"] if temporary else None,
                for_study=temporary and self.for_study.isChecked(),
                letter_number=self.letter_number.text().strip(),
                note=self.note.text().strip(),
            ),
            [],
        )

    def submit(self) -> Changes | list[Problem]:
        transfer, problems = self.transfer()
        return problems if transfer is None else self._transfers.save(transfer)
