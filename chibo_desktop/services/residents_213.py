"""The Quy định 213 list: members working elsewhere who live in a residential cell's area.

They are kept per residential cell, apart from the cell's own members, and the cell writes one
comment a year on each (used by the workplace cell when it classifies them).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from uuid import UUID

from chibo_desktop.domain.entities import Changes, Comment213, Resident213
from chibo_desktop.domain.enums import CellKind
from chibo_desktop.domain.text import nfc
from chibo_desktop.domain.validation import Problem, ValidationFailed
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.undo import CommandLabel, RecordChange, UndoStack, WriteCommand
from chibo_desktop.storage.repositories import RecordRepository, UnitRepository


class Residents213Service:
    def __init__(
        self,
        records: RecordRepository,
        units: UnitRepository,
        undo: UndoStack,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._records = records
        self._units = units
        self._undo = undo
        self._today = today

    def of_cell(self, unit_id: UUID, include_left: bool = False) -> list[Resident213]:
        residents = self._records.where(Resident213, unit=unit_id)
        return sorted(
            (r for r in residents if include_left or r.left_on is None),
            key=lambda r: r.full_name,
        )

    def comments(self, resident_id: UUID) -> list[Comment213]:
        return sorted(self._records.where(Comment213, resident=resident_id), key=lambda c: c.year)

    def save(self, resident: Resident213) -> Changes:
        resident = dataclasses.replace(
            resident,
            full_name=nfc(resident.full_name),
            workplace=nfc(resident.workplace),
            address=nfc(resident.address),
            phone=nfc(resident.phone),
        )
        problems = []
        if not resident.full_name:
            problems.append(Problem("full_name", "required"))
        if not resident.workplace:
            problems.append(Problem("workplace", "required"))
        unit = self._units.get(resident.unit_id)
        if unit is None or unit.kind is not CellKind.RESIDENTIAL:
            problems.append(
                Problem("unit_id", "not_residential", {"unit": unit.name if unit else ""})
            )
        if (
            resident.left_on
            and resident.registered_on
            and resident.left_on < resident.registered_on
        ):
            problems.append(Problem("left_on", "before_start", {"start": resident.registered_on}))
        if problems:
            raise ValidationFailed(problems)
        return self._put("resident213", resident.full_name, resident)

    def comment(self, comment: Comment213) -> Changes:
        """Record (or correct) the comment of a year; one comment per resident and year."""
        resident = self._records.get(Resident213, comment.resident_id)
        if resident is None or resident.deleted:
            raise OperationRefused("record.not_found")
        comment = dataclasses.replace(comment, comment=nfc(comment.comment))
        problems = []
        if not comment.comment:
            problems.append(Problem("comment", "required"))
        if comment.written_on > self._today():
            problems.append(Problem("written_on", "date_in_future", {"date": comment.written_on}))
        same_year = [
            c for c in self.comments(resident.id) if c.year == comment.year and c.id != comment.id
        ]
        if same_year:
            problems.append(Problem("year", "comment_exists", {"year": comment.year}))
        if problems:
            raise ValidationFailed(problems)
        return self._put("comment213", resident.full_name, comment)

    def _put(self, what: str, subject: str, record: Resident213 | Comment213) -> Changes:
        before = self._records.get(type(record), record.id)
        if before is not None:
            before = dataclasses.replace(before, version=record.version)
        action = f"{what}.{'add' if before is None else 'edit'}"
        return self._undo.run(
            WriteCommand(CommandLabel(action, subject), [RecordChange(before, record)])
        )
