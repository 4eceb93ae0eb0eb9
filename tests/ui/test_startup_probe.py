"""The start-up probe the benchmarks use (``tests/perf/test_startup_perf.py``): with
$CHIBO_STARTUP_PROBE set the program notes each step of its start, signs in from $CHIBO_PASSWORD
and closes once the roster's first page is painted; without it, nothing happens."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from chibo_desktop.domain.entities import Member, new_id
from chibo_desktop.domain.enums import Gender
from chibo_desktop.services.workspace import Workspace
from chibo_desktop.ui import startup_probe
from chibo_desktop.ui.dialogs.sign_in_dialog import SignInDialog
from chibo_desktop.ui.main_window import MainWindow

PASSWORD = "mat-khau-rat-dai"


def steps(probe: Path) -> list[str]:
    return [line.split()[0] for line in probe.read_text().splitlines()]


@pytest.fixture
def probe(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "probe.txt"
    monkeypatch.setenv(startup_probe.PROBE_VARIABLE, str(path))
    monkeypatch.setenv("CHIBO_PASSWORD", PASSWORD)
    return path


def test_the_sign_in_is_noted_and_submitted(qtbot, workspace: Workspace, probe: Path) -> None:
    # Given an office with an account, and the probe on
    workspace.accounts.create_first_administrator("an", "Nguyễn Văn An", PASSWORD)
    workspace.accounts.sign_out()
    dialog = SignInDialog(workspace.accounts)
    qtbot.addWidget(dialog)

    # When the sign-in runs, as at start
    startup_probe.note("start")
    accepted = startup_probe.watch_dialog(dialog).exec()

    # Then the account was signed in with the password given, and each step noted
    assert accepted == QDialog.DialogCode.Accepted
    assert workspace.accounts.signed_in is not None
    assert steps(probe) == ["start", "sign_in_shown", "signed_in"]


def test_the_window_closes_once_the_roster_is_painted(
    qtbot, workspace: Workspace, probe: Path
) -> None:
    # Given a window on a commune with a member
    cell = next(u for u in workspace.units.all() if u.is_cell)
    workspace.members.add(
        Member(
            new_id(),
            "Lê Văn An",
            cell.id,
            Gender.MALE,
            birth_date=date(1970, 1, 1),
            admission_date=date(1995, 5, 19),
        )
    )
    window = MainWindow(workspace)
    qtbot.addWidget(window)

    # When it shows with the probe watching
    window.show()
    startup_probe.watch_window(window)

    # Then it closes itself once the first page is painted, having noted both steps
    qtbot.waitUntil(lambda: not window.isVisible())
    assert steps(probe) == ["window_shown", "roster_painted"]


def test_without_the_variable_nothing_is_watched(
    qtbot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(startup_probe.PROBE_VARIABLE, raising=False)
    dialog = SignInDialog(workspace.accounts)
    qtbot.addWidget(dialog)

    assert startup_probe.watch_dialog(dialog) is dialog
    assert dialog.findChildren(startup_probe._DialogProbe) == []
