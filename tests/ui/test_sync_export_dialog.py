"""Gửi dữ liệu lên cấp trên: the dialog lists the sticks plugged in, writes the package to the
one chosen and says what it wrote; a full stick or a missing upper level is said plainly."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sync_sites import enrol, make_commune, make_upper, opened

from chibo_desktop.services import files
from chibo_desktop.ui import i18n
from chibo_desktop.ui.dialogs import sync_export_dialog
from chibo_desktop.ui.dialogs.sync_export_dialog import SyncExportDialog
from chibo_desktop.ui.widgets.drive_chooser import Destination

SHOTS = Path("/tmp/shots")


@pytest.fixture
def offices(tmp_path: Path, chibo_home: Path) -> dict[str, Path]:
    places = {"upper": tmp_path / "tinh.sqlite", "commune": tmp_path / "xa.sqlite"}
    places["usb"] = tmp_path / "usb"
    places["usb"].mkdir()
    make_upper(places["upper"])
    make_commune(places["commune"], "Tân Lập", ["Nguyễn Thị Hường", "Trần Văn Ước"])
    return places


@pytest.fixture
def vietnamese(qapp: object) -> None:
    i18n.install("vi")


def stick(usb: Path) -> list[Destination]:
    return [Destination(usb, "KINGSTON", 3_200_000_000)]


def save_shot(dialog: SyncExportDialog, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / f"sync_export_{name}.png"))


def test_the_package_is_written_to_the_stick_chosen(
    offices: dict[str, Path], qtbot: QtBot, vietnamese: None
) -> None:
    enrol(offices["commune"], offices["upper"], offices["usb"])
    with opened(offices["commune"]) as ws:
        # Given the dialog, with one stick plugged in
        dialog = SyncExportDialog(ws.sync, None, lambda: stick(offices["usb"]))
        qtbot.addWidget(dialog)
        drives = dialog.chooser.drives
        assert drives.count() == 1 and "KINGSTON" in drives.item(0).text()
        assert "toàn bộ dữ liệu" in dialog.intro.text()  # nothing confirmed yet: everything
        save_shot(dialog, "ready")

        # When the clerk writes to it
        with qtbot.waitSignal(dialog.exported) as written:
            dialog.write_button.click()

    # Then the package is on the stick, and the dialog says where and what it holds
    [package] = offices["usb"].glob("chibo-data-*.chibo")
    assert written.args[0].path == package
    assert str(package) in dialog.status.text() and "2 " not in dialog.intro.text()
    assert dialog.status.text().startswith("Xong: đã ghi gói số 1 vào ")
    save_shot(dialog, "done")


def test_a_full_stick_is_said_plainly(
    offices: dict[str, Path], qtbot: QtBot, vietnamese: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    enrol(offices["commune"], offices["upper"], offices["usb"])
    told: list[str] = []
    monkeypatch.setattr(sync_export_dialog, "inform", lambda _p, _t, text, **_k: told.append(text))

    def full(_path: Path, _data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files, "write_file_atomically", full)
    with opened(offices["commune"]) as ws:
        dialog = SyncExportDialog(ws.sync, None, lambda: stick(offices["usb"]))
        qtbot.addWidget(dialog)
        dialog.write_button.click()

    assert told == [f"USB ở {offices['usb']} đã đầy: hãy xóa bớt tệp cũ hoặc dùng USB khác."]
    assert dialog.status.text() == told[0]
    assert list(offices["usb"].glob("*.chibo")) == []


def test_without_an_upper_level_it_says_what_to_do_first(
    offices: dict[str, Path], qtbot: QtBot, vietnamese: None
) -> None:
    with opened(offices["commune"]) as ws:
        dialog = SyncExportDialog(ws.sync, None, lambda: stick(offices["usb"]))
        qtbot.addWidget(dialog)

    assert "tệp đăng ký của cấp trên" in dialog.intro.text()
    assert not dialog.write_button.isEnabled() and dialog.chooser.drives.count() == 0
    save_shot(dialog, "not_enrolled")


def test_with_no_stick_it_asks_for_one_or_a_folder(
    offices: dict[str, Path], qtbot: QtBot, vietnamese: None
) -> None:
    enrol(offices["commune"], offices["upper"], offices["usb"])
    with opened(offices["commune"]) as ws:
        dialog = SyncExportDialog(ws.sync, None, lambda: [])
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.chooser.no_drive.isVisible() and not dialog.write_button.isEnabled()

        # When a folder is chosen by hand, it can be written to
        dialog.chooser.add_folder(offices["usb"])
        assert dialog.write_button.isEnabled() and not dialog.chooser.no_drive.isVisible()
        save_shot(dialog, "folder")
