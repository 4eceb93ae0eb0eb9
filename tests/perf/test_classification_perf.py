"""The classification summary, a cell's sheet and a commune's checks, timed on a 20,000-member
demo and on the shared province (300,000 members, two years of evaluations).

Part of the performance suite: ``python -m pytest --perf tests/perf -s`` (see ``conftest.py``).
Each question is asked ``RUNS`` times; the median is recorded, beside a baseline measured in the
same run on the same file: plain ``sqlite3`` counting the year's final levels per cell and the
roll per cell (the least any such summary must read). The province's report (what the evaluation
tab shows for the whole province) is timed three ways: the first time (every cell counted), again
(the kept counts read back), and after one member's evaluation is saved (that cell counted
again). Target: the province's report ≤ 500 ms. Nothing is a timed assertion: the test asserts
that the figures add up.
"""

from __future__ import annotations

import dataclasses
import sqlite3
import statistics
import time
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import pytest
from perf_data import Dataset
from perf_report import Record

from chibo_desktop.domain.enums import UnitLevel
from chibo_desktop.domain.evaluation import ClassificationCounts
from chibo_desktop.domain.findings import Severity
from chibo_desktop.services.demo import DemoSettings
from chibo_desktop.services.workspace import open_workspace

TODAY = date(2026, 11, 21)  # as the shared data's
YEAR = TODAY.year
RUNS = 5
REPORT_MS = 500  # the target for the province's report
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


def raw_counts(path: Path, year: int) -> Callable[[], int]:
    """The baseline: the year's final levels per cell and the roll per cell, in plain sqlite3."""

    def count() -> int:
        db = sqlite3.connect(path)
        try:
            levels = db.execute(
                "SELECT unit_id, final_level, COUNT(*) FROM member_evaluation "
                "WHERE year = ? AND deleted = 0 GROUP BY unit_id, final_level",
                (year,),
            ).fetchall()
            roll = db.execute(
                "SELECT unit_id, status, COUNT(*) FROM member WHERE deleted = 0 "
                "GROUP BY unit_id, status"
            ).fetchall()
            return len(levels) + len(roll)
        finally:
            db.close()

    return count


@pytest.fixture(params=["20k", "province"])
def data(
    request: pytest.FixtureRequest, tmp_path: Path, province: Dataset
) -> tuple[str, Path, int]:
    """The database (a copy, written to) and how many cells: a 20,000-member demo built here,
    or the shared province."""
    path = tmp_path / "data.sqlite"
    if request.param == "province":
        return "province", province.copy_to(path), province.settings.cells
    ws = open_workspace(path)
    try:
        ws.demo.generate(DemoSettings(members=20_000, cells=200, seed=3, today=TODAY))
    finally:
        ws.close()
    return "20,000 members", path, 200


@pytest.mark.perf
def test_classification_on_a_demo_province(data: tuple[str, Path, int], record: Record) -> None:
    scale, path, cells = data
    ws = open_workspace(path)
    try:
        # Given a demo province with its members' evaluations
        units = ws.units.all()
        root = next(u for u in units if u.parent_id is None)
        commune = next(u for u in units if u.level is UnitLevel.COMMUNE)
        cell = next(u for u in units if u.parent_id == commune.id and u.is_cell)
        service = ws.evaluations
        baseline = {year: statistics.median(runs(raw_counts(path, year))[0]) for year in
                    (YEAR, YEAR - 1)}  # fmt: skip

        def add(label: str, took: list[float], note: str, target: bool = False) -> None:
            record(
                f"{label} ({scale})",
                statistics.median(took) * 1000,
                "ms",
                target=REPORT_MS if target and scale == "province" else None,
                baseline=baseline[YEAR] * 1000,
                baseline_name="sqlite3",
                note=f"{note}; slowest {max(took) * 1000:.0f} ms" if len(took) > 1 else note,
            )

        # When the summary is asked for the province and a commune, a cell's sheet and a
        # commune's checks
        took, profile = runs(partial(ws.statistics.profile, None, date(YEAR, 12, 31)))
        add("Biểu 3, whole tree", took, f"{profile.total:,} members")
        for year in (YEAR, YEAR - 1):
            # The first question counts every cell; the next ones read the kept counts.
            first, province = seconds(partial(service.report, root.id, year))
            add(f"classification report {year}, whole tree, first", [first],
                "every cell counted", target=True)  # fmt: skip
            took, province = runs(partial(service.report, root.id, year))
            total = province.total
            note = f"{total.reviewed:,} reviewed, {total.not_yet_reviewed:,} not yet"
            add(f"classification report {year}, whole tree, again", took,
                f"kept counts; {note}", target=True)  # fmt: skip
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
        add("classification report after one edit, whole tree", took,
            "one cell counted again", target=True)  # fmt: skip
        took, report = runs(partial(service.report, commune.id, YEAR))
        add("classification report, one commune", took, f"{len(report.rows)} cells")
        assert report.total == sum((r.counts for r in report.rows), ClassificationCounts())
        # and in a commune every member required to review has a level but the demo's two
        assert report.total.not_yet_reviewed == 2
        took, sheet = runs(partial(service.cell_sheet, cell.id, YEAR))
        add("evaluation: one cell's sheet", took, f"{len(sheet.rows)} members")
        took, findings = runs(partial(service.check_year, commune.id, YEAR))
        blocking = sum(f.severity is Severity.BLOCKING for f in findings)
        add("evaluation: one commune's checks", took, f"{blocking} blocking")
        assert blocking > 0  # the demo's deliberate cases
        assert len([u for u in units if u.is_cell]) == cells
    finally:
        ws.close()
