"""Progress reports and cancellation for long loops, without Qt."""

from __future__ import annotations

import threading
from collections.abc import Callable

Progress = Callable[[int, int], None]  # (done, total)


class Cancelled(Exception):
    """The user cancelled; the work's transaction is rolled back."""


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled


def no_progress(done: int, total: int) -> None:
    """For callers that do not show progress."""
