"""The organisation tree is read once until something is written (a province's 3,000 cells are
read on every keystroke of a search otherwise), and a roster filter naming every unit there is
reads the same members as no filter."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date
from pathlib import Path

from chibo_desktop.domain.entities import Member, Unit, new_id
from chibo_desktop.domain.enums import CellKind, Gender, UnitLevel
from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.services.workspace import Workspace


def names(workspace: Workspace) -> set[str]:
    return {u.name for u in workspace.units.all()}


def test_the_tree_read_again_after_a_write_here_or_by_another_connection(
    workspace: Workspace, db_path: Path
) -> None:
    # Given the tree, read once
    before = names(workspace)
    root = next(u for u in workspace.units.all() if u.parent_id is None)

    # When a cell is added through the services, then one renamed by another program
    workspace.units.create(
        Unit(new_id(), "Chi bộ thôn Bắc", UnitLevel.CELL, "", root.id, CellKind.RESIDENTIAL)
    )
    added = names(workspace)
    with sqlite3.connect(db_path) as other:
        other.execute("UPDATE unit SET name = 'Chi bộ thôn Nam' WHERE name = 'Chi bộ thôn Bắc'")
    renamed = names(workspace)

    # Then each read saw what had been written
    assert added == before | {"Chi bộ thôn Bắc"}
    assert renamed == before | {"Chi bộ thôn Nam"}
    # and what it returns may be changed by the caller without changing the next answer
    workspace.units.all().clear()
    assert names(workspace) == renamed


def test_every_unit_as_a_filter_finds_the_same_members_as_none(workspace: Workspace) -> None:
    # Given members in two cells (one of them left the roll)
    cells = [u for u in workspace.units.all() if u.is_cell]
    for n, cell in enumerate(cells[:2]):
        workspace.members.add(
            Member(
                new_id(),
                f"Nguyễn Văn {'AB'[n]}",
                cell.id,
                Gender.MALE,
                birth_date=date(1970, 1, 1),
                admission_date=date(1995, 1, 1),
            )
        )
    every = frozenset(u.id for u in workspace.units.all())
    everyone = MemberQuery(on_roll_only=False)

    # Then naming every unit, or every unit but one, is the filter it says
    assert workspace.members.count(dataclasses.replace(everyone, unit_ids=every)) == 2
    assert workspace.members.count(everyone) == 2
    but_one = every - {cells[0].id}
    found = workspace.members.page(dataclasses.replace(everyone, unit_ids=but_one), 0, 10)
    assert [m.full_name for m in found] == ["Nguyễn Văn B"]
