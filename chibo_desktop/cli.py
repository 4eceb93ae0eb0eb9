"""The command line (DESIGN.md §7): the window by default, sub-commands for batch work.

Every sub-command prints a short summary, exits non-zero with a one-line reason on failure and
never leaves a half-done change behind (each write is one transaction).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from chibo_desktop import paths


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="chibo-desktop", description="Chi bộ Desktop")
    parser.add_argument("--db", type=Path, help="database file (default: the user data folder)")
    parser.add_argument("--lang", choices=("vi", "en"), default="vi")
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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        from chibo_desktop.app import run_gui

        return run_gui(
            args.db or paths.default_database_path(), args.lang, self_test=args.self_test
        )

    from chibo_desktop.ui import console

    handlers = {
        "demo": console.demo,
        "check": console.check,
        "roster import": console.roster_import,
        "roster export": console.roster_export,
    }
    command = " ".join(filter(None, [args.command, getattr(args, "roster_command", None)]))
    try:
        return handlers[command](args)
    except KeyboardInterrupt:
        print(console.interrupted(), file=sys.stderr)
        return 130
