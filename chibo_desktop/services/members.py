"""The roster: every read and write of members that a screen or a command makes."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection
from datetime import date
from uuid import UUID

from chibo_desktop.domain.entities import Changes, Member, StatusChange, new_id
from chibo_desktop.domain.enums import MemberStatus
from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.domain.validation import (
    Problem,
    ValidationFailed,
    normalise_member,
    validate_member,
)
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.undo import CommandLabel, RecordChange, UndoStack, WriteCommand
from chibo_desktop.storage.repositories import MemberRepository, UnitRepository


class MemberService:
    def __init__(
        self,
        members: MemberRepository,
        units: UnitRepository,
        undo: UndoStack,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._members = members
        self._units = units
        self._undo = undo
        self._today = today

    # -- reads ----------------------------------------------------------------------------------
    def get(self, member_id: UUID) -> Member | None:
        member = self._members.get(member_id)
        return None if member is None or member.deleted else member

    def count(self, query: MemberQuery) -> int:
        return self._members.count(query)

    def page(self, query: MemberQuery, offset: int, limit: int) -> list[Member]:
        return self._members.page(query, offset, limit)

    def possible_duplicates(
        self,
        personal_ids: Collection[str],
        party_cards: Collection[str],
        birth_dates: Collection[date],
    ) -> list[Member]:
        """Members with any of these ID numbers, card numbers or dates of birth (an import
        compares thousands of rows against them at once)."""
        return self._members.with_any(personal_ids, party_cards, birth_dates)

    # -- writes ---------------------------------------------------------------------------------
    def add(self, member: Member) -> Changes:
        member = self._checked(normalise_member(member))
        label = CommandLabel("member.add", member.full_name)
        changes: list[RecordChange] = [RecordChange(None, member)]
        if member.status is not MemberStatus.ACTIVE:
            changes.append(RecordChange(None, self._status_logged(member)))
        return self._undo.run(WriteCommand(label, changes))

    def update(self, member: Member) -> Changes:
        """Save an edited copy; ``member.version`` must be the version the edit started from."""
        before = self._members.get(member.id)
        if before is None or before.deleted:
            raise OperationRefused("member.not_found")
        before = dataclasses.replace(before, version=member.version)
        member = self._checked(normalise_member(member))
        label = CommandLabel("member.edit", member.full_name)
        changes: list[RecordChange] = [RecordChange(before, member)]
        if member.status is not before.status:
            changes.append(RecordChange(None, self._status_logged(member)))
        return self._undo.run(WriteCommand(label, changes))

    def _status_logged(self, member: Member) -> StatusChange:
        """The status log entry for a status set in the member form."""
        return StatusChange(
            id=new_id(),
            member_id=member.id,
            status=member.status,
            effective_on=member.status_date or self._today(),
        )

    def delete(self, member_id: UUID) -> Changes:
        before = self.get(member_id)
        if before is None:
            raise OperationRefused("member.not_found")
        label = CommandLabel("member.delete", before.full_name)
        after = dataclasses.replace(before, deleted=True)
        return self._undo.run(WriteCommand(label, [RecordChange(before, after)]))

    def problems(self, member: Member) -> list[Problem]:
        """Everything wrong with ``member`` as it would be saved (for forms and imports)."""
        member = normalise_member(member)
        problems = validate_member(member, self._today())
        unit = self._units.get(member.unit_id)
        if unit is None or unit.deleted:
            problems.append(Problem("unit_id", "required"))
        elif not unit.is_cell:
            problems.append(Problem("unit_id", "not_a_cell", {"unit": unit.name}))
        elif unit.dissolved_on is not None and self._joins_or_stays_on_roll(member):
            # Members who left the roll (died, transferred out …) stay in the cell they were in
            # when it was dissolved, and their records must remain correctable.
            problems.append(
                Problem("unit_id", "unit_dissolved", {"unit": unit.name, "on": unit.dissolved_on})
            )
        for field in ("personal_id", "party_card"):
            value = getattr(member, field)
            if not value:
                continue
            others = [m for m in self._members.with_number(field, value) if m.id != member.id]
            if others:
                problems.append(
                    Problem(
                        field, "duplicate_number", {"value": value, "other": others[0].full_name}
                    )
                )
        return problems

    def _joins_or_stays_on_roll(self, member: Member) -> bool:
        """True when ``member`` would be placed in its unit, or be on its roll."""
        stored = self._members.get(member.id)
        moved = stored is None or stored.deleted or stored.unit_id != member.unit_id
        return moved or member.status.on_roll

    def _checked(self, member: Member) -> Member:
        problems = self.problems(member)
        if problems:
            raise ValidationFailed(problems)
        return member
