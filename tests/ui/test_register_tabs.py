"""The register's screens: transfers, admissions, the 213 list, the to-do panel, dissolving a
cell into another — driven through the window on a real database."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from tab_helpers import add_member, cells

from chibo_desktop.domain.entities import Changes, Member, new_id
from chibo_desktop.domain.enums import Gender, MemberStatus, TransferDirection
from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.services.workspace import Workspace
from chibo_desktop.ui import i18n
from chibo_desktop.ui.dialogs.candidate_dialog import CandidateDialog
from chibo_desktop.ui.dialogs.transfer_dialog import TransferDialog
from chibo_desktop.ui.main_window import MainWindow
from chibo_desktop.ui.tabs.residents_213_tab import Resident213Dialog


def _changes(member: Member) -> Changes:
    return Changes(member_ids=frozenset({member.id}))


@pytest.fixture
def window(qtbot, workspace: Workspace) -> MainWindow:
    i18n.install("vi")
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    return win


def test_the_window_has_the_register_tabs_in_vietnamese(window: MainWindow) -> None:
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == [
        "Đảng viên",
        "Sinh hoạt chi bộ",
        "Đánh giá, xếp loại",
        "Chuyển sinh hoạt",
        "Kết nạp đảng viên",
        "Danh sách 213",
    ]


def test_transferring_a_member_out_takes_them_off_the_roster(
    qtbot, window: MainWindow, workspace: Workspace
) -> None:
    dong = cells(workspace)["Chi bộ thôn Đông"]
    member = add_member(workspace, "Nguyễn Văn Tư", dong)
    window.apply_changes(_changes(member))
    dialog = TransferDialog(workspace.transfers, list(cells(workspace).values()), member)
    qtbot.addWidget(dialog)
    dialog.other_organisation.setText("Đảng bộ phường Hà Đông")
    dialog.decided_on.edit.setText("02/11/2026")
    dialog._save()
    assert dialog.problems.text() == ""
    window.apply_changes(dialog.changes)
    assert workspace.members.get(member.id).status is MemberStatus.TRANSFERRED_OUT  # type: ignore[union-attr]
    assert window.roster.model.total == 0
    assert window.transfers.model.rowCount() == 1
    assert window.undo_action.text() == "&Hoàn tác: ghi chuyển sinh hoạt của Nguyễn Văn Tư"


def test_an_internal_transfer_needs_a_receiving_cell_and_explains_bad_dates(
    qtbot, workspace: Workspace
) -> None:
    i18n.install("vi")
    dong = cells(workspace)["Chi bộ thôn Đông"]
    member = add_member(workspace, "Trần Văn Năm", dong)
    dialog = TransferDialog(workspace.transfers, list(cells(workspace).values()), member)
    qtbot.addWidget(dialog)
    dialog.direction.setCurrentIndex(dialog.direction.findData(TransferDirection.INTERNAL.value))
    dialog.decided_on.edit.setText("31/02/2026")
    dialog._save()
    assert "“31/02/2026” không phải là ngày" in dialog.problems.text()
    assert workspace.transfers.all() == []


def test_an_incoming_member_arrives_through_the_transfers_tab(
    qtbot, window: MainWindow, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = window.transfers
    assert tab._stack.currentWidget() is tab.empty_label
    assert tab.empty_label.text().startswith("Chưa có trường hợp chuyển sinh hoạt nào.\n")
    doai = cells(workspace)["Chi bộ thôn Đoài"]
    dialog = TransferDialog(workspace.transfers, list(cells(workspace).values()))
    qtbot.addWidget(dialog)
    dialog.person_name.setText("Lê Thị Sáu")
    dialog.to_cell.setCurrentIndex(dialog.to_cell.findData(doai.id.hex))
    dialog.other_organisation.setText("Đảng bộ xã Yên Sở")
    dialog._save()
    assert dialog.problems.text() == ""
    window.apply_changes(dialog.changes)
    assert tab._stack.currentWidget() is tab.table
    assert any(
        "Lê Thị Sáu" in window.todo.list.item(i).text() for i in range(window.todo.list.count())
    )
    # When the letter is presented, the member's record is entered and linked
    window.transfers.table.selectRow(0)
    monkeypatch.setattr("chibo_desktop.ui.tabs.transfers_tab.ask_date", lambda *a: date.today())

    def enter_member(dialog_self) -> int:
        dialog_self.gender.setCurrentIndex(dialog_self.gender.findData(Gender.FEMALE.value))
        dialog_self.birth_date.edit.setText("03/04/1988")
        dialog_self.admission_date.edit.setText("19/05/2015")
        dialog_self._save()
        return 1

    monkeypatch.setattr("chibo_desktop.ui.tabs.transfers_tab.MemberDialog.exec", enter_member)
    window.transfers.record_arrival()
    [arrived] = workspace.members.page(MemberQuery(text="le thi sau"), 0, 5)
    assert arrived.unit_id == doai.id
    assert workspace.transfers.of_member(arrived.id)[0].arrived_on == date.today()
    # Once it is completed, "only those not completed" leaves nothing, and says why
    tab.open_only.setChecked(True)
    assert tab._stack.currentWidget() is tab.empty_label
    assert tab.empty_label.text() == (
        "Mọi trường hợp chuyển sinh hoạt đã xong.\n"
        "Bỏ chọn “Chỉ những trường hợp chưa xong” để xem tất cả."
    )


def test_admitting_a_candidate_through_the_admissions_tab(
    qtbot, window: MainWindow, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    dong = cells(workspace)["Chi bộ thôn Đông"]
    dialog = CandidateDialog(workspace.admissions, list(cells(workspace).values()))
    qtbot.addWidget(dialog)
    dialog.full_name.setText("Ngô Thị Thu")
    dialog.gender.setCurrentIndex(dialog.gender.findData(Gender.FEMALE.value))
    dialog.birth_date.edit.setText("04/03/2000")
    dialog.unit.setCurrentIndex(dialog.unit.findData(dong.id.hex))
    vote = date.today() - timedelta(days=20)
    dialog.course_on.edit.setText((vote - timedelta(days=400)).strftime("%d/%m/%Y"))
    dialog.application_on.edit.setText((vote - timedelta(days=30)).strftime("%d/%m/%Y"))
    dialog.introducer_count.setValue(2)
    dialog.cell_vote_on.edit.setText(vote.strftime("%d/%m/%Y"))
    dialog.votes_for.setValue(10)
    dialog.votes_total.setValue(12)
    assert "còn giá trị đến" in dialog.course_hint.text()
    dialog._save()
    assert dialog.problems.text() == ""
    window.apply_changes(dialog.changes)
    window.admissions.table.selectRow(0)
    assert window.admissions.admit_button.isEnabled()
    monkeypatch.setattr(
        "chibo_desktop.ui.tabs.admissions_tab.QInputDialog.getText",
        lambda *a, **k: ("45-QĐ/ĐU", True),
    )
    monkeypatch.setattr("chibo_desktop.ui.tabs.admissions_tab.ask_date", lambda *a: date.today())
    window.admissions.admit()
    assert workspace.members.count(MemberQuery(text="ngo thi thu")) == 1
    window.admissions.table.selectRow(0)
    assert window.admissions.ceremony_button.isEnabled()


def test_213_list_of_a_residential_cell(qtbot, window: MainWindow, workspace: Workspace) -> None:
    dong = cells(workspace)["Chi bộ thôn Đông"]
    item = window.tree.findItems("Chi bộ thôn Đông", Qt.MatchFlag.MatchRecursive)[0]
    window.tree.setCurrentItem(item)
    assert window.residents_213.add_button.isEnabled()
    dialog = Resident213Dialog(workspace.residents_213, dong)
    qtbot.addWidget(dialog)
    dialog.full_name.setText("Bùi Văn Mười")
    dialog.workplace.setText("Chi bộ Phòng Tài chính, UBND tỉnh")
    dialog._save()
    window.apply_changes(dialog.changes)
    assert window.residents_213.model.rowCount() == 1
    assert "1 người trong danh sách 213; 1 người chưa có nhận xét" in (
        window.residents_213.explanation.text()
    )
    # A school cell keeps no 213 list
    school = window.tree.findItems("Chi bộ Trường Tiểu học Tân Lập", Qt.MatchFlag.MatchRecursive)
    window.tree.setCurrentItem(school[0])
    assert not window.residents_213.add_button.isEnabled()


def test_dissolving_a_cell_with_members_moves_them(
    window: MainWindow, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    school = cells(workspace)["Chi bộ Trường Tiểu học Tân Lập"]
    for i in range(3):
        add_member(workspace, f"Đỗ Văn Số {i}", school)
    window.apply_changes(_changes(Member(new_id(), "x y", school.id, Gender.MALE)))
    item = window.tree.findItems(school.name, Qt.MatchFlag.MatchRecursive)[0]
    window.tree.setCurrentItem(item)
    monkeypatch.setattr(
        "chibo_desktop.ui.main_window.QInputDialog.getItem",
        lambda *a, **k: ("Chi bộ thôn Đông", True),
    )
    monkeypatch.setattr("chibo_desktop.ui.main_window.ask_date", lambda *a: date.today())
    monkeypatch.setattr("chibo_desktop.ui.main_window.confirm", lambda *a: True)
    warnings: list[str] = []
    monkeypatch.setattr(
        "chibo_desktop.ui.main_window.inform", lambda _p, _t, text, **k: warnings.append(text)
    )
    window.dissolve_unit()
    assert workspace.units.get(school.id).dissolved_on == date.today()  # type: ignore[union-attr]
    dong = cells(workspace)["Chi bộ thôn Đông"]
    assert workspace.members.count(MemberQuery(unit_ids=frozenset({dong.id}))) == 3
    assert window.undo_action.text().startswith("&Hoàn tác: giải thể Chi bộ Trường Tiểu học")
    assert warnings == []  # three official members: enough


def test_todo_panel_lists_small_cells_in_vietnamese(window: MainWindow) -> None:
    texts = [window.todo.list.item(i).text() for i in range(window.todo.list.count())]
    assert "Chi bộ thôn Đông: chỉ có 0 đảng viên chính thức (cần ít nhất 3)" in texts
    assert window.todo.title.text().startswith("Việc cần làm: 3")


def test_register_models_pass_qt_model_checks(
    qtmodeltester, window: MainWindow, workspace: Workspace
) -> None:
    dong = cells(workspace)["Chi bộ thôn Đông"]
    member = add_member(workspace, "Nguyễn Văn Tư", dong)
    dialog = TransferDialog(workspace.transfers, list(cells(workspace).values()), member)
    dialog.other_organisation.setText("Đảng bộ phường Hà Đông")
    dialog._save()
    window.apply_changes(dialog.changes)
    item = window.tree.findItems("Chi bộ thôn Đông", Qt.MatchFlag.MatchRecursive)[0]
    window.tree.setCurrentItem(item)
    assert window.transfers.model.rowCount() == 1
    for model in (window.transfers.model, window.admissions.model, window.residents_213.model):
        qtmodeltester.check(model)
