"""The error report a person saves onto a stick: the logs, the versions, the database's shape and
its quick check, the screens' preferences; no database, no name, no ID or card number of any
member — even when a log written before the masking holds one."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from db_dump import query

from chibo_desktop import cli
from chibo_desktop.services.workspace import open_workspace
from chibo_desktop.storage.migrations import CURRENT_VERSION


@pytest.fixture
def demo(chibo_home: Path, tmp_path: Path, qapp: object) -> Path:
    """A demo commune made and checked on the command line (which logs it), a log holding a
    member's name and ID number (as an error's message may quote one, or a log an older
    release masked nothing in), and the screens' preferences. ``qapp``: the command line makes
    a QCoreApplication when none exists, which would keep the window tests from theirs."""
    db = tmp_path / "xa.sqlite"
    assert cli.main(["demo", "--db", str(db), "--members", "60", "--cells", "3"]) == 0
    assert cli.main(["check", "--db", str(db)]) == 0
    [(name, personal_id)] = query(
        db, "SELECT full_name, personal_id FROM member WHERE personal_id != '' LIMIT 1"
    )
    (chibo_home / "logs" / "chibo.log.1").write_text(
        f"2026-01-02 08:00:00 ERROR old: KeyError('{name}') in row 7 ({personal_id})\n"
        f"2026-01-02 08:00:01 INFO old: read {Path.home() / 'Desktop' / 'danh sach.xlsx'}\n",
        encoding="utf-8",
    )
    (chibo_home / "settings.ini").write_text(
        "[General]\nsilent_days=60\nlast_folder=C:\\\\Users\\\\Nguyen Van An\\\\Desktop\n\n"
        "[roster]\ncolumns=full_name, birth_date, unit\n",
        encoding="utf-8",
    )
    return db


def personal_data(db: Path) -> set[str]:
    """Every name, other name, ID, card and phone number of the members, as stored."""
    rows = query(db, "SELECT full_name, other_name, personal_id, party_card, phone FROM member")
    return {value for row in rows for value in row if value}


def test_the_report_holds_what_helps_and_nothing_personal(demo: Path, tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    workspace = open_workspace(demo)
    try:
        report = workspace.error_report.write(stick, {"qt": "6.8.0", "language": "vi_VN"})
    finally:
        workspace.close()

    # One zip on the stick, nothing left beside it
    assert [p.name for p in stick.iterdir()] == [report.path.name]
    assert report.path.name.startswith("chibo-bao-cao-loi-") and report.path.suffix == ".zip"
    with zipfile.ZipFile(report.path) as archive:
        parts = {name: archive.read(name).decode("utf-8") for name in archive.namelist()}
    assert sorted(parts) == ["logs/chibo.log", "logs/chibo.log.1", "system.json"]
    assert report.parts == tuple(parts)

    # What helps to find a fault
    system = json.loads(parts["system.json"])
    assert system["program"] == {"version": "0.1.0", "frozen": False}
    assert system["system"]["python"] and system["system"]["os"]
    assert system["system"]["qt"] == "6.8.0"
    database = system["database"]
    assert database["schema_version"] == CURRENT_VERSION
    assert database["quick_check"] == "ok" and database["site_role"] == "commune"
    assert database["rows"]["member"] == 60 and database["file_bytes"] > 0
    assert system["settings"] == {
        "General": {"silent_days": "60", "last_folder": "(left out)"},
        "roster": {"columns": "full_name, birth_date, unit"},
    }
    assert "Chi bộ Desktop 0.1.0 started" in parts["logs/chibo.log"]
    assert "read ~" in parts["logs/chibo.log.1"]
    assert "KeyError('[name]') in row 7 (************)" in parts["logs/chibo.log.1"]

    # And nothing about any person: no name, no number, not even those the log held
    everything = "\n".join(parts.values())
    assert len(personal_data(demo)) > 100
    for value in personal_data(demo):
        assert value not in everything, value
    assert str(Path.home()) not in everything
    with zipfile.ZipFile(report.path) as archive:
        assert not any(
            archive.read(name).startswith(b"SQLite format 3") for name in archive.namelist()
        )


def test_the_command_line_writes_it_even_when_the_database_cannot_be_opened(
    chibo_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    broken = tmp_path / "hong.sqlite"
    broken.write_bytes(b"PK\x03\x04 not a database" * 20)
    stick = tmp_path / "usb"
    stick.mkdir()

    assert cli.main(["--lang", "en", "error-report", "--db", str(broken), "--out", str(stick)]) == 0

    [report] = stick.iterdir()
    assert f"Error report saved as {report}." in capsys.readouterr().out
    with zipfile.ZipFile(report) as archive:
        system = json.loads(archive.read("system.json"))
        log = archive.read("logs/chibo.log").decode("utf-8")
    assert "not a database" in system["database"]["error"]
    assert "started (" in log and "; error-report)" in log
    assert broken.read_bytes() == b"PK\x03\x04 not a database" * 20


def test_the_command_line_says_when_the_folder_is_not_there(
    chibo_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    gone = tmp_path / "rut-usb"

    assert cli.main(["--lang", "en", "error-report", "--out", str(gone)]) == 1

    assert capsys.readouterr().err.strip() == (
        f"The folder {gone} does not exist; choose another place to write to."
    )
    assert not (chibo_home / "chibo.sqlite").exists()  # a missing database is not created
