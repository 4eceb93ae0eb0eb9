"""The common shape of the small record forms: fields, problems in Vietnamese under them, and
Save/Cancel. The form stays open until what was typed is saved."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from chibo_desktop.domain.entities import Changes
from chibo_desktop.domain.validation import Problem
from chibo_desktop.services.errors import OperationRefused, ValidationFailed
from chibo_desktop.ui.messages import describe_error, describe_problem
from chibo_desktop.ui.widgets.date_field import read_dates

_SAVE = QT_TRANSLATE_NOOP("FormDialog", "Save")
_CANCEL = QT_TRANSLATE_NOOP("FormDialog", "Cancel")


class FormDialog(QDialog):
    """Subclasses fill ``self.form`` and define ``submit()``: save what was typed and return the
    Changes, or return the problems found before asking the service (unreadable dates …)."""

    submit: Callable[[], Changes | list[Problem]]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changes = Changes()
        self.setMinimumWidth(520)
        self.form = QFormLayout()
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #c0392b;")
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            QCoreApplication.translate("FormDialog", _SAVE), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = QCoreApplication.translate("FormDialog", _CANCEL)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)

    def read_dates(self, *names: str) -> tuple[dict[str, date | None], list[Problem]]:
        """The DateField attributes ``names`` as dates, and a problem for each unreadable one."""
        return read_dates({name: getattr(self, name) for name in names})

    def show_problems(self, problems: list[Problem]) -> None:
        self.problems.setText("\n".join("• " + describe_problem(p) for p in problems))

    def _save(self) -> None:
        try:
            outcome = self.submit()
        except (ValidationFailed, OperationRefused) as error:
            self.problems.setText(describe_error(error))
            return
        if isinstance(outcome, list):
            self.show_problems(outcome)
            return
        self.changes = outcome
        self.accept()
