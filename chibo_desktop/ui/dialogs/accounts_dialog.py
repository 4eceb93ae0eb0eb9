"""The administrator's list of accounts: add one, change someone's name or role, stop an
account, set a new password for someone who forgot theirs; and after how many idle minutes the
window locks itself."""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import UUID

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from chibo_desktop.domain.accounts import MIN_PASSWORD_LENGTH, Account, Role
from chibo_desktop.services.accounts import AccountService
from chibo_desktop.ui.dialogs.sign_in_dialog import (
    SmallAccountDialog,
    password_field,
    show_typing,
)
from chibo_desktop.ui.idle_lock import MAX_IDLE_MINUTES, idle_minutes, set_idle_minutes
from chibo_desktop.ui.messages import ROLES, label
from chibo_desktop.ui.screen_fit import fit_to_screen
from chibo_desktop.ui.widgets.readable import HINT_COLOUR, PROBLEM_COLOUR, hint, make_readable


class AccountsDialog(QDialog):
    idle_changed = Signal(int)  # minutes

    NAME, LOGIN, ROLE, STATE = range(4)

    def __init__(self, accounts: AccountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self.setWindowTitle(self.tr("Accounts"))
        fit_to_screen(self, 820, 440)
        make_readable(self)
        intro = hint(
            self.tr(
                "Each person who uses this computer signs in with their own account, so that "
                "the change log says who did what. An editor changes the data; a viewer only "
                "reads and prints; an administrator also manages the accounts."
            )
        )
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Full name"), self.tr("Sign-in name"), self.tr("Role"), self.tr("State")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            self.NAME, QHeaderView.ResizeMode.Stretch
        )
        self.table.itemSelectionChanged.connect(self._refresh_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected())

        self.add_button = QPushButton(self.tr("&Add an account…"))
        self.edit_button = QPushButton(self.tr("&Change…"))
        self.password_button = QPushButton(self.tr("Set a new &password…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.password_button.clicked.connect(self.set_password_of_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.password_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.idle = QSpinBox()
        self.idle.setRange(0, MAX_IDLE_MINUTES)
        self.idle.setSpecialValueText(self.tr("never"))
        self.idle.setSuffix(self.tr(" minutes"))
        self.idle.setValue(idle_minutes())
        self.idle.valueChanged.connect(self._idle_changed)
        idle_row = QHBoxLayout()
        idle_label = QLabel(self.tr("&Lock the window after it is not used for"))
        idle_label.setBuddy(self.idle)
        idle_row.addWidget(idle_label)
        idle_row.addWidget(self.idle)
        idle_row.addStretch(1)

        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addLayout(idle_row, 1)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(bottom)
        self.show_accounts()

    def show_accounts(self, select: UUID | None = None) -> None:
        now = datetime.now(UTC)
        self._shown = self._accounts.all()
        self.table.setRowCount(len(self._shown))
        for row, account in enumerate(self._shown):
            state, colour = self._state(account, now)
            cells = {
                self.NAME: account.full_name,
                self.LOGIN: account.login,
                self.ROLE: label(ROLES, account.role),
                self.STATE: state,
            }
            for column, text in cells.items():
                item = QTableWidgetItem(text)
                if column == self.STATE and colour is not None:
                    item.setForeground(colour)
                self.table.setItem(row, column, item)
            if account.id == select:
                self.table.selectRow(row)
        for column in (self.LOGIN, self.ROLE, self.STATE):
            self.table.resizeColumnToContents(column)
        self._refresh_buttons()

    def _state(self, account: Account, now: datetime) -> tuple[str, object]:
        signed_in = self._accounts.signed_in
        if account.disabled:
            return self.tr("Stopped"), HINT_COLOUR
        if account.locked_at(now):
            until = account.locked_until.astimezone() if account.locked_until else now
            return self.tr("Locked until {time}").format(time=f"{until:%H:%M}"), PROBLEM_COLOUR
        if signed_in is not None and signed_in.id == account.id:
            return self.tr("In use (you)"), None
        return self.tr("In use"), None

    def selected(self) -> Account | None:
        rows = self.table.selectionModel().selectedRows()
        return self._shown[rows[0].row()] if rows else None

    def _refresh_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.password_button.setEnabled(chosen)

    def add(self) -> None:
        form = AccountFormDialog(self._accounts, None, self)
        if form.exec():
            self.show_accounts(form.saved.id if form.saved else None)

    def edit_selected(self) -> None:
        account = self.selected()
        if account is None:
            return
        form = AccountFormDialog(self._accounts, account, self)
        if form.exec():
            self.show_accounts(account.id)

    def set_password_of_selected(self) -> None:
        account = self.selected()
        if account is None:
            return
        if NewPasswordDialog(self._accounts, account, self).exec():
            self.show_accounts(account.id)

    def _idle_changed(self, minutes: int) -> None:
        set_idle_minutes(minutes)
        self.idle_changed.emit(minutes)


class AccountFormDialog(SmallAccountDialog):
    """A new account (name, sign-in name, role, first password), or someone's name, role and
    whether they may still sign in."""

    def __init__(
        self, accounts: AccountService, account: Account | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("New account") if account is None else self.tr("Change an account"),
            self.tr(
                "Give the person their sign-in name and first password; they can change the "
                "password themselves later (menu Account)."
            )
            if account is None
            else self.tr("The sign-in name stays as it is."),
            self.tr("&Save"),
            parent,
        )
        self._accounts = accounts
        self._account = account
        self.saved: Account | None = None
        self.full_name = QLineEdit(account.full_name if account else "")
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(label(ROLES, role), role)
        self.role.setCurrentIndex(self.role.findData(account.role if account else Role.EDITOR))
        self.form.addRow(self.tr("&Full name"), self.full_name)
        if account is None:
            self.login = QLineEdit()
            self.password = password_field()
            self.repeated = password_field()
            self.show_box = QCheckBox(self.tr("&Show what I type"))
            show_typing(self.show_box, self.password, self.repeated)
            self.form.addRow(self.tr("Sign-in &name"), self.login)
            self.form.addRow(self.tr("&Role"), self.role)
            self.form.addRow(self.tr("&Password"), self.password)
            self.form.addRow(self.tr("&Repeat the password"), self.repeated)
            self.form.addRow("", self.show_box)
            self.note.setText(
                self.tr("The password has at least {count} characters.").format(
                    count=MIN_PASSWORD_LENGTH
                )
            )
            self.note.show()
        else:
            self.form.addRow(self.tr("Sign-in name"), QLabel(account.login))
            self.form.addRow(self.tr("&Role"), self.role)
            self.stopped = QCheckBox(self.tr("S&topped: this person may no longer sign in"))
            self.stopped.setChecked(account.disabled)
            self.form.addRow("", self.stopped)

    def submit(self) -> bool:
        role = Role(self.role.currentData())
        if self._account is None:
            if self.password.text() != self.repeated.text():
                self.say(self.tr("The two passwords are not the same; type them again."))
                return False
            self.saved = self._accounts.add(
                self.login.text(), self.full_name.text(), role, self.password.text()
            )
        else:
            self.saved = self._accounts.change(
                self._account.id, self.full_name.text(), role, self.stopped.isChecked()
            )
        return True


class NewPasswordDialog(SmallAccountDialog):
    """The administrator sets a new password for someone who forgot theirs (it also unlocks a
    locked account)."""

    def __init__(
        self, accounts: AccountService, account: Account, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("New password for {name}").format(name=account.full_name),
            self.tr(
                "Tell the person the new password in private; they can change it themselves "
                "afterwards. A locked account is unlocked too."
            ),
            self.tr("&Set the password"),
            parent,
        )
        self._accounts = accounts
        self._account = account
        self.password = password_field()
        self.repeated = password_field()
        self.show_box = QCheckBox(self.tr("&Show what I type"))
        show_typing(self.show_box, self.password, self.repeated)
        self.form.addRow(self.tr("&New password"), self.password)
        self.form.addRow(self.tr("&Repeat the new password"), self.repeated)
        self.form.addRow("", self.show_box)

    def submit(self) -> bool:
        if self.password.text() != self.repeated.text():
            self.say(self.tr("The two new passwords are not the same; type them again."))
            return False
        self._accounts.set_password(self._account.id, self.password.text())
        return True
