"""Message boxes whose buttons say what they do, in the user's language.

Qt ships no Vietnamese translation of its standard buttons, so they are made here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

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
