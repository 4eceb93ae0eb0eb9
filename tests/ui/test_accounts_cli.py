"""The command line on a database with accounts: it reads without signing in, but a change needs
``--user`` (the password from $CHIBO_PASSWORD, as a province's script gives it), and the role is
held to what it may do, as in the window. Real database and spreadsheet files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from db_dump import dump
from roster_files import HEADERS, write_xlsx

from chibo_desktop import cli
from chibo_desktop.domain.accounts import Role
from chibo_desktop.services.workspace import Workspace

CLERK_PASSWORD = "văn thư Tân Lập"
READER_PASSWORD = "chỉ xem thôi"


@pytest.fixture
def guarded_db(workspace: Workspace, db_path: Path, qapp: Any) -> Path:
    """The conftest commune with an administrator, a clerk and a reader; closed so that the
    command line opens it afresh (``qapp``: see tests/services/test_checks.py)."""
    workspace.accounts.create_first_administrator("quantri", "Nguyễn Văn Quản", "Đảng ủy 2026")
    workspace.accounts.add("vanthu", "Trần Thị Thư", Role.EDITOR, CLERK_PASSWORD)
    workspace.accounts.add("doc", "Lê Văn Đọc", Role.VIEWER, READER_PASSWORD)
    workspace.close()
    return db_path


@pytest.fixture
def roster(tmp_path: Path) -> Path:
    rows = [
        HEADERS[1:8],
        ["Nguyễn Văn An", "Nam", "01/02/1970", "", "", "Chi bộ thôn Đông", "03/02/1995"],
    ]
    return write_xlsx(tmp_path / "ds.xlsx", rows)


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = cli.main(["--lang", "en", *(str(a) for a in args)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_change_needs_an_account_that_may_make_it(
    guarded_db: Path,
    roster: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = dump(guarded_db)

    # Reading needs no account
    code, out, _ = run(capsys, "check", "--db", guarded_db)
    assert code == 0 and "no problems found" in out

    # Without --user, the import is refused and says how to sign in
    code, _, err = run(capsys, "roster", "import", "--db", guarded_db, roster)
    assert code == 1
    assert "No one is signed in" in err and "--user NAME" in err

    # With a wrong password, nothing is opened for writing
    monkeypatch.setenv("CHIBO_PASSWORD", "sai rồi")
    code, _, err = run(capsys, "--user", "vanthu", "roster", "import", "--db", guarded_db, roster)
    assert code == 2
    assert err.strip() == (
        "The password is wrong. 4 more tries, then the account is locked for 15 minutes."
    )

    # The reader may not change the data
    monkeypatch.setenv("CHIBO_PASSWORD", READER_PASSWORD)
    code, _, err = run(capsys, "--user", "doc", "roster", "import", "--db", guarded_db, roster)
    assert code == 1 and "may read and print, not make changes" in err
    unchanged = dump(guarded_db)
    assert [line for line in unchanged if "Nguyễn Văn An" in line] == []

    # The clerk may
    monkeypatch.setenv("CHIBO_PASSWORD", CLERK_PASSWORD)
    code, out, _ = run(capsys, "--user", "vanthu", "roster", "import", "--db", guarded_db, roster)
    assert code == 0, out
    assert any("Nguyễn Văn An" in line for line in dump(guarded_db))
    assert len(before) < len(dump(guarded_db))


def test_no_password_and_no_terminal_is_said_plainly(
    guarded_db: Path,
    roster: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("CHIBO_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, _, err = run(capsys, "--user", "vanthu", "roster", "import", "--db", guarded_db, roster)
    assert code == 2
    assert err.strip() == (
        "No password for vanthu: set CHIBO_PASSWORD, or run the command in a terminal to type it."
    )
