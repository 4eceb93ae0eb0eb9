"""Fixtures for the window's tests."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from all_windows import make_demo, open_demo
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from chibo_desktop.services.workspace import Workspace
from chibo_desktop.ui import i18n


@pytest.fixture
def english_sources() -> Iterator[None]:
    """English sources, and afterwards the language the session had before."""
    was_vietnamese = QLocale().language() == QLocale.Language.Vietnamese
    i18n.install("en")
    yield
    i18n.install("vi" if was_vietnamese else "en")


@pytest.fixture
def answer(qtbot: object) -> Iterator[Callable[..., None]]:
    """``answer(act, …)``: each act is done, in order, to the next modal window that opens
    (a dialog's ``exec``, a message box), as a person would answer it."""
    # The windows answered, kept (not their ids: a new window may get a freed one's id, and would
    # then never be answered).
    handled: list[QWidget] = []
    pending: list[Callable[[QWidget], None]] = []
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or any(modal is done for done in handled) or not pending:
            return
        handled.append(modal)
        act = pending.pop(0)
        # Later, not inside this timer's call: an answer may open the next window, whose own
        # event loop this timer must go on serving.
        QTimer.singleShot(0, lambda: act(modal))

    timer.timeout.connect(poll)
    timer.start()

    def queue(*acts: Callable[[QWidget], None]) -> None:
        pending.extend(acts)

    yield queue
    timer.stop()
    assert not pending, "a window that was to be answered never opened"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo commune with a year of meetings, two years of evaluations and an administrator
    (quantri), made once per test module."""
    path = tmp_path_factory.mktemp("demo") / "xa.sqlite"
    make_demo(path)
    return path


@pytest.fixture
def demo_ws(demo_file: Path, tmp_path: Path) -> Iterator[Workspace]:
    """A copy of the demo commune, open, signed in as its administrator, in Vietnamese."""
    copy = tmp_path / "xa.sqlite"
    shutil.copy(demo_file, copy)
    workspace = open_demo(copy)
    i18n.install("vi")
    yield workspace
    workspace.close()
