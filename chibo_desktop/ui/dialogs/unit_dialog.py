"""Creating a unit under the one chosen in the tree."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QWidget,
)

from chibo_desktop.domain.entities import Changes, Unit, new_id
from chibo_desktop.domain.enums import CellKind, UnitLevel
from chibo_desktop.domain.validation import Problem
from chibo_desktop.services.units import UnitService
from chibo_desktop.ui.dialogs.form_dialog import FormDialog
from chibo_desktop.ui.messages import CELL_KINDS, UNIT_LEVELS, label
from chibo_desktop.ui.widgets.date_field import DateField


class UnitDialog(FormDialog):
    def __init__(self, units: UnitService, parent_unit: Unit, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New unit under {name}").format(name=parent_unit.name))
        self.save_button.setText(self.tr("Create"))
        self._units = units
        self._parent_unit = parent_unit
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Chi bộ thôn Đông"))
        self.level = QComboBox()
        for level in (UnitLevel.CELL, UnitLevel.PARTIAL, UnitLevel.COMMUNE, UnitLevel.DISTRICT):
            self.level.addItem(label(UNIT_LEVELS, level), level.value)
        self.kind = QComboBox()
        for kind in CellKind:
            self.kind.addItem(label(CELL_KINDS, kind), kind.value)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("made from the name if left empty"))
        self.founded_on = DateField()
        self.founded_on.set_value(date.today())
        self.level.currentIndexChanged.connect(
            lambda: self.kind.setEnabled(self.level.currentData() == UnitLevel.CELL.value)
        )
        form = self.form
        form.addRow(self.tr("&Name *"), self.name)
        form.addRow(self.tr("&Level"), self.level)
        form.addRow(self.tr("&Type of cell"), self.kind)
        form.addRow(self.tr("&Code"), self.code)
        form.addRow(self.tr("&Founded on"), self.founded_on)

    def submit(self) -> Changes | list[Problem]:
        dates, problems = self.read_dates("founded_on")
        if problems:
            return problems
        level = UnitLevel(self.level.currentData())
        unit = Unit(
            id=new_id(),
            name=self.name.text(),
            level=level,
            kind=CellKind(self.kind.currentData()) if level is UnitLevel.CELL else None,
            code=self.code.text(),
            parent_id=self._parent_unit.id,
            founded_on=dates["founded_on"],
        )
        return self._units.create(unit)
