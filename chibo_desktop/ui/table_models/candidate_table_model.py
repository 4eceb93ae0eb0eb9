"""Candidates for admission with the stage each has reached."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from chibo_desktop.domain.dates import format_date
from chibo_desktop.domain.entities import Candidate
from chibo_desktop.services.admissions import Stage
from chibo_desktop.ui.table_models.list_table_model import ListTableModel

Index = QModelIndex | QPersistentModelIndex

STAGES = {
    Stage.PREPARING: QT_TRANSLATE_NOOP("CandidateTableModel", "Preparing"),
    Stage.APPLIED: QT_TRANSLATE_NOOP("CandidateTableModel", "Application made"),
    Stage.VOTED: QT_TRANSLATE_NOOP("CandidateTableModel", "Cell voted"),
    Stage.ADMITTED: QT_TRANSLATE_NOOP("CandidateTableModel", "Admitted, ceremony pending"),
    Stage.PROBATION: QT_TRANSLATE_NOOP("CandidateTableModel", "On probation"),
    Stage.OFFICIAL: QT_TRANSLATE_NOOP("CandidateTableModel", "Official member"),
    Stage.DROPPED: QT_TRANSLATE_NOOP("CandidateTableModel", "No longer pursued"),
}


class CandidateTableModel(ListTableModel):
    NAME, BIRTH, CELL, STAGE, COURSE, VOTE, DECISION, CEREMONY = range(8)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Candidate, Stage, str]] = []
        self._headers = (
            self.tr("Full name"),
            self.tr("Date of birth"),
            self.tr("Cell"),
            self.tr("Stage"),
            self.tr("Course certificate"),
            self.tr("Cell vote"),
            self.tr("Decided on"),
            self.tr("Ceremony"),
        )

    def set_candidates(self, rows: list[tuple[Candidate, Stage, str]]) -> None:
        """(candidate, stage, cell name) per row."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def candidate_at(self, row: int) -> tuple[Candidate, Stage]:
        candidate, stage, _ = self._rows[row]
        return candidate, stage

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        candidate, stage, cell = self._rows[index.row()]
        if role == self.ENTITY_ROLE:
            return candidate
        value = {
            self.NAME: candidate.full_name,
            self.BIRTH: candidate.birth_date,
            self.CELL: cell,
            self.STAGE: self.tr(STAGES[stage]),
            self.COURSE: candidate.course_on,
            self.VOTE: candidate.cell_vote_on,
            self.DECISION: candidate.decision_on,
            self.CEREMONY: candidate.ceremony_on,
        }[index.column()]
        if role == self.SORT_ROLE:
            return value.isoformat() if isinstance(value, date) else (value or "")
        if role == Qt.ItemDataRole.DisplayRole:
            return format_date(value) if isinstance(value, date) or value is None else value
        return None
