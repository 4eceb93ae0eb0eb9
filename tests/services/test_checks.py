"""``chibo-desktop check``: a clean file has no findings; each kind of damage done behind the
program's back (raw SQL) is found and named, and the command line says so with its exit code."""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from chibo_desktop import cli
from chibo_desktop.domain.entities import Member, new_id
from chibo_desktop.domain.enums import Gender, MemberStatus
from chibo_desktop.services.checks import Finding
from chibo_desktop.services.workspace import Workspace, open_workspace
from chibo_desktop.storage import migrations


@contextmanager
def raw(db_path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that bypasses the program (foreign keys off, as any SQLite tool has them)."""
    connection = sqlite3.connect(db_path)
    try:
        yield connection
        connection.commit()
    finally:
        connection.close()


def codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]


def test_a_clean_database_has_no_findings(workspace: Workspace, add_member: Any) -> None:
    # Including members edited and deleted, and undone edits: every normal path stays clean
    member = add_member()
    add_member("Trần Thị Bình")
    workspace.units.rename(member.unit_id, "Chi bộ thôn Đông Hưng")
    workspace.members.delete(member.id)
    workspace.undo.undo()
    workspace.undo.redo()
    assert workspace.checks.run() == []


def test_an_empty_database_lacks_only_its_site(db_path: Path) -> None:
    ws = open_workspace(db_path)
    try:
        assert ws.checks.run() == [Finding("site.missing")]
    finally:
        ws.close()


def test_unstamped_record(workspace: Workspace, add_member: Any, db_path: Path) -> None:
    member = add_member()
    with raw(db_path) as connection:
        connection.execute("UPDATE member SET version = 0 WHERE id = ?", (member.id.hex,))
    assert workspace.checks.run() == [Finding("core.unstamped", {"table": "member", "count": 1})]


def test_member_attached_to_the_commune(
    workspace: Workspace, add_member: Any, commune: Any, db_path: Path
) -> None:
    member = add_member()
    with raw(db_path) as connection:
        connection.execute(
            "UPDATE member SET unit_id = ? WHERE id = ?", (commune.id.hex, member.id.hex)
        )
    assert workspace.checks.run() == [Finding("core.member_outside_cell", {"count": 1})]


def test_sort_key_edited_by_raw_sql(workspace: Workspace, add_member: Any, db_path: Path) -> None:
    first = add_member("Nguyễn Văn An")
    second = add_member("Nguyễn Văn Bình")
    with raw(db_path) as connection:
        connection.execute("UPDATE member SET sort_key = 'zzz' WHERE id = ?", (first.id.hex,))
        # a name changed without its keys is the same damage
        connection.execute(
            "UPDATE member SET full_name = 'Nguyễn Văn Bính' WHERE id = ?", (second.id.hex,)
        )
    assert workspace.checks.run() == [Finding("core.stale_name_keys", {"count": 2})]


def test_history_newer_than_its_record(
    workspace: Workspace, add_member: Any, db_path: Path
) -> None:
    member = add_member()
    workspace.members.update(dataclasses.replace(member, phone="0912345678"))
    with raw(db_path) as connection:
        connection.execute(
            "UPDATE history SET replaced_by_version = replaced_by_version + 1000 "
            "WHERE record_id = ?",
            (member.id.hex,),
        )
    assert workspace.checks.run() == [
        Finding("core.history_out_of_order", {"table": "member", "count": 1})
    ]


def test_member_pointing_to_no_unit(workspace: Workspace, add_member: Any, db_path: Path) -> None:
    member = add_member()
    with raw(db_path) as connection:
        connection.execute("UPDATE member SET unit_id = ? WHERE id = ?", ("0" * 32, member.id.hex))
        (rowid,) = connection.execute(
            "SELECT rowid FROM member WHERE id = ?", (member.id.hex,)
        ).fetchone()
    assert workspace.checks.run() == [
        Finding("sqlite.foreign_key", {"table": "member", "rowid": rowid, "parent": "unit"})
    ]


def test_missing_site(workspace: Workspace, db_path: Path) -> None:
    with raw(db_path) as connection:
        connection.execute("DELETE FROM site")
    assert workspace.checks.run() == [Finding("site.missing")]


def test_several_problems_are_all_reported(
    workspace: Workspace, add_member: Any, commune: Any, db_path: Path
) -> None:
    first = add_member("Nguyễn Văn An")
    second = add_member("Nguyễn Văn Bình")
    with raw(db_path) as connection:
        connection.execute("UPDATE member SET version = -5 WHERE id = ?", (first.id.hex,))
        connection.execute(
            "UPDATE member SET unit_id = ? WHERE id = ?", (commune.id.hex, second.id.hex)
        )
    assert sorted(codes(workspace.checks.run())) == ["core.member_outside_cell", "core.unstamped"]


# -- the command line ----------------------------------------------------------------------------


@pytest.fixture
def closed_db(workspace: Workspace, add_member: Any, db_path: Path, qapp: Any) -> Path:
    """A set-up database with two members, closed so that the command line opens it afresh.

    ``qapp``: the command line makes a QCoreApplication when none exists, and a process that
    has one can never make the QApplication the window tests need; so give it pytest-qt's.
    """
    add_member("Nguyễn Văn An", personal_id="001080012345", party_card="12345678")
    add_member("Trần Thị Bình", personal_id="001180054321", party_card="87654321")
    workspace.close()
    return db_path


def test_cli_check_clean(closed_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--lang", "en", "check", "--db", str(closed_db)]) == 0
    out = capsys.readouterr().out
    assert f"{closed_db}: no problems found." in out


def test_cli_check_finds_problems(closed_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Given a member moved onto the commune itself by a raw SQL edit
    with raw(closed_db) as connection:
        connection.execute(
            "UPDATE member SET unit_id = (SELECT id FROM unit WHERE level = 'commune') "
            "WHERE full_name = 'Nguyễn Văn An'"
        )
        connection.execute("UPDATE member SET version = 0 WHERE full_name = 'Trần Thị Bình'")

    # When checked from the command line
    code = cli.main(["--lang", "en", "check", "--db", str(closed_db)])

    # Then it exits 1 and lists each problem on its own line
    assert code == 1
    out = capsys.readouterr().out
    assert f"{closed_db}: 2 problems found:" in out
    assert "- 1 members are attached to a unit that is not a cell." in out
    assert "- Table member: 1 records have no version stamp" in out


def test_cli_check_speaks_vietnamese_by_default(
    closed_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with raw(closed_db) as connection:
        connection.execute(
            "UPDATE member SET unit_id = (SELECT id FROM unit WHERE level = 'commune') "
            "WHERE full_name = 'Nguyễn Văn An'"
        )
    assert cli.main(["check", "--db", str(closed_db)]) == 1
    out = capsys.readouterr().out
    assert "phát hiện 1 lỗi" in out
    assert "Có 1 đảng viên đang gắn với đơn vị không phải là chi bộ." in out


def test_cli_check_refuses_a_newer_file(
    closed_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with raw(closed_db) as connection:
        connection.execute(f"PRAGMA user_version = {migrations.CURRENT_VERSION + 1}")
    assert cli.main(["--lang", "en", "check", "--db", str(closed_db)]) == 2
    err = capsys.readouterr().err
    assert f"schema {migrations.CURRENT_VERSION + 1}" in err


def _damage_an_index(db_path: Path) -> None:
    """Make an index disagree with its table, as a torn write can (schema edited in place)."""
    with raw(db_path) as connection:
        connection.execute("PRAGMA writable_schema = 1")
        connection.execute(
            'UPDATE sqlite_master SET sql = \'CREATE INDEX "member_personal_id" ON "member" '
            "(\"party_card\")' WHERE name = 'member_personal_id'"
        )


def test_damaged_file_reports_only_what_sqlite_says(closed_db: Path) -> None:
    _damage_an_index(closed_db)
    ws = open_workspace(closed_db)
    try:
        findings = ws.checks.run()
    finally:
        ws.close()
    assert findings, "the damage went unnoticed"
    assert set(codes(findings)) == {"sqlite.integrity"}
    assert all("member_personal_id" in f.params["detail"] for f in findings)


def test_cli_check_reports_a_damaged_file(
    closed_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _damage_an_index(closed_db)
    assert cli.main(["--lang", "en", "check", "--db", str(closed_db)]) == 1
    out = capsys.readouterr().out
    assert "The database file is damaged: row 1 missing from index member_personal_id." in out


def test_check_on_a_file_that_is_not_a_database_says_so_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    # Given a file that is not SQLite at all (e.g. a document saved under the wrong name)
    not_a_database = tmp_path / "chibo.sqlite"
    not_a_database.write_bytes(b"this is a Word document, not a database" * 20)
    before = not_a_database.read_bytes()
    # When it is checked
    code = cli.main(["check", "--db", str(not_a_database)])
    # Then the command fails with a one-line Vietnamese reason and leaves the file as it was
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert len(err) == 1 and "không phải là cơ sở dữ liệu Chi bộ Desktop đọc được" in err[0]
    assert not_a_database.read_bytes() == before


def test_a_status_that_is_not_the_newest_logged_change_is_found(
    workspace: Workspace, db_path: Path
) -> None:
    # Given a member whose status log says exempt
    cell = next(u for u in workspace.units.all() if u.is_cell)
    member = Member(
        id=new_id(),
        full_name="Phạm Văn Chín",
        unit_id=cell.id,
        gender=Gender.MALE,
        birth_date=date(1950, 1, 1),
        admission_date=date(1975, 1, 1),
    )
    workspace.members.add(member)
    workspace.records.change_status(member.id, MemberStatus.EXEMPT, date(2026, 1, 2))
    assert workspace.checks.run() == []
    # When something outside the program sets the member active again
    with contextlib.closing(sqlite3.connect(db_path)) as raw, raw:
        raw.execute("UPDATE member SET status = 'active' WHERE id = ?", (member.id.hex,))
    # Then the check names it
    assert [f.code for f in workspace.checks.run()] == ["core.status_not_newest_change"]
