"""Transfers of Party activity, one row each, the open ones with their deadline."""

from __future__ import annotations

from datetime import date
from typing import Any
from uuid import UUID

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from chibo_desktop.domain.dates import format_date
from chibo_desktop.domain.entities import Transfer
from chibo_desktop.domain.enums import TransferDirection, TransferKind
from chibo_desktop.ui.table_models.list_table_model import ListTableModel

Index = QModelIndex | QPersistentModelIndex


class TransferTableModel(ListTableModel):
    NAME, KIND, DIRECTION, FROM, TO, DECIDED, ARRIVED, UNTIL = range(8)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Transfer] = []
        self._names: dict[UUID, str] = {}
        self._units: dict[UUID, str] = {}
        self._overdue: set[UUID] = set()
        self._headers = (
            self.tr("Member"),
            self.tr("Kind"),
            self.tr("Direction"),
            self.tr("Origin"),
            self.tr("Destination"),
            self.tr("Letter issued"),
            self.tr("Presented / returned"),
            self.tr("Temporary until"),
        )

    def set_transfers(
        self,
        transfers: list[Transfer],
        member_names: dict[UUID, str],
        unit_names: dict[UUID, str],
        overdue: set[UUID],
    ) -> None:
        self.beginResetModel()
        self._rows = sorted(transfers, key=lambda t: t.decided_on, reverse=True)
        self._names, self._units, self._overdue = member_names, unit_names, overdue
        self.endResetModel()

    def transfer_at(self, row: int) -> Transfer:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        transfer = self._rows[index.row()]
        if role == self.ENTITY_ROLE:
            return transfer
        if role == Qt.ItemDataRole.ForegroundRole and transfer.id in self._overdue:
            return QColor("#b03a2e")
        if role == self.SORT_ROLE:
            value = self._value(transfer, index.column())
            return value.isoformat() if isinstance(value, date) else value
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._value(transfer, index.column())
            return format_date(value) if isinstance(value, date) or value is None else value
        return None

    def _value(self, t: Transfer, column: int) -> Any:
        outside = t.other_organisation
        return {
            self.NAME: self._names.get(t.member_id, "") if t.member_id else t.person_name,
            self.KIND: self.tr("Official")
            if t.kind is TransferKind.OFFICIAL
            else self.tr("Temporary"),
            self.DIRECTION: {
                TransferDirection.IN: self.tr("In"),
                TransferDirection.OUT: self.tr("Out"),
                TransferDirection.INTERNAL: self.tr("Between cells"),
            }[t.direction],
            self.FROM: self._units.get(t.from_unit_id, outside) if t.from_unit_id else outside,
            self.TO: self._units.get(t.to_unit_id, outside) if t.to_unit_id else outside,
            self.DECIDED: t.decided_on,
            self.ARRIVED: t.returned_on or t.arrived_on,
            self.UNTIL: t.ends_on,
        }[column]
