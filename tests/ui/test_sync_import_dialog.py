"""The "Receive data" window at the province, driven as a clerk would: choose the stick's folder,
read what each package brings, tick the fingerprint of a first package, apply; a damaged package
is refused and a package received twice changes nothing. Real database files and a "USB" folder
(tests/sync_sites.py); the window works without the background runner so that it is synchronous.

Set CHIBO_SHOTS to a folder to keep pictures of the window (in Vietnamese) for a person to look at.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import NamedTuple

import pytest
from PySide6.QtWidgets import QPushButton, QWidget
from sync_sites import enrol, export, fingerprint, make_commune, make_upper, opened

from chibo_desktop.domain.dates import format_date
from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.services.sync import PackageStatus
from chibo_desktop.services.workspace import Workspace
from chibo_desktop.ui import i18n
from chibo_desktop.ui.dialogs.sync_import_dialog import SyncImportDialog
from chibo_desktop.ui.operations import BackgroundRunner
from chibo_desktop.ui.sync_texts import describe_sync_refusal
from chibo_desktop.ui.widgets.readable import HINT_COLOUR, PROBLEM_COLOUR

MEMBERS = ["Nguyễn Thị Hường", "Trần Văn Ước", "Lê Đình Ấn", "Phạm Thị Ngọc Ánh"]
OFFICE = "Văn phòng Đảng ủy xã Tân Lập"


pytestmark = pytest.mark.usefixtures("english_sources")


class Stick(NamedTuple):
    upper: Path  # the province's database
    usb: Path
    package: Path  # the commune's first package, on the stick
    fingerprint: str  # the commune's key, as its clerk reads it out


@pytest.fixture
def stick(tmp_path: Path, chibo_home: Path) -> Stick:
    """A province and the commune Tân Lập (4 members), enrolled through the stick; the commune's
    first package is on the stick."""
    upper, commune, usb = tmp_path / "tinh.sqlite", tmp_path / "tan-lap.sqlite", tmp_path / "usb"
    usb.mkdir()
    make_upper(upper)
    make_commune(commune, "Tân Lập", MEMBERS)
    enrol(commune, upper, usb)
    return Stick(upper, usb, export(commune, usb).path, fingerprint(commune))


@pytest.fixture
def province(stick: Stick) -> Iterator[Workspace]:
    """The province's database, open (one database at a time in a process)."""
    with opened(stick.upper) as ws:
        yield ws


def open_dialog(qtbot, ws: Workspace, folder: Path, monkeypatch) -> SyncImportDialog:
    dialog = SyncImportDialog(ws.sync, None)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "_ask_folder", lambda: folder)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def what(dialog: SyncImportDialog, row: int) -> str:
    return dialog.table.item(row, SyncImportDialog.WHAT).text()


def shoot(dialog: SyncImportDialog, state: str) -> None:
    dialog.layout().activate()  # what the next paint would show
    picture = dialog.grab()
    assert not picture.isNull()
    if folder := os.environ.get("CHIBO_SHOTS"):
        Path(folder).mkdir(parents=True, exist_ok=True)
        picture.save(str(Path(folder) / f"sync_import_{state}.png"))


def damage(package: Path, copy: Path) -> Path:
    """A copy of ``package`` with one byte changed in its middle."""
    data = bytearray(package.read_bytes())
    data[len(data) // 2] ^= 0xFF
    copy.write_bytes(bytes(data))
    return copy


def member_names(ws: Workspace) -> set[str]:
    return {m.full_name for m in ws.members.page(MemberQuery(), 0, 100)}


def test_a_first_package_is_applied_once_its_fingerprint_is_ticked(
    qtbot, monkeypatch, stick: Stick, province: Workspace
) -> None:
    dialog = open_dialog(qtbot, province, stick.usb, monkeypatch)
    # Given nothing chosen, a sentence says what to do and nothing can be applied
    assert dialog.stack.currentWidget() is dialog.empty
    assert "Choose files…" in dialog.empty.text()
    assert not dialog.apply_button.isEnabled()

    # When the stick's folder is chosen
    dialog.folder_button.click()

    # Then its package is listed with its sender and the fingerprint to check
    assert dialog.stack.currentWidget() is dialog.table
    assert dialog.table.rowCount() == 1
    # (the file's name may wrap after its hyphens)
    row = [dialog.table.item(0, c).text().replace("\u200b", "") for c in range(4)]
    assert row == [stick.package.name, OFFICE, "1", format_date(date.today())]
    assert what(dialog, 0) == (
        "First package from this office: check its key fingerprint "
        f"{stick.fingerprint} with the sender."
    )
    assert dialog.advice.isVisible()
    box = dialog.check_box(0)
    assert box is not None and not box.isChecked()
    # And Apply waits until the fingerprint is ticked as checked
    assert not dialog.apply_button.isEnabled()
    box.setChecked(True)
    assert dialog.apply_button.isEnabled()
    assert member_names(province) == set()

    # When Apply is pressed
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.apply_button.click()

    # Then the members are in the province's database, the row says what was done and the line
    # below where the receipt is
    assert member_names(province) == set(MEMBERS)
    assert what(dialog, 0) == "Applied: 7 new, 0 updated, 0 unchanged, 0 conflicts."
    assert dialog.check_box(0) is None
    receipts = sorted(stick.usb.glob("chibo-receipt-*.chibo"))
    assert len(receipts) == 1
    assert dialog.summary.text() == (
        f"Packages applied: 1. Receipts for the senders were written to {stick.usb}: "
        "take them back on the stick."
    )
    assert not dialog.warning.isVisible()
    assert not dialog.apply_button.isEnabled()

    # When the same package is chosen again
    dialog.add_paths([stick.package])

    # Then it was already received today, and nothing can be applied
    assert dialog.table.rowCount() == 1
    assert what(dialog, 0) == (
        f"Already received on {format_date(date.today())} — nothing changes."
    )
    assert not dialog.summary.isVisible()
    assert not dialog.apply_button.isEnabled()


def test_a_damaged_package_is_refused_and_cannot_be_applied(
    qtbot, monkeypatch, tmp_path: Path, stick: Stick, province: Workspace
) -> None:
    # Given a copy of the package with one byte changed in its middle
    damaged_folder = tmp_path / "damaged"
    damaged_folder.mkdir()
    damaged = damage(stick.package, damaged_folder / stick.package.name)
    dialog = open_dialog(qtbot, province, damaged_folder, monkeypatch)

    # When its folder is chosen
    dialog.choose_folder()

    # Then the refusal is said in red on its row, and Apply stays off
    [preview] = dialog.previews
    # (the service marks a first package whose signature fails as still waiting for its
    # fingerprint, with the refusal beside: the window says the refusal)
    assert preview.rejection == "bad_signature"
    assert preview.status in (PackageStatus.REJECTED, PackageStatus.NEEDS_CONFIRMATION)
    item = dialog.table.item(0, SyncImportDialog.WHAT)
    sentence = describe_sync_refusal(
        preview.rejection, **{"file": damaged.name, **preview.rejection_params}
    )
    assert sentence.startswith(damaged.name + ": the signature does not match")
    assert item.text() == "T" + sentence[len(damaged.name) + 3 :]  # the row names the file
    assert item.toolTip() == item.text()
    assert item.foreground().color() == PROBLEM_COLOUR
    assert dialog.check_box(0) is None
    assert not dialog.apply_button.isEnabled()
    dialog.apply()
    assert member_names(province) == set()


def test_a_folder_without_packages_is_said(
    qtbot, monkeypatch, tmp_path: Path, province: Workspace
) -> None:
    empty = tmp_path / "empty stick"
    empty.mkdir()
    dialog = open_dialog(qtbot, province, empty, monkeypatch)
    dialog.choose_folder()
    assert dialog.problem.isVisible()
    assert dialog.problem.text() == f"There are no package files (*.chibo) in {empty}."
    assert dialog.stack.currentWidget() is dialog.empty


def test_the_window_reads_in_vietnamese(
    qtbot, monkeypatch, stick: Stick, province: Workspace
) -> None:
    i18n.install("vi")
    dialog = open_dialog(qtbot, province, stick.usb, monkeypatch)
    assert dialog.windowTitle() == "Nhận dữ liệu"
    assert dialog.apply_button.text() == "&Nhận vào"
    assert dialog.files_button.text() == "Chọn &tệp…"
    assert dialog.empty.text().startswith("Chưa chọn gói dữ liệu nào.")
    shoot(dialog, "empty")

    dialog.choose_folder()
    assert what(dialog, 0).startswith("Gói đầu tiên của cơ quan này: hãy đối chiếu dấu vân tay")
    assert dialog.table.horizontalHeaderItem(SyncImportDialog.SENDER).text() == "Nơi gửi"
    box = dialog.check_box(0)
    assert box is not None and box.text() == "Đã đối chiếu"
    assert_nothing_cut(dialog)
    shoot(dialog, "listed")

    box.setChecked(True)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.apply_button.click()
    assert what(dialog, 0).startswith("Đã nhận vào: 7 mới")  # 3 units, 4 members
    assert dialog.summary.text().startswith("Đã nhận vào 1 gói dữ liệu.")
    assert_nothing_cut(dialog)
    shoot(dialog, "applied")

    # When the stick is read again, with a damaged copy of the package beside it
    damage(stick.package, stick.usb / "ban-sao-hong.chibo")
    dialog.choose_folder()

    # Then the copy is refused in red, the package was already received, and the receipt
    # written for the commune is said in grey: it is not for this office
    rows = {dialog.table.item(r, 0).toolTip(): r for r in range(dialog.table.rowCount())}
    [receipt] = stick.usb.glob("chibo-receipt-*.chibo")
    damaged = dialog.table.item(rows[str(stick.usb / "ban-sao-hong.chibo")], dialog.WHAT)
    assert damaged.text().startswith("Chữ ký không khớp: tệp đã bị sửa")
    assert damaged.foreground().color() == PROBLEM_COLOUR
    assert what(dialog, rows[str(stick.package)]).startswith("Đã nhận ngày ")
    not_ours = dialog.table.item(rows[str(receipt)], dialog.WHAT)
    assert "gửi cho cơ quan khác" in not_ours.text()
    assert not_ours.foreground().color() == HINT_COLOUR
    assert not dialog.apply_button.isEnabled()
    assert_nothing_cut(dialog)
    shoot(dialog, "mixed")


def assert_nothing_cut(dialog: SyncImportDialog) -> None:
    """Every row is as tall as its wrapped text, and the labels are wide enough for theirs."""
    table = dialog.table
    for row in range(table.rowCount()):
        assert table.rowHeight(row) >= table.sizeHintForRow(row), row
    for label in (dialog.summary, dialog.advice):
        if label.isVisible():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
    for button in dialog.findChildren(QPushButton):
        if button.isVisible():
            assert button.width() >= button.sizeHint().width(), button.text()


def test_closing_without_applying_changes_nothing(
    qtbot, monkeypatch, stick: Stick, province: Workspace
) -> None:
    dialog = open_dialog(qtbot, province, stick.usb, monkeypatch)
    dialog.choose_folder()
    dialog.check_box(0).setChecked(True)
    with qtbot.assertNotEmitted(dialog.imported):
        dialog.close_button.click()
    assert not dialog.isVisible()
    assert member_names(province) == set()
    assert not list(stick.usb.glob("chibo-receipt-*"))


def test_the_work_runs_on_the_database_worker(
    qtbot, monkeypatch, stick: Stick, province: Workspace
) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    dialog = SyncImportDialog(province.sync, BackgroundRunner(owner), owner)
    monkeypatch.setattr(dialog, "_ask_folder", lambda: stick.usb)
    dialog.choose_folder()
    assert not dialog.folder_button.isEnabled()  # while the packages are checked
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    assert dialog.folder_button.isEnabled()
    dialog.check_box(0).setChecked(True)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.apply_button.click()
    assert member_names(province) == set(MEMBERS)
    dialog.close_button.click()
