"""The main window on a real database file: roster, search, add/edit/delete, undo/redo."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction

from chibo_desktop.app import run_gui
from chibo_desktop.domain.entities import Member, new_id
from chibo_desktop.domain.enums import Gender
from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.services.roster_export import ExportFormat
from chibo_desktop.services.workspace import Workspace
from chibo_desktop.ui import i18n
from chibo_desktop.ui.dialogs.member_dialog import MemberDialog
from chibo_desktop.ui.main_window import MainWindow
from chibo_desktop.ui.table_models.roster_table_model import RosterTableModel

NAMES = ["Nguyễn Văn Đức", "Trần Thị Ân", "Lê Văn An", "Phạm Thị Ăn", "Hoàng Minh Bình"]


@pytest.fixture
def window(qtbot, workspace: Workspace) -> MainWindow:
    i18n.install("vi")
    cells = [u for u in workspace.units.all() if u.is_cell]
    for i, name in enumerate(NAMES):
        workspace.members.add(
            Member(
                id=new_id(),
                full_name=name,
                unit_id=cells[i % 2].id,
                gender=Gender.FEMALE if " Thị " in name else Gender.MALE,
                birth_date=date(1970, 1, 1 + i),
                admission_date=date(1995, 5, 19),
                party_card=f"1234567{i}",
            )
        )
    workspace.undo.clear()
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.show()
    return win


def names_shown(win: MainWindow) -> list[str]:
    model = win.roster.model
    return [model.member_at(row).full_name for row in range(model.rowCount())]


def test_roster_lists_members_in_vietnamese_order_by_given_name(window: MainWindow) -> None:
    # An < Ăn < Ân < Bình < Đức, whatever the family name
    assert names_shown(window) == [
        "Lê Văn An",
        "Phạm Thị Ăn",
        "Trần Thị Ân",
        "Hoàng Minh Bình",
        "Nguyễn Văn Đức",
    ]
    assert window.roster.count_label.text() == "5 đảng viên"


def test_search_as_you_type_ignores_tone_marks(qtbot, window: MainWindow) -> None:
    qtbot.keyClicks(window.roster.search, "nguyen van duc")
    qtbot.waitUntil(lambda: names_shown(window) == ["Nguyễn Văn Đức"])
    window.roster.search.clear()
    window.roster.search.insert("Thị Ân")  # QTest types only Latin-1; Vietnamese comes via IME
    # Ăn and Ân differ only in a letter modifier, which search ignores, as it ignores tone marks
    qtbot.waitUntil(lambda: names_shown(window) == ["Phạm Thị Ăn", "Trần Thị Ân"])


def test_search_with_no_match_says_so_in_vietnamese(qtbot, window: MainWindow) -> None:
    qtbot.keyClicks(window.roster.search, "khong co ai")
    qtbot.waitUntil(lambda: window.roster.model.total == 0)
    assert "Không có đảng viên nào khớp với “khong co ai”" in window.roster.empty_label.text()


def test_choosing_a_cell_filters_the_roster(window: MainWindow, workspace: Workspace) -> None:
    cell = next(u for u in workspace.units.all() if u.name == "Chi bộ thôn Đoài")
    item = window.tree.findItems("Chi bộ thôn Đoài", Qt.MatchFlag.MatchRecursive)[0]
    window.tree.setCurrentItem(item)
    expected = workspace.members.count(MemberQuery(unit_ids=frozenset({cell.id})))
    assert window.roster.model.total == expected == 2


def test_empty_cell_explains_how_to_add_members(window: MainWindow) -> None:
    item = window.tree.findItems("Chi bộ Trường Tiểu học Tân Lập", Qt.MatchFlag.MatchRecursive)[0]
    window.tree.setCurrentItem(item)
    assert window.roster.model.total == 0
    assert "chưa có đảng viên nào" in window.roster.empty_label.text()
    assert "Thêm đảng viên" in window.roster.empty_label.text()


def test_add_member_then_undo_and_redo(qtbot, window: MainWindow, workspace: Workspace) -> None:
    cells = [u for u in workspace.units.all() if u.is_cell]
    dialog = MemberDialog(workspace.members, cells)
    qtbot.addWidget(dialog)
    dialog.full_name.insert("Bùi Thị Yến")
    dialog.gender.setCurrentIndex(dialog.gender.findData(Gender.FEMALE))
    qtbot.keyClicks(dialog.birth_date.edit, "5/2/1980")
    qtbot.keyClicks(dialog.admission_date.edit, "03/02/2010")
    dialog._save()
    assert dialog.problems_label.text() == ""
    assert dialog.result() == dialog.DialogCode.Accepted.value
    window.apply_changes(dialog.changes)
    assert "Bùi Thị Yến" in names_shown(window)
    assert window.undo_action.text() == "&Hoàn tác: thêm đảng viên Bùi Thị Yến"

    window.undo_action.trigger()
    assert "Bùi Thị Yến" not in names_shown(window)
    assert window.redo_action.text() == "&Làm lại: thêm đảng viên Bùi Thị Yến"

    window.redo_action.trigger()
    assert "Bùi Thị Yến" in names_shown(window)
    stored = workspace.members.page(MemberQuery(text="bui thi yen"), 0, 5)
    assert [(m.birth_date, m.admission_date) for m in stored] == [
        (date(1980, 2, 5), date(2010, 2, 3))
    ]


def test_invalid_member_shows_vietnamese_problems_and_saves_nothing(
    qtbot, window: MainWindow, workspace: Workspace
) -> None:
    cells = [u for u in workspace.units.all() if u.is_cell]
    before = workspace.members.count(MemberQuery())
    dialog = MemberDialog(workspace.members, cells)
    qtbot.addWidget(dialog)
    dialog.full_name.insert("Nguyễn")
    qtbot.keyClicks(dialog.birth_date.edit, "31/02/1980")
    qtbot.keyClicks(dialog.personal_id, "1234")
    dialog._save()
    text = dialog.problems_label.text()
    assert "Ngày sinh: “31/02/1980” không phải là ngày" in text
    assert "Họ và tên: cần ghi đủ họ và tên" in text
    assert "Số định danh cá nhân: phải có 12 chữ số, nhưng đã nhập 4 chữ số." in text
    assert "Ngày vào Đảng: bắt buộc phải nhập" in text
    assert dialog.result() != dialog.DialogCode.Accepted.value
    assert workspace.members.count(MemberQuery()) == before


def test_edit_member_updates_the_row_in_place(
    qtbot, window: MainWindow, workspace: Workspace
) -> None:
    row = names_shown(window).index("Hoàng Minh Bình")
    member = window.roster.model.member_at(row)
    cells = [u for u in workspace.units.all() if u.is_cell]
    dialog = MemberDialog(workspace.members, cells, member=member)
    qtbot.addWidget(dialog)
    dialog.phone.setText("0912345678")
    dialog._save()
    assert dialog.problems_label.text() == ""
    window.apply_changes(dialog.changes)
    assert window.roster.model.member_at(row).phone == "0912345678"
    assert window.undo_action.text() == "&Hoàn tác: sửa đảng viên Hoàng Minh Bình"


def test_delete_asks_first_and_can_be_undone(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer_yes(_parent, _title, text, _action) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr("chibo_desktop.ui.tabs.roster_tab.confirm", answer_yes)
    window.roster.table.selectRow(0)
    window.roster.delete_button.click()
    assert asked and "Xóa Lê Văn An khỏi danh sách?" in asked[0]
    assert "Lê Văn An" not in names_shown(window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Lê Văn An" in names_shown(window)


def test_roster_model_passes_qt_model_checks(qtmodeltester, window: MainWindow) -> None:
    qtmodeltester.check(window.roster.model)


def test_model_pages_lazily(workspace: Workspace, qtbot) -> None:
    cell = next(u for u in workspace.units.all() if u.is_cell)
    with workspace.store.transaction():
        workspace.store.insert_new(
            Member(
                id=new_id(),
                full_name=f"Nguyễn Văn Số {i:04d}",
                unit_id=cell.id,
                gender=Gender.MALE,
                birth_date=date(1970, 1, 1),
                admission_date=date(1995, 1, 1),
            )
            for i in range(450)
        )
    model = RosterTableModel(workspace.members)
    model.set_query(MemberQuery())
    assert model.total == 450 and model.rowCount() == 200
    model.fetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 450 and not model.canFetchMore(model.index(-1, -1))


def test_english_is_chosen_in_the_help_menu_for_the_next_start(
    window: MainWindow, answer, db_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    [vietnamese, english] = window.language_menu.actions()
    assert window.language_menu.title() == "&Ngôn ngữ (Language)"
    assert (vietnamese.text(), vietnamese.isChecked()) == ("Tiếng Việt", True)
    assert (english.text(), english.isChecked()) == ("English", False)
    said: list[str] = []
    answer(lambda box: (said.append(box.text()), box.accept()))
    english.trigger()
    assert said == [
        "Lần mở chương trình sau sẽ hiển thị bằng English. Muốn đổi ngay, hãy đóng chương "
        "trình rồi mở lại."
    ]
    assert english.isChecked() and not vietnamese.isChecked()
    # The next start, without --lang, is in English
    monkeypatch.setattr("chibo_desktop.app._run_self_test", lambda app, path: 0)
    try:
        assert run_gui(db_path, self_test=True) == 0
        assert QLocale().language() == QLocale.Language.English
        assert window.tr("&Help") == "&Help"
    finally:
        i18n.install("vi")
    assert i18n.chosen_language() == "en"


def test_the_member_actions_of_the_menus_act_on_the_members_tab(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    exported: list[ExportFormat] = []
    monkeypatch.setattr(window.roster, "export_shown", exported.append)
    window.tabs.setCurrentIndex(1)
    [excel] = [
        a for a in window.menuBar().findChildren(QAction) if a.shortcut().toString() == "Ctrl+E"
    ]
    excel.trigger()
    assert window.tabs.currentWidget() is window.roster
    assert exported == [ExportFormat.XLSX]
