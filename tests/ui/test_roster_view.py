"""The roster's filters and its user-chosen columns (remembered in the data folder)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex

from chibo_desktop.domain.entities import Changes, Member, Transfer, new_id
from chibo_desktop.domain.enums import Gender, TransferDirection, TransferKind
from chibo_desktop.services.workspace import Workspace
from chibo_desktop.ui import i18n
from chibo_desktop.ui.table_models.roster_table_model import PAGE_SIZE, RosterTableModel
from chibo_desktop.ui.tabs.roster_tab import RosterTab


def tab(qtbot, workspace: Workspace) -> RosterTab:
    i18n.install("vi")
    roster = RosterTab(workspace.members, workspace.units, lambda _changes: None)
    qtbot.addWidget(roster)
    roster.show_unit(None)
    return roster


def add(workspace: Workspace, name: str, gender: Gender, ethnicity: str) -> None:
    cell = next(u for u in workspace.units.all() if u.is_cell)
    workspace.members.add(
        Member(
            id=new_id(),
            full_name=name,
            unit_id=cell.id,
            gender=gender,
            ethnicity=ethnicity,
            birth_date=date(1980, 1, 1),
            admission_date=date(2005, 1, 1),
            official_date=date(2006, 1, 1),
        )
    )


def test_filters_narrow_the_roster_and_say_how_to_clear_them(qtbot, workspace: Workspace) -> None:
    add(workspace, "Lò Văn Pọm", Gender.MALE, "Thái")
    add(workspace, "Lò Thị Ín", Gender.FEMALE, "Thái")
    add(workspace, "Trần Thị Mai", Gender.FEMALE, "Kinh")
    roster = tab(qtbot, workspace)
    assert roster.model.total == 3
    roster.filters.gender.setCurrentIndex(roster.filters.gender.findData(Gender.FEMALE.value))
    assert roster.model.total == 2
    roster.filters.ethnicity.setCurrentIndex(roster.filters.ethnicity.findData("minorities"))
    assert [roster.model.member_at(r).full_name for r in range(roster.model.rowCount())] == [
        "Lò Thị Ín"
    ]
    roster.filters.theory.setCurrentIndex(2)  # the first trained level: nobody
    assert "Bỏ lọc" in roster.empty_label.text()
    roster.filters.clear()
    assert roster.model.total == 3


def test_chosen_columns_are_remembered(qtbot, workspace: Workspace, chibo_home: Path) -> None:
    roster = tab(qtbot, workspace)
    assert roster.table.isColumnHidden(RosterTableModel.ETHNICITY)
    roster.columns._toggle(RosterTableModel.ETHNICITY, True)
    roster.columns._toggle(RosterTableModel.GENDER, False)
    assert (chibo_home / "settings.ini").exists()
    again = tab(qtbot, workspace)
    assert not again.table.isColumnHidden(RosterTableModel.ETHNICITY)
    assert again.table.isColumnHidden(RosterTableModel.GENDER)
    assert "ethnicity" in again.columns.visible_keys()
    assert "gender" not in again.columns.visible_keys()


def test_the_model_shows_the_extra_columns(qtbot, workspace: Workspace) -> None:
    add(workspace, "Lò Văn Pọm", Gender.MALE, "Thái")
    roster = tab(qtbot, workspace)
    roster.model.apply_changes(Changes())
    index = roster.model.index(0, RosterTableModel.ETHNICITY)
    assert roster.model.data(index) == "Thái"


def test_typing_a_common_name_shows_a_page_and_says_there_are_more(
    qtbot, workspace: Workspace
) -> None:
    cell = next(u for u in workspace.units.all() if u.is_cell)
    with workspace.store.transaction():
        workspace.store.insert_new(
            Member(
                id=new_id(),
                full_name=f"Nguyễn Văn Bình {i:03d}",
                unit_id=cell.id,
                gender=Gender.MALE,
                birth_date=date(1980, 1, 1),
                admission_date=date(2005, 1, 1),
            )
            for i in range(PAGE_SIZE + 30)
        )
    roster = tab(qtbot, workspace)
    assert roster.count_label.text() == f"{PAGE_SIZE + 30} đảng viên"

    roster.search.setText("nguyen van")
    qtbot.waitUntil(lambda: roster.count_label.text() == f"hơn {PAGE_SIZE} đảng viên")
    assert roster.model.rowCount() == PAGE_SIZE and roster.model.canFetchMore(QModelIndex())
    roster.model.fetchMore(QModelIndex())
    assert roster.model.rowCount() == PAGE_SIZE + 30 and roster.model.total_is_exact

    roster.search.setText("Bình 01")  # 010–019
    qtbot.waitUntil(lambda: roster.count_label.text() == "10 đảng viên")
    assert not roster.model.canFetchMore(QModelIndex())


def test_a_temporary_guest_of_the_chosen_cell_is_shown_while_searching(
    qtbot, workspace: Workspace
) -> None:
    # Given a cell hosting a member of another organisation for a while, and one of its own
    add(workspace, "Lò Văn Pọm", Gender.MALE, "Thái")
    cell = next(u for u in workspace.units.all() if u.is_cell)
    other = next(u for u in workspace.units.all() if u.is_cell and u.id != cell.id)
    workspace.transfers.save(
        Transfer(
            id=new_id(),
            kind=TransferKind.TEMPORARY,
            direction=TransferDirection.IN,
            decided_on=date(2026, 9, 1),
            person_name="Cao Văn Khách",
            to_unit_id=cell.id,
            other_organisation="Đảng bộ phường Láng Hạ",
            arrived_on=date(2026, 9, 3),
            ends_on=date(2027, 3, 1),
        )
    )
    roster = RosterTab(
        workspace.members, workspace.units, lambda _c: None, transfers=workspace.transfers
    )
    qtbot.addWidget(roster)

    # When the cell is chosen, and a name searched for
    roster.show_unit(cell)
    shown = roster.guests_label.text()
    roster.search.setText("pom")
    roster._apply_filter()

    # Then the guest is named (not counted) throughout, and only for the cell that hosts them
    assert "Cao Văn Khách" in shown
    assert roster.guests_label.text() == shown and not roster.guests_label.isHidden()
    assert roster.model.total == 1
    roster.show_unit(other)
    assert roster.guests_label.isHidden()
