"""The tables of the evaluation tab: the classification summary (one row per cell and a total),
the organisation table, the comparison with earlier years, the award candidates, and one cell's
member annex.

Whether a figure keeps a rule is said in words or symbols as well as colours ("≤ 20%" in green,
"> 20%" in red): many users do not tell colours apart, and the tables are printed in black and
white from screenshots.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any
from uuid import UUID

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from chibo_desktop.domain.evaluation import (
    LEVELS,
    AwardCandidate,
    CapCheck,
    ClassificationCounts,
    ClassificationReport,
    ClassificationRow,
    OrganisationCounts,
    UnitEvaluation,
    YearLevels,
    ratio_percent,
)
from chibo_desktop.domain.findings import Severity
from chibo_desktop.domain.rules import Level
from chibo_desktop.services.evaluations import MemberSheetRow
from chibo_desktop.ui.evaluation_texts import (
    LEVEL_COLOURS,
    level_name,
    level_short,
    not_reviewed_short,
    percent,
)
from chibo_desktop.ui.table_models.list_table_model import Index, ListTableModel

KEPT_COLOUR = QColor("#1e6b2a")  # dark green on white
BROKEN_COLOUR = QColor("#b0281a")  # dark red on white
KEPT_BACKGROUND = QColor("#e3f4e5")
BROKEN_BACKGROUND = QColor("#fbe1de")
GREY_TEXT = QColor("#6d6d6d")
GREY_BACKGROUND = QColor("#f2f2f2")
TOTAL_BACKGROUND = QColor("#eef1f5")
_CENTRE = Qt.AlignmentFlag.AlignCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def count_and_percent(count: int, share: Decimal | None) -> str:
    """Two lines: the count, and its share of the members reviewed."""
    return f"{count}\n{percent(share)}" if share is not None else str(count)


class CapText:
    """HTXSNV as a share of HTTNV, and the cap: "18,5% ≤ 20%" or "26,3% > 20%"."""

    @staticmethod
    def text(cap: CapCheck, separator: str = " ") -> str:
        if cap.excellent == 0 and cap.good == 0:
            return "—"
        sign = "≤" if cap.kept else ">"
        ratio = percent(ratio_percent(cap.excellent, cap.good))
        mark = "*" if cap.exception_decision else ""
        return f"{ratio}{separator}{sign} {cap.cap_percent}%{mark}"

    @staticmethod
    def colours(cap: CapCheck) -> tuple[QColor, QColor] | None:
        if cap.excellent == 0 and cap.good == 0:
            return None
        return (KEPT_BACKGROUND, KEPT_COLOUR) if cap.kept else (BROKEN_BACKGROUND, BROKEN_COLOUR)


def unit_level_text(evaluation: UnitEvaluation | None, newly_formed_text: str) -> str:
    """ "self /" over "decided", each "—" while missing; the words for a newly formed cell."""
    if evaluation is None:
        return "— /\n—"
    if evaluation.newly_formed:
        return newly_formed_text
    own = level_short(evaluation.self_level) or "—"
    decided = level_short(evaluation.final_level) or "—"
    return f"{own} /\n{decided}"


class ClassificationTableModel(ListTableModel):
    """The summary: one row per cell (or per commune in a province), then the bold total."""

    UNIT = 0
    TOTAL = 1
    EXEMPT = 2
    SUSPENDED = 3
    NEW = 4
    ELSEWHERE = 5
    REQUIRED = 6
    REVIEWED = 7
    FIRST_LEVEL = 8  # one column per level, best first: count and %
    CAP = 12
    UNIT_LEVEL = 13

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ClassificationRow] = []
        self._report: ClassificationReport | None = None
        self._cap_percent = 20
        self._set_headers()

    def _set_headers(self) -> None:
        self._headers = (
            self.tr("Cell"),
            self.tr("Members\nat {date}").format(date=self._review_text()),
            self.tr("Ex-\nempt"),
            self.tr("Sus-\npended"),
            self.tr("Admitted\n< 6 months"),
            self.tr("Tempo-\nrarily\nelsewhere"),
            self.tr("To be\nreviewed"),
            self.tr("Re-\nviewed"),
            *(level_short(level) for level in LEVELS),
            self.tr("{excellent} ÷\n{good}\n(cap {cap}%)").format(
                excellent=level_short(Level.EXCELLENT),
                good=level_short(Level.GOOD),
                cap=self._cap_percent,
            ),
            self.tr("Cell's level\n(self / decided)"),
        )

    def _review_text(self) -> str:
        if self._report is None:
            return "31/12"
        on = self._report.review_on
        return f"{on.day:02d}/{on.month:02d}"

    def set_report(self, report: ClassificationReport | None, cap_percent: int) -> None:
        self.beginResetModel()
        self._report = report
        self._rows = list(report.rows) if report else []
        self._cap_percent = cap_percent
        self._set_headers()
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid():
            return 0
        return len(self._rows) + (1 if self._report is not None and self._rows else 0)

    def is_total(self, row: int) -> bool:
        return row == len(self._rows)

    def row_at(self, row: int) -> ClassificationRow | None:
        """The unit's row; None for the total."""
        return self._rows[row] if row < len(self._rows) else None

    def row_of(self, unit_id: UUID) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.unit_id == unit_id), None)

    def _counts(self, row: int) -> tuple[str, ClassificationCounts, CapCheck]:
        if self.is_total(row):
            assert self._report is not None
            return self.tr("Total"), self._report.total, self._report.total_cap
        found = self._rows[row]
        return found.name, found.counts, found.cap

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tip(section)
        return super().headerData(section, orientation, role)

    def _header_tip(self, section: int) -> str | None:
        if self.FIRST_LEVEL <= section < self.CAP:
            level = LEVELS[section - self.FIRST_LEVEL]
            return self.tr("{level}: number of members, and % of the members reviewed").format(
                level=level_name(level)
            )
        tips = {
            self.TOTAL: self.tr("Members on the roll on the review date"),
            self.EXEMPT: self.tr("Exempt from Party work and activity: not reviewed"),
            self.SUSPENDED: self.tr("Party activity suspended: not reviewed"),
            self.NEW: self.tr("Admitted less than 6 months before the review: not reviewed"),
            self.ELSEWHERE: self.tr(
                "Temporarily active elsewhere: for information only, they are reviewed here"
            ),
            self.REQUIRED: self.tr("Members who must be reviewed"),
            self.REVIEWED: self.tr("Members with a final level"),
            self.CAP: self.tr(
                "Members rated {excellent} as a share of those rated {good}: at most {cap}% "
                "(more only with the upper level's decision, marked *)"
            ).format(
                excellent=level_name(Level.EXCELLENT),
                good=level_name(Level.GOOD),
                cap=self._cap_percent,
            ),
            self.UNIT_LEVEL: self.tr(
                "The cell's own level: its self-assessment / the commune committee's decision"
            ),
        }
        return tips.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        total = self.is_total(row)
        name, counts, cap = self._counts(row)
        if role == self.ENTITY_ROLE:
            return None if total else self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column, name, counts, cap)
        if role == Qt.ItemDataRole.FontRole and total:
            return _bold()
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.UNIT:
            return _CENTRE
        if column == self.CAP:
            colours = CapText.colours(cap)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._cap_tip(name, cap)
            if colours is not None and role == Qt.ItemDataRole.BackgroundRole:
                return colours[0]
            if colours is not None and role == Qt.ItemDataRole.ForegroundRole:
                return colours[1]
            if role == Qt.ItemDataRole.FontRole:
                return _bold()
            return None
        if role == Qt.ItemDataRole.BackgroundRole and total:
            return TOTAL_BACKGROUND
        if role == Qt.ItemDataRole.ToolTipRole and column == self.UNIT and not total:
            return self.tr("Double-click to open the cell's members")
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == self.REVIEWED
            and counts.not_yet_reviewed > 0
        ):
            return BROKEN_COLOUR
        reviewed_tip = role == Qt.ItemDataRole.ToolTipRole and column == self.REVIEWED
        if reviewed_tip and counts.not_yet_reviewed > 0:
            return self.tr("{count} members still have no final level").format(
                count=counts.not_yet_reviewed
            )
        return None

    def _text(
        self, row: int, column: int, name: str, counts: ClassificationCounts, cap: CapCheck
    ) -> str:
        if column == self.UNIT:
            return name
        if self.FIRST_LEVEL <= column < self.CAP:
            level = LEVELS[column - self.FIRST_LEVEL]
            return count_and_percent(counts.count(level), counts.percent(level))
        if column == self.CAP:
            return CapText.text(cap, "\n")
        if column == self.UNIT_LEVEL:
            if self.is_total(row):
                own = self._report.unit_evaluation if self._report else None
                return unit_level_text(own, self.tr("Not classified"))
            return unit_level_text(self._rows[row].evaluation, self.tr("Newly formed"))
        figures = {
            self.TOTAL: counts.total,
            self.EXEMPT: counts.exempt,
            self.SUSPENDED: counts.suspended,
            self.NEW: counts.new_under_6_months,
            self.ELSEWHERE: counts.temporarily_elsewhere,
            self.REQUIRED: counts.required,
            self.REVIEWED: counts.reviewed,
        }
        return str(figures[column])

    def _cap_tip(self, name: str, cap: CapCheck) -> str:
        text = self.tr(
            "{unit}: {excellent} rated {excellent_name}, {good} rated {good_name}; "
            "the cap of {cap}% allows at most {allowed}."
        ).format(
            unit=name,
            excellent=cap.excellent,
            excellent_name=level_short(Level.EXCELLENT),
            good=cap.good,
            good_name=level_short(Level.GOOD),
            cap=cap.cap_percent,
            allowed=cap.allowed,
        )
        if cap.exception_decision:
            text += "\n" + self.tr("* Exception allowed by decision: {decision}").format(
                decision=cap.exception_decision
            )
        if not cap.kept:
            text += "\n" + self.tr("Over the cap: lower some levels.")
        return text


class OrganisationTableModel(ListTableModel):
    """The Party organisations (cells) by their level, with the newly formed and the pending."""

    LEVEL, COUNT, PERCENT = range(3)
    NEWLY_FORMED = len(LEVELS)
    PENDING = len(LEVELS) + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._counts: OrganisationCounts | None = None
        self._rows = []
        self._headers = (self.tr("Level"), self.tr("Cells"), self.tr("%"))

    def set_counts(self, counts: OrganisationCounts | None) -> None:
        self.beginResetModel()
        self._counts = counts
        self._rows = list(range(len(LEVELS) + 2)) if counts else []
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._counts is None:
            return None
        row, column = index.row(), index.column()
        counts = self._counts
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.LEVEL:
            return _CENTRE
        if row < len(LEVELS) and role == Qt.ItemDataRole.BackgroundRole and column == self.LEVEL:
            return QColor(LEVEL_COLOURS[LEVELS[row]][0])
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if row < len(LEVELS):
            level = LEVELS[row]
            values = (level_name(level), counts.by_level[row], percent(counts.percent(level)))
        elif row == self.NEWLY_FORMED:
            values = (
                self.tr("Not classified (newly formed)"),
                counts.newly_formed,
                percent(ratio_percent(counts.newly_formed, counts.total)),
            )
        else:
            values = (
                self.tr("Not decided yet"),
                counts.not_yet_classified,
                percent(ratio_percent(counts.not_yet_classified, counts.total)),
            )
        return str(values[column])


class HistoryTableModel(ListTableModel):
    """This year beside the earlier years: the final levels, the cap ratio, the unit's level."""

    YEAR, REVIEWED = 0, 1
    FIRST_LEVEL = 2
    CAP = 6
    UNIT_LEVEL = 7

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[YearLevels] = []
        self._current = 0
        self._headers = (
            self.tr("Year"),
            self.tr("Reviewed"),
            *(level_short(level) for level in LEVELS),
            self.tr("{excellent} ÷ {good}").format(
                excellent=level_short(Level.EXCELLENT), good=level_short(Level.GOOD)
            ),
            self.tr("Own level"),
        )

    def set_years(self, years: list[YearLevels], current: int) -> None:
        self.beginResetModel()
        self._rows = list(years)
        self._current = current
        self.endResetModel()

    def year_at(self, row: int) -> YearLevels:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        year = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.FontRole and year.year == self._current:
            return _bold()
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.YEAR:
            return _CENTRE
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.YEAR:
            return str(year.year)
        if column == self.REVIEWED:
            return str(year.reviewed)
        if self.FIRST_LEVEL <= column < self.CAP:
            level = LEVELS[column - self.FIRST_LEVEL]
            share = year.percent(level)
            count = year.by_level[column - self.FIRST_LEVEL]
            return f"{count} ({percent(share)})" if share is not None else str(count)
        if column == self.CAP:
            return percent(year.cap_ratio)
        return level_short(year.unit_level) or "—"


class AwardTableModel(ListTableModel):
    """Members rated HTXSNV every year of the streak that earns a higher award."""

    NAME, UNIT = range(2)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AwardCandidate] = []
        self._headers = (self.tr("Member"), self.tr("Cell"))

    def set_candidates(self, candidates: list[AwardCandidate]) -> None:
        self.beginResetModel()
        self._rows = list(candidates)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        candidate = self._rows[index.row()]
        if role == self.ENTITY_ROLE:
            return candidate
        if role == Qt.ItemDataRole.DisplayRole:
            return candidate.name if index.column() == self.NAME else candidate.unit_name
        return None


class MemberAnnexTableModel(ListTableModel):
    """One cell's members in the year's review: the annex of the report."""

    INDEX = 0
    NAME = 1
    BORN = 2
    FORM = 3
    GENERAL = 4
    TASK = 5
    SCORE = 6
    SELF = 7
    PROPOSED = 8
    FINAL = 9
    STREAK = 10
    REMARKS = 11
    SCORE_COLUMNS = (GENERAL, TASK, SCORE)
    LEVEL_COLUMNS = (SELF, PROPOSED, FINAL)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[MemberSheetRow] = []
        self._months = 6
        self._general_max: int | None = 30
        self._task_max: int | None = 70
        self._headers = ()
        self._set_headers()

    def _set_headers(self) -> None:
        self._headers = (
            self.tr("No."),
            self.tr("Full name"),
            self.tr("Year of\nbirth"),
            self.tr("Form"),
            self.tr("General\n/{points}").format(points=self._general_max or "—"),
            self.tr("Tasks\n/{points}").format(points=self._task_max or "—"),
            self.tr("Total\n/100"),
            self.tr("Self-\nassessed"),
            self.tr("Cell's\nproposal"),
            self.tr("Final\nlevel"),
            self.tr("HTXSNV\nyears"),
            self.tr("Remarks"),
        )

    def set_rows(
        self,
        rows: list[MemberSheetRow],
        months: int,
        general_max: int | None,
        task_max: int | None,
    ) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._months = months
        self._general_max, self._task_max = general_max, task_max
        self._set_headers()
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    def row_at(self, row: int) -> MemberSheetRow:
        return self._rows[row]

    def row_of(self, member_id: UUID) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.member.id == member_id), None)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            tips = {
                self.FORM: self.tr("The self-assessment form: 2A, 2B or 2C"),
                self.GENERAL: self.tr("Score for the general criteria"),
                self.TASK: self.tr("Score for the results of tasks"),
                self.PROPOSED: self.tr("The level the cell proposes"),
                self.FINAL: self.tr("The level decided by the committee"),
                self.STREAK: self.tr("Consecutive years rated {level}, up to this one").format(
                    level=level_name(Level.EXCELLENT)
                ),
            }
            return tips.get(section)
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == self.ENTITY_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), row, column)
        if role == self.SORT_ROLE:
            return index.row()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, column)
        if not row.reviewed_here:
            if role == Qt.ItemDataRole.ForegroundRole:
                return GREY_TEXT
            if role == Qt.ItemDataRole.BackgroundRole:
                return GREY_BACKGROUND
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (self.NAME, self.REMARKS):
            return _CENTRE
        if column in self.LEVEL_COLUMNS:
            level = self._level(row, column)
            if level is not None and role == Qt.ItemDataRole.BackgroundRole:
                return QColor(LEVEL_COLOURS[level][0])
            if role == Qt.ItemDataRole.FontRole and column == self.FINAL:
                return _bold()
        if column == self.REMARKS and role == Qt.ItemDataRole.ForegroundRole and row.findings:
            blocking = any(f.severity is Severity.BLOCKING for f in row.findings)
            return BROKEN_COLOUR if blocking else QColor("#8a5a00")
        return None

    @classmethod
    def _level(cls, row: MemberSheetRow, column: int) -> Level | None:
        evaluation = row.evaluation
        if evaluation is None:
            return None
        return {
            cls.SELF: evaluation.self_level,
            cls.PROPOSED: evaluation.proposed_level,
            cls.FINAL: evaluation.final_level,
        }[column]

    def _text(self, number: int, row: MemberSheetRow, column: int) -> str:
        evaluation = row.evaluation
        if column == self.INDEX:
            return str(number + 1)
        if column == self.NAME:
            return row.member.full_name
        if column == self.BORN:
            born = row.member.birth_date
            return str(born.year) if born else ""
        if column == self.REMARKS:
            return self._remarks(row)
        if not row.reviewed_here:
            return ""
        if column == self.FORM:
            return (evaluation.form if evaluation else row.suggested_form).value
        if column == self.STREAK:
            return str(row.streak) if row.streak else ""
        if evaluation is None:
            return ""
        if column in self.LEVEL_COLUMNS:
            return level_short(self._level(row, column))
        value = {
            self.GENERAL: evaluation.general_score,
            self.TASK: evaluation.task_score,
            self.SCORE: evaluation.total_score,
        }[column]
        return "" if value is None else str(value)

    def _remarks(self, row: MemberSheetRow) -> str:
        if row.not_reviewed is not None:
            return not_reviewed_short(row.not_reviewed, row.not_reviewed_since, self._months)
        parts = []
        blocking = sum(f.severity is Severity.BLOCKING for f in row.findings)
        if blocking:
            parts.append(self.tr("⚠ %n to correct", "", blocking))
        elif row.findings:
            parts.append(self.tr("ⓘ %n to note", "", len(row.findings)))
        if row.elsewhere:
            parts.append(
                self.tr("Temporarily at {organisation}").format(organisation=row.elsewhere)
            )
        if row.disciplines:
            parts.append(self.tr("Disciplined this year"))
        return "; ".join(parts)

    def _tip(self, row: MemberSheetRow, column: int) -> str | None:
        if column in self.LEVEL_COLUMNS:
            return level_name(self._level(row, column)) or None
        if column == self.REMARKS and row.findings:
            return self.tr("Double-click the member to see what to correct")
        return None
