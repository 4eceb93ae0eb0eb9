"""The baseline of the start-up and memory benchmarks: a process that imports PySide6 and shows
an empty QMainWindow of the program's size, nothing else.

``python empty_window.py FILE`` appends to FILE the lines the program's start-up probe writes
(``chibo_desktop/ui/startup_probe.py``): ``start`` once Qt is imported, ``window_shown``, and
``painted`` once the window's first paint is done; then ``rss <kilobytes>``, its peak memory
(VmHWM), and it quits.
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def peak_kb() -> int:
    """Peak resident memory: Linux's VmHWM (``ru_maxrss`` starts from the parent's peak)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main(out: Path) -> int:
    def note(step: str, value: float) -> None:
        with out.open("a", encoding="utf-8") as probe:
            probe.write(f"{step} {value:.6f}\n")

    note("start", time.time())
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1200, 760)

    def painted() -> None:
        note("painted", time.time())
        note("rss", peak_kb())
        window.close()

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, painted)  # once this paint is done
            return False

    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.show()
    note("window_shown", time.time())
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
