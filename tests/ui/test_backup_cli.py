"""``chibo-desktop backup --db PATH [--out FILE]`` and ``chibo-desktop restore --db PATH FILE``:
a summary line, a one-line reason and exit 1 on refusal, nothing half done; restore refuses to
run while the program's window is open."""

from __future__ import annotations

from pathlib import Path

import pytest
from backup_helpers import MEMBERS, PASSWORD, on_roll
from db_dump import dump
from services.conftest import member_draft
from sync_sites import make_commune, opened

from chibo_desktop import cli, paths
from chibo_desktop.domain.accounts import Role
from chibo_desktop.ui import backup_console, startup


@pytest.fixture
def commune(tmp_path: Path, qapp: object) -> Path:
    """``qapp``: the command line makes a QCoreApplication when none exists, and a process that
    has one can never make the QApplication the window tests after these need."""
    path = tmp_path / "chibo.sqlite"
    make_commune(path, "Tân Lập", MEMBERS)
    return path


def run(*arguments: object) -> int:
    return cli.main(["--lang", "en", *(str(a) for a in arguments)])


def test_backup_takes_a_checked_copy_and_says_where(
    commune: Path, chibo_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "copy.sqlite"
    assert run("backup", "--db", commune, "--out", out_file) == 0
    [taken] = (chibo_home / "backups").glob("chibo-*-manual.sqlite")
    assert dump(taken) == dump(commune) == dump(out_file)
    printed = capsys.readouterr().out
    assert printed.startswith(f"{commune}: backed up and checked as {out_file} (")
    assert printed.rstrip().endswith("1 backups kept.")


def test_backup_to_a_folder_that_does_not_exist_is_one_line_and_exit_1(
    commune: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("backup", "--db", commune, "--out", tmp_path / "nowhere" / "copy.sqlite") == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "nowhere" in err


def test_restore_puts_the_backup_in_place_and_says_what_it_kept(
    commune: Path, chibo_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with opened(commune) as ws:
        backup = ws.backups.take().path
        cell = next(u for u in ws.units.all() if u.is_cell)
        ws.members.add(member_draft(cell.id, "Vũ Văn Hòa"))
    capsys.readouterr()
    assert run("restore", "--db", commune, backup) == 0
    assert on_roll(commune) == set(MEMBERS)
    printed = capsys.readouterr().out
    [saved] = (chibo_home / "backups").glob("chibo-*-before-restore.sqlite")
    assert "restored from the backup of " in printed and "(Backed up on request)" in printed
    assert saved.name in printed and "Vũ Văn Hòa" in on_roll(saved)


def test_restore_of_a_sealed_backup_asks_its_password(
    commune: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    usb = tmp_path / "usb"
    usb.mkdir()
    with opened(commune) as ws:
        sealed = ws.backups.to_stick(usb, PASSWORD).path
        cell = next(u for u in ws.units.all() if u.is_cell)
        ws.members.add(member_draft(cell.id, "Vũ Văn Hòa"))
    before = dump(commune)
    asked: list[str] = []
    monkeypatch.setattr(backup_console, "getpass", lambda prompt: asked.append(prompt) or "sai")
    # A wrong password: one line, exit 1, nothing changed
    assert run("restore", "--db", commune, sealed) == 1
    err = capsys.readouterr().err
    assert "The password is not the one" in err and len(err.strip().splitlines()) == 1
    assert dump(commune) == before
    assert asked == [f"The password {sealed.name} was sealed with: "]
    # The right one: restored
    monkeypatch.setattr(backup_console, "getpass", lambda _prompt: PASSWORD)
    assert run("restore", "--db", commune, sealed) == 0
    assert on_roll(commune) == set(MEMBERS)


def test_restore_is_refused_while_the_window_is_open(
    commune: Path, chibo_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with opened(commune) as ws:
        backup = ws.backups.take().path
    before = dump(commune)
    window = startup.lock_single_instance(paths.user_data_dir())
    assert window is not None
    try:
        assert run("restore", "--db", commune, backup) == 1
    finally:
        window.unlock()
    assert "already running" in capsys.readouterr().err
    assert dump(commune) == before


def test_restore_of_a_missing_file_is_one_line(
    commune: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("restore", "--db", commune, tmp_path / "khong-co.sqlite") == 1
    assert (
        capsys.readouterr().err.strip()
        == f"{tmp_path / 'khong-co.sqlite'}: no such file; check the path."
    )


def test_restore_of_a_database_with_accounts_needs_an_administrator(
    commune: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Given a commune with an administrator and a clerk, and a backup taken before a new member
    with opened(commune) as ws:
        ws.accounts.create_first_administrator("quantri", "Nguyễn Văn Quản", "Đảng ủy 2026")
        ws.accounts.add("vanthu", "Trần Thị Thư", Role.EDITOR, "văn thư Tân Lập")
        backup = ws.backups.take().path
        cell = next(u for u in ws.units.all() if u.is_cell)
        ws.members.add(member_draft(cell.id, "Vũ Văn Hòa"))
    capsys.readouterr()

    # When no one signs in, or the clerk does, the restore is refused and nothing changes
    assert run("restore", "--db", commune, backup) == 1
    assert "--user NAME" in capsys.readouterr().err
    monkeypatch.setenv("CHIBO_PASSWORD", "văn thư Tân Lập")
    assert run("--user", "vanthu", "restore", "--db", commune, backup) == 1
    assert "Only an administrator may do this" in capsys.readouterr().err
    assert "Vũ Văn Hòa" in on_roll(commune)

    # When the administrator signs in, it is done
    monkeypatch.setenv("CHIBO_PASSWORD", "Đảng ủy 2026")
    assert run("--user", "quantri", "restore", "--db", commune, backup) == 0
    assert "Vũ Văn Hòa" not in on_roll(commune)
