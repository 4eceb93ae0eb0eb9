"""QĐ 213: members who work elsewhere but live in the chosen residential cell's area, kept apart
from the cell's own members, with the cell's yearly comment on each."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from chibo_desktop.domain.dates import format_date
from chibo_desktop.domain.entities import Changes, Comment213, Resident213, Unit, new_id
from chibo_desktop.domain.enums import CellKind
from chibo_desktop.domain.validation import Problem
from chibo_desktop.services.residents_213 import Residents213Service
from chibo_desktop.ui.dialogs.form_dialog import FormDialog
from chibo_desktop.ui.operations import show_error
from chibo_desktop.ui.table_models.list_table_model import ListTableModel
from chibo_desktop.ui.widgets.date_field import DateField

Index = QModelIndex | QPersistentModelIndex


class Resident213TableModel(ListTableModel):
    NAME, BIRTH, WORKPLACE, ADDRESS, PHONE, COMMENT = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Resident213, str]] = []
        self._headers = (
            self.tr("Full name"),
            self.tr("Date of birth"),
            self.tr("Workplace and cell"),
            self.tr("Address"),
            self.tr("Phone"),
            self.tr("Comment of the year"),
        )

    def set_rows(self, rows: list[tuple[Resident213, str]]) -> None:
        """(resident, this year's comment or "") per row."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def resident_at(self, row: int) -> Resident213:
        return self._rows[row][0]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        resident, comment = self._rows[index.row()]
        if role == self.ENTITY_ROLE:
            return resident
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            resident.full_name,
            format_date(resident.birth_date),
            resident.workplace,
            resident.address,
            resident.phone,
            comment,
        )[index.column()]


class Resident213Dialog(FormDialog):
    def __init__(
        self,
        service: Residents213Service,
        cell: Unit,
        resident: Resident213 | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("213 list of {cell}").format(cell=cell.name))
        self._service = service
        self._cell = cell
        self._original = resident
        self.full_name = QLineEdit()
        self.birth_date = DateField()
        self.workplace = QLineEdit()
        self.workplace.setPlaceholderText(self.tr("e.g. Chi bộ Phòng Tài chính, UBND tỉnh"))
        self.address = QLineEdit()
        self.phone = QLineEdit()
        self.registered_on = DateField()
        self.left_on = DateField()
        form = self.form
        form.addRow(self.tr("&Full name *"), self.full_name)
        form.addRow(self.tr("Date of &birth"), self.birth_date)
        form.addRow(self.tr("&Workplace and cell *"), self.workplace)
        form.addRow(self.tr("&Address"), self.address)
        form.addRow(self.tr("P&hone"), self.phone)
        form.addRow(self.tr("&Registered on"), self.registered_on)
        form.addRow(self.tr("&Left the area on"), self.left_on)
        if resident is not None:
            self.full_name.setText(resident.full_name)
            self.birth_date.set_value(resident.birth_date)
            self.workplace.setText(resident.workplace)
            self.address.setText(resident.address)
            self.phone.setText(resident.phone)
            self.registered_on.set_value(resident.registered_on)
            self.left_on.set_value(resident.left_on)

    def submit(self) -> Changes | list[Problem]:
        dates, problems = self.read_dates("birth_date", "registered_on", "left_on")
        if problems:
            return problems
        base = self._original or Resident213(new_id(), self._cell.id, "", "")
        resident = dataclasses.replace(
            base,
            full_name=self.full_name.text(),
            workplace=self.workplace.text(),
            address=self.address.text(),
            phone=self.phone.text(),
            **dates,
        )
        return self._service.save(resident)


class Residents213Tab(QWidget):
    def __init__(
        self,
        service: Residents213Service,
        on_changes: Callable[[Changes], None],
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._on_changes = on_changes
        self._today = today
        self._cell: Unit | None = None
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.model = Resident213TableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self.edit_resident)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("&Add a person…"))
        self.add_button.clicked.connect(self.add_resident)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_resident)
        self.comment_button = QPushButton(self.tr("Write this year's &comment…"))
        self.comment_button.clicked.connect(self.write_comment)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.comment_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.show_unit(None)

    def show_unit(self, unit: Unit | None) -> None:
        residential = unit is not None and unit.kind is CellKind.RESIDENTIAL
        self._cell = unit if residential else None
        self.refresh()

    def refresh(self) -> None:
        if self._cell is None:
            self.explanation.setText(
                self.tr(
                    "Choose a residential cell on the left. Its 213 list holds the members who "
                    "work in agencies elsewhere but live in its area (Quy định 213-QĐ/TW); they "
                    "are not counted among the cell's members."
                )
            )
            self.model.set_rows([])
        else:
            year = self._today().year
            rows = []
            for resident in self._service.of_cell(self._cell.id):
                this_year = [c for c in self._service.comments(resident.id) if c.year == year]
                rows.append((resident, this_year[0].comment if this_year else ""))
            self.model.set_rows(rows)
            self.explanation.setText(
                self.tr(
                    "{cell}: {count} people on the 213 list; {missing} without a {year} comment."
                ).format(
                    cell=self._cell.name,
                    count=len(rows),
                    missing=sum(1 for _, c in rows if not c),
                    year=year,
                )
            )
            self.table.resizeColumnsToContents()
        self._update_buttons()

    def selected(self) -> Resident213 | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.resident_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self._cell is not None)
        self.edit_button.setEnabled(self.selected() is not None)
        self.comment_button.setEnabled(self.selected() is not None)

    def add_resident(self) -> None:
        if self._cell is None:
            return
        dialog = Resident213Dialog(self._service, self._cell, parent=self)
        if dialog.exec():
            self._on_changes(dialog.changes)

    def edit_resident(self) -> None:
        resident = self.selected()
        if resident is None or self._cell is None:
            return
        dialog = Resident213Dialog(self._service, self._cell, resident, parent=self)
        if dialog.exec():
            self._on_changes(dialog.changes)

    def write_comment(self) -> None:
        resident = self.selected()
        if resident is None:
            return
        year = self._today().year
        existing = [c for c in self._service.comments(resident.id) if c.year == year]
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Comment {year}").format(year=year),
            self.tr("The cell's comment on {name} for {year}:").format(
                name=resident.full_name, year=year
            ),
            existing[0].comment if existing else "",
        )
        if not ok:
            return
        comment = (
            dataclasses.replace(existing[0], comment=text, written_on=self._today())
            if existing
            else Comment213(new_id(), resident.id, year, text, self._today())
        )
        try:
            self._on_changes(self._service.comment(comment))
        except Exception as error:
            show_error(self, error)
