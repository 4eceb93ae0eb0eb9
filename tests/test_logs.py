"""The program's log: in the user data folder, rotated by size, meaningful (start, database,
packages, imports, errors with their tracebacks) and free of personal numbers and names."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from db_dump import query

from chibo_desktop import cli, logs
from chibo_desktop.storage.migrations import CURRENT_VERSION

ID_NUMBER = "079090001234"


def test_a_command_logs_what_it_did_without_personal_data(
    chibo_home: Path, tmp_path: Path, qapp: object
) -> None:
    # qapp: the command line makes a QCoreApplication when none exists, and a process that has
    # one can never make the QApplication the window tests need
    db = tmp_path / "demo.sqlite"

    assert cli.main(["demo", "--db", str(db), "--members", "40", "--cells", "3"]) == 0
    assert cli.main(["check", "--db", str(db)]) == 0

    log = (chibo_home / "logs" / "chibo.log").read_text(encoding="utf-8")
    assert log.count("Chi bộ Desktop 0.1.0 started") == 2
    assert "; demo)" in log and "; check)" in log
    assert f"opened (schema {CURRENT_VERSION})" in log
    people = query(db, "SELECT full_name, personal_id, party_card FROM member")
    assert len(people) == 40
    for name, personal_id, card in people:
        assert name not in log
        assert not personal_id or personal_id not in log
        assert not card or card not in log


def test_an_error_is_logged_with_its_traceback_and_its_numbers_masked(tmp_path: Path) -> None:
    with logs.logging_to(tmp_path) as path:
        try:
            raise ValueError(f"row 7: {ID_NUMBER} is already on the roster")
        except ValueError:
            logging.getLogger("chibo_desktop.test").exception("Import failed")
        logging.getLogger("chibo_desktop.test").info("Read %s", Path.home() / "Desktop" / "x.csv")

    text = path.read_text(encoding="utf-8")
    assert "ERROR chibo_desktop.test: Import failed\nTraceback (most recent call last):" in text
    assert "ValueError: row 7: ************ is already on the roster" in text
    assert ID_NUMBER not in text
    assert str(Path.home()) not in text and "Read ~" in text


def test_nothing_is_left_listening_after_the_block(tmp_path: Path) -> None:
    with logs.logging_to(tmp_path) as path:
        pass
    logging.getLogger("chibo_desktop").info("after")
    assert not path.exists()  # nothing was logged inside, so no file was even made


def test_the_log_is_rotated_and_its_copies_are_few(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a log of 2 KB (1 MB in the program: the test need not write megabytes)
    monkeypatch.setattr(logs, "MAX_LOG_BYTES", 2000)

    with logs.logging_to(tmp_path):
        for n in range(400):
            logging.getLogger("chibo_desktop.test").info("line %d of the day's work", n)

    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["chibo.log", *(f"chibo.log.{n}" for n in range(1, logs.LOG_BACKUPS + 1))]
    assert all(p.stat().st_size <= 2000 for p in tmp_path.iterdir())
    assert "line 399 of the day's work" in (tmp_path / "chibo.log").read_text(encoding="utf-8")
