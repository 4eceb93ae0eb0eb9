"""Backups: verified copies in the data folder, thinned over time; restoring one (the restore
drill), a backup sealed with a password on a stick, and a damaged database found on opening."""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from backup_helpers import MEMBERS, PASSWORD, corrupt_member_table, on_roll
from db_dump import dump, execute, query
from services.conftest import member_draft
from sync_sites import make_commune, member_named, opened

from chibo_desktop.domain.accounts import Role
from chibo_desktop.domain.backups import Retention
from chibo_desktop.services.backups import (
    BackupFolder,
    BackupReason,
    BackupService,
    copy_into,
)
from chibo_desktop.services.errors import OperationRefused, ValidationFailed
from chibo_desktop.services.workspace import DatabaseDamaged, open_workspace
from chibo_desktop.sync.backup_file import Cost


class Clock:
    """A settable "now" for the backups' calendar."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def commune(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "chibo.sqlite"
    make_commune(path, "Tân Lập", MEMBERS)
    return path


def backups_folder(chibo_home: Path) -> Path:
    return chibo_home / "backups"


def names(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


# -- taking backups -------------------------------------------------------------------------------
def test_a_backup_is_a_checked_copy_named_for_its_time_and_reason(
    commune: Path, chibo_home: Path
) -> None:
    with opened(commune) as ws:
        backup = ws.backups.take()
        listed = ws.backups.folder.backups()
    assert listed == [backup]
    assert backup.path.parent == backups_folder(chibo_home)
    assert backup.path.name.startswith("chibo-") and backup.path.name.endswith("-manual.sqlite")
    assert backup.reason is BackupReason.MANUAL
    assert backup.size == backup.path.stat().st_size
    assert query(backup.path, "PRAGMA integrity_check") == [("ok",)]
    # a single file, no log beside it, nothing half-written left
    assert query(backup.path, "PRAGMA journal_mode") == [("delete",)]
    assert names(backup.path.parent) == {backup.path.name}
    contents = backup.contents
    assert contents is not None
    assert contents.site_name == "Văn phòng Đảng ủy xã Tân Lập"
    assert (contents.members, contents.meetings, contents.epoch) == (3, 0, 1)
    assert contents.newest_change is not None
    assert abs(contents.newest_change - datetime.now()) < timedelta(minutes=5)


def test_the_backup_holds_what_the_database_held(commune: Path) -> None:
    with opened(commune) as ws:
        backup = ws.backups.take()
    assert dump(backup.path) == dump(commune)


_KILL_BEFORE_THE_CHECK = """
import os, signal, sys
from pathlib import Path
from chibo_desktop.services.workspace import open_workspace
from chibo_desktop.storage import backup_files

def killed(path, quick=False):
    os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))

backup_files.problems = killed
open_workspace(Path(sys.argv[1])).backups.take()
"""


def test_a_backup_killed_before_its_check_leaves_nothing_that_looks_finished(
    commune: Path, chibo_home: Path
) -> None:
    # When the program is killed (a power cut) with the copy written but not yet checked
    run = subprocess.run(
        [sys.executable, "-c", _KILL_BEFORE_THE_CHECK, str(commune)],
        env={**os.environ, "CHIBO_HOME": str(chibo_home)},
        capture_output=True,
        timeout=120,
    )
    assert run.returncode != 0 and b"Traceback" not in run.stderr, run.stderr
    # Then only a partial file is there, which no list shows or restores
    left = names(backups_folder(chibo_home))
    assert left and all(n.endswith(".partial") for n in left)
    with opened(commune) as ws:
        assert ws.backups.folder.backups() == []
    # and it is cleared away by a backup taken more than a day later
    clock = Clock(datetime.now() + timedelta(days=2))
    with opened(commune) as ws:
        service = BackupService(
            ws.store, BackupFolder(commune, backups_folder(chibo_home), clock), ws.access
        )
        taken = service.take(BackupReason.DAILY)
    assert names(backups_folder(chibo_home)) == {taken.path.name}


def test_daily_backup_once_a_day(commune: Path, chibo_home: Path) -> None:
    clock = Clock(datetime(2026, 11, 21, 8, 30))
    with opened(commune) as ws:
        service = BackupService(
            ws.store, BackupFolder(commune, backups_folder(chibo_home), clock), ws.access
        )
        first = service.daily()
        clock.now += timedelta(hours=3)
        assert service.daily() is None  # one today already
        clock.now += timedelta(days=1)
        second = service.daily()
    assert first is not None and first.reason is BackupReason.DAILY
    assert second is not None and second.taken_at == datetime(2026, 11, 22, 11, 30)


def test_closing_backs_up_only_what_changed_since_the_last_backup(commune: Path) -> None:
    with opened(commune) as ws:
        assert not ws.backups.closing_needed()  # opened and looked at: nothing new to keep
        cell = next(u for u in ws.units.all() if u.is_cell)
        ws.members.add(member_draft(cell.id, "Vũ Văn Hòa"))
        assert ws.backups.closing_needed()
        taken = ws.backups.on_closing()
        assert taken is not None and taken.reason is BackupReason.CLOSING
        assert not ws.backups.closing_needed()
        assert ws.backups.on_closing() is None


def test_a_bulk_change_and_its_undo_are_backed_up_first(commune: Path) -> None:
    with opened(commune) as ws:
        cells = [u for u in ws.units.all() if u.is_cell]
        # When a whole cell is moved into another (every member at once)
        ws.transfers.dissolve_into(cells[0].id, cells[1].id, date(2026, 11, 1))
        [before] = ws.backups.folder.backups()
        ws.undo.undo()
        newest = ws.backups.folder.backups()[0]
    # Then the backup taken first holds the cells as they were
    assert before.reason is BackupReason.BEFORE_BULK
    assert query(before.path, "SELECT COUNT(*) FROM unit WHERE dissolved_on IS NOT NULL") == [(0,)]
    # and undoing it is backed up too, holding the move
    assert newest.reason is BackupReason.BEFORE_BULK and newest.path != before.path
    assert query(newest.path, "SELECT COUNT(*) FROM unit WHERE dissolved_on IS NOT NULL") == [(1,)]


def test_a_bulk_change_refused_to_a_viewer_takes_no_backup(commune: Path) -> None:
    with opened(commune) as ws:
        ws.accounts.create_first_administrator("quantri", "Nguyễn Văn Quản", PASSWORD)
        ws.accounts.add("doc", "Lê Văn Đọc", Role.VIEWER, PASSWORD)
        ws.accounts.sign_in("doc", PASSWORD)
        cells = [u for u in ws.units.all() if u.is_cell]
        with pytest.raises(OperationRefused) as refused:
            ws.transfers.dissolve_into(cells[0].id, cells[1].id, date(2026, 11, 1))
        assert refused.value.code == "access.read_only"
        assert ws.backups.folder.backups() == []


def test_one_member_edit_takes_no_backup(commune: Path) -> None:
    with opened(commune) as ws:
        member = member_named(ws, MEMBERS[0])
        ws.members.update(dataclasses.replace(member, phone="0912345678"))
        assert ws.backups.folder.backups() == []


def test_migrating_an_older_database_backs_it_up_first(tmp_path: Path, chibo_home: Path) -> None:
    old = tmp_path / "chibo.sqlite"
    shutil.copy(Path(__file__).parent.parent / "fixtures" / "schema_v10.sqlite", old)
    with opened(old) as ws:
        [backup] = ws.backups.folder.backups()
        assert ws.migration_backup == backup.path
    assert backup.reason is BackupReason.BEFORE_MIGRATION
    assert backup.contents is not None and backup.contents.schema == 10


# -- thinning -------------------------------------------------------------------------------------
def test_a_year_of_backups_is_thinned_to_days_weeks_and_months(
    commune: Path, chibo_home: Path, tmp_path: Path
) -> None:
    folder = backups_folder(chibo_home)
    clock = Clock(datetime(2025, 10, 1, 8, 0))
    with opened(commune) as ws:
        service = BackupService(ws.store, BackupFolder(commune, folder, clock), ws.access)
        # Given a real backup each morning and each evening for more than a year, taken as
        # the program would (each thins the folder)
        seed = tmp_path / "seed.sqlite"
        shutil.copy(service.take(BackupReason.DAILY).path, seed)
        while clock.now < datetime(2026, 11, 20, 17, 0):
            clock.now += timedelta(hours=9 if clock.now.hour == 8 else 15)
            reason = BackupReason.CLOSING if clock.now.hour == 17 else BackupReason.DAILY
            # copying the first backup under the time's name stands for taking one (a year of
            # real backups takes long); those of each 10th are taken for real
            if clock.now.day != 10:
                shutil.copy(seed, folder / backup_name(clock.now, reason))
            else:
                service.take(reason)
        # When today's first backup is taken
        clock.now = datetime(2026, 11, 21, 8, 0)
        service.take(BackupReason.DAILY)
        kept = sorted(b.taken_at for b in service.folder.backups())
    # Then today's and yesterday's, and the newest of 7 days, 4 weeks and 12 months are kept
    evenings = [datetime(2026, 11, d, 17) for d in (1, 8, *range(13, 20))]
    months = [datetime(2026, m + 1, 1, 17) - timedelta(days=1) for m in range(1, 11)]
    assert kept == sorted(
        [
            datetime(2025, 12, 31, 17),
            *months,
            *evenings,
            datetime(2026, 11, 20, 8),
            datetime(2026, 11, 20, 17),
            datetime(2026, 11, 21, 8),
        ]
    )


def backup_name(when: datetime, reason: BackupReason) -> str:
    return f"chibo-{when:%Y%m%d-%H%M%S}-{reason.value}.sqlite"


def test_the_counts_kept_are_the_office_s_choice(commune: Path, chibo_home: Path) -> None:
    folder = backups_folder(chibo_home)
    clock = Clock(datetime(2026, 11, 1, 9, 0))
    with opened(commune) as ws:
        service = BackupService(ws.store, BackupFolder(commune, folder, clock), ws.access)
        service.folder.set_retention(Retention(daily=2, weekly=0, monthly=0))
        for _ in range(21):
            service.take(BackupReason.DAILY)
            clock.now += timedelta(days=1)
        kept = [b.taken_at.day for b in service.folder.backups()]
        assert service.folder.retention() == Retention(2, 0, 0)
    assert kept == [21, 20, 19, 18]  # (the clock moved on after the 21st's backup)


def test_counts_out_of_range_are_refused_and_a_damaged_settings_file_means_the_defaults(
    commune: Path, chibo_home: Path
) -> None:
    with opened(commune) as ws:
        with pytest.raises(ValidationFailed) as refused:
            ws.backups.folder.set_retention(Retention(daily=-1, weekly=4, monthly=1000))
        assert [(p.field, p.code) for p in refused.value.problems] == [
            ("daily", "out_of_range"),
            ("monthly", "out_of_range"),
        ]
        (backups_folder(chibo_home) / "retention.json").write_text("{not json", "utf-8")
        assert ws.backups.folder.retention() == Retention()


# -- the restore drill -----------------------------------------------------------------------------
def test_restore_drill_back_up_change_restore_verify(commune: Path, chibo_home: Path) -> None:
    folder = backups_folder(chibo_home)
    # Given a backup of the commune with its three members
    with opened(commune) as ws:
        backup = ws.backups.take()
        held = dump(commune)
        # When the data changes afterwards
        cell = next(u for u in ws.units.all() if u.is_cell)
        ws.members.add(member_draft(cell.id, "Vũ Văn Hòa"))
        member = member_named(ws, MEMBERS[0])
        ws.members.update(dataclasses.replace(member, full_name="Nguyễn Thị Hương"))
    changed = dump(commune)
    assert on_roll(commune) == {"Vũ Văn Hòa", "Nguyễn Thị Hương", *MEMBERS[1:]}

    # and the backup is restored (the database closed)
    note = BackupFolder(commune, folder).restore(backup.path)

    # Then the database holds what the backup held, with a new epoch for the site
    assert on_roll(commune) == set(MEMBERS)
    assert query(commune, "SELECT epoch FROM site") == [(2,)]
    execute(commune, "UPDATE site SET epoch = 1")
    assert dump(commune) == held
    # and what it replaced was backed up first, and can itself be restored
    saved = folder / note.saved_as
    assert note.saved_as.endswith("-before-restore.sqlite") and dump(saved) == changed
    assert note.source == backup.path.name and note.epoch == 2
    assert query(commune, "PRAGMA integrity_check") == [("ok",)]
    assert not [p for p in commune.parent.iterdir() if p.name != commune.name]


def test_restoring_waits_for_confirmation_before_routine_backups_and_thinning(
    commune: Path, chibo_home: Path
) -> None:
    folder = backups_folder(chibo_home)
    clock = Clock(datetime(2026, 11, 21, 9, 0))
    with opened(commune) as ws:
        service = BackupService(ws.store, BackupFolder(commune, folder, clock), ws.access)
        service.folder.set_retention(Retention(0, 0, 0))
        first = service.take()
    BackupFolder(commune, folder, clock).restore(first.path)
    clock.now += timedelta(days=3)
    with opened(commune) as ws:
        service = BackupService(ws.store, BackupFolder(commune, folder, clock), ws.access)
        note = service.folder.restore_note()
        assert note is not None and note.source_taken_at == datetime(2026, 11, 21, 9, 0)
        # While the restore waits: no daily backup, none on closing, nothing thinned
        assert service.daily() is None
        cell = next(u for u in ws.units.all() if u.is_cell)
        ws.members.add(member_draft(cell.id, "Vũ Văn Hòa"))
        assert not service.closing_needed()
        service.take()  # asked for by the clerk: taken, and nothing older goes
        assert len(service.folder.backups()) == 3  # the first, the one before restoring, this one
        # Once the office confirms, routine backups and thinning resume
        service.folder.confirm_restore()
        assert service.folder.restore_note() is None
        clock.now += timedelta(days=1)
        assert service.daily() is not None
        # nothing older than yesterday is kept (the counts are 0): the clerk's and the day's
        assert [b.reason for b in service.folder.backups()] == [
            BackupReason.DAILY,
            BackupReason.MANUAL,
        ]


def test_each_restore_gets_an_epoch_above_every_earlier_one(
    commune: Path, chibo_home: Path
) -> None:
    folder = BackupFolder(commune, backups_folder(chibo_home))
    with opened(commune) as ws:
        old = ws.backups.take()
    assert folder.restore(old.path).epoch == 2
    folder.confirm_restore()
    # the same old backup (epoch 1) again: above the restored database's 2
    assert folder.restore(old.path).epoch == 3
    assert query(commune, "SELECT epoch FROM site") == [(3,)]


def test_a_file_that_is_no_backup_is_refused_and_nothing_changes(
    commune: Path, tmp_path: Path, chibo_home: Path
) -> None:
    before = dump(commune)
    not_a_backup = tmp_path / "chibo-20261121-091500-manual.sqlite"
    not_a_backup.write_bytes(b"PK\x03\x04 a spreadsheet saved under the wrong name" * 50)
    with pytest.raises(OperationRefused) as refused:
        BackupFolder(commune, backups_folder(chibo_home)).restore(not_a_backup)
    assert refused.value.code == "backup.not_a_backup"
    assert dump(commune) == before
    assert not backups_folder(chibo_home).exists() or not list(backups_folder(chibo_home).iterdir())


def test_a_backup_of_a_newer_program_is_refused(commune: Path, chibo_home: Path) -> None:
    with opened(commune) as ws:
        backup = ws.backups.take()
    execute(backup.path, "PRAGMA user_version = 999")
    with pytest.raises(OperationRefused) as refused:
        BackupFolder(commune, backups_folder(chibo_home)).restore(backup.path)
    assert refused.value.code == "backup.too_new"
    assert query(commune, "PRAGMA user_version") != [(999,)]


# -- a damaged database ----------------------------------------------------------------------------
def test_a_damaged_database_is_found_on_opening_and_the_newest_good_backup_restored(
    commune: Path, chibo_home: Path
) -> None:
    folder = BackupFolder(commune, backups_folder(chibo_home))
    with opened(commune) as ws:
        good = ws.backups.take()
        cell = next(u for u in ws.units.all() if u.is_cell)
        ws.members.add(member_draft(cell.id, "Vũ Văn Hòa"))
        newer = ws.backups.take()
    # Given the newest backup and then the database itself damaged on the disk
    corrupt_member_table(newer.path)
    corrupt_member_table(commune)
    damaged = commune.read_bytes()

    # When the program opens it, the damage is found before anything reads it
    with pytest.raises(DatabaseDamaged) as found:
        open_workspace(commune)
    assert found.value.problems

    # Then the newest backup that is sound is offered (the damaged one passed over)
    offered = folder.newest_good()
    assert offered is not None and offered.path == good.path
    # and restoring it keeps the damaged file aside, byte for byte
    note = folder.restore(offered.path)
    assert note.saved_as.endswith("-damaged.sqlite")
    assert (backups_folder(chibo_home) / note.saved_as).read_bytes() == damaged
    assert on_roll(commune) == set(MEMBERS)
    # the file kept aside is never listed (nor thinned)
    assert note.saved_as not in {b.path.name for b in folder.backups()}


def test_no_good_backup_means_none_is_offered(commune: Path, chibo_home: Path) -> None:
    with opened(commune) as ws:
        only = ws.backups.take()
    corrupt_member_table(only.path)
    assert BackupFolder(commune, backups_folder(chibo_home)).newest_good() is None


# -- the sealed backup on a stick ---------------------------------------------------------------
def test_a_sealed_backup_goes_to_the_stick_and_comes_back_with_its_password(
    commune: Path, tmp_path: Path, chibo_home: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    with opened(commune) as ws:
        # When the clerk writes a sealed backup to the stick
        written = ws.backups.to_stick(usb, PASSWORD)
        local = written.backup
        # and the data changes afterwards
        cell = next(u for u in ws.units.all() if u.is_cell)
        ws.members.add(member_draft(cell.id, "Vũ Văn Hòa"))
    # Then the stick holds one finished file, unreadable without the password
    assert names(usb) == {written.path.name} and written.path.name.endswith(".chibo-backup")
    sealed = written.path.read_bytes()
    assert "Tân Lập".encode() not in sealed and b"SQLite format 3" not in sealed
    assert local.reason is BackupReason.TO_STICK

    # When it is brought back with the password and restored
    with opened(commune) as ws:
        brought = ws.backups.folder.bring_in(written.path, PASSWORD)
    assert brought.reason is BackupReason.FROM_STICK
    assert dump(brought.path) == dump(local.path)
    BackupFolder(commune, backups_folder(chibo_home)).restore(brought.path)
    # Then the data is as it was when it was written to the stick
    assert on_roll(commune) == set(MEMBERS)


@pytest.fixture
def sealed_on_stick(commune: Path, tmp_path: Path, chibo_home: Path) -> Path:
    """A sealed backup on the stick, made cheaply (the real cost is checked above)."""
    usb = tmp_path / "usb"
    usb.mkdir()
    with opened(commune) as ws:
        folder = BackupFolder(commune, backups_folder(chibo_home), cost=Cost(2, 8 << 20))
        return BackupService(ws.store, folder, ws.access).to_stick(usb, PASSWORD).path


def test_a_wrong_password_is_said_and_nothing_is_brought_in(
    sealed_on_stick: Path, commune: Path, chibo_home: Path
) -> None:
    before = names(backups_folder(chibo_home))
    with opened(commune) as ws, pytest.raises(OperationRefused) as refused:
        ws.backups.folder.bring_in(sealed_on_stick, "tan lap 2026!")
    assert refused.value.code == "backup.wrong_password"
    assert refused.value.params == {"file": sealed_on_stick.name}
    assert names(backups_folder(chibo_home)) == before


@pytest.mark.parametrize(
    ("damage", "code"),
    [
        (lambda data: data[: len(data) - 100], "backup.truncated"),
        (lambda data: data[:-1] + bytes([data[-1] ^ 1]), "backup.damaged"),
        (lambda data: data + b"\0", "backup.damaged"),
        (lambda data: b"PK\x03\x04" + data, "backup.not_a_backup"),
    ],
    ids=["cut-short", "a-bit-flipped", "extra-bytes", "not-a-backup"],
)
def test_a_sealed_file_damaged_on_the_stick_is_refused(
    sealed_on_stick: Path,
    commune: Path,
    chibo_home: Path,
    damage: Callable[[bytes], bytes],
    code: str,
) -> None:
    sealed_on_stick.write_bytes(damage(sealed_on_stick.read_bytes()))
    before = names(backups_folder(chibo_home))
    with opened(commune) as ws, pytest.raises(OperationRefused) as refused:
        ws.backups.folder.bring_in(sealed_on_stick, PASSWORD)
    assert refused.value.code == code
    assert names(backups_folder(chibo_home)) == before


def test_a_short_password_is_refused_before_anything_is_written(
    commune: Path, tmp_path: Path
) -> None:
    with opened(commune) as ws, pytest.raises(ValidationFailed) as refused:
        ws.backups.to_stick(tmp_path, "1234567")
    assert [(p.field, p.code) for p in refused.value.problems] == [("password", "too_short")]
    assert ws.backups.folder.backups() == [] and list(tmp_path.glob("*.chibo-backup")) == []


# -- moving a database off a stick -----------------------------------------------------------------
def test_a_database_on_a_stick_is_copied_into_the_data_folder(
    tmp_path: Path, chibo_home: Path
) -> None:
    stick = tmp_path / "usb" / "chibo.sqlite"
    make_commune(stick, "Tân Lập", MEMBERS)
    (chibo_home / "chibo.sqlite").write_bytes(b"")  # the name is taken
    copied = copy_into(stick, chibo_home)
    assert copied == chibo_home / "chibo-2.sqlite"
    assert dump(copied) == dump(stick)
    assert on_roll(copied) == set(MEMBERS)
