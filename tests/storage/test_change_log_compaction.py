"""The change log, compacted: a commune whose members were edited many times keeps one entry per
record, and what a package would carry from any point of the log is exactly what it was before.
A real database file, written through the services."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from db_dump import query
from services.conftest import member_draft
from sync_sites import make_commune, opened

from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.storage.exchange import TABLES, OutgoingRecords, RecordExchange
from chibo_desktop.storage.store import NotInTransaction

MEMBERS = ["Nguyễn Thị Hường", "Trần Văn Ước", "Lê Đình Ấn", "Phạm Thị Ngọc Ánh", "Võ Văn Kiệt"]
EDITS = 6  # times each member is edited

exchange = RecordExchange()


def log_rows(path: Path) -> int:
    return query(path, "SELECT COUNT(*) FROM change_log")[0][0]


def logged_records(path: Path) -> int:
    """How many records have an entry in the change log."""
    sql = "SELECT COUNT(*) FROM (SELECT DISTINCT table_name, record_id FROM change_log)"
    return query(path, sql)[0][0]


def carried(outgoing: OutgoingRecords) -> set[tuple[str, str, int]]:
    """Which records, at which version, a package from that point would carry."""
    return {(t, row["id"], row["version"]) for t, rows in outgoing.records.items() for row in rows}


@pytest.fixture
def commune(tmp_path: Path, chibo_home: Path) -> Path:
    """A commune whose members were edited many times, one was added late and one deleted, a
    cell renamed twice: most records have many entries in the change log, interleaved."""
    path = tmp_path / "xa.sqlite"
    make_commune(path, "Tân Lập", MEMBERS)
    with opened(path) as ws:
        for round_ in range(EDITS):
            for member in ws.members.page(MemberQuery(), 0, 100):
                ws.members.update(dataclasses.replace(member, phone=f"09120000{round_:02d}"))
            if round_ == 2:
                cell = next(u for u in ws.units.all() if u.is_cell)
                ws.units.rename(cell.id, f"Chi bộ thôn Đông {round_}")
                ws.members.add(member_draft(cell.id, "Hà Thị Lan"))
            if round_ == 4:
                gone = next(m for m in ws.members.page(MemberQuery(), 0, 100))
                ws.members.delete(gone.id)
                cell = next(u for u in ws.units.all() if u.is_cell)
                ws.units.rename(cell.id, "Chi bộ thôn Đông")
    return path


def test_compaction_keeps_one_entry_per_record_and_every_package_the_same(commune: Path) -> None:
    rows_before = log_rows(commune)
    records = logged_records(commune)
    # Every member has an entry per edit (each edit's audit entry has one of its own)
    edited_often = query(
        commune,
        "SELECT COUNT(*) FROM (SELECT 1 FROM change_log WHERE table_name = 'member' "
        "GROUP BY record_id HAVING COUNT(*) > ?)",
        (EDITS,),
    )
    assert edited_often == [(len(MEMBERS),)]
    with opened(commune) as ws:
        latest = exchange.latest_change()
        assert latest == query(commune, "SELECT MAX(seq) FROM change_log")[0][0]
        before = {after: exchange.outgoing(after) for after in range(latest + 1)}

        # When the log is compacted
        with ws.store.transaction():
            dropped = exchange.compact_change_log()

        # Then one entry per record is left
        assert dropped == rows_before - records
        assert log_rows(commune) == records
        assert exchange.latest_change() == latest
        # And from every point of the log, a package carries exactly the same records
        for after in range(latest + 1):
            now = exchange.outgoing(after)
            assert carried(now) == carried(before[after]), after
            assert now == before[after], after
        # And everything this site wrote is in a full package still
        full = carried(exchange.outgoing(0))
        for table in TABLES:
            own = query(
                commune,
                f'SELECT id, version FROM "{table}" WHERE origin_site = (SELECT id FROM site)',
            )
            assert {(i, v) for i, v in own} == {(i, v) for t, i, v in full if t == table}, table

        # When it is compacted again, nothing more goes
        with ws.store.transaction():
            assert exchange.compact_change_log() == 0

        # And a new write is numbered after everything before and travels alone from there
        member = next(m for m in ws.members.page(MemberQuery(), 0, 100))
        ws.members.update(dataclasses.replace(member, phone="0987654321"))
        assert exchange.latest_change() == latest + 2  # the member, and who changed it
        [audit] = query(
            commune, "SELECT id, version FROM audit_entry ORDER BY version DESC LIMIT 1"
        )
        assert carried(exchange.outgoing(latest)) == {
            ("member", member.id.hex, ws.members.get(member.id).version),
            ("audit_entry", *audit),
        }


def test_compaction_is_refused_outside_a_transaction(commune: Path) -> None:
    with opened(commune):
        rows = log_rows(commune)
        with pytest.raises(NotInTransaction):
            exchange.compact_change_log()
    assert log_rows(commune) == rows
