"""The statistics forms as tables: one row per figure, worded as the forms word them.

The rows keep the forms' order (no sorting): headings, the figures under them indented, and for
Biểu 1 a check row that turns red when the figures do not add up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from chibo_desktop.domain.dates import format_date
from chibo_desktop.domain.enums import TheoryLevel
from chibo_desktop.domain.statistics import (
    AGE_BANDS,
    AdmissionRate,
    AgeBand,
    IncreaseDecrease,
    Profile,
)
from chibo_desktop.ui.messages import CELL_KINDS, STATUSES, label

Index = QModelIndex | QPersistentModelIndex
_CONTEXT = "Statistics"
_WARNING = QColor("#b00020")
_INDENT = "    "


def _tr(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


# Biểu 1
_CARRIED_OVER = QT_TRANSLATE_NOOP("Statistics", "Members at the start (on the roll on {date})")
_INCREASE = QT_TRANSLATE_NOOP("Statistics", "Increase in the period")
_ADMITTED = QT_TRANSLATE_NOOP("Statistics", "Admitted to the Party")
_TRANSFERRED_IN = QT_TRANSLATE_NOOP("Statistics", "Transferred in")
_MOVED_IN = QT_TRANSLATE_NOOP("Statistics", "of which from other cells of the organisation")
_RESTORED = QT_TRANSLATE_NOOP("Statistics", "Restored to the roll")
_DECREASE = QT_TRANSLATE_NOOP("Statistics", "Decrease in the period")
_DIED = QT_TRANSLATE_NOOP("Statistics", "Passed away")
_EXPELLED = QT_TRANSLATE_NOOP("Statistics", "Expelled")
_STRUCK_OFF = QT_TRANSLATE_NOOP("Statistics", "Struck off the roll")
_RESIGNED = QT_TRANSLATE_NOOP("Statistics", "Left the Party at own request")
_TRANSFERRED_OUT = QT_TRANSLATE_NOOP("Statistics", "Transferred elsewhere")
_MOVED_OUT = QT_TRANSLATE_NOOP("Statistics", "of which to other cells of the organisation")
_END = QT_TRANSLATE_NOOP("Statistics", "Members at the end (on the roll on {date})")
_CHECK = QT_TRANSLATE_NOOP("Statistics", "Check: start + increase − decrease")
# Biểu 3
_TOTAL = QT_TRANSLATE_NOOP("Statistics", "Members on the roll on {date}")
_OFFICIAL = QT_TRANSLATE_NOOP("Statistics", "Official members")
_PROBATIONARY = QT_TRANSLATE_NOOP("Statistics", "Probationary members")
_WOMEN = QT_TRANSLATE_NOOP("Statistics", "Women")
_MINORITIES = QT_TRANSLATE_NOOP("Statistics", "Ethnic minorities")
_BY_ETHNICITY = QT_TRANSLATE_NOOP("Statistics", "By ethnic group")
_RELIGIOUS = QT_TRANSLATE_NOOP("Statistics", "Followers of a religion")
_BY_RELIGION = QT_TRANSLATE_NOOP("Statistics", "By religion")
_BY_AGE = QT_TRANSLATE_NOOP("Statistics", "By age")
_AGE_UP_TO = QT_TRANSLATE_NOOP("Statistics", "{high} years old and under")
_AGE_BETWEEN = QT_TRANSLATE_NOOP("Statistics", "{low} to {high} years old")
_AGE_FROM = QT_TRANSLATE_NOOP("Statistics", "{low} years old and over")
_AGE_UNKNOWN = QT_TRANSLATE_NOOP("Statistics", "Date of birth not recorded")
_EDUCATION = QT_TRANSLATE_NOOP("Statistics", "General education")
_QUALIFICATION = QT_TRANSLATE_NOOP("Statistics", "Professional qualification")
_THEORY = QT_TRANSLATE_NOOP("Statistics", "Political theory")
_NOT_RECORDED = QT_TRANSLATE_NOOP("Statistics", "Not recorded")
_BY_STATUS = QT_TRANSLATE_NOOP("Statistics", "Party activity")
_CELLS = QT_TRANSLATE_NOOP("Statistics", "Cells in operation on {date}")
_KIND_NOT_RECORDED = QT_TRANSLATE_NOOP("Statistics", "Type not recorded")
THEORY_LABELS = {
    None: QT_TRANSLATE_NOOP("Statistics", "Not trained"),
    TheoryLevel.ELEMENTARY: QT_TRANSLATE_NOOP("Statistics", "Elementary"),
    TheoryLevel.INTERMEDIATE: QT_TRANSLATE_NOOP("Statistics", "Intermediate"),
    TheoryLevel.ADVANCED: QT_TRANSLATE_NOOP("Statistics", "Advanced"),
    TheoryLevel.BACHELOR: QT_TRANSLATE_NOOP("Statistics", "Bachelor"),
}
# The admission rate
_ADMITTED_IN = QT_TRANSLATE_NOOP("Statistics", "Admitted in {year}")
_BASE = QT_TRANSLATE_NOOP("Statistics", "Members on the roll on {date} (the base)")
_RATE = QT_TRANSLATE_NOOP("Statistics", "Admissions as a percentage of the base")
_NO_BASE = QT_TRANSLATE_NOOP("Statistics", "no members on the base date")
# Columns
_FIGURE = QT_TRANSLATE_NOOP("Statistics", "Figure")
_COUNT = QT_TRANSLATE_NOOP("Statistics", "Number")
_SHARE = QT_TRANSLATE_NOOP("Statistics", "% of the total")


def age_band_label(band: AgeBand) -> str:
    if band.low is None:
        return _tr(_AGE_UP_TO).format(high=band.high)
    if band.high is None:
        return _tr(_AGE_FROM).format(low=band.low)
    return _tr(_AGE_BETWEEN).format(low=band.low, high=band.high)


@dataclass(frozen=True, slots=True)
class FigureRow:
    """One line of a form. ``value`` is a count, or a percentage when ``percent`` is set;
    ``share`` is the count as a percentage of the form's total, where the form shows one."""

    label: str
    value: int | float | None
    level: int = 0  # indentation: 0 for the form's main lines
    heading: bool = False
    warning: bool = False
    percent: bool = False
    share: float | None = None


class FigureTableModel(QAbstractTableModel):
    """Rows of figures; the subclasses fill them from a form's dataclass."""

    LABEL, VALUE, SHARE = range(3)
    COLUMN_COUNT = 3
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the FigureRow of a line

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[FigureRow] = []
        self._headers = (_tr(_FIGURE), _tr(_COUNT), _tr(_SHARE))

    def rows(self) -> list[FigureRow]:
        return list(self._rows)

    def _set_rows(self, rows: list[FigureRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    # -- QAbstractTableModel ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < self.COLUMN_COUNT else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == self.ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.LABEL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (row.heading or row.warning):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.warning:
            return QBrush(_WARNING)
        return None

    @staticmethod
    def _text(row: FigureRow, column: int) -> str:
        locale = QLocale()
        if column == FigureTableModel.LABEL:
            return _INDENT * row.level + row.label
        if column == FigureTableModel.VALUE:
            if row.value is None:
                return ""
            if row.percent:
                return locale.toString(float(row.value), "f", 2)
            return locale.toString(int(row.value))
        if row.share is None:
            return ""
        return locale.toString(row.share, "f", 2)


class IncreaseDecreaseTableModel(FigureTableModel):
    """Biểu 1."""

    def set_figures(self, f: IncreaseDecrease) -> None:
        moved = bool(f.moved_in or f.moved_out)
        day_before = format_date(f.start - timedelta(days=1))
        rows = [
            FigureRow(_tr(_CARRIED_OVER).format(date=day_before), f.carried_over, heading=True),
            FigureRow(_tr(_INCREASE), f.increases, heading=True),
            FigureRow(_tr(_ADMITTED), f.admitted, 1),
            FigureRow(_tr(_TRANSFERRED_IN), f.transferred_in + f.moved_in, 1),
            *([FigureRow(_tr(_MOVED_IN), f.moved_in, 2)] if moved else []),
            FigureRow(_tr(_RESTORED), f.restored, 1),
            FigureRow(_tr(_DECREASE), f.decreases, heading=True),
            FigureRow(_tr(_DIED), f.died, 1),
            FigureRow(_tr(_EXPELLED), f.expelled, 1),
            FigureRow(_tr(_STRUCK_OFF), f.struck_off, 1),
            FigureRow(_tr(_RESIGNED), f.resigned, 1),
            FigureRow(_tr(_TRANSFERRED_OUT), f.transferred_out + f.moved_out, 1),
            *([FigureRow(_tr(_MOVED_OUT), f.moved_out, 2)] if moved else []),
            FigureRow(_tr(_END).format(date=format_date(f.end)), f.end_of_period, heading=True),
            FigureRow(_tr(_CHECK), f.expected_end, warning=not f.balanced),
        ]
        self._set_rows(rows)


class ProfileTableModel(FigureTableModel):
    """Biểu 3: each count also as a percentage of the members on the roll."""

    def set_profile(self, p: Profile) -> None:
        on = format_date(p.on)

        def share(count: int) -> float | None:
            return round(count * 100 / p.total, 2) if p.total else None

        def line(text: str, count: int, level: int = 1) -> FigureRow:
            return FigureRow(text, count, level, share=share(count))

        def heading(text: str) -> FigureRow:
            return FigureRow(text, None, heading=True)

        def recorded(value: str) -> str:
            return value or _tr(_NOT_RECORDED)

        rows = [
            FigureRow(_tr(_TOTAL).format(date=on), p.total, heading=True, share=share(p.total)),
            line(_tr(_OFFICIAL), p.official),
            line(_tr(_PROBATIONARY), p.probationary),
            line(_tr(_WOMEN), p.women),
            line(_tr(_MINORITIES), p.minorities),
            line(_tr(_RELIGIOUS), p.religious),
            heading(_tr(_BY_STATUS)),
            *(line(label(STATUSES, status), n) for status, n in p.by_status),
            heading(_tr(_BY_AGE)),
            *(line(age_band_label(b), n) for b, n in zip(AGE_BANDS, p.by_age_band, strict=True)),
            *([line(_tr(_AGE_UNKNOWN), p.age_unknown)] if p.age_unknown else []),
            heading(_tr(_BY_ETHNICITY)),
            *(line(recorded(name), n) for name, n in p.by_ethnicity),
            heading(_tr(_BY_RELIGION)),
            *(line(recorded(name), n) for name, n in p.by_religion),
            heading(_tr(_EDUCATION)),
            *(line(recorded(value), n) for value, n in p.by_education),
            heading(_tr(_QUALIFICATION)),
            *(line(recorded(value), n) for value, n in p.by_qualification),
            heading(_tr(_THEORY)),
            *(line(_tr(THEORY_LABELS[level]), n) for level, n in p.by_theory),
            FigureRow(_tr(_CELLS).format(date=on), p.cells, heading=True),
            *(
                FigureRow(label(CELL_KINDS, kind) if kind else _tr(_KIND_NOT_RECORDED), n, 1)
                for kind, n in p.cells_by_kind
            ),
        ]
        self._set_rows(rows)


class AdmissionRateTableModel(FigureTableModel):
    def set_rate(self, rate: AdmissionRate) -> None:
        percent = rate.percent
        rows = [
            FigureRow(_tr(_ADMITTED_IN).format(year=rate.year), rate.admitted),
            FigureRow(_tr(_BASE).format(date=format_date(rate.base_date)), rate.members_at_base),
            FigureRow(
                _tr(_RATE) if percent is not None else f"{_tr(_RATE)} ({_tr(_NO_BASE)})",
                percent,
                heading=True,
                percent=True,
            ),
        ]
        self._set_rows(rows)
