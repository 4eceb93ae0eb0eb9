"""The report on the year's evaluation and classification (báo cáo kết quả đánh giá, xếp loại chất
lượng tổ chức đảng và đảng viên), printed in the Party document format, and the same figures as a
plain record for JSON.

DOMAIN.md "Reports" fixes what the report holds. The signed report is portrait: the figures in
sentences, the organisation table, the comparison with earlier years and the members proposed for
an award, then the signature. The wide tables it refers to follow on landscape pages, as the
attachments of a Party report do: the summary per cell with the commune's total (Biểu tổng hợp),
and one annex per cell listing its members. ``write_annex_pdf`` prints one cell's list as a
document of its own, signed by the cell.

The wording is the official wording of the forms, written here as the minutes are; the figures
and names come from the caller. ``classification_xlsx`` writes the same rows as a workbook; the
rows both draw are built once here (``summary_record``, ``annex_values``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from types import MappingProxyType
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from chibo_desktop.domain.dates import format_date
from chibo_desktop.domain.evaluation import (
    LEVELS,
    CapCheck,
    ClassificationCounts,
    ClassificationReport,
    ClassificationRow,
    NotReviewed,
    OrganisationCounts,
    UnitEvaluation,
    YearLevels,
    percentages,
)
from chibo_desktop.domain.progress import CancelToken
from chibo_desktop.domain.rules import ClassificationRules, Level
from chibo_desktop.domain.text import nfc
from chibo_desktop.reports import party_document as party

# -- the forms' wording ----------------------------------------------------------------------------
LEVEL_NAMES: Mapping[Level, str] = MappingProxyType(
    {
        Level.EXCELLENT: "Hoàn thành xuất sắc nhiệm vụ",
        Level.GOOD: "Hoàn thành tốt nhiệm vụ",
        Level.COMPLETED: "Hoàn thành nhiệm vụ",
        Level.NOT_COMPLETED: "Không hoàn thành nhiệm vụ",
    }
)
NEWLY_FORMED = "Chưa xếp loại (mới thành lập)"
NOT_YET_CLASSIFIED = "Chưa có kết quả xếp loại"
NO_VALUE = "—"  # an empty figure that must not look forgotten
TOTAL_LABEL = "Tổng cộng"
ANNEX_HEADING = "PHỤ LỤC: DANH SÁCH ĐÁNH GIÁ, XẾP LOẠI ĐẢNG VIÊN"
SUMMARY_HEADING = "BIỂU TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI ĐẢNG VIÊN"


def report_title(year: int) -> str:
    return f"Báo cáo kết quả đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm {year}"


def not_reviewed_words(reason: NotReviewed, min_months: int) -> str:
    """Why a member is not reviewed, as the annex says it."""
    if reason is NotReviewed.EXEMPT:
        return "Miễn sinh hoạt"
    if reason is NotReviewed.SUSPENDED:
        return "Đình chỉ sinh hoạt"
    return f"Kết nạp chưa đủ {min_months} tháng"


# -- what the report says --------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class AnnexRow:
    """One member of a cell's annex: the self-assessment, the cell's proposal and the decision,
    or why the member is not reviewed."""

    full_name: str
    birth_year: int | None
    form: str = ""  # "2A", "2B", "2C"; empty until the member is evaluated
    general_score: int | None = None
    task_score: int | None = None
    self_level: Level | None = None
    proposed_level: Level | None = None
    final_level: Level | None = None
    not_reviewed: NotReviewed | None = None
    streak: int = 0  # consecutive HTXSNV years up to this one
    notes: str = ""

    @property
    def total_score(self) -> int | None:
        if self.general_score is None or self.task_score is None:
            return None
        return self.general_score + self.task_score


@dataclass(frozen=True, slots=True)
class CellAnnex:
    """A cell's members in the year's review, with the cell's figures and its own level."""

    name: str
    code: str
    rows: tuple[AnnexRow, ...]
    counts: ClassificationCounts
    cap: CapCheck
    evaluation: UnitEvaluation | None


@dataclass(frozen=True, slots=True)
class ClassificationDocument:
    """The report of a unit (a commune: one summary row per cell) and what it is printed with."""

    report: ClassificationReport
    unit_code: str
    rules: ClassificationRules  # the profile in force for the year
    profile_source: str  # "Quy định 366-QĐ/TW ngày 30/8/2025; …"
    header: party.DocumentHeader
    signature: party.Signature
    recipients: tuple[str, ...]
    rows_are_cells: bool = True  # a commune's report; False for a province's (rows: communes)
    unit_is_cell: bool = False  # one cell's report (its only row is itself)
    annexes: tuple[CellAnnex, ...] = ()


@dataclass(frozen=True, slots=True)
class AnnexDocument:
    """One cell's list as a document of its own, signed by the cell."""

    annex: CellAnnex
    year: int
    review_on: date
    rules: ClassificationRules
    header: party.DocumentHeader
    signature: party.Signature
    recipients: tuple[str, ...]


# -- the figures as plain values (JSON, the workbook) ----------------------------------------------
def _number(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _level(level: Level | None) -> str | None:
    return None if level is None else level.value


def summary_record(
    counts: ClassificationCounts, cap: CapCheck, evaluation: UnitEvaluation | None
) -> dict[str, object]:
    """One row of the summary (a unit, or the total) by the JSON keys: counts as integers,
    percentages as numbers with two decimals (None when nothing was reviewed, or for the cap
    ratio when there is no HTTNV member)."""
    record: dict[str, object] = {
        "total": counts.total,
        "exempt": counts.exempt,
        "suspended": counts.suspended,
        "new_under_6_months": counts.new_under_6_months,
        "temporarily_elsewhere": counts.temporarily_elsewhere,
        "required": counts.required,
        "reviewed": counts.reviewed,
    }
    record.update({level.value: counts.count(level) for level in LEVELS})
    record.update({f"pct_{level.value}": _number(counts.percent(level)) for level in LEVELS})
    record.update(
        {
            "cap_ratio": _number(counts.cap_ratio),
            "cap_percent": cap.cap_percent,
            "cap_kept": cap.kept,
            "cap_exception_decision": cap.exception_decision or None,
            "unit_self_level": _level(evaluation.self_level) if evaluation else None,
            "unit_final_level": _level(evaluation.final_level) if evaluation else None,
        }
    )
    return record


def organisation_shares(organisations: OrganisationCounts) -> tuple[Decimal, ...] | None:
    """The percentages of the organisation table, in the order levels, newly formed, pending;
    they add up to 100.00."""
    return percentages(
        (*organisations.by_level, organisations.newly_formed, organisations.not_yet_classified),
        organisations.total,
    )


def organisation_record(organisations: OrganisationCounts) -> dict[str, object]:
    shares = organisation_shares(organisations)
    keys = [level.value for level in LEVELS] + ["newly_formed", "not_yet_classified"]
    values = [*organisations.by_level, organisations.newly_formed, organisations.not_yet_classified]
    record: dict[str, object] = {"total": organisations.total}
    for index, (key, value) in enumerate(zip(keys, values, strict=True)):
        record[key] = value
        record[f"pct_{key}"] = None if shares is None else float(shares[index])
    return record


def history_record(year: YearLevels) -> dict[str, object]:
    record: dict[str, object] = {"year": year.year, "reviewed": year.reviewed}
    record.update({level.value: year.by_level[i] for i, level in enumerate(LEVELS)})
    record.update({f"pct_{level.value}": _number(year.percent(level)) for level in LEVELS})
    record["cap_ratio"] = _number(year.cap_ratio)
    record["unit_level"] = _level(year.unit_level)
    return record


def report_record(document: ClassificationDocument) -> dict[str, object]:
    """The whole report as JSON-ready data (README "Classification report as JSON")."""
    report = document.report

    def unit_row(row: ClassificationRow) -> dict[str, object]:
        return {
            "code": row.code,
            "name": row.name,
            **summary_record(row.counts, row.cap, row.evaluation),
        }

    return {
        "year": report.year,
        "unit": {"code": document.unit_code, "name": report.unit_name},
        "review_date": report.review_on.isoformat(),
        "profile": report.profile_code,
        "units": [unit_row(row) for row in report.rows],
        "total": {
            "code": document.unit_code,
            "name": report.unit_name,
            **summary_record(report.total, report.total_cap, report.unit_evaluation),
        },
        "organisations": organisation_record(report.organisations),
        "history": [history_record(year) for year in report.history],
        "award_candidates": [
            {"member_id": str(c.member_id), "name": c.name, "unit": c.unit_name}
            for c in report.award_candidates
        ],
    }


def has_scores(rules: ClassificationRules) -> bool:
    """The profile has the 100-point scale (Quy định 366); the 2023 profile has none."""
    return rules.general_group_points is not None and rules.task_points is not None


def annex_values(row: AnnexRow, rules: ClassificationRules) -> list[object]:
    """A member's cells in the annex, in ``annex_headings`` order (numbers as numbers)."""
    scores: list[object] = (
        [row.general_score, row.task_score, row.total_score] if has_scores(rules) else []
    )
    return [
        row.full_name,
        row.birth_year,
        row.form,
        *scores,
        _level(row.self_level),
        _level(row.proposed_level),
        _level(row.final_level),
        not_reviewed_words(row.not_reviewed, rules.review_min_months_since_admission)
        if row.not_reviewed
        else "",
        row.streak or None,
        row.notes,
    ]


def annex_headings(rules: ClassificationRules) -> list[str]:
    """The annex's headings on one line each (the workbook's heading row)."""
    scores = (
        [
            f"Điểm nhóm tiêu chí chung (/{rules.general_group_points})",
            f"Điểm kết quả thực hiện nhiệm vụ (/{rules.task_points})",
            f"Tổng điểm (/{(rules.general_group_points or 0) + (rules.task_points or 0)})",
        ]
        if has_scores(rules)
        else []
    )
    return [
        "Họ và tên",
        "Năm sinh",
        "Mẫu phiếu",
        *scores,
        "Tự xếp loại",
        "Chi bộ đề nghị",
        "Đảng ủy quyết định",
        "Không đánh giá (lý do)",
        "Số năm liền HTXSNV",
        "Ghi chú",
    ]


# -- wording of figures ----------------------------------------------------------------------------
def count_text(value: int) -> str:
    """'2.964': the thousands separated by dots, as Vietnamese text writes them."""
    return f"{value:,}".replace(",", ".")


def percent_text(value: Decimal | None) -> str:
    """'18,75' (two decimals, a decimal comma); the dash when there is nothing to divide."""
    return NO_VALUE if value is None else f"{value:.2f}".replace(".", ",")


def level_text(level: Level | None) -> str:
    return level.value if level is not None else ""


def _unit_level_cells(evaluation: UnitEvaluation | None) -> tuple[str, str]:
    if evaluation is None:
        return "", ""
    if evaluation.newly_formed:
        return "Mới thành lập", ""
    return level_text(evaluation.self_level), level_text(evaluation.final_level)


def _cap_note(name: str, counts: ClassificationCounts, cap: CapCheck, ordinary: int) -> str:
    """The footnote of a unit whose HTXSNV count breaks the cap, or that was allowed more."""
    ratio = counts.cap_ratio
    shown = (
        f"HTXSNV/HTTNV {percent_text(ratio)}%"
        if ratio is not None
        else f"{count_text(cap.excellent)} HTXSNV, không có HTTNV"
    )
    decision = cap.exception_decision
    if cap.kept:
        return (
            f"{name}: {shown}, trong mức {cap.cap_percent}% được cho phép theo {decision} "
            f"(mức thông thường {ordinary}%)."
        )
    allowed = (
        f"tối đa {count_text(cap.allowed)} HTXSNV trên {count_text(cap.good)} HTTNV, "
        f"hiện có {count_text(cap.excellent)}"
    )
    if decision:
        return (
            f"{name}: {shown}, vượt mức {cap.cap_percent}% được cho phép theo {decision} "
            f"({allowed})."
        )
    return (
        f"{name}: {shown}, vượt mức tối đa {ordinary}% ({allowed}); chưa có quyết định cho "
        "phép vượt mức."
    )


# -- type ------------------------------------------------------------------------------------------
SUMMARY_SIZE = 9  # the summary has 20 columns on the 252 mm of a landscape page
ANNEX_SIZE = 10
TABLE_SIZE = 11  # the tables of the signed report
_PAD = 2  # points each side of a table cell
_WARNING = colors.HexColor("#B00020")


@dataclass(frozen=True, slots=True)
class _Looks:
    style: party.Styles
    section: ParagraphStyle
    item: ParagraphStyle
    note: ParagraphStyle
    centred_note: ParagraphStyle
    heading: dict[float, ParagraphStyle]
    cell: dict[float, ParagraphStyle]

    @classmethod
    def make(cls) -> _Looks:
        style = party.styles()
        sizes = (SUMMARY_SIZE, ANNEX_SIZE, TABLE_SIZE)
        return cls(
            style=style,
            section=ParagraphStyle(
                "section",
                parent=style.plain,
                fontName=party.FONT_BOLD,
                spaceBefore=8,
                spaceAfter=3,
                keepWithNext=1,
            ),
            item=ParagraphStyle("item", parent=style.body, spaceBefore=0, spaceAfter=0),
            note=ParagraphStyle("note", parent=style.plain, fontSize=10, leading=12, spaceBefore=2),
            centred_note=ParagraphStyle(
                "centred_note",
                parent=style.plain,
                fontName=party.FONT_ITALIC,
                fontSize=12,
                leading=14.4,
                alignment=TA_CENTER,
                spaceAfter=6,
            ),
            heading={
                size: ParagraphStyle(
                    f"heading{size}",
                    fontName=party.FONT_BOLD,
                    fontSize=size,
                    leading=size * 1.15,
                    alignment=TA_CENTER,
                )
                for size in sizes
            },
            cell={
                size: ParagraphStyle(
                    f"cell{size}",
                    fontName=party.FONT,
                    fontSize=size,
                    leading=size * 1.15,
                    alignment=TA_CENTER,
                )
                for size in sizes
            },
        )


_widths_cache: dict[tuple[str, str, float], float] = {}


def _string_width(value: str, font: str, size: float) -> float:
    """``stringWidth``, remembered: the annexes repeat the same few values ("HTTNV", "2C", the
    years and scores) tens of thousands of times."""
    key = (value, font, size)
    width = _widths_cache.get(key)
    if width is None:
        if len(_widths_cache) > 50_000:  # names are many and rarely repeat: keep it bounded
            _widths_cache.clear()
        width = _widths_cache[key] = stringWidth(value, font, size)
    return width


class _Table(Table):
    """A Table that draws its plain-text cells faster, as ReportLab's own code would draw them.

    ReportLab makes one text object per cell (a dozen PDF operators and number formats each),
    and also for an empty cell; a commune's annexes have some 40,000 cells. Here the plain cells
    of one table share a single text object and empty cells draw nothing; Paragraph cells and
    anything unusual (right or decimal alignment, shaping) go the usual way. The text is added
    after the grid lines, which never overlap it.
    """

    _shared_text: Any = None
    _shared_font: tuple[str, float, float] | None = None
    _shared_colour: object = None

    def draw(self) -> None:
        self._shared_text = None
        super().draw()
        if self._shared_text is not None:
            self.canv.drawText(self._shared_text)
            self._shared_text = None

    def _drawCell(  # type: ignore[override]
        self, cellval: object, cellstyle: Any, pos: tuple[float, float], size: tuple[float, float]
    ) -> None:
        if cellval == "" or cellval is None:
            return
        just = cellstyle.alignment
        if (
            type(cellval) is not str
            or just not in ("LEFT", "CENTRE", "CENTER")
            or cellstyle.valign not in ("TOP", "MIDDLE", "BOTTOM")
            or cellstyle.direction
            or cellstyle.shaping
        ):
            # The text so far goes first: the page's text keeps the order of the cells (text
            # extraction, copying, screen readers read it in that order).
            if self._shared_text is not None:
                self.canv.drawText(self._shared_text)
                self._shared_text = None
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        text = self._shared_text
        if text is None:
            text = self._shared_text = self.canv.beginText()
            self._shared_font = self._shared_colour = None
        font = (cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
        if font != self._shared_font:
            text.setFont(*font)
            self._shared_font = font
        if cellstyle.color != self._shared_colour:
            text.setFillColor(cellstyle.color)
            self._shared_colour = cellstyle.color
        # The positions of Table._drawCell for a text cell.
        colpos, rowpos = pos
        colwidth, rowheight = size
        lines = cellval.split("\n")
        leading, fontsize = cellstyle.leading, cellstyle.fontsize
        if cellstyle.valign == "BOTTOM":
            y = rowpos + cellstyle.bottomPadding + len(lines) * leading - fontsize
        elif cellstyle.valign == "TOP":
            y = rowpos + rowheight - cellstyle.topPadding - fontsize
        else:
            room = cellstyle.bottomPadding + rowheight - cellstyle.topPadding
            y = rowpos + (room + len(lines) * leading) / 2.0 - fontsize
        for line in lines:
            if just == "LEFT":
                x = colpos + cellstyle.leftPadding
            else:
                centre = colpos + (colwidth + cellstyle.leftPadding - cellstyle.rightPadding) * 0.5
                x = centre - _string_width(line, font[0], fontsize) / 2.0
            text.setTextOrigin(x, y)
            text.textOut(line)
            y -= leading


def _fit(value: str, width: float, size: float, font: str = party.FONT) -> str:
    """Plain text wrapped onto lines of ``width`` (never cut). Plain strings rather than
    Paragraphs: thousands of rows would otherwise spend seconds parsing markup."""
    value = nfc(value)
    if not value or stringWidth(value, font, size) <= width - 2 * _PAD:
        return value
    return "\n".join(simpleSplit(value, font, size, width - 2 * _PAD))


def _grid(size: float, heading_rows: int) -> list[tuple[object, ...]]:
    return [
        ("FONT", (0, 0), (-1, -1), party.FONT, size, size * 1.15),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, heading_rows), (-1, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]


def _headings(
    looks: _Looks,
    size: float,
    top: Sequence[tuple[str, int]],
    below: Mapping[int, Sequence[str]],
) -> tuple[list[list[object]], list[tuple[object, ...]]]:
    """Two heading rows: ``top`` (text, columns spanned); a heading spanning one column
    without sub-headings in ``below`` runs down both rows."""
    first: list[object] = []
    second: list[object] = []
    spans: list[tuple[object, ...]] = []
    column = 0
    for index, (label, width) in enumerate(top):
        first += [Paragraph(party.text(label), looks.heading[size])] + [""] * (width - 1)
        subs = below.get(index)
        if subs is None:
            second += [""] * width
            spans.append(("SPAN", (column, 0), (column + width - 1, 1)))
        else:
            second += [Paragraph(party.text(s), looks.heading[size]) for s in subs]
            if width > 1:
                spans.append(("SPAN", (column, 0), (column + width - 1, 0)))
        column += width
    return [first, second], spans


# -- the summary (Biểu tổng hợp) -------------------------------------------------------------------
# Widths (mm) on the landscape page; the name column takes what is left of its 252 mm.
_SUMMARY_WIDTHS = (8, 0, 11, 11, 11, 11, 11, 11, 11, *(10, 11) * 4, 17, 15, 15)


def _summary_widths(width: float) -> list[float]:
    fixed = sum(_SUMMARY_WIDTHS) * mm
    return [w * mm if w else width - fixed for w in _SUMMARY_WIDTHS]


def _summary_table(document: ClassificationDocument, width: float, looks: _Looks) -> list[Flowable]:
    report = document.report
    rules = document.rules
    size = SUMMARY_SIZE
    widths = _summary_widths(width)
    decided_by = "Đảng ủy quyết định" if document.rows_are_cells else "Cấp trên quyết định"
    top = [
        ("STT", 1),
        ("Tên chi bộ" if document.rows_are_cells else "Tên đơn vị", 1),
        ("Tổng số đảng viên", 1),
        ("Không phải đánh giá, xếp loại", 3),
        ("Sinh hoạt tạm thời nơi khác", 1),
        ("Phải đánh giá, xếp loại", 1),
        ("Đã đánh giá, xếp loại", 1),
        *((level.value, 2) for level in LEVELS),
        ("HTXSNV/ HTTNV (%)", 1),
        ("Xếp loại chi bộ" if document.rows_are_cells else "Xếp loại tổ chức đảng", 2),
    ]
    below = {
        3: (
            "Miễn sinh hoạt",
            "Đình chỉ sinh hoạt",
            f"Kết nạp chưa đủ {rules.review_min_months_since_admission} tháng",
        ),
        **{7 + i: ("SL", "%") for i in range(len(LEVELS))},
        12: ("Tự xếp loại", decided_by),
    }
    data, commands = _headings(looks, size, top, below)
    notes: list[str] = []
    flagged: list[int] = []  # table rows whose cap ratio is marked
    ordinary = rules.excellent_cap_percent_of_good
    entries = [
        (str(n), row.name, row.counts, row.cap, row.evaluation)
        for n, row in enumerate(report.rows, start=1)
    ]
    entries.append(("", TOTAL_LABEL, report.total, report.total_cap, report.unit_evaluation))
    for number, name, counts, cap, evaluation in entries:
        ratio: object = percent_text(counts.cap_ratio)
        if not cap.kept or cap.exception_decision:
            shown = report.unit_name if name == TOTAL_LABEL else name
            notes.append(_cap_note(shown, counts, cap, ordinary))
            markup = f"{ratio}<super>({len(notes)})</super>"
            if not cap.kept:
                markup = f'<font color="{_WARNING.hexval()}"><b>{markup}</b></font>'
                flagged.append(len(data))
            ratio = Paragraph(markup, looks.cell[size])
        self_level, final_level = _unit_level_cells(evaluation)
        data.append(
            [
                number,
                _fit(name, widths[1], size, party.FONT_BOLD if not number else party.FONT),
                count_text(counts.total),
                count_text(counts.exempt),
                count_text(counts.suspended),
                count_text(counts.new_under_6_months),
                count_text(counts.temporarily_elsewhere),
                count_text(counts.required),
                count_text(counts.reviewed),
                *(
                    value
                    for level in LEVELS
                    for value in (
                        count_text(counts.count(level)),
                        percent_text(counts.percent(level)),
                    )
                ),
                ratio,
                _fit(self_level, widths[-2], size),
                _fit(final_level, widths[-1], size),
            ]
        )
    commands += _grid(size, 2)
    commands += [
        ("ALIGN", (1, 2), (1, -1), "LEFT"),
        ("FONT", (0, -1), (-1, -1), party.FONT_BOLD, size, size * 1.15),
        ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#F2F2F2")),
    ]
    for row in flagged:
        commands.append(("BACKGROUND", (-3, row), (-3, row), colors.HexColor("#FDE7EA")))
    table = _Table(data, colWidths=widths, repeatRows=2, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    story: list[Flowable] = [table]
    legend = (
        "Ghi chú: HTXSNV – hoàn thành xuất sắc nhiệm vụ; HTTNV – hoàn thành tốt nhiệm vụ; "
        "HTNV – hoàn thành nhiệm vụ; KHTNV – không hoàn thành nhiệm vụ; SL – số lượng. "
        "Tỷ lệ % tính trên số đảng viên đã đánh giá, xếp loại. Số đảng viên HTXSNV không "
        f"vượt quá {ordinary}% số đảng viên HTTNV (tỷ lệ HTXSNV/HTTNV). Đảng viên sinh hoạt "
        "tạm thời nơi khác được đánh giá, xếp loại tại đây."
    )
    story.append(Paragraph(party.text(legend), looks.note))
    story += [
        Paragraph(f"({n}) {party.text(note)}", looks.note) for n, note in enumerate(notes, start=1)
    ]
    return story


# -- the signed report's own tables and sentences --------------------------------------------------
def _small_table(
    data: list[list[object]],
    widths_mm: Sequence[float],
    looks: _Looks,
    heading_rows: int = 1,
    left: Iterable[int] = (),
    total_row: bool = False,
    spans: Sequence[tuple[object, ...]] = (),
) -> Table:
    size = TABLE_SIZE
    commands = [*spans, *_grid(size, heading_rows)]
    commands += [("ALIGN", (c, heading_rows), (c, -1), "LEFT") for c in left]
    if total_row:
        commands.append(("FONT", (0, -1), (-1, -1), party.FONT_BOLD, size, size * 1.15))
    table = _Table(
        data,
        colWidths=[w * mm for w in widths_mm],
        repeatRows=heading_rows,
        hAlign="CENTER",
        spaceBefore=4,
        spaceAfter=4,
    )
    table.setStyle(TableStyle(commands))
    return table


def _members_section(document: ClassificationDocument, looks: _Looks) -> list[Flowable]:
    report = document.report
    total = report.total
    rules = document.rules
    on = format_date(report.review_on)
    whole = "chi bộ" if document.unit_is_cell else "đảng bộ"
    not_reviewed = total.total - total.required
    story: list[Flowable] = [
        Paragraph("I. KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI ĐẢNG VIÊN", looks.section),
        _para(
            f"Tổng số đảng viên của {whole} tính đến ngày {on}: "
            f"{count_text(total.total)} đồng chí. Không phải đánh giá, xếp loại: "
            f"{count_text(not_reviewed)} đồng chí (miễn công tác và sinh hoạt đảng "
            f"{count_text(total.exempt)}; đình chỉ sinh hoạt {count_text(total.suspended)}; "
            f"kết nạp chưa đủ {rules.review_min_months_since_admission} tháng "
            f"{count_text(total.new_under_6_months)}). Đảng viên sinh hoạt tạm thời nơi khác, "
            f"được đánh giá, xếp loại tại đây: {count_text(total.temporarily_elsewhere)} đồng chí.",
            looks,
        ),
        _para(
            f"Số đảng viên phải đánh giá, xếp loại: {count_text(total.required)} đồng chí; "
            f"đã đánh giá, xếp loại: {count_text(total.reviewed)} đồng chí"
            + (
                f" (còn {count_text(total.not_yet_reviewed)} đồng chí chưa có kết quả)"
                if total.not_yet_reviewed
                else ""
            )
            + (", trong đó:" if total.reviewed else "."),
            looks,
        ),
    ]
    if total.reviewed:
        story += [
            Paragraph(
                party.text(
                    f"- {LEVEL_NAMES[level]}: {count_text(total.count(level))} đồng chí "
                    f"(tỷ lệ {percent_text(total.percent(level))}%)"
                    + ("." if level is LEVELS[-1] else ";")
                ),
                looks.item,
            )
            for level in LEVELS
        ]
        cap = report.total_cap
        ratio = total.cap_ratio
        if ratio is not None:
            allowed_by = f" theo {cap.exception_decision}" if cap.exception_decision else ""
            limit = f"{cap.cap_percent}% số đảng viên HTTNV{allowed_by}"
            verdict = (
                f"trong mức tối đa {limit}"
                if cap.kept
                else f"vượt mức tối đa {limit}, tức không quá {count_text(cap.allowed)} đồng chí"
            )
            text = (
                "Tỷ lệ đảng viên hoàn thành xuất sắc nhiệm vụ so với số hoàn thành tốt nhiệm "
                f"vụ: {percent_text(ratio)}% ({verdict})."
            )
            story.append(
                Paragraph(
                    party.text(text) if cap.kept else f"<b>{party.text(text)}</b>", looks.style.body
                )
            )
    story.append(
        _para(
            "Số liệu của từng chi bộ tại Biểu tổng hợp kèm theo"
            + (
                "; danh sách đảng viên của từng chi bộ tại các phụ lục."
                if document.annexes
                else "."
            ),
            looks,
        )
    )
    return story


def _organisation_section(document: ClassificationDocument, looks: _Looks) -> list[Flowable]:
    report = document.report
    organisations = report.organisations
    shares = organisation_shares(organisations)
    units = "chi bộ trực thuộc" if document.rows_are_cells else "tổ chức đảng trực thuộc"
    story: list[Flowable] = [
        Paragraph("II. KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI TỔ CHỨC ĐẢNG", looks.section),
    ]
    if document.unit_is_cell:  # one cell: its own level, no table of one
        own = report.rows[0].evaluation if report.rows else None
        if own is not None and own.newly_formed:
            story.append(_para("Chi bộ mới thành lập, chưa xếp loại.", looks))
        else:
            levels = [
                f"{label}: {LEVEL_NAMES[level].lower()}"
                for label, level in (
                    ("Chi bộ tự xếp loại", own.self_level if own else None),
                    ("Đảng ủy xếp loại", own.final_level if own else None),
                )
                if level is not None
            ]
            story.append(_para("; ".join(levels) + "." if levels else NOT_YET_CLASSIFIED, looks))
        return story
    story.append(_para(f"Tổng số {units}: {count_text(organisations.total)}.", looks))
    labels = [*(f"{LEVEL_NAMES[lv]} ({lv.value})" for lv in LEVELS), NEWLY_FORMED]
    labels.append(NOT_YET_CLASSIFIED)
    counts = [*organisations.by_level, organisations.newly_formed, organisations.not_yet_classified]
    data: list[list[object]] = [
        [
            Paragraph(h, looks.heading[TABLE_SIZE])
            for h in ("STT", "Xếp loại", "Số lượng", "Tỷ lệ (%)")
        ]
    ]
    data += [
        [str(n), label, count_text(count), percent_text(shares[n - 1] if shares else None)]
        for n, (label, count) in enumerate(zip(labels, counts, strict=True), start=1)
    ]
    data.append(
        ["", TOTAL_LABEL, count_text(organisations.total), "100,00" if shares else NO_VALUE]
    )
    story.append(_small_table(data, (12, 98, 25, 25), looks, left=(1,), total_row=True))
    own = report.unit_evaluation
    if own is not None and (own.self_level or own.final_level):
        parts = []
        if own.self_level:
            parts.append(f"tự xếp loại {LEVEL_NAMES[own.self_level].lower()}")
        if own.final_level:
            parts.append(f"cấp trên xếp loại {LEVEL_NAMES[own.final_level].lower()}")
        story.append(_para(f"{report.unit_name} {'; '.join(parts)}.", looks))
    return story


def _history_section(document: ClassificationDocument, looks: _Looks) -> list[Flowable]:
    report = document.report
    story: list[Flowable] = [
        Paragraph("III. SO SÁNH VỚI CÁC NĂM TRƯỚC", looks.section),
    ]
    if not report.history:
        story.append(_para("Chưa có kết quả đánh giá, xếp loại các năm trước để so sánh.", looks))
        return story
    own = report.unit_evaluation
    current = YearLevels(
        report.year, report.total.by_level, (own.final_level or own.self_level) if own else None
    )
    top = [
        ("Năm", 1),
        ("Số đảng viên được xếp loại", 1),
        *((level.value, 2) for level in LEVELS),
        ("HTXSNV/ HTTNV (%)", 1),
        ("Xếp loại đảng bộ", 1),
    ]
    below = {2 + i: ("SL", "%") for i in range(len(LEVELS))}
    data, spans = _headings(looks, TABLE_SIZE, top, below)
    for year in (*report.history, current):
        data.append(
            [
                str(year.year),
                count_text(year.reviewed),
                *(
                    value
                    for index, level in enumerate(LEVELS)
                    for value in (
                        count_text(year.by_level[index]),
                        percent_text(year.percent(level)),
                    )
                ),
                percent_text(year.cap_ratio),
                level_text(year.unit_level),
            ]
        )
    widths = (12, 18, *(11, 13) * 4, 21, 18)  # the 165 mm of a portrait page
    story.append(_small_table(data, widths, looks, heading_rows=2, spans=spans, total_row=True))
    return story


def _awards_section(document: ClassificationDocument, looks: _Looks) -> list[Flowable]:
    report = document.report
    years = document.rules.award_streak_years
    first = report.year - years + 1
    excellent = report.total.count(Level.EXCELLENT)
    story: list[Flowable] = [
        Paragraph("IV. ĐỀ NGHỊ KHEN THƯỞNG", looks.section),
        _para(
            f"Đảng viên hoàn thành xuất sắc nhiệm vụ năm {report.year}: "
            f"{count_text(excellent)} đồng chí.",
            looks,
        ),
    ]
    candidates = report.award_candidates
    if not candidates:
        story.append(
            _para(
                f"Không có đảng viên hoàn thành xuất sắc nhiệm vụ {years} năm liền "
                f"({first}–{report.year}).",
                looks,
            )
        )
        return story
    story.append(
        _para(
            f"Đảng viên hoàn thành xuất sắc nhiệm vụ {years} năm liền ({first}–{report.year}), "
            f"đề nghị cấp trên khen thưởng: {count_text(len(candidates))} đồng chí.",
            looks,
        )
    )
    data: list[list[object]] = [
        [Paragraph(h, looks.heading[TABLE_SIZE]) for h in ("STT", "Họ và tên", "Chi bộ")]
    ]
    data += [
        [str(n), _fit(c.name, 70 * mm, TABLE_SIZE), _fit(c.unit_name, 80 * mm, TABLE_SIZE)]
        for n, c in enumerate(candidates, start=1)
    ]
    story.append(_small_table(data, (12, 70, 80), looks, left=(1, 2)))
    return story


def _para(value: str, looks: _Looks) -> Paragraph:
    return Paragraph(party.text(value), looks.style.body)


# -- the annexes -----------------------------------------------------------------------------------
def _annex_widths(rules: ClassificationRules, width: float) -> list[float]:
    """STT, name, birth year, form, [3 scores], 3 levels, reason, streak, notes (the rest)."""
    scores = (13, 15, 12) if has_scores(rules) else ()
    fixed = (9, 40, 12, 12, *scores, 16, 16, 16, 36, 17)
    rest = width - sum(fixed) * mm
    return [w * mm for w in fixed] + [rest]


def _annex_headings(
    rules: ClassificationRules, looks: _Looks
) -> tuple[list[list[object]], list[tuple[object, ...]]]:
    scored = has_scores(rules)
    points = (rules.general_group_points or 0) + (rules.task_points or 0)
    top = [
        ("STT", 1),
        ("Họ và tên", 1),
        ("Năm sinh", 1),
        ("Mẫu phiếu", 1),
        *([("Điểm tự đánh giá", 3)] if scored else []),
        ("Xếp loại", 3),
        ("Không đánh giá (lý do)", 1),
        ("Số năm liền HTXSNV", 1),
        ("Ghi chú", 1),
    ]
    below: dict[int, Sequence[str]] = {
        (5 if scored else 4): ("Tự xếp loại", "Chi bộ đề nghị", "Đảng ủy quyết định")
    }
    if scored:
        below[4] = (
            f"Tiêu chí chung (/{rules.general_group_points})",
            f"Nhiệm vụ (/{rules.task_points})",
            f"Tổng (/{points})",
        )
    return _headings(looks, ANNEX_SIZE, top, below)


def _annex_rows(
    annex: CellAnnex, rules: ClassificationRules, widths: Sequence[float]
) -> list[list[object]]:
    size = ANNEX_SIZE
    scored = has_scores(rules)
    name_width, reason_width, notes_width = widths[1], widths[-3], widths[-1]
    months = rules.review_min_months_since_admission

    def number(value: int | None) -> str:
        return "" if value is None else str(value)

    rows: list[list[object]] = []
    for n, row in enumerate(annex.rows, start=1):
        scores = (
            [number(row.general_score), number(row.task_score), number(row.total_score)]
            if scored
            else []
        )
        rows.append(
            [
                str(n),
                _fit(row.full_name, name_width, size),
                number(row.birth_year),
                row.form,
                *scores,
                level_text(row.self_level),
                level_text(row.proposed_level),
                level_text(row.final_level),
                _fit(not_reviewed_words(row.not_reviewed, months), reason_width, size)
                if row.not_reviewed
                else "",
                str(row.streak) if row.streak else "",
                _fit(row.notes, notes_width, size),
            ]
        )
    return rows


def _annex_story(
    annex: CellAnnex,
    rules: ClassificationRules,
    width: float,
    looks: _Looks,
    closing: Sequence[Flowable] = (),
) -> list[Flowable]:
    """The cell's list with its headings on every page, then its figures (and ``closing``)
    kept with the list's last rows (``party.list_with_ending``)."""
    size = ANNEX_SIZE
    widths = _annex_widths(rules, width)
    ending: list[Flowable] = [
        Paragraph(party.text(line), looks.note) for line in _annex_figures(annex, rules)
    ]
    ending += closing
    body = _annex_rows(annex, rules, widths)
    columns = len(widths)

    def table(rows: list[list[object]], with_headings: bool, ending_row: bool) -> Table:
        headings, commands = _annex_headings(rules, looks) if with_headings else ([], [])
        first = len(headings)
        data: list[list[object]] = [*headings, *rows]
        if ending_row:
            data.append([ending, *[""] * (columns - 1)])
        last = len(data) - (2 if ending_row else 1)  # the last row with a grid
        commands += [
            ("FONT", (0, 0), (-1, -1), party.FONT, size, size * 1.15),
            ("GRID", (0, 0), (-1, last), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]
        if with_headings:
            commands.append(("BACKGROUND", (0, 0), (-1, first - 1), colors.HexColor("#F2F2F2")))
        if last >= first:
            commands += [
                ("ALIGN", (0, first), (-1, last), "CENTER"),
                ("ALIGN", (1, first), (1, last), "LEFT"),
                ("ALIGN", (-3, first), (-3, last), "LEFT"),
                ("ALIGN", (-1, first), (-1, last), "LEFT"),
            ]
        if ending_row:
            commands += party.ENDING_ROW_STYLE
        made = _Table(data, colWidths=widths, repeatRows=first, hAlign="LEFT")
        made.setStyle(TableStyle(commands))
        return made

    return party.list_with_ending(body, table)


def _annex_figures(annex: CellAnnex, rules: ClassificationRules) -> list[str]:
    """The cell's figures under its list."""
    counts = annex.counts
    levels = "; ".join(
        f"{level.value} {count_text(counts.count(level))} ({percent_text(counts.percent(level))}%)"
        for level in LEVELS
    )
    lines = [
        f"Tổng số: {count_text(counts.total)} đảng viên; không phải đánh giá: "
        f"{count_text(counts.total - counts.required)}; phải đánh giá: "
        f"{count_text(counts.required)}; đã đánh giá: {count_text(counts.reviewed)}.",
    ]
    if counts.reviewed:
        cap = annex.cap
        ratio = (
            f"{percent_text(counts.cap_ratio)}%"
            if counts.cap_ratio is not None
            else f"{NO_VALUE} (không có HTTNV)"
        )
        verdict = "trong mức" if cap.kept else "vượt mức"
        exception = f" theo {cap.exception_decision}" if cap.exception_decision else ""
        lines.append(
            f"Kết quả: {levels}. Tỷ lệ HTXSNV/HTTNV: {ratio} "
            f"({verdict} {cap.cap_percent}%{exception})."
        )
    evaluation = annex.evaluation
    if evaluation is not None and evaluation.newly_formed:
        lines.append("Chi bộ mới thành lập, chưa xếp loại.")
    elif evaluation is not None:
        own = [
            f"Chi bộ tự xếp loại: {level_text(evaluation.self_level) or NO_VALUE}",
            f"Đảng ủy xếp loại: {level_text(evaluation.final_level) or NO_VALUE}",
        ]
        lines.append("; ".join(own) + ".")
    return lines


# -- the documents ---------------------------------------------------------------------------------
def write_classification_pdf(
    document: ClassificationDocument, target: BinaryIO, cancel: CancelToken | None = None
) -> int:
    """Write the report (and its annexes) as a PDF; the number of pages."""
    looks = _Looks.make()
    style = looks.style
    report = document.report
    portrait_width = party.text_width()
    landscape_width = party.text_width(landscape_page=True)
    subtitle = (
        f"(Ngày đánh giá: {format_date(report.review_on)}; theo {nfc(document.profile_source)})"
        if document.profile_source
        else f"(Ngày đánh giá: {format_date(report.review_on)})"
    )
    closing = party.closing(document.signature, document.recipients, portrait_width, style)
    story: list[Flowable] = [
        party.header(document.header, portrait_width, style),
        *_title(
            (
                "Báo cáo kết quả đánh giá, xếp loại",
                f"chất lượng tổ chức đảng và đảng viên năm {report.year}",
            ),
            style,
        ),
        Paragraph(party.text(subtitle), looks.centred_note),
        *_members_section(document, looks),
        *_organisation_section(document, looks),
        *_history_section(document, looks),
        *_awards_section(document, looks),
        KeepTogether([Spacer(1, 4), closing]),
        NextPageTemplate("landscape"),
        PageBreak(),
        Paragraph(party.text(f"{SUMMARY_HEADING} NĂM {report.year}"), style.subtitle),
        Paragraph(
            party.text(
                f"(Kèm theo báo cáo kết quả đánh giá, xếp loại năm {report.year} của "
                f"{document.header.issuer}; số liệu tính đến ngày {format_date(report.review_on)})"
            ),
            looks.centred_note,
        ),
        *_summary_table(document, landscape_width, looks),
    ]
    for annex in document.annexes:
        story += [
            PageBreak(),
            Paragraph(party.text(f"{ANNEX_HEADING} — {party.upper(annex.name)}"), style.subtitle),
            Paragraph(
                party.text(f"(Năm {report.year}; ngày đánh giá {format_date(report.review_on)})"),
                looks.centred_note,
            ),
            *_annex_story(annex, document.rules, landscape_width, looks),
        ]
    return _build(
        target,
        story,
        first="portrait",
        title_text=f"{report_title(report.year)} — {document.header.issuer}",
        author=document.header.issuer,
        cancel=cancel,
    )


def write_annex_pdf(
    document: AnnexDocument, target: BinaryIO, cancel: CancelToken | None = None
) -> int:
    """One cell's list as its own landscape document, signed by the cell; the pages."""
    looks = _Looks.make()
    style = looks.style
    width = party.text_width(landscape_page=True)
    annex = document.annex
    story: list[Flowable] = [
        party.header(document.header, width, style),
        *party.title(
            f"Danh sách đánh giá, xếp loại đảng viên năm {document.year}",
            [annex.name],
            style,
        ),
        Paragraph(
            party.text(f"(Ngày đánh giá: {format_date(document.review_on)})"), looks.centred_note
        ),
        *_annex_story(
            annex,
            document.rules,
            width,
            looks,
            closing=[party.closing(document.signature, document.recipients, width, style)],
        ),
    ]
    return _build(
        target,
        story,
        first="landscape",
        title_text=f"Danh sách đánh giá, xếp loại đảng viên năm {document.year} — {annex.name}",
        author=annex.name,
        cancel=cancel,
    )


def _title(lines: Sequence[str], style: party.Styles) -> list[Flowable]:
    """``party.title`` with the line breaks chosen: a long title broken where it reads well,
    not where the width happens to end."""
    markup = "<br/>".join(party.text(party.upper(line)) for line in lines)
    return [
        Paragraph(markup, style.title),
        HRFlowable(width=30 * mm, thickness=0.6, color="black", spaceBefore=4),
        Spacer(1, 8),
    ]


def _build(
    target: BinaryIO,
    story: list[Flowable],
    *,
    first: str,
    title_text: str,
    author: str,
    cancel: CancelToken | None,
) -> int:
    """``party.build`` with a portrait and a landscape page template: the signed report is
    portrait, the wide tables after it turn (``NextPageTemplate``). The margins keep their
    meaning on a turned page (binding edge 30 mm on the left, as it is read); the page number
    stays at the top centre of the text from page 2 on."""
    party.register_fonts()

    def template(name: str, page_size: tuple[float, float]) -> PageTemplate:
        text_width = page_size[0] - party.MARGIN_LEFT - party.MARGIN_RIGHT
        frame = Frame(
            party.MARGIN_LEFT,
            party.MARGIN_BOTTOM,
            text_width,
            page_size[1] - party.MARGIN_TOP - party.MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id=f"text_{name}",
        )

        def on_page(canvas: Canvas, _document: BaseDocTemplate) -> None:
            if cancel is not None:
                cancel.check()
            number = canvas.getPageNumber()
            if number > 1:
                canvas.saveState()
                canvas.setFont(party.FONT, 13)
                canvas.drawCentredString(
                    party.MARGIN_LEFT + text_width / 2,
                    page_size[1] - party.PAGE_NUMBER_FROM_TOP,
                    str(number),
                )
                canvas.restoreState()

        return PageTemplate(id=name, frames=[frame], onPage=on_page, pagesize=page_size)

    templates = {
        "portrait": template("portrait", A4),
        "landscape": template("landscape", landscape(A4)),
    }
    ordered = [templates[first], *(t for name, t in templates.items() if name != first)]
    document = BaseDocTemplate(
        target,
        pagesize=ordered[0].pagesize,
        leftMargin=party.MARGIN_LEFT,
        rightMargin=party.MARGIN_RIGHT,
        topMargin=party.MARGIN_TOP,
        bottomMargin=party.MARGIN_BOTTOM,
        title=nfc(title_text),
        author=nfc(author),
        creator="Chi bộ Desktop",
        pageTemplates=ordered,
    )
    document.build(story)
    return document.page
