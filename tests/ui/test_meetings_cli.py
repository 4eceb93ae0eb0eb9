"""``chibo-desktop meetings list`` and ``chibo-desktop minutes`` on a demo database: one line
per meeting; the minutes written as PDF or Word; a wrong id, unit or file type is one line on
stderr and no file."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from chibo_desktop import cli
from chibo_desktop.domain.meetings import Meeting, MeetingState
from chibo_desktop.services.demo import DemoSettings
from chibo_desktop.services.workspace import open_workspace

TODAY = date(2026, 11, 21)
LINE = re.compile(
    r"^(?P<id>[0-9a-f-]{36})  (?P<date>\d\d/\d\d/\d{4})  (?P<cell>.+?) +"
    r"(?P<kind>Thường kỳ|Chuyên đề|Kết hợp) +(?P<state>Kế hoạch|Nháp|Đã hoàn tất|Đã thông qua)$"
)


@pytest.fixture
def demo_db(db_path: Path) -> Path:
    """A demo commune of four cells with this year's meetings; closed for the command line."""
    ws = open_workspace(db_path)
    ws.demo.generate(DemoSettings(members=160, cells=4, seed=2, today=TODAY))
    ws.close()
    return db_path


@pytest.fixture
def stored(demo_db: Path) -> tuple[dict[str, str], dict[str, str], list[Meeting]]:
    """Unit codes by name, cell names by id, and every meeting of 2026, from the service."""
    ws = open_workspace(demo_db)
    try:
        units = ws.units.all()
        cells = [u for u in units if u.is_cell]
        meetings = ws.meetings.in_year([c.id for c in cells], 2026)
        return {u.name: u.code for u in units}, {str(c.id): c.name for c in cells}, meetings
    finally:
        ws.close()


def run(*arguments: str) -> int:
    return cli.main([str(a) for a in arguments])


def listed(capsys: pytest.CaptureFixture[str]) -> tuple[list[re.Match[str]], str]:
    lines = capsys.readouterr().out.splitlines()
    matches = [LINE.match(line) for line in lines[:-1]]
    assert all(matches), lines
    return [m for m in matches if m], lines[-1]


def test_every_meeting_of_the_year_one_line_each_by_date(
    demo_db: Path, stored, capsys: pytest.CaptureFixture[str]
) -> None:
    _, cell_names, meetings = stored

    assert run("meetings", "list", "--db", demo_db, "--year", "2026") == 0

    lines, summary = listed(capsys)
    assert summary == f"{len(meetings)} buổi họp"
    by_id = {str(m.id): m for m in meetings}
    assert {line["id"] for line in lines} == set(by_id)
    days = [date(*map(int, reversed(line["date"].split("/")))) for line in lines]
    assert days == sorted(days)
    for line in lines:
        meeting = by_id[line["id"]]
        assert line["date"] == meeting.on.strftime("%d/%m/%Y")
        assert line["cell"] == cell_names[str(meeting.unit_id)]
    assert {"Đã thông qua", "Kế hoạch"} <= {line["state"] for line in lines}
    assert "Thường kỳ" in {line["kind"] for line in lines}


def test_a_cell_by_its_code_lists_its_twelve_months(
    demo_db: Path, stored, capsys: pytest.CaptureFixture[str]
) -> None:
    codes, cell_names, meetings = stored
    name = sorted(cell_names.values())[0]

    assert run("meetings", "list", "--db", demo_db, "--year", "2026", "--unit", codes[name]) == 0

    lines, summary = listed(capsys)
    assert {line["cell"] for line in lines} == {name}
    mine = [m for m in meetings if cell_names[str(m.unit_id)] == name]
    assert summary == f"{len(mine)} buổi họp"
    regular = [line for line in lines if line["kind"] != "Chuyên đề"]
    assert [line["date"][3:5] for line in regular] == [f"{month:02d}" for month in range(1, 13)]


def test_the_commune_code_lists_all_its_cells_and_the_year_defaults_to_this_one(
    demo_db: Path, stored, capsys: pytest.CaptureFixture[str]
) -> None:
    codes, cell_names, meetings = stored
    commune = next(code for name, code in codes.items() if name.startswith("Đảng bộ"))

    assert run("meetings", "list", "--db", demo_db, "--unit", commune.lower()) == 0

    lines, summary = listed(capsys)
    this_year = [m for m in meetings if m.on.year == date.today().year]
    assert {line["cell"] for line in lines} == {cell_names[str(m.unit_id)] for m in this_year}
    assert summary == f"{len(this_year)} buổi họp"


def test_a_year_without_meetings_says_so(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("meetings", "list", "--db", demo_db, "--year", "2019") == 0
    assert capsys.readouterr().out == "0 buổi họp\n"


def test_an_unknown_unit_is_one_line_on_stderr(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("meetings", "list", "--db", demo_db, "--unit", "CB-KHONG-CO") == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        "Không có đơn vị nào mang mã CB-KHONG-CO; hãy kiểm tra lại mã rồi thử lại.\n"
    )


def test_a_missing_database_file_is_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "khong-co.sqlite"
    assert run("meetings", "list", "--db", missing) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert not missing.exists()


@pytest.fixture
def adopted(stored) -> tuple[Meeting, str]:
    """An adopted meeting and its cell's name."""
    _, cell_names, meetings = stored
    meeting = next(m for m in meetings if m.state is MeetingState.ADOPTED)
    return meeting, cell_names[str(meeting.unit_id)]


def test_the_minutes_as_pdf(
    demo_db: Path, adopted, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting, cell_name = adopted
    out = tmp_path / "bien-ban.pdf"

    assert run("minutes", "--db", demo_db, "--meeting", meeting.id, "--out", out) == 0

    assert capsys.readouterr().out == f"Đã ghi biên bản vào {out}\n"
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "BIÊN BẢN" in text
    assert cell_name.upper() in text
    assert meeting.minutes.place in text


def test_the_minutes_as_word(
    demo_db: Path, adopted, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting, cell_name = adopted
    out = tmp_path / "bien-ban.docx"

    assert run("minutes", "--db", demo_db, "--meeting", meeting.id, "--out", out) == 0

    assert capsys.readouterr().out == f"Đã ghi biên bản vào {out}\n"
    document = Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs) + "\n".join(
        cell.text for table in document.tables for row in table.rows for cell in row.cells
    )
    assert "BIÊN BẢN" in text and cell_name.upper() in text


@pytest.mark.parametrize(
    ("meeting_id", "name", "reason"),
    [
        (
            "0b7c2b1e-1c2d-4e5f-8a9b-0c1d2e3f4a5b",
            "x.pdf",
            "Không có buổi họp nào mang mã 0b7c2b1e-1c2d-4e5f-8a9b-0c1d2e3f4a5b; "
            "xem các mã bằng lệnh “meetings list”.",
        ),
        (
            "khong-phai-ma",
            "x.pdf",
            "Không có buổi họp nào mang mã khong-phai-ma; xem các mã bằng lệnh “meetings list”.",
        ),
        (None, "x.xlsx", "{out}: không rõ loại tệp; hãy dùng đuôi .pdf hoặc .docx."),
    ],
)
def test_a_wrong_id_or_file_type_is_one_line_and_no_file(
    demo_db: Path,
    adopted,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    meeting_id: str | None,
    name: str,
    reason: str,
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / name

    code = run("minutes", "--db", demo_db, "--meeting", meeting_id or adopted[0].id, "--out", out)

    assert code == 1
    assert capsys.readouterr().err == reason.format(out=out) + "\n"
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("year", ["0", "năm nay"])
def test_a_year_that_is_not_one_stops_before_opening_anything(
    demo_db: Path, year: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        run("meetings", "list", "--db", demo_db, "--year", year)

    assert stopped.value.code == 2
    assert f"{year}: hãy ghi năm bằng 4 chữ số" in capsys.readouterr().err
