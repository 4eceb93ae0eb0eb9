"""Hostile roster files: whatever a file named .xlsx, .xls or .csv holds — any bytes, a real file
damaged, the XML inside an .xlsx broken, or a real file with any table in it — importing it
ends in the members imported, the file refused with its reason, or the rows' problems and the
import's refusal worded for a person; a refused import leaves the database exactly as it was."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest
from db_dump import dump, query
from hostile_sheets import hostile_file, real_files
from hostile_values import FUZZ
from hypothesis import given, settings
from roster_files import messy_roster_rows, write_xlsx

from chibo_desktop.services import roster_import
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.roster_import import FileUnreadable
from chibo_desktop.services.workspace import Workspace
from chibo_desktop.ui import import_report, messages


def imported(workspace: Workspace, path: Path) -> None:
    """The import window's steps on ``path``: read, guess the columns, preview, import the good
    rows. Every refusal and problem has its sentence; nothing is written unless imported."""
    service = workspace.roster_import
    before = dump(workspace.path)
    try:
        table = service.read(path)
    except FileUnreadable as unreadable:
        assert unreadable.code in import_report._UNREADABLE, unreadable.code
        assert path.name in import_report.describe_unreadable(unreadable)
        assert dump(workspace.path) == before
        return
    preview = service.analyse(table, service.guess_mapping(table))
    for row in preview.rows:
        for problem in row.problems:
            assert problem.code in messages._PROBLEMS, problem.code
    assert all(import_report.report_lines(preview))
    assert dump(workspace.path) == before
    try:
        service.apply(preview, only_good_rows=True)
    except OperationRefused as refused:
        assert refused.code in messages._REFUSALS, refused.code
        assert messages.describe_refusal(refused)
        assert dump(workspace.path) == before
    else:
        assert workspace.checks.run() == []
        assert query(workspace.path, "PRAGMA foreign_key_check") == []
        workspace.undo.undo()  # one step takes the import back: the next file starts afresh


# openpyxl warns of the parts of a damaged workbook it skips: what these files are for.
@pytest.mark.filterwarnings("ignore::UserWarning:openpyxl")
def test_hostile_roster_files(workspace: Workspace, tmp_path: Path) -> None:
    real = messy_roster_rows()

    @settings(FUZZ, max_examples=60)
    @given(hostile_file(tmp_path, real, real_files(tmp_path, real)))
    def import_of(path: Path) -> None:
        imported(workspace, path)

    import_of()


# -- what the fuzzing found, and the files a small size hides a large content in ---------------
def _refused(workspace: Workspace, path: Path) -> str:
    with pytest.raises(FileUnreadable) as unreadable:
        workspace.roster_import.read(path)
    return unreadable.value.code


def test_an_xlsx_renamed_xls_is_read_by_its_content(workspace: Workspace, tmp_path: Path) -> None:
    # Given an .xlsx that someone renamed ".xls" (openpyxl alone refuses the name)
    path = tmp_path / "danh sach.xls"
    shutil.move(write_xlsx(tmp_path / "that.xlsx", messy_roster_rows()), path)

    table = workspace.roster_import.read(path)

    assert table.rows[4][1] == "Họ tên"


def test_a_sheet_of_rows_reaching_far_to_the_right_is_refused(
    workspace: Workspace, tmp_path: Path
) -> None:
    # Given 20 KB whose every row has one cell in column 16000: the reader would fill 48
    # million empty cells (some 400 MB) before anything is seen
    book = openpyxl.Workbook()
    for row in range(1, 3001):
        book.active.cell(row=row, column=16_000, value="x")
    book.save(tmp_path / "rong.xlsx")

    assert _refused(workspace, tmp_path / "rong.xlsx") == "too_large"


def test_a_workbook_that_unpacks_too_far_is_refused_before_it_is_parsed(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a workbook with a part that inflates 1000 times (the limit made small, so that the
    # test does not inflate hundreds of MB itself)
    monkeypatch.setattr(roster_import, "MAX_UNPACKED_BYTES", 2**20)
    path = write_xlsx(tmp_path / "bom.xlsx", messy_roster_rows())
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as book:
        book.writestr("xl/media/bom.bin", b"\0" * 2**21)
    assert path.stat().st_size < 2**16

    assert _refused(workspace, path) == "too_large"


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(roster_import, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "lon.csv"
    path.write_text("Họ tên;Giới tính\n" + "Nguyễn Văn An;Nam\n" * 100, encoding="utf-8")

    assert _refused(workspace, path) == "too_large"


def test_a_workbook_of_too_many_sheets_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    for n in range(roster_import.MAX_SHEETS):
        book.create_sheet(f"Trang {n}")
    book.save(tmp_path / "nhieu trang.xlsx")

    assert _refused(workspace, tmp_path / "nhieu trang.xlsx") == "too_large"


def test_a_csv_in_an_encoding_of_old_fonts_says_so(workspace: Workspace, tmp_path: Path) -> None:
    # Bytes neither UTF-8 nor Windows-1258 can hold (0x81, 0x8D are unused in both)
    path = tmp_path / "vni.csv"
    path.write_bytes(b"H\x81 t\x8dn;Gi\xf4i t\xednh\r\nNguy\x81n V\x8dn An;Nam\r\n")

    assert _refused(workspace, path) == "unknown_encoding"
    with pytest.raises(FileUnreadable) as unreadable:
        workspace.roster_import.read(path)
    assert "vni.csv" in import_report.describe_unreadable(unreadable.value)
