"""``chibo-desktop evaluations import``: the row report, all rows or none, the year opened first."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from db_dump import dump
from roster_files import write_xlsx
from services.conftest import member_draft

from chibo_desktop import cli
from chibo_desktop.domain.enums import MemberStatus
from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.domain.rules import Level
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.workspace import Workspace, open_workspace
from chibo_desktop.ui.messages import describe_refusal

YEAR = 2026
HEADERS = ["STT", "Họ và tên", "Ngày sinh", "Chi bộ", "Tự xếp loại", "Chi bộ đề xuất", "Xếp loại"]


@pytest.fixture
def closed_db(workspace: Workspace, db_path: Path, qapp: Any) -> Path:
    """Chi bộ thôn Đông with three members (one exempt), 2026 opened; closed so that the command
    line opens it afresh (``qapp``: see tests/services/test_checks.py)."""
    dong = next(u for u in workspace.units.all() if u.name == "Chi bộ thôn Đông")
    workspace.members.add(member_draft(dong.id, "Nguyễn Văn Bình"))
    workspace.members.add(member_draft(dong.id, "Trần Thị Lan"))
    exempt = {"status": MemberStatus.EXEMPT, "status_date": date(2024, 1, 2)}
    workspace.members.add(member_draft(dong.id, "Đỗ Văn Nam", **exempt))
    site = workspace.site
    assert site is not None and site.unit_id is not None
    workspace.evaluations.open_year(site.unit_id, YEAR)
    workspace.close()
    return db_path


def results(path: Path, *rows: list[Any]) -> Path:
    title = [["ĐẢNG BỘ XÃ TÂN LẬP"], [None, "KẾT QUẢ XẾP LOẠI ĐẢNG VIÊN NĂM 2026"], []]
    return write_xlsx(path, [*title, HEADERS, *rows])


GOOD = [
    [1, "Nguyễn Văn Bình", "30/04/1975", "Thôn Đông", "HTTNV", "HTTNV", "Hoàn thành tốt nhiệm vụ"],
    [2, "Tran Thi Lan", "30/04/1975", "Chi bộ thôn Đông", "Tốt", "HTNV", "HTNV"],
]
BAD = [
    [3, "Đỗ Văn Nam", "30/04/1975", "Chi bộ thôn Đông", "HTNV", "HTNV", "HTNV"],
    [4, "Lê Văn Vắng", "01/01/1980", "Chi bộ thôn Đông", "HTNV", "HTNV", "Khá"],
]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def levels(db_path: Path) -> dict[str, Level | None]:
    workspace = open_workspace(db_path)
    try:
        found = {}
        query = MemberQuery(on_roll_only=False)
        for member in workspace.members.page(query, 0, 100):
            evaluation = workspace.evaluations.member_evaluation(member.id, YEAR)
            found[member.full_name] = evaluation.final_level if evaluation else None
        return found
    finally:
        workspace.close()


def test_a_dry_run_reports_and_writes_nothing_then_the_real_run_writes(
    closed_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = results(tmp_path / "ket qua.xlsx", *GOOD)
    before = dump(closed_db)

    code, out, _ = run(
        capsys, "--lang", "en", "evaluations", "import", "--db", str(closed_db),
        "--year", "2026", str(path), "--dry-run",
    )  # fmt: skip

    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Column headers found on row 4."
    assert "Columns not imported: STT." in lines
    assert "Results of 2026, matched to the roll on the review date 31/12/2026." in lines
    assert "ket qua.xlsx: rows read: 2; new: 2; updated: 0; unchanged: 0; with errors: 0." in lines
    assert lines[-1] == "Dry run: the file can be imported as it is; nothing was written."
    assert dump(closed_db) == before

    code, out, _ = run(
        capsys, "--lang", "en", "evaluations", "import", "--db", str(closed_db),
        "--year", "2026", str(path),
    )  # fmt: skip

    assert code == 0
    assert out.splitlines()[-1] == f"{closed_db}: results of 2026 imported: new: 2; updated: 0."
    assert levels(closed_db) == {
        "Nguyễn Văn Bình": Level.GOOD,
        "Trần Thị Lan": Level.COMPLETED,
        "Đỗ Văn Nam": None,
    }


def test_a_file_with_problem_rows_writes_nothing_and_says_why(
    closed_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = results(tmp_path / "co loi.xlsx", *GOOD, *BAD)
    before = dump(closed_db)

    code, out, _ = run(
        capsys, "--lang", "en", "evaluations", "import", "--db", str(closed_db),
        "--year", "2026", str(path),
    )  # fmt: skip

    assert code == 1
    lines = out.splitlines()
    rows_reported = [int(m.group(1)) for line in lines if (m := re.match(r"Row (\d+): ", line))]
    assert rows_reported == [7, 8]
    assert (
        "Row 7: Full name: Đỗ Văn Nam is not reviewed in 2026. Not reviewed: exempt from Party "
        "work and activity since 02/01/2024. Remove the row." in lines
    )
    row_8 = next(line for line in lines if line.startswith("Row 8: "))
    assert "Final level: “Khá” is not a level" in row_8
    assert "no member on the roll on 31/12/2026 is called Lê Văn Vắng, born 01/01/1980" in row_8
    assert "co loi.xlsx: rows read: 4; new: 2; updated: 0; unchanged: 0; with errors: 2." in lines
    assert lines[-1].startswith("Nothing was written: correct the rows above")
    assert dump(closed_db) == before

    # The default language (Vietnamese) reports the same rows and writes nothing either.
    code, out, _ = run(
        capsys, "evaluations", "import", "--db", str(closed_db), "--year", "2026", str(path)
    )
    assert code == 1
    assert [line for line in out.splitlines() if re.match(r"\w+ 8: ", line) and "“Khá”" in line]
    assert dump(closed_db) == before


def test_a_year_not_opened_takes_nothing(
    closed_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = results(tmp_path / "2027.xlsx", *GOOD)
    before = dump(closed_db)

    code, out, _ = run(
        capsys, "--lang", "en", "evaluations", "import", "--db", str(closed_db),
        "--year", "2027", str(path), "--dry-run",
    )  # fmt: skip

    assert code == 1
    lines = out.splitlines()
    assert describe_refusal(OperationRefused("evaluation.year_not_opened", year=2027)) in lines
    assert lines[-1] == "Nothing was written."
    assert dump(closed_db) == before


def test_an_unreadable_file_exits_2_naming_it(
    closed_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "khong co.xlsx"
    code, out, err = run(
        capsys, "--lang", "en", "evaluations", "import", "--db", str(closed_db),
        "--year", "2026", str(missing),
    )  # fmt: skip
    assert code == 2
    assert err.strip() == f"{missing}: there is no such file."
    assert out == ""
