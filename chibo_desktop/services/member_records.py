"""A member's file beyond the roster line: posts, awards and discipline, badges, status changes,
and the timeline of everything that happened to them."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar
from uuid import UUID

from chibo_desktop.domain.entities import (
    Badge,
    Changes,
    Distinction,
    Member,
    PartyPost,
    StatusChange,
    new_id,
)
from chibo_desktop.domain.enums import MemberStatus
from chibo_desktop.domain.validation import (
    MemberRecord,
    Problem,
    ValidationFailed,
    validate_record,
)
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.undo import CommandLabel, RecordChange, UndoStack, WriteCommand
from chibo_desktop.storage.repositories import (
    MemberRecordRepository,
    MemberRepository,
    UnitRepository,
)

R = TypeVar("R", PartyPost, Distinction, Badge, StatusChange)
_LABELS = {
    PartyPost: "post",
    Distinction: "distinction",
    Badge: "badge",
    StatusChange: "status",
}


@dataclass(frozen=True, slots=True)
class MemberFile:
    member: Member
    posts: list[PartyPost]
    distinctions: list[Distinction]
    badges: list[Badge]
    status_changes: list[StatusChange]


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """One dated line of a member's timeline; ``kind`` is a code the ui words."""

    day: date
    kind: str
    params: dict[str, Any] = field(default_factory=dict)


class MemberRecordService:
    def __init__(
        self,
        records: MemberRecordRepository,
        members: MemberRepository,
        units: UnitRepository,
        undo: UndoStack,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._records = records
        self._members = members
        self._units = units
        self._undo = undo
        self._today = today

    # -- reads ----------------------------------------------------------------------------------
    def file(self, member_id: UUID) -> MemberFile:
        member = self._live_member(member_id)

        def dated(record_class: type[R], key: str) -> list[R]:
            return sorted(
                self._records.of_member(record_class, member_id), key=lambda r: getattr(r, key)
            )

        return MemberFile(
            member=member,
            posts=dated(PartyPost, "started_on"),
            distinctions=dated(Distinction, "decided_on"),
            badges=dated(Badge, "awarded_on"),
            status_changes=dated(StatusChange, "effective_on"),
        )

    def timeline(self, member_id: UUID) -> list[TimelineEvent]:
        """Everything that happened to the member, oldest first."""
        record = self.file(member_id)
        m = record.member
        unit_names = {u.id: u.name for u in self._units.all()}
        events = [
            TimelineEvent(day, kind, params)
            for day, kind, params in (
                (m.birth_date, "born", {"place": m.birth_place or m.hometown}),
                (m.admission_date, "admitted", {}),
                (m.ceremony_date, "ceremony", {}),
                (m.official_date, "official", {}),
                (m.card_issued_on, "card_issued", {"card": m.party_card}),
            )
            if day is not None
        ]
        for post in record.posts:
            where = {"post": post.post, "unit": unit_names.get(post.unit_id, "")}
            events.append(TimelineEvent(post.started_on, "post_started", where))
            if post.ended_on:
                events.append(TimelineEvent(post.ended_on, "post_ended", where))
        for distinction in record.distinctions:
            events.append(
                TimelineEvent(
                    distinction.decided_on,
                    distinction.kind.value,
                    {
                        "title": distinction.title,
                        "discipline": distinction.discipline,
                        "decision": distinction.decision_number,
                    },
                )
            )
        for badge in record.badges:
            events.append(TimelineEvent(badge.awarded_on, "badge", {"years": badge.years}))
        for change in record.status_changes:
            events.append(
                TimelineEvent(
                    change.effective_on,
                    "status",
                    {"status": change.status, "note": change.note},
                )
            )
        return sorted(events, key=lambda e: e.day)

    # -- writes ---------------------------------------------------------------------------------
    def save(self, record: R) -> Changes:
        """Add a new record, or save an edited one (``version`` as read)."""
        member = self._live_member(record.member_id)
        problems = validate_record(record, self._today())
        if isinstance(record, PartyPost) and self._units.get(record.unit_id) is None:
            problems.append(Problem("unit_id", "required"))
        if problems:
            raise ValidationFailed(problems)
        before = self._records.get(type(record), record.id)
        if before is not None:
            before = dataclasses.replace(before, version=record.version)
        action = "add" if before is None else "edit"
        label = CommandLabel(f"{_LABELS[type(record)]}.{action}", member.full_name)
        changes: list[RecordChange] = [RecordChange(before, record)]
        if isinstance(record, StatusChange):
            changes += self._member_status_follows(member, record)
        return self._undo.run(WriteCommand(label, changes))

    def delete(self, record: MemberRecord) -> Changes:
        member = self._live_member(record.member_id)
        before = self._records.get(type(record), record.id)
        if before is None or before.deleted:
            raise OperationRefused("record.not_found")
        label = CommandLabel(f"{_LABELS[type(record)]}.delete", member.full_name)
        changes: list[RecordChange] = [
            RecordChange(before, dataclasses.replace(before, deleted=True))
        ]
        if isinstance(before, StatusChange):
            changes += self._member_status_without(member, before)
        return self._undo.run(WriteCommand(label, changes))

    def change_status(
        self,
        member_id: UUID,
        status: MemberStatus,
        effective_on: date,
        decision_number: str = "",
        note: str = "",
    ) -> Changes:
        """Record a status change (exempt, suspended, died, restored as ACTIVE …)."""
        change = StatusChange(
            id=new_id(),
            member_id=member_id,
            status=status,
            effective_on=effective_on,
            decision_number=decision_number,
            note=note,
        )
        return self.save(change)

    def _member_status_follows(self, member: Member, change: StatusChange) -> list[RecordChange]:
        """The member's current status is the newest logged change."""
        logged = [c for c in self._records.of_member(StatusChange, member.id) if c.id != change.id]
        newest = max([*logged, change], key=lambda c: (c.effective_on, c is change))
        if (member.status, member.status_date) == (newest.status, newest.effective_on):
            return []
        after = dataclasses.replace(
            member,
            status=newest.status,
            status_date=newest.effective_on,
        )
        return [RecordChange(member, after)]

    def _member_status_without(self, member: Member, removed: StatusChange) -> list[RecordChange]:
        """A logged change deleted (entered by mistake): the member's status is the newest change
        left, or active when none is left."""
        left = [c for c in self._records.of_member(StatusChange, member.id) if c.id != removed.id]
        newest = max(left, key=lambda c: c.effective_on, default=None)
        status, day = (
            (newest.status, newest.effective_on) if newest else (MemberStatus.ACTIVE, None)
        )
        if (member.status, member.status_date) == (status, day):
            return []
        return [RecordChange(member, dataclasses.replace(member, status=status, status_date=day))]

    def _live_member(self, member_id: UUID) -> Member:
        member = self._members.get(member_id)
        if member is None or member.deleted:
            raise OperationRefused("member.not_found")
        return member
