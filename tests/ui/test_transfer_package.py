"""A member's transfer between communes through the window: in the transfers tab the sending
commune writes the transfer package for the commune chosen; the receiving commune applies it and,
when the letter is presented, chooses the cell the member joins."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sync_sites import MOVER, fingerprint, import_all, opened, three_offices, transfer_out

from chibo_desktop.domain.enums import MemberStatus
from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.services.workspace import Workspace
from chibo_desktop.ui.dialogs.sync_export_dialog import SyncExportDialog
from chibo_desktop.ui.tabs.transfers_tab import TransfersTab
from chibo_desktop.ui.widgets.drive_chooser import Destination


def transfers_tab(qtbot: QtBot, ws: Workspace, write_package: object = None) -> TransfersTab:
    tab = TransfersTab(
        ws.transfers,
        ws.members,
        ws.units,
        lambda _changes: tab.refresh(),
        write_package=write_package,  # type: ignore[arg-type]
    )
    qtbot.addWidget(tab)
    return tab


def test_the_transfer_package_is_written_from_the_tab_and_the_member_arrives(
    tmp_path: Path, chibo_home: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    places = three_offices(tmp_path)
    sending, receiving, usb = places["sending"], places["receiving"], places["usb"]
    transfer_out(sending)
    written = []
    with opened(sending) as ws:
        # Given the transfers tab at Tân Lập, the transfer out chosen
        def write(transfer: object) -> None:
            dialog = SyncExportDialog(
                ws.sync, None, lambda: [Destination(usb, "KINGSTON", 10**9)], transfer=transfer
            )
            qtbot.addWidget(dialog)
            assert dialog.commune.currentText().endswith("Hòa Bình")
            with qtbot.waitSignal(dialog.exported) as done:
                dialog.write_button.click()
            written.append(done.args[0].path)
            if os.environ.get("CHIBO_SHOTS"):
                dialog.grab().save("/tmp/shots/transfer_package.png")

        tab = transfers_tab(qtbot, ws, write)
        assert tab.package_button.isVisibleTo(tab) and not tab.package_button.isEnabled()
        tab.table.selectRow(0)
        assert tab.package_button.isEnabled()

        # When the clerk writes the package
        tab.package_button.click()
    [package] = written
    assert package.exists() and package.name.startswith("chibo-transfer-")

    # Then Hòa Bình applies it and records the letter, choosing the cell
    [applied] = import_all(receiving, [package], {fingerprint(sending)})
    assert applied.applied
    monkeypatch.setattr(
        "chibo_desktop.ui.tabs.transfers_tab.ask_date", lambda *a: date(2026, 9, 15)
    )
    monkeypatch.setattr(
        "chibo_desktop.ui.tabs.transfers_tab.QInputDialog.getItem",
        lambda *a: ("Chi bộ thôn 2 xã Hòa Bình", True),
    )
    with opened(receiving) as ws:
        tab = transfers_tab(qtbot, ws)
        assert not tab.package_button.isVisibleTo(tab)
        tab.table.selectRow(0)
        assert tab.arrived_button.isEnabled()
        tab.arrived_button.click()
        mover = next(m for m in ws.members.page(MemberQuery(), 0, 100) if m.full_name == MOVER)
        assert mover.status is MemberStatus.ACTIVE
        assert ws.units.get(mover.unit_id).name == "Chi bộ thôn 2 xã Hòa Bình"
