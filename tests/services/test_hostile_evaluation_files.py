"""Hostile results files: whatever a cell's file of evaluation results holds — any bytes, a real
file damaged, the XML inside an .xlsx broken, or a real file with any table in it, naming the
commune's real members or not — importing it ends in the results imported, the file refused
with its reason, or the rows' problems and the import's refusal worded for a person; a refused
import leaves the database exactly as it was."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from db_dump import dump, query
from hostile_sheets import hostile_file, real_files
from hostile_values import FUZZ
from hypothesis import given, settings
from services.conftest import member_draft

from chibo_desktop.domain.entities import Unit
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.evaluation_import import FileUnreadable
from chibo_desktop.services.workspace import Workspace
from chibo_desktop.ui import evaluation_import_texts, import_report, messages

YEAR = 2026
MEMBERS = (
    ("Nguyễn Văn Bình", dt.date(1975, 4, 30), "001075000123"),
    ("Trần Thị Lan", dt.date(1980, 1, 2), ""),
    ("Lê Văn Tám", dt.date(1962, 9, 2), "001062000456"),
)


def results_rows() -> list[list[Any]]:
    """A cell's results file as cells keep it, naming the members of Chi bộ thôn Đông."""
    headers = ["STT", "Họ và tên", "Ngày sinh", "Số CCCD", "Chi bộ", "Mẫu phiếu",
               "Điểm tiêu chí chung", "Điểm nhiệm vụ", "Tổng điểm", "Tự xếp loại",
               "Chi bộ đề xuất", "Đảng ủy quyết định", "Ghi chú"]  # fmt: skip
    rows: list[list[Any]] = [["CHI BỘ THÔN ĐÔNG"], [], headers]
    for n, (name, born, personal_id) in enumerate(MEMBERS, start=1):
        rows.append([n, name, born, personal_id or None, "Chi bộ thôn Đông", "2C", 25, 60, 85,
                     "HTTNV", "HTTNV", "HTXSNV", None])  # fmt: skip
    return [*rows, [], [None, "T/M CHI BỘ"]]


def imported(workspace: Workspace, path: Path) -> None:
    """The results import's steps on ``path``: read, guess the columns, preview, import the
    good rows. Every refusal and problem has its sentence; nothing is written unless imported."""
    service = workspace.evaluation_import
    before = dump(workspace.path)
    try:
        table = service.read(path)
    except FileUnreadable as unreadable:
        assert unreadable.code in import_report._UNREADABLE, unreadable.code
        assert path.name in import_report.describe_unreadable(unreadable)
        assert dump(workspace.path) == before
        return
    preview = service.analyse(table, service.guess_mapping(table), YEAR)
    worded = evaluation_import_texts._PROBLEMS | messages._PROBLEMS
    for row in preview.rows:
        for problem in (*row.problems, *row.notices):
            assert problem.code in worded, problem.code
    assert all(evaluation_import_texts.report_lines(preview))
    assert dump(workspace.path) == before
    try:
        service.apply(preview, only_good_rows=True)
    except OperationRefused as refused:
        assert refused.code in evaluation_import_texts._REFUSALS | messages._REFUSALS
        assert evaluation_import_texts.describe_import_refusal(refused)
        assert dump(workspace.path) == before
    else:
        assert workspace.checks.run() == []
        assert query(workspace.path, "PRAGMA foreign_key_check") == []
        workspace.undo.undo()  # one step takes the import back: the next file starts afresh


# openpyxl warns of the parts of a damaged workbook it skips: what these files are for.
@pytest.mark.filterwarnings("ignore::UserWarning:openpyxl")
def test_hostile_results_files(
    workspace: Workspace, commune: Unit, dong: Unit, tmp_path: Path
) -> None:
    for name, born, personal_id in MEMBERS:
        workspace.members.add(member_draft(dong.id, name, birth_date=born, personal_id=personal_id))
    workspace.evaluations.open_year(commune.id, YEAR)
    real = results_rows()

    @settings(FUZZ, max_examples=50)
    @given(hostile_file(tmp_path, real, real_files(tmp_path, real)))
    def import_of(path: Path) -> None:
        imported(workspace, path)

    import_of()
