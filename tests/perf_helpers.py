"""What the benchmarks in ``tests/perf`` share: timing a step, and the bare ReportLab document of a
printed list's rows that its step is compared with."""

from __future__ import annotations

import io
import statistics
import time
from collections.abc import Callable
from typing import TypeVar

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

REPEATS = 3

T = TypeVar("T")


def timed(action: Callable[[], T]) -> tuple[float, T]:
    """Median seconds over a few runs, and the last answer."""
    times, result = [], None
    for _ in range(REPEATS):
        started = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result  # type: ignore[return-value]


def bare_pdf(rows: list[list[str]]) -> int:
    """The pages of one plain table of ``rows`` (Helvetica, a grid, the first row repeated)."""
    out = io.BytesIO()
    document = SimpleDocTemplate(out, pagesize=landscape(A4))
    table = Table(rows, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    document.build([table])
    return document.page
