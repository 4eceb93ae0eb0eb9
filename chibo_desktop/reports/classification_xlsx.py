"""The classification report as an Excel workbook: the same tables as the PDF, one sheet each.

"Tổng hợp" (a row per unit and the total), "Tổ chức đảng", "So sánh các năm" (with the members
proposed for an award under it) and one sheet per cell's member annex. Each sheet starts with one
heading row of readable labels (no merged cells, so that it sorts and filters), figures are
numbers and percentages numbers shown with two decimals, so that communes' books can be summed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from chibo_desktop.domain.evaluation import LEVELS, YearLevels
from chibo_desktop.domain.rules import ClassificationRules
from chibo_desktop.domain.text import fold, nfc
from chibo_desktop.reports.classification import (
    NEWLY_FORMED,
    NOT_YET_CLASSIFIED,
    TOTAL_LABEL,
    AnnexDocument,
    CellAnnex,
    ClassificationDocument,
    annex_headings,
    annex_values,
    history_record,
    organisation_record,
    report_title,
    summary_record,
)
from chibo_desktop.reports.member_sheet import sheet_name

SUMMARY_SHEET = "Tổng hợp"
ORGANISATION_SHEET = "Tổ chức đảng"
HISTORY_SHEET = "So sánh các năm"
PERCENT_FORMAT = "0.00"
_WARNING_COLOUR = "B00020"
_SHEET_NAME_MAX = 31


def summary_labels(document: ClassificationDocument) -> dict[str, str]:
    """The summary's JSON keys → the workbook's headings."""
    months = document.rules.review_min_months_since_admission
    labels = {
        "total": "Tổng số đảng viên",
        "exempt": "Miễn công tác và sinh hoạt đảng",
        "suspended": "Đình chỉ sinh hoạt",
        "new_under_6_months": f"Kết nạp chưa đủ {months} tháng",
        "temporarily_elsewhere": "Sinh hoạt tạm thời nơi khác",
        "required": "Phải đánh giá, xếp loại",
        "reviewed": "Đã đánh giá, xếp loại",
    }
    for level in LEVELS:
        labels[level.value] = f"{level.value} (số lượng)"
        labels[f"pct_{level.value}"] = f"{level.value} (%)"
    labels.update(
        {
            "cap_ratio": "HTXSNV/HTTNV (%)",
            "cap_percent": "Mức tối đa (% số HTTNV)",
            "cap_kept": "Trong mức tối đa",
            "cap_exception_decision": "Quyết định cho phép vượt mức",
            "unit_self_level": "Tự xếp loại",
            "unit_final_level": (
                "Đảng ủy quyết định" if document.rows_are_cells else "Cấp trên quyết định"
            ),
        }
    )
    return labels


class _SheetNames:
    """Sheet names Excel accepts: no []:*?/\\, at most 31 characters, not starting or ending
    with an apostrophe, and unique ignoring case (two cells whose names agree in their first 31
    characters get " (2)", " (3)" …)."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def __call__(self, title: str) -> str:
        base = sheet_name(title).strip("'").strip() or "Sheet"
        candidate, n = base, 1
        while candidate.casefold() in self._taken or fold(candidate) == "history":
            n += 1
            suffix = f" ({n})"
            candidate = base[: _SHEET_NAME_MAX - len(suffix)].rstrip() + suffix
        self._taken.add(candidate.casefold())
        return candidate


def write_classification_xlsx(document: ClassificationDocument, target: BinaryIO) -> None:
    workbook = Workbook()
    workbook.remove(workbook.active)
    names = _SheetNames()
    report = document.report
    title = f"{report_title(report.year)} — {document.header.issuer}"
    workbook.properties.title = nfc(title)
    workbook.properties.creator = "Chi bộ Desktop"
    _summary_sheet(workbook.create_sheet(names(SUMMARY_SHEET)), document, title)
    _organisation_sheet(workbook.create_sheet(names(ORGANISATION_SHEET)), document)
    _history_sheet(workbook.create_sheet(names(HISTORY_SHEET)), document)
    for annex in document.annexes:
        _annex_sheet(workbook.create_sheet(names(annex.name)), annex, document.rules, report.year)
    workbook.save(target)


def write_annex_xlsx(document: AnnexDocument, target: BinaryIO) -> None:
    workbook = Workbook()
    workbook.remove(workbook.active)
    workbook.properties.title = nfc(
        f"Danh sách đánh giá, xếp loại đảng viên năm {document.year} — {document.annex.name}"
    )
    workbook.properties.creator = "Chi bộ Desktop"
    sheet = workbook.create_sheet(_SheetNames()(document.annex.name))
    _annex_sheet(sheet, document.annex, document.rules, document.year)
    workbook.save(target)


# -- sheets ----------------------------------------------------------------------------------------
def _summary_sheet(sheet: Worksheet, document: ClassificationDocument, title: str) -> None:
    report = document.report
    labels = summary_labels(document)
    unit_heading = "Tên chi bộ" if document.rows_are_cells else "Tên đơn vị"
    _heading_row(sheet, ["STT", "Mã đơn vị", unit_heading, *labels.values()])
    entries = [
        (n, row.code, row.name, summary_record(row.counts, row.cap, row.evaluation))
        for n, row in enumerate(report.rows, start=1)
    ]
    entries.append(
        (
            None,
            document.unit_code,
            TOTAL_LABEL,
            summary_record(report.total, report.total_cap, report.unit_evaluation),
        )
    )
    keys = list(labels)
    cap_column = 4 + keys.index("cap_ratio")
    for number, code, name, record in entries:
        values = [record[key] for key in keys]
        values[keys.index("cap_kept")] = "Có" if record["cap_kept"] else "Không"
        _append(sheet, [number, code, name, *values])
        row = sheet.max_row
        for key_index, key in enumerate(keys):
            if key.startswith("pct_") or key == "cap_ratio":
                sheet.cell(row, 4 + key_index).number_format = PERCENT_FORMAT
        if not record["cap_kept"]:
            sheet.cell(row, cap_column).font = Font(bold=True, color=_WARNING_COLOUR)
            sheet.cell(row, 4 + keys.index("cap_kept")).font = Font(
                bold=True, color=_WARNING_COLOUR
            )
    for column in range(1, sheet.max_column + 1):
        sheet.cell(sheet.max_row, column).font = Font(
            bold=True, color=sheet.cell(sheet.max_row, column).font.color
        )
    _widths(sheet, [6, 18, 34, *([12] * len(keys))])
    sheet.column_dimensions[get_column_letter(4 + keys.index("cap_exception_decision"))].width = 28
    sheet.freeze_panes = "D2"
    _printing(sheet, title)


def _organisation_sheet(sheet: Worksheet, document: ClassificationDocument) -> None:
    organisations = document.report.organisations
    record = organisation_record(organisations)
    _heading_row(sheet, ["Xếp loại", "Số lượng", "Tỷ lệ (%)"])
    rows = [
        *((level.value, level.value) for level in LEVELS),
        (NEWLY_FORMED, "newly_formed"),
        (NOT_YET_CLASSIFIED, "not_yet_classified"),
    ]
    for label, key in rows:
        sheet.append([label, record[key], record[f"pct_{key}"]])
        sheet.cell(sheet.max_row, 3).number_format = PERCENT_FORMAT
    sheet.append([TOTAL_LABEL, organisations.total, 100.0 if organisations.total else None])
    sheet.cell(sheet.max_row, 3).number_format = PERCENT_FORMAT
    for column in range(1, 4):
        sheet.cell(sheet.max_row, column).font = Font(bold=True)
    _widths(sheet, [34, 12, 12])
    sheet.freeze_panes = "A2"


def _history_sheet(sheet: Worksheet, document: ClassificationDocument) -> None:
    report = document.report
    own = report.unit_evaluation
    current = YearLevels(
        report.year, report.total.by_level, (own.final_level or own.self_level) if own else None
    )
    keys = [
        "year",
        "reviewed",
        *(k for level in LEVELS for k in (level.value, f"pct_{level.value}")),
        "cap_ratio",
        "unit_level",
    ]
    headings = {
        "year": "Năm",
        "reviewed": "Số đảng viên được xếp loại",
        "cap_ratio": "HTXSNV/HTTNV (%)",
        "unit_level": "Xếp loại đảng bộ" if document.rows_are_cells else "Xếp loại tổ chức đảng",
    }
    for level in LEVELS:
        headings[level.value] = f"{level.value} (số lượng)"
        headings[f"pct_{level.value}"] = f"{level.value} (%)"
    _heading_row(sheet, [headings[k] for k in keys])
    for year in (*report.history, current):
        record = history_record(year)
        sheet.append([record[k] for k in keys])
        for index, key in enumerate(keys, start=1):
            if key.startswith("pct_") or key == "cap_ratio":
                sheet.cell(sheet.max_row, index).number_format = PERCENT_FORMAT
    _widths(sheet, [8, 14, *([12] * (len(keys) - 2))])
    sheet.freeze_panes = "A2"

    # The members proposed for a higher award, under the comparison.
    years = document.rules.award_streak_years
    first = report.year - years + 1
    sheet.append([])
    sheet.append(
        [
            f"Đảng viên hoàn thành xuất sắc nhiệm vụ {years} năm liền ({first}–{report.year}), "
            f"đề nghị khen thưởng: {len(report.award_candidates)}"
        ]
    )
    sheet.cell(sheet.max_row, 1).font = Font(bold=True)
    if report.award_candidates:
        sheet.append(["STT", "Họ và tên", "Chi bộ"])
        for column in range(1, 4):
            sheet.cell(sheet.max_row, column).font = Font(bold=True)
        for n, candidate in enumerate(report.award_candidates, start=1):
            _append(sheet, [n, candidate.name, candidate.unit_name])


def _annex_sheet(sheet: Worksheet, annex: CellAnnex, rules: ClassificationRules, year: int) -> None:
    headings = ["STT", *annex_headings(rules)]
    _heading_row(sheet, headings)
    for n, row in enumerate(annex.rows, start=1):
        _append(sheet, [n, *annex_values(row, rules)])
    widths = [6, 30, 9, 9]
    widths += [12] * (len(headings) - len(widths) - 4)
    widths += [24, 10, 40]
    _widths(sheet, widths)
    sheet.freeze_panes = "C2"
    _printing(sheet, f"Danh sách đánh giá, xếp loại đảng viên năm {year} — {annex.name}")


# -- helpers ---------------------------------------------------------------------------------------
def _heading_row(sheet: Worksheet, headings: Sequence[str]) -> None:
    sheet.append([nfc(h) for h in headings])
    bold = Font(bold=True)
    wrapped = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for column in range(1, len(headings) + 1):
        cell = sheet.cell(1, column)
        cell.font = bold
        cell.alignment = wrapped


def _widths(sheet: Worksheet, widths: Iterable[float]) -> None:
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width


def _printing(sheet: Worksheet, title: str) -> None:
    """Printed from Excel: landscape, the heading row on every page, the title on top."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.print_title_rows = "1:1"
    sheet.oddHeader.center.text = nfc(title).replace("&", "&&")


def _text(value: object) -> object:
    """Text as NFC, an empty text as an empty cell."""
    if isinstance(value, str):
        return nfc(value) or None
    return value


def _append(sheet: Worksheet, values: Sequence[object]) -> None:
    """A row; a text starting with "=" (a note, a name) stays text: openpyxl would make it a
    formula."""
    sheet.append([_text(v) for v in values])
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str) and cell.value.startswith("="):
            cell.data_type = "s"
