"""The roster's filters: status, gender, ethnicity, age, Party seniority, political theory."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from chibo_desktop.domain.catalogues import ETHNICITIES
from chibo_desktop.domain.enums import Gender, Membership, MemberStatus, TheoryLevel
from chibo_desktop.domain.queries import (
    AGE_BANDS,
    MINORITIES,
    SENIORITY_BANDS,
    UNTRAINED,
    Band,
    MemberQuery,
)
from chibo_desktop.ui.messages import GENDERS, MEMBERSHIPS, STATUSES, THEORY_LEVELS, label

_ANY = None


class RosterFilters(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = self._combo(self.tr("Any status"))
        for membership in Membership:
            self.status.addItem(label(MEMBERSHIPS, membership), ("membership", membership.value))
        for status in MemberStatus:
            if status is not MemberStatus.ACTIVE:
                self.status.addItem(label(STATUSES, status), ("status", status.value))
        self.gender = self._combo(self.tr("Any gender"))
        for gender in Gender:
            self.gender.addItem(label(GENDERS, gender), gender.value)
        self.ethnicity = self._combo(self.tr("Any ethnicity"))
        self.ethnicity.addItem(self.tr("Ethnic minorities"), MINORITIES)
        for group in ETHNICITIES:
            self.ethnicity.addItem(group, group)
        self.age = self._combo(self.tr("Any age"))
        for index, band in enumerate(AGE_BANDS):
            self.age.addItem(self._band_text(band, self.tr("age")), index)
        self.seniority = self._combo(self.tr("Any Party seniority"))
        for index, band in enumerate(SENIORITY_BANDS):
            self.seniority.addItem(self._band_text(band, self.tr("years in the Party")), index)
        self.theory = self._combo(self.tr("Any political theory"))
        self.theory.addItem(self.tr("Not trained"), UNTRAINED)
        for level in TheoryLevel:
            self.theory.addItem(label(THEORY_LEVELS, level), level.value)
        # Placed by the roster beside the search: the combos take the whole row.
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("&Filter:"))
        caption.setBuddy(self.status)
        layout.addWidget(caption)
        for combo in self._combos():
            layout.addWidget(combo, 1)

    def _combo(self, anything: str) -> QComboBox:
        combo = QComboBox()
        # Narrower than its longest choice when the window is (large print on a small screen):
        # the chosen text is then cut short, the open list still shows every choice in full.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        combo.addItem(anything, _ANY)
        combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
        return combo

    def _combos(self) -> tuple[QComboBox, ...]:
        return (self.status, self.gender, self.ethnicity, self.age, self.seniority, self.theory)

    def _band_text(self, band: Band, unit: str) -> str:
        if band.low is None:
            return self.tr("up to {high} {unit}").format(high=band.high, unit=unit)
        if band.high is None:
            return self.tr("{low} {unit} and over").format(low=band.low, unit=unit)
        return self.tr("{low} to {high} {unit}").format(low=band.low, high=band.high, unit=unit)

    def clear(self) -> None:
        for combo in self._combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.changed.emit()

    @property
    def active(self) -> bool:
        return any(combo.currentIndex() > 0 for combo in self._combos())

    def apply(self, query: MemberQuery) -> MemberQuery:
        """``query`` narrowed by the chosen filters (a status filter shows members who left too)."""
        kind, value = self.status.currentData() or (None, None)
        age, seniority = self.age.currentData(), self.seniority.currentData()
        gender = self.gender.currentData()
        return dataclasses.replace(
            query,
            status=MemberStatus(value) if kind == "status" else None,
            membership=Membership(value) if kind == "membership" else None,
            on_roll_only=query.on_roll_only and kind != "status",
            gender=Gender(gender) if gender else None,
            ethnicity=self.ethnicity.currentData(),
            theory=self.theory.currentData(),
            age=AGE_BANDS[age] if age is not None else None,
            seniority=SENIORITY_BANDS[seniority] if seniority is not None else None,
        )
