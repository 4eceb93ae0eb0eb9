"""The roster service: writes with their refusals, search, Vietnamese ordering and paging."""

from __future__ import annotations

import dataclasses
import random
import unicodedata
from datetime import date
from typing import Any

import pytest

from chibo_desktop.domain.entities import Unit, new_id
from chibo_desktop.domain.enums import MemberStatus
from chibo_desktop.domain.queries import MemberOrder, MemberQuery
from chibo_desktop.services.errors import OperationRefused, Problem, ValidationFailed
from chibo_desktop.services.workspace import Workspace


def refusal(excinfo: pytest.ExceptionInfo[ValidationFailed]) -> set[tuple[str, str]]:
    return {(p.field, p.code) for p in excinfo.value.problems}


def names(members: list[Any]) -> list[str]:
    return [m.full_name for m in members]


# -- writes --------------------------------------------------------------------------------------


def test_add_stores_the_normalised_member(workspace: Workspace, draft: Any) -> None:
    typed = draft(
        unicodedata.normalize("NFD", "  Nguyễn  Văn Đức "),
        personal_id="001 080 012 345",
        party_card="1234.5678",
    )

    changes = workspace.members.add(typed)

    saved = workspace.members.get(typed.id)
    assert saved is not None
    assert changes.member_ids == frozenset({typed.id})
    assert saved.full_name == "Nguyễn Văn Đức"
    assert (saved.personal_id, saved.party_card) == ("001080012345", "12345678")
    assert saved.birth_date == typed.birth_date
    assert saved.unit_id == typed.unit_id


def test_edit(workspace: Workspace, add_member: Any) -> None:
    member = add_member("Lê Thị Hồng Gấm")
    changes = workspace.members.update(
        dataclasses.replace(member, status=MemberStatus.EXEMPT, status_date=date(2024, 3, 1))
    )
    saved = workspace.members.get(member.id)
    assert saved is not None
    assert (saved.status, saved.status_date) == (MemberStatus.EXEMPT, date(2024, 3, 1))
    assert changes.member_ids == frozenset({member.id})


def test_edit_or_delete_of_a_missing_member_is_refused(
    workspace: Workspace, add_member: Any, draft: Any
) -> None:
    with pytest.raises(OperationRefused) as refused:
        workspace.members.update(draft())
    assert refused.value.code == "member.not_found"
    with pytest.raises(OperationRefused) as refused:
        workspace.members.delete(new_id())
    assert refused.value.code == "member.not_found"
    # a deleted member is missing too
    member = add_member()
    workspace.members.delete(member.id)
    with pytest.raises(OperationRefused):
        workspace.members.update(member)
    with pytest.raises(OperationRefused):
        workspace.members.delete(member.id)


def test_an_invalid_edit_is_refused_and_nothing_changes(
    workspace: Workspace, add_member: Any
) -> None:
    member = add_member("Bùi Thị Xuân")
    with pytest.raises(ValidationFailed) as failed:
        workspace.members.update(dataclasses.replace(member, birth_date=None, phone="12"))
    assert refusal(failed) == {("birth_date", "required"), ("phone", "bad_phone")}
    assert workspace.members.get(member.id) == member


# -- duplicates ----------------------------------------------------------------------------------


def test_duplicate_personal_id_is_refused_naming_the_other_member(
    workspace: Workspace, add_member: Any, draft: Any
) -> None:
    add_member("Nguyễn Văn An", personal_id="001080012345")

    with pytest.raises(ValidationFailed) as failed:
        workspace.members.add(draft("Trần Văn Bình", personal_id="001 080 012 345"))

    assert failed.value.problems == [
        Problem(
            "personal_id", "duplicate_number", {"value": "001080012345", "other": "Nguyễn Văn An"}
        )
    ]
    assert workspace.members.count(MemberQuery()) == 1


def test_duplicate_party_card_is_refused_naming_the_other_member(
    workspace: Workspace, add_member: Any, doai: Unit
) -> None:
    add_member("Nguyễn Văn An", party_card="12345678")
    other = add_member("Trần Văn Bình", party_card="87654321", unit_id=doai.id)

    # the card is unique across cells, and an edit is checked as well as an add
    with pytest.raises(ValidationFailed) as failed:
        workspace.members.update(dataclasses.replace(other, party_card="1234 5678"))

    assert failed.value.problems == [
        Problem("party_card", "duplicate_number", {"value": "12345678", "other": "Nguyễn Văn An"})
    ]


def test_a_member_keeps_its_own_numbers_and_a_deleted_members_are_free(
    workspace: Workspace, add_member: Any, draft: Any
) -> None:
    member = add_member(personal_id="001080012345", party_card="12345678")
    # saving the same member again is not a duplicate of itself
    workspace.members.update(dataclasses.replace(member, notes="Sửa ghi chú"))
    # once it is deleted, its numbers may be given to a new record (e.g. re-entered correctly)
    workspace.members.delete(member.id)
    workspace.members.add(
        draft("Nguyễn Văn Đức", personal_id="001080012345", party_card="12345678")
    )
    assert workspace.members.count(MemberQuery()) == 1


# -- where a member may be ---------------------------------------------------------------------


def test_member_must_be_in_a_cell_not_the_commune(
    workspace: Workspace, draft: Any, commune: Unit
) -> None:
    with pytest.raises(ValidationFailed) as failed:
        workspace.members.add(draft(unit_id=commune.id))
    assert failed.value.problems == [
        Problem("unit_id", "not_a_cell", {"unit": "Đảng bộ xã Tân Lập"})
    ]


def test_member_must_be_in_an_existing_unit(workspace: Workspace, draft: Any) -> None:
    with pytest.raises(ValidationFailed) as failed:
        workspace.members.add(draft(unit_id=new_id()))
    assert refusal(failed) == {("unit_id", "required")}


def test_member_cannot_join_a_dissolved_cell(
    workspace: Workspace, draft: Any, add_member: Any, doai: Unit
) -> None:
    workspace.units.dissolve(doai.id, date(2025, 6, 30))

    with pytest.raises(ValidationFailed) as failed:
        workspace.members.add(draft(unit_id=doai.id))
    assert failed.value.problems == [
        Problem("unit_id", "unit_dissolved", {"unit": "Chi bộ thôn Đoài", "on": date(2025, 6, 30)})
    ]
    member = add_member()
    with pytest.raises(ValidationFailed) as failed:
        workspace.members.update(dataclasses.replace(member, unit_id=doai.id))
    assert refusal(failed) == {("unit_id", "unit_dissolved")}


def test_members_left_behind_in_a_dissolved_cell_can_still_be_corrected(
    workspace: Workspace, add_member: Any, dong: Unit
) -> None:
    # Given a member who died while in a cell that was later dissolved (the living were moved)
    died = add_member("Đỗ Văn Mười", status=MemberStatus.DIED, status_date=date(2019, 2, 1))
    workspace.units.dissolve(dong.id, date(2025, 6, 30))

    # When the office corrects a typing error in that record
    workspace.members.update(dataclasses.replace(died, birth_date=date(1940, 1, 2)))

    # Then it is saved; only bringing a member back on the roll there is refused
    saved = workspace.members.get(died.id)
    assert saved is not None and saved.birth_date == date(1940, 1, 2)
    with pytest.raises(ValidationFailed) as failed:
        workspace.members.update(
            dataclasses.replace(saved, status=MemberStatus.ACTIVE, status_date=None)
        )
    assert refusal(failed) == {("unit_id", "unit_dissolved")}


# -- search --------------------------------------------------------------------------------------


@pytest.fixture
def roster(workspace: Workspace, add_member: Any, doai: Unit) -> dict[str, Any]:
    people = [
        add_member("Nguyễn Văn Đức", party_card="12345678", personal_id="001080000001"),
        add_member("Trần Thị Dực", party_card="123456789012", personal_id="001080000002"),
        add_member("Lê Văn Hùng", party_card="55512345", unit_id=doai.id),
        add_member("Phạm Ngọc Ánh", other_name="Ba Ánh", unit_id=doai.id),
        add_member("Hồ Đức Việt", status=MemberStatus.DIED, status_date=date(2020, 5, 1)),
    ]
    return {m.full_name: m for m in people}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nguyen van duc", {"Nguyễn Văn Đức"}),
        ("Nguyễn Văn Đức", {"Nguyễn Văn Đức"}),
        ("NGUYEN", {"Nguyễn Văn Đức"}),
        ("duc", {"Nguyễn Văn Đức", "Trần Thị Dực"}),  # đ as d, tones ignored
        ("Đức", {"Nguyễn Văn Đức", "Trần Thị Dực"}),
        ("van", {"Nguyễn Văn Đức", "Lê Văn Hùng"}),
        ("  van   duc ", {"Nguyễn Văn Đức"}),
        ("ba anh", {"Phạm Ngọc Ánh"}),  # the other name is searched too
        ("1234", {"Nguyễn Văn Đức", "Trần Thị Dực"}),  # start of a party card
        ("12345678", {"Nguyễn Văn Đức", "Trần Thị Dực"}),
        ("1234567890", {"Trần Thị Dực"}),
        ("001080000002", {"Trần Thị Dực"}),  # start of a personal ID
        ("5678", set()),  # the middle of a number is not its start
        ("xyz", set()),
        ("%", set()),  # LIKE wildcards are plain characters
        ("_", set()),
    ],
)
def test_search(
    workspace: Workspace, roster: dict[str, Any], text: str, expected: set[str]
) -> None:
    query = MemberQuery(text=text)
    found = workspace.members.page(query, 0, 100)
    assert set(names(found)) == expected
    assert workspace.members.count(query) == len(expected)


def test_off_roll_members_only_when_asked(workspace: Workspace, roster: dict[str, Any]) -> None:
    assert workspace.members.count(MemberQuery(text="viet")) == 0
    everyone = MemberQuery(text="viet", on_roll_only=False)
    assert names(workspace.members.page(everyone, 0, 10)) == ["Hồ Đức Việt"]
    assert workspace.members.count(MemberQuery()) == 4
    assert workspace.members.count(MemberQuery(on_roll_only=False)) == 5


def test_filter_by_units(
    workspace: Workspace, roster: dict[str, Any], doai: Unit, dong: Unit, commune: Unit
) -> None:
    assert set(
        names(workspace.members.page(MemberQuery(unit_ids=frozenset({doai.id})), 0, 10))
    ) == {
        "Lê Văn Hùng",
        "Phạm Ngọc Ánh",
    }
    query = MemberQuery(unit_ids=frozenset({dong.id}), text="duc")
    assert workspace.members.count(query) == 2
    assert workspace.members.count(MemberQuery(unit_ids=frozenset())) == 0
    whole_commune = workspace.units.subtree_ids(commune.id)
    assert workspace.members.count(MemberQuery(unit_ids=whole_commune)) == 4


# -- ordering and paging -------------------------------------------------------------------------


def test_page_orders_by_vietnamese_given_name(workspace: Workspace, add_member: Any) -> None:
    # Given members whose given names are An, Ăn, Ân, Bình, Đức, added in a scrambled order
    for name in ("Hồ Đức", "Vũ Thị Ân", "Phạm Văn An", "Lê Bình", "Trần Ăn", "Bùi Văn An"):
        add_member(name)

    ordered = names(workspace.members.page(MemberQuery(), 0, 100))

    # Then the roster reads An < Ăn < Ân < Bình < Đức, same given names by family name
    assert ordered == ["Bùi Văn An", "Phạm Văn An", "Trần Ăn", "Vũ Thị Ân", "Lê Bình", "Hồ Đức"]
    descending = MemberQuery(descending=True)
    assert names(workspace.members.page(descending, 0, 100)) == ordered[::-1]


def test_page_other_orders(workspace: Workspace, add_member: Any) -> None:
    admitted = {"admission_date": date(2015, 1, 1), "official_date": date(2016, 1, 1)}
    add_member("Lê Văn Cả", birth_date=date(1960, 1, 1), **admitted)
    add_member("Lê Văn Bé", birth_date=date(1990, 1, 1), **admitted)
    add_member("Lê Văn Anh", birth_date=date(1975, 1, 1), **admitted)
    by_birth = MemberQuery(order=MemberOrder.BIRTH_DATE)
    assert names(workspace.members.page(by_birth, 0, 10)) == [
        "Lê Văn Cả",
        "Lê Văn Anh",
        "Lê Văn Bé",
    ]


def test_paging_is_consistent_with_count(workspace: Workspace, add_member: Any) -> None:
    # Given 23 members, several with the same name (the order must still be total)
    rng = random.Random(7)
    given_names = ["An", "Ăn", "Ân", "Bình", "Đức", "Hùng", "Lan"]
    for i in range(23):
        add_member(f"{rng.choice(['Nguyễn', 'Trần', 'Lê'])} Văn {given_names[i % 7]}")
    query = MemberQuery()
    total = workspace.members.count(query)
    assert total == 23

    # When it is read five at a time
    pages = [workspace.members.page(query, offset, 5) for offset in range(0, 30, 5)]

    # Then the pages are the whole list, in order, without gaps or repeats
    whole = workspace.members.page(query, 0, 1000)
    flat = [m for page in pages for m in page]
    assert [len(p) for p in pages] == [5, 5, 5, 5, 3, 0]
    assert flat == whole
    assert len({m.id for m in flat}) == total
    assert workspace.members.page(query, 23, 5) == []
