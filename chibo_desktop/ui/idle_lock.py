"""The window locks itself when no one has used it for a while: a curtain covers every open
window (the content stays as it was, unsaved typing included) until the password is typed again,
or someone else signs in. While locked, keys, clicks and shortcuts reach only the curtains."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from chibo_desktop.services.accounts import AccountService
from chibo_desktop.ui.dialogs.sign_in_dialog import SignInForm
from chibo_desktop.ui.widgets.column_chooser import settings
from chibo_desktop.ui.widgets.readable import make_readable

IDLE_KEY = "security/idle_minutes"
DEFAULT_IDLE_MINUTES = 10
MAX_IDLE_MINUTES = 240
_COLUMN_WIDTH = 480

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.Shortcut,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.ContextMenu,
    }
)


def idle_minutes() -> int:
    """After how many idle minutes the window locks (0: never); kept in the settings file."""
    value = settings().value(IDLE_KEY, DEFAULT_IDLE_MINUTES)
    try:
        return min(max(0, int(value)), MAX_IDLE_MINUTES)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return DEFAULT_IDLE_MINUTES


def set_idle_minutes(minutes: int) -> None:
    settings().setValue(IDLE_KEY, minutes)


class IdleLock(QObject):
    locked = Signal()
    unlocked = Signal(object)  # the Account signed in before: the same person, or someone else

    def __init__(self, accounts: AccountService, main_window: QWidget, minutes: int) -> None:
        super().__init__(main_window)
        self._accounts = accounts
        self._main_window = main_window
        self._curtains: list[LockCurtain] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.lock)
        self.set_minutes(minutes)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    @property
    def is_locked(self) -> bool:
        return bool(self._curtains)

    def set_minutes(self, minutes: int) -> None:
        self._minutes = minutes
        if minutes and not self.is_locked:
            self._timer.start(minutes * 60_000)
        else:
            self._timer.stop()

    def lock(self) -> None:
        """Cover every open window; the one in front gets the password."""
        if self.is_locked or self._accounts.signed_in is None:
            return
        self._timer.stop()
        front = QApplication.activeModalWidget() or self._main_window
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        if front not in windows:
            windows.append(front)
        self._locked_by = self._accounts.signed_in
        for window in windows:
            curtain = LockCurtain(
                window, self._accounts if window is front else None, self._locked_by.login
            )
            curtain.form_signed_in.connect(self._unlock)
            self._curtains.append(curtain)
        self.locked.emit()

    def _unlock(self) -> None:
        for curtain in self._curtains:
            curtain.deleteLater()
        self._curtains.clear()
        self.set_minutes(self._minutes)
        self.unlocked.emit(self._locked_by)

    def front_curtain(self) -> LockCurtain | None:
        return next((c for c in self._curtains if c.form is not None), None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in _INPUT:
            return False
        if not self._curtains:
            if self._minutes:
                self._timer.start(self._minutes * 60_000)
            return False
        return not self._on_a_curtain(watched)

    def _on_a_curtain(self, watched: QObject) -> bool:
        node: QObject | None = watched
        while node is not None:
            if isinstance(node, LockCurtain):
                return True
            node = node.parent()
        return False


class LockCurtain(QWidget):
    """An opaque cover over one window; with the sign-in form on the window in front."""

    form_signed_in = Signal()

    def __init__(self, window: QWidget, accounts: AccountService | None, login: str) -> None:
        super().__init__(window)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        make_readable(self)
        title = QLabel(self.tr("The window is locked"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        # A column of fixed width in the middle: wrapped lines get the height they need (a
        # widget added to a layout with an alignment would be given its one-line height).
        column = QWidget(self)
        column.setFixedWidth(_COLUMN_WIDTH)
        inner = QVBoxLayout(column)
        inner.addWidget(title)
        self.form: SignInForm | None = None
        if accounts is not None:
            explain = QLabel(
                self.tr(
                    "It was not used for a while. Type the password to go on where you left "
                    "off, or sign in as someone else."
                )
            )
            explain.setWordWrap(True)
            self.form = SignInForm(accounts, column, chosen=login, enter_signs_in=True)
            self.form.signed_in.connect(self.form_signed_in)
            self.unlock_button = QPushButton(self.tr("&Unlock"))
            self.unlock_button.clicked.connect(self.form.submit)
            inner.addWidget(explain)
            inner.addWidget(self.form)
            inner.addWidget(self.unlock_button)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(column)
        middle.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(middle)
        layout.addStretch(2)
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.raise_()
        self.show()
        if self.form is not None:
            self.form.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False
