"""The one table of a benchmark run: each figure with its target, what was measured, the baseline
measured in the same run and the ratio to it; printed at the end of the run and written as
Markdown (``$CHIBO_PERF_REPORT``, else ``tests/perf/last-run.md``, not committed) to paste on an
issue. Targets are "at most"; nothing here fails a test."""

from __future__ import annotations

import os
import platform
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

REPORT_VARIABLE = "CHIBO_PERF_REPORT"
DEFAULT_REPORT = Path(__file__).with_name("last-run.md")
# record(figure, measured, unit, target=…, baseline=…, baseline_name=…, note=…): see conftest.py
Record = Callable[..., None]
_DIGITS = {"ms": 1, "s": 2, "MB": 0, "pages": 0}


@dataclass(frozen=True)
class Figure:
    benchmark: str
    figure: str
    measured: float
    unit: str  # "ms", "s", "MB"
    target: float | None = None  # at most, in ``unit``
    baseline: float | None = None  # in ``unit``
    baseline_name: str = ""  # what the baseline is: "sqlite3", "bare ReportLab" …
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline <= 0:
            return None
        return self.measured / self.baseline

    @property
    def met(self) -> bool | None:
        return None if self.target is None else self.measured <= self.target

    def cells(self) -> list[str]:
        ratio = self.ratio
        return [
            self.benchmark,
            self.figure,
            "—" if self.target is None else f"≤ {self.target:g} {self.unit}",
            amount(self.measured, self.unit),
            {None: "", True: "yes", False: "**NO**"}[self.met],
            ""
            if self.baseline is None
            else f"{amount(self.baseline, self.unit)} {self.baseline_name}".strip(),
            "" if ratio is None else f"×{ratio:.2f}",
            self.note,
        ]


HEADINGS = ["Benchmark", "Figure", "Target", "Measured", "Met", "Baseline", "Ratio", "Note"]


def amount(value: float, unit: str) -> str:
    digits = _DIGITS.get(unit, 2)
    if unit == "ms" and value >= 100:
        digits = 0
    return f"{value:,.{digits}f} {unit}"


@dataclass
class Report:
    figures: list[Figure] = field(default_factory=list)
    data: list[str] = field(default_factory=list)  # the datasets, described
    notes: list[str] = field(default_factory=list)

    def add(self, figure: Figure) -> None:
        self.figures.append(figure)

    def rows(self) -> list[list[str]]:
        """Figures with a target first (in the order measured), then the others."""
        ordered = [f for f in self.figures if f.target is not None]
        ordered += [f for f in self.figures if f.target is None]
        return [f.cells() for f in ordered]

    def header(self) -> list[str]:
        from PySide6 import __version__ as pyside

        return [
            f"Run {datetime.now():%Y-%m-%d %H:%M}; {platform.machine()}, {os.cpu_count()} CPUs, "
            f"Python {sys.version.split()[0]}, PySide6 {pyside}, SQLite {sqlite3.sqlite_version}",
            *self.data,
            *self.notes,
        ]

    def text(self) -> str:
        rows = [HEADINGS, *self.rows()]
        widths = [max(len(row[i]) for row in rows) for i in range(len(HEADINGS))]
        lines = [*self.header(), ""]
        for n, row in enumerate(rows):
            cells = (cell.ljust(width) for cell, width in zip(row, widths, strict=True))
            lines.append("  ".join(cells).rstrip())
            if n == 0:
                lines.append("  ".join("-" * width for width in widths))
        return "\n".join(lines)

    def markdown(self) -> str:
        def line(cells: list[str]) -> str:
            return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"

        lines = [f"* {text}" for text in self.header()] + [""]
        lines.append(line(HEADINGS))
        lines.append("|" + "|".join("---" for _ in HEADINGS) + "|")
        lines += [line(row) for row in self.rows()]
        return "\n".join(lines) + "\n"

    def write(self) -> Path:
        target = Path(os.environ.get(REPORT_VARIABLE) or DEFAULT_REPORT)
        target.write_text(self.markdown(), encoding="utf-8")
        return target
