"""Các cơ quan trao đổi dữ liệu: the offices this one exchanges packages with.

At the upper level: each commune, when its newest package was made, the package numbers that never
arrived, and its key (fingerprint and state), with the communes that have sent nothing for longer
than a chosen number of days marked. A lost or stolen key is revoked here. At a commune: its upper
level, and when it last confirmed our data.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chibo_desktop import paths
from chibo_desktop.domain.dates import format_date
from chibo_desktop.domain.enums import SiteRole
from chibo_desktop.domain.sync import KeyState, Peer, PeerKey
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.sync import SyncService
from chibo_desktop.ui.dialogs.message_box import confirm
from chibo_desktop.ui.screen_fit import fit_to_screen
from chibo_desktop.ui.sync_texts import describe_sync_refusal, display_fingerprint
from chibo_desktop.ui.widgets.readable import PROBLEM_COLOUR, message

if TYPE_CHECKING:
    from chibo_desktop.reports.fingerprint_sheet import FingerprintSheetText

SILENT_DAYS_KEY = "sync/silent_after_days"
DEFAULT_SILENT_DAYS = 35
_LATE = QColor("#fde2e1")


def silent_after_days() -> int:
    """How long a commune may send nothing before the upper level points it out."""
    value = _settings().value(SILENT_DAYS_KEY, DEFAULT_SILENT_DAYS)
    try:
        return max(1, int(value))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return DEFAULT_SILENT_DAYS


def _settings() -> QSettings:
    return QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)


class PeersDialog(QDialog):
    changed = Signal()  # a key was revoked, or the number of days changed

    NAME, UNIT, LAST, MISSING, FINGERPRINT, KEY = range(6)

    def __init__(
        self, sync: SyncService, parent: QWidget | None = None, now: datetime | None = None
    ) -> None:
        super().__init__(parent)
        self._sync = sync
        self._now = now or datetime.now(UTC)
        self.setWindowTitle(self.tr("Offices exchanging data"))
        fit_to_screen(self, 1000, 460)
        self.own = QLabel(
            self.tr("This office's key fingerprint: {fingerprint}").format(
                fingerprint=sync.fingerprint()
            )
        )
        self.own.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.days = QSpinBox()
        self.days.setRange(1, 365)
        self.days.setValue(silent_after_days())
        self.days.setSuffix(self.tr(" days"))
        self.days.valueChanged.connect(self._days_changed)
        days_row = QHBoxLayout()
        days_label = QLabel(self.tr("&Point out communes that sent nothing for more than"))
        days_label.setBuddy(self.days)
        days_row.addWidget(days_label)
        days_row.addWidget(self.days)
        days_row.addStretch(1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Office"),
                self.tr("Unit code"),
                self.tr("Newest package"),
                self.tr("Packages missing"),
                self.tr("Key fingerprint"),
                self.tr("Key"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (self.UNIT, self.LAST, self.MISSING, self.FINGERPRINT, self.KEY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(
            self.tr(
                "No office yet. A commune appears here with its first package; a commune's upper "
                "level, once its enrolment file is installed."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.revoke_button = QPushButton(self.tr("&Revoke this key…"))
        self.revoke_button.setToolTip(
            self.tr("A lost or stolen key: its packages are refused from now on.")
        )
        self.revoke_button.clicked.connect(self._revoke)
        self.print_button = QPushButton(self.tr("&Print this office's fingerprint…"))
        self.print_button.setToolTip(
            self.tr("One signed page for the offices you exchange data with to compare.")
        )
        self.print_button.clicked.connect(self._print_fingerprint)
        self.new_keys_button = QPushButton(self.tr("Make &new keys for this office…"))
        self.new_keys_button.setToolTip(
            self.tr("When this computer's keys may have been copied, or the computer is replaced.")
        )
        self.new_keys_button.clicked.connect(self._new_keys)
        self.problem = message(PROBLEM_COLOUR)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.own)
        layout.addLayout(days_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.revoke_button)
        actions.addWidget(self.print_button)
        actions.addWidget(self.new_keys_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        peers = self._sync.peers()
        self._rows: list[tuple[Peer, PeerKey | None]] = []
        self.table.setRowCount(0)
        days = self.days.value()
        since = self._now - timedelta(days=days)
        late = 0
        for peer in peers:
            keys = self._sync.peer_keys(peer.site_id)
            key = next((k for k in keys if k.state is KeyState.ACTIVE), keys[0] if keys else None)
            silent = peer.role is SiteRole.COMMUNE and (
                peer.last_package_at is None or peer.last_package_at < since
            )
            late += silent
            self._add_row(peer, key, silent)
        self.table.setVisible(bool(peers))
        self.empty.setVisible(not peers)
        communes = sum(p.role is SiteRole.COMMUNE for p in peers)
        if communes:
            sentence = (
                self.tr("{late} of {count} communes sent nothing for more than {days} days.")
                if late
                else self.tr("Every commune sent data within the last {days} days.")
            )
            self.summary.setText(sentence.format(late=late, count=communes, days=days))
        else:
            self.summary.clear()
        self.table.resizeRowsToContents()
        self._update_buttons()

    def _add_row(self, peer: Peer, key: PeerKey | None, silent: bool) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._rows.append((peer, key))
        if peer.role is SiteRole.UPPER:
            last = (
                self.tr("confirmed our data on {date}").format(
                    date=format_date(peer.last_receipt_at.date())
                )
                if peer.last_receipt_at
                else self.tr("no receipt yet")
            )
        else:
            last = (
                format_date(peer.last_package_at.date())
                if peer.last_package_at
                else self.tr("nothing yet")
            )
        states = {
            KeyState.ACTIVE: self.tr("in use"),
            KeyState.REPLACED: self.tr("replaced"),
            KeyState.REVOKED: self.tr("revoked"),
        }
        cells = [
            peer.name,
            peer.unit_code,
            last,
            ", ".join(str(n) for n in peer.missing_sequences),
            display_fingerprint(key) if key else "",
            states[key.state] if key else "",
        ]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if silent:
                item.setBackground(QBrush(_LATE))
            self.table.setItem(row, column, item)

    def _selected(self) -> tuple[Peer, PeerKey | None] | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self._selected()
        self.revoke_button.setEnabled(
            chosen is not None and chosen[1] is not None and chosen[1].state is KeyState.ACTIVE
        )

    def _revoke(self) -> None:
        chosen = self._selected()
        if chosen is None or chosen[1] is None:
            return
        peer, key = chosen
        if not self._confirm_revoke(peer):
            return
        try:
            self._sync.revoke_key(peer.site_id, key.fingerprint)
        except OperationRefused as refused:
            self.problem.setText(describe_sync_refusal(refused.code, **refused.params))
            return
        self.problem.clear()
        self.refresh()
        self.changed.emit()

    def _print_fingerprint(self) -> None:
        target = self._ask_sheet_file()
        if target is None:
            return
        try:
            self._sync.write_fingerprint_sheet(target, self.sheet_words())
        except OperationRefused as refused:
            self.problem.setText(describe_sync_refusal(refused.code, **refused.params))
            return
        self.problem.clear()
        self.own.setText(
            self.tr(
                "This office's key fingerprint: {fingerprint} (sheet written to {path})"
            ).format(fingerprint=self._sync.fingerprint(), path=target)
        )

    def _new_keys(self) -> None:
        if not self._confirm_new_keys():
            return
        keys = self._sync.replace_keys()
        self.own.setText(
            self.tr(
                "New keys made. This office's key fingerprint is now {fingerprint}: print the "
                "sheet again and give it to the offices you exchange data with."
            ).format(fingerprint=keys.display_fingerprint)
        )
        self.changed.emit()

    def _confirm_new_keys(self) -> bool:
        return confirm(
            self,
            self.tr("Make new keys"),
            self.tr(
                "Make new keys for this office? Every office you exchange data with will be asked "
                "to check the new fingerprint before it accepts your next package."
            ),
            self.tr("Make new keys"),
        )

    def _ask_sheet_file(self) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the fingerprint sheet"), "dau-van-tay-khoa.pdf", "PDF (*.pdf)"
        )
        return Path(chosen) if chosen else None

    def sheet_words(self) -> FingerprintSheetText:
        # The printing modules (ReportLab) load with the first sheet, not with the window.
        from chibo_desktop.reports.fingerprint_sheet import FingerprintSheetText
        from chibo_desktop.reports.party_document import Signature

        return FingerprintSheetText(
            title=self.tr("Key fingerprint for exchanging data"),
            office_line=self.tr("Office: {office}"),
            unit_line=self.tr("Organisation: {unit} (code {code})"),
            explanation=self.tr(
                "Packages of data that this office sends on a USB stick are signed with its key. "
                "Before accepting its first package, the receiving office compares the "
                "fingerprint its program shows with the one below."
            ),
            compare=self.tr(
                "The eight groups must be exactly the same. If they differ, do not accept the "
                "package, and tell this office at once: the package may not come from it."
            ),
            signature=Signature(self.tr("On behalf of the office"), self.tr("Head of office")),
        )

    def _confirm_revoke(self, peer: Peer) -> bool:
        return confirm(
            self,
            self.tr("Revoke the key"),
            self.tr(
                "Revoke the key of {office}? Its packages will be refused until it makes new "
                "keys and you accept its next first package."
            ).format(office=peer.name),
            self.tr("Revoke"),
        )

    def _days_changed(self, days: int) -> None:
        _settings().setValue(SILENT_DAYS_KEY, days)
        self.refresh()
        self.changed.emit()
