"""One helper for background work (DESIGN.md house rule 3).

Long database work runs on one worker thread; a progress dialog appears only if it lasts more than
0.6 s; errors become a clear dialog; the caller refreshes the screens from the returned value.
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from chibo_desktop.domain.progress import Cancelled, CancelToken, Progress
from chibo_desktop.services.errors import OperationRefused, ValidationFailed
from chibo_desktop.ui.dialogs.message_box import inform
from chibo_desktop.ui.messages import APP_TITLE, describe_error, tr

PROGRESS_DELAY_MS = 600
_log = logging.getLogger(__name__)

# Python's cycle collector runs in whichever thread happens to allocate. If it runs in the
# worker while a job runs, it may free Qt objects that belong to the window's thread, which
# crashes Qt. So automatic collection is paused while any job runs and resumed (with one
# collection, on the window's thread) when the last one has finished.
_jobs_running = 0


def _pause_collector() -> None:
    global _jobs_running
    if _jobs_running == 0:
        gc.disable()
    _jobs_running += 1


def _resume_collector() -> None:
    global _jobs_running
    _jobs_running -= 1
    if _jobs_running == 0:
        gc.enable()
        gc.collect()


Work = Callable[[Progress, CancelToken], Any]


class _Signals(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Work, cancel: CancelToken) -> None:
        super().__init__()
        self.signals = _Signals()
        self._work = work
        self._cancel = cancel

    def run(self) -> None:
        try:
            result = self._work(self.signals.progressed.emit, self._cancel)
        except Exception as error:  # every failure is shown to the user
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)


class BackgroundRunner(QObject):
    """Runs work on the single database worker thread, one job at a time."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        # Jobs are kept alive until the pool has let go of them: the "finished" signal reaches
        # the window while the worker thread is still returning from run(), and freeing the
        # QRunnable then is a use-after-free in QThreadPool (a rare crash).
        self._jobs: list[_Job] = []
        # Each job's progress dialog and the timer that shows it, until the job has finished.
        self._progress: list[tuple[QTimer, QProgressDialog]] = []

    def run(
        self,
        title: str,
        work: Work,
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        cancel = CancelToken()
        job = _Job(work, cancel)
        dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, self._parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(dialog.show)
        timer.start(PROGRESS_DELAY_MS)

        reached = (0, 0)  # (done, total) last reported

        def progressed(done: int, total: int) -> None:
            nonlocal reached
            reached = (done, total)
            dialog.setMaximum(total)
            dialog.setValue(done)

        def stopping() -> None:
            # Work stops where it can stop safely (an import: after the package under way), so
            # the window stays up and says so, rather than vanish while the work goes on.
            cancel.cancel()
            dialog.setLabelText(self.tr("Stopping… the step under way is finished first."))
            for button in dialog.findChildren(QPushButton):
                button.setEnabled(False)  # pressed once is enough
            dialog.show()
            progressed(*reached)  # cancelling emptied the bar

        dialog.canceled.connect(stopping)

        shown = (timer, dialog)
        self._progress.append(shown)

        def finish() -> None:
            _resume_collector()
            if shown in self._progress:
                self._progress.remove(shown)
            timer.stop()
            dialog.reset()
            dialog.deleteLater()
            # Released at the next run() or wait(), once the pool is idle.

        def done(result: Any) -> None:
            finish()
            on_done(result)

        def failed(error: BaseException) -> None:
            finish()
            if on_failed is not None:
                on_failed(error)
            elif not isinstance(error, Cancelled):
                show_error(self._parent, error)

        job.signals.progressed.connect(progressed)
        job.signals.finished.connect(done)
        job.signals.failed.connect(failed)
        job.setAutoDelete(False)
        self._release_finished_jobs()
        self._jobs.append(job)
        _pause_collector()
        self._pool.start(job)

    def wait(self) -> bool:
        """Block until the worker is idle (closing the window, tests). The finished jobs'
        progress dialogs are put away at once, not when their results arrive: one that showed
        up after its window closed kept the program from quitting (Qt's quit closes it, which
        cancels, which shows it again), an invisible process holding the single-instance
        lock."""
        idle = self._pool.waitForDone()
        for timer, dialog in self._progress:
            timer.stop()
            dialog.reset()  # hidden, and its own timer to show itself stopped
        self._release_finished_jobs()
        return idle

    def _release_finished_jobs(self) -> None:
        if self._pool.activeThreadCount() == 0:
            self._jobs.clear()


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """An error as a dialog; one the program did not foresee is logged with its traceback (a
    refusal by its code: its words may name a person)."""
    if isinstance(error, (OperationRefused, ValidationFailed)):
        _log.info("Refused: %s", error)
    else:
        _log.error("Error shown to the user", exc_info=error)
    inform(parent, tr(APP_TITLE), describe_error(error), warning=True)  # type: ignore[arg-type]


@contextmanager
def errors_shown(parent: Callable[[], QWidget | None]) -> Iterator[None]:
    """While the block runs, an error nothing caught (a slot of the window that raised, which Qt
    hands to ``sys.excepthook``) is logged and shown, instead of going to a console nobody has."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if not isinstance(error, Exception):  # Ctrl+C, exit: as Python does
            sys.__excepthook__(kind, error, trace)
            return
        show_error(parent(), error)

    previous = sys.excepthook
    sys.excepthook = hook
    try:
        yield
    finally:
        sys.excepthook = previous
