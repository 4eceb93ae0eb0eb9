"""The start-up probe of the benchmarks (``tests/perf/test_startup_perf.py``).

With ``$CHIBO_STARTUP_PROBE`` naming a file, the program appends a line ``<step> <time.time()>``
as each step of its real start is reached: ``start`` (the interpreter is up and the program's
modules are imported), ``sign_in_shown`` (the first dialog is on screen), ``signed_in``,
``window_shown`` and ``roster_painted`` (the roster's first page has been painted); then it
closes the window as a person would. The sign-in is filled in from ``$CHIBO_PASSWORD`` (the
account the dialog offers first) and submitted at once, so that the figure is the program's own
start without anyone's typing; a dialog it cannot fill in is noted and cancelled. Without the
variable none of this runs.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QDialog

from chibo_desktop.ui.dialogs.sign_in_dialog import SignInDialog

if TYPE_CHECKING:
    from chibo_desktop.ui.main_window import MainWindow

PROBE_VARIABLE = "CHIBO_STARTUP_PROBE"
# console.PASSWORD_VARIABLE (not imported: the window does not otherwise load the console)
_PASSWORD_VARIABLE = "CHIBO_PASSWORD"


def _target() -> Path | None:
    path = os.environ.get(PROBE_VARIABLE)
    return Path(path) if path else None


def note(step: str) -> None:
    """Append ``step`` and the time to the probe's file (nothing when there is no probe)."""
    target = _target()
    if target is not None:
        with target.open("a", encoding="utf-8") as out:
            out.write(f"{step} {time.time():.6f}\n")


def watch_dialog(dialog: QDialog) -> QDialog:
    """The sign-in (or first administrator) dialog about to run: noted when it shows, then
    filled in and submitted, or cancelled."""
    if _target() is not None:
        _DialogProbe(dialog)
    return dialog


def watch_window(window: MainWindow) -> None:
    """The window just shown: noted, and closed once the roster's first page is painted."""
    if _target() is not None:
        note("window_shown")
        _WindowProbe(window)


class _DialogProbe(QObject):
    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._dialog and event.type() == QEvent.Type.Show:
            self._dialog.removeEventFilter(self)
            note("sign_in_shown")
            QTimer.singleShot(0, self._answer)
        return False

    def _answer(self) -> None:
        password = os.environ.get(_PASSWORD_VARIABLE)
        dialog = self._dialog
        if not isinstance(dialog, SignInDialog) or password is None:
            dialog.reject()
            return
        dialog.sign_in.password.setText(password)
        dialog.go_button.click()  # what Enter does: sign in, and accept when it succeeds
        note("signed_in" if dialog.result() == QDialog.DialogCode.Accepted else "refused")


class _WindowProbe(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._viewport = window.roster.table.viewport()
        self._viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._viewport
            and event.type() == QEvent.Type.Paint
            and self._window.roster.model.rowCount() > 0
        ):
            self._viewport.removeEventFilter(self)
            QTimer.singleShot(0, self._painted)  # once this paint is done
        return False

    def _painted(self) -> None:
        note("roster_painted")
        self._window.close()
