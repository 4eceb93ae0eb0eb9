"""Sao lưu ra USB: a backup sealed with a password, written to a stick chosen among those
plugged in. The file is written under a temporary name, synced, renamed, read back and checked
before the dialog says it is done."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from chibo_desktop.services.backups import MIN_PASSWORD, BackupService, StickBackup
from chibo_desktop.ui.backup_texts import describe_backup_error, size_words
from chibo_desktop.ui.dialogs.message_box import inform
from chibo_desktop.ui.operations import BackgroundRunner
from chibo_desktop.ui.widgets.drive_chooser import Destination, DriveChooser
from chibo_desktop.ui.widgets.readable import (
    DONE_COLOUR,
    HINT_COLOUR,
    PROBLEM_COLOUR,
    coloured,
    hint,
    message,
)


class StickBackupDialog(QDialog):
    def __init__(
        self,
        backups: BackupService,
        runner: BackgroundRunner | None,
        destinations: Callable[[], list[Destination]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._backups = backups
        self._runner = runner
        self.setWindowTitle(self.tr("Back up to a USB stick"))
        self.setMinimumWidth(620)
        self.intro = QLabel(
            self.tr(
                "The backup is sealed with a password: without it nobody can read the file, so "
                "the stick may be carried and kept elsewhere. Keep the password safe: without it "
                "the backup cannot be opened, by anyone."
            )
        )
        self.intro.setWordWrap(True)
        self.chooser = DriveChooser(destinations)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeated = QLineEdit()
        self.repeated.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("Type it &again:"), self.repeated)
        form.addRow("", hint(self.tr("At least {min} characters.").format(min=MIN_PASSWORD)))
        self.status = message(HINT_COLOUR)
        self.buttons = QDialogButtonBox()
        self.write_button = self.buttons.addButton(
            self.tr("&Write to the stick"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.write_button.clicked.connect(self.write)
        close = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        self.chooser.changed.connect(self._update_buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(QLabel(self.tr("Write it to:")))
        layout.addWidget(self.chooser)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.write_button.setEnabled(self.chooser.current() is not None)

    def write(self) -> None:
        destination = self.chooser.current()
        if destination is None:
            return
        password = self.password.text()
        if password != self.repeated.text():
            self._failed_text(self.tr("The two passwords are not the same; type them again."))
            return
        backups = self._backups
        coloured(self.status, HINT_COLOUR).setText(self.tr("Writing…"))
        if self._runner is None:
            try:
                self._done(backups.to_stick(destination.folder, password))
            except Exception as error:  # every refusal is said; nothing is left half-written
                self._failed(error)
            return
        self._runner.run(
            self.tr("Writing the backup to the stick…"),
            lambda progress, _cancel: backups.to_stick(destination.folder, password, progress),
            self._done,
            self._failed,
        )

    def _done(self, written: StickBackup) -> None:
        self.password.clear()
        self.repeated.clear()
        coloured(self.status, DONE_COLOUR).setText(
            self.tr(
                "Done: {file} ({size}) was written to {folder} and read back correctly. Remove "
                "the stick safely and keep it apart from this computer."
            ).format(
                file=written.path.name,
                size=size_words(written.path.stat().st_size),
                folder=written.path.parent,
            )
        )

    def _failed(self, error: BaseException) -> None:
        self._failed_text(describe_backup_error(error))

    def _failed_text(self, text: str) -> None:
        coloured(self.status, PROBLEM_COLOUR).setText(text)
        inform(self, self.windowTitle(), text, warning=True)
