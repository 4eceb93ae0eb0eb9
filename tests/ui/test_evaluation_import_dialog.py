"""The results import window, driven as a person would: choose the file, read the rows, import
only the good ones when some have problems."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from roster_files import write_xlsx
from services.conftest import member_draft

from chibo_desktop.domain.entities import Member
from chibo_desktop.domain.enums import MemberStatus
from chibo_desktop.domain.rules import Level
from chibo_desktop.services.workspace import Workspace
from chibo_desktop.ui import i18n
from chibo_desktop.ui.dialogs.evaluation_import_dialog import (
    EvaluationImportDialog,
    run_evaluation_import,
)
from chibo_desktop.ui.table_models.evaluation_import_table_model import (
    EvaluationImportTableModel as Model,
)

YEAR = 2026


@pytest.fixture
def members(workspace: Workspace) -> dict[str, Member]:
    """Chi bộ thôn Đông: Bình, Lan and Nam (exempt); 2026 opened."""
    i18n.install("en")
    dong = next(u for u in workspace.units.all() if u.name == "Chi bộ thôn Đông")
    added = [
        member_draft(dong.id, "Nguyễn Văn Bình"),
        member_draft(dong.id, "Trần Thị Lan"),
        member_draft(
            dong.id, "Đỗ Văn Nam", status=MemberStatus.EXEMPT, status_date=date(2024, 1, 2)
        ),
    ]
    for member in added:
        workspace.members.add(member)
    site = workspace.site
    assert site is not None and site.unit_id is not None
    workspace.evaluations.open_year(site.unit_id, YEAR)
    return {m.full_name: m for m in added}


@pytest.fixture
def results(tmp_path: Path) -> Path:
    return write_xlsx(
        tmp_path / "kết quả.xlsx",
        [
            ["CHI BỘ THÔN ĐÔNG"],
            [None, "KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI ĐẢNG VIÊN NĂM 2026"],
            [],
            ["STT", "Họ và tên", "Ngày sinh", "Điểm tiêu chí chung", "Điểm nhiệm vụ",
             "Tự xếp loại", "Chi bộ đề xuất", "Đảng ủy quyết định"],
            [1, "Nguyễn Văn Bình", "30/04/1975", 27, 64, "HTXSNV", "HTTNV", "HTTNV"],
            [2, "Trần Thị Lan", "30/04/1975", 24, 52, "Hoàn thành tốt nhiệm vụ", "Tốt", "Tốt"],
            [3, "Đỗ Văn Nam", "30/04/1975", None, None, "HTNV", "HTNV", "HTNV"],
        ],
    )  # fmt: skip


@pytest.fixture
def dialog(qtbot, workspace: Workspace, members: dict[str, Member]) -> EvaluationImportDialog:
    dialog = EvaluationImportDialog(workspace.evaluation_import, YEAR)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_rows_are_shown_and_only_the_good_ones_imported(
    qtbot, qtmodeltester, dialog: EvaluationImportDialog, workspace: Workspace, members, results
) -> None:
    # Given nothing chosen yet, nothing can be imported
    assert not dialog.import_button.isEnabled()

    # When the file is chosen and checked
    dialog.path.setText(str(results))
    dialog.check_file()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)

    # Then every row is listed with what importing it does, and the exempt member's row says why
    # it cannot be imported
    model = dialog.model
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert dialog.counts.text() == (
        "Rows read: 3. New: 2. Updated: 0. Unchanged: 0. With errors: 1."
    )
    shown = [
        [model.index(r, c).data() for c in (Model.ROW, Model.STATUS, Model.FINAL_LEVEL)]
        for r in range(3)
    ]
    assert shown == [["5", "New", "HTTNV"], ["6", "New", "HTTNV"], ["7", "Error", ""]]
    assert model.index(0, Model.SCORE).data() == "27 + 64 = 91"
    assert (
        model.index(2, Model.PROBLEMS)
        .data()
        .startswith("Full name: Đỗ Văn Nam is not reviewed in 2026. Not reviewed: exempt")
    )
    assert "Column headers found on row 4." in dialog.report.text()
    assert "Columns not imported: STT." in dialog.report.text()
    dialog.view.selectRow(2)
    assert dialog.detail.text().startswith("Row 7: Full name: Đỗ Văn Nam")

    # And Import waits until the person chooses to leave the bad row out
    assert not dialog.import_button.isEnabled()
    assert dialog.warning.text().startswith("The file has rows with problems.")
    dialog.only_good.setChecked(True)
    assert dialog.import_button.isEnabled()

    # When Import is pressed
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.changes is not None, timeout=10_000)

    # Then the two good rows are written as one undoable step, and the window says so
    assert dialog.changes.evaluations
    binh = workspace.evaluations.member_evaluation(members["Nguyễn Văn Bình"].id, YEAR)
    assert (binh.general_score, binh.task_score, binh.self_level) == (27, 64, Level.EXCELLENT)
    lan = workspace.evaluations.member_evaluation(members["Trần Thị Lan"].id, YEAR)
    assert lan.final_level is Level.GOOD
    assert workspace.evaluations.member_evaluation(members["Đỗ Văn Nam"].id, YEAR) is None
    assert workspace.undo.undo_label.count == 2
    assert dialog.done_message.text().startswith("Imported from “kết quả.xlsx”: 2 new, 0 updated.")
    assert not dialog.import_button.isEnabled()


def test_an_unreadable_file_is_said_under_the_file_name(
    qtbot, dialog: EvaluationImportDialog, tmp_path: Path
) -> None:
    missing = tmp_path / "không có.xlsx"
    dialog.path.setText(str(missing))
    dialog.check_file()
    qtbot.waitUntil(lambda: dialog.problem.isVisible(), timeout=10_000)
    assert dialog.problem.text() == f"{missing}: there is no such file."
    assert dialog.preview is None and not dialog.import_button.isEnabled()


def test_run_evaluation_import_returns_none_when_closed_without_importing(
    qtbot, workspace: Workspace, members
) -> None:
    def close_the_window() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, EvaluationImportDialog) and widget.isVisible():
                widget.reject()

    QTimer.singleShot(0, close_the_window)
    assert run_evaluation_import(None, workspace, YEAR) is None
