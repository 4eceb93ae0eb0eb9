"""Đảng viên: the members of the unit chosen in the tree, searched as you type."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from uuid import UUID

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from chibo_desktop.domain.entities import Changes, Member, Unit
from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.member_records import MemberRecordService
from chibo_desktop.services.members import MemberService
from chibo_desktop.services.roster_export import ExportFormat, RosterExportService
from chibo_desktop.services.transfers import TransferService
from chibo_desktop.services.units import UnitService
from chibo_desktop.ui.dialogs.member_dialog import MemberDialog
from chibo_desktop.ui.dialogs.message_box import confirm, inform
from chibo_desktop.ui.export_flow import export_roster
from chibo_desktop.ui.messages import describe_refusal
from chibo_desktop.ui.operations import BackgroundRunner
from chibo_desktop.ui.table_models.roster_table_model import RosterTableModel
from chibo_desktop.ui.widgets.column_chooser import ColumnChooser
from chibo_desktop.ui.widgets.roster_filters import RosterFilters

SEARCH_DELAY_MS = 150


class RosterTab(QWidget):
    transfer_requested = Signal(object)  # the selected Member

    def __init__(
        self,
        members: MemberService,
        units: UnitService,
        on_changes: Callable[[Changes], None],
        parent: QWidget | None = None,
        *,
        records: MemberRecordService | None = None,
        exports: RosterExportService | None = None,
        runner: BackgroundRunner | None = None,
        transfers: TransferService | None = None,
    ) -> None:
        super().__init__(parent)
        self._members = members
        self._records = records  # a member's posts, awards, badges, status log and timeline
        self._units = units
        self._exports = exports
        self._runner = runner or BackgroundRunner(self)
        self._on_changes = on_changes
        self._transfers = transfers
        self._unit: Unit | None = None
        # The chosen unit and those below it, read when the choice (or the tree) changes, not on
        # every keystroke of a search: a province's tree has 3,000 cells.
        self._unit_ids: frozenset[UUID] | None = None
        # Members of other organisations temporarily active here: shown apart, not counted.
        self.guests_label = QLabel()
        self.guests_label.setWordWrap(True)
        self.guests_label.hide()

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search by name (with or without tone marks), party card or ID number…")
        )
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        self.show_all = QCheckBox(self.tr("Also show members who have left"))
        self.show_all.toggled.connect(self._apply_filter)
        self.count_label = QLabel()
        self.filters = RosterFilters()
        self.filters.changed.connect(self._apply_filter)

        self.model = RosterTableModel(members, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(RosterTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        # Widths from typical contents, not from the loaded rows: a province has 300,000 of them.
        metrics = self.table.fontMetrics()
        typical = {
            RosterTableModel.NAME: "Nguyễn Thị Phương Thảo",
            RosterTableModel.BIRTH_DATE: "00/00/0000",
            RosterTableModel.GENDER: "Nam",
            RosterTableModel.UNIT: "Chi bộ Trường Tiểu học",
            RosterTableModel.ADMISSION_DATE: "00/00/0000",
            RosterTableModel.OFFICIAL_DATE: "00/00/0000",
            RosterTableModel.STATUS: "Đình chỉ sinh hoạt",
            RosterTableModel.PARTY_CARD: "000000000000",
        }
        for column, sample in typical.items():
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        header.setStretchLastSection(True)
        header.setToolTip(self.tr("Right-click to choose the columns shown"))
        self.columns = ColumnChooser(
            self.table,
            "roster/columns",
            RosterTableModel.KEYS,
            RosterTableModel.DEFAULT_COLUMNS,
        )
        self.table.doubleClicked.connect(self.edit_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #555; font-size: 14pt;")
        self._stack = QStackedWidget()
        self._stack.addWidget(self.table)
        self._stack.addWidget(self.empty_label)

        self.add_button = QPushButton(self.tr("&Add member"))
        self.add_button.setToolTip(self.tr("Add a member (Ctrl+N)"))
        self.add_button.clicked.connect(self.add_member)
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_button.setToolTip(self.tr("Delete the selected member (Del); can be undone"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.transfer_button = QPushButton(self.tr("&Transfer…"))
        self.transfer_button.setToolTip(
            self.tr("Transfer of Party activity: out of the commune, or to another cell")
        )
        self.transfer_button.clicked.connect(
            lambda: self.transfer_requested.emit(self.selected_member())
        )
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setToolTip(
            self.tr("Save the members shown (all of them, not only the rows on screen) to Excel")
        )
        self.export_button.clicked.connect(lambda: self.export_shown(ExportFormat.XLSX))
        self.print_button = QPushButton(self.tr("Print list (PDF)…"))
        self.print_button.setToolTip(
            self.tr("The member list as a PDF in the Party document format, ready to print")
        )
        self.print_button.clicked.connect(lambda: self.export_shown(ExportFormat.PDF))
        for button in (self.export_button, self.print_button):
            button.setVisible(exports is not None)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_all)
        top.addWidget(self.filters.clear_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.transfer_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self._stack, 1)
        layout.addWidget(self.guests_label)
        layout.addLayout(buttons)
        self._update_buttons()

    # -- what is shown -----------------------------------------------------------------------------
    def show_unit(self, unit: Unit | None) -> None:
        self._unit = unit
        self.refresh_unit_names()
        self._apply_filter()
        self._show_guests()

    def refresh_unit_names(self) -> None:
        self.model.set_unit_names({u.id: u.name for u in self._units.all()})
        self._unit_ids = self._units.subtree_ids(self._unit.id) if self._unit else None

    def _query(self) -> MemberQuery:
        query = dataclasses.replace(
            self.model.query,
            unit_ids=self._unit_ids,
            text=self.search.text(),
            on_roll_only=not self.show_all.isChecked(),
        )
        return self.filters.apply(query)

    def _apply_filter(self) -> None:
        self._search_timer.stop()
        self.model.set_query(self._query())
        self._after_reload()

    def apply_changes(self, changes: Changes) -> None:
        if changes.unit_ids:
            self.refresh_unit_names()
        self.model.apply_changes(changes)
        self._after_reload()
        self._show_guests()

    def _show_guests(self) -> None:
        guests = (
            self._transfers.temporary_guests(self._unit_ids)
            if self._transfers is not None and self._unit_ids is not None
            else []
        )
        self.guests_label.setVisible(bool(guests))
        self.guests_label.setText(
            self.tr("Temporarily active here, not counted: {names}").format(
                names=", ".join(g.person_name for g in guests)
            )
        )

    def _after_reload(self) -> None:
        total = self.model.total
        if self.model.total_is_exact:
            self.count_label.setText(self.tr("%n member(s)", "", total))
        else:
            shown = QLocale().toString(total)
            self.count_label.setText(self.tr("more than {count} members").format(count=shown))
        if total:
            self._stack.setCurrentWidget(self.table)
        else:
            self.empty_label.setText(self._empty_text())
            self._stack.setCurrentWidget(self.empty_label)
        self._update_buttons()

    def _empty_text(self) -> str:
        if self.search.text().strip():
            return self.tr(
                "No member matches “{text}”.\nCheck the spelling or clear the search."
            ).format(text=self.search.text().strip())
        if self.filters.active:
            return self.tr("No member matches the filters.\nClick “Clear filters” to see everyone.")
        if self._unit is not None and self._unit.is_cell:
            return self.tr(
                "{unit} has no members yet.\nClick “Add member” (Ctrl+N) to add the first one, "
                "or bring in a whole list from Excel: File → Import members from Excel… (Ctrl+I)."
            ).format(unit=self._unit.name)
        return self.tr(
            "No members yet.\nChoose a cell on the left, then click “Add member”, or bring in a "
            "whole list from Excel: File → Import members from Excel… (Ctrl+I)."
        )

    def _update_buttons(self) -> None:
        selected = self.selected_member() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
        self.transfer_button.setEnabled(selected)
        self.add_button.setEnabled(bool(self._cells()))
        self.export_button.setEnabled(self.model.total > 0)
        self.print_button.setEnabled(self.model.total > 0)

    # -- actions -----------------------------------------------------------------------------------
    def export_shown(self, kind: ExportFormat) -> None:
        """Export what the view shows now: the unit, the search, "show all" and the order; a
        sheet gets the columns shown, as they stand on screen, after the row number."""
        if self._exports is None or self.model.total == 0:
            return
        header = self.table.horizontalHeader()
        shown = [c for c in range(self.model.columnCount()) if not self.table.isColumnHidden(c)]
        columns = [
            "index",
            *(RosterTableModel.KEYS[c] for c in sorted(shown, key=header.visualIndex)),
        ]
        unit_name = self._unit.name if self._unit else ""
        export_roster(self, self._runner, self._exports, self._query(), kind, unit_name, columns)

    def _cells(self) -> list[Unit]:
        return [u for u in self._units.all() if u.is_cell]

    def selected_member(self) -> Member | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.member_at(rows[0].row()) if rows else None

    def add_member(self) -> None:
        default_cell = self._unit.id if self._unit and self._unit.is_cell else None
        dialog = MemberDialog(
            self._members,
            self._cells(),
            default_cell=default_cell,
            parent=self,
            records=self._records,
        )
        dialog.exec()
        if not dialog.changes.empty:
            self._on_changes(dialog.changes)

    def edit_selected(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        dialog = MemberDialog(
            self._members,
            self._cells(),
            member=member,
            parent=self,
            records=self._records,
            units=self._units.all(),
        )
        dialog.exec()
        # Entries of the member's lists are saved at once, so even "Cancel" may have changed data.
        if not dialog.changes.empty:
            self._on_changes(dialog.changes)

    def open_member(self, member_id: UUID) -> None:
        """Show the member (from the to-do list): select them in the whole roster and open them."""
        self.search.clear()
        self.show_all.setChecked(True)
        self._apply_filter()
        member = self._members.get(member_id)
        if member is None:
            return
        self.search.setText(member.full_name)
        self._apply_filter()
        for row in range(self.model.rowCount()):
            if self.model.member_at(row).id == member_id:
                self.table.selectRow(row)
                self.edit_selected()
                return

    def delete_selected(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        title = self.tr("Delete member")
        question = self.tr(
            "Delete {name} from the roster?\n\nUse this for a record entered by mistake; "
            "for a member who left, change the status instead. You can undo it (Ctrl+Z)."
        ).format(name=member.full_name)
        if not confirm(self, title, question, self.tr("Delete")):
            return
        try:
            self._on_changes(self._members.delete(member.id))
        except OperationRefused as refused:
            inform(self, title, describe_refusal(refused), warning=True)
