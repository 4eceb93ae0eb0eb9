"""The statistics forms as an Excel workbook: one sheet per form, as worded on screen.

The figures are numbers (so that they can be summed across communes), headings bold, the lines
under a heading indented, a line that fails its check in red. openpyxl is imported when a
workbook is first written: the window imports this module and opens faster without it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import BinaryIO

from chibo_desktop.reports.member_sheet import sheet_name

_LABEL_WIDTH = 60  # characters: the longest labels of the forms
_VALUE_WIDTH = 14
_WARNING_COLOUR = "B00020"


@dataclass(frozen=True, slots=True)
class FigureLine:
    label: str
    values: tuple[int | float | None, ...]  # one per value column
    level: int = 0  # indentation
    bold: bool = False
    warning: bool = False


@dataclass(frozen=True, slots=True)
class FigureSheet:
    title: str  # the sheet's name
    heading: Sequence[str]  # lines above the table: the unit, the dates
    columns: Sequence[str]  # the label column's heading, then the value columns'
    lines: Sequence[FigureLine]


def write_figures_xlsx(sheets: Sequence[FigureSheet], target: BinaryIO) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    workbook.remove(workbook.active)
    bold = Font(bold=True)
    for figures in sheets:
        sheet = workbook.create_sheet(sheet_name(figures.title))
        for text in figures.heading:
            sheet.append([text])
            sheet.cell(sheet.max_row, 1).font = bold
        sheet.append([])
        sheet.append(list(figures.columns))
        header_row = sheet.max_row
        for column in range(1, len(figures.columns) + 1):
            sheet.cell(header_row, column).font = bold
        for line in figures.lines:
            sheet.append([line.label, *line.values])
            row = sheet.max_row
            font = Font(
                bold=line.bold or line.warning, color=_WARNING_COLOUR if line.warning else None
            )
            sheet.cell(row, 1).alignment = Alignment(indent=2 * line.level)
            for column in range(1, len(line.values) + 2):
                sheet.cell(row, column).font = font
            for column, value in enumerate(line.values, start=2):
                sheet.cell(row, column).number_format = "0.00" if isinstance(value, float) else "0"
        sheet.column_dimensions["A"].width = _LABEL_WIDTH
        for letter in "BCD"[: len(figures.columns) - 1]:
            sheet.column_dimensions[letter].width = _VALUE_WIDTH
        sheet.freeze_panes = sheet.cell(header_row + 1, 1)
    workbook.save(target)
