"""Undo and redo: named commands, each a new stamped version; refusals that write nothing."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chibo_desktop.domain.entities import Member, Unit
from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.services.errors import OperationRefused, ValidationFailed
from chibo_desktop.services.members import MemberService
from chibo_desktop.services.undo import CommandLabel, UndoStack
from chibo_desktop.services.workspace import Workspace
from chibo_desktop.storage.repositories import HistoryRepository, MemberRepository, UnitRepository

history = HistoryRepository()
EVERYONE = MemberQuery(on_roll_only=False)


def content(record: Any) -> Any:
    """A record without its stamp: what a person sees."""
    return dataclasses.replace(record, version=0, origin_site=None)


def file_state(db_path: Path) -> tuple[Any, ...]:
    """Everything in the file except history, read by an independent connection."""
    with sqlite3.connect(db_path) as raw:
        return (
            raw.execute("SELECT * FROM member ORDER BY id").fetchall(),
            raw.execute("SELECT * FROM unit ORDER BY id").fetchall(),
            raw.execute("SELECT COUNT(*) FROM history").fetchone()[0],
        )


def stored_version(workspace: Workspace, record: Member | Unit) -> int:
    if isinstance(record, Member):
        found = MemberRepository().get(record.id)
    else:
        found = UnitRepository().get(record.id)
    assert found is not None
    return found.version


# -- members -------------------------------------------------------------------------------------


def test_undo_and_redo_add(workspace: Workspace, draft: Any) -> None:
    # Given a member just added
    new = draft("Nguyễn Thị Minh Khai")
    workspace.members.add(new)
    added = workspace.members.get(new.id)
    assert added is not None
    assert workspace.undo.undo_label == CommandLabel("member.add", "Nguyễn Thị Minh Khai")
    assert workspace.undo.redo_label is None

    # When the add is undone
    workspace.undo.undo()

    # Then the member is gone from every read (a tombstone, itself a new version with history)
    assert workspace.members.get(new.id) is None
    assert workspace.members.count(EVERYONE) == 0
    tombstone_version = stored_version(workspace, new)
    assert tombstone_version > added.version
    assert [p.version for p in history.versions_of("member", new.id)] == [added.version]
    assert workspace.undo.undo_label is None
    assert workspace.undo.redo_label == CommandLabel("member.add", "Nguyễn Thị Minh Khai")

    # When it is redone
    workspace.undo.redo()

    # Then the member is back as added, under a newer version
    back = workspace.members.get(new.id)
    assert back is not None
    assert content(back) == content(added)
    assert back.version > tombstone_version
    past = history.versions_of("member", new.id)
    assert [p.version for p in past] == [added.version, tombstone_version]
    assert past[1].deleted is True
    assert workspace.undo.undo_label == CommandLabel("member.add", "Nguyễn Thị Minh Khai")
    assert workspace.undo.redo_label is None


def test_undo_and_redo_edit(workspace: Workspace, add_member: Any, doai: Unit) -> None:
    # Given a member moved to another cell and renamed in one edit
    before = add_member("Trần Văn Bảy", phone="0912345678")
    workspace.members.update(
        dataclasses.replace(before, full_name="Trần Văn Bẩy", unit_id=doai.id, phone="")
    )
    after = workspace.members.get(before.id)
    assert after is not None
    assert workspace.undo.undo_label == CommandLabel("member.edit", "Trần Văn Bẩy")

    # When undone: the record reads exactly as before, under a new version
    workspace.undo.undo()
    undone = workspace.members.get(before.id)
    assert undone is not None
    assert content(undone) == content(before)
    assert undone.version > after.version
    assert undone.origin_site == before.origin_site
    # … and the search and sort keys follow the name back
    assert workspace.members.count(MemberQuery(text="bay")) == 1
    assert workspace.members.count(MemberQuery(unit_ids=frozenset({doai.id}))) == 0

    # When redone: as after the edit, under yet another version
    workspace.undo.redo()
    redone = workspace.members.get(before.id)
    assert redone is not None
    assert content(redone) == content(after)
    assert redone.version > undone.version
    assert [p.version for p in history.versions_of("member", before.id)] == [
        before.version,
        after.version,
        undone.version,
    ]


def test_undo_and_redo_delete(workspace: Workspace, add_member: Any) -> None:
    member = add_member("Võ Thị Sáu")
    workspace.members.delete(member.id)
    assert workspace.members.get(member.id) is None
    assert workspace.undo.undo_label == CommandLabel("member.delete", "Võ Thị Sáu")

    workspace.undo.undo()
    restored = workspace.members.get(member.id)
    assert restored is not None
    assert content(restored) == content(member)
    assert workspace.members.count(MemberQuery(text="vo thi sau")) == 1

    workspace.undo.redo()
    assert workspace.members.get(member.id) is None
    assert stored_version(workspace, member) > restored.version
    assert len(history.versions_of("member", member.id)) == 3


def test_state_after_undo_equals_state_before(
    workspace: Workspace, add_member: Any, db_path: Path
) -> None:
    # Everything a person can read is as before the command; only stamps and history grew.
    member = add_member("Đinh Bộ Lĩnh")
    members_before = workspace.members.page(EVERYONE, 0, 100)
    units_before = workspace.units.all()

    workspace.members.update(dataclasses.replace(member, notes="Ghi chú mới"))
    workspace.undo.undo()

    assert [content(m) for m in workspace.members.page(EVERYONE, 0, 100)] == [
        content(m) for m in members_before
    ]
    assert workspace.units.all() == units_before


# -- units ---------------------------------------------------------------------------------------


def test_undo_and_redo_rename(workspace: Workspace, dong: Unit) -> None:
    workspace.units.rename(dong.id, "Chi bộ thôn Đông Hưng")
    renamed = workspace.units.get(dong.id)
    assert renamed is not None and renamed.name == "Chi bộ thôn Đông Hưng"
    assert workspace.undo.undo_label == CommandLabel("unit.rename", "Chi bộ thôn Đông")

    workspace.undo.undo()
    undone = workspace.units.get(dong.id)
    assert undone is not None
    assert content(undone) == content(dong)
    assert undone.version > renamed.version

    workspace.undo.redo()
    redone = workspace.units.get(dong.id)
    assert redone is not None
    assert content(redone) == content(renamed)
    assert redone.version > undone.version
    assert [p.data["name"] for p in history.versions_of("unit", dong.id)] == [
        "Chi bộ thôn Đông",
        "Chi bộ thôn Đông Hưng",
        "Chi bộ thôn Đông",
    ]


def test_undo_and_redo_dissolve(workspace: Workspace, doai: Unit) -> None:
    workspace.units.dissolve(doai.id, date(2025, 6, 30))
    assert workspace.undo.undo_label == CommandLabel("unit.dissolve", "Chi bộ thôn Đoài")

    workspace.undo.undo()
    reopened = workspace.units.get(doai.id)
    assert reopened is not None and reopened.dissolved_on is None
    assert content(reopened) == content(doai)

    workspace.undo.redo()
    dissolved = workspace.units.get(doai.id)
    assert dissolved is not None and dissolved.dissolved_on == date(2025, 6, 30)
    assert len(history.versions_of("unit", doai.id)) == 3  # dissolve, undo, redo


# -- refusals ------------------------------------------------------------------------------------


def test_a_failed_command_leaves_nothing(
    workspace: Workspace, add_member: Any, draft: Any, db_path: Path
) -> None:
    # Given one successful command on the stack
    add_member("Lý Thường Kiệt")
    label = workspace.undo.undo_label
    state = file_state(db_path)

    # When a command fails validation
    with pytest.raises(ValidationFailed):
        workspace.members.add(draft("Kiệt"))  # no family name
    with pytest.raises(ValidationFailed):
        workspace.units.rename(next(iter(workspace.units.all())).id, "   ")

    # Then the stack and the file are as they were
    assert workspace.undo.undo_label == label
    assert workspace.undo.redo_label is None
    assert file_state(db_path) == state
    # and undo still undoes the last successful command
    workspace.undo.undo()
    assert workspace.members.count(EVERYONE) == 0


def test_undo_refused_when_the_record_changed_elsewhere(
    workspace: Workspace, add_member: Any, db_path: Path
) -> None:
    # Given an edit on this stack, then a change to the same member by another command
    # (another window's stack; an import would do the same)
    member = add_member("Ngô Quyền")
    workspace.members.update(dataclasses.replace(member, phone="0911111111"))
    other_window = MemberService(MemberRepository(), UnitRepository(), UndoStack(workspace.access))
    latest = workspace.members.get(member.id)
    assert latest is not None
    other_window.update(dataclasses.replace(latest, phone="0922222222"))
    state = file_state(db_path)

    # When this stack's edit is undone
    with pytest.raises(OperationRefused) as refused:
        workspace.undo.undo()

    # Then it is refused: the other change stands, nothing is written, the command stays
    assert refused.value.code == "record.changed_elsewhere"
    assert file_state(db_path) == state
    saved = workspace.members.get(member.id)
    assert saved is not None and saved.phone == "0922222222"
    assert workspace.undo.undo_label == CommandLabel("member.edit", "Ngô Quyền")
    assert workspace.undo.redo_label is None


def test_redo_refused_when_the_record_changed_elsewhere(
    workspace: Workspace, add_member: Any, db_path: Path
) -> None:
    member = add_member("Ngô Quyền")
    workspace.members.update(dataclasses.replace(member, phone="0911111111"))
    workspace.undo.undo()
    other_window = MemberService(MemberRepository(), UnitRepository(), UndoStack(workspace.access))
    latest = workspace.members.get(member.id)
    assert latest is not None
    other_window.update(dataclasses.replace(latest, notes="Sửa ở cửa sổ khác"))
    state = file_state(db_path)

    with pytest.raises(OperationRefused) as refused:
        workspace.undo.redo()

    assert refused.value.code == "record.changed_elsewhere"
    assert file_state(db_path) == state
    assert workspace.undo.redo_label == CommandLabel("member.edit", "Ngô Quyền")


def test_a_new_command_clears_redo(workspace: Workspace, add_member: Any) -> None:
    add_member("Lê Lợi")
    workspace.undo.undo()
    assert workspace.undo.redo_label is not None

    add_member("Lê Lai")

    assert workspace.undo.redo_label is None
    assert workspace.undo.undo_label == CommandLabel("member.add", "Lê Lai")


def test_undo_goes_back_through_commands_in_order(workspace: Workspace, add_member: Any) -> None:
    member = add_member("Hai Bà Trưng")
    for phone in ("0911111111", "0922222222", "0933333333"):
        current = workspace.members.get(member.id)
        assert current is not None
        workspace.members.update(dataclasses.replace(current, phone=phone))

    phones = []
    for _ in range(3):
        workspace.undo.undo()
        current = workspace.members.get(member.id)
        assert current is not None
        phones.append(current.phone)
    assert phones == ["0922222222", "0911111111", ""]
    assert workspace.undo.undo_label == CommandLabel("member.add", "Hai Bà Trưng")

    workspace.undo.redo()
    workspace.undo.redo()
    current = workspace.members.get(member.id)
    assert current is not None and current.phone == "0922222222"


def test_depth_is_bounded(workspace: Workspace, draft: Any) -> None:
    stack = UndoStack(workspace.access, depth=2)
    service = MemberService(MemberRepository(), UnitRepository(), stack)

    for name in ("Lê A", "Lê B", "Lê C"):
        service.add(draft(name))
    stack.undo()
    stack.undo()
    assert stack.undo_label is None
    assert workspace.members.count(EVERYONE) == 1


def test_undo_twice_on_the_same_unit(workspace: Workspace, dong: Unit) -> None:
    # Each undo writes a new version; the next undo must accept it as the earlier command's result
    workspace.units.rename(dong.id, "Chi bộ thôn Đông A")
    workspace.units.rename(dong.id, "Chi bộ thôn Đông B")

    workspace.undo.undo()
    workspace.undo.undo()
    back = workspace.units.get(dong.id)
    assert back is not None and back.name == "Chi bộ thôn Đông"

    workspace.undo.redo()
    workspace.undo.redo()
    again = workspace.units.get(dong.id)
    assert again is not None and again.name == "Chi bộ thôn Đông B"
    assert len(history.versions_of("unit", dong.id)) == 6


def test_undo_refused_when_a_later_command_built_on_a_change_from_elsewhere(
    workspace: Workspace, add_member: Any
) -> None:
    # Given: this window edits, another window edits, this window edits again
    member = add_member("Trần Hưng Đạo")
    workspace.members.update(dataclasses.replace(member, phone="0911111111"))
    other_window = MemberService(MemberRepository(), UnitRepository(), UndoStack(workspace.access))
    current = workspace.members.get(member.id)
    assert current is not None
    other_window.update(dataclasses.replace(current, notes="Từ cửa sổ khác"))
    current = workspace.members.get(member.id)
    assert current is not None
    workspace.members.update(dataclasses.replace(current, phone="0933333333"))

    # When this window undoes its last edit: fine, the other window's notes stay
    workspace.undo.undo()
    current = workspace.members.get(member.id)
    assert current is not None
    assert (current.phone, current.notes) == ("0911111111", "Từ cửa sổ khác")

    # Then undoing its first edit would overwrite the other window's change: refused
    with pytest.raises(OperationRefused) as refused:
        workspace.undo.undo()
    assert refused.value.code == "record.changed_elsewhere"
    unchanged = workspace.members.get(member.id)
    assert unchanged == current


_PHONES = ("0911111111", "0922222222", "0933333333")
_operations = st.lists(
    st.one_of(
        st.tuples(st.just("edit"), st.sampled_from((0, 1)), st.sampled_from(_PHONES)),
        st.tuples(st.just("undo")),
        st.tuples(st.just("redo")),
    ),
    max_size=12,
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(operations=_operations)
def test_undo_redo_agrees_with_a_model(
    workspace: Workspace, draft: Any, operations: list[tuple[Any, ...]]
) -> None:
    # Two members, edited, undone and redone in any order through one stack, read back after
    # every step and compared with a list-based model of the same stack.
    stack = UndoStack(workspace.access)
    service = MemberService(MemberRepository(), UnitRepository(), stack)
    ids = []
    for name in ("Phan Bội Châu", "Phan Chu Trinh"):
        new = draft(name)
        workspace.members.add(new)
        ids.append(new.id)
    phones = ["", ""]
    done: list[tuple[int, str, str]] = []
    undone: list[tuple[int, str, str]] = []

    for operation in operations:
        if operation[0] == "edit":
            _, which, phone = operation
            current = service.get(ids[which])
            assert current is not None
            service.update(dataclasses.replace(current, phone=phone))
            done.append((which, phones[which], phone))
            undone.clear()
            phones[which] = phone
        elif operation[0] == "undo" and done:
            stack.undo()
            which, before, _ = done.pop()
            undone.append((which, before, phones[which]))
            phones[which] = before
        elif operation[0] == "redo" and undone:
            stack.redo()
            which, before, after = undone.pop()
            done.append((which, before, after))
            phones[which] = after
        stored = [service.get(member_id) for member_id in ids]
        assert [m.phone for m in stored if m is not None] == phones
        assert (stack.undo_label is None) == (not done)
        assert (stack.redo_label is None) == (not undone)
