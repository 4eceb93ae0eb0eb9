"""A member's file: posts, awards and discipline, badges, status changes, and the timeline."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

import pytest

from chibo_desktop.domain.entities import (
    Badge,
    Distinction,
    Member,
    PartyPost,
    StatusChange,
    Unit,
    new_id,
)
from chibo_desktop.domain.enums import DisciplineLevel, DistinctionKind, MemberStatus, PostKind
from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.services.errors import OperationRefused, ValidationFailed
from chibo_desktop.services.workspace import Workspace
from chibo_desktop.storage.repositories import HistoryRepository


def codes(error: ValidationFailed) -> set[tuple[str, str]]:
    return {(p.field, p.code) for p in error.problems}


def test_posts_awards_and_badges_appear_in_the_file_and_the_timeline(
    workspace: Workspace, add_member: Callable[..., Member], dong: Unit
) -> None:
    # Given a member admitted in 2000 (official 2001)
    member = add_member(ceremony_date=date(2000, 2, 10), official_date=date(2001, 2, 10))
    # When the office records a post, an award, a discipline and a badge
    workspace.records.save(
        PartyPost(
            new_id(), member.id, dong.id, PostKind.SECRETARY, date(2020, 8, 1), decision="12-QĐ/ĐU"
        )
    )
    workspace.records.save(
        Distinction(
            new_id(), member.id, DistinctionKind.AWARD, date(2023, 12, 20), "Giấy khen HTXSNV"
        )
    )
    workspace.records.save(
        Distinction(
            new_id(),
            member.id,
            DistinctionKind.DISCIPLINE,
            date(2024, 5, 6),
            "Vi phạm quy định nộp đảng phí",
            discipline=DisciplineLevel.REPRIMAND,
            decision_number="07-QĐ/ĐU",
        )
    )
    workspace.records.save(Badge(new_id(), member.id, 30, date(2026, 9, 2)))
    # Then the file holds them and the timeline lists everything in date order
    record = workspace.records.file(member.id)
    assert [p.post for p in record.posts] == [PostKind.SECRETARY]
    assert [d.kind for d in record.distinctions] == [
        DistinctionKind.AWARD,
        DistinctionKind.DISCIPLINE,
    ]
    assert [b.years for b in record.badges] == [30]
    timeline = workspace.records.timeline(member.id)
    assert [e.kind for e in timeline] == [
        "born",
        "admitted",
        "ceremony",
        "official",
        "post_started",
        "award",
        "discipline",
        "badge",
    ]
    assert [e.day for e in timeline] == sorted(e.day for e in timeline)
    assert timeline[4].params == {"post": PostKind.SECRETARY, "unit": "Chi bộ thôn Đông"}


def test_record_problems_are_refused_and_nothing_is_written(
    workspace: Workspace, add_member: Callable[..., Member], dong: Unit
) -> None:
    member = add_member()
    with pytest.raises(ValidationFailed) as failed:
        workspace.records.save(
            Distinction(new_id(), member.id, DistinctionKind.DISCIPLINE, date(2024, 1, 2), " ")
        )
    assert codes(failed.value) == {("title", "required"), ("discipline", "required")}
    with pytest.raises(ValidationFailed) as failed:
        workspace.records.save(Badge(new_id(), member.id, 35, date(2024, 1, 2)))
    assert codes(failed.value) == {("years", "not_a_badge")}
    with pytest.raises(ValidationFailed) as failed:
        workspace.records.save(
            PartyPost(
                new_id(), member.id, dong.id, PostKind.SECRETARY, date(2030, 1, 1), date(2020, 1, 1)
            )
        )
    assert codes(failed.value) == {
        ("started_on", "date_in_future"),
        ("ended_on", "ended_before_started"),
    }
    assert workspace.records.file(member.id).distinctions == []
    assert workspace.records.file(member.id).badges == []
    assert (
        workspace.undo.undo_label is not None and workspace.undo.undo_label.action == "member.add"
    )


def test_a_status_change_updates_the_member_and_undo_restores_both(
    workspace: Workspace, add_member: Callable[..., Member]
) -> None:
    # Given an active member
    member = add_member("Trần Văn Bảy")
    # When the office records that he is exempt from Party work from 01/03/2026
    workspace.records.change_status(
        member.id,
        MemberStatus.EXEMPT,
        date(2026, 3, 1),
        decision_number="15-QĐ/ĐU",
        note="Tuổi cao",
    )
    # Then the member's status follows the newest change, and the log keeps it
    now = workspace.members.get(member.id)
    assert now is not None and (now.status, now.status_date) == (
        MemberStatus.EXEMPT,
        date(2026, 3, 1),
    )
    assert [c.note for c in workspace.records.file(member.id).status_changes] == ["Tuổi cao"]
    # … an older change recorded later does not override the newer one
    workspace.records.change_status(member.id, MemberStatus.SUSPENDED, date(2025, 1, 1))
    assert workspace.members.get(member.id).status is MemberStatus.EXEMPT  # type: ignore[union-attr]
    # When both are undone, the member is active again and the log is empty
    workspace.undo.undo()
    workspace.undo.undo()
    back = workspace.members.get(member.id)
    assert back is not None and back.status is MemberStatus.ACTIVE
    assert workspace.records.file(member.id).status_changes == []


def test_a_status_set_in_the_member_form_is_logged(
    workspace: Workspace, add_member: Callable[..., Member]
) -> None:
    member = add_member("Lê Thị Tám")
    workspace.members.update(
        dataclasses.replace(member, status=MemberStatus.DIED, status_date=date(2026, 10, 2))
    )
    log = workspace.records.file(member.id).status_changes
    assert [(c.status, c.effective_on) for c in log] == [(MemberStatus.DIED, date(2026, 10, 2))]
    assert workspace.members.count(MemberQuery(text="le thi tam")) == 0  # off the roll


def test_editing_and_deleting_a_record_keep_history(
    workspace: Workspace, add_member: Callable[..., Member]
) -> None:
    member = add_member()
    badge = Badge(new_id(), member.id, 30, date(2026, 2, 3))
    workspace.records.save(badge)
    saved = workspace.records.file(member.id).badges[0]
    workspace.records.save(dataclasses.replace(saved, decision_number="88-QĐ/TU"))
    edited = workspace.records.file(member.id).badges[0]
    workspace.records.delete(edited)
    assert workspace.records.file(member.id).badges == []
    past = HistoryRepository().versions_of("badge", badge.id)
    assert [p.data["decision_number"] for p in past] == ["", "88-QĐ/TU"]
    with pytest.raises(OperationRefused):
        workspace.records.delete(edited)


def test_records_of_a_missing_member_are_refused(workspace: Workspace) -> None:
    with pytest.raises(OperationRefused) as refused:
        workspace.records.save(Badge(new_id(), new_id(), 30, date(2026, 2, 3)))
    assert refused.value.code == "member.not_found"


def test_status_change_entity_round_trip(
    workspace: Workspace, add_member: Callable[..., Member]
) -> None:
    member = add_member()
    change = StatusChange(
        new_id(), member.id, MemberStatus.SUSPENDED, date(2026, 1, 5), "1-QĐ", "x"
    )
    workspace.records.save(change)
    stored = workspace.records.file(member.id).status_changes[0]
    assert dataclasses.replace(stored, version=0, origin_site=None) == change


def test_deleting_a_status_change_puts_the_member_back_to_the_newest_one_left(
    workspace: Workspace, add_member: Callable[..., Member]
) -> None:
    # Given a member exempt since 2024 and then, by a typing mistake, recorded as deceased
    member = add_member("Đỗ Văn Chín")
    workspace.records.change_status(member.id, MemberStatus.EXEMPT, date(2024, 3, 1))
    workspace.records.change_status(member.id, MemberStatus.DIED, date(2026, 2, 1))
    died = workspace.records.file(member.id).status_changes[-1]
    # When the mistaken entry is deleted, the member is exempt again, from the earlier date
    workspace.records.delete(died)
    now = workspace.members.get(member.id)
    assert now is not None and (now.status, now.status_date) == (
        MemberStatus.EXEMPT,
        date(2024, 3, 1),
    )
    # … and with no entry left the member is active; undo brings the entry and its status back
    workspace.records.delete(workspace.records.file(member.id).status_changes[0])
    assert workspace.members.get(member.id).status is MemberStatus.ACTIVE  # type: ignore[union-attr]
    workspace.undo.undo()
    assert workspace.members.get(member.id).status is MemberStatus.EXEMPT  # type: ignore[union-attr]
    assert workspace.checks.run() == []
