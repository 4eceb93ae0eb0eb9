"""``chibo-desktop evaluations import --db PATH --year Y FILE [--dry-run]``: the row report, then
all rows or none (the window lets a person import only the good rows)."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QT_TRANSLATE_NOOP

from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.evaluation_import import RowAction
from chibo_desktop.services.roster_import import FileUnreadable
from chibo_desktop.ui.console import NOT_CLEAN, import_stops, message, start_command
from chibo_desktop.ui.evaluation_import_texts import describe_import_refusal, report_lines, tr
from chibo_desktop.ui.import_report import describe_unreadable

_NOTHING_WRITTEN = QT_TRANSLATE_NOOP("EvaluationImport", "Nothing was written.")
_DONE = QT_TRANSLATE_NOOP(
    "EvaluationImport", "{path}: results of {year} imported: new: {new}; updated: {updated}."
)


def evaluations_import(args: argparse.Namespace) -> int:
    """Exit 0 when the file was imported (or, with ``--dry-run``, could be); 1 when any row has
    a problem or the year takes nothing, with nothing written; 2 when the database or the file
    cannot be read."""
    workspace = start_command(args)
    if workspace is None:
        return 2
    try:
        service = workspace.evaluation_import
        try:
            table = service.read(args.file)
        except FileUnreadable as unreadable:
            print(describe_unreadable(unreadable), file=sys.stderr)
            return 2
        try:
            preview = service.analyse(table, service.guess_mapping(table), args.year)
        except OperationRefused as refused:
            print(describe_import_refusal(refused), file=sys.stderr)
            return 1
        for line in report_lines(preview):
            print(line)
        why_not = None
        if not preview.clean:
            # With every row good the year is what stops the import: the report above says why.
            rows_fine = preview.has_results and not preview.missing_fields
            rows_fine = rows_fine and len(preview.good_rows) == len(preview.rows)
            why_not = tr(_NOTHING_WRITTEN) if rows_fine else message(NOT_CLEAN)
        stop = import_stops(bool(preview.rows or preview.missing_fields), why_not, args.dry_run)
        if stop is not None:
            return stop
        try:
            service.apply(preview)
        except OperationRefused as refused:
            print(describe_import_refusal(refused), file=sys.stderr)
            return 1
    finally:
        workspace.close()
    print(
        tr(
            _DONE,
            path=args.db,
            year=args.year,
            new=preview.count_action(RowAction.NEW),
            updated=preview.count_action(RowAction.UPDATE),
        )
    )
    return 0
