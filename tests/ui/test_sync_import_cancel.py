"""Stopping "Receive data" midway, as a clerk would: three communes' packages are applied on the
database worker, the progress window comes up, Cancel is pressed while the first package is
applied. The window then says which package was applied and which were not, and Apply carries on
with the rest. Real database files, packages and background runner (tests/sync_sites.py); the
worker is held after its first package until Cancel has been pressed, so that the test does not
depend on how fast the machine is.

Set CHIBO_SHOTS to a folder to keep pictures of the windows for a person to look at.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Collection, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget
from sync_sites import enrol, export, make_commune, make_upper, opened

from chibo_desktop.domain.progress import CancelToken
from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.services.workspace import Workspace
from chibo_desktop.ui.dialogs.sync_import_dialog import SyncImportDialog
from chibo_desktop.ui.operations import BackgroundRunner
from chibo_desktop.ui.widgets.readable import DONE_COLOUR

COMMUNES = {
    "Tân Lập": ["Nguyễn Thị Hường", "Trần Văn Ước"],
    "Kỳ Anh": ["Lê Đình Ấn", "Phạm Thị Ngọc Ánh"],
    "Cẩm Xuyên": ["Hoàng Văn Khải", "Đặng Thị Yến"],
}
WAIT_MS = 10_000
T = TypeVar("T")


pytestmark = pytest.mark.usefixtures("english_sources")


@pytest.fixture
def usb(tmp_path: Path, chibo_home: Path) -> Path:
    """A province's database beside a stick with three communes' first packages."""
    usb = tmp_path / "usb"
    usb.mkdir()
    make_upper(tmp_path / "tinh.sqlite")
    for n, (place, members) in enumerate(COMMUNES.items()):
        commune = tmp_path / f"xa-{n}.sqlite"
        make_commune(commune, place, members)
        enrol(commune, tmp_path / "tinh.sqlite", usb)
        export(commune, usb)
    return usb


@pytest.fixture
def province(usb: Path) -> Iterator[Workspace]:
    with opened(usb.parent / "tinh.sqlite") as ws:
        yield ws


class HeldAfterFirst:
    """The province's real check or import, held on the worker once its first package is done
    until the test lets it go on (the Cancel button is pressed meanwhile)."""

    def __init__(self, work: Callable[..., T]) -> None:
        self.work = work
        self.first_done = threading.Event()
        self.go_on = threading.Event()

    def __call__(
        self,
        paths: Collection[Path],
        *,
        progress: Callable[[int, int], None] | None = None,
        cancel: CancelToken | None = None,
        **options: Any,
    ) -> T:
        def report(done: int, total: int) -> None:
            if progress is not None:
                progress(done, total)
            if done == 1:
                self.first_done.set()
                assert self.go_on.wait(WAIT_MS / 1000)

        return self.work(paths, progress=report, cancel=cancel, **options)


def what(dialog: SyncImportDialog, row: int) -> str:
    return dialog.table.item(row, SyncImportDialog.WHAT).text()


def sender(dialog: SyncImportDialog, row: int) -> str:
    return dialog.table.item(row, SyncImportDialog.SENDER).text()


def members_of(ws: Workspace) -> set[str]:
    return {m.full_name for m in ws.members.page(MemberQuery(), 0, 100)}


def shoot(widget: QWidget, state: str) -> None:
    picture = widget.grab()
    assert not picture.isNull()
    if folder := os.environ.get("CHIBO_SHOTS"):
        Path(folder).mkdir(parents=True, exist_ok=True)
        picture.save(str(Path(folder) / f"sync_import_{state}.png"))


def progress_window(owner: QWidget) -> QProgressDialog | None:
    shown = [d for d in owner.findChildren(QProgressDialog) if d.isVisible()]
    return shown[0] if shown else None


def test_cancel_stops_after_the_package_under_way_and_apply_carries_on(
    qtbot, monkeypatch, usb: Path, province: Workspace
) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    dialog = SyncImportDialog(province.sync, BackgroundRunner(owner), owner)
    monkeypatch.setattr(dialog, "_ask_folder", lambda: usb)
    held = HeldAfterFirst(province.sync.import_packages)
    monkeypatch.setattr(province.sync, "import_packages", held)

    # Given the stick's three packages, listed, their fingerprints ticked as checked
    dialog.choose_folder()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=WAIT_MS)
    for row in range(3):
        box = dialog.check_box(row)
        assert box is not None
        box.setChecked(True)
    first_office = sender(dialog, 0).removeprefix("Văn phòng Đảng ủy xã ")

    # When Apply is pressed and, while the first package is applied, Cancel in the progress
    # window
    dialog.apply_button.click()
    qtbot.waitUntil(held.first_done.is_set, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: progress_window(owner) is not None, timeout=WAIT_MS)
    progress = progress_window(owner)
    assert progress is not None and progress.labelText() == "Applying the packages…"
    [cancel] = progress.findChildren(QPushButton)
    assert cancel.text() == "Cancel" and cancel.isEnabled()
    cancel.click()

    # Then the window says it stops once the package under way is done, and cannot be pressed
    # again
    assert progress.isVisible()
    assert progress.labelText() == "Stopping… the step under way is finished first."
    assert (progress.value(), progress.maximum()) == (1, 3)  # as far as it got
    assert not cancel.isEnabled()
    assert not dialog.apply_button.isEnabled()
    shoot(progress, "stopping")
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS):
        held.go_on.set()
    qtbot.waitUntil(lambda: progress_window(owner) is None, timeout=WAIT_MS)

    # And the first package is applied, the other two are not
    assert what(dialog, 0).startswith("Applied: ")
    assert dialog.table.item(0, SyncImportDialog.WHAT).foreground().color() == DONE_COLOUR
    assert [what(dialog, 1), what(dialog, 2)] == ["Not applied (stopped)."] * 2
    assert members_of(province) == set(COMMUNES[first_office])
    assert len(list(usb.glob("chibo-receipt-*.chibo"))) == 1
    assert dialog.summary.text() == (
        f"Packages applied: 1. Receipts for the senders were written to {usb}: take them back "
        "on the stick. Stopped before 2 packages: they were not applied. Press Apply to apply "
        "them."
    )
    # And Apply carries on with the two
    assert dialog.apply_button.isEnabled() and dialog.apply_button.isDefault()
    shoot(dialog, "stopped")

    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS):
        dialog.apply_button.click()
    qtbot.waitUntil(lambda: not dialog.stopped, timeout=WAIT_MS)
    assert all(what(dialog, row).startswith("Applied: ") for row in range(3))
    assert members_of(province) == {n for names in COMMUNES.values() for n in names}
    assert dialog.summary.text().startswith("Packages applied: 3. ")
    assert "Stopped" not in dialog.summary.text()
    assert not dialog.apply_button.isEnabled()

    # When the stick is read again, every package was received already
    files = len(list(usb.glob("*.chibo")))  # the receipts too
    dialog.choose_folder()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == files, timeout=WAIT_MS)
    rows = [r for r in range(files) if "chibo-data-" in dialog.table.item(r, 0).toolTip()]
    assert len(rows) == 3
    assert all(what(dialog, r).startswith("Already received on ") for r in rows)
    dialog.close_button.click()


def test_cancel_while_checking_leaves_the_rest_unchecked_and_adding_them_again_checks_them(
    qtbot, monkeypatch, usb: Path, province: Workspace
) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    dialog = SyncImportDialog(province.sync, BackgroundRunner(owner), owner)
    monkeypatch.setattr(dialog, "_ask_folder", lambda: usb)
    held = HeldAfterFirst(province.sync.inspect)
    monkeypatch.setattr(province.sync, "inspect", held)

    # When the stick's three packages are chosen and Cancel is pressed while the first is checked
    dialog.choose_folder()
    qtbot.waitUntil(held.first_done.is_set, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: progress_window(owner) is not None, timeout=WAIT_MS)
    progress = progress_window(owner)
    assert progress is not None and progress.labelText() == "Checking the packages…"
    [cancel] = progress.findChildren(QPushButton)
    cancel.click()
    assert progress.labelText() == "Stopping… the step under way is finished first."
    held.go_on.set()
    qtbot.waitUntil(lambda: progress_window(owner) is None, timeout=WAIT_MS)

    # Then the first package is checked and waits for its fingerprint, the other two say they
    # were not checked, and only the first can be applied
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=WAIT_MS)
    assert what(dialog, 0).startswith("First package from this office: check its key ")
    assert [what(dialog, 1), what(dialog, 2)] == [
        "Not checked (stopped). Add it again to check it."
    ] * 2
    assert dialog.check_box(0) is not None
    assert dialog.check_box(1) is None and dialog.check_box(2) is None
    shoot(dialog, "check_stopped")

    # When the folder is chosen again (the real check this time, not held)
    monkeypatch.setattr(province.sync, "inspect", held.work)
    dialog.choose_folder()
    qtbot.waitUntil(
        lambda: all(dialog.check_box(row) is not None for row in range(3)), timeout=WAIT_MS
    )

    # Then all three are checked, and applying them brings in every commune's members
    for row in range(3):
        box = dialog.check_box(row)
        assert box is not None
        box.setChecked(True)
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS):
        dialog.apply_button.click()
    assert all(what(dialog, row).startswith("Applied: ") for row in range(3))
    assert members_of(province) == {n for names in COMMUNES.values() for n in names}
