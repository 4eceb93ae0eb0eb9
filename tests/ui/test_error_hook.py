"""An error nothing caught while the window runs (a slot that raised) is logged with its
traceback, personal numbers masked, and shown to the user, instead of going to a console nobody
has; an error shown by the window is logged too, a refusal by its code only."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from chibo_desktop import logs
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.ui import operations


@pytest.mark.qt_no_exception_capture
def test_an_error_in_the_window_is_logged_and_shown(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, english_sources: None
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(operations, "inform", lambda _p, _t, text, **_k: shown.append(text))
    hook = sys.excepthook

    def broken_slot() -> None:
        raise KeyError("001186012345")

    with logs.logging_to(tmp_path) as log, operations.errors_shown(lambda: None):
        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: bool(shown))

    assert sys.excepthook is hook  # the window's hook is gone with the window
    assert shown == ["Something went wrong and nothing was changed. Details: KeyError: "
                     "'001186012345'"]  # fmt: skip
    text = log.read_text(encoding="utf-8")
    assert "ERROR chibo_desktop.ui.operations: Error shown to the user\nTraceback" in text
    assert "in broken_slot" in text and "KeyError: '************'" in text
    assert "001186012345" not in text


def test_a_refusal_is_logged_by_its_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(operations, "inform", lambda *_a, **_k: None)

    with logs.logging_to(tmp_path) as log:
        operations.show_error(None, OperationRefused("candidate.already_admitted", name="Lê Văn A"))

    text = log.read_text(encoding="utf-8")
    assert "INFO chibo_desktop.ui.operations: Refused: candidate.already_admitted" in text
    assert "Lê Văn A" not in text
