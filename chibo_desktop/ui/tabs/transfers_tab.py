"""Chuyển sinh hoạt: every transfer in and out, the open ones first, with what is overdue."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from chibo_desktop.domain.entities import Changes, Transfer
from chibo_desktop.domain.enums import TransferDirection, TransferKind
from chibo_desktop.services.members import MemberService
from chibo_desktop.services.transfers import TransferService
from chibo_desktop.services.units import UnitService
from chibo_desktop.ui.dialogs.member_dialog import MemberDialog
from chibo_desktop.ui.dialogs.message_box import ask_date
from chibo_desktop.ui.dialogs.transfer_dialog import TransferDialog
from chibo_desktop.ui.operations import show_error
from chibo_desktop.ui.table_models.transfer_table_model import TransferTableModel


def is_open(transfer: Transfer) -> bool:
    """Still waiting for something: the letter to be presented, or a temporary member back."""
    if transfer.kind is TransferKind.TEMPORARY:
        return transfer.returned_on is None
    return transfer.direction is not TransferDirection.OUT and transfer.arrived_on is None


class TransfersTab(QWidget):
    def __init__(
        self,
        transfers: TransferService,
        members: MemberService,
        units: UnitService,
        on_changes: Callable[[Changes], None],
        parent: QWidget | None = None,
        write_package: Callable[[Transfer], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._write_package = write_package
        self._transfers = transfers
        self._members = members
        self._units = units
        self._on_changes = on_changes
        self.model = TransferTableModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(TransferTableModel.SORT_ROLE)
        self._proxy = proxy
        self.table = QTableView()
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.open_only = QCheckBox(self.tr("Only transfers not yet completed"))
        self.open_only.toggled.connect(self.refresh)
        self.summary = QLabel()
        self.incoming_button = QPushButton(self.tr("Member &transferring in…"))
        self.incoming_button.clicked.connect(self.add_incoming)
        self.arrived_button = QPushButton(self.tr("Letter &presented…"))
        self.arrived_button.setToolTip(
            self.tr("The member presented the transfer letter at the receiving cell")
        )
        self.arrived_button.clicked.connect(self.record_arrival)
        self.returned_button = QPushButton(self.tr("&Came back…"))
        self.returned_button.setToolTip(self.tr("A temporary transfer has ended"))
        self.returned_button.clicked.connect(self.record_return)
        self.package_button = QPushButton(self.tr("Write the transfer pac&kage…"))
        self.package_button.setToolTip(
            self.tr(
                "The member's record and history on a USB stick, for the commune they move to "
                "(an official transfer out)"
            )
        )
        self.package_button.clicked.connect(self.write_package)
        self.package_button.setVisible(write_package is not None)
        top = QHBoxLayout()
        top.addWidget(self.open_only)
        top.addStretch(1)
        top.addWidget(self.summary)
        buttons = QHBoxLayout()
        for button in (self.incoming_button, self.arrived_button, self.returned_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.package_button)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #555; font-size: 14pt;")
        self._stack = QStackedWidget()
        self._stack.addWidget(self.table)
        self._stack.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._stack, 1)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        everything = self._transfers.all()
        shown = [t for t in everything if is_open(t)] if self.open_only.isChecked() else everything
        overdue = {a.transfer.id for a in self._transfers.alerts() if a.deadline.overdue}
        names = {
            t.member_id: m.full_name
            for t in shown
            if t.member_id and (m := self._members.get(t.member_id)) is not None
        }
        units = {u.id: u.name for u in self._units.all()}
        self.model.set_transfers(shown, names, units, overdue)
        self.table.resizeColumnsToContents()
        if everything and not shown:
            self.empty_label.setText(
                self.tr(
                    "Every transfer is completed.\nUntick “Only transfers not yet completed” to "
                    "see them all."
                )
            )
        else:
            self.empty_label.setText(
                self.tr(
                    "No transfer yet.\nA member coming from elsewhere: click “Member "
                    "transferring in…”.\nA member leaving: choose them in the Members tab, then "
                    "click “Transfer…”."
                )
            )
        self._stack.setCurrentWidget(self.table if shown else self.empty_label)
        self.summary.setText(
            self.tr("{count} transfers, {open} not completed, {overdue} overdue").format(
                count=len(everything),
                open=sum(is_open(t) for t in everything),
                overdue=len(overdue),
            )
        )
        self._update_buttons()

    def selected(self) -> Transfer | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.transfer_at(self._proxy.mapToSource(rows[0]).row())

    def _update_buttons(self) -> None:
        chosen = self.selected()
        waiting = chosen is not None and chosen.arrived_on is None
        receiving = chosen is not None and chosen.direction is not TransferDirection.OUT
        self.arrived_button.setEnabled(waiting and receiving)
        self.returned_button.setEnabled(
            chosen is not None
            and chosen.kind is TransferKind.TEMPORARY
            and chosen.returned_on is None
        )
        self.package_button.setEnabled(
            chosen is not None
            and chosen.kind is TransferKind.OFFICIAL
            and chosen.direction is TransferDirection.OUT
            and chosen.member_id is not None
        )

    def _cells(self) -> list:
        return [u for u in self._units.all() if u.is_cell]

    def add_incoming(self) -> None:
        dialog = TransferDialog(self._transfers, self._cells(), parent=self)
        if dialog.exec():
            self._on_changes(dialog.changes)

    def record_arrival(self) -> None:
        transfer = self.selected()
        if transfer is None:
            return
        title = self.tr("Letter presented")
        arrived = ask_date(self, title, self.tr("Date the letter was presented (dd/mm/yyyy):"))
        if arrived is None:
            return
        member_id = transfer.member_id
        cell_id = transfer.to_unit_id
        if member_id is not None and cell_id is None:
            # A member whose record came in a transfer package: the cell they join.
            cells = self._cells()
            name, chosen = QInputDialog.getItem(
                self, title, self.tr("The cell the member joins:"), [c.name for c in cells], 0,
                False,
            )  # fmt: skip
            if not chosen:
                return
            cell_id = next(c.id for c in cells if c.name == name)
        if member_id is None:
            # An announced member arrives: their record is entered first, in the receiving cell.
            dialog = MemberDialog(
                self._members, self._cells(), default_cell=transfer.to_unit_id, parent=self
            )
            dialog.full_name.setText(transfer.person_name)
            if not dialog.exec():
                return
            self._on_changes(dialog.changes)
            member_id = next(iter(dialog.changes.member_ids))
        try:
            changes = self._transfers.save(
                dataclasses.replace(
                    transfer,
                    member_id=member_id,
                    person_name="",
                    arrived_on=arrived,
                    to_unit_id=cell_id,
                )
            )
        except Exception as error:
            show_error(self, error)
            return
        self._on_changes(changes)

    def write_package(self) -> None:
        transfer = self.selected()
        if transfer is not None and self._write_package is not None:
            self._write_package(transfer)

    def record_return(self) -> None:
        transfer = self.selected()
        if transfer is None:
            return
        returned = ask_date(self, self.tr("Came back"), self.tr("Date of return (dd/mm/yyyy):"))
        if returned is None:
            return
        try:
            self._on_changes(
                self._transfers.save(dataclasses.replace(transfer, returned_on=returned))
            )
        except Exception as error:
            show_error(self, error)
