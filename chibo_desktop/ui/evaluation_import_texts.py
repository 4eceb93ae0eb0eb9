"""The words of importing a year's evaluation results: each row problem as a sentence naming the
field and saying what to do, the refusals, and the report the command line prints and the window
shows (``chibo-desktop evaluations import``, ``EvaluationImportDialog``).

Problems the roster import shares (an unreadable date, an ID number that lost its zeros) are
worded by ``ui.messages``; the file-level report lines are ``ui.import_report``'s.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from chibo_desktop.domain.dates import format_date
from chibo_desktop.domain.evaluation import NotReviewed
from chibo_desktop.domain.validation import Problem
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.evaluation_import import (
    EvaluationImportPreview,
    EvaluationRow,
    RowAction,
    RowStatus,
)
from chibo_desktop.ui.evaluation_texts import not_reviewed_sentence
from chibo_desktop.ui.import_report import heading_lines
from chibo_desktop.ui.messages import describe_error, describe_problem, field_label

_CONTEXT = "EvaluationImport"

# The record's own fields are labelled by ui.messages, as on the member's evaluation form; the
# total is the file's only.
FIELD_LABELS = {"total_score": QT_TRANSLATE_NOOP("EvaluationImport", "Total score")}
_PROBLEMS = {
    "bad_level": QT_TRANSLATE_NOOP(
        "EvaluationImport",
        "{field}: “{value}” is not a level; write HTXSNV, HTTNV, HTNV or KHTNV, or the words "
        "(e.g. Hoàn thành tốt nhiệm vụ).",
    ),
    "bad_form": QT_TRANSLATE_NOOP(
        "EvaluationImport", "{field}: “{value}” is not a form; write 2A, 2B or 2C."
    ),
    "bad_score": QT_TRANSLATE_NOOP(
        "EvaluationImport", "{field}: “{value}” is not a number of points; write it in digits."
    ),
    "score_not_whole": QT_TRANSLATE_NOOP(
        "EvaluationImport", "{field}: {value} is not a whole number of points; round it."
    ),
    "score_range": QT_TRANSLATE_NOOP(
        "EvaluationImport", "{field}: {value} points; it must be from 0 to {maximum}."
    ),
    "no_score_scale": QT_TRANSLATE_NOOP(
        "EvaluationImport",
        "{field}: {year} is classified by Quy định 124-QĐ/TW, which has no 100-point scale; "
        "remove the scores from the file.",
    ),
    "total_mismatch": QT_TRANSLATE_NOOP(
        "EvaluationImport",
        "{field}: {value} points, but {general} + {task} = {sum}; correct the total or a part.",
    ),
    "total_leaves_bad_part": QT_TRANSLATE_NOOP(
        "EvaluationImport",
        "{field}: {value} points leaves {rest} for the {part}, which is at most {maximum}; "
        "correct the scores.",
    ),
    "total_not_stored": QT_TRANSLATE_NOOP(
        "EvaluationImport",
        "{field}: {value} points is not kept, because the program keeps the two parts (general "
        "criteria and tasks); enter them in the file or on the member's sheet.",
    ),
    "unknown_cell": QT_TRANSLATE_NOOP(
        "EvaluationImport",
        "{field}: there is no cell named “{cell}” in the commune; correct the name or leave it "
        "empty.",
    ),
    "cell_differs": QT_TRANSLATE_NOOP(
        "EvaluationImport",
        "{field}: {name} is in {actual} on the review date, not in “{cell}”; correct the cell "
        "or the name.",
    ),
    "number_on_several": QT_TRANSLATE_NOOP(
        "EvaluationImport",
        "{field}: {value} is recorded for {count} members; correct the roster first.",
    ),
    "number_differs": QT_TRANSLATE_NOOP(
        "EvaluationImport",
        "{field}: {name} has {recorded} on the roster, not {value}; correct the number.",
    ),
    "name_differs": QT_TRANSLATE_NOOP(
        "EvaluationImport",
        "{field}: the {number_field} {value} belongs to {name}, not to “{written}”; correct "
        "the name or the number.",
    ),
    "birth_differs": QT_TRANSLATE_NOOP(
        "EvaluationImport",
        "{field}: {name} was born on {recorded}, not “{written}”; correct the date or the number.",
    ),
    "ambiguous_member": QT_TRANSLATE_NOOP(
        "EvaluationImport",
        "{field}: {count} members on the roll are called {name}: {members}. {hint}",
    ),
    "member_not_found": QT_TRANSLATE_NOOP(
        "EvaluationImport",
        "{field}: no member on the roll on {on} is called {value}, born {birth}; check the "
        "name and the date of birth, or add the ID number.",
    ),
    "name_not_found": QT_TRANSLATE_NOOP(
        "EvaluationImport",
        "{field}: no member on the roll on {on} is called {value}; check the name, or add the "
        "date of birth or the ID number.",
    ),
    "number_not_found": QT_TRANSLATE_NOOP(
        "EvaluationImport",
        "{field}: no member on the roll on {on} has the number {value}, and the name does not "
        "find one either; check both.",
    ),
    "number_only_not_found": QT_TRANSLATE_NOOP(
        "EvaluationImport",
        "{field}: no member on the roll on {on} has the number {value}; check the number, or "
        "write the name and the date of birth.",
    ),
    "not_on_roll": QT_TRANSLATE_NOOP(
        "EvaluationImport",
        "{field}: {name} is not on the commune's roll on the review date {on} (moved away, "
        "died or not yet admitted); remove the row.",
    ),
    "not_reviewed": QT_TRANSLATE_NOOP(
        "EvaluationImport", "{field}: {name} is not reviewed in {year}. {why} Remove the row."
    ),
    "same_member_in_file": QT_TRANSLATE_NOOP(
        "EvaluationImport",
        "{field}: {name} is also on row {rows} of this file; keep only the row with the "
        "right results.",
    ),
}
_HINTS = {
    "add_birth_date": QT_TRANSLATE_NOOP(
        "EvaluationImport", "Add the date of birth or the ID number to tell them apart."
    ),
    "add_cell": QT_TRANSLATE_NOOP(
        "EvaluationImport", "Add the cell or the ID number to tell them apart."
    ),
    "add_number": QT_TRANSLATE_NOOP(
        "EvaluationImport", "Add the ID number or the Party card number to tell them apart."
    ),
}
_PARTS = {
    "general_score": QT_TRANSLATE_NOOP("EvaluationImport", "general criteria"),
    "task_score": QT_TRANSLATE_NOOP("EvaluationImport", "tasks"),
}
_REFUSALS = {
    "evaluation_import.changed_since_preview": QT_TRANSLATE_NOOP(
        "EvaluationImport",
        "The evaluations or the roster changed after the preview was made; nothing was "
        "imported. Please check the file again.",
    ),
    "evaluation_import.no_result_columns": QT_TRANSLATE_NOOP(
        "EvaluationImport",
        "The file has no column of results (form, scores or levels); nothing was imported.",
    ),
}
_ACTIONS = {
    RowAction.NEW: QT_TRANSLATE_NOOP("EvaluationImport", "New"),
    RowAction.UPDATE: QT_TRANSLATE_NOOP("EvaluationImport", "Update"),
    RowAction.UNCHANGED: QT_TRANSLATE_NOOP("EvaluationImport", "Unchanged"),
}
_ROW = QT_TRANSLATE_NOOP("EvaluationImport", "Row {row}: {problems}")
_ROW_NOTICE = QT_TRANSLATE_NOOP("EvaluationImport", "Row {row} (note): {notices}")
_YEAR = QT_TRANSLATE_NOOP(
    "EvaluationImport", "Results of {year}, matched to the roll on the review date {on}."
)
_SKIPPED = QT_TRANSLATE_NOOP(
    "EvaluationImport", "Rows that are not members (titles, totals, signatures) skipped: {rows}."
)
_NO_RESULTS = QT_TRANSLATE_NOOP(
    "EvaluationImport",
    "No column of results was found (form, scores, self-assessed level, cell's proposal, "
    "committee's decision).",
)
_SUMMARY = QT_TRANSLATE_NOOP(
    "EvaluationImport",
    "{file}: rows read: {rows}; new: {new}; updated: {updated}; unchanged: {unchanged}; "
    "with errors: {errors}.",
)
_LIST_SEPARATOR = ", "
_MAX_ROW_NUMBERS = 20


def tr(source: str, **params: Any) -> str:
    return QCoreApplication.translate(_CONTEXT, source).format(**params)


def _shown(value: Any) -> str:
    return format_date(value) if isinstance(value, date) else str(value)


def evaluation_field_label(field: str) -> str:
    if field in FIELD_LABELS:
        return tr(FIELD_LABELS[field])
    return field_label(field)


def describe_import_problem(problem: Problem) -> str:
    """One problem (or note) of a row as a sentence naming the field and what to do."""
    template = _PROBLEMS.get(problem.code)
    if template is None:  # shared with the roster import (dates, numbers, "required")
        return describe_problem(problem)
    params = {k: _shown(v) for k, v in problem.params.items()}
    params["field"] = evaluation_field_label(problem.field)
    if problem.code == "ambiguous_member":
        hint = problem.params.get("hint", "")
        params["hint"] = tr(_HINTS[hint]) if hint in _HINTS else ""
    elif problem.code == "total_leaves_bad_part":
        part = problem.params.get("part", "")
        params["part"] = tr(_PARTS[part]) if part in _PARTS else part
    elif problem.code == "name_differs":
        label = field_label(problem.params.get("number_field", ""))
        params["number_field"] = label[:1].lower() + label[1:]  # mid-sentence; "CCCD" stays
    elif problem.code == "not_reviewed":
        since = problem.params.get("since")
        reason = NotReviewed(problem.params["reason"])
        params["why"] = not_reviewed_sentence(
            reason, since if isinstance(since, date) else None, problem.params.get("months", 6)
        )
    return tr(template, **params).strip()


def describe_import_refusal(error: BaseException) -> str:
    """A refusal of the import (or any error) as a sentence."""
    if isinstance(error, OperationRefused) and error.code in _REFUSALS:
        return tr(_REFUSALS[error.code], **{k: _shown(v) for k, v in error.params.items()})
    return describe_error(error)


def action_label(action: RowAction) -> str:
    return tr(_ACTIONS[action])


def problems_text(result: EvaluationRow) -> str:
    """The row's problems, then its notes, as sentences one after the other."""
    return " ".join(describe_import_problem(p) for p in (*result.problems, *result.notices))


def row_lines(result: EvaluationRow) -> list[str]:
    lines = []
    if result.problems:
        problems = " ".join(describe_import_problem(p) for p in result.problems)
        lines.append(tr(_ROW, row=result.row, problems=problems))
    if result.notices:
        notices = " ".join(describe_import_problem(p) for p in result.notices)
        lines.append(tr(_ROW_NOTICE, row=result.row, notices=notices))
    return lines


def _row_numbers(rows: tuple[int, ...]) -> str:
    shown = _LIST_SEPARATOR.join(str(r) for r in rows[:_MAX_ROW_NUMBERS])
    return shown + ("…" if len(rows) > _MAX_ROW_NUMBERS else "")


def summary_line(preview: EvaluationImportPreview) -> str:
    return tr(
        _SUMMARY,
        file=preview.table.path.name,
        rows=len(preview.rows),
        new=preview.count_action(RowAction.NEW),
        updated=preview.count_action(RowAction.UPDATE),
        unchanged=preview.count_action(RowAction.UNCHANGED),
        errors=preview.count(RowStatus.ERROR),
    )


def report_lines(preview: EvaluationImportPreview) -> list[str]:
    """The whole report: where the headers are, the year, one line per row with problems (and
    per row with a note), skipped rows, why the year takes nothing, and the counts."""
    lines = heading_lines(preview)  # type: ignore[arg-type]  # the same mapping and table
    if not preview.has_results:
        lines.append(tr(_NO_RESULTS))
    lines.append(tr(_YEAR, year=preview.year, on=format_date(preview.review_on)))
    for result in preview.rows:
        lines += row_lines(result)
    if preview.skipped_rows:
        lines.append(tr(_SKIPPED, rows=_row_numbers(preview.skipped_rows)))
    if preview.year_refusal is not None:
        lines.append(
            describe_import_refusal(OperationRefused(preview.year_refusal, year=preview.year))
        )
    lines.append(summary_line(preview))
    return lines
