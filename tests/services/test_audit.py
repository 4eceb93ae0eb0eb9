"""The audit log as an office reads it: who changed what, when, before → after, found by
person, day, member and kind of change; undo is in it too, a refused change is not, and no
password ever is. Real database files."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from pathlib import Path

import pytest
from db_dump import query
from services.conftest import member_draft
from sync_sites import opened

from chibo_desktop.domain.accounts import Role
from chibo_desktop.domain.audit import (
    MAX_LISTED_RECORDS,
    NO_RECORD,
    AuditQuery,
    FieldChange,
    RecordChangeKind,
    Step,
)
from chibo_desktop.domain.entities import Unit
from chibo_desktop.services.demo import DemoSettings
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.workspace import Workspace

CLERK_PASSWORD = "văn thư Tân Lập"
READER_PASSWORD = "chỉ xem thôi"


@pytest.fixture
def office(workspace: Workspace) -> Workspace:
    workspace.accounts.create_first_administrator("quantri", "Nguyễn Văn Quản", "Đảng ủy 2026")
    workspace.accounts.add("vanthu", "Trần Thị Thư", Role.EDITOR, CLERK_PASSWORD)
    workspace.accounts.add("doc", "Lê Văn Đọc", Role.VIEWER, READER_PASSWORD)
    workspace.accounts.sign_out()
    return workspace


def test_who_changed_which_member_when_and_what_before_and_after(
    office: Workspace, dong: Unit
) -> None:
    # Given the clerk, who adds a member and corrects her name, then undoes and redoes that
    office.accounts.sign_in("vanthu", CLERK_PASSWORD)
    huong = member_draft(dong.id, "Trần Thị Hường")
    office.members.add(huong)
    saved = office.members.get(huong.id)
    assert saved is not None
    office.members.update(
        dataclasses.replace(saved, full_name="Trần Thị Hương", phone="0912345678")
    )
    office.undo.undo()
    office.undo.redo()
    # … and another member the administrator adds
    office.accounts.sign_in("quantri", "Đảng ủy 2026")
    office.members.add(member_draft(dong.id, "Lê Văn Bảy"))

    # When the log is read for her (typed without tone marks)
    entries = office.audit.entries(AuditQuery(member_text="tran thi huong"))

    # Then it holds the clerk's four changes of her, newest first, each with its step
    assert [(e.who, e.action, e.step) for e in entries] == [
        ("Trần Thị Thư", "member.edit", Step.REDONE),
        ("Trần Thị Thư", "member.edit", Step.UNDONE),
        ("Trần Thị Thư", "member.edit", Step.DONE),
        ("Trần Thị Thư", "member.add", Step.DONE),
    ]
    [edit] = entries[2].records
    assert (edit.table, edit.record_id, edit.kind) == ("member", huong.id, RecordChangeKind.CHANGED)
    assert set(edit.fields) == {
        FieldChange("full_name", "Trần Thị Hường", "Trần Thị Hương"),
        FieldChange("phone", "", "0912345678"),
    }
    [undone] = entries[1].records
    assert FieldChange("full_name", "Trần Thị Hương", "Trần Thị Hường") in undone.fields
    assert entries[3].records[0].kind is RecordChangeKind.CREATED

    # And the other filters: by person, by kind, by day
    by_admin = office.audit.entries(AuditQuery(who="Nguyễn Văn Quản", kind="members"))
    assert [(e.action, e.subject) for e in by_admin] == [("member.add", "Lê Văn Bảy")]
    accounts = office.audit.entries(AuditQuery(kind="accounts"))
    assert [e.action for e in accounts] == ["account.add", "account.add", "account.first"]
    today = date.today()
    # (the set-up of the commune, three accounts, five changes of members)
    assert len(office.audit.entries(AuditQuery(since=today, until=today))) == 9
    assert office.audit.entries(AuditQuery(since=today + timedelta(days=1))) == []
    assert office.audit.entries(AuditQuery(until=today - timedelta(days=1))) == []
    assert office.audit.people() == ["Nguyễn Văn Quản", "Trần Thị Thư"]


def test_a_refused_change_leaves_no_entry_and_no_password_is_ever_logged(
    office: Workspace, dong: Unit, db_path: Path
) -> None:
    entries_before = query(db_path, "SELECT COUNT(*) FROM audit_entry")

    # A viewer's refused change writes nothing, not even an entry
    office.accounts.sign_in("doc", READER_PASSWORD)
    with pytest.raises(OperationRefused):
        office.members.add(member_draft(dong.id, "Phạm Văn Xem"))
    assert query(db_path, "SELECT COUNT(*) FROM audit_entry") == entries_before

    # The administrator gives the clerk a new password: the entry says so, and nothing more
    office.accounts.sign_in("quantri", "Đảng ủy 2026")
    clerk = next(a for a in office.accounts.all() if a.login == "vanthu")
    office.accounts.set_password(clerk.id, "mật khẩu mới 2026")
    [entry] = office.audit.entries(AuditQuery(kind="accounts", limit=1))
    assert (entry.who, entry.action, entry.subject) == (
        "Nguyễn Văn Quản",
        "account.password",
        "Trần Thị Thư",
    )
    assert entry.records[0].fields == (FieldChange("password", None, None),)
    logged = " ".join(str(row) for row in query(db_path, "SELECT * FROM audit_entry"))
    assert "mật khẩu mới 2026" not in logged and "$argon2id$" not in logged


def test_a_bulk_change_lists_its_first_records_and_counts_the_rest(
    tmp_path: Path, chibo_home: Path
) -> None:
    # Given demo data of 250 members made in one go
    path = tmp_path / "demo.sqlite"
    with opened(path) as ws:
        ws.demo.generate(DemoSettings(members=250, cells=3, years=1, seed=4, meeting_cells=0))
        [entry] = ws.audit.entries(AuditQuery(kind="organisation"))
        listed = [r for r in entry.records if r.record_id != NO_RECORD]
        counted = {r.table: r.count for r in entry.records if r.record_id == NO_RECORD}
        [(members,)] = query(path, "SELECT COUNT(*) FROM member")
        [(written,)] = query(
            path, "SELECT COUNT(*) FROM change_log WHERE table_name != 'audit_entry'"
        )
        # Then the entry lists 200 records and counts the others, table by table
        assert entry.action == "demo.generate" and len(listed) == MAX_LISTED_RECORDS
        assert len(listed) + sum(counted.values()) == written
        assert counted["member"] > 0
        # … and a member beyond the first 200 is still found by the member filter
        last = query(path, "SELECT full_name FROM member ORDER BY version DESC LIMIT 1")[0][0]
        assert [e.id for e in ws.audit.entries(AuditQuery(member_text=last))] == [entry.id]
        assert members == 250
