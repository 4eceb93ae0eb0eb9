"""Filling an empty database with demo data: one transaction, cancellable, refused when set up."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from chibo_desktop import cli
from chibo_desktop.domain.entities import Member
from chibo_desktop.domain.enums import SiteRole, UnitLevel
from chibo_desktop.domain.progress import Cancelled, CancelToken
from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.domain.validation import validate_member, validate_unit
from chibo_desktop.services.demo import DemoSettings
from chibo_desktop.services.errors import OperationRefused, ValidationFailed
from chibo_desktop.services.workspace import Workspace, open_workspace

TODAY = date(2026, 11, 21)
EVERYONE = MemberQuery(on_roll_only=False)


@pytest.fixture
def empty(db_path: Path) -> Iterator[Workspace]:
    """A new database that has not been set up."""
    ws = open_workspace(db_path)
    yield ws
    ws.close()


def all_members(ws: Workspace) -> list[Member]:
    return ws.members.page(EVERYONE, 0, ws.members.count(EVERYONE))


def test_generate_sets_up_a_commune_with_its_cells_and_members(empty: Workspace) -> None:
    # When demo data is generated into an empty database
    summary = empty.demo.generate(DemoSettings(members=400, cells=12, today=TODAY))

    # Then there is a commune site owning the tree, and every member is stored
    site = empty.site
    units = empty.units.all()
    assert site is not None and site.role is SiteRole.COMMUNE
    assert site.name.startswith("Văn phòng Đảng ủy xã ")
    assert summary.units == len(units) == 13
    assert summary.members == empty.members.count(EVERYONE) == 400
    root = empty.units.get(site.unit_id)
    assert root is not None and root.level is UnitLevel.COMMUNE
    assert all(u.parent_id == root.id for u in units if u.is_cell)
    # and the data core finds nothing wrong
    assert empty.checks.run() == []


def test_every_unit_and_member_is_valid_and_codes_are_unique(empty: Workspace) -> None:
    empty.demo.generate(DemoSettings(members=600, cells=70, today=TODAY))

    units = {u.id: u for u in empty.units.all()}
    for unit in units.values():
        parent = units.get(unit.parent_id) if unit.parent_id else None
        assert validate_unit(unit, parent, TODAY) == []
    assert len({u.code for u in units.values()}) == len(units)
    for member in all_members(empty):
        assert validate_member(member, TODAY) == []
        assert empty.members.problems(member) == []  # no duplicate ID or card number either


def test_more_than_sixty_cells_set_up_an_upper_level_province(empty: Workspace) -> None:
    summary = empty.demo.generate(DemoSettings(members=300, cells=61, today=TODAY))

    site = empty.site
    assert site is not None and site.role is SiteRole.UPPER
    levels = [u.level for u in empty.units.all()]
    assert levels.count(UnitLevel.PROVINCE) == 1
    assert levels.count(UnitLevel.COMMUNE) == 3
    assert levels.count(UnitLevel.CELL) == 61
    assert summary.units == 65


def test_same_settings_give_the_same_records_in_two_databases(tmp_path: Path) -> None:
    def generated(name: str) -> tuple:
        ws = open_workspace(tmp_path / name)
        try:
            ws.demo.generate(DemoSettings(members=200, cells=6, seed=5, today=TODAY))
            # Version stamps record when a record was written; everything else must match.
            units = sorted((dataclasses.replace(u, version=0) for u in ws.units.all()), key=str)
            members = [dataclasses.replace(m, version=0) for m in all_members(ws)]
            return ws.site, units, members
        finally:
            ws.close()

    assert generated("a.sqlite") == generated("b.sqlite")


def test_refused_when_the_database_is_already_set_up(workspace: Workspace) -> None:
    units_before = workspace.units.all()

    with pytest.raises(OperationRefused) as refused:
        workspace.demo.generate(DemoSettings(members=10, cells=2, today=TODAY))

    assert refused.value.code == "site.already_set_up"
    assert workspace.units.all() == units_before
    assert workspace.members.count(EVERYONE) == 0


def test_settings_out_of_range_are_refused(empty: Workspace) -> None:
    with pytest.raises(ValidationFailed) as failed:
        empty.demo.generate(DemoSettings(members=-5, cells=0, today=TODAY))

    assert [(p.field, p.code) for p in failed.value.problems] == [
        ("members", "out_of_range"),
        ("cells", "out_of_range"),
    ]
    assert empty.site is None


def test_progress_counts_units_then_members_up_to_the_total(empty: Workspace) -> None:
    reports: list[tuple[int, int]] = []

    summary = empty.demo.generate(
        DemoSettings(members=5000, cells=20, today=TODAY), progress=lambda *r: reports.append(r)
    )

    total = summary.units + summary.members
    assert reports[0] == (0, total)
    assert reports[-1] == (total, total)
    assert len(reports) > 3
    assert all(t == total for _, t in reports)
    assert [d for d, _ in reports] == sorted(d for d, _ in reports)


def test_cancelling_rolls_everything_back(empty: Workspace) -> None:
    # Given a run that the user cancels once some members are written
    cancel = CancelToken()

    def progress(done: int, total: int) -> None:
        if done > 1000:
            cancel.cancel()

    with pytest.raises(Cancelled):
        empty.demo.generate(
            DemoSettings(members=5000, cells=20, today=TODAY), progress=progress, cancel=cancel
        )

    # Then nothing at all was kept: no site, no unit, no member
    assert empty.site is None
    assert empty.units.all() == []
    assert empty.members.count(EVERYONE) == 0
    # and a new run works as if the first had never started
    summary = empty.demo.generate(DemoSettings(members=50, cells=3, today=TODAY))
    assert summary.members == empty.members.count(EVERYONE) == 50
    assert empty.checks.run() == []


def test_command_line_demo_creates_a_database_that_checks_clean(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "demo.sqlite"
    demo_args = ["demo", "--db", str(path), "--members", "300", "--cells", "8", "--seed", "3"]

    assert cli.main(demo_args) == 0
    assert cli.main(["check", "--db", str(path)]) == 0
    assert "300" in capsys.readouterr().out
    # A second run on the same file is refused with a one-line reason and changes nothing
    assert cli.main(demo_args) == 1
    assert capsys.readouterr().err.strip().count("\n") == 0
    ws = open_workspace(path)
    try:
        assert ws.members.count(EVERYONE) == 300
    finally:
        ws.close()


def test_command_line_demo_with_impossible_sizes_names_the_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "demo.sqlite"
    assert cli.main(["demo", "--db", str(path), "--cells", "0"]) == 1
    assert capsys.readouterr().err.strip() == "Số chi bộ: phải nằm trong khoảng từ 1 đến 10000."
    ws = open_workspace(path)
    try:
        assert ws.site is None and ws.members.count(EVERYONE) == 0
    finally:
        ws.close()
