"""The one write path on a real SQLite file: stamps, history, tombstones, transactions, pragmas."""

from __future__ import annotations

import dataclasses
import itertools
import sqlite3
import threading
from datetime import date
from pathlib import Path
from uuid import UUID

import pytest

from chibo_desktop.domain.clock import COUNTER_BITS, HybridLogicalClock
from chibo_desktop.domain.entities import Member, Unit, new_id
from chibo_desktop.domain.enums import CellKind, Gender, UnitLevel
from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.workspace import Workspace, open_workspace
from chibo_desktop.storage.repositories import HistoryRepository
from chibo_desktop.storage.store import NotInTransaction, StaleWrite, Store
from chibo_desktop.storage.tables import MemberRow, UnitRow, database

history = HistoryRepository()


def a_cell(workspace: Workspace) -> Unit:
    return next(u for u in workspace.units.all() if u.is_cell)


def new_member(unit_id: UUID, full_name: str = "Trần Thị Ánh") -> Member:
    return Member(
        id=new_id(),
        full_name=full_name,
        unit_id=unit_id,
        gender=Gender.FEMALE,
        birth_date=date(1982, 9, 2),
        personal_id="001182012345",
        party_card="12345678",
        admission_date=date(2008, 1, 7),
        official_date=date(2009, 1, 7),
        phone="0912345678",
    )


def newest_version(db_path: Path) -> int:
    """The greatest stamp in the file, read by an independent connection."""
    with sqlite3.connect(db_path) as raw:
        return max(
            raw.execute(f"SELECT COALESCE(MAX(version), 0) FROM {table}").fetchone()[0]
            for table in ("unit", "member", "rule_profile")
        )


def raw_row(db_path: Path, table: str, record_id: UUID) -> dict[str, object]:
    with sqlite3.connect(db_path) as raw:
        raw.row_factory = sqlite3.Row
        row = raw.execute(f"SELECT * FROM {table} WHERE id = ?", (record_id.hex,)).fetchone()
        assert row is not None, f"no {table} row {record_id}"
        return dict(row)


# -- stamps --------------------------------------------------------------------------------------


def test_every_member_write_stamps_a_greater_version_and_the_site(
    workspace: Workspace, db_path: Path
) -> None:
    site = workspace.site
    assert site is not None
    cell = a_cell(workspace)

    # add
    before_add = newest_version(db_path)
    member = new_member(cell.id)
    workspace.members.add(member)
    added = workspace.members.get(member.id)
    assert added is not None
    assert added.version > before_add
    assert added.origin_site == site.id
    assert raw_row(db_path, "member", member.id)["version"] == added.version
    assert raw_row(db_path, "member", member.id)["origin_site"] == site.id.hex

    # edit
    workspace.members.update(dataclasses.replace(added, phone="0987654321"))
    edited = workspace.members.get(member.id)
    assert edited is not None
    assert edited.version > added.version
    assert edited.version == newest_version(db_path)
    assert edited.origin_site == site.id

    # delete
    workspace.members.delete(member.id)
    row = raw_row(db_path, "member", member.id)
    assert row["version"] > edited.version
    assert row["version"] == newest_version(db_path)
    assert row["origin_site"] == site.id.hex


def test_every_unit_write_stamps_a_greater_version_and_the_site(
    workspace: Workspace, db_path: Path
) -> None:
    site = workspace.site
    assert site is not None and site.unit_id is not None
    versions = [newest_version(db_path)]
    cell = Unit(
        id=new_id(),
        name="Chi bộ thôn Bắc",
        level=UnitLevel.CELL,
        code="CB-THON-BAC",
        kind=CellKind.RESIDENTIAL,
        parent_id=site.unit_id,
    )

    workspace.units.create(cell)
    versions.append(raw_row(db_path, "unit", cell.id)["version"])
    workspace.units.rename(cell.id, "Chi bộ thôn Bắc Sơn")
    versions.append(raw_row(db_path, "unit", cell.id)["version"])
    workspace.units.dissolve(cell.id, date(2026, 1, 1))
    versions.append(raw_row(db_path, "unit", cell.id)["version"])

    assert all(b > a for a, b in itertools.pairwise(versions))
    assert versions[-1] == newest_version(db_path)
    row = raw_row(db_path, "unit", cell.id)
    assert row["origin_site"] == site.id.hex
    assert (row["name"], row["dissolved_on"]) == ("Chi bộ thôn Bắc Sơn", "2026-01-01")
    # the two replaced versions are in history, oldest first
    past = history.versions_of("unit", cell.id)
    assert [p.version for p in past] == versions[1:3]
    assert [p.data["name"] for p in past] == ["Chi bộ thôn Bắc", "Chi bộ thôn Bắc Sơn"]
    assert [p.replaced_by_version for p in past] == versions[2:4]


def test_set_up_units_are_stamped_by_the_site(workspace: Workspace) -> None:
    site = workspace.site
    assert site is not None
    units = workspace.units.all()
    assert len(units) == 4
    assert {u.origin_site for u in units} == {site.id}
    assert all(u.version > 0 for u in units)
    assert len({u.version for u in units}) == 4  # one stamp per record, never shared


# -- history -------------------------------------------------------------------------------------


def test_each_edit_keeps_the_replaced_version_with_its_full_data(workspace: Workspace) -> None:
    # Given a member edited twice
    member = new_member(a_cell(workspace).id, "Lê Văn Tám")
    workspace.members.add(member)
    v1 = workspace.members.get(member.id)
    assert v1 is not None
    workspace.members.update(dataclasses.replace(v1, full_name="Lê Văn Tâm", party_card=""))
    v2 = workspace.members.get(member.id)
    assert v2 is not None
    workspace.members.update(dataclasses.replace(v2, notes="Chuyển đến từ xã Tân Hòa"))
    v3 = workspace.members.get(member.id)
    assert v3 is not None

    # Then history holds v1 and v2, each replaced by the next
    past = history.versions_of("member", member.id)
    assert [(p.version, p.replaced_by_version) for p in past] == [
        (v1.version, v2.version),
        (v2.version, v3.version),
    ]
    first = past[0]
    assert first.table_name == "member"
    assert first.record_id == member.id
    assert first.origin_site == v1.origin_site
    assert first.deleted is False
    # every column of the row, not a summary
    assert set(first.data) == set(MemberRow._meta.fields)
    assert first.data["full_name"] == "Lê Văn Tám"
    assert first.data["party_card"] == "12345678"
    assert first.data["personal_id"] == "001182012345"
    assert first.data["birth_date"] == "1982-09-02"
    assert first.data["unit"] == str(v1.unit_id)
    assert first.data["version"] == v1.version
    assert past[1].data["full_name"] == "Lê Văn Tâm"
    assert past[1].data["party_card"] == ""
    assert past[1].data["notes"] == ""


def test_a_new_record_has_no_history(workspace: Workspace) -> None:
    member = new_member(a_cell(workspace).id)
    workspace.members.add(member)
    assert history.versions_of("member", member.id) == []


# -- tombstones ----------------------------------------------------------------------------------


def test_delete_is_a_tombstone(workspace: Workspace, db_path: Path) -> None:
    # Given a member
    cell = a_cell(workspace)
    member = new_member(cell.id, "Phạm Văn Đồng")
    workspace.members.add(member)
    saved = workspace.members.get(member.id)
    assert saved is not None

    # When it is deleted
    workspace.members.delete(member.id)

    # Then the row is still in the file, marked deleted, with the old version in history …
    row = raw_row(db_path, "member", member.id)
    assert row["deleted"] == 1
    assert row["full_name"] == "Phạm Văn Đồng"
    past = history.versions_of("member", member.id)
    assert [p.version for p in past] == [saved.version]
    assert past[0].deleted is False
    assert past[0].replaced_by_version == row["version"]
    # … and no read returns it
    assert workspace.members.get(member.id) is None
    everything = MemberQuery(on_roll_only=False)
    assert workspace.members.count(everything) == 0
    assert workspace.members.page(everything, 0, 100) == []
    assert workspace.members.count(MemberQuery(text="dong")) == 0
    assert workspace.units.member_count(cell.id) == 0


def test_store_tombstone_marks_deleted_and_keeps_history(workspace: Workspace) -> None:
    cell = Unit(
        id=new_id(), name="Chi bộ tạm", level=UnitLevel.CELL, code="CB-TAM",
        kind=CellKind.OTHER, parent_id=a_cell(workspace).parent_id,
    )  # fmt: skip
    store = workspace.store
    with store.transaction():
        created = store.put(cell)
    with store.transaction():
        gone = store.tombstone(created)
    assert gone.deleted is True
    assert gone.version > created.version
    assert workspace.units.get(cell.id) is None
    assert cell.id not in {u.id for u in workspace.units.all()}
    assert [p.version for p in history.versions_of("unit", cell.id)] == [created.version]


# -- transactions --------------------------------------------------------------------------------


def test_a_write_outside_a_transaction_raises(workspace: Workspace, db_path: Path) -> None:
    member = new_member(a_cell(workspace).id)
    store = workspace.store
    with pytest.raises(NotInTransaction):
        store.put(member)
    with pytest.raises(NotInTransaction):
        store.insert_new([member])
    with pytest.raises(NotInTransaction):
        store.save_site(workspace.site)  # type: ignore[arg-type]
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("SELECT COUNT(*) FROM member").fetchone()[0] == 0


def test_a_failing_transaction_writes_nothing(workspace: Workspace, db_path: Path) -> None:
    cell = a_cell(workspace)
    store = workspace.store
    before = newest_version(db_path)
    with pytest.raises(RuntimeError, match="power cut"), store.transaction():
        store.put(new_member(cell.id))
        store.put(dataclasses.replace(cell, name="Chi bộ đổi tên"))
        raise RuntimeError("power cut")
    assert newest_version(db_path) == before
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("SELECT COUNT(*) FROM member").fetchone()[0] == 0
        assert raw.execute("SELECT COUNT(*) FROM history").fetchone()[0] == 0
    assert workspace.units.get(cell.id) == cell


def test_stale_write_is_refused_by_the_store(workspace: Workspace) -> None:
    cell = a_cell(workspace)
    store = workspace.store
    with store.transaction():
        first = store.put(dataclasses.replace(cell, name="Chi bộ thôn Đông Một"))
    with pytest.raises(StaleWrite), store.transaction():
        # an edit that started from the version before ``first``
        store.put(dataclasses.replace(cell, name="Chi bộ thôn Đông Hai"), cell.version)
    assert workspace.units.get(cell.id) == first
    assert len(history.versions_of("unit", cell.id)) == 1


def test_edit_from_a_stale_copy_becomes_changed_elsewhere(workspace: Workspace) -> None:
    # Given two windows holding the same member
    member = new_member(a_cell(workspace).id, "Hoàng Văn Thụ")
    workspace.members.add(member)
    copy_a = workspace.members.get(member.id)
    copy_b = workspace.members.get(member.id)
    assert copy_a is not None and copy_b is not None

    # When the first saves, then the second saves from its now stale copy
    workspace.members.update(dataclasses.replace(copy_a, phone="0911111111"))
    with pytest.raises(OperationRefused) as refused:
        workspace.members.update(dataclasses.replace(copy_b, phone="0922222222"))

    # Then the second is refused and the first edit stands
    assert refused.value.code == "record.changed_elsewhere"
    saved = workspace.members.get(member.id)
    assert saved is not None and saved.phone == "0911111111"
    assert len(history.versions_of("member", member.id)) == 1


# -- opening -------------------------------------------------------------------------------------


def test_pragmas_are_in_effect(workspace: Workspace) -> None:
    def pragma(name: str) -> object:
        return database.execute_sql(f"PRAGMA {name}").fetchone()[0]

    assert pragma("journal_mode") == "wal"
    assert pragma("foreign_keys") == 1
    assert pragma("synchronous") == 2  # FULL: power cuts are common
    assert pragma("busy_timeout") == 10_000


def test_foreign_keys_are_enforced(workspace: Workspace) -> None:
    # a member pointing to no unit cannot be committed, even through the store
    orphan = new_member(new_id())
    with pytest.raises(Exception, match="FOREIGN KEY"), workspace.store.transaction():
        workspace.store.put(orphan)
    assert MemberRow.select().count() == 0


def test_reopening_resumes_the_clock_after_the_newest_stamp(
    workspace: Workspace, db_path: Path
) -> None:
    # Given a file last written by a PC whose clock ran a year ahead
    ahead_ms = HybridLogicalClock().tick() >> COUNTER_BITS
    ahead = Store(database.obj, HybridLogicalClock(lambda: ahead_ms + 365 * 86_400_000))
    cell = a_cell(workspace)
    with ahead.transaction():
        future = ahead.put(dataclasses.replace(cell, name="Chi bộ thôn Đông Mới"))
    workspace.close()

    # When it is opened again with the real clock and written to
    reopened = open_workspace(db_path)
    try:
        reopened.units.rename(cell.id, "Chi bộ thôn Đông")
        renamed = reopened.units.get(cell.id)

        # Then the new stamp is still greater than the one from the future
        assert renamed is not None
        assert renamed.version > future.version
    finally:
        reopened.close()


def test_units_table_stores_uuids_as_hex(workspace: Workspace, db_path: Path) -> None:
    # The history and check queries join on the stored text form; keep it one form.
    cell = a_cell(workspace)
    assert raw_row(db_path, "unit", cell.id)["id"] == cell.id.hex
    assert UnitRow.select().where(UnitRow.id == cell.id).count() == 1


def test_an_edit_never_sets_the_records_id(workspace: Workspace) -> None:
    # Given a member written once
    member = new_member(a_cell(workspace).id)
    workspace.members.add(member)
    stored = workspace.members.get(member.id)
    assert stored is not None
    statements: list[str] = []
    database.connection().set_trace_callback(statements.append)
    try:
        # When it is edited
        workspace.members.update(dataclasses.replace(stored, phone="0987654321"))
    finally:
        database.connection().set_trace_callback(None)
    # Then its row is updated without setting the key: setting a key, even to itself, makes
    # SQLite search every table pointing at it (attendance has no index by member)
    updates = [s for s in statements if s.startswith('UPDATE "member"')]
    assert updates and not any('"id" =' in s.split("WHERE")[0] for s in updates)


def test_closing_closes_the_connection_of_every_thread(workspace: Workspace) -> None:
    """A restore replaces the database file: Windows refuses while any connection (the
    window's worker thread's too) still has it open."""
    # Given the worker thread has read the database through a connection of its own
    opened_by_worker: list[sqlite3.Connection] = []

    def worker() -> None:
        database.execute_sql("SELECT COUNT(*) FROM member").fetchone()
        opened_by_worker.append(database.connection())

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    # When the workspace closes
    workspace.close()
    # Then that connection is closed too
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        opened_by_worker[0].execute("SELECT 1")
