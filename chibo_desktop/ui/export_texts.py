"""The words of roster exports in the user's language: headings, the printed list's wording, and
the reasons an export was refused. Shared by the window and the command line."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.roster_export import COLUMN_KEYS, RosterExportLabels
from chibo_desktop.ui.messages import (
    GENDERS,
    MEMBERSHIPS,
    STATUSES,
    THEORY_LEVELS,
    describe_error,
    field_label,
    label,
)

_CONTEXT = "Export"
# Column keys that are member fields take the field's name from the forms; these are the others.
_HEADINGS = {
    "index": QT_TRANSLATE_NOOP("Export", "No."),
    "remark": QT_TRANSLATE_NOOP("Export", "Remarks"),
}
_FIELD_OF_COLUMN = {"unit": "unit_id"}

_SHEET_TITLE = QT_TRANSLATE_NOOP("Export", "Members")
MEMBER_LIST = QT_TRANSLATE_NOOP("Export", "Member list")
_SUBTITLE = QT_TRANSLATE_NOOP("Export", "{unit}, as of {date}")
_TOTALS = QT_TRANSLATE_NOOP(
    "Export",
    "Total: {total} members, of whom {official} official, {probationary} probationary, "
    "{women} women.",
)
_OFF_ROLL = QT_TRANSLATE_NOOP(
    "Export", "The list also shows {count} people no longer on the roll (transferred, died …)."
)
_ON_BEHALF_CELL = QT_TRANSLATE_NOOP("Export", "On behalf of the cell")
_ON_BEHALF_COMMITTEE = QT_TRANSLATE_NOOP("Export", "On behalf of the Party committee")
_SECRETARY = QT_TRANSLATE_NOOP("Export", "Secretary")
_REPORT_TO = QT_TRANSLATE_NOOP("Export", "- {unit} (to report);")
_FILED_CELL = QT_TRANSLATE_NOOP("Export", "- Filed at the cell.")
_FILED_COMMITTEE = QT_TRANSLATE_NOOP("Export", "- Filed at the committee office.")

_REFUSALS = {
    "export.unknown_format": QT_TRANSLATE_NOOP(
        "Export", "{path}: unknown file type; use .xlsx, .csv or .pdf."
    ),
    "export.unsupported_format": QT_TRANSLATE_NOOP(
        "Export", "{path}: this document cannot be saved as that type of file; use {allowed}."
    ),
    "export.not_a_cell": QT_TRANSLATE_NOOP(
        "Export", "{unit} is not a cell: a member annex is made for one cell; choose a cell."
    ),
    "export.no_folder": QT_TRANSLATE_NOOP(
        "Export", "The folder {folder} does not exist; choose another place to save."
    ),
    "export.file_in_use": QT_TRANSLATE_NOOP(
        "Export",
        "{path} is open in another program (Excel, a PDF reader …); close it and try again.",
    ),
    "export.cannot_write": QT_TRANSLATE_NOOP(
        "Export",
        "Cannot write {path} ({detail}). Choose another place; a USB stick may be full or "
        "write-protected.",
    ),
}


def tr(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


def heading(key: str) -> str:
    if key in _HEADINGS:
        return tr(_HEADINGS[key])
    return field_label(_FIELD_OF_COLUMN.get(key, key))


def roster_export_labels() -> RosterExportLabels:
    """The labels for ``RosterExportService.export``, translated now."""
    return RosterExportLabels(
        headings={key: heading(key) for key in COLUMN_KEYS},
        genders={key: label(GENDERS, key) for key in GENDERS},
        memberships={key: label(MEMBERSHIPS, key) for key in MEMBERSHIPS},
        statuses={key: label(STATUSES, key) for key in STATUSES},
        theory_levels={key: label(THEORY_LEVELS, key) for key in THEORY_LEVELS},
        sheet_title=tr(_SHEET_TITLE),
        title=tr(MEMBER_LIST),
        subtitle=tr(_SUBTITLE),
        totals=tr(_TOTALS),
        off_roll=tr(_OFF_ROLL),
        on_behalf_cell=tr(_ON_BEHALF_CELL),
        on_behalf_committee=tr(_ON_BEHALF_COMMITTEE),
        secretary=tr(_SECRETARY),
        report_to=tr(_REPORT_TO),
        filed_cell=tr(_FILED_CELL),
        filed_committee=tr(_FILED_COMMITTEE),
    )


def describe_export_error(error: BaseException) -> str:
    """One sentence saying why an export failed and what to do."""
    if isinstance(error, OperationRefused) and error.code in _REFUSALS:
        return tr(_REFUSALS[error.code]).format(**error.params)
    return describe_error(error)
