"""The commune's change log is compacted when a receipt comes back, and the packages it sends
afterwards bring the province to the same state as packages sent from the uncompacted log.
Two copies of the same commune (one compacted, one not) send to two copies of the same province;
real database files, packages and a "USB" folder (tests/sync_sites.py)."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path
from typing import Any

import pytest
from db_dump import query
from sync_orders import records
from sync_sites import enrol, export, fingerprint, import_all, make_commune, make_upper, opened

from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.storage.exchange import RecordExchange

MEMBERS = ["Nguyễn Thị Hường", "Trần Văn Ước", "Lê Đình Ấn", "Phạm Thị Ngọc Ánh"]


def log_rows(path: Path) -> tuple[int, int]:
    """Entries in the change log, and records they name."""
    [(rows, records)] = query(
        path,
        "SELECT COUNT(*), COUNT(DISTINCT table_name || ':' || record_id) FROM change_log",
    )
    return rows, records


def data_of(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """The travelling records but the audit log."""
    return {table: rows for table, rows in records(path).items() if table != "audit_entry"}


def edit_many_times(commune: Path, rounds: int) -> None:
    with opened(commune) as ws:
        for n in range(rounds):
            for member in ws.members.page(MemberQuery(), 0, 100):
                ws.members.update(dataclasses.replace(member, phone=f"091234{n:04d}"))
        gone = next(m for m in ws.members.page(MemberQuery(), 0, 100))
        ws.members.delete(gone.id)


def copy(database: Path, to: Path) -> Path:
    """The closed database file, copied (another office's computer with the same data)."""
    shutil.copyfile(database, to)
    return to


@pytest.fixture
def offices(tmp_path: Path, chibo_home: Path) -> dict[str, Any]:
    """A province and the commune Tân Lập, enrolled; the first package applied at the province,
    its receipt on the stick for the commune."""
    upper, commune, usb = tmp_path / "tinh.sqlite", tmp_path / "xa.sqlite", tmp_path / "usb"
    usb.mkdir()
    make_upper(upper)
    make_commune(commune, "Tân Lập", MEMBERS)
    enrol(commune, upper, usb)
    fresh = copy(upper, tmp_path / "tinh-moi.sqlite")  # a province that has nothing yet
    first = export(commune, usb)
    [applied] = import_all(upper, [first.path], {fingerprint(commune)})
    assert applied.receipt is not None
    return {
        "first_audit_entries": first.header.counts["audit_entry"],  # type: ignore[dict-item]
        "upper": upper,
        "fresh": fresh,
        "commune": commune,
        "usb": usb,
        "receipt": applied.receipt,
    }


def test_a_receipt_compacts_the_change_log(offices: dict[str, Any]) -> None:
    commune = offices["commune"]
    edit_many_times(commune, 8)
    rows, logged = log_rows(commune)
    members_logged = query(commune, "SELECT COUNT(*) FROM change_log WHERE table_name = 'member'")[
        0
    ][0]
    assert members_logged > 8 * len(MEMBERS) and rows > logged  # many entries per member

    [taken] = import_all(commune, [offices["receipt"]])

    assert taken.applied
    assert log_rows(commune) == (logged + 1, logged + 1)  # and the receipt's own audit entry
    # And what goes up next is every member edited since the first package, and what the audit
    # log said since, nothing lost
    sent = export(commune, offices["usb"])
    [(audit_entries,)] = query(commune, "SELECT COUNT(*) FROM audit_entry")
    assert not sent.full and sent.header.counts == {
        "member": len(MEMBERS),
        # (not this package's own entry: it is written once the package is, for the next one)
        "audit_entry": audit_entries - offices["first_audit_entries"] - 1,
    }


def test_packages_from_a_compacted_log_bring_the_province_to_the_same_state(
    offices: dict[str, Any], tmp_path: Path
) -> None:
    # Given the commune after the receipt (compacted) and edits since, and a copy of it whose
    # log is then compacted again
    commune, usb = offices["commune"], offices["usb"]
    import_all(commune, [offices["receipt"]])
    edit_many_times(commune, 5)
    compacted = copy(commune, tmp_path / "xa-gon.sqlite")
    with opened(compacted) as ws, ws.store.transaction():
        assert RecordExchange().compact_change_log() > 0
    assert log_rows(compacted)[0] < log_rows(commune)[0]
    upper_b = copy(offices["upper"], tmp_path / "tinh-b.sqlite")
    fresh_b = copy(offices["fresh"], tmp_path / "tinh-moi-b.sqlite")

    # When each sends the changes since the receipt to its copy of the province
    usb_a, usb_b = usb / "a", usb / "b"
    usb_a.mkdir()
    usb_b.mkdir()
    changes_a, changes_b = export(commune, usb_a), export(compacted, usb_b)
    import_all(offices["upper"], [changes_a.path])
    import_all(upper_b, [changes_b.path])

    # Then the packages carry the same records and the provinces hold the same data
    assert not changes_a.full and not changes_b.full
    assert changes_a.header.counts == changes_b.header.counts
    assert changes_a.header.counts["member"] == len(MEMBERS)
    assert data_of(offices["upper"]) == data_of(upper_b)
    with opened(upper_b) as ws:
        names = {m.full_name for m in ws.members.page(MemberQuery(), 0, 100)}
    assert len(names) == len(MEMBERS) - 1  # one was deleted

    # When each sends everything to a province that has nothing yet
    full_a = export(commune, usb_a, full=True)
    full_b = export(compacted, usb_b, full=True)
    import_all(offices["fresh"], [full_a.path], {fingerprint(commune)})
    import_all(fresh_b, [full_b.path], {fingerprint(compacted)})

    # Then every record the commune wrote is carried by both, and both provinces hold the same
    assert full_a.header.counts == full_b.header.counts
    own = query(commune, "SELECT COUNT(*) FROM member WHERE origin_site = (SELECT id FROM site)")
    assert full_b.header.counts["member"] == own[0][0] == len(MEMBERS)
    # (the two copies' audit logs differ since the copy: each wrote its own "package sent")
    assert data_of(offices["fresh"]) == data_of(fresh_b) == data_of(offices["upper"])
