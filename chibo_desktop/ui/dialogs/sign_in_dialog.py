"""Signing in: the first administrator of a new (or upgraded) database, signing in at start and
after the window locked itself, and changing one's own password."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from chibo_desktop.domain.accounts import MIN_PASSWORD_LENGTH
from chibo_desktop.services.accounts import AccountService
from chibo_desktop.services.errors import OperationRefused, ValidationFailed
from chibo_desktop.ui.messages import describe_error
from chibo_desktop.ui.widgets.readable import PROBLEM_COLOUR, hint, make_readable, message

_MIN_TEXT_WIDTH = 480
_CANCEL = QT_TRANSLATE_NOOP("SmallAccountDialog", "Cancel")


def password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def show_typing(box: QCheckBox, *fields: QLineEdit) -> None:
    """ "Show the password": elderly users type slowly and check what they typed."""

    def toggle(on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        for field in fields:
            field.setEchoMode(mode)

    box.toggled.connect(toggle)


class SmallAccountDialog(QDialog):
    """Fields in a form, a red line for what was refused, and two buttons. Subclasses define
    ``submit()``: do what the dialog is for, and return False when what was typed needs fixing
    first (said already)."""

    submit: Callable[[], bool]

    def __init__(self, title: str, intro: str, go: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        make_readable(self)
        self.intro = hint(intro)
        self.form = QFormLayout()
        self.problem = message(PROBLEM_COLOUR)
        self.problem.hide()
        self.buttons = QDialogButtonBox()
        self.go_button = self.buttons.addButton(go, QDialogButtonBox.ButtonRole.AcceptRole)
        self.go_button.setDefault(True)
        cancel = QCoreApplication.translate("SmallAccountDialog", _CANCEL)  # not the subclass's
        self.buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._go)
        self.buttons.rejected.connect(self.reject)
        self.note = hint("")
        self.note.hide()
        layout = QVBoxLayout(self)
        # The window grows with a refusal's wrapped lines instead of squeezing them (which
        # also makes its width the layout's: the intro keeps it readable).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.intro.setMinimumWidth(_MIN_TEXT_WIDTH)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _go(self) -> None:
        try:
            done = self.submit()
        except (ValidationFailed, OperationRefused) as error:
            self.say(describe_error(error))
            return
        if done:
            self.accept()


class FirstAdministratorDialog(SmallAccountDialog):
    """A database with no account: its first administrator chooses a password (there is no
    default one), and is signed in."""

    def __init__(self, accounts: AccountService, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Chi bộ Desktop — the administrator's account"),
            self.tr(
                "Member records are confidential: no one may open the program without an "
                "account. Create the administrator's account now. The administrator then adds "
                "an account for each person who uses this computer."
            ),
            self.tr("&Create the account"),
            parent,
        )
        self._accounts = accounts
        self.full_name = QLineEdit()
        self.full_name.setPlaceholderText(self.tr("e.g. Nguyễn Văn An"))
        self.login = QLineEdit()
        self.login.setPlaceholderText(self.tr("e.g. an (typed at every sign-in)"))
        self.password = password_field()
        self.repeated = password_field()
        self.show_box = QCheckBox(self.tr("&Show what I type"))
        show_typing(self.show_box, self.password, self.repeated)
        self.form.addRow(self.tr("&Full name"), self.full_name)
        self.form.addRow(self.tr("Sign-in &name"), self.login)
        self.form.addRow(self.tr("&Password"), self.password)
        self.form.addRow(self.tr("&Repeat the password"), self.repeated)
        self.form.addRow("", self.show_box)
        self.note.setText(
            self.tr(
                "The password has at least {count} characters. Write it down and keep it locked "
                "away: no one can read it back, not even the program's makers."
            ).format(count=MIN_PASSWORD_LENGTH)
        )
        self.note.show()

    def submit(self) -> bool:
        if self.password.text() != self.repeated.text():
            self.say(self.tr("The two passwords are not the same; type them again."))
            self.repeated.clear()
            self.repeated.setFocus()
            return False
        self._accounts.create_first_administrator(
            self.login.text(), self.full_name.text(), self.password.text()
        )
        return True


class SignInForm(QWidget):
    """Whose account, the password, and what was refused: in the sign-in dialog, and on the
    curtain of a window that locked itself."""

    signed_in = Signal()

    def __init__(
        self,
        accounts: AccountService,
        parent: QWidget | None = None,
        chosen: str | None = None,
        enter_signs_in: bool = False,
    ) -> None:
        """``enter_signs_in``: Enter in the password signs in (where no dialog's default button
        already does, or the password would be tried twice)."""
        super().__init__(parent)
        self._accounts = accounts
        self.login = QComboBox()
        self.login.setEditable(True)
        self.login.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # A long name must not push the field's label out of a narrow column.
        self.login.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.login.setMinimumContentsLength(16)
        for account in accounts.all():
            if not account.disabled:
                self.login.addItem(f"{account.login} — {account.full_name}", account.login)
        if chosen is not None:
            self.login.setCurrentIndex(max(self.login.findData(chosen), 0))
        self.password = password_field()
        if enter_signs_in:
            self.password.returnPressed.connect(self.submit)
        self.show_box = QCheckBox(self.tr("&Show what I type"))
        show_typing(self.show_box, self.password)
        self.problem = message(PROBLEM_COLOUR)
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("Sign-in &name"), self.login)
        form.addRow(self.tr("&Password"), self.password)
        form.addRow("", self.show_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.problem)  # below the form, where wrapped lines get their height
        self.setFocusProxy(self.password)

    def chosen_login(self) -> str:
        """The sign-in name of the entry chosen, or what was typed."""
        text = self.login.currentText()
        index = self.login.findText(text)
        return str(self.login.itemData(index)) if index >= 0 else text

    def submit(self) -> bool:
        try:
            self._accounts.sign_in(self.chosen_login(), self.password.text())
        except OperationRefused as refused:
            self.problem.setText(describe_error(refused))
            self.problem.show()
            return False
        finally:
            self.password.clear()
        self.problem.hide()
        self.signed_in.emit()
        return True


class SignInDialog(SmallAccountDialog):
    """Sign in when the program starts."""

    def __init__(self, accounts: AccountService, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Chi bộ Desktop — sign in"),
            self.tr("Choose your name and type your password."),
            self.tr("&Sign in"),
            parent,
        )
        self.sign_in = SignInForm(accounts, self)
        self.form.addRow(self.sign_in)
        self.sign_in.signed_in.connect(self.accept)
        self.sign_in.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> bool:
        return self.sign_in.submit()


class ChangePasswordDialog(SmallAccountDialog):
    def __init__(self, accounts: AccountService, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Change my password"),
            self.tr("Type the password you use now, then the new one twice."),
            self.tr("&Change the password"),
            parent,
        )
        self._accounts = accounts
        self.current = password_field()
        self.password = password_field()
        self.repeated = password_field()
        self.form.addRow(self.tr("&Current password"), self.current)
        self.form.addRow(self.tr("&New password"), self.password)
        self.form.addRow(self.tr("&Repeat the new password"), self.repeated)

    def submit(self) -> bool:
        if self.password.text() != self.repeated.text():
            self.say(self.tr("The two new passwords are not the same; type them again."))
            return False
        self._accounts.change_own_password(self.current.text(), self.password.text())
        return True
