"""Run by ``test_large_print.py`` in a process of its own, whose Qt was started on a given screen
and scale (QT_QPA_PLATFORM=offscreen:configfile=…, QT_SCALE_FACTOR): opens every window of
``all_windows.DIALOGS`` on demo data in Vietnamese, and prints one JSON line per window with what
does not fit. With CHIBO_SHOTS set, keeps a picture of each window in that folder."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

sys.path[:0] = [str(Path(__file__).parent), str(Path(__file__).parents[1])]

from all_windows import DIALOGS, make_demo, open_demo  # noqa: E402
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget  # noqa: E402

from chibo_desktop.app import _application  # noqa: E402
from chibo_desktop.ui import i18n  # noqa: E402
from chibo_desktop.ui.main_window import MainWindow  # noqa: E402


def _problems(window: QWidget) -> list[str]:
    room = window.screen().availableGeometry()
    wanted, shown = window.minimumSizeHint(), window.frameGeometry()
    problems = []
    if wanted.width() > room.width() or wanted.height() > room.height():
        problems.append(
            f"needs at least {wanted.width()}×{wanted.height()}, "
            f"the screen has {room.width()}×{room.height()}"
        )
    if not room.contains(shown):
        problems.append(f"shown at {shown.getRect()}, beyond the screen {room.getRect()}")
    if window.width() < wanted.width() or window.height() < wanted.height():
        problems.append(f"squeezed to {window.width()}×{window.height()}")
    return problems


def main() -> None:
    app = _application()
    home = Path(tempfile.mkdtemp())
    os.environ["CHIBO_HOME"] = str(home / "home")
    demo = home / "xa.sqlite"
    make_demo(demo)
    workspace = open_demo(demo)
    i18n.install("vi")
    shots = os.environ.get("CHIBO_SHOTS")
    for window_class, make in DIALOGS.items():
        window = make(workspace, home)
        window.show()
        QApplication.processEvents()
        problems = _problems(window)
        pages = window.tabs if isinstance(window, MainWindow) else window.findChild(QTabWidget)
        for index in range(pages.count() if pages is not None else 0):
            pages.setCurrentIndex(index)  # each page of tabs may want more room than the first
            QApplication.processEvents()
            problems += _problems(window)
            if shots and isinstance(window, MainWindow):
                window.grab().save(str(Path(shots) / f"{window_class.__name__}-{index}.png"))
        if pages is not None:
            pages.setCurrentIndex(0)
            QApplication.processEvents()
        if shots:
            window.grab().save(str(Path(shots) / f"{window_class.__name__}.png"))
        print(json.dumps({"window": window_class.__name__, "problems": sorted(set(problems))}))
        window.close()
        window.deleteLater()
    workspace.close()
    app.quit()


if __name__ == "__main__":
    main()
