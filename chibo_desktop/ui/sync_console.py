"""The site and USB-handoff sub-commands (DESIGN.md §7), for an office that scripts them:
``site init``, ``sync enrolment``, ``sync enrol``, ``sync export`` and ``sync import``."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from types import FrameType

from PySide6.QtCore import QT_TRANSLATE_NOOP

from chibo_desktop.domain.dates import format_date
from chibo_desktop.domain.enums import SiteRole
from chibo_desktop.domain.progress import CancelToken
from chibo_desktop.domain.sync import KeyState
from chibo_desktop.services.errors import OperationRefused, ValidationFailed
from chibo_desktop.services.sync import PackagePreview, PackageStatus
from chibo_desktop.sync.package import PACKAGE_SUFFIX
from chibo_desktop.ui.console import message, start_command
from chibo_desktop.ui.messages import describe_problem
from chibo_desktop.ui.sync_texts import describe_sync_refusal, display_fingerprint

# The words people put before a place's name in its organisation's name.
_ORGANISATION_WORDS = ("đảng bộ", "đảng ủy", "tỉnh ủy", "thành ủy")
_PLACE_WORDS = ("xã", "phường", "thị trấn", "tỉnh", "thành phố", "huyện", "quận")


def site_init(args: argparse.Namespace) -> int:
    """Set up an empty database as a commune or an upper-level office, with its keys."""
    workspace = start_command(args)
    if workspace is None:
        return 2
    try:
        role = SiteRole(args.role)
        name = args.name.strip()
        office = args.office or message(QT_TRANSLATE_NOOP("Console", "Office of {name}"), name=name)
        workspace.setup.initialize(
            office_name=office,
            place_name=args.place or place_of(name),
            role=role,
            root_name=name,
            root_code=args.unit or None,
        )
        fingerprint = workspace.sync.fingerprint()
    except OperationRefused as refused:
        return _refuse(refused.code, **refused.params)
    except ValidationFailed as failed:
        for problem in failed.problems:
            print(describe_problem(problem), file=sys.stderr)
        return 1
    finally:
        workspace.close()
    print(
        message(
            QT_TRANSLATE_NOOP(
                "Console", "Set up {name} as {role}. This office's key fingerprint: {fingerprint}"
            ),
            name=name,
            role=message(_ROLE_WORDS[role]),
            fingerprint=fingerprint,
        )
    )
    return 0


_ROLE_WORDS = {
    SiteRole.COMMUNE: QT_TRANSLATE_NOOP("Console", "a commune office"),
    SiteRole.UPPER: QT_TRANSLATE_NOOP("Console", "an upper-level office"),
}


def place_of(name: str) -> str:
    """ "Đảng bộ xã Tân Lập" → "Tân Lập": the place a document is dated at."""
    words = name.strip()
    for prefixes in (_ORGANISATION_WORDS, _PLACE_WORDS):
        for prefix in prefixes:
            if words.casefold().startswith(prefix + " "):
                words = words[len(prefix) + 1 :].strip()
                break
    return words or name.strip()


def sync_enrolment(args: argparse.Namespace) -> int:
    """Write this office's enrolment file (the upper level hands it to its communes)."""
    workspace = start_command(args)
    if workspace is None:
        return 2
    try:
        enrolment = workspace.sync.write_enrolment(args.out)
    except OperationRefused as refused:
        return _refuse(refused.code, file=args.out.name, **refused.params)
    finally:
        workspace.close()
    print(
        message(
            QT_TRANSLATE_NOOP(
                "Console", "Wrote the enrolment file of {site} to {path}. Key fingerprint: {fp}"
            ),
            site=enrolment.site_name,
            path=args.out,
            fp=enrolment.keys.display_fingerprint,
        )
    )
    return 0


def sync_enrol(args: argparse.Namespace) -> int:
    """Install another office's enrolment file (its upper level's, or another commune's)."""
    workspace = start_command(args)
    if workspace is None:
        return 2
    try:
        peer = workspace.sync.enrol(args.file)
        [key] = [k for k in workspace.sync.peer_keys(peer.site_id) if k.state is KeyState.ACTIVE]
    except OperationRefused as refused:
        return _refuse(refused.code, **{"file": args.file.name, **refused.params})
    except OSError:
        return _refuse("sync.unreadable", file=args.file.name)
    finally:
        workspace.close()
    print(
        message(
            QT_TRANSLATE_NOOP(
                "Console",
                "Installed the key of {site} (fingerprint {fp}). Compare the fingerprint with "
                "the one {site} printed before you send data.",
            ),
            site=peer.name,
            fp=display_fingerprint(key),
        )
    )
    return 0


def sync_export(args: argparse.Namespace) -> int:
    """Write a package for the upper level into a folder (a stick)."""
    workspace = start_command(args)
    if workspace is None:
        return 2
    try:
        result = workspace.sync.export(args.to, full=args.full)
    except OperationRefused as refused:
        return _refuse(refused.code, **{"folder": str(args.to), **refused.params})
    finally:
        workspace.close()
    records = sum(result.header.counts.values())
    what = (
        QT_TRANSLATE_NOOP("Console", "everything")
        if result.full
        else QT_TRANSLATE_NOOP("Console", "the changes since the last receipt")
    )
    print(
        message(
            QT_TRANSLATE_NOOP(
                "Console",
                "Wrote package {sequence} for {recipient} to {path}: {records} records ({what}).",
            ),
            sequence=result.header.sequence,
            recipient=result.recipient.name,
            path=result.path,
            records=records,
            what=message(what),
        )
    )
    return 0


def sync_import(args: argparse.Namespace) -> int:
    """Check and apply packages (files, or every package in a folder); with ``--dry-run`` only
    say what each would do. Exit 1 when any was refused or waits for a fingerprint check.
    Ctrl+C while packages are applied stops after the package under way (exit 130): the ones
    applied stay applied, the rest are imported by running the command again."""
    files = package_files(args.packages)
    if not files:
        print(
            message(QT_TRANSLATE_NOOP("Console", "No package files (*{suffix}) were found."),
                    suffix=PACKAGE_SUFFIX),
            file=sys.stderr,
        )  # fmt: skip
        return 1
    workspace = start_command(args)
    if workspace is None:
        return 2
    cancel = CancelToken()
    try:
        with _ctrl_c_stops(cancel):
            previews = workspace.sync.inspect(files, cancel=cancel)
            confirmed = {
                p.sender_fingerprint
                for p in previews
                if args.yes and p.status == PackageStatus.NEEDS_CONFIRMATION
            }
            if args.dry_run:
                results = [(p, False, None) for p in previews]
            else:
                imported = workspace.sync.import_packages(files, confirmed=confirmed, cancel=cancel)
                results = [(r.preview, r.applied, r.receipt) for r in imported]
    finally:
        workspace.close()
    failed = False
    for preview, applied, receipt in results:
        line, ok = describe_preview(preview, applied, args.dry_run)
        print(line, file=sys.stdout if ok else sys.stderr)
        failed = failed or not ok
        if receipt is not None:
            print(
                message(QT_TRANSLATE_NOOP("Console", "  Receipt for the sender: {path}"),
                        path=receipt)
            )  # fmt: skip
    left = sum(1 for p, _, _ in results if p.status == PackageStatus.NOT_STARTED)
    if left and args.dry_run:
        print(
            message(
                QT_TRANSLATE_NOOP(
                    "Console", "Stopped: {left} packages not checked. Run the same command again."
                ),
                left=left,
            ),
            file=sys.stderr,
        )
        return 130
    if left:
        print(
            message(
                QT_TRANSLATE_NOOP(
                    "Console",
                    "Stopped: {applied} packages applied, {left} not applied. Run the same "
                    "command again to import the rest; the packages already applied are not "
                    "applied twice.",
                ),
                applied=sum(1 for _, applied, _ in results if applied),
                left=left,
            ),
            file=sys.stderr,
        )
        return 130  # as a program stopped by Ctrl+C
    return 1 if failed else 0


@contextmanager
def _ctrl_c_stops(cancel: CancelToken) -> Iterator[None]:
    """Ctrl+C cancels ``cancel`` instead of breaking off what is under way: the check and the
    import stop between packages, so that none is left half done and the receipts of the ones
    applied are written."""
    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers can only be set from the main thread
        return

    def stop(_signal: int, _frame: FrameType | None) -> None:
        if cancel.cancelled:
            return
        cancel.cancel()
        # (RuntimeError: stderr was being written to when Ctrl+C came; then say nothing)
        with suppress(RuntimeError):
            print(message(_STOPPING), file=sys.stderr, flush=True)

    before = signal.signal(signal.SIGINT, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, before)


_STOPPING = QT_TRANSLATE_NOOP(
    "Console", "Stopping after the package under way; the packages after it are not applied."
)


def package_files(given: list[Path]) -> list[Path]:
    """The files named, and the packages in the folders named."""
    found: list[Path] = []
    for path in given:
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.suffix == PACKAGE_SUFFIX)
        else:
            found.append(path)
    return found


def describe_preview(preview: PackagePreview, applied: bool, dry_run: bool) -> tuple[str, bool]:
    """One line for a package, and whether it went (or would go) well."""
    name = preview.path.name
    header = preview.header
    if preview.status == PackageStatus.NOT_STARTED:
        return message(_NOT_CHECKED if dry_run else _NOT_STARTED, file=name), False
    if preview.status == PackageStatus.REJECTED:
        text = describe_sync_refusal(
            preview.rejection, **{"file": name, **preview.rejection_params}
        )
        return text, False
    assert header is not None
    sender = message(
        QT_TRANSLATE_NOOP("Console", "{file}: package {sequence} from {sender} ({date})"),
        file=name,
        sequence=header.sequence,
        sender=header.sender_name,
        date=format_date(header.created_at.date()),
    )
    if preview.status == PackageStatus.ALREADY_APPLIED:
        on = format_date(preview.applied_on.date()) if preview.applied_on else ""
        return sender + message(
            QT_TRANSLATE_NOOP("Console", ": already applied on {date}; nothing changed."), date=on
        ), True
    if preview.status == PackageStatus.NEEDS_CONFIRMATION:
        return sender + message(
            QT_TRANSLATE_NOOP(
                "Console",
                ": the first package of this office. Check its key fingerprint {fp} with the "
                "sender, then import again with --yes.",
            ),
            fp=preview.sender_fingerprint,
        ), False
    outcome = preview.outcome
    if outcome is None:
        verb = QT_TRANSLATE_NOOP("Console", ": ready") if dry_run else None
        return sender + (message(verb) if verb else message(_APPLIED)), True
    counts = message(
        QT_TRANSLATE_NOOP(
            "Console", "{new} new, {updated} updated, {unchanged} unchanged, {conflicts} conflicts"
        ),
        new=outcome.new,
        updated=outcome.updated,
        unchanged=outcome.unchanged,
        conflicts=len(outcome.conflicts),
    )
    verb = QT_TRANSLATE_NOOP("Console", ": would apply {counts}") if dry_run else _APPLIED_COUNTS
    line = sender + message(verb, counts=counts)
    if preview.missing_sequences:
        line += message(
            QT_TRANSLATE_NOOP(
                "Console",
                " Packages {numbers} from this office never arrived: ask it for a full package.",
            ),
            numbers=", ".join(str(n) for n in preview.missing_sequences),
        )
    return line, applied or dry_run


_APPLIED = QT_TRANSLATE_NOOP("Console", ": applied.")
_NOT_STARTED = QT_TRANSLATE_NOOP("Console", "{file}: not applied (the import was stopped).")
_NOT_CHECKED = QT_TRANSLATE_NOOP("Console", "{file}: not checked (the check was stopped).")
_APPLIED_COUNTS = QT_TRANSLATE_NOOP("Console", ": applied, {counts}.")


def _refuse(code: str, **params: object) -> int:
    print(describe_sync_refusal(code, **params), file=sys.stderr)
    return 1
