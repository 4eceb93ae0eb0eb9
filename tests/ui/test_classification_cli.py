"""``chibo-desktop report classification``: the year's report of the site's commune (or of a
unit named by its code) as .pdf, .xlsx or .json, a one-line summary; a wrong unit, file type or
database is one line on stderr, no file and no change."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from classification_commune import DONG, EXPECTED, EXPECTED_TOTAL, build
from db_dump import dump
from openpyxl import load_workbook
from pypdf import PdfReader

from chibo_desktop import cli
from chibo_desktop.services.workspace import Workspace


def run(*arguments: object) -> int:
    return cli.main([str(a) for a in arguments])


@pytest.fixture
def closed_db(workspace: Workspace, db_path: Path) -> Path:
    """The commune of tests/classification_commune.py; closed so that the command line opens
    it afresh."""
    build(workspace)
    workspace.close()
    return db_path


@pytest.fixture
def codes(closed_db: Path) -> dict[str, str]:
    with sqlite3.connect(closed_db) as connection:
        return dict(connection.execute("SELECT name, code FROM unit").fetchall())


def summary(capsys: pytest.CaptureFixture[str]) -> tuple[list[str], list[str]]:
    captured = capsys.readouterr()
    return captured.out.splitlines(), captured.err.splitlines()


def test_json_of_the_sites_commune_by_default(
    closed_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "xep-loai.json"
    before = dump(closed_db)

    assert run("report", "classification", "--db", closed_db, "--year", 2026, "--out", out) == 0

    lines, errors = summary(capsys)
    assert errors == []
    assert lines == [
        f"Đã ghi báo cáo đánh giá, xếp loại năm 2026 của Đảng bộ xã Tân Lập vào {out}: "
        "3 chi bộ, 12 đảng viên đã đánh giá."
    ]
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["unit"]["name"] == "Đảng bộ xã Tân Lập"
    assert {k: v for k, v in data["total"].items() if k not in ("code", "name")} == EXPECTED_TOTAL
    assert dump(closed_db) == before  # a report changes nothing


def test_pdf_and_xlsx_with_and_without_the_annexes(
    closed_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf, short, xlsx = tmp_path / "bc.pdf", tmp_path / "ngan.pdf", tmp_path / "bc.xlsx"
    base = ("report", "classification", "--db", closed_db, "--year", 2026)
    assert run(*base, "--out", pdf) == 0
    assert run(*base, "--out", short, "--no-annexes") == 0
    assert run(*base, "--out", xlsx) == 0

    lines, errors = summary(capsys)
    assert errors == [] and len(lines) == 3
    assert all(line.endswith("3 chi bộ, 12 đảng viên đã đánh giá.") for line in lines)
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "BÁO CÁO KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI" in text
    assert "PHỤ LỤC: DANH SÁCH ĐÁNH GIÁ, XẾP LOẠI ĐẢNG VIÊN — CHI BỘ THÔN ĐÔNG" in text
    assert "PHỤ LỤC" not in " ".join(page.extract_text() for page in PdfReader(short).pages)
    book = load_workbook(xlsx)
    assert book.sheetnames[:3] == ["Tổng hợp", "Tổ chức đảng", "So sánh các năm"]
    assert DONG in book.sheetnames


def test_one_cell_named_by_its_code(
    closed_db: Path, codes: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "dong.json"
    code = codes[DONG].lower()  # codes are matched whatever their case

    arguments = ("--db", closed_db, "--year", 2026, "--unit", code, "--out", out)
    assert run("report", "classification", *arguments) == 0

    lines, _ = summary(capsys)
    assert lines[0].endswith(": 1 chi bộ, 6 đảng viên đã đánh giá.")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["unit"] == {"code": codes[DONG], "name": DONG}
    [row] = data["units"]
    assert {k: v for k, v in row.items() if k not in ("code", "name")} == EXPECTED[DONG]


@pytest.mark.parametrize(
    ("arguments", "reason"),
    [
        (
            ("--unit", "KHONG-CO", "--out", "{tmp}/bc.pdf"),
            r"^Không có đơn vị nào mang mã KHONG-CO; hãy kiểm tra lại mã rồi thử lại\.$",
        ),
        (
            ("--out", "{tmp}/bc.docx"),
            r"^.*bc\.docx: không rõ loại tệp; hãy dùng đuôi \.pdf, \.xlsx, \.json\.$",
        ),
    ],
)
def test_a_wrong_unit_or_file_type_is_one_line_and_no_file(
    closed_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    arguments: tuple[str, ...],
    reason: str,
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    given = [a.replace("{tmp}", str(out_dir)) for a in arguments]

    assert run("report", "classification", "--db", closed_db, "--year", 2026, *given) == 1

    _, errors = summary(capsys)
    assert len(errors) == 1 and re.match(reason, errors[0]), errors
    assert list(out_dir.iterdir()) == []


def test_a_missing_database_is_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "khong-co.sqlite"
    out = tmp_path / "bc.json"

    assert run("report", "classification", "--db", missing, "--year", 2026, "--out", out) == 2

    _, errors = summary(capsys)
    assert len(errors) == 1 and "không có tệp này" in errors[0]
    assert not missing.exists() and not out.exists()


def test_the_year_must_be_four_digits(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_:
        run("report", "classification", "--db", tmp_path / "x", "--year", "26", "--out", "x.pdf")
    assert exit_.value.code == 2
