"""Searching a big roster: the trigram index for rare names, the ordered scan for common ones,
index ranges or the ordered scan for card and ID prefixes — all giving the same answers as a
plain scan."""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

from chibo_desktop.domain.entities import Member, new_id
from chibo_desktop.domain.enums import Gender
from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.domain.text import fold
from chibo_desktop.services.workspace import Workspace


def fill(workspace: Workspace, count: int) -> None:
    cell = next(u for u in workspace.units.all() if u.is_cell)
    given = ["An", "Bình", "Cường", "Dung", "Hoa", "Khánh", "Lan", "Minh"]
    with workspace.store.transaction():
        workspace.store.insert_new(
            Member(
                id=new_id(),
                full_name=f"Nguyễn Văn {given[i % len(given)]} {i:05d}",
                unit_id=cell.id,
                gender=Gender.MALE,
                birth_date=date(1970, 1, 1),
                admission_date=date(1995, 1, 1),
            )
            for i in range(count)
        )


def plain_scan(db_path: Path, text: str) -> list[str]:
    with contextlib.closing(sqlite3.connect(db_path)) as raw:
        rows = raw.execute(
            "SELECT full_name FROM member WHERE deleted = 0 AND search_key LIKE ? "
            "ORDER BY sort_key, id",
            (f"%{fold(text)}%",),
        ).fetchall()
    return [r[0] for r in rows]


def names(workspace: Workspace, text: str) -> list[str]:
    query = MemberQuery(text=text, on_roll_only=False)
    return [m.full_name for m in workspace.members.page(query, 0, 10_000)]


def test_rare_and_common_names_give_the_same_answers_as_a_plain_scan(
    workspace: Workspace, db_path: Path
) -> None:
    fill(workspace, 6000)  # "nguyen" 6,000 times: more than the trigram path takes
    for text in ("Khánh 0001", "khanh", "Nguyễn Văn", "van an 05", "Cường 00012", "zzz", "ngu"):
        assert names(workspace, text) == plain_scan(db_path, text), text


def test_the_index_follows_edits_undo_and_new_members(
    workspace: Workspace, db_path: Path, add_member: Callable[..., Member]
) -> None:
    fill(workspace, 50)
    member = add_member("Trịnh Công Sơn")
    assert names(workspace, "trinh cong") == ["Trịnh Công Sơn"]
    workspace.members.update(dataclasses.replace(member, full_name="Trịnh Công Sáng"))
    assert names(workspace, "trinh cong") == ["Trịnh Công Sáng"]
    assert names(workspace, "cong son") == []
    workspace.undo.undo()
    assert names(workspace, "cong son") == ["Trịnh Công Sơn"]
    assert workspace.checks.run() == []


def numbered(workspace: Workspace, count: int) -> None:
    """Members whose ID numbers all start with "0" (as real ones do) and whose cards do not."""
    cell = next(u for u in workspace.units.all() if u.is_cell)
    with workspace.store.transaction():
        workspace.store.insert_new(
            Member(
                id=new_id(),
                full_name=f"Trần Thị Số {i:05d}",
                unit_id=cell.id,
                gender=Gender.FEMALE,
                birth_date=date(1980, 1, 1),
                admission_date=date(2005, 1, 1),
                personal_id=f"0{i:011d}",
                party_card=f"{9_000_000 + i:08d}",
            )
            for i in range(count)
        )


def test_card_and_id_prefixes_few_or_many_give_the_same_answers_as_a_plain_scan(
    workspace: Workspace, db_path: Path
) -> None:
    numbered(workspace, 6000)  # "0" matches every ID: more than the index path takes
    for prefix in ("0", "00000000", "0000000012", "9", "90001", "9000123", "8"):
        found = [m.full_name for m in workspace.members.page(MemberQuery(text=prefix), 0, 10_000)]
        with contextlib.closing(sqlite3.connect(db_path)) as raw:
            expected = raw.execute(
                "SELECT full_name FROM member WHERE deleted = 0 AND "
                "(party_card LIKE ? OR personal_id LIKE ?) ORDER BY sort_key, id",
                (f"{prefix}%", f"{prefix}%"),
            ).fetchall()
        assert found == [r[0] for r in expected], prefix
    assert len(workspace.members.page(MemberQuery(text="0"), 0, 10_000)) == 6000


def test_a_damaged_name_index_is_reported_by_check(workspace: Workspace, db_path: Path) -> None:
    fill(workspace, 20)
    with contextlib.closing(sqlite3.connect(db_path)) as raw, raw:
        raw.execute("DROP TRIGGER member_fts_update")
        raw.execute("UPDATE member SET search_key = 'sai' WHERE rowid = 1")
    assert "core.name_index" in [f.code for f in workspace.checks.run()]
