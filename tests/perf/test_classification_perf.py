"""The classification summary, a cell's sheet and a commune's checks on a demo province, timed.

Run with ``pytest --perf tests/perf/test_classification_perf.py -s``. The demo evaluates every
member of the year under review and of the year before it (the 300,000-member province takes a
few minutes to build). Each question is asked ``RUNS`` times; the median and the slowest run
are printed, and the median's ratio to the baseline measured in the same run: Biểu 3 for the
whole province, which reads the same roll without the evaluations. The province's report is
timed three ways: the first time (every cell counted), again (the kept counts read back), and
after one member's evaluation is saved (that cell counted again). Nothing is a timed assertion
(the target for the province's report is 500 ms): the test asserts that the figures add up.
"""

from __future__ import annotations

import dataclasses
import statistics
import time
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import pytest

from chibo_desktop.domain.enums import UnitLevel
from chibo_desktop.domain.evaluation import ClassificationCounts
from chibo_desktop.domain.findings import Severity
from chibo_desktop.services.demo import DemoSettings
from chibo_desktop.services.workspace import open_workspace

TODAY = date(2026, 11, 21)
YEAR = TODAY.year
RUNS = 5
T = TypeVar("T")


def seconds(action: Callable[[], T]) -> tuple[float, T]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def runs(action: Callable[[], T]) -> tuple[list[float], T]:
    took: list[float] = []
    result: Any = None
    for _ in range(RUNS):
        elapsed, result = seconds(action)
        took.append(elapsed)
    return took, result


@pytest.mark.perf
@pytest.mark.parametrize(("members", "cells"), [(20_000, 200), (300_000, 3_000)])
def test_classification_on_a_demo_province(tmp_path: Path, members: int, cells: int) -> None:
    ws = open_workspace(tmp_path / "province.sqlite")
    try:
        # Given a demo province with its members' evaluations
        build_s, summary = seconds(
            lambda: ws.demo.generate(
                DemoSettings(members=members, cells=cells, seed=3, today=TODAY)
            )
        )
        units = ws.units.all()
        root = next(u for u in units if u.parent_id is None)
        commune = next(u for u in units if u.level is UnitLevel.COMMUNE)
        cell = next(u for u in units if u.parent_id == commune.id and u.is_cell)
        service = ws.evaluations

        # When the summary is asked for the province and a commune, a cell's sheet and a
        # commune's checks
        rows: list[tuple[str, list[float], str]] = []
        took, profile = runs(partial(ws.statistics.profile, None, date(YEAR, 12, 31)))
        rows.append(("baseline: Biểu 3 province", took, f"{profile.total:,} members"))
        for year in (YEAR, YEAR - 1):
            # The first question counts every cell; the next ones read the kept counts.
            first, province = seconds(partial(service.report, root.id, year))
            rows.append((f"report {year} province, 1st", [first], "every cell counted"))
            took, province = runs(partial(service.report, root.id, year))
            total = province.total
            note = f"{total.reviewed:,} reviewed, {total.not_yet_reviewed:,} not yet"
            rows.append((f"report {year} province", took, note))
            # Then the figures add up
            assert total == sum((r.counts for r in province.rows), ClassificationCounts())
            assert province.award_candidates or year != YEAR
        # A member's evaluation saved between two reports: that cell is counted again.
        sheet = service.cell_sheet(cell.id, YEAR)
        rated = next(r.evaluation for r in sheet.rows if r.evaluation is not None)
        took = []
        for run in range(RUNS):
            service.save_member(dataclasses.replace(rated, notes=f"Lần {run + 1}"))
            rated = service.member_evaluation(rated.member_id, YEAR) or rated
            elapsed, province = seconds(partial(service.report, root.id, YEAR))
            took.append(elapsed)
        rows.append(("report after one edit", took, "one cell counted again"))
        took, report = runs(partial(service.report, commune.id, YEAR))
        rows.append(("report one commune", took, f"{len(report.rows)} cells"))
        assert report.total == sum((r.counts for r in report.rows), ClassificationCounts())
        # and in a commune every member required to review has a level but the demo's two
        assert report.total.not_yet_reviewed == 2
        took, sheet = runs(partial(service.cell_sheet, cell.id, YEAR))
        rows.append(("cell_sheet one cell", took, f"{len(sheet.rows)} members"))
        took, findings = runs(partial(service.check_year, commune.id, YEAR))
        blocking = sum(f.severity is Severity.BLOCKING for f in findings)
        rows.append(("check_year one commune", took, f"{blocking} blocking"))
        assert blocking > 0  # the demo's deliberate cases

        print(
            f"\n{members:,} members in {cells:,} cells, {summary.evaluations:,} evaluations "
            f"(built in {build_s:.0f} s); {RUNS} runs each"
        )
        baseline = statistics.median(rows[0][1])
        for label, took, note in rows:
            median, slowest = statistics.median(took), max(took)
            print(
                f"  {label:<26} median {median * 1000:6.0f} ms   max {slowest * 1000:6.0f} ms"
                f"   ×{median / baseline:4.2f}   {note}"
            )
    finally:
        ws.close()
