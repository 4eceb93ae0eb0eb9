"""The organisation tree: units are created, renamed and dissolved, never deleted."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from uuid import UUID

from chibo_desktop.domain.entities import Changes, Unit
from chibo_desktop.domain.text import nfc
from chibo_desktop.domain.validation import (
    Problem,
    ValidationFailed,
    normalise_unit,
    validate_unit,
)
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.setup import code_from_name
from chibo_desktop.services.undo import CommandLabel, RecordChange, UndoStack, WriteCommand
from chibo_desktop.storage.repositories import UnitRepository


class UnitService:
    def __init__(
        self, units: UnitRepository, undo: UndoStack, today: Callable[[], date] = date.today
    ) -> None:
        self._units = units
        self._undo = undo
        self._today = today

    # -- reads ----------------------------------------------------------------------------------
    def all(self) -> list[Unit]:
        return self._units.all()

    def get(self, unit_id: UUID) -> Unit | None:
        unit = self._units.get(unit_id)
        return None if unit is None or unit.deleted else unit

    def subtree_ids(self, root_id: UUID) -> frozenset[UUID]:
        """The unit and every unit below it."""
        children: dict[UUID | None, list[UUID]] = defaultdict(list)
        for unit in self._units.all():
            children[unit.parent_id].append(unit.id)
        found, stack = set(), [root_id]
        while stack:
            current = stack.pop()
            if current not in found:
                found.add(current)
                stack.extend(children[current])
        return frozenset(found)

    def member_count(self, unit_id: UUID) -> int:
        return self._units.member_count(unit_id)

    # -- writes ---------------------------------------------------------------------------------
    def create(self, unit: Unit) -> Changes:
        """Create a unit; an empty code is made from the name."""
        if not unit.code.strip() and unit.name.strip():
            taken = {u.code for u in self._units.all()}
            unit = dataclasses.replace(unit, code=code_from_name(unit.name, taken))
        unit = self._checked(normalise_unit(unit))
        return self._undo.run(
            WriteCommand(CommandLabel("unit.create", unit.name), [RecordChange(None, unit)])
        )

    def rename(self, unit_id: UUID, new_name: str) -> Changes:
        before = self._existing(unit_id)
        after = self._checked(dataclasses.replace(before, name=nfc(new_name)))
        return self._undo.run(
            WriteCommand(CommandLabel("unit.rename", before.name), [RecordChange(before, after)])
        )

    def dissolve(self, unit_id: UUID, on: date) -> Changes:
        """Close a unit. Its members must have been moved first (moving them is its own step)."""
        before = self._existing(unit_id)
        if before.dissolved_on is not None:
            raise OperationRefused(
                "unit.already_dissolved", unit=before.name, on=before.dissolved_on
            )
        remaining = self._units.member_count(unit_id)
        if remaining:
            raise OperationRefused("unit.still_has_members", unit=before.name, count=remaining)
        open_children = [
            u.name for u in self._units.all() if u.parent_id == unit_id and u.dissolved_on is None
        ]
        if open_children:
            raise OperationRefused(
                "unit.still_has_units", unit=before.name, children=", ".join(open_children)
            )
        after = self._checked(dataclasses.replace(before, dissolved_on=on))
        return self._undo.run(
            WriteCommand(CommandLabel("unit.dissolve", before.name), [RecordChange(before, after)])
        )

    def _existing(self, unit_id: UUID) -> Unit:
        unit = self.get(unit_id)
        if unit is None:
            raise OperationRefused("unit.not_found")
        return unit

    def problems(self, unit: Unit) -> list[Problem]:
        parent = self._units.get(unit.parent_id) if unit.parent_id else None
        problems = validate_unit(unit, parent, self._today())
        if unit.parent_id and (parent is None or parent.deleted):
            # Otherwise the deferred foreign key fails only at commit, as a bare IntegrityError.
            problems.append(Problem("parent_id", "required"))
        if unit.code and self._units.code_in_use(unit.code, except_id=unit.id):
            problems.append(Problem("code", "duplicate_code", {"value": unit.code}))
        return problems

    def _checked(self, unit: Unit) -> Unit:
        problems = self.problems(unit)
        if problems:
            raise ValidationFailed(problems)
        return unit
