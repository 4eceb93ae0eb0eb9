"""Backups in the window: the restore dialog lists the backups and restores the one chosen (the
program reopens on it, with a banner until the office confirms); a sealed backup goes to a stick
and comes back; the settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from backup_helpers import MEMBERS, PASSWORD, add_member, button, click, on_roll, take
from pytestqt.qtbot import QtBot
from sync_sites import make_commune, opened

from chibo_desktop.domain.backups import Retention
from chibo_desktop.services.backups import BackupFolder, BackupReason
from chibo_desktop.ui import main_window, startup
from chibo_desktop.ui.dialogs import restore_dialog, stick_backup_dialog
from chibo_desktop.ui.dialogs.backup_settings_dialog import BackupSettingsDialog
from chibo_desktop.ui.dialogs.restore_dialog import RestoreDialog
from chibo_desktop.ui.dialogs.stick_backup_dialog import StickBackupDialog
from chibo_desktop.ui.main_window import MainWindow
from chibo_desktop.ui.table_models.backup_table_model import BackupTableModel
from chibo_desktop.ui.widgets.drive_chooser import Destination


@pytest.fixture
def commune(tmp_path: Path, english_sources: None) -> Path:
    path = tmp_path / "data" / "chibo.sqlite"
    make_commune(path, "Tân Lập", MEMBERS)
    return path


@pytest.fixture
def folder(commune: Path, chibo_home: Path) -> BackupFolder:
    return BackupFolder(commune, chibo_home / "backups")


# -- the restore dialog ----------------------------------------------------------------------------
def test_the_restore_dialog_lists_each_backup_s_date_reason_and_contents(
    qtbot: QtBot, qtmodeltester: object, commune: Path, folder: BackupFolder
) -> None:
    first = take(commune, BackupReason.DAILY)
    add_member(commune, "Vũ Văn Hòa")
    second = take(commune)
    dialog = RestoreDialog(folder, None)
    qtbot.addWidget(dialog)
    model = dialog.model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert [model.backup_at(r).path for r in range(model.rowCount())] == [second, first]

    def shown(row: int, column: int) -> str:
        return model.index(row, column).data()

    taken = model.backup_at(1).taken_at
    assert shown(1, BackupTableModel.TAKEN) == taken.strftime("%d/%m/%Y %H:%M")
    assert shown(1, BackupTableModel.REASON) == "Daily backup"
    assert shown(0, BackupTableModel.REASON) == "Backed up on request"
    office = "Văn phòng Đảng ủy xã Tân Lập"
    assert shown(0, BackupTableModel.CONTENTS) == f"{office} — 4 member records, 0 meetings"
    assert shown(1, BackupTableModel.CONTENTS) == f"{office} — 3 member records, 0 meetings"
    contents = model.backup_at(0).contents
    assert contents is not None and contents.newest_change is not None
    newest = contents.newest_change
    assert shown(0, BackupTableModel.LAST_CHANGE) == newest.strftime("%d/%m/%Y %H:%M")
    assert shown(0, BackupTableModel.SIZE).endswith(" MB")
    assert not dialog.empty.isVisible() and dialog.restore_button.isEnabled()


def test_without_backups_the_dialog_says_how_they_come(
    qtbot: QtBot, commune: Path, folder: BackupFolder
) -> None:
    dialog = RestoreDialog(folder, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty.isVisible() and not dialog.table.isVisible()
    assert "There are no backups yet" in dialog.empty.text()
    assert not dialog.restore_button.isEnabled()


def test_restoring_from_the_window_reopens_on_the_backup_until_confirmed(
    qtbot: QtBot, answer: Callable[..., None], commune: Path, folder: BackupFolder
) -> None:
    # Given a backup, and a member added afterwards
    backup = take(commune)
    add_member(commune, "Vũ Văn Hòa")
    with opened(commune) as ws:
        window = MainWindow(ws)
        qtbot.addWidget(window)
        window.show()
        assert not window.restored_banner.isVisible()
        # When the clerk chooses the backup and confirms
        answer(click("Restore the chosen backup…"), click("Restore"))
        window.restore_from_backup()
        # Then the window closes, asking for that backup to be put in place
        assert window.restore_requested == backup and not window.isVisible()
    note = startup.restore(folder, backup)
    assert note is not None and on_roll(commune) == set(MEMBERS)

    # When the program opens again, a banner asks to check and confirm the restored data
    with opened(commune) as ws:
        window = MainWindow(ws)
        qtbot.addWidget(window)
        window.show()
        assert window.restored_banner.isVisible()
        assert note.source_taken_at.strftime("%d/%m/%Y %H:%M") in window.restored_label.text()
        assert ws.backups.daily() is None  # no routine backup while the restore waits
        window.confirm_restore_button.click()
        assert not window.restored_banner.isVisible()
        assert ws.backups.folder.restore_note() is None


def test_a_sealed_backup_is_opened_with_its_password_into_the_list(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, commune: Path, folder: BackupFolder,
    tmp_path: Path,
) -> None:  # fmt: skip
    usb = tmp_path / "usb"
    usb.mkdir()
    with opened(commune) as ws:
        sealed = ws.backups.to_stick(usb, PASSWORD).path
    told: list[str] = []
    monkeypatch.setattr(restore_dialog, "inform", lambda _p, _t, text, **_k: told.append(text))
    dialog = RestoreDialog(folder, None)
    qtbot.addWidget(dialog)
    rows = dialog.model.rowCount()
    # A wrong password is said, and nothing is added
    dialog.open_sealed(sealed, "not the password")
    assert told and "The password is not the one" in told[0] and sealed.name in told[0]
    assert dialog.status.text() == told[0] and dialog.model.rowCount() == rows
    # The right one brings it into the list, chosen
    dialog.open_sealed(sealed, PASSWORD)
    chosen = dialog.model.backup_at(dialog.table.selectionModel().selectedRows()[0].row())
    assert chosen.reason is BackupReason.FROM_STICK and dialog.model.rowCount() == rows + 1
    assert "Brought back from a USB stick" in dialog.status.text()


# -- a sealed backup to a stick --------------------------------------------------------------------
def test_the_stick_backup_dialog_writes_a_sealed_file_to_the_stick_chosen(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, commune: Path, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    told: list[str] = []
    monkeypatch.setattr(stick_backup_dialog, "inform", lambda _p, _t, text, **_k: told.append(text))
    with opened(commune) as ws:
        dialog = StickBackupDialog(ws.backups, None, lambda: [Destination(usb, "KINGSTON", 10**9)])
        qtbot.addWidget(dialog)
        assert dialog.write_button.isEnabled()
        # Two different passwords are said, and nothing is written
        dialog.password.setText(PASSWORD)
        dialog.repeated.setText(PASSWORD + "x")
        dialog.write_button.click()
        assert told == ["The two passwords are not the same; type them again."]
        assert list(usb.iterdir()) == []
        # The same twice: written, read back, said
        dialog.repeated.setText(PASSWORD)
        dialog.write_button.click()
    [written] = usb.iterdir()
    assert written.name.endswith(".chibo-backup")
    assert dialog.status.text().startswith(f"Done: {written.name} (")
    assert dialog.password.text() == "" and len(told) == 1


def test_the_settings_dialog_keeps_the_counts_chosen(
    qtbot: QtBot, commune: Path, folder: BackupFolder
) -> None:
    with opened(commune) as ws:
        dialog = BackupSettingsDialog(ws.backups)
        qtbot.addWidget(dialog)
        assert (dialog.daily.value(), dialog.weekly.value(), dialog.monthly.value()) == (7, 4, 12)
        dialog.daily.setValue(14)
        dialog.monthly.setValue(24)
        button(dialog, "Save").click()
    assert folder.retention() == Retention(daily=14, weekly=4, monthly=24)


def test_back_up_now_from_the_file_menu(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, commune: Path, folder: BackupFolder
) -> None:
    told: list[str] = []
    monkeypatch.setattr(main_window, "inform", lambda _p, _t, text, **_k: told.append(text))
    with opened(commune) as ws:
        window = MainWindow(ws)
        qtbot.addWidget(window)
        window.back_up_now()
        qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    [backup] = folder.backups()
    assert told == [
        f"The data was backed up and checked: {backup.path.name} in {backup.path.parent}."
    ]


def test_the_restore_dialog_restores_a_backup_chosen_in_it(
    qtbot: QtBot, answer: Callable[..., None], commune: Path, folder: BackupFolder
) -> None:
    backup = take(commune)
    dialog = RestoreDialog(folder, None)
    qtbot.addWidget(dialog)
    answer(click("Cancel"))
    dialog.restore_button.click()
    assert dialog.chosen is None and dialog.result() == 0
    answer(click("Restore"))
    dialog.restore_button.click()
    assert dialog.chosen is not None and dialog.chosen.path == backup
    assert dialog.result() == dialog.DialogCode.Accepted.value
