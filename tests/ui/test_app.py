"""The program as a whole: self-test on a fresh database, and the first-run set-up."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QTableWidgetItem

from chibo_desktop.app import run_gui
from chibo_desktop.domain.enums import SiteRole
from chibo_desktop.services.workspace import open_workspace
from chibo_desktop.ui import i18n
from chibo_desktop.ui.dialogs.first_run_dialog import FirstRunDialog


def test_self_test_creates_database_and_renders_window(db_path: Path, capsys) -> None:
    assert run_gui(db_path, "vi", self_test=True) == 0
    assert "self-test ok" in capsys.readouterr().out
    workspace = open_workspace(db_path)
    try:
        assert workspace.site is not None
        assert workspace.checks.run() == []
    finally:
        workspace.close()


def test_first_run_sets_up_commune_and_cells(qtbot, db_path: Path) -> None:
    i18n.install("vi")
    workspace = open_workspace(db_path)
    try:
        dialog = FirstRunDialog(workspace.setup, workspace.demo)
        qtbot.addWidget(dialog)
        dialog.office_name.setText("Văn phòng Đảng ủy xã Tân Lập")
        dialog.place_name.setText("Tân Lập")
        dialog.root_name.setText("Đảng bộ xã Tân Lập")
        dialog.cells.setItem(0, 0, QTableWidgetItem("Chi bộ thôn Đông"))
        dialog.cells.setItem(1, 0, QTableWidgetItem("Chi bộ Trạm Y tế"))
        dialog.start_button.click()
        assert dialog.result() == dialog.DialogCode.Accepted.value
        site = workspace.site
        assert site is not None and site.role is SiteRole.COMMUNE and site.place_name == "Tân Lập"
        assert {u.name for u in workspace.units.all()} == {
            "Chi bộ thôn Đông",
            "Chi bộ Trạm Y tế",
            "Đảng bộ xã Tân Lập",
        }
    finally:
        workspace.close()


def test_first_run_with_empty_names_explains_in_vietnamese(qtbot, db_path: Path) -> None:
    i18n.install("vi")
    workspace = open_workspace(db_path)
    try:
        dialog = FirstRunDialog(workspace.setup, workspace.demo)
        qtbot.addWidget(dialog)
        dialog.start_button.click()
        text = dialog.problems.text()
        assert "Tên văn phòng: bắt buộc phải nhập" in text
        assert "Địa danh: bắt buộc phải nhập" in text
        assert workspace.site is None
    finally:
        workspace.close()


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path: Path, capsys) -> None:
    not_a_database = tmp_path / "chibo.sqlite"
    not_a_database.write_bytes(b"PK\x03\x04 a zip file saved under the wrong name" * 10)
    before = not_a_database.read_bytes()
    assert run_gui(not_a_database, "vi", self_test=True) == 2
    assert "Không đọc được" in capsys.readouterr().err
    assert not_a_database.read_bytes() == before
