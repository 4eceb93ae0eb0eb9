"""The sub-commands of the command line: short translated summaries, one-line reasons on failure."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from chibo_desktop import paths
from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.services.demo import DemoSettings
from chibo_desktop.services.error_report import ErrorReport, write_error_report
from chibo_desktop.services.errors import OperationRefused, ValidationFailed
from chibo_desktop.services.roster_import import FileUnreadable
from chibo_desktop.services.workspace import (
    DatabaseTooNew,
    DatabaseUnreadable,
    Workspace,
    open_workspace,
)
from chibo_desktop.ui import i18n
from chibo_desktop.ui.export_texts import describe_export_error, roster_export_labels
from chibo_desktop.ui.import_report import describe_unreadable, report_lines
from chibo_desktop.ui.messages import describe_finding, describe_problem, describe_refusal
from chibo_desktop.ui.qt_environment import qt_environment
from chibo_desktop.ui.sync_texts import describe_sync_refusal

_CONTEXT = "Console"
NOT_CLEAN = QT_TRANSLATE_NOOP(
    "Console",
    "Nothing was written: correct the rows above and import the file again "
    "(in the program you may import only the good rows).",
)


def message(source: str, **params: Any) -> str:
    return QCoreApplication.translate(_CONTEXT, source).format(**params)


def start_translations(args: argparse.Namespace) -> None:
    if QCoreApplication.instance() is None:
        QCoreApplication([sys.argv[0]])
    i18n.install(getattr(args, "lang", None))


def start_command(args: argparse.Namespace) -> Workspace | None:
    """Translations on, database open and migrated; None (after saying why) if it cannot be."""
    start_translations(args)
    try:
        workspace = open_workspace(args.db)
    except DatabaseTooNew as too_new:
        print(
            message(
                QT_TRANSLATE_NOOP(
                    "Console",
                    "{path}: made by a newer version of the program (schema {found}); "
                    "please update Chi bộ Desktop.",
                ),
                path=args.db,
                found=too_new.found,
            ),
            file=sys.stderr,
        )
        return None
    except DatabaseUnreadable as unreadable:
        print(
            message(
                QT_TRANSLATE_NOOP(
                    "Console",
                    "{path}: not a readable Chi bộ Desktop database ({detail}); "
                    "check the file name or restore a backup.",
                ),
                path=args.db,
                detail=unreadable.detail,
            ),
            file=sys.stderr,
        )
        return None
    if workspace.migration_backup:
        print(
            message(
                QT_TRANSLATE_NOOP(
                    "Console", "Database upgraded; the old file was saved as {path}."
                ),
                path=workspace.migration_backup,
            )
        )
    if not signed_in(workspace, getattr(args, "user", None)):
        workspace.close()
        return None
    return workspace


PASSWORD_VARIABLE = "CHIBO_PASSWORD"


def signed_in(workspace: Workspace, user: str | None) -> bool:
    """``--user``: sign in (the password from $CHIBO_PASSWORD, for a province's scripts, or
    typed at the terminal). Without it, a file with accounts can be read, not changed: the
    services refuse the change and say how to sign in."""
    if user is None:
        return True
    password = os.environ.get(PASSWORD_VARIABLE)
    if password is None:
        if not sys.stdin.isatty():
            print(
                message(
                    QT_TRANSLATE_NOOP(
                        "Console",
                        "No password for {user}: set {variable}, or run the command in a "
                        "terminal to type it.",
                    ),
                    user=user,
                    variable=PASSWORD_VARIABLE,
                ),
                file=sys.stderr,
            )
            return False
        password = getpass.getpass(
            message(QT_TRANSLATE_NOOP("Console", "Password of {user}: "), user=user)
        )
    try:
        workspace.accounts.sign_in(user, password)
    except OperationRefused as refused:
        print(describe_refusal(refused), file=sys.stderr)
        return False
    return True


def check(args: argparse.Namespace) -> int:
    workspace = start_command(args)
    if workspace is None:
        return 2
    try:
        findings = workspace.checks.run()
    finally:
        workspace.close()
    if not findings:
        print(message(QT_TRANSLATE_NOOP("Console", "{path}: no problems found."), path=args.db))
        return 0
    print(
        message(
            QT_TRANSLATE_NOOP("Console", "{path}: {count} problems found:"),
            path=args.db,
            count=len(findings),
        )
    )
    for finding in findings:
        print(f"- {describe_finding(finding)}")
    return 1


def demo(args: argparse.Namespace) -> int:
    workspace = start_command(args)
    if workspace is None:
        return 2
    settings = DemoSettings(
        members=args.members, cells=args.cells, years=args.years, seed=args.seed
    )
    started = time.perf_counter()
    try:
        summary = workspace.demo.generate(settings)
    except ValidationFailed as failed:
        print("; ".join(describe_problem(p) for p in failed.problems), file=sys.stderr)
        return 1
    except OperationRefused as refused:
        print(describe_refusal(refused), file=sys.stderr)
        return 1
    finally:
        workspace.close()
    print(
        message(
            QT_TRANSLATE_NOOP(
                "Console",
                "{path}: demo data created: {units} units, {members} members ({seconds:.1f} s).",
            ),
            path=args.db,
            units=summary.units,
            members=summary.members,
            seconds=time.perf_counter() - started,
        )
    )
    return 0


def roster_import(args: argparse.Namespace) -> int:
    """All rows or none: a file with any problem row writes nothing (the window lets a person
    import only the good rows). Cells the file names that do not exist yet are created."""
    workspace = start_command(args)
    if workspace is None:
        return 2
    try:
        service = workspace.roster_import
        try:
            table = service.read(args.file)
        except FileUnreadable as unreadable:
            print(describe_unreadable(unreadable), file=sys.stderr)
            return 2
        preview = service.analyse(table, service.guess_mapping(table))
        for line in report_lines(preview):
            print(line)
        why_not = None if preview.clean else message(NOT_CLEAN)
        stop = import_stops(bool(preview.rows or preview.missing_fields), why_not, args.dry_run)
        if stop is not None:
            return stop
        try:
            workspace.roster_import.apply(preview)
        except OperationRefused as refused:
            print(describe_refusal(refused), file=sys.stderr)
            return 1
    finally:
        workspace.close()
    print(
        message(
            QT_TRANSLATE_NOOP(
                "Console", "{path}: members imported: {members}; new cells created: {cells}."
            ),
            path=args.db,
            members=len(preview.rows),
            cells=len(preview.new_cells),
        )
    )
    return 0


def import_stops(has_rows: bool, why_not_clean: str | None, dry_run: bool) -> int | None:
    """The exit code of an import that writes nothing, having said why: the file has no member
    rows, it is not clean (``why_not_clean``), or the run is dry; None when it is to be
    written."""
    if not has_rows:
        print(
            message(
                QT_TRANSLATE_NOOP(
                    "Console", "There are no member rows below the headers; nothing was written."
                )
            )
        )
        return 1
    if why_not_clean is not None:
        print(why_not_clean)
        return 1
    if dry_run:
        print(
            message(
                QT_TRANSLATE_NOOP(
                    "Console", "Dry run: the file can be imported as it is; nothing was written."
                )
            )
        )
        return 0
    return None


def roster_export(args: argparse.Namespace) -> int:
    """The members on the roll (of ``--unit`` and the units under it, else all) to the file;
    its extension chooses the format. A failed export leaves no file behind."""
    workspace = start_command(args)
    if workspace is None:
        return 2
    try:
        query = MemberQuery()
        if args.unit:
            code = args.unit.strip().casefold()
            unit = next((u for u in workspace.units.all() if u.code.casefold() == code), None)
            if unit is None:
                print(
                    message(
                        QT_TRANSLATE_NOOP(
                            "Console", "No unit has the code {code}; check the code and try again."
                        ),
                        code=args.unit,
                    ),
                    file=sys.stderr,
                )
                return 1
            query = MemberQuery(unit_ids=workspace.units.subtree_ids(unit.id))
        result = workspace.roster_export.export(query, args.out, roster_export_labels())
    except OperationRefused as refused:
        print(describe_export_error(refused), file=sys.stderr)
        return 1
    finally:
        workspace.close()
    if result.pages is None:
        print(
            message(
                QT_TRANSLATE_NOOP("Console", "{path}: {count} members exported."),
                path=result.path,
                count=result.members,
            )
        )
    else:
        print(
            message(
                QT_TRANSLATE_NOOP("Console", "{path}: {count} members exported ({pages} pages)."),
                path=result.path,
                count=result.members,
                pages=result.pages,
            )
        )
    return 0


def error_report(args: argparse.Namespace) -> int:
    """The error report, saved into ``--out`` (a stick)."""
    if QCoreApplication.instance() is None:
        QCoreApplication([sys.argv[0]])
    i18n.install(getattr(args, "lang", None))
    try:
        report = _report_of(args.db or paths.default_database_path(), args.out)
    except OperationRefused as refused:
        print(describe_sync_refusal(refused.code, **refused.params), file=sys.stderr)
        return 1
    print(message(_REPORT_SAVED, path=report.path))
    return 0


_REPORT_SAVED = QT_TRANSLATE_NOOP(
    "Console",
    "Error report saved as {path}. It holds the program's logs and facts about this computer "
    "and the database; no name, ID number or card number, and not the database itself.",
)


def _report_of(db: Path, folder: Path) -> ErrorReport:
    """The report is most wanted when the database cannot be opened: it then says why instead
    of what the database holds. A missing file is not created."""
    problem = None if db.is_file() else "no such file"
    if problem is None:
        try:
            workspace = open_workspace(db)
        except (DatabaseTooNew, DatabaseUnreadable) as error:
            problem = str(error)
        else:
            try:
                return workspace.error_report.write(folder, qt_environment())
            finally:
                workspace.close()
    return write_error_report(
        folder,
        {"error": problem},
        qt_environment(),
        paths.logs_dir(),
        paths.settings_file(),
        datetime.now(),
    )


def interrupted() -> str:
    return message(QT_TRANSLATE_NOOP("Console", "Interrupted; nothing was changed."))
