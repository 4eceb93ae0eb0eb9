"""Accounts as the clerks meet them: the first administrator's dialog, signing in, the window
locking itself when left alone, someone else signing in at the lock, a viewer's menus, and the
administrator's list of accounts. Real database files; sentences checked in English.

Set CHIBO_SHOTS to a folder to keep pictures of the windows for a person to look at."""

from __future__ import annotations

import os
from pathlib import Path
from uuid import UUID

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from services.conftest import member_draft

from chibo_desktop.domain.accounts import Role
from chibo_desktop.services.workspace import Workspace
from chibo_desktop.ui.dialogs.accounts_dialog import AccountFormDialog, AccountsDialog
from chibo_desktop.ui.dialogs.sign_in_dialog import FirstAdministratorDialog, SignInDialog
from chibo_desktop.ui.idle_lock import LockCurtain
from chibo_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("english_sources")

ADMIN_PASSWORD = "Đảng ủy xã 2026"
CLERK_PASSWORD = "văn thư Tân Lập"
READER_PASSWORD = "chỉ xem thôi"


def shoot(widget: QWidget, name: str) -> None:
    QApplication.processEvents()  # the layout requests the last action posted
    picture = widget.grab()
    assert not picture.isNull()
    if folder := os.environ.get("CHIBO_SHOTS"):
        Path(folder).mkdir(parents=True, exist_ok=True)
        picture.save(str(Path(folder) / f"accounts_{name}.png"))


def a_cell(workspace: Workspace) -> UUID:
    return next(u.id for u in workspace.units.all() if u.is_cell)


@pytest.fixture
def office(workspace: Workspace) -> Workspace:
    workspace.accounts.create_first_administrator("quantri", "Nguyễn Văn Quản", ADMIN_PASSWORD)
    workspace.accounts.add("vanthu", "Trần Thị Thư", Role.EDITOR, CLERK_PASSWORD)
    workspace.accounts.add("doc", "Lê Văn Đọc", Role.VIEWER, READER_PASSWORD)
    workspace.accounts.sign_out()
    return workspace


def test_the_first_administrator_types_the_password_twice(qtbot, workspace: Workspace) -> None:
    dialog = FirstAdministratorDialog(workspace.accounts)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.full_name.setText("Nguyễn Văn Quản")
    dialog.login.setText("quantri")

    # When the two passwords differ, the dialog says so and stays open
    dialog.password.setText(ADMIN_PASSWORD)
    dialog.repeated.setText(ADMIN_PASSWORD + "x")
    dialog.go_button.click()
    assert dialog.isVisible()
    assert dialog.problem.text() == "The two passwords are not the same; type them again."
    assert not workspace.accounts.any_exist()

    # … a short one is refused by the service, in words
    dialog.password.setText("ngắn")
    dialog.repeated.setText("ngắn")
    dialog.go_button.click()
    assert dialog.problem.text() == (
        "Password: at least 8 characters, so that it cannot easily be guessed."
    )
    shoot(dialog, "first_administrator")

    # Then a good one makes the account and signs it in
    dialog.password.setText(ADMIN_PASSWORD)
    dialog.repeated.setText(ADMIN_PASSWORD)
    dialog.go_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted.value
    signed_in = workspace.accounts.signed_in
    assert signed_in is not None and signed_in.role is Role.ADMINISTRATOR


def test_signing_in_says_how_many_tries_are_left(qtbot, office: Workspace) -> None:
    dialog = SignInDialog(office.accounts)
    qtbot.addWidget(dialog)
    dialog.show()
    logins = [dialog.sign_in.login.itemData(i) for i in range(dialog.sign_in.login.count())]
    assert logins == ["doc", "quantri", "vanthu"]
    dialog.sign_in.login.setCurrentIndex(2)

    dialog.sign_in.password.setText("sai rồi")
    dialog.go_button.click()
    assert dialog.isVisible() and dialog.sign_in.password.text() == ""
    assert dialog.sign_in.problem.text() == (
        "The password is wrong. 4 more tries, then the account is locked for 15 minutes."
    )
    shoot(dialog, "sign_in_wrong")

    dialog.sign_in.password.setText(CLERK_PASSWORD)
    dialog.go_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted.value
    assert office.accounts.signed_in is not None
    assert office.accounts.signed_in.login == "vanthu"


def test_the_window_locks_itself_and_nothing_gets_through_until_the_password(
    qtbot,
    office: Workspace,
) -> None:
    # Given the clerk signed in, who added a member (so Undo is on offer)
    office.accounts.sign_in("vanthu", CLERK_PASSWORD)
    window = MainWindow(office)
    qtbot.addWidget(window)
    window.show()
    window.apply_changes(office.members.add(member_draft(a_cell(office), "Phạm Văn Mới")))
    assert window.undo_action.isEnabled()
    lock = window.idle_lock
    assert lock is not None and lock._timer.isActive()
    assert lock._timer.interval() == 10 * 60_000  # the default: ten minutes

    # When the ten minutes pass with no one at the computer
    lock._timer.timeout.emit()

    # Then a curtain covers the whole window
    [curtain] = window.findChildren(LockCurtain)
    assert curtain.isVisible() and curtain.geometry() == window.rect()
    assert curtain.form is not None and curtain.form.chosen_login() == "vanthu"
    shoot(window, "locked")
    # … and Ctrl+Z does not reach the window behind it
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert office.undo.undo_label is not None

    # When a wrong password is typed on the curtain, it stays
    curtain.form.password.setText("sai")
    curtain.unlock_button.click()
    assert window.findChildren(LockCurtain) == [curtain]
    assert curtain.form.problem.text().startswith("The password is wrong. 4 more tries")

    # When the right one is typed, the window is as it was, Undo included
    curtain.form.password.setText(CLERK_PASSWORD)
    curtain.unlock_button.click()
    qtbot.waitUntil(lambda: not window.findChildren(LockCurtain))
    assert window.undo_action.isEnabled() and lock._timer.isActive()


def test_someone_else_signs_in_at_the_lock_and_the_menus_follow_the_role(
    qtbot,
    office: Workspace,
) -> None:
    office.accounts.sign_in("vanthu", CLERK_PASSWORD)
    window = MainWindow(office)
    qtbot.addWidget(window)
    window.show()
    window.apply_changes(office.members.add(member_draft(a_cell(office), "Phạm Văn Mới")))
    assert window.import_action.isEnabled() and not window.accounts_action.isEnabled()

    # When the window locks and the reader signs in on the curtain
    window.lock_window()
    [curtain] = window.findChildren(LockCurtain)
    assert curtain.form is not None
    curtain.form.login.setCurrentIndex(curtain.form.login.findData("doc"))
    curtain.form.password.setText(READER_PASSWORD)
    curtain.unlock_button.click()
    qtbot.waitUntil(lambda: not window.findChildren(LockCurtain))

    # Then the reader cannot undo the clerk's work, nor import, nor manage accounts
    assert office.undo.undo_label is None and not window.undo_action.isEnabled()
    assert not window.import_action.isEnabled()
    assert not window.new_unit_action.isEnabled()
    assert not window.accounts_action.isEnabled()
    assert window.account_label.text() == "Signed in: Lê Văn Đọc (viewer)"
    shoot(window, "viewer")


def test_the_administrator_adds_an_account_from_the_list(qtbot, office: Workspace) -> None:
    office.accounts.sign_in("quantri", ADMIN_PASSWORD)
    dialog = AccountsDialog(office.accounts)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [dialog.table.item(r, AccountsDialog.LOGIN).text() for r in range(3)] == [
        "doc",
        "quantri",
        "vanthu",
    ]
    assert dialog.table.item(1, AccountsDialog.STATE).text() == "In use (you)"

    form = AccountFormDialog(office.accounts, None, dialog)
    qtbot.addWidget(form)
    form.full_name.setText("Hoàng Thị Thủy")
    form.login.setText("thuy")
    form.role.setCurrentIndex(form.role.findData(Role.VIEWER))
    form.password.setText("mật khẩu của Thủy")
    form.repeated.setText("mật khẩu của Thủy")
    form.go_button.click()
    assert form.result() == form.DialogCode.Accepted.value
    dialog.show_accounts()
    rows = {
        dialog.table.item(r, AccountsDialog.LOGIN).text(): dialog.table.item(
            r, AccountsDialog.ROLE
        ).text()
        for r in range(dialog.table.rowCount())
    }
    assert rows["thuy"] == "Viewer"
    shoot(dialog, "list")
