"""The admission pipeline: outstanding non-members → course → application → introducers → cell
vote → decision → ceremony → probation → recognition as an official member."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from enum import StrEnum
from uuid import UUID

from chibo_desktop.domain.entities import Candidate, Changes, Member, new_id
from chibo_desktop.domain.register_rules import (
    admission_problems,
    candidate_problems,
    probation_ends_on,
    vote_carries_two_thirds,
)
from chibo_desktop.domain.text import nfc
from chibo_desktop.domain.validation import Problem, ValidationFailed
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.undo import CommandLabel, RecordChange, UndoStack, WriteCommand
from chibo_desktop.storage.repositories import MemberRepository, RecordRepository, UnitRepository


class Stage(StrEnum):
    """Where a candidate stands, from the dates recorded."""

    PREPARING = "preparing"  # quần chúng ưu tú, course or application pending
    APPLIED = "applied"
    VOTED = "voted"  # the cell voted; waiting for the committee's decision
    ADMITTED = "admitted"  # decided; ceremony pending
    PROBATION = "probation"
    OFFICIAL = "official"
    DROPPED = "dropped"


class AdmissionService:
    def __init__(
        self,
        records: RecordRepository,
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

    def candidates(self, unit_ids: frozenset[UUID] | None = None) -> list[Candidate]:
        found = self._records.where(Candidate)
        return sorted(
            (c for c in found if unit_ids is None or c.unit_id in unit_ids),
            key=lambda c: c.full_name,
        )

    def stage(self, candidate: Candidate) -> Stage:
        if candidate.dropped_on:
            return Stage.DROPPED
        if candidate.member_id is not None:
            member = self._members.get(candidate.member_id)
            if member is not None and member.official_date:
                return Stage.OFFICIAL
            return Stage.PROBATION if candidate.ceremony_on else Stage.ADMITTED
        if candidate.cell_vote_on:
            return Stage.VOTED
        return Stage.APPLIED if candidate.application_on else Stage.PREPARING

    def save(self, candidate: Candidate) -> Changes:
        candidate = dataclasses.replace(
            candidate,
            full_name=nfc(candidate.full_name),
            introducers=nfc(candidate.introducers),
            notes=candidate.notes.strip(),
        )
        problems = candidate_problems(candidate, self._today())
        unit = self._units.get(candidate.unit_id)
        if unit is None or not unit.is_cell:
            problems.append(Problem("unit_id", "required"))
        if problems:
            raise ValidationFailed(problems)
        before = self._records.get(Candidate, candidate.id)
        if before is not None:
            before = dataclasses.replace(before, version=candidate.version)
        action = "candidate.add" if before is None else "candidate.edit"
        return self._undo.run(
            WriteCommand(
                CommandLabel(action, candidate.full_name), [RecordChange(before, candidate)]
            )
        )

    def admit(self, candidate_id: UUID, decision_number: str, decision_on: date) -> Changes:
        """The committee's admission decision: the candidate becomes a probationary member whose
        admission date is the decision's date. Refused unless the rules are met."""
        candidate = self._candidate(candidate_id)
        if candidate.member_id is not None:
            raise OperationRefused("candidate.already_admitted", name=candidate.full_name)
        decided = dataclasses.replace(
            candidate, decision_number=nfc(decision_number), decision_on=decision_on
        )
        problems = admission_problems(decided) + candidate_problems(decided, self._today())
        if not decided.decision_number:
            problems.append(Problem("decision_number", "required"))
        if problems:
            raise ValidationFailed(problems)
        member = Member(
            id=new_id(),
            full_name=candidate.full_name,
            unit_id=candidate.unit_id,
            gender=candidate.gender,
            birth_date=candidate.birth_date,
            personal_id=candidate.personal_id,
            phone=candidate.phone,
            admission_date=decision_on,
        )
        linked = dataclasses.replace(decided, member_id=member.id)
        label = CommandLabel("candidate.admit", candidate.full_name)
        return self._undo.run(
            WriteCommand(label, [RecordChange(None, member), RecordChange(candidate, linked)])
        )

    def record_ceremony(self, candidate_id: UUID, ceremony_on: date) -> Changes:
        candidate = self._candidate(candidate_id)
        member = self._members.get(candidate.member_id) if candidate.member_id else None
        if member is None:
            raise OperationRefused("candidate.not_admitted", name=candidate.full_name)
        after = dataclasses.replace(candidate, ceremony_on=ceremony_on)
        problems = candidate_problems(after, self._today())
        if problems:
            raise ValidationFailed(problems)
        label = CommandLabel("candidate.ceremony", candidate.full_name)
        return self._undo.run(
            WriteCommand(
                label,
                [
                    RecordChange(candidate, after),
                    RecordChange(member, dataclasses.replace(member, ceremony_date=ceremony_on)),
                ],
            )
        )

    def recognise(
        self, member_id: UUID, official_on: date, votes_for: int, votes_total: int
    ) -> Changes:
        """Recognition as an official member: the cell's vote (≥ 2/3 of official members) after
        the 12 months of probation from the ceremony."""
        member = self._members.get(member_id)
        if member is None or member.deleted:
            raise OperationRefused("member.not_found")
        problems = []
        if member.official_date:
            raise OperationRefused("member.already_official", name=member.full_name)
        if member.ceremony_date is None:
            problems.append(Problem("ceremony_date", "required"))
        elif official_on < probation_ends_on(member.ceremony_date):
            problems.append(
                Problem(
                    "official_date",
                    "official_before_probation_end",
                    {"end": probation_ends_on(member.ceremony_date)},
                )
            )
        if official_on > self._today():
            problems.append(Problem("official_date", "date_in_future", {"date": official_on}))
        if not vote_carries_two_thirds(votes_for, votes_total):
            problems.append(
                Problem(
                    "votes_for", "two_thirds_not_reached", {"for": votes_for, "total": votes_total}
                )
            )
        if problems:
            raise ValidationFailed(problems)
        label = CommandLabel("member.recognise", member.full_name)
        after = dataclasses.replace(member, official_date=official_on)
        return self._undo.run(WriteCommand(label, [RecordChange(member, after)]))

    def _candidate(self, candidate_id: UUID) -> Candidate:
        candidate = self._records.get(Candidate, candidate_id)
        if candidate is None or candidate.deleted:
            raise OperationRefused("record.not_found")
        return candidate
