"""``chibo-desktop roster export --db PATH --out FILE [--unit CODE]``: the format follows the
extension; a wrong extension or unit is one line on stderr and no file."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from chibo_desktop import cli
from chibo_desktop.domain.entities import Member, new_id
from chibo_desktop.domain.enums import Gender
from chibo_desktop.services.workspace import Workspace


@pytest.fixture
def closed_db(workspace: Workspace, db_path: Path, qapp: Any) -> Path:
    """Two members in thôn Đông, one in thôn Đoài; closed so that the command line opens it.

    ``qapp``: the command line makes a QCoreApplication when none exists, and a process that
    has one can never make the QApplication the window tests need; so give it pytest-qt's.
    """
    cells = {u.name: u for u in workspace.units.all() if u.is_cell}
    for name, cell, card in (
        ("Nguyễn Thị Ánh", "Chi bộ thôn Đông", "01234567"),
        ("Đặng Văn Ửng", "Chi bộ thôn Đông", "001234567890"),
        ("Phạm Văn Đoài", "Chi bộ thôn Đoài", ""),
    ):
        workspace.members.add(
            Member(
                id=new_id(),
                full_name=name,
                unit_id=cells[cell].id,
                gender=Gender.FEMALE if " Thị " in name else Gender.MALE,
                birth_date=date(1975, 4, 30),
                admission_date=date(2000, 2, 3),
                official_date=date(2001, 2, 3),
                party_card=card,
            )
        )
    workspace.close()
    return db_path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    made = tmp_path / "exports"
    made.mkdir()
    return made


def export(db: Path, out: Path, *extra: str) -> int:
    arguments = ["--lang", "en", "roster", "export", "--db", str(db), "--out", str(out)]
    return cli.main([*arguments, *extra])


def test_xlsx(closed_db: Path, folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = folder / "roster.xlsx"
    assert export(closed_db, out) == 0
    assert capsys.readouterr().out.strip() == f"{out}: 3 members exported."
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [r[1] for r in rows] == ["Nguyễn Thị Ánh", "Phạm Văn Đoài", "Đặng Văn Ửng"]
    assert rows[0][2] == datetime(1975, 4, 30)
    assert rows[0][-1] == "01234567" and rows[2][-1] == "001234567890"


def test_csv_of_one_unit_by_its_code(
    closed_db: Path, folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = folder / "dong.csv"
    assert export(closed_db, out, "--unit", "cb-thon-dong") == 0  # codes in any case
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 3
    assert lines[1].startswith("1,Nguyễn Thị Ánh,30/04/1975,Female,Chi bộ thôn Đông,")
    assert lines[2].endswith(",001234567890")


def test_pdf(closed_db: Path, folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = folder / "list.pdf"
    assert export(closed_db, out) == 0
    assert capsys.readouterr().out.strip() == f"{out}: 3 members exported (1 pages)."
    text = PdfReader(out).pages[0].extract_text()
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text and "ĐẢNG ỦY XÃ TÂN LẬP" in text
    assert f"Tân Lập, {_party_today()}" in text
    assert "Nguyễn Thị Ánh" in text and "Đặng Văn Ửng" in text


def _party_today() -> str:
    today = date.today()
    month = f"{today.month:02d}" if today.month <= 2 else str(today.month)
    return f"ngày {today.day:02d} tháng {month} năm {today.year}"


@pytest.mark.parametrize("name", ["list.docx", "list"])
def test_an_unknown_extension_is_one_line_and_no_file(
    closed_db: Path, folder: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    assert export(closed_db, folder / name) == 1
    err = capsys.readouterr().err.strip()
    assert err == f"{folder / name}: unknown file type; use .xlsx, .csv or .pdf."
    assert not list(folder.iterdir())


def test_an_unknown_unit_is_one_line_and_no_file(
    closed_db: Path, folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert export(closed_db, folder / "x.pdf", "--unit", "CB-KHONG-CO") == 1
    err = capsys.readouterr().err.strip()
    assert err == "No unit has the code CB-KHONG-CO; check the code and try again."
    assert not list(folder.iterdir())
