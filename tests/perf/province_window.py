"""The program working at province scale, in a process of its own (``test_memory_perf.py`` runs
it): the real window on the province's database, as an upper-level office uses it.

``python province_window.py DATABASE OUT`` opens the database, builds and shows the main window
until the roster's first page is painted, types searches into the roster's search field one key
at a time (each key's refresh as the field's timer would run it), opens the evaluation tab on the
whole province (its classification report), then the statistics window (Biểu 1, Biểu 3, the
admission rate, on the worker thread as in the window); and writes a JSON object to OUT: each
step's seconds, the peak memory (``peak_mb``) after each step, and what was shown, for the test
to check.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from chibo_desktop.app import _application
from chibo_desktop.services.workspace import open_workspace
from chibo_desktop.ui import i18n
from chibo_desktop.ui.dialogs.statistics_dialog import StatisticsDialog
from chibo_desktop.ui.main_window import MainWindow

SEARCHES = ("nguyen van du", "thi hoa", "khong")


def peak_mb() -> float:
    """This process's peak resident memory. Linux's VmHWM, not ``ru_maxrss``: that one starts
    from the parent's peak (a child spawned by a 400 MB pytest reports 400 MB at once)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def until(done: Callable[[], bool], seconds: float = 600) -> None:
    """Let the window handle its events until ``done`` (or fail after ``seconds``)."""
    limit = time.perf_counter() + seconds
    while not done():
        if time.perf_counter() > limit:
            raise TimeoutError("the window did not get there")
        QApplication.processEvents()
        time.sleep(0.001)


class Painted(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.seen = True
        return False


def main(database: Path, out: Path) -> None:
    figures: dict[str, Any] = {"peak_mb": {}}
    step_started = time.perf_counter()

    def step(name: str) -> float:
        nonlocal step_started
        took = time.perf_counter() - step_started
        figures[name] = took
        figures["peak_mb"][name] = peak_mb()
        step_started = time.perf_counter()
        return took

    app = _application()
    i18n.install("vi")
    step("qt")
    workspace = open_workspace(database)
    step("open")

    # The window, until the roster's first page is painted
    window = MainWindow(workspace)
    painted = Painted()
    window.roster.table.viewport().installEventFilter(painted)
    window.resize(1366, 768)
    window.show()
    until(lambda: painted.seen)
    step("window")
    roster = window.roster
    figures["roster_rows"] = roster.model.rowCount()
    figures["roster_total"] = roster.model.total

    # Searches typed a key at a time, each key's refresh as the search field's timer runs it
    keys: dict[str, list[float]] = {}
    for text in SEARCHES:
        times = []
        for n in range(1, len(text) + 1):
            roster.search.setText(text[:n])
            started = time.perf_counter()
            roster._apply_filter()  # what the field's timer calls once typing pauses
            QApplication.processEvents()
            times.append(time.perf_counter() - started)
        keys[text] = times
        figures.setdefault("found", {})[text] = roster.model.rowCount()
        roster.search.clear()
        roster._apply_filter()
    figures["keystrokes"] = keys
    step("search")

    # The evaluation tab on the whole province: its classification report
    evaluation = window.evaluation
    window.tabs.setCurrentWidget(evaluation)
    until(lambda: evaluation.isVisible() and not evaluation._stale)
    step("evaluation")
    report = evaluation._report
    figures["report_total"] = report.total.total if report is not None else 0
    figures["report_cells"] = len(report.rows) if report is not None else 0

    # The statistics window for the whole province, its three forms computed
    dialog = StatisticsDialog(workspace.statistics, window.tree.current_unit(), window)
    forms = (dialog.increase_decrease, dialog.profile, dialog.admission_rate)
    dialog.show()
    until(lambda: all(form.rowCount() for form in forms))
    step("statistics")
    first = dialog.profile.rows()[0]
    figures["statistics_first_line"] = [first.label, first.value]
    dialog.close()
    window.close()
    workspace.close()
    app.processEvents()
    figures["peak_end_mb"] = peak_mb()
    out.write_text(json.dumps(figures))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
    # Measured and written: leave without tearing the Qt objects down one by one at exit
    # (whose order, in a script without the program's event loop, is not the program's).
    os._exit(0)
