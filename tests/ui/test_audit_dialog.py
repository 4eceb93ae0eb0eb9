"""The change log window: who changed what and when, before → after, filtered as a clerk would
(a member's name typed without tone marks, a person, a kind of change), and the empty state.
Real database file; sentences checked in English.

Set CHIBO_SHOTS to a folder to keep pictures of the window for a person to look at."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from services.conftest import member_draft

from chibo_desktop.domain.accounts import Role
from chibo_desktop.services.workspace import Workspace
from chibo_desktop.ui.dialogs.audit_dialog import AuditDialog

pytestmark = pytest.mark.usefixtures("english_sources")
WAIT_MS = 5_000


def texts(dialog: AuditDialog, column: int) -> list[str]:
    return [dialog.table.item(row, column).text() for row in range(dialog.table.rowCount())]


def test_the_change_log_shows_who_changed_what_and_filters_by_member(
    qtbot, workspace: Workspace
) -> None:
    dong = next(u for u in workspace.units.all() if u.name == "Chi bộ thôn Đông")
    # Given the clerk, who added two members and corrected one's name
    workspace.accounts.create_first_administrator("quantri", "Nguyễn Văn Quản", "Đảng ủy 2026")
    workspace.accounts.add("vanthu", "Trần Thị Thư", Role.EDITOR, "văn thư Tân Lập")
    workspace.accounts.sign_in("vanthu", "văn thư Tân Lập")
    huong = member_draft(dong.id, "Trần Thị Hường")
    workspace.members.add(huong)
    workspace.members.add(member_draft(dong.id, "Lê Văn Bảy"))
    saved = workspace.members.get(huong.id)
    assert saved is not None
    workspace.members.update(dataclasses.replace(saved, full_name="Trần Thị Hương"))

    # When the change log is opened
    dialog = AuditDialog(workspace.audit, {workspace.site.id: workspace.site.name})  # type: ignore[union-attr]
    qtbot.addWidget(dialog)
    dialog.show()

    # Then it lists everything, newest first, and the newest change's details
    assert texts(dialog, AuditDialog.WHAT)[:3] == [
        "Edit member Trần Thị Hương",
        "Add member Lê Văn Bảy",
        "Add member Trần Thị Hường",
    ]
    assert texts(dialog, AuditDialog.WHO)[:3] == ["Trần Thị Thư"] * 3
    details = dialog.details.toPlainText()
    assert "Member Trần Thị Hương: changed" in details
    assert "Full name: Trần Thị Hường → Trần Thị Hương" in details

    # When a member's name is typed without tone marks
    dialog.member.setText("tran thi huong")
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=WAIT_MS)
    assert texts(dialog, AuditDialog.WHAT) == [
        "Edit member Trần Thị Hương",
        "Add member Trần Thị Hường",
    ]
    assert "Full name: Trần Thị Hường → Trần Thị Hương" in dialog.details.toPlainText()
    QApplication.processEvents()
    if folder := os.environ.get("CHIBO_SHOTS"):
        Path(folder).mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(Path(folder) / "audit_member.png"))

    # When the kind of change is accounts, for that member nothing is left: it says so
    dialog.kind.setCurrentIndex(dialog.kind.findData("accounts"))
    assert dialog.table.rowCount() == 0
    assert dialog.empty.isVisible()
    assert dialog.empty.text() == "No change matches these filters."

    # When the member filter is cleared, the accounts' changes are listed
    dialog.member.clear()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=WAIT_MS)
    assert texts(dialog, AuditDialog.WHAT) == [
        "Add the account of Trần Thị Thư",
        "Create the first administrator, Nguyễn Văn Quản",
    ]

    # A day that cannot be read is said, and the list stays as it was
    dialog.since.edit.setText("31/02/2026")
    dialog.show_entries()
    assert dialog.problem.text() == "Write the days as dd/mm/yyyy, e.g. 01/11/2026."
    assert dialog.table.rowCount() == 2
