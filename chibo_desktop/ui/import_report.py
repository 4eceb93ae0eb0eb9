"""The row report of a roster import, in the user's language: the same lines on the command line
(``chibo-desktop roster import``) and in the import window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from chibo_desktop.services.roster_import import (
    FileUnreadable,
    ImportPreview,
    RowResult,
    RowStatus,
)
from chibo_desktop.ui.messages import CELL_KINDS, describe_problem, field_label, label

_CONTEXT = "ImportReport"
_UNREADABLE = {
    "not_found": QT_TRANSLATE_NOOP("ImportReport", "{path}: there is no such file."),
    "unsupported": QT_TRANSLATE_NOOP(
        "ImportReport", "{path}: only Excel (.xlsx, .xls) and CSV files can be imported."
    ),
    "web_page": QT_TRANSLATE_NOOP(
        "ImportReport",
        "{path}: this is a web page saved under an Excel name; open it in Excel and save it "
        "as an Excel workbook (.xlsx).",
    ),
    "damaged": QT_TRANSLATE_NOOP(
        "ImportReport",
        "{path}: cannot be read as a spreadsheet ({detail}); it may be damaged or protected "
        "by a password.",
    ),
    "empty": QT_TRANSLATE_NOOP("ImportReport", "{path}: the file holds no data."),
    "too_large": QT_TRANSLATE_NOOP(
        "ImportReport",
        "{path}: far too large for a list of members or of results, so it was not read; "
        "check that this is the right file.",
    ),
    "unknown_encoding": QT_TRANSLATE_NOOP(
        "ImportReport",
        "{path}: the text is in an encoding this program cannot read (perhaps TCVN3 or VNI, "
        "made for old Vietnamese fonts). Open the file in Excel, save it as “CSV UTF-8” and "
        "import that file.",
    ),
}
_ROW = QT_TRANSLATE_NOOP("ImportReport", "Row {row}: {problems}")
_HEADERS_FOUND = QT_TRANSLATE_NOOP("ImportReport", "Column headers found on row {row}.")
_HEADERS_FOUND_ON_SHEET = QT_TRANSLATE_NOOP(
    "ImportReport", "Column headers found on row {row} of the sheet “{sheet}”."
)
_MISSING_COLUMNS = QT_TRANSLATE_NOOP("ImportReport", "Required columns not found: {fields}.")
_IGNORED_COLUMNS = QT_TRANSLATE_NOOP("ImportReport", "Columns not imported: {headers}.")
_SKIPPED = QT_TRANSLATE_NOOP(
    "ImportReport", "Rows that are not members (titles, totals, signatures) skipped: {rows}."
)
_NEW_CELLS = QT_TRANSLATE_NOOP("ImportReport", "Cells to create (not yet in the database): {count}")
_NEW_CELL = QT_TRANSLATE_NOOP(
    "ImportReport", "- {name} (type: {kind}; rows: {count}, the first is row {row})"
)
_SUMMARY = QT_TRANSLATE_NOOP(
    "ImportReport",
    "{file}: rows read: {rows}; good: {good}; with errors: {errors}; duplicates: {duplicates}.",
)
_STATUSES = {
    RowStatus.OK: QT_TRANSLATE_NOOP("ImportReport", "Good"),
    RowStatus.ERROR: QT_TRANSLATE_NOOP("ImportReport", "Error"),
    RowStatus.DUPLICATE: QT_TRANSLATE_NOOP("ImportReport", "Duplicate"),
}
_LIST_SEPARATOR = ", "
_MAX_ROW_NUMBERS = 20  # a list of skipped rows longer than this ends with "…"


def tr(source: str, **params: Any) -> str:
    return QCoreApplication.translate(_CONTEXT, source).format(**params)


def describe_unreadable(error: FileUnreadable) -> str:
    return tr(_UNREADABLE.get(error.code, error.code), path=error.path, detail=error.detail)


def status_label(status: RowStatus) -> str:
    return tr(_STATUSES[status])


def problems_text(result: RowResult) -> str:
    """The row's problems as sentences, one after the other."""
    return " ".join(describe_problem(p) for p in result.problems)


def row_line(result: RowResult) -> str:
    return tr(_ROW, row=result.row, problems=problems_text(result))


def _row_numbers(rows: tuple[int, ...]) -> str:
    shown = _LIST_SEPARATOR.join(str(r) for r in rows[:_MAX_ROW_NUMBERS])
    return shown + ("…" if len(rows) > _MAX_ROW_NUMBERS else "")


def heading_lines(preview: ImportPreview) -> list[str]:
    """Where the headers were found, which columns are missing or left out."""
    mapping = preview.mapping
    sheet = preview.table.sheet
    lines = [
        tr(_HEADERS_FOUND_ON_SHEET, row=mapping.header_row, sheet=sheet)
        if len(preview.table.sheets) > 1
        else tr(_HEADERS_FOUND, row=mapping.header_row)
    ]
    if preview.missing_fields:
        fields = _LIST_SEPARATOR.join(field_label(f) for f in preview.missing_fields)
        lines.append(tr(_MISSING_COLUMNS, fields=fields))
    ignored = [h for h, f in zip(mapping.headers, mapping.fields, strict=True) if h and f is None]
    if ignored:
        lines.append(tr(_IGNORED_COLUMNS, headers=_LIST_SEPARATOR.join(ignored)))
    return lines


def new_cell_lines(preview: ImportPreview) -> list[str]:
    if not preview.new_cells:
        return []
    lines = [tr(_NEW_CELLS, count=len(preview.new_cells))]
    for cell in preview.new_cells:
        kind = label(CELL_KINDS, cell.unit.kind) if cell.unit.kind else ""
        lines.append(
            tr(_NEW_CELL, name=cell.unit.name, kind=kind, count=len(cell.rows), row=cell.rows[0])
        )
    return lines


def summary_line(preview: ImportPreview) -> str:
    return tr(
        _SUMMARY,
        file=preview.table.path.name,
        rows=len(preview.rows),
        good=preview.count(RowStatus.OK),
        errors=preview.count(RowStatus.ERROR),
        duplicates=preview.count(RowStatus.DUPLICATE),
    )


def report_lines(preview: ImportPreview) -> list[str]:
    """The whole report: headings, one line per row with problems, skipped rows, new cells, and
    the counts."""
    lines = heading_lines(preview)
    lines += [row_line(r) for r in preview.rows if r.problems]
    if preview.skipped_rows:
        lines.append(tr(_SKIPPED, rows=_row_numbers(preview.skipped_rows)))
    lines += new_cell_lines(preview)
    lines.append(summary_line(preview))
    return lines
