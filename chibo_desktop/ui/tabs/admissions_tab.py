"""Kết nạp đảng viên: candidates of the chosen unit and the step each has reached."""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from chibo_desktop.domain.entities import Candidate, Changes, Unit
from chibo_desktop.services.admissions import AdmissionService, Stage
from chibo_desktop.services.units import UnitService
from chibo_desktop.ui.dialogs.candidate_dialog import CandidateDialog
from chibo_desktop.ui.dialogs.message_box import ask_date
from chibo_desktop.ui.operations import show_error
from chibo_desktop.ui.table_models.candidate_table_model import CandidateTableModel


class AdmissionsTab(QWidget):
    def __init__(
        self,
        admissions: AdmissionService,
        units: UnitService,
        on_changes: Callable[[Changes], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._admissions = admissions
        self._units = units
        self._on_changes = on_changes
        self._unit_ids: frozenset[UUID] | None = None
        self.model = CandidateTableModel(self)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self.model)
        self._proxy.setSortRole(CandidateTableModel.SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self._proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self.edit_candidate)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty = QLabel(
            self.tr(
                "No candidates here yet. Click “Add a candidate” to start preparing an "
                "outstanding non-member for admission."
            )
        )
        self.empty.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add a candidate…"))
        self.add_button.clicked.connect(self.add_candidate)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_candidate)
        self.admit_button = QPushButton(self.tr("Admission &decision…"))
        self.admit_button.clicked.connect(self.admit)
        self.ceremony_button = QPushButton(self.tr("&Ceremony held…"))
        self.ceremony_button.clicked.connect(self.ceremony)
        self.recognise_button = QPushButton(self.tr("&Recognise as official…"))
        self.recognise_button.clicked.connect(self.recognise)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.admit_button,
            self.ceremony_button,
            self.recognise_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()

    def show_unit(self, unit: Unit | None) -> None:
        self._unit_ids = self._units.subtree_ids(unit.id) if unit else None
        self.refresh()

    def refresh(self) -> None:
        names = {u.id: u.name for u in self._units.all()}
        rows = [
            (c, self._admissions.stage(c), names.get(c.unit_id, ""))
            for c in self._admissions.candidates(self._unit_ids)
        ]
        self.model.set_candidates(rows)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not rows)
        self._update_buttons()

    def selected(self) -> tuple[Candidate, Stage] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.candidate_at(self._proxy.mapToSource(rows[0]).row()) if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        stage = chosen[1] if chosen else None
        self.edit_button.setEnabled(chosen is not None)
        self.admit_button.setEnabled(stage is Stage.VOTED)
        self.ceremony_button.setEnabled(stage is Stage.ADMITTED)
        self.recognise_button.setEnabled(stage is Stage.PROBATION)

    def _cells(self) -> list[Unit]:
        return [u for u in self._units.all() if u.is_cell]

    def _done(self, action: Callable[[], Changes]) -> None:
        try:
            changes = action()
        except Exception as error:
            show_error(self, error)
            return
        self._on_changes(changes)

    def add_candidate(self) -> None:
        dialog = CandidateDialog(self._admissions, self._cells(), parent=self)
        if dialog.exec():
            self._on_changes(dialog.changes)

    def edit_candidate(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        dialog = CandidateDialog(self._admissions, self._cells(), chosen[0], parent=self)
        if dialog.exec():
            self._on_changes(dialog.changes)

    def admit(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        title = self.tr("Admission decision")
        number, ok = QInputDialog.getText(self, title, self.tr("Decision number:"))
        if not ok:
            return
        decided = ask_date(self, title, self.tr("Decision date (dd/mm/yyyy):"))
        if decided is not None:
            self._done(lambda: self._admissions.admit(chosen[0].id, number, decided))

    def ceremony(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        held = ask_date(self, self.tr("Ceremony"), self.tr("Ceremony date (dd/mm/yyyy):"))
        if held is not None:
            self._done(lambda: self._admissions.record_ceremony(chosen[0].id, held))

    def recognise(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen[0].member_id is None:
            return
        member_id = chosen[0].member_id
        title = self.tr("Recognition as official member")
        votes_for, ok = QInputDialog.getInt(
            self, title, self.tr("Official members in favour:"), 0, 0, 999
        )
        if not ok:
            return
        total, ok = QInputDialog.getInt(
            self, title, self.tr("Official members counted:"), 0, 0, 999
        )
        if not ok:
            return
        official = ask_date(self, title, self.tr("Date of recognition (dd/mm/yyyy):"))
        if official is not None:
            self._done(lambda: self._admissions.recognise(member_id, official, votes_for, total))
