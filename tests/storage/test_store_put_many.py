"""``Store.put_many``: the bulk ``put`` an import (and its undo) writes thousands of records with
must stamp, keep history and refuse stale writes exactly as ``put`` does."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date
from pathlib import Path
from uuid import UUID

import pytest

from chibo_desktop.domain.entities import Member, Unit, new_id
from chibo_desktop.domain.enums import CellKind, Gender, UnitLevel
from chibo_desktop.services.workspace import Workspace
from chibo_desktop.storage.repositories import HistoryRepository, MemberRepository
from chibo_desktop.storage.store import StaleWrite
from chibo_desktop.storage.tables import MemberRow


def a_member(unit_id: UUID, name: str) -> Member:
    return Member(
        id=new_id(),
        full_name=name,
        unit_id=unit_id,
        gender=Gender.MALE,
        birth_date=date(1970, 1, 1),
        admission_date=date(1995, 1, 1),
        party_card="12345678",
    )


def raw_rows(db_path: Path, table: str) -> dict[str, dict[str, object]]:
    with sqlite3.connect(db_path) as raw:
        raw.row_factory = sqlite3.Row
        return {r["id"]: dict(r) for r in raw.execute(f"SELECT * FROM {table}")}


def without_stamp(row: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in row.items() if k not in ("id", "version")}


def test_put_many_writes_what_put_writes(workspace: Workspace, db_path: Path) -> None:
    # Given a cell with one stored member
    store = workspace.store
    cell = next(u for u in workspace.units.all() if u.is_cell)
    stored = a_member(cell.id, "Nguyễn Văn An")
    with store.transaction():
        stored = store.put(stored)

    # When an edit of it and two new records (a member and a cell) are written in one go
    edited = dataclasses.replace(stored, full_name="Nguyễn Văn Ân", phone="0912345678")
    new_member = a_member(cell.id, "Trần Văn Bình")
    new_cell = Unit(
        id=new_id(),
        name="Chi bộ thôn Bắc",
        level=UnitLevel.CELL,
        code="CB-THON-BAC",
        parent_id=cell.parent_id,
        kind=CellKind.RESIDENTIAL,
    )
    with store.transaction():
        written = store.put_many([edited, new_member, new_cell], [stored.version, None, None])

    # Then each is stamped with a newer version, in order, by this site
    versions = [e.version for e in written]
    assert versions == sorted(versions)
    assert versions[0] > stored.version
    assert {e.origin_site for e in written} == {store.site_id}
    # the rows hold what ``put`` would have written (derived sort/search keys included)
    members = MemberRepository()
    assert members.get(edited.id) == written[0]
    assert members.get(new_member.id) == written[1]
    assert workspace.units.get(new_cell.id) == written[2]
    rows = raw_rows(db_path, "member")
    with store.transaction():
        reference = store.put(dataclasses.replace(new_member, id=new_id()))
    rows_after = raw_rows(db_path, "member")
    assert without_stamp(rows_after[reference.id.hex]) == without_stamp(rows[new_member.id.hex])
    # the replaced version of the edited member went to history; the new records have none
    history = HistoryRepository()
    past = history.versions_of("member", stored.id)
    assert [(p.version, p.data["full_name"], p.replaced_by_version) for p in past] == [
        (stored.version, "Nguyễn Văn An", written[0].version)
    ]
    assert history.versions_of("member", new_member.id) == []


def test_put_many_refuses_a_stale_write_and_writes_nothing(
    workspace: Workspace, db_path: Path
) -> None:
    store = workspace.store
    cell = next(u for u in workspace.units.all() if u.is_cell)
    with store.transaction():
        stored = store.put(a_member(cell.id, "Nguyễn Văn An"))
    before = raw_rows(db_path, "member")
    with pytest.raises(StaleWrite), store.transaction():
        store.put_many(
            [a_member(cell.id, "Trần Văn Bình"), dataclasses.replace(stored, full_name="X Y")],
            [None, stored.version - 1],
        )
    assert raw_rows(db_path, "member") == before
    assert MemberRow.select().count() == 1


def test_put_many_refuses_a_record_given_twice(workspace: Workspace) -> None:
    cell = next(u for u in workspace.units.all() if u.is_cell)
    member = a_member(cell.id, "Nguyễn Văn An")
    with pytest.raises(ValueError), workspace.store.transaction():
        workspace.store.put_many([member, member], [None, None])
