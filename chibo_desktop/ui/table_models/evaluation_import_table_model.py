"""The rows of a year's results file before they are imported: the member each names, what
importing it does (new, update, unchanged) or that it cannot be, the levels and scores it writes,
and its problems.

The roster import's preview model does the filtering, colours and roles; this one has the
evaluation's columns."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import Qt

from chibo_desktop.services.evaluation_import import EvaluationRow, RowAction, RowStatus
from chibo_desktop.ui.evaluation_import_texts import action_label, problems_text
from chibo_desktop.ui.import_report import status_label
from chibo_desktop.ui.table_models.import_preview_table_model import ImportPreviewTableModel


class EvaluationImportTableModel(ImportPreviewTableModel):
    (
        ROW,
        NAME,
        BIRTH_DATE,
        CELL,
        STATUS,
        SELF_LEVEL,
        PROPOSED_LEVEL,
        FINAL_LEVEL,
        SCORE,
        PROBLEMS,
    ) = range(10)
    COLUMN_COUNT = 10
    _LEVEL_COLUMNS: ClassVar[dict[int, str]] = {
        SELF_LEVEL: "self_level",
        PROPOSED_LEVEL: "proposed_level",
        FINAL_LEVEL: "final_level",
    }

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = (
            self.tr("Row"),
            self.tr("Full name"),
            self.tr("Date of birth"),
            self.tr("Cell"),
            self.tr("Status"),
            # Two lines: the levels are short codes under long headers.
            self.tr("Self-\nassessed"),
            self.tr("Cell's\nproposal"),
            self.tr("Committee's\ndecision"),
            self.tr("Score"),
            self.tr("Problems"),
        )

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and index.isValid()
            and self.SELF_LEVEL <= index.column() <= self.SCORE
        ):
            return Qt.AlignmentFlag.AlignCenter
        return super().data(index, role)

    # -- cells -------------------------------------------------------------------------------------
    def _display(self, result: EvaluationRow, column: int) -> str:  # type: ignore[override]
        evaluation = result.evaluation
        if column == self.STATUS:
            # A good row says what importing it does; the colour says good or not as well.
            if result.status is RowStatus.OK:
                return action_label(result.action)
            return status_label(result.status)
        if column in self._LEVEL_COLUMNS:
            level = getattr(evaluation, self._LEVEL_COLUMNS[column]) if evaluation else None
            return level.value if level is not None else ""
        if column == self.SCORE:
            if evaluation is None or evaluation.total_score is None:
                return ""
            return (
                f"{evaluation.general_score} + {evaluation.task_score} = {evaluation.total_score}"
            )
        if column == self.PROBLEMS:
            return problems_text(result)
        # The row, the name, the date of birth and the cell: shown as in the roster's preview.
        return super()._display(result, column)  # type: ignore[arg-type]

    def _sort_value(self, result: EvaluationRow, column: int) -> Any:  # type: ignore[override]
        if column == self.BIRTH_DATE:
            return "-".join(reversed(result.birth.split("/")))  # dd/mm/yyyy by year first
        if column == self.STATUS:
            return (list(RowStatus).index(result.status), list(RowAction).index(result.action))
        if column == self.SCORE:
            total = result.evaluation.total_score if result.evaluation else None
            return -1 if total is None else total
        # The row and the name as in the roster's preview; the other columns by their text.
        return super()._sort_value(result, column)  # type: ignore[arg-type]
