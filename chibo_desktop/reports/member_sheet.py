"""Lists as spreadsheets: .xlsx (openpyxl, write-only so a province's list streams out) and .csv.

People go on in Excel: dates are real dates shown dd/mm/yyyy (they sort and filter), card and ID
numbers are text (their leading zeros stay), the heading row is bold, frozen and filterable.

openpyxl is imported when a workbook is first written: the window imports this module (its
exports) and opens faster without it.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, BinaryIO

from chibo_desktop.domain.dates import format_date
from chibo_desktop.domain.progress import CancelToken
from chibo_desktop.domain.text import nfc
from chibo_desktop.reports.columns import Cell, Column, ColumnKind

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

EXCEL_DATE_FORMAT = "DD/MM/YYYY"
EXCEL_TEXT_FORMAT = "@"
# Roughly the millimetres of one character of Excel's default font, to turn widths into Excel's.
_MM_PER_CHARACTER = 1.8
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_SHEET_NAME_MAX = 31  # Excel refuses longer sheet names
_CANCEL_EVERY = 500  # rows


def sheet_name(title: str) -> str:
    return _SHEET_NAME_FORBIDDEN.sub(" ", nfc(title))[:_SHEET_NAME_MAX].strip() or "Sheet1"


def excel_width(column: Column) -> float:
    return max(column.width_mm / _MM_PER_CHARACTER, len(column.heading)) + 2


def write_xlsx(
    columns: Sequence[Column],
    rows: Iterable[Sequence[Cell]],
    row_count: int,
    target: BinaryIO,
    sheet_title: str,
    frozen_columns: int = 0,
    cancel: CancelToken | None = None,
) -> None:
    """Write one sheet: the heading row, then ``row_count`` rows (the filter range needs it
    before the rows stream out). ``frozen_columns`` stay in view when scrolling right."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet: WriteOnlyWorksheet = workbook.create_sheet(sheet_name(sheet_title))
    last = get_column_letter(len(columns))
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = excel_width(column)
    sheet.freeze_panes = f"{get_column_letter(frozen_columns + 1)}2"
    sheet.auto_filter.ref = f"A1:{last}{row_count + 1}"
    sheet.print_title_rows = "1:1"  # printed from Excel, every page repeats the headings
    sheet.page_setup.orientation = "landscape"

    bold = Font(bold=True)
    centred = Alignment(horizontal="center", vertical="center", wrap_text=True)
    headings = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=nfc(column.heading))
        cell.font = bold
        cell.alignment = centred
        headings.append(cell)
    sheet.append(headings)

    kinds = [c.kind for c in columns]
    for number, row in enumerate(rows, start=1):
        if cancel is not None and number % _CANCEL_EVERY == 0:
            cancel.check()
        sheet.append(
            [_xlsx_cell(sheet, value, kind) for value, kind in zip(row, kinds, strict=True)]
        )
    workbook.save(target)


def _xlsx_cell(sheet: WriteOnlyWorksheet, value: Cell, kind: ColumnKind) -> object:
    from openpyxl.cell import WriteOnlyCell  # loaded by write_xlsx already

    if value is None or value == "":
        return None
    if isinstance(value, date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = EXCEL_DATE_FORMAT
        return cell
    if kind is ColumnKind.CODE:
        cell = WriteOnlyCell(sheet, value=str(value))
        cell.number_format = EXCEL_TEXT_FORMAT  # typing into it later keeps it text, too
        return cell
    if isinstance(value, str) and value.startswith("="):
        # openpyxl would write it as a formula; a note that starts with "=" is still a note.
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"
        return cell
    return value


def write_csv(columns: Sequence[Column], rows: Iterable[Sequence[Cell]], target: BinaryIO) -> None:
    """UTF-8 with a byte-order mark (without it Excel reads Vietnamese as Windows-1252), comma
    separated, dates dd/mm/yyyy, numbers as they are."""
    text = io.TextIOWrapper(target, encoding="utf-8-sig", newline="")
    try:
        writer = csv.writer(text)
        writer.writerow([nfc(c.heading) for c in columns])
        for row in rows:
            writer.writerow([_csv_value(value) for value in row])
    finally:
        text.flush()
        text.detach()  # the caller owns ``target`` and closes it


def _csv_value(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return format_date(value)
    return str(value)
