"""``chibo-desktop roster import``: the row report, all rows or none, cells created on the way."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from db_dump import dump
from roster_files import HEADERS, add_members_on_roster, messy_roster_rows, write_xlsx

from chibo_desktop import cli
from chibo_desktop.domain.enums import CellKind, SiteRole
from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.services.workspace import Workspace, open_workspace


@pytest.fixture
def closed_db(workspace: Workspace, db_path: Path, qapp: Any) -> Path:
    """The conftest commune with the members the messy file repeats, closed so that the command
    line opens it afresh (``qapp``: see tests/services/test_checks.py)."""
    add_members_on_roster(workspace)
    workspace.close()
    return db_path


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "ds.xlsx", messy_roster_rows())


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_dry_run_prints_the_row_report_and_writes_nothing(
    closed_db: Path, messy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = dump(closed_db)
    code, out, _ = run(
        capsys, "--lang", "en", "roster", "import", "--db", str(closed_db), str(messy), "--dry-run"
    )
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == "Column headers found on row 5."
    assert "Columns not imported: STT." in lines
    rows_reported = [int(m.group(1)) for line in lines if (m := re.match(r"Row (\d+): ", line))]
    assert rows_reported == [8, 9, 10, 11, 12, 13, 15]  # one line per row with problems
    assert (
        "Row 8: Date of birth: “31/02/1980” is not a date; write it as dd/mm/yyyy, "
        "e.g. 05/02/1975." in lines
    )
    assert any(
        line.startswith("Row 9: Personal ID number: “1068000003” was stored") for line in lines
    )
    assert (
        "Row 10: Personal ID number: 001080000111 is already on the roster, "
        "for Phạm Văn Dũng (Chi bộ thôn Đông)." in lines
    )
    assert "Row 13: Personal ID number: 001070000001 is also on row 7 of this file." in lines
    assert "Rows that are not members (titles, totals, signatures) skipped: 17, 18." in lines
    assert "- Chi bộ thôn Bắc (type: Residential; rows: 1, the first is row 14)" in lines
    assert "ds.xlsx: rows read: 9; good: 2; with errors: 3; duplicates: 4." in lines
    assert lines[-1].startswith("Nothing was written")
    assert dump(closed_db) == before


def test_the_report_speaks_vietnamese_by_default(
    closed_db: Path, messy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "roster", "import", "--db", str(closed_db), str(messy))
    assert code == 1
    row_8 = next(line for line in out.splitlines() if re.match(r"\w+ 8: ", line))
    assert "Ngày sinh: “31/02/1980” không phải là ngày" in row_8


def test_a_file_with_problem_rows_writes_nothing_without_dry_run(
    closed_db: Path, messy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = dump(closed_db)
    code, out, _ = run(
        capsys, "--lang", "en", "roster", "import", "--db", str(closed_db), str(messy)
    )
    assert code == 1
    assert "Nothing was written" in out.splitlines()[-1]
    assert dump(closed_db) == before


def test_first_import_into_an_empty_commune_creates_its_cells(
    db_path: Path, tmp_path: Path, qapp: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    # Given a commune set up without any cell
    workspace = open_workspace(db_path)
    workspace.setup.initialize(
        "Văn phòng Đảng ủy xã Tân Lập", "Tân Lập", SiteRole.COMMUNE, "Đảng bộ xã Tân Lập"
    )
    workspace.close()
    rows = [
        HEADERS[1:8],
        ["Nguyễn Văn An", "Nam", "01/02/1970", "", "", "Thôn Đông", "03/02/1995"],
        ["Trần Thị Bình", "Nữ", "02/03/1971", "", "", "Trường Mầm non Tân Lập", "04/05/1996"],
        ["Lê Văn Cường", "Nam", "02/07/1968", "", "", "thon dong", "02/09/1990"],
    ]
    path = write_xlsx(tmp_path / "lan dau.xlsx", rows)

    # When its roster is imported from the command line: first a dry run, then for real
    before = dump(db_path)
    dry = run(
        capsys, "--lang", "en", "roster", "import", "--db", str(db_path), str(path), "--dry-run"
    )
    after_dry_run = dump(db_path)
    code, out, _ = run(capsys, "--lang", "en", "roster", "import", "--db", str(db_path), str(path))

    # Then the dry run lists the cells to create and writes nothing
    assert dry[0] == 0
    assert "Cells to create (not yet in the database): 2" in dry[1]
    assert "- Chi bộ thôn Đông (type: Residential; rows: 2, the first is row 2)" in dry[1]
    assert dry[1].splitlines()[-1].startswith("Dry run")
    assert after_dry_run == before
    # and the import creates both cells and the three members in them
    assert code == 0
    assert out.splitlines()[-1] == f"{db_path}: members imported: 3; new cells created: 2."
    workspace = open_workspace(db_path)
    try:
        cells = {u.name: u for u in workspace.units.all() if u.is_cell}
        assert {name: u.kind for name, u in cells.items()} == {
            "Chi bộ thôn Đông": CellKind.RESIDENTIAL,
            "Chi bộ Trường Mầm non Tân Lập": CellKind.SCHOOL,
        }
        dong = MemberQuery(unit_ids=frozenset({cells["Chi bộ thôn Đông"].id}))
        assert workspace.members.count(dong) == 2
    finally:
        workspace.close()


def test_an_unreadable_file_exits_2_naming_it(
    closed_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "khong co.xlsx"
    code, out, err = run(
        capsys, "--lang", "en", "roster", "import", "--db", str(closed_db), str(missing)
    )
    assert code == 2
    assert err.strip() == f"{missing}: there is no such file."
    assert out == ""


def test_a_file_with_headers_only_writes_nothing(
    closed_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_xlsx(tmp_path / "trong.xlsx", [HEADERS])
    code, out, _ = run(
        capsys, "--lang", "en", "roster", "import", "--db", str(closed_db), str(path)
    )
    assert code == 1
    assert (
        out.splitlines()[-1] == "There are no member rows below the headers; nothing was written."
    )
