"""The command line (DESIGN.md §7): the window by default, sub-commands for batch work.

Every sub-command prints a short summary, exits non-zero with a one-line reason on failure and
never leaves a half-done change behind (each write is one transaction).
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from chibo_desktop import logs, paths
from chibo_desktop.domain.dates import format_date
from chibo_desktop.domain.meetings import MeetingKind, MeetingState
from chibo_desktop.domain.text import collation_key

if TYPE_CHECKING:
    from chibo_desktop.services.workspace import Workspace

_log = logging.getLogger(__name__)

# The meeting commands speak the words of the minutes book. Their texts live here, not in the
# translation file, so they print in Vietnamese whatever --lang says.
_KIND_WORDS = {
    MeetingKind.REGULAR: "Thường kỳ",
    MeetingKind.THEMATIC: "Chuyên đề",
    MeetingKind.COMBINED: "Kết hợp",
}
_STATE_WORDS = {
    MeetingState.PLANNED: "Kế hoạch",
    MeetingState.DRAFT: "Nháp",
    MeetingState.FINALISED: "Đã hoàn tất",
    MeetingState.ADOPTED: "Đã thông qua",
}
_REFUSALS = {
    "record.not_found": (
        "Không có buổi họp nào mang mã {meeting}; xem các mã bằng lệnh “meetings list”."
    ),
    "minutes.unknown_format": "{path}: không rõ loại tệp; hãy dùng đuôi .pdf hoặc .docx.",
    "export.unsupported_format": "{path}: không rõ loại tệp; hãy dùng đuôi {allowed}.",
    "export.no_folder": "Thư mục {folder} không tồn tại; hãy chọn nơi lưu khác.",
    "export.file_in_use": (
        "Tệp {path} đang được mở trong chương trình khác (Word, trình đọc PDF …); "
        "hãy đóng tệp rồi thử lại."
    ),
    "export.cannot_write": (
        "Không ghi được tệp {path} ({detail}). Hãy chọn nơi lưu khác; "
        "USB có thể đã đầy hoặc bị khóa ghi."
    ),
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="chibo-desktop", description="Chi bộ Desktop")
    parser.add_argument("--db", type=Path, help="database file (default: the user data folder)")
    parser.add_argument(
        "--lang",
        choices=("vi", "en"),
        help="language of the window (default: the one chosen in the window, else vi)",
    )
    parser.add_argument(
        "--user",
        help="sign in with this account to change a database that has accounts (the password "
        "from $CHIBO_PASSWORD, or asked for)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the database, render the main window offscreen, exit 0 when all is well",
    )
    commands = parser.add_subparsers(dest="command")

    demo = commands.add_parser("demo", help="create a database with realistic demo data")
    demo.add_argument("--db", type=Path, required=True, dest="db")
    demo.add_argument("--members", type=int, default=2000)
    demo.add_argument("--cells", type=int, default=20)
    demo.add_argument("--years", type=int, default=2)
    demo.add_argument("--seed", type=int, default=1)

    check = commands.add_parser("check", help="integrity and data-core checks; exit 1 on problems")
    check.add_argument("--db", type=Path, required=True, dest="db")

    # "roster" groups the roster's file commands: "import" here, "export" beside it.
    roster = commands.add_parser("roster", help="the member roster: import, export")
    roster_commands = roster.add_subparsers(dest="roster_command", required=True)
    roster_import = roster_commands.add_parser(
        "import",
        help="import members from .xlsx, .xls or .csv (all rows or none; creates missing cells)",
    )
    roster_import.add_argument("--db", type=Path, required=True, dest="db")
    roster_import.add_argument("file", type=Path)
    roster_import.add_argument(
        "--dry-run", action="store_true", help="print the row report, write nothing"
    )
    roster_export = roster_commands.add_parser(
        "export", help="write the members on the roll to .xlsx, .csv or .pdf (the printed list)"
    )
    roster_export.add_argument("--db", type=Path, required=True, dest="db")
    roster_export.add_argument("--out", type=Path, required=True, help="the file to write")
    roster_export.add_argument("--unit", help="only this unit (its code) and the units under it")

    meetings = commands.add_parser("meetings", help="cell meetings: list")
    meetings_commands = meetings.add_subparsers(dest="meetings_command", required=True)
    meetings_list = meetings_commands.add_parser(
        "list", help="one line per meeting of the year: id, date, cell, type, state"
    )
    meetings_list.add_argument("--db", type=Path, required=True, dest="db")
    meetings_list.add_argument(
        "--unit", help="only this unit (its code): a cell, or every cell of a commune"
    )
    meetings_list.add_argument("--year", type=_year, help="the year (default: this year)")

    minutes = commands.add_parser("minutes", help="write a meeting's minutes to .pdf or .docx")
    minutes.add_argument("--db", type=Path, required=True, dest="db")
    minutes.add_argument("--meeting", required=True, help="the meeting's id (see meetings list)")
    minutes.add_argument("--out", type=Path, required=True, help="the file to write")

    evaluations = commands.add_parser("evaluations", help="the annual evaluation: import")
    evaluations_commands = evaluations.add_subparsers(dest="evaluations_command", required=True)
    evaluations_import = evaluations_commands.add_parser(
        "import", help="import a year's results from .xlsx, .xls or .csv (all rows or none)"
    )
    evaluations_import.add_argument("--db", type=Path, required=True, dest="db")
    evaluations_import.add_argument("--year", type=_year, required=True, help="the review year")
    evaluations_import.add_argument("file", type=Path)
    evaluations_import.add_argument(
        "--dry-run", action="store_true", help="print the row report, write nothing"
    )

    report = commands.add_parser("report", help="reports: classification")
    report_commands = report.add_subparsers(dest="report_command", required=True)
    classification = report_commands.add_parser(
        "classification",
        help="the year's classification report (summary, organisations, earlier years, the "
        "cells' member lists) as .pdf, .xlsx or .json",
    )
    classification.add_argument("--db", type=Path, required=True, dest="db")
    classification.add_argument("--year", type=_year, required=True, help="the review year")
    classification.add_argument(
        "--unit", help="the unit reported on (its code); default: the site's own unit"
    )
    classification.add_argument("--out", type=Path, required=True, help="the file to write")
    classification.add_argument(
        "--no-annexes", action="store_true", help="leave out the cells' member lists"
    )

    backup = commands.add_parser(
        "backup", help="a checked backup in the backups folder of the user data folder"
    )
    backup.add_argument("--db", type=Path, required=True, dest="db")
    backup.add_argument(
        "--out", type=Path, help="also copy it to this file (plain SQLite, not sealed)"
    )
    restore = commands.add_parser(
        "restore",
        help="put a backup (.sqlite, or a sealed .chibo-backup) in place of the database, "
        "after backing the database up; not while the window is open",
    )
    restore.add_argument("--db", type=Path, required=True, dest="db")
    restore.add_argument("file", type=Path)

    site = commands.add_parser("site", help="this office: init")
    site_commands = site.add_subparsers(dest="site_command", required=True)
    site_init = site_commands.add_parser(
        "init", help="set up an empty database as a commune or an upper-level office, with keys"
    )
    site_init.add_argument("--db", type=Path, required=True, dest="db")
    site_init.add_argument("--role", choices=("commune", "upper"), required=True)
    site_init.add_argument(
        "--name", required=True, help='the organisation, e.g. "Đảng bộ xã Tân Lập"'
    )
    site_init.add_argument("--unit", help="its unit code (default: made from the name)")
    site_init.add_argument("--office", help='the office (default: "Văn phòng" + the name)')
    site_init.add_argument(
        "--place", help="the place documents are dated at (default: from the name)"
    )

    sync = commands.add_parser("sync", help="USB handoff: enrolment, enrol, export, import")
    sync_commands = sync.add_subparsers(dest="sync_command", required=True)
    enrolment = sync_commands.add_parser(
        "enrolment", help="(upper level) write this office's enrolment file for its communes"
    )
    enrolment.add_argument("--db", type=Path, required=True, dest="db")
    enrolment.add_argument("--out", type=Path, required=True, help="the file to write")
    enrol = sync_commands.add_parser(
        "enrol", help="(commune) install the upper level's enrolment file"
    )
    enrol.add_argument("--db", type=Path, required=True, dest="db")
    enrol.add_argument("file", type=Path)
    export = sync_commands.add_parser(
        "export", help="write a package for the upper level into a folder (a USB stick)"
    )
    export.add_argument("--db", type=Path, required=True, dest="db")
    export.add_argument("--to", type=Path, required=True, help="the folder to write into")
    export.add_argument(
        "--full", action="store_true", help="everything, not only what changed since the receipt"
    )
    sync_import = sync_commands.add_parser(
        "import", help="check and apply packages (files, or the packages in a folder)"
    )
    sync_import.add_argument("--db", type=Path, required=True, dest="db")
    sync_import.add_argument("packages", type=Path, nargs="+")
    sync_import.add_argument(
        "--dry-run", action="store_true", help="say what each package would do, change nothing"
    )
    sync_import.add_argument(
        "--yes",
        action="store_true",
        help="confirm the key fingerprints of offices sending their first package",
    )

    error_report = commands.add_parser(
        "error-report",
        help="save an error report into a folder (a USB stick): the logs, the versions, the "
        "database's schema and size; no name, ID or card number, no database",
    )
    error_report.add_argument(
        "--db", type=Path, dest="db", help="default: the user data folder's database"
    )
    error_report.add_argument("--out", type=Path, required=True, help="the folder to write into")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    subcommand = (
        getattr(args, "roster_command", None)
        or getattr(args, "meetings_command", None)
        or getattr(args, "evaluations_command", None)
        or getattr(args, "report_command", None)
        or getattr(args, "site_command", None)
        or getattr(args, "sync_command", None)
    )
    command = " ".join(filter(None, [args.command, subcommand]))
    with logs.logging_to(paths.logs_dir()):
        logs.log_start(command or "window")
        try:
            return _run(args, command)
        except Exception:
            _log.exception("%s stopped on an error", command or "The window")
            raise


def _run(args: argparse.Namespace, command: str) -> int:
    if not command:
        # The window's modules make a great many objects and next to no garbage: the collector
        # walking them while they load took 0.08 s of a 1.5 s start. Once loaded they are frozen
        # out of later collections too (each background job ends with one).
        gc.disable()
        try:
            from chibo_desktop.app import run_gui
        finally:
            gc.freeze()
            gc.enable()

        return run_gui(
            args.db or paths.default_database_path(), args.lang, self_test=args.self_test
        )

    from chibo_desktop.ui import backup_console, console, sync_console

    handlers = {
        "demo": console.demo,
        "check": console.check,
        "roster import": console.roster_import,
        "roster export": console.roster_export,
        "meetings list": meetings_list,
        "minutes": write_minutes,
        "report classification": report_classification,
        "evaluations import": evaluations_import,
        "backup": backup_console.backup,
        "restore": backup_console.restore,
        "site init": sync_console.site_init,
        "sync enrolment": sync_console.sync_enrolment,
        "sync enrol": sync_console.sync_enrol,
        "sync export": sync_console.sync_export,
        "sync import": sync_console.sync_import,
        "error-report": console.error_report,
    }
    try:
        return handlers[command](args)
    except KeyboardInterrupt:
        print(console.interrupted(), file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader stopped early (``meetings list | head``): what it read was complete lines.
        # Pointing stdout at devnull keeps the interpreter's exit flush from failing again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def meetings_list(args: argparse.Namespace) -> int:
    """The meetings of ``--year`` (this year by default) of ``--unit`` (a cell, or the cells of
    a commune; every cell without it), by date, then a count."""
    year = args.year or date.today().year
    workspace = _open(args.db)
    if workspace is None:
        return 2
    try:
        units = workspace.units.all()
        scope = {u.id for u in units}
        if args.unit:
            code = args.unit.strip().casefold()
            unit = next((u for u in units if u.code.casefold() == code), None)
            if unit is None:
                _fail(f"Không có đơn vị nào mang mã {args.unit}; hãy kiểm tra lại mã rồi thử lại.")
                return 1
            scope = workspace.units.subtree_ids(unit.id)
        cells = {u.id: u.name for u in units if u.is_cell and u.id in scope}
        meetings = workspace.meetings.in_year(cells.keys(), year)
    finally:
        workspace.close()
    meetings.sort(key=lambda m: (m.on, collation_key(cells[m.unit_id]), m.planned_on, m.id.hex))
    width = max((len(cells[m.unit_id]) for m in meetings), default=0)
    kind_width = max(len(k) for k in _KIND_WORDS.values())
    for m in meetings:
        print(
            f"{m.id}  {format_date(m.on)}  {cells[m.unit_id]:<{width}}  "
            f"{_KIND_WORDS[m.kind]:<{kind_width}}  {_STATE_WORDS[m.state]}"
        )
    print(f"{len(meetings)} buổi họp")
    return 0


def write_minutes(args: argparse.Namespace) -> int:
    """The minutes of one meeting as .pdf or .docx (by ``--out``'s suffix); a failed write
    leaves no file behind."""
    from chibo_desktop.services.errors import OperationRefused
    from chibo_desktop.services.minutes_print import PrintedDocument

    try:
        meeting_id = UUID(args.meeting.strip())
    except ValueError:
        _fail(_REFUSALS["record.not_found"].format(meeting=args.meeting))
        return 1
    workspace = _open(args.db)
    if workspace is None:
        return 2
    try:
        workspace.minutes_print.write(meeting_id, PrintedDocument.MINUTES, args.out)
    except OperationRefused as refused:
        template = _REFUSALS.get(refused.code)
        if template is None:
            _fail(f"{refused.code}: {refused.params}")
        else:
            _fail(template.format(meeting=args.meeting, **refused.params))
        return 1
    finally:
        workspace.close()
    print(f"Đã ghi biên bản vào {args.out}")
    return 0


def evaluations_import(args: argparse.Namespace) -> int:
    """A year's results from a file: the row report, then all rows or none."""
    from chibo_desktop.ui.evaluation_import_console import evaluations_import as run

    return run(args)


def report_classification(args: argparse.Namespace) -> int:
    """The year's classification report of ``--unit`` (the site's own unit by default) as
    .pdf, .xlsx or .json (by ``--out``'s suffix); a failed write leaves no file behind."""
    from chibo_desktop.services.classification_export import REPORT_FORMATS, export_suffix
    from chibo_desktop.services.errors import OperationRefused

    refusals = {
        **_REFUSALS,
        "record.not_found": "Không tìm thấy đơn vị cần báo cáo; hãy kiểm tra lại mã đơn vị.",
        "evaluation.no_profile": (
            "Năm {year} chưa có quy định đánh giá, xếp loại nào có hiệu lực; hãy kiểm tra lại năm."
        ),
    }

    def refuse(refused: OperationRefused) -> int:
        template = refusals.get(refused.code)
        _fail(
            template.format(**refused.params) if template else f"{refused.code}: {refused.params}"
        )
        return 1

    try:  # a wrong file type is said before the database is opened
        export_suffix(args.out, REPORT_FORMATS)
    except OperationRefused as refused:
        return refuse(refused)
    workspace = _open(args.db)
    if workspace is None:
        return 2
    try:
        units = workspace.units.all()
        if args.unit:
            code = args.unit.strip().casefold()
            unit = next((u for u in units if u.code.casefold() == code and not u.deleted), None)
            if unit is None:
                _fail(f"Không có đơn vị nào mang mã {args.unit}; hãy kiểm tra lại mã rồi thử lại.")
                return 1
        else:
            site = workspace.site
            unit = next((u for u in units if site and u.id == site.unit_id), None)
            if unit is None:
                _fail("Cơ sở dữ liệu chưa được thiết lập đơn vị của mình; hãy ghi rõ --unit MÃ.")
                return 1
        workspace.classification_export.write(
            unit.id, args.year, args.out, annexes=not args.no_annexes
        )
        report = workspace.evaluations.report(unit.id, args.year)
    except OperationRefused as refused:
        return refuse(refused)
    finally:
        workspace.close()
    by_id = {u.id: u for u in units}
    rows = "chi bộ" if all(by_id[r.unit_id].is_cell for r in report.rows) else "đơn vị"
    print(
        f"Đã ghi báo cáo đánh giá, xếp loại năm {args.year} của {report.unit_name} vào "
        f"{args.out}: {len(report.rows)} {rows}, {report.total.reviewed} đảng viên đã đánh giá."
    )
    return 0


def _open(path: Path) -> Workspace | None:
    """The database, opened and brought up to date; None (after one line on stderr) when it
    cannot be. A missing file is not created: these commands only read the database."""
    from chibo_desktop.services.workspace import DatabaseTooNew, DatabaseUnreadable, open_workspace

    if not path.is_file():
        _fail(f"{path}: không có tệp này; hãy kiểm tra lại đường dẫn.")
        return None
    try:
        workspace = open_workspace(path)
    except DatabaseTooNew as too_new:
        _fail(
            f"{path}: được tạo bởi phiên bản mới hơn của chương trình (lược đồ {too_new.found}); "
            "xin cập nhật Chi bộ Desktop."
        )
        return None
    except DatabaseUnreadable as unreadable:
        _fail(
            f"{path}: không phải là cơ sở dữ liệu Chi bộ Desktop đọc được ({unreadable.detail}); "
            "hãy kiểm tra lại tên tệp hoặc khôi phục bản sao lưu."
        )
        return None
    if workspace.migration_backup:
        print(f"Đã nâng cấp cơ sở dữ liệu; tệp cũ được lưu tại {workspace.migration_backup}.")
    return workspace


def _fail(reason: str) -> None:
    print(reason, file=sys.stderr)


def _year(text: str) -> int:
    if not text.strip().isdigit() or not 1900 <= int(text) <= 2200:
        raise argparse.ArgumentTypeError(f"{text}: hãy ghi năm bằng 4 chữ số, từ 1900 đến 2200")
    return int(text)
