"""Statistics forms on a demo province: Biểu 1, Biểu 3 and the admission rate, timed.

Run with ``pytest --perf tests/perf/test_statistics_perf.py -s``. The demo stores its departed,
dead and exempt members with a status and a status date but no status log (as an imported roster
does), so the figures also exercise the rule that reads such a member's history from their
status date; one cell is then dissolved into another, which writes an internal move for each of
its members. Nothing is a timed assertion: the test prints the seconds and asserts that the
figures add up and that today's rebuilt roll is the roster's.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import TypeVar

import pytest

from chibo_desktop.domain.enums import UnitLevel
from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.services.demo import DemoSettings
from chibo_desktop.services.workspace import open_workspace

TODAY = date(2026, 11, 21)
YEAR_START, YEAR_END = date(TODAY.year, 1, 1), date(TODAY.year, 12, 31)
T = TypeVar("T")


def seconds(action: Callable[[], T]) -> tuple[float, T]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


@pytest.mark.perf
@pytest.mark.parametrize(("members", "cells"), [(20_000, 200), (300_000, 3_000)])
def test_statistics_on_a_demo_province(tmp_path: Path, members: int, cells: int) -> None:
    ws = open_workspace(tmp_path / "province.sqlite")
    try:
        # Given a demo province, one of whose cells was dissolved into another in March
        build_s, _ = seconds(
            lambda: ws.demo.generate(
                DemoSettings(members=members, cells=cells, seed=3, today=TODAY)
            )
        )
        units = ws.units.all()
        commune = next(u for u in units if u.level is UnitLevel.COMMUNE)
        first, second = [u for u in units if u.parent_id == commune.id and u.is_cell][:2]
        ws.transfers.dissolve_into(first.id, second.id, date(TODAY.year, 3, 1))
        stats = ws.statistics

        # When each form is computed for the whole province and for one commune
        rows: list[tuple[str, float, str]] = []
        for label, unit_id in (("province", None), ("one commune", commune.id)):
            took, figures = seconds(partial(stats.increase_decrease, unit_id, YEAR_START, YEAR_END))
            assert figures.balanced, figures.unexplained[:5]
            rows.append(
                (f"Biểu 1 {label}", took, f"{figures.carried_over:,} → {figures.end_of_period:,}")
            )
            took, profile = seconds(partial(stats.profile, unit_id, TODAY))
            rows.append((f"Biểu 3 {label}", took, f"{profile.total:,} members"))
            took, rate = seconds(partial(stats.admission_rate, unit_id, TODAY.year))
            rows.append((f"admission rate {label}", took, f"{rate.percent} %"))
            if unit_id is None:
                # Then today's rebuilt roll is the roster's, and the year adds up to it
                assert profile.total == ws.members.count(MemberQuery()) == figures.end_of_period
                assert figures.admitted > 0 and figures.transferred_out > 0
                assert (figures.moved_in, figures.moved_out) == (0, 0)
            else:
                subtree = ws.units.subtree_ids(commune.id)
                assert profile.total == ws.members.count(MemberQuery(unit_ids=subtree))

        print(f"\n{members:,} members in {cells:,} cells (built in {build_s:.0f} s)")
        for label, took, note in rows:
            print(f"  {label:<28} {took:6.2f} s   {note}")
    finally:
        ws.close()
