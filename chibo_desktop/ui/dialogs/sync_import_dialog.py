"""Nhận dữ liệu: check the packages a USB stick brought, then apply them.

The person chooses package files or a whole folder; each package is checked and what applying it
would do is listed (a dry run that changes nothing). A first package from an office waits until
the person ticks that its key fingerprint is the one the sender read out or printed. Apply takes
a backup, applies each package in its own transaction and writes a receipt for each sender beside
its package; the rows then say what was done and the line below the table where the receipts are.
Cancel in the progress window stops after the package under way: the rows say which were applied
and which not, and Apply carries on with the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chibo_desktop.domain.dates import format_date
from chibo_desktop.domain.progress import CancelToken, Progress
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.sync import ImportResult, PackagePreview, PackageStatus, SyncService
from chibo_desktop.sync.package import PACKAGE_SUFFIX, PackageKind
from chibo_desktop.ui.operations import BackgroundRunner, show_error
from chibo_desktop.ui.screen_fit import fit_to_screen
from chibo_desktop.ui.sync_texts import describe_sync_refusal
from chibo_desktop.ui.widgets.readable import (
    DONE_COLOUR,
    HINT_COLOUR,
    PROBLEM_COLOUR,
    coloured,
    make_readable,
    message,
)

# A package for another office (a receipt this office wrote for a commune, a package it sent up)
# is no fault of the stick's: said in grey rather than red.
_NOT_FOR_US = "wrong_recipient"
# Shares of the table's width for the columns sized by hand; "What it does" takes the rest.
_FILE_SHARE, _SENDER_SHARE = 0.2, 0.18
_BOX_MARGIN = 6
_HEADER_PADDING = 4
# File names have no spaces: a zero-width space after each hyphen lets them wrap there.
_BREAK = "\u200b"


def refused(preview: PackagePreview) -> bool:
    """Whether the package was refused. A first package whose signature does not match is still
    marked as waiting for its fingerprint, with the refusal's code beside: refused all the same."""
    return preview.status == PackageStatus.REJECTED or bool(preview.rejection)


def _local_date(moment: datetime | None) -> str:
    """The day on this computer's calendar (packages are stamped in UTC)."""
    return format_date(moment.astimezone().date()) if moment else ""


class SyncImportDialog(QDialog):
    """``imported`` is emitted once anything was applied: the main window then reloads."""

    imported = Signal()

    FILE, SENDER, NUMBER, MADE_ON, WHAT, CHECKED = range(6)

    def __init__(
        self,
        sync: SyncService,
        runner: BackgroundRunner | None,
        parent: QWidget | None = None,
        start_folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._sync = sync
        self._runner = runner
        self._start_folder = start_folder
        self.paths: list[Path] = []
        self.previews: list[PackagePreview] = []
        self.results: dict[Path, ImportResult] = {}  # what Apply did, by package file
        self.stopped: set[Path] = set()  # not reached by an Apply that was cancelled
        self.checked: set[str] = set()  # display fingerprints ticked as checked with the sender
        self._busy = False
        self.setWindowTitle(self.tr("Receive data"))

        intro = QLabel(
            self.tr(
                "Choose the package files (*.chibo) from the USB stick, or a whole folder. "
                "Nothing is changed until you press Apply."
            )
        )
        intro.setWordWrap(True)
        self.files_button = QPushButton(self.tr("Choose &files…"))
        self.files_button.clicked.connect(self.choose_files)
        self.folder_button = QPushButton(self.tr("Choose a &folder…"))
        self.folder_button.clicked.connect(self.choose_folder)
        choose_row = QHBoxLayout()
        choose_row.addWidget(self.files_button)
        choose_row.addWidget(self.folder_button)
        choose_row.addStretch(1)

        self.problem = message(PROBLEM_COLOUR)
        self.problem.hide()
        self.advice = QLabel(
            self.tr(
                "A first package from an office is applied only after you have compared its key "
                "fingerprint with the one the sender printed or read out to you. When they are "
                "the same, tick “Checked” on its row."
            )
        )
        self.advice.setWordWrap(True)
        self.advice.hide()

        self.empty = coloured(QLabel(), HINT_COLOUR)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setText(
            self.tr(
                "No package chosen yet. Put the USB stick in, then press “Choose files…” or "
                "“Choose a folder…”. Each package will be listed here with what it brings."
            )
        )
        self.table = self._make_table()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)

        self.summary = message(DONE_COLOUR)
        self.summary.hide()
        self.warning = message(PROBLEM_COLOUR)
        self.warning.hide()

        self.buttons = QDialogButtonBox()
        self.apply_button = self.buttons.addButton(
            self.tr("&Apply"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(
            self.tr("&Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.apply_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(choose_row)
        layout.addWidget(self.problem)
        layout.addWidget(self.advice)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 1000, 620)
        make_readable(self)
        self._refresh_buttons()

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, 6)
        table.setHorizontalHeaderLabels(
            [
                self.tr("File"),
                self.tr("Sent by"),
                self.tr("Package no."),
                self.tr("Made on"),
                self.tr("What it does"),
                self.tr("Fingerprint checked"),
            ]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setWordWrap(True)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = table.horizontalHeader()
        header.setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
        )
        for column in (self.FILE, self.SENDER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        for column in (self.NUMBER, self.MADE_ON):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # As wide as its boxes (sized in _size_columns): the header's words wrap.
        header.setSectionResizeMode(self.CHECKED, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(self.WHAT, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
        return table

    # -- choosing --------------------------------------------------------------------------------
    def _ask_files(self) -> list[Path]:
        """The package files the person chooses ([] when none)."""
        chosen, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose the package files"),
            str(self._start_folder or ""),
            self.tr("Chi bộ Desktop packages (*{suffix})").format(suffix=PACKAGE_SUFFIX),
        )
        return [Path(name) for name in chosen]

    def _ask_folder(self) -> Path | None:
        """The folder the person chooses (None when none)."""
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder with the packages"), str(self._start_folder or "")
        )
        return Path(chosen) if chosen else None

    def choose_files(self) -> None:
        files = self._ask_files()
        if files:
            self._start_folder = files[0].parent
            self.add_paths(files)

    def choose_folder(self) -> None:
        folder = self._ask_folder()
        if folder is None:
            return
        self._start_folder = folder
        try:
            found = sorted(
                p for p in folder.iterdir() if p.suffix == PACKAGE_SUFFIX and p.is_file()
            )
        except OSError:
            self._say_problem(describe_sync_refusal("sync.stick_removed", folder=str(folder)))
            return
        if not found:
            self._say_problem(
                self.tr("There are no package files (*{suffix}) in {folder}.").format(
                    suffix=PACKAGE_SUFFIX, folder=folder
                )
            )
            return
        self.add_paths(found)

    def add_paths(self, paths: Iterable[Path]) -> None:
        """List these packages too (after an Apply, a new list is started) and check them all."""
        if self._busy:
            return
        if self.results or self.stopped:
            self.paths, self.results, self.stopped = [], {}, set()
        for path in paths:
            path = Path(path).absolute()
            if path not in self.paths:
                self.paths.append(path)
        if not self.paths:
            return
        self.problem.hide()
        targets, sync = list(self.paths), self._sync
        self._run(
            self.tr("Checking the packages…"),
            lambda progress, cancel: sync.inspect(targets, progress=progress, cancel=cancel),
            self._inspected,
        )

    def _inspected(self, previews: list[PackagePreview]) -> None:
        self._busy = False
        self.previews = previews
        self._show_rows()

    # -- applying --------------------------------------------------------------------------------
    def can_apply(self) -> bool:
        return not self._busy and any(self._applicable(p) for p in self.previews)

    def _applicable(self, preview: PackagePreview) -> bool:
        if preview.path in self.results or refused(preview):
            return False
        if preview.status == PackageStatus.READY:
            return True
        return (
            preview.status == PackageStatus.NEEDS_CONFIRMATION
            and preview.sender_fingerprint in self.checked
        )

    def apply(self) -> None:
        if not self.can_apply():
            return
        # Packages already received go too: their receipts are written again (a lost receipt).
        paths = [
            p.path
            for p in self.previews
            if self._applicable(p)
            or (p.status == PackageStatus.ALREADY_APPLIED and p.path not in self.results)
        ]
        confirmed = set(self.checked)
        sync = self._sync

        def work(progress: Progress, cancel: CancelToken) -> list[ImportResult]:
            return sync.import_packages(
                paths, confirmed=confirmed, progress=progress, cancel=cancel
            )

        self._run(self.tr("Applying the packages…"), work, self._applied)

    def _applied(self, results: list[ImportResult]) -> None:
        self._busy = False
        for result in results:
            path = result.preview.path
            if result.preview.status == PackageStatus.NOT_STARTED:
                self.stopped.add(path)  # its row keeps what checking it found; Apply again
            else:
                self.stopped.discard(path)
                self.results[path] = result
        self.previews = [
            self.results[p.path].preview if p.path in self.results else p for p in self.previews
        ]
        self._show_rows()
        self._show_summary()
        if any(r.applied for r in results):
            self.imported.emit()
        (self.apply_button if self.can_apply() else self.close_button).setDefault(True)

    # -- running ---------------------------------------------------------------------------------
    def _run(
        self, title: str, work: Callable[[Progress, CancelToken], Any], done: Callable[[Any], None]
    ) -> None:
        self._busy = True
        self._refresh_buttons()
        if self._runner is not None:
            self._runner.run(title, work, done, self._failed)
            return
        try:
            result = work(lambda _done, _total: None, CancelToken())
        except Exception as error:  # said like the runner says it
            self._failed(error)
        else:
            done(result)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self._refresh_buttons()
        if isinstance(error, OperationRefused):
            self._say_problem(describe_sync_refusal(error.code, **error.params))
        else:
            show_error(self, error)

    def _say_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    # -- showing ---------------------------------------------------------------------------------
    def _show_rows(self) -> None:
        table = self.table
        table.setRowCount(0)
        table.setRowCount(len(self.previews))
        for row, preview in enumerate(self.previews):
            header = preview.header
            cells = {
                self.FILE: preview.path.name.replace("-", "-" + _BREAK),
                self.SENDER: header.sender_name if header else "",
                self.NUMBER: str(header.sequence) if header else "",
                self.MADE_ON: _local_date(header.created_at) if header else "",
            }
            for column, text in cells.items():
                item = QTableWidgetItem(text)
                item.setToolTip(str(preview.path) if column == self.FILE else text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                table.setItem(row, column, item)
            what, colour = self.describe(preview)
            item = QTableWidgetItem(what)
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            item.setToolTip(what)
            if colour is not None:
                item.setForeground(colour)
            table.setItem(row, self.WHAT, item)
            if self._waits_for_check(preview):
                table.setCellWidget(row, self.CHECKED, self._check_box(preview))
        self.stack.setCurrentWidget(table if self.previews else self.empty)
        waiting = any(self._waits_for_check(p) for p in self.previews)
        table.setColumnHidden(self.CHECKED, not waiting)
        self.advice.setVisible(waiting)
        if not self.results:
            self.summary.hide()
            self.warning.hide()
        self._size_columns()
        self._refresh_buttons()

    def _waits_for_check(self, preview: PackagePreview) -> bool:
        return (
            preview.status == PackageStatus.NEEDS_CONFIRMATION
            and not refused(preview)
            and preview.path not in self.results
        )

    def _check_box(self, preview: PackagePreview) -> QWidget:
        box = QCheckBox(self.tr("Checked"))
        fingerprint = preview.sender_fingerprint
        box.setChecked(fingerprint in self.checked)
        box.setToolTip(
            self.tr("Tick when the sender's fingerprint is the same: {fingerprint}").format(
                fingerprint=fingerprint
            )
        )
        box.toggled.connect(lambda on: self._tick(fingerprint, on))
        holder = QWidget()
        inner = QHBoxLayout(holder)
        inner.setContentsMargins(_BOX_MARGIN, 2, _BOX_MARGIN, 2)
        inner.addWidget(box, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return holder

    def check_box(self, row: int) -> QCheckBox | None:
        """The "Checked" box of a row waiting for its fingerprint to be checked."""
        holder = self.table.cellWidget(row, self.CHECKED)
        return holder.findChild(QCheckBox) if holder is not None else None

    def _tick(self, fingerprint: str, on: bool) -> None:
        """Every package from the same office follows its first: one key, one check."""
        if on:
            self.checked.add(fingerprint)
        else:
            self.checked.discard(fingerprint)
        for row, preview in enumerate(self.previews):
            box = self.check_box(row)
            if box is not None and preview.sender_fingerprint == fingerprint:
                box.blockSignals(True)
                box.setChecked(on)
                box.blockSignals(False)
        self._refresh_buttons()

    def describe(self, preview: PackagePreview) -> tuple[str, QColor | None]:
        """What the package does (or did), and the colour to say it in."""
        result = self.results.get(preview.path)
        if refused(preview):
            name = preview.path.name
            text = describe_sync_refusal(
                preview.rejection, **{"file": name, **preview.rejection_params}
            )
            if text.startswith(name + ": "):  # the row names the file already
                text = text[len(name) + 2 :]
                text = text[:1].upper() + text[1:]
            return text, HINT_COLOUR if preview.rejection == _NOT_FOR_US else PROBLEM_COLOUR
        if self._not_reached(preview):
            return self.tr("Not applied (stopped)."), None
        if preview.status == PackageStatus.NOT_STARTED:
            return self.tr("Not checked (stopped). Add it again to check it."), HINT_COLOUR
        if preview.status == PackageStatus.ALREADY_APPLIED:
            return self.tr("Already received on {date} — nothing changes.").format(
                date=_local_date(preview.applied_on)
            ), None
        if preview.status == PackageStatus.NEEDS_CONFIRMATION:
            return self.tr(
                "First package from this office: check its key fingerprint {fingerprint} with "
                "the sender."
            ).format(fingerprint=preview.sender_fingerprint), None
        header = preview.header
        receipt = header is not None and header.kind is PackageKind.RECEIPT
        applied = result is not None and result.applied
        if preview.outcome is None:
            if receipt:
                text = (
                    self.tr("Applied: the upper level confirms it holds this office's data.")
                    if applied
                    else self.tr("A receipt from the upper level: ready to apply.")
                )
            else:
                text = self.tr("Applied.") if applied else self.tr("Ready to apply.")
            return text, DONE_COLOUR if applied else None
        counts = self.tr(
            "{new} new, {updated} updated, {unchanged} unchanged, {conflicts} conflicts"
        ).format(
            new=preview.outcome.new,
            updated=preview.outcome.updated,
            unchanged=preview.outcome.unchanged,
            conflicts=len(preview.outcome.conflicts),
        )
        if applied:
            return self.tr("Applied: {counts}.").format(counts=counts), DONE_COLOUR
        return self.tr("Will apply: {counts}.").format(counts=counts), None

    def _not_reached(self, preview: PackagePreview) -> bool:
        """A package a cancelled Apply stopped before, which applying would change something
        with (one received before stays "already received")."""
        return preview.path in self.stopped and self._applicable(preview)

    def _show_summary(self) -> None:
        results = list(self.results.values())
        applied = [r for r in results if r.applied]
        lines = [
            self.tr("Packages applied: {count}.").format(count=len(applied))
            if applied
            else self.tr("Nothing new was applied.")
        ]
        folders = sorted({str(r.receipt.parent) for r in results if r.receipt is not None})
        if folders:
            lines.append(
                self.tr(
                    "Receipts for the senders were written to {folder}: take them back on the "
                    "stick."
                ).format(folder=", ".join(folders))
            )
        not_reached = sum(1 for p in self.previews if self._not_reached(p))
        if not_reached:
            lines.append(
                self.tr(
                    "Stopped before {count} packages: they were not applied. Press Apply to "
                    "apply them."
                ).format(count=not_reached)
            )
        self.summary.setText(" ".join(lines))
        self.summary.show()
        problems = []
        for result in applied:
            missing = result.preview.missing_sequences
            if missing and result.preview.header is not None:
                problems.append(
                    self.tr(
                        "Packages {numbers} from {sender} never arrived: ask it for a full package."
                    ).format(
                        numbers=", ".join(str(n) for n in missing),
                        sender=result.preview.header.sender_name,
                    )
                )
        bad = sum(1 for p in self.previews if refused(p) and p.rejection != _NOT_FOR_US)
        if bad:
            problems.append(
                self.tr("Packages refused: {count} (see the red lines above).").format(count=bad)
            )
        self.warning.setText("\n".join(problems))
        self.warning.setVisible(bool(problems))

    def _size_columns(self) -> None:
        boxes = [b for row in range(self.table.rowCount()) if (b := self.check_box(row))]
        if boxes:
            widest = max(b.sizeHint().width() for b in boxes)
            self.table.setColumnWidth(self.CHECKED, widest + 2 * _BOX_MARGIN + 4)
        width = self.table.viewport().width()
        self.table.setColumnWidth(self.FILE, int(width * _FILE_SHARE))
        self.table.setColumnWidth(self.SENDER, int(width * _SENDER_SHARE))
        self.table.resizeRowsToContents()
        self._fit_header()

    def _fit_header(self) -> None:
        """The header as tall as its most wrapped title (Qt sizes it for one line)."""
        header = self.table.horizontalHeader()
        metrics = QFontMetrics(header.font())
        tallest = max(
            metrics.boundingRect(
                QRect(0, 0, max(header.sectionSize(column) - 2 * _HEADER_PADDING, 1), 10_000),
                int(Qt.TextFlag.TextWordWrap),
                self.table.horizontalHeaderItem(column).text(),
            ).height()
            for column in range(self.table.columnCount())
            if not header.isSectionHidden(column)
        )
        header.setMinimumHeight(tallest + 2 * _HEADER_PADDING)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.previews:
            self._size_columns()

    def _refresh_buttons(self) -> None:
        self.apply_button.setEnabled(self.can_apply())
        self.files_button.setEnabled(not self._busy)
        self.folder_button.setEnabled(not self._busy)

    def done(self, result: int) -> None:
        if self._runner is not None:
            self._runner.wait()  # never close while the worker still applies
        super().done(result)
