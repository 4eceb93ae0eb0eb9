"""Transfers of Party activity, and moving a whole cell's members when it is dissolved or merged."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from uuid import UUID

from chibo_desktop.domain.entities import Changes, Member, StatusChange, Transfer, new_id
from chibo_desktop.domain.enums import MemberStatus, TransferDirection, TransferKind
from chibo_desktop.domain.register_rules import Deadline, transfer_deadlines, transfer_problems
from chibo_desktop.domain.validation import Problem, ValidationFailed
from chibo_desktop.domain.working_days import WorkingCalendar
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.undo import (
    BulkWriteCommand,
    CommandLabel,
    RecordChange,
    UndoStack,
    WriteCommand,
)
from chibo_desktop.storage.repositories import MemberRepository, RecordRepository, UnitRepository

MIN_OFFICIAL_MEMBERS = 3  # Điều lệ art. 24: below this the committee above must act


@dataclass(frozen=True, slots=True)
class TransferAlert:
    transfer: Transfer
    name: str
    deadline: Deadline


class TransferService:
    def __init__(
        self,
        records: RecordRepository,
        members: MemberRepository,
        units: UnitRepository,
        undo: UndoStack,
        calendar: WorkingCalendar,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._records = records
        self._members = members
        self._units = units
        self._undo = undo
        self._calendar = calendar
        self._today = today

    # -- reads ----------------------------------------------------------------------------------
    def of_member(self, member_id: UUID) -> list[Transfer]:
        return sorted(self._records.where(Transfer, member=member_id), key=lambda t: t.decided_on)

    def all(self) -> list[Transfer]:
        return sorted(self._records.where(Transfer), key=lambda t: t.decided_on)

    def temporarily_away(self, unit_ids: frozenset[UUID] | None = None) -> list[Transfer]:
        """Our members now temporarily active elsewhere (still counted here)."""
        return [
            t
            for t in self.all()
            if t.kind is TransferKind.TEMPORARY
            and t.direction is TransferDirection.OUT
            and t.returned_on is None
            and (unit_ids is None or t.from_unit_id in unit_ids)
        ]

    def temporary_guests(self, unit_ids: frozenset[UUID] | None = None) -> list[Transfer]:
        """Members of other organisations temporarily active in our cells: shown, not counted."""
        return [
            t
            for t in self.all()
            if t.kind is TransferKind.TEMPORARY
            and t.direction is TransferDirection.IN
            and t.returned_on is None
            and (unit_ids is None or t.to_unit_id in unit_ids)
        ]

    def alerts(self) -> list[TransferAlert]:
        today = self._today()
        found = []
        for transfer in self.all():
            for deadline in transfer_deadlines(transfer, today, self._calendar):
                if deadline.overdue or deadline.code == "transfer_not_arrived":
                    found.append(TransferAlert(transfer, self._name(transfer), deadline))
        return found

    def _name(self, transfer: Transfer) -> str:
        if transfer.member_id is not None:
            member = self._members.get(transfer.member_id)
            if member is not None:
                return member.full_name
        return transfer.person_name

    # -- writes ---------------------------------------------------------------------------------
    def save(self, transfer: Transfer) -> Changes:
        """Record (or correct) a transfer; the member's cell and status follow it.

        Official out: the member leaves the roll (status "transferred out" from the letter's
        date). Internal: the member moves to the receiving cell once the letter is presented.
        Temporary: nothing moves; the member stays counted in the official cell.
        """
        problems = transfer_problems(transfer, self._today())
        member = self._members.get(transfer.member_id) if transfer.member_id else None
        if transfer.member_id and (member is None or member.deleted):
            problems.append(Problem("member_id", "required"))
        for field in ("from_unit_id", "to_unit_id"):
            unit_id = getattr(transfer, field)
            unit = self._units.get(unit_id) if unit_id else None
            if unit_id and (unit is None or not unit.is_cell):
                problems.append(Problem(field, "not_a_cell", {"unit": unit.name if unit else ""}))
        if problems:
            raise ValidationFailed(problems)
        before = self._records.get(Transfer, transfer.id)
        if before is not None:
            before = dataclasses.replace(before, version=transfer.version)
        changes: list[RecordChange] = [RecordChange(before, transfer)]
        if member is not None:
            changes += self._member_follows(member, transfer)
        action = "transfer.add" if before is None else "transfer.edit"
        name = member.full_name if member else transfer.person_name
        return self._undo.run(WriteCommand(CommandLabel(action, name), changes))

    def _member_follows(self, member: Member, transfer: Transfer) -> list[RecordChange]:
        if transfer.kind is not TransferKind.OFFICIAL:
            return []
        if transfer.direction is TransferDirection.OUT:
            if member.status is MemberStatus.TRANSFERRED_OUT:
                return []
            left = StatusChange(
                id=new_id(),
                member_id=member.id,
                status=MemberStatus.TRANSFERRED_OUT,
                effective_on=transfer.decided_on,
                note=transfer.other_organisation,
            )
            after = dataclasses.replace(
                member, status=MemberStatus.TRANSFERRED_OUT, status_date=transfer.decided_on
            )
            return [RecordChange(member, after), RecordChange(None, left)]
        arrived_here = transfer.arrived_on is not None and transfer.to_unit_id is not None
        if not arrived_here or member.unit_id == transfer.to_unit_id:
            return []
        moved = dataclasses.replace(member, unit_id=transfer.to_unit_id)
        if member.status is not MemberStatus.TRANSFERRED_OUT:
            return [RecordChange(member, moved)]
        # A member whose record came from the commune they left: back on a roll, ours.
        assert transfer.arrived_on is not None
        joined = StatusChange(
            id=new_id(),
            member_id=member.id,
            status=MemberStatus.ACTIVE,
            effective_on=transfer.arrived_on,
            note=transfer.other_organisation,
        )
        moved = dataclasses.replace(
            moved, status=MemberStatus.ACTIVE, status_date=transfer.arrived_on
        )
        return [RecordChange(member, moved), RecordChange(None, joined)]

    def receive(self, transfer: Transfer, member: Member) -> Changes:
        """An incoming member presents the letter: the member record and the transfer, together."""
        if transfer.direction is not TransferDirection.IN:
            raise OperationRefused("transfer.not_incoming")
        linked = dataclasses.replace(transfer, member_id=member.id, person_name="")
        problems = transfer_problems(linked, self._today())
        if linked.arrived_on is None:
            problems.append(Problem("arrived_on", "required"))
        if problems:
            raise ValidationFailed(problems)
        placed = dataclasses.replace(member, unit_id=transfer.to_unit_id)
        before = self._records.get(Transfer, transfer.id)
        label = CommandLabel("transfer.receive", member.full_name)
        return self._undo.run(
            WriteCommand(label, [RecordChange(None, placed), RecordChange(before, linked)])
        )

    def dissolve_into(self, unit_id: UUID, target_id: UUID, on: date) -> Changes:
        """Dissolve a cell and move all its members to another cell, in one undoable step.

        Each move is recorded as an internal transfer, so every member's history shows where
        they came from (the 2019 case: agency cells dissolved into residential cells).
        """
        unit = self._units.get(unit_id)
        target = self._units.get(target_id)
        if unit is None or target is None or unit.deleted or target.deleted:
            raise OperationRefused("unit.not_found")
        if not (unit.is_cell and target.is_cell) or unit_id == target_id:
            raise OperationRefused("unit.merge_needs_two_cells", unit=unit.name, target=target.name)
        if unit.dissolved_on is not None or target.dissolved_on is not None:
            raise OperationRefused("unit.already_dissolved", unit=unit.name, on=unit.dissolved_on)
        if on > self._today():
            raise ValidationFailed([Problem("dissolved_on", "date_in_future", {"date": on})])
        members = self._members.in_unit(unit_id)
        changes: list[RecordChange] = []
        for member in members:
            move = Transfer(
                id=new_id(),
                kind=TransferKind.OFFICIAL,
                direction=TransferDirection.INTERNAL,
                decided_on=on,
                member_id=member.id,
                from_unit_id=unit_id,
                to_unit_id=target_id,
                arrived_on=on,
                note=unit.name,
            )
            changes.append(RecordChange(None, move))
            changes.append(RecordChange(member, dataclasses.replace(member, unit_id=target_id)))
        changes.append(RecordChange(unit, dataclasses.replace(unit, dissolved_on=on)))
        label = CommandLabel("unit.dissolve_into", unit.name, count=len(members))
        # Every member of a cell moving at once is a bulk change: backed up before it runs.
        return self._undo.run(BulkWriteCommand(label, changes))

    def cells_below_minimum(self) -> list[tuple[str, int]]:
        """Open cells with fewer than three official members on the roll: (name, count)."""
        counts = self._members.official_counts_by_unit()
        return sorted(
            (unit.name, counts.get(unit.id, 0))
            for unit in self._units.all()
            if unit.is_cell
            and unit.dissolved_on is None
            and counts.get(unit.id, 0) < MIN_OFFICIAL_MEMBERS
        )
