"""The organisation tree on the left; choosing a unit filters everything to the right."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QCollator, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from chibo_desktop.domain.dates import format_date
from chibo_desktop.domain.entities import Unit

_UNIT_ROLE = Qt.ItemDataRole.UserRole + 1


class UnitTree(QTreeWidget):
    unit_selected = Signal(object)  # Unit | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabel(self.tr("Party organisation"))
        self.setMinimumWidth(240)
        self._collator = QCollator(QLocale(QLocale.Language.Vietnamese))
        self._collator.setNumericMode(True)  # "khu phố 2" before "khu phố 10"
        self.currentItemChanged.connect(self._current_changed)

    def set_units(self, units: list[Unit], show_dissolved: bool, keep: UUID | None = None) -> None:
        """Rebuild from ``units``; keep the chosen unit chosen (or choose the root)."""
        self.blockSignals(True)
        self.clear()
        shown = [u for u in units if show_dissolved or u.dissolved_on is None]
        by_parent: dict[UUID | None, list[Unit]] = {}
        for unit in shown:
            by_parent.setdefault(unit.parent_id, []).append(unit)
        known = {u.id for u in shown}
        items: dict[UUID, QTreeWidgetItem] = {}

        def add(parent_item: QTreeWidgetItem | None, children: list[Unit]) -> None:
            for unit in sorted(children, key=lambda u: self._collator.sortKey(u.name)):
                item = QTreeWidgetItem([self._label(unit)])
                item.setData(0, _UNIT_ROLE, unit)
                item.setToolTip(0, unit.code)
                if unit.dissolved_on is not None:
                    item.setForeground(0, QBrush(QColor("gray")))
                if parent_item is None:
                    self.addTopLevelItem(item)
                else:
                    parent_item.addChild(item)
                items[unit.id] = item
                add(item, by_parent.get(unit.id, []))

        add(None, [u for u in shown if u.parent_id not in known])
        self.expandToDepth(1)
        self.blockSignals(False)
        chosen = items.get(keep) if keep else None
        self.setCurrentItem(chosen or self.topLevelItem(0))
        if self.currentItem() is None:
            self.unit_selected.emit(None)

    def _label(self, unit: Unit) -> str:
        if unit.dissolved_on is not None:
            return self.tr("{name} (dissolved {date})").format(
                name=unit.name, date=format_date(unit.dissolved_on)
            )
        return unit.name

    def current_unit(self) -> Unit | None:
        item = self.currentItem()
        return item.data(0, _UNIT_ROLE) if item else None

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        self.unit_selected.emit(current.data(0, _UNIT_ROLE) if current else None)
