"""Start-up safety: one running program at a time (a lock left by a crashed one taken over), a
damaged database offered its newest good backup, a database on a stick or a network share
refused (and moved to this computer when the clerk agrees)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from backup_helpers import MEMBERS, add_member, button, corrupt_member_table, on_roll, take
from db_dump import dump
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sync_sites import make_commune

from chibo_desktop import app as app_module
from chibo_desktop import paths
from chibo_desktop.paths import VolumeKind, linux_volume_kind
from chibo_desktop.services.backups import BackupFolder
from chibo_desktop.ui import startup
from chibo_desktop.ui.dialogs.damaged_database_dialog import DamagedDatabaseDialog


@pytest.fixture
def commune(tmp_path: Path, english_sources: None) -> Path:
    path = tmp_path / "data" / "chibo.sqlite"
    make_commune(path, "Tân Lập", MEMBERS)
    return path


@pytest.fixture
def folder(commune: Path, chibo_home: Path) -> BackupFolder:
    return BackupFolder(commune, chibo_home / "backups")


# -- start-up: a damaged database ------------------------------------------------------------------
def test_a_damaged_database_is_offered_its_newest_good_backup_on_opening(
    qtbot: QtBot, qapp: QApplication, answer: Callable[..., None], commune: Path,
    folder: BackupFolder,
) -> None:  # fmt: skip
    good = take(commune)
    add_member(commune, "Vũ Văn Hòa")
    newer = take(commune)
    corrupt_member_table(newer)
    corrupt_member_table(commune)
    damaged = commune.read_bytes()
    # When the program opens the damaged file, and the clerk takes the backup offered
    seen: list[str] = []

    def restore_offered(dialog: QWidget) -> None:
        assert isinstance(dialog, DamagedDatabaseDialog)
        seen.append(dialog.offer.text())
        dialog.restore_button.click()

    answer(restore_offered)
    workspace = app_module._open(qapp, commune)
    # Then the newest sound backup was offered (the damaged newer one passed over), restored,
    # and opened; the damaged file is kept aside
    assert workspace is not None
    try:
        assert workspace.site is not None
    finally:
        workspace.close()
    taken = folder.backups()
    good_time = next(b.taken_at for b in taken if b.path == good)
    assert good_time.strftime("%d/%m/%Y %H:%M") in seen[0] and "3 member records" in seen[0]
    assert on_roll(commune) == set(MEMBERS)
    [aside] = folder.folder.glob("chibo-*-damaged.sqlite")
    assert aside.read_bytes() == damaged


def test_without_a_good_backup_the_damaged_database_is_not_opened(
    qtbot: QtBot, qapp: QApplication, answer: Callable[..., None], commune: Path
) -> None:
    corrupt_member_table(commune)
    before = commune.read_bytes()
    seen: list[DamagedDatabaseDialog] = []

    def close(dialog: QWidget) -> None:
        assert isinstance(dialog, DamagedDatabaseDialog)
        seen.append(dialog)
        assert dialog.offered is None and "No good backup was found" in dialog.offer.text()
        dialog.close_button.click()

    answer(close)
    assert app_module._open(qapp, commune) is None
    assert seen and commune.read_bytes() == before


# -- start-up: one program at a time ---------------------------------------------------------------
def test_a_second_start_says_the_program_is_running(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, commune: Path, chibo_home: Path
) -> None:
    told: list[str] = []
    monkeypatch.setattr(app_module, "inform", lambda _p, _t, text, **_k: told.append(text))
    running = startup.lock_single_instance(paths.user_data_dir())
    assert running is not None
    try:
        assert app_module.run_gui(commune, "en") == 1
    finally:
        running.unlock()
    assert told == [startup.already_running_text()]
    assert "already running" in told[0]
    assert startup.lock_single_instance(paths.user_data_dir()) is not None  # free again


_CRASH_HOLDING_THE_LOCK = """
import os, signal, sys
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
assert lock.tryLock(0)
os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
"""


def test_a_lock_left_by_a_crashed_program_is_taken_over(chibo_home: Path) -> None:
    lock_file = paths.user_data_dir() / startup.LOCK_FILE
    # Given a program that crashed (killed) while it held the lock
    crashed = subprocess.run(
        [sys.executable, "-c", _CRASH_HOLDING_THE_LOCK, str(lock_file)],
        env=os.environ,
        capture_output=True,
        timeout=60,
    )
    assert crashed.returncode != 0 and b"Traceback" not in crashed.stderr
    assert lock_file.exists()
    # Then the next start takes the lock over
    lock = startup.lock_single_instance(paths.user_data_dir())
    assert lock is not None
    lock.unlock()


# -- start-up: a database on a stick or a network share --------------------------------------------
def test_a_database_on_a_stick_is_moved_to_this_computer_when_the_clerk_agrees(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, answer: Callable[..., None], tmp_path: Path,
    chibo_home: Path, english_sources: None,
) -> None:  # fmt: skip
    on_stick = tmp_path / "usb" / "chibo.sqlite"
    make_commune(on_stick, "Tân Lập", MEMBERS)
    before = dump(on_stick)
    told: list[str] = []
    monkeypatch.setattr(startup, "inform", lambda _p, _t, text, **_k: told.append(text))
    asked: list[str] = []

    def move(box: QWidget) -> None:
        asked.append(box.text())  # type: ignore[attr-defined]
        button(box, "Move it to this computer").click()

    answer(move)
    opened_path = startup.checked_location(on_stick, lambda _path: VolumeKind.REMOVABLE)
    assert opened_path == paths.user_data_dir() / "chibo.sqlite"
    assert "removable drive" in asked[0] and str(on_stick) in asked[0]
    assert dump(opened_path) == before and dump(on_stick) == before
    assert told and str(opened_path) in told[0]


def test_a_database_on_a_network_share_is_refused_when_the_clerk_does_not_move_it(
    qtbot: QtBot, qapp: QApplication, answer: Callable[..., None], tmp_path: Path,
    chibo_home: Path, english_sources: None,
) -> None:  # fmt: skip
    shared = tmp_path / "share" / "chibo.sqlite"
    make_commune(shared, "Tân Lập", MEMBERS)
    before = dump(shared)
    asked: list[str] = []

    def close(box: QWidget) -> None:
        asked.append(box.text())  # type: ignore[attr-defined]
        button(box, "Close the program").click()

    answer(close)
    assert app_module.run_gui(shared, "en", volume_kind=lambda _path: VolumeKind.NETWORK) == 0
    assert "network share" in asked[0] and "lock the file safely" in asked[0]
    assert dump(shared) == before
    assert not (chibo_home / "chibo.sqlite").exists()


def test_a_database_on_this_computer_is_opened_where_it_is(tmp_path: Path) -> None:
    here = tmp_path / "chibo.sqlite"
    assert startup.checked_location(here, lambda _path: VolumeKind.LOCAL) == here


_MOUNTS = """\
22 27 0:21 / /proc rw,relatime - proc proc rw
27 1 8:2 / / rw,relatime - ext4 /dev/sda2 rw
95 27 8:17 / /media/van\\040phong/KINGSTON rw,nosuid - vfat /dev/sdb1 rw,uid=1000
96 27 0:55 / /mnt/dang-uy rw,relatime - cifs //may-chu/dang-uy rw,vers=3.0
97 27 0:56 / /mnt/ssh rw,relatime - fuse.sshfs tai-khoan@may-chu: rw
"""


@pytest.mark.parametrize(
    ("where", "kind"),
    [
        ("/home/van/.local/share/ChiboDesktop/chibo.sqlite", VolumeKind.LOCAL),
        ("/media/van phong/KINGSTON/chibo.sqlite", VolumeKind.REMOVABLE),
        ("/mnt/dang-uy/chibo.sqlite", VolumeKind.NETWORK),
        ("/mnt/ssh/du-lieu/chibo.sqlite", VolumeKind.NETWORK),
    ],
)
def test_linux_mounts_say_which_volume_a_database_is_on(
    tmp_path: Path, where: str, kind: VolumeKind
) -> None:
    # /sys/class/block as the kernel lays it out: a partition's folder inside its disk's,
    # which says whether the disk is removable
    block = tmp_path / "sys" / "class" / "block"
    block.mkdir(parents=True)
    for disk, partition, removable in (("sda", "sda2", "0"), ("sdb", "sdb1", "1")):
        (tmp_path / "devices" / disk / partition).mkdir(parents=True)
        (tmp_path / "devices" / disk / "removable").write_text(removable + "\n")
        (block / partition).symlink_to(tmp_path / "devices" / disk / partition)
    assert linux_volume_kind(Path(where), _MOUNTS, block) is kind
