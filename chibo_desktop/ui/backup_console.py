"""``backup`` and ``restore`` on the command line (DESIGN.md §7 style): a short summary, a
one-line reason on failure, nothing half done."""

from __future__ import annotations

import argparse
import sys
from getpass import getpass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from chibo_desktop import paths
from chibo_desktop.services.backups import BackupFolder
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.workspace import DatabaseTooNew, DatabaseUnreadable, open_workspace
from chibo_desktop.sync.backup_file import SUFFIX
from chibo_desktop.ui.backup_texts import describe_backup_error, reason_words, size_words, when
from chibo_desktop.ui.console import message, signed_in, start_command, start_translations
from chibo_desktop.ui.messages import describe_refusal
from chibo_desktop.ui.startup import already_running_text, lock_single_instance


def backup(args: argparse.Namespace) -> int:
    """A checked backup in the backups folder (thinned as the office chose); with ``--out``,
    a copy of it there too."""
    workspace = start_command(args)
    if workspace is None:
        return 2
    try:
        taken = workspace.backups.take()
        if args.out:
            workspace.backups.folder.copy_out(taken, args.out)
        kept = len(workspace.backups.folder.backups())
    except Exception as error:  # a refusal, said in one line; the database is unchanged
        print(describe_backup_error(error), file=sys.stderr)
        return 1
    finally:
        workspace.close()
    print(
        message(
            QT_TRANSLATE_NOOP(
                "Console", "{path}: backed up and checked as {file} ({size}); {count} backups kept."
            ),
            path=args.db,
            file=args.out or taken.path,
            size=size_words(taken.size),
            count=kept,
        )
    )
    return 0


def restore(args: argparse.Namespace) -> int:
    """Put the backup FILE (a backup of the folder, any .sqlite copy, or one sealed on a stick:
    its password is asked) in place of the database, after backing up what it replaces. Not
    while the program's window is open."""
    start_translations(args)
    lock = lock_single_instance(paths.user_data_dir())
    if lock is None:
        print(already_running_text(), file=sys.stderr)
        return 1
    try:
        if not _may_restore(args):
            return 1
        if not args.file.is_file():
            print(
                message(
                    QT_TRANSLATE_NOOP("Console", "{path}: no such file; check the path."),
                    path=args.file,
                ),
                file=sys.stderr,
            )
            return 1
        folder = BackupFolder(args.db, paths.backups_dir())
        source = args.file
        try:
            if source.name.endswith(SUFFIX):
                prompt = message(
                    QT_TRANSLATE_NOOP("Console", "The password {file} was sealed with: "),
                    file=source.name,
                )
                source = folder.bring_in(source, getpass(prompt)).path
            note = folder.restore(source)
        except Exception as error:  # a refusal, said in one line; the database is unchanged
            print(describe_backup_error(error), file=sys.stderr)
            return 1
    finally:
        lock.unlock()
    restored = next((b for b in folder.backups() if b.path.name == note.source), None)
    print(
        message(
            QT_TRANSLATE_NOOP(
                "Console",
                "{path}: restored from the backup of {date}{reason}. What it replaced was backed "
                "up as {saved}. Open the program, check the data and confirm it; until then no "
                "automatic backup is taken.",
            ),
            path=args.db,
            date=when(note.source_taken_at),
            reason=f" ({reason_words(restored.reason)})" if restored else "",
            saved=note.saved_as or "—",
        )
    )
    return 0


def _may_restore(args: argparse.Namespace) -> bool:
    """On a database that opens and has accounts, only an administrator (``--user``) may put a
    backup in its place. One that is missing or cannot be opened (damaged: what restoring is
    for) is restored by whoever holds the file, as they could copy it by hand."""
    if not args.db.is_file():
        return True
    try:
        workspace = open_workspace(args.db)
    except (DatabaseTooNew, DatabaseUnreadable):
        return True
    try:
        if not signed_in(workspace, args.user):
            return False
        workspace.backups.check_may_restore()
    except OperationRefused as refused:
        print(describe_refusal(refused), file=sys.stderr)
        return False
    finally:
        workspace.close()
    return True
