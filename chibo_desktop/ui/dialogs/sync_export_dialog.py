"""Gửi dữ liệu lên cấp trên: write a package for the upper level onto a USB stick; and at the upper
level, Gửi quyết định xuống xã: its decisions on a commune's levels, for that commune.

The sticks plugged in are listed (``DriveChooser``), or any other folder chosen. The package is
written under a temporary name, synced, renamed and read back before the dialog says it is done,
with the file's name and what it holds.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from chibo_desktop.domain.dates import format_date
from chibo_desktop.domain.entities import Transfer
from chibo_desktop.domain.enums import SiteRole
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.sync import ExportResult, SyncService
from chibo_desktop.ui.dialogs.message_box import inform
from chibo_desktop.ui.operations import BackgroundRunner, show_error
from chibo_desktop.ui.sync_texts import describe_sync_refusal
from chibo_desktop.ui.widgets.drive_chooser import Destination, DriveChooser
from chibo_desktop.ui.widgets.readable import (
    DONE_COLOUR,
    HINT_COLOUR,
    PROBLEM_COLOUR,
    coloured,
    message,
)


class SyncExportDialog(QDialog):
    exported = Signal(object)  # the ExportResult

    def __init__(
        self,
        sync: SyncService,
        runner: BackgroundRunner | None,
        destinations: Callable[[], list[Destination]],
        parent: QWidget | None = None,
        decisions: bool = False,
        transfer: Transfer | None = None,
    ) -> None:
        super().__init__(parent)
        self._sync = sync
        self._runner = runner
        self._decisions = decisions
        self._transfer = transfer
        if transfer is not None:
            self.setWindowTitle(self.tr("Write the transfer package"))
        elif decisions:
            self.setWindowTitle(self.tr("Send decisions down to a commune"))
        else:
            self.setWindowTitle(self.tr("Send data to the upper level"))
        to_commune = decisions or transfer is not None
        self.setMinimumWidth(620)
        upper = sync.upper()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.commune = QComboBox()
        communes = [p for p in sync.peers() if p.role is SiteRole.COMMUNE] if to_commune else []
        for peer in communes:
            self.commune.addItem(peer.name, peer.site_id)
        self.commune.setVisible(to_commune)
        if transfer is not None:
            self.intro.setText(
                self.tr(
                    "The package holds the record and history of the member moving to "
                    "{organisation}, sealed for the commune chosen below: only it can read the "
                    "package. That commune "
                    "applies it (Receive data) and takes the member onto its roll when the "
                    "letter is presented."
                ).format(organisation=transfer.other_organisation or "—")
                if communes
                else self.tr(
                    "Install the enrolment file of the commune the member moves to first "
                    "(Data exchange → Install an enrolment file)."
                )
            )
        elif decisions:
            self.intro.setText(
                self.tr(
                    "The package holds this office's decisions on the chosen commune's levels "
                    "and its cells' (all of them: the commune keeps the newest). Receipts carry "
                    "them down too."
                )
                if communes
                else self.tr(
                    "No commune has sent a package here yet: decisions go to the communes whose "
                    "data this office holds."
                )
            )
        elif upper is None:
            self.intro.setText(
                self.tr(
                    "This office has no upper level to send to yet. Install the upper level's "
                    "enrolment file first (menu Data exchange)."
                )
            )
        elif upper.last_receipt_at is None:
            self.intro.setText(
                self.tr(
                    "The package for {upper} will hold all this office's data: no receipt has "
                    "come back from it yet."
                ).format(upper=upper.name)
            )
        else:
            self.intro.setText(
                self.tr(
                    "The package for {upper} will hold what changed since it last confirmed "
                    "receiving our data, on {date}."
                ).format(upper=upper.name, date=format_date(upper.last_receipt_at.date()))
            )
        self.where = QLabel(self.tr("Write it to:"))
        self._ready = bool(communes) if to_commune else upper is not None
        self.chooser = DriveChooser(destinations, ready=self._ready)
        self.full = QCheckBox(self.tr("Send &everything, not only the changes"))
        self.status = message(HINT_COLOUR)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.write_button = self.buttons.addButton(
            self.tr("&Write to the stick"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.write_button.clicked.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        self.chooser.changed.connect(self._update_buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.commune)
        layout.addWidget(self.where)
        layout.addWidget(self.chooser)
        layout.addWidget(self.full)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.full.setVisible(not to_commune)
        self.full.setEnabled(self._ready)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.write_button.setEnabled(self._ready and self.chooser.current() is not None)

    # -- writing ----------------------------------------------------------------------------------
    def write(self) -> None:
        destination = self.chooser.current()
        if destination is None:
            return
        full = self.full.isChecked()
        commune = self.commune.currentData()
        sync = self._sync

        def work() -> ExportResult:
            if self._transfer is not None:
                return sync.write_transfer(self._transfer.id, commune, destination.folder)
            if self._decisions:
                return sync.send_decisions(commune, destination.folder)
            return sync.export(destination.folder, full=full)

        coloured(self.status, HINT_COLOUR).setText(self.tr("Writing…"))
        if self._runner is None:
            try:
                self._done(work())
            except OperationRefused as refused:
                self._failed(refused)
            return
        self._runner.run(
            self.tr("Writing the package to the stick…"),
            lambda _progress, _cancel: work(),
            self._done,
            self._failed,
        )

    def _done(self, result: ExportResult) -> None:
        records = sum(result.header.counts.values())
        coloured(self.status, DONE_COLOUR).setText(
            self.tr(
                "Done: package {number} was written to {path} and read back correctly. It holds "
                "{records} records. Remove the stick safely, then take it to {upper}."
            ).format(
                number=result.header.sequence,
                path=result.path,
                records=records,
                upper=result.recipient.name,
            )
        )
        self.exported.emit(result)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, OperationRefused):
            self.status.clear()
            show_error(self, error)
            return
        text = describe_sync_refusal(error.code, **error.params)
        coloured(self.status, PROBLEM_COLOUR).setText(text)
        inform(self, self.windowTitle(), text, warning=True)
