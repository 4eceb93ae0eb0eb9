"""Gửi báo cáo lỗi: save the error report onto a USB stick, for whoever looks after the program.

The dialog says what the report holds and what it never holds, lists the sticks plugged in (as
the dialog that sends data up does) or takes another folder, writes the report on the worker
thread and says where it is.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from chibo_desktop.services.error_report import ErrorReport, ErrorReportService
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.ui.dialogs.message_box import inform
from chibo_desktop.ui.operations import BackgroundRunner, show_error
from chibo_desktop.ui.qt_environment import qt_environment
from chibo_desktop.ui.sync_texts import describe_sync_refusal
from chibo_desktop.ui.widgets.drive_chooser import Destination, DriveChooser
from chibo_desktop.ui.widgets.readable import (
    DONE_COLOUR,
    HINT_COLOUR,
    PROBLEM_COLOUR,
    coloured,
    hint,
    message,
)


class ErrorReportDialog(QDialog):
    def __init__(
        self,
        reports: ErrorReportService,
        runner: BackgroundRunner | None,
        destinations: Callable[[], list[Destination]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._reports = reports
        self._runner = runner
        self._destinations = destinations
        self.setWindowTitle(self.tr("Save an error report"))
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "If the program does not work as it should, save this report onto a USB stick "
                "and give it to whoever looks after the program, saying what you were doing "
                "when it went wrong."
            )
        )
        intro.setWordWrap(True)
        contents = hint(
            self.tr(
                "The report holds the program's log, the versions of the program and of the "
                "computer's system, and how many records each table of the database has. It "
                "holds no name, no ID or card number, and not the database."
            )
        )
        self.chooser = DriveChooser(destinations)
        self.chooser.drives.setMaximumHeight(
            140
        )  # a few sticks; the room below is for what it says
        self.status = message(HINT_COLOUR)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(
            self.tr("&Save the report"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.chooser.changed.connect(self._update_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(contents)
        layout.addWidget(QLabel(self.tr("Save it to:")))
        layout.addWidget(self.chooser)
        layout.addWidget(self.status)
        layout.addStretch()
        layout.addWidget(buttons)
        self._update_button()

    def _update_button(self) -> None:
        self.save_button.setEnabled(self.chooser.current() is not None)

    # -- saving -----------------------------------------------------------------------------------
    def save(self) -> None:
        chosen = self.chooser.current()
        if chosen is None:
            return
        folder = chosen.folder
        environment = qt_environment()  # read here: Qt's locale belongs to the window's thread

        def work() -> ErrorReport:
            return self._reports.write(folder, environment)

        coloured(self.status, HINT_COLOUR).setText(self.tr("Saving…"))
        if self._runner is None:
            try:
                self._done(work())
            except OperationRefused as refused:
                self._failed(refused)
            return
        self._runner.run(
            self.tr("Saving the error report…"),
            lambda _progress, _cancel: work(),
            self._done,
            self._failed,
        )

    def _done(self, report: ErrorReport) -> None:
        coloured(self.status, DONE_COLOUR).setText(
            self.tr(
                "Done: the report {file} was saved in {folder}. Remove the stick safely."
            ).format(file=report.path.name, folder=report.path.parent)
        )
        self.adjustSize()  # the sentence may need a line more than the dialog has

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, OperationRefused):
            self.status.clear()
            show_error(self, error)
            return
        text = describe_sync_refusal(error.code, **error.params)
        coloured(self.status, PROBLEM_COLOUR).setText(text)
        inform(self, self.windowTitle(), text, warning=True)
