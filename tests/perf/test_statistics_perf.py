"""Statistics forms: Biểu 1, Biểu 3 and the admission rate, timed on a 20,000-member demo and on
the shared province (300,000 members).

Part of the performance suite: ``python -m pytest --perf tests/perf -s`` (see ``conftest.py``).
The demo stores its departed, dead and exempt members with a status and a status date but no
status log (as an imported roster does), so the figures also exercise the rule that reads such a
member's history from their status date; one cell is then dissolved into another, which writes an
internal move for each of its members. The baseline, measured in the same run on the same file,
is plain ``sqlite3`` reading the columns of every member these forms look at (the least they must
read). Nothing is a timed assertion: the test asserts that the figures add up and that today's
rebuilt roll is the roster's.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import TypeVar

import pytest
from perf_data import Dataset
from perf_report import Record

from chibo_desktop.domain.enums import UnitLevel
from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.services.demo import DemoSettings
from chibo_desktop.services.workspace import open_workspace

TODAY = date(2026, 11, 21)  # as the shared data's
YEAR_START, YEAR_END = date(TODAY.year, 1, 1), date(TODAY.year, 12, 31)
T = TypeVar("T")


def seconds(action: Callable[[], T]) -> tuple[float, T]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def read_members(path: Path) -> int:
    """The baseline: every member's columns the forms look at, in plain sqlite3."""
    db = sqlite3.connect(path)
    try:
        return len(
            db.execute(
                "SELECT id, unit_id, gender, birth_date, ethnicity, religion, admission_date, "
                "official_date, status, status_date, theory_level FROM member WHERE deleted = 0"
            ).fetchall()
        )
    finally:
        db.close()


@pytest.fixture(params=["20k", "province"])
def data(request: pytest.FixtureRequest, tmp_path: Path, province: Dataset) -> tuple[str, Path]:
    """The database (a copy, written to): a 20,000-member demo built here, or the province."""
    path = tmp_path / "data.sqlite"
    if request.param == "province":
        return "province", province.copy_to(path)
    ws = open_workspace(path)
    try:
        ws.demo.generate(DemoSettings(members=20_000, cells=200, seed=3, today=TODAY))
    finally:
        ws.close()
    return "20,000 members", path


@pytest.mark.perf
def test_statistics_on_a_demo_province(data: tuple[str, Path], record: Record) -> None:
    scale, path = data
    ws = open_workspace(path)
    try:
        # Given a demo province, one of whose cells was dissolved into another in March
        units = ws.units.all()
        commune = next(u for u in units if u.level is UnitLevel.COMMUNE)
        first, second = [u for u in units if u.parent_id == commune.id and u.is_cell][:2]
        ws.transfers.dissolve_into(first.id, second.id, date(TODAY.year, 3, 1))
        stats = ws.statistics
        baseline, read = seconds(partial(read_members, path))

        # When each form is computed for the whole province and for one commune
        for label, unit_id in (("whole tree", None), ("one commune", commune.id)):

            def add(form: str, took: float, note: str, label: str = label) -> None:
                record(
                    f"{form}, {label} ({scale})",
                    took,
                    "s",
                    baseline=baseline,
                    baseline_name="sqlite3",
                    note=note,
                )

            took, figures = seconds(partial(stats.increase_decrease, unit_id, YEAR_START, YEAR_END))
            assert figures.balanced, figures.unexplained[:5]
            add("Biểu 1", took, f"{figures.carried_over:,} → {figures.end_of_period:,}")
            took, profile = seconds(partial(stats.profile, unit_id, TODAY))
            add("Biểu 3", took, f"{profile.total:,} members")
            took, rate = seconds(partial(stats.admission_rate, unit_id, TODAY.year))
            add("admission rate", took, f"{rate.percent} %")
            if unit_id is None:
                # Then today's rebuilt roll is the roster's, and the year adds up to it
                assert profile.total == ws.members.count(MemberQuery()) == figures.end_of_period
                assert figures.admitted > 0 and figures.transferred_out > 0
                assert (figures.moved_in, figures.moved_out) == (0, 0)
            else:
                subtree = ws.units.subtree_ids(commune.id)
                assert profile.total == ws.members.count(MemberQuery(unit_ids=subtree))
        assert read == ws.members.count(MemberQuery(on_roll_only=False))
    finally:
        ws.close()
