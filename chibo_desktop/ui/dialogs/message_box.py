"""Message boxes whose buttons say what they do, in the user's language.

Qt ships no Vietnamese translation of its standard buttons, so they are made here.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from chibo_desktop.domain.dates import format_date, parse_date

_CANCEL = QT_TRANSLATE_NOOP("MessageBox", "Cancel")
_CLOSE = QT_TRANSLATE_NOOP("MessageBox", "Close")


def _tr(text: str) -> str:
    return QCoreApplication.translate("MessageBox", text)


def confirm(parent: QWidget, title: str, text: str, action: str) -> bool:
    """Ask before a destructive or long action; ``action`` labels the button that goes ahead."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(_tr(_CANCEL), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is go


def inform(parent: QWidget, title: str, text: str, warning: bool = False) -> None:
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, parent=parent)
    box.addButton(_tr(_CLOSE), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


_NOT_A_DATE = QT_TRANSLATE_NOOP("MessageBox", "“{text}” is not a date; write it as dd/mm/yyyy.")


def ask_date(parent: QWidget, title: str, label: str) -> date | None:
    """A date typed as dd/mm/yyyy (today offered); None when cancelled or not a date (said)."""
    text, ok = QInputDialog.getText(parent, title, label, text=format_date(date.today()))
    if not ok:
        return None
    try:
        return parse_date(text) or date.today()
    except ValueError:
        inform(parent, title, _tr(_NOT_A_DATE).format(text=text), warning=True)
        return None
