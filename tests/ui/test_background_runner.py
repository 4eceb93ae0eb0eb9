"""The background helper when the window closes while its work finishes: the window waits for
the worker, and nothing may then show a progress dialog. One that showed up after the window had
gone kept the program from quitting (Qt's quit closes it, closing cancels, and cancelling shows it
again): an invisible process holding the single-instance lock, and the next start refused."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QProgressDialog

from chibo_desktop.ui.operations import PROGRESS_DELAY_MS, BackgroundRunner


class Window(QMainWindow):
    """As the main window does: closing waits for the worker."""

    def __init__(self) -> None:
        super().__init__()
        self.runner = BackgroundRunner(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.runner.wait()
        super().closeEvent(event)


def test_nothing_is_left_to_show_a_progress_dialog_once_the_window_closed(qtbot) -> None:
    # Given a window whose job (the day's backup) is under way, its progress dialog due soon
    window = Window()
    qtbot.addWidget(window)
    window.show()
    results: list[str] = []
    seconds = PROGRESS_DELAY_MS / 1000 / 2
    window.runner.run("Backing up…", lambda _p, _c: time.sleep(seconds) or "done", results.append)

    # When the window is closed at once (it waits for the job to finish)
    window.close()

    # Then no timer is left to show the job's progress dialog, which is hidden
    [dialog] = window.findChildren(QProgressDialog)
    assert not dialog.isVisible()
    timers = window.runner.findChildren(QTimer) + dialog.findChildren(QTimer)
    assert [t for t in timers if t.isActive()] == []
    # and the result still arrives
    qtbot.waitUntil(lambda: results == ["done"])
