"""Gửi báo cáo lỗi: from the Help menu, the dialog says what the report holds and never holds,
lists the sticks plugged in, saves the report onto the one chosen and says where it is; a stick
pulled out is said plainly."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from chibo_desktop.services.demo import DemoSettings
from chibo_desktop.services.workspace import Workspace, open_workspace
from chibo_desktop.ui.dialogs import error_report_dialog
from chibo_desktop.ui.dialogs.error_report_dialog import ErrorReportDialog
from chibo_desktop.ui.main_window import MainWindow
from chibo_desktop.ui.widgets.drive_chooser import Destination


@pytest.fixture
def demo(db_path: Path) -> Workspace:
    workspace = open_workspace(db_path)
    workspace.demo.generate(DemoSettings(members=30, cells=2, years=1, meeting_cells=0))
    yield workspace
    workspace.close()


def shoot(dialog: QWidget, name: str) -> None:
    """A picture of the dialog, kept in $CHIBO_SHOTS when set (for a person to look at)."""
    picture = dialog.grab()
    assert not picture.isNull()
    if folder := os.environ.get("CHIBO_SHOTS"):
        Path(folder).mkdir(parents=True, exist_ok=True)
        picture.save(str(Path(folder) / f"{name}.png"))


def test_the_report_is_saved_onto_the_stick_chosen(
    demo: Workspace, qtbot: QtBot, tmp_path: Path, english_sources: None
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    dialog = ErrorReportDialog(demo.error_report, None, lambda: [Destination(usb, "KINGSTON", 0)])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.chooser.drives.item(0).text().startswith(f"KINGSTON ({usb}) — ")
    shoot(dialog, "error_report_dialog")

    dialog.save_button.click()

    [report] = usb.iterdir()
    assert dialog.status.text() == (
        f"Done: the report {report.name} was saved in {usb}. Remove the stick safely."
    )
    with zipfile.ZipFile(report) as archive:
        assert "system.json" in archive.namelist()
    shoot(dialog, "error_report_dialog_done")


def test_without_a_stick_it_says_so_and_a_removed_one_is_said_plainly(
    demo: Workspace,
    qtbot: QtBot,
    tmp_path: Path,
    english_sources: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    told: list[str] = []
    monkeypatch.setattr(error_report_dialog, "inform", lambda _p, _t, text, **_k: told.append(text))
    dialog = ErrorReportDialog(demo.error_report, None, lambda: [])
    qtbot.addWidget(dialog)
    assert not dialog.chooser.no_drive.isHidden() and not dialog.save_button.isEnabled()

    dialog.chooser.add_folder(tmp_path / "rut-ra")  # chosen, then the stick is pulled out
    dialog.save_button.click()

    assert told == [
        f"The folder {tmp_path / 'rut-ra'} does not exist; choose another place to write to."
    ]
    assert dialog.status.text() == told[0]


def test_the_help_menu_offers_it(demo: Workspace, qtbot: QtBot, english_sources: None) -> None:
    window = MainWindow(demo)
    qtbot.addWidget(window)
    [help_menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&Help"]
    assert "Save an &error report…" in [a.text() for a in help_menu.actions()]
