"""A commune restores a backup, with the province holding changes made after it: the restored
commune's packages (a new epoch) still reach the province as what the commune now holds, its
changes after the restore are never skipped, and a receipt for a package made before the restore
does not move it. The province backs up before every import."""

from __future__ import annotations

from pathlib import Path

import pytest
from db_dump import query
from services.conftest import member_draft
from sync_sites import export, fingerprint, import_all, opened, rename, two_offices

from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.services.backups import BackupFolder, BackupReason

MEMBERS = ["Nguyễn Thị Hường", "Trần Văn Ước", "Lê Đình Ấn", "Phạm Thị Ngọc Ánh"]


@pytest.fixture
def offices(tmp_path: Path, chibo_home: Path) -> dict[str, Path]:
    return two_offices(tmp_path, MEMBERS)


def names_at(path: Path) -> set[str]:
    with opened(path) as ws:
        return {m.full_name for m in ws.members.page(MemberQuery(on_roll_only=False), 0, 1000)}


def acked(commune: Path) -> int:
    with opened(commune) as ws:
        upper = ws.sync.upper()
        assert upper is not None
        return upper.acked_change


def held_at_province(upper: Path) -> int:
    with opened(upper) as ws:
        [commune] = ws.sync.peers()
        return commune.have_through_change


def test_a_restored_commune_s_changes_all_reach_the_province(
    offices: dict[str, Path], chibo_home: Path
) -> None:
    upper, commune, usb = offices["upper"], offices["commune"], offices["usb"]
    confirmed = {fingerprint(commune)}
    # Given a commune whose data the province holds, and a backup of it
    first = export(commune, usb)
    [applied] = import_all(upper, [first.path], confirmed)
    assert applied.receipt is not None
    import_all(commune, [applied.receipt])
    with opened(commune) as ws:
        backup = ws.backups.take()
    # and many changes after the backup, which reach the province
    for n, name in enumerate(MEMBERS):
        rename(commune, name, f"{name} ({n})")
    later = export(commune, usb)
    [applied_later] = import_all(upper, [later.path])
    held_before_restore = held_at_province(upper)
    assert applied_later.receipt is not None

    # When the commune restores the backup
    note = BackupFolder(commune, chibo_home / "backups").restore(backup.path)
    assert note.epoch == 2 and names_at(commune) == set(MEMBERS)
    # and the late receipt for the package made before the restore comes back
    acked_at_backup = acked(commune)
    import_all(commune, [applied_later.receipt])
    # Then it does not move what the commune counts as acknowledged
    assert acked(commune) == acked_at_backup

    # When the restored commune adds a member and sends its changes
    with opened(commune) as ws:
        cell = next(u for u in ws.units.all() if u.is_cell)
        ws.members.add(member_draft(cell.id, "Vũ Văn Hòa"))
    [(newest_change,)] = query(commune, "SELECT MAX(seq) FROM change_log")
    after = export(commune, usb)
    assert after.header.sender_epoch == 2
    [result] = import_all(upper, [after.path])
    assert result.applied and result.receipt is not None
    # Then the province holds the commune's changes as far as the restored commune numbers them
    # (the package carries its changes through the newest one before it was written)
    assert held_at_province(upper) == newest_change < held_before_restore
    assert "Vũ Văn Hòa" in names_at(upper)

    # When the receipt comes back and the commune changes again
    import_all(commune, [result.receipt])
    rename(commune, "Vũ Văn Hòa", "Vũ Văn Hòa Bình")
    again = export(commune, usb)
    import_all(upper, [again.path])
    # Then the change reaches the province (it is numbered below what the province held
    # before the restore: counted by the old numbers, it would be skipped)
    assert "Vũ Văn Hòa Bình" in names_at(upper)
    # and what the province kept of the history the commune no longer has stays (newer stamps)
    assert f"{MEMBERS[0]} (0)" in names_at(upper)


def test_the_province_backs_up_before_importing(offices: dict[str, Path], chibo_home: Path) -> None:
    upper, commune, usb = offices["upper"], offices["commune"], offices["usb"]
    sent = export(commune, usb)
    import_all(upper, [sent.path], {fingerprint(commune)})
    with opened(upper) as ws:
        [backup] = [
            b for b in ws.backups.folder.backups() if b.reason is BackupReason.BEFORE_IMPORT
        ]
    assert backup.path.name.startswith("tinh-")
    assert query(backup.path, "SELECT COUNT(*) FROM member") == [(0,)]
    assert query(upper, "SELECT COUNT(*) FROM member") == [(len(MEMBERS),)]
