"""Handing data upward on a USB stick, and receipts back down (DESIGN.md §3).

A commune installs its upper level's enrolment file, then exports packages to it: everything
written since the last receipt (or everything). The upper level imports many communes' packages:
each is checked (signature, recipient, limits, a known and unrevoked key, or a first package whose
fingerprint the operator confirmed) before anything is read, applied in one transaction after a
backup, recorded in a ledger so that applying it twice changes nothing, and answered with a
receipt package for its sender. Refusals carry a code (``sync.<code>``) the window and the command
line say in Vietnamese.
"""

from __future__ import annotations

import base64
import gc
import logging
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID, uuid4, uuid5

from chibo_desktop.domain.accounts import Permission
from chibo_desktop.domain.audit import AuditedRecord, CommandLabel, FieldChange, RecordChangeKind
from chibo_desktop.domain.entities import Site, Transfer, new_id
from chibo_desktop.domain.enums import SiteRole, TransferDirection, TransferKind
from chibo_desktop.domain.evaluation import UnitEvaluation, UpperDecision
from chibo_desktop.domain.progress import CancelToken
from chibo_desktop.domain.sync import (
    ApplyOutcome,
    Conflict,
    ConflictDecision,
    ConflictReason,
    KeyState,
    LedgerEntry,
    Peer,
    PeerKey,
    StoredSiteKey,
)
from chibo_desktop.services.errors import OperationRefused, Problem, ValidationFailed
from chibo_desktop.services.files import stick_refusal, write_to_stick
from chibo_desktop.services.undo import UndoStack
from chibo_desktop.storage.exchange import (
    COMMUNE_TABLES,
    TRANSFER_TABLES,
    UPPER_TABLES,
    MalformedRecords,
    RecordExchange,
    Scope,
)
from chibo_desktop.storage.repositories import EvaluationRepository, UnitRepository
from chibo_desktop.storage.store import Store
from chibo_desktop.storage.sync_state import SyncStateRepository
from chibo_desktop.sync.enrolment import (
    MAX_ENROLMENT_BYTES,
    Enrolment,
    EnrolmentRejected,
    read_enrolment,
    write_enrolment,
)
from chibo_desktop.sync.keys import PublicKeys, SiteKeys
from chibo_desktop.sync.package import (
    FORMAT_VERSION,
    Limits,
    PackageHeader,
    PackageKind,
    PackageRejected,
    build_package,
    package_file_name,
    read_header,
    verify_and_open,
    verify_package,
)

if TYPE_CHECKING:
    from chibo_desktop.reports.fingerprint_sheet import FingerprintSheetText

_log = logging.getLogger(__name__)
_RECEIPTS = UUID("5d0c7c38-3a4f-4a53-9b55-0f6f2f1b7c21")  # receipts' ids: uuid5 of the package's
# The receiving commune's transfer in: uuid5 of the sending commune's transfer out, so that a
# transfer package applied again (or sent twice) records the arrival once.
_TRANSFERS_IN = UUID("8f6b1f64-1d0e-4c1e-a7a5-3b8e0e9e52d4")
_LIMITS = Limits()
_MAX_MISSING_LISTED = 100  # package numbers said to be missing from one sender, at most
# What reading a signed package's content raises when it is not laid out as this program writes.
_UNREADABLE_CONTENT = (MalformedRecords, ValueError, TypeError, KeyError)


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    header: PackageHeader
    recipient: Peer
    full: bool


class PackageStatus:
    READY = "ready"  # can be applied
    ALREADY_APPLIED = "already_applied"
    NEEDS_CONFIRMATION = "needs_confirmation"  # a first package: its key's fingerprint to confirm
    REJECTED = "rejected"
    NOT_STARTED = "not_started"  # the check or import was stopped before this package: nothing
    # done


@dataclass(slots=True)
class PackagePreview:
    """What a package file is and what applying it would do (nothing is changed)."""

    path: Path
    status: str
    header: PackageHeader | None = None
    rejection: str = ""  # the refusal's code, when rejected
    rejection_params: dict[str, object] = field(default_factory=dict)
    applied_on: datetime | None = None
    outcome: ApplyOutcome | None = None
    missing_sequences: tuple[int, ...] = ()

    @property
    def sender_fingerprint(self) -> str:
        return self.header.sender_keys.display_fingerprint if self.header else ""


@dataclass(frozen=True, slots=True)
class ImportResult:
    preview: PackagePreview
    applied: bool
    receipt: Path | None = None


class SyncService:
    def __init__(
        self,
        store: Store,
        state: SyncStateRepository,
        exchange: RecordExchange,
        units: UnitRepository,
        evaluations: EvaluationRepository,
        undo: UndoStack,
        backup: Callable[[], object],
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._store = store
        self._state = state
        self._exchange = exchange
        self._units = units
        self._evaluations = evaluations
        self._undo = undo
        self._access = undo.access
        self._backup = backup  # a verified backup of the database, taken before an import
        self._now = now

    # -- keys and enrolment ---------------------------------------------------------------------
    def keys(self) -> SiteKeys:
        """This site's keys, made on first use (a database set up before keys existed)."""
        stored = self._state.site_key()
        if stored is None:
            with self._store.transaction():
                stored = self._new_key()
        return SiteKeys(stored.signing_seed, stored.box_secret)

    def fingerprint(self) -> str:
        return self.keys().public.display_fingerprint

    def replace_keys(self) -> PublicKeys:
        """New keys for this site; the old ones are kept to open packages already sealed to
        them. Peers learn the new key from a new enrolment file (or the next package)."""
        label = CommandLabel("sync.keys_replaced", self._site().name)
        with self._access.writing(label, Permission.ADMINISTER):
            stored = self._new_key()
            self._note("site_key", stored.id, fingerprint=stored.fingerprint)
        return SiteKeys(stored.signing_seed, stored.box_secret).public

    def write_enrolment(self, target: Path) -> Enrolment:
        """This site's enrolment file: its name, unit and public keys, signed."""
        site = self._site()
        unit = self._units.get(site.unit_id) if site.unit_id else None
        keys = self.keys()
        enrolment = Enrolment(
            site_id=site.id,
            site_name=site.name,
            role=site.role,
            unit_id=site.unit_id,
            unit_code=unit.code if unit else "",
            unit_name=unit.name if unit else "",
            keys=keys.public,
            created_at=self._now(),
        )
        write_to_stick(target, write_enrolment(enrolment, keys))
        return enrolment

    def enrol(self, source: Path) -> Peer:
        """Install another site's enrolment file (a commune: its upper level's). A new key of a
        site already known replaces the old one."""
        try:
            enrolment = read_enrolment(_read_small(source))
        except EnrolmentRejected as error:
            raise OperationRefused(f"sync.enrolment_{error.code}", file=source.name) from error
        site = self._site()
        if enrolment.site_id == site.id:
            raise OperationRefused("sync.enrolment_of_this_site", file=source.name)
        role = SiteRole(enrolment.role)
        if role is SiteRole.UPPER and site.role is SiteRole.UPPER:
            raise OperationRefused("sync.enrolment_same_role", file=source.name)
        known = self._state.peer(enrolment.site_id)
        peer = Peer(
            site_id=enrolment.site_id,
            name=enrolment.site_name,
            role=role,
            unit_id=enrolment.unit_id,
            unit_code=enrolment.unit_code,
            unit_name=enrolment.unit_name,
            enrolled_at=known.enrolled_at if known else self._now(),
        )
        if known is not None:
            peer = replace(
                known, name=peer.name, unit_code=peer.unit_code, unit_name=peer.unit_name
            )
        with self._access.writing(CommandLabel("sync.enrol", peer.name), Permission.ADMINISTER):
            self._state.save_peer(peer)
            self._add_peer_key(peer.site_id, enrolment.keys)
            self._note("peer", peer.site_id, fingerprint=enrolment.keys.display_fingerprint)
        _log.info("Enrolment file of site %s (%s) installed", peer.site_id, role.value)
        return peer

    def revoke_key(self, site_id: UUID, fingerprint: str) -> None:
        """A lost or stolen key: its packages are refused from now on."""
        found = self._state.key_by_fingerprint(fingerprint)
        if found is None or found[0] != site_id:
            raise OperationRefused("sync.unknown_key")
        peer = self._state.peer(site_id)
        label = CommandLabel("sync.key_revoked", peer.name if peer else str(site_id))
        with self._access.writing(label, Permission.ADMINISTER):
            self._state.save_peer_key(
                site_id, replace(found[1], state=KeyState.REVOKED, revoked_at=self._now())
            )
            self._note("peer", site_id, revoked=fingerprint)

    def check_crypto(self) -> bool:
        """Seal, sign, check and open a small package to this site's own key (the frozen
        program's self-test: libsodium is in the folder and works)."""
        keys = self.keys()
        header = replace(
            self._header(PackageKind.DATA, keys.public, 1, {}),
            recipient_fingerprint=keys.public.fingerprint,
        )
        data = build_package(header, {"check": "Đảng bộ"}, keys, keys.public)
        return verify_and_open(data, read_header(data), keys.public, keys) == {"check": "Đảng bộ"}

    def write_fingerprint_sheet(
        self, target: Path, words: FingerprintSheetText, on: date | None = None
    ) -> Path:
        """This office's key fingerprint on one signed page (PDF), for the offices it exchanges
        packages with to compare; written beside, then renamed. ``words.office_line`` and
        ``unit_line`` may hold ``{office}``, ``{unit}`` and ``{code}``."""
        # ReportLab is imported on the first document (see minutes_print.py)
        from chibo_desktop.reports.fingerprint_sheet import write_fingerprint_sheet
        from chibo_desktop.reports.party_document import DocumentHeader

        site = self._site()
        unit = self._units.get(site.unit_id) if site.unit_id else None
        document = DocumentHeader(
            issuer=unit.name if unit else site.name,
            place=site.place_name,
            day=on or self._now().date(),
        )
        words = replace(
            words,
            office_line=words.office_line.format(office=site.name),
            unit_line=words.unit_line.format(
                unit=unit.name if unit else "", code=unit.code if unit else ""
            ),
        )
        if not target.parent.is_dir():
            raise OperationRefused("sync.no_folder", folder=str(target.parent))
        partial = target.with_name(target.name + ".partial")
        try:
            with partial.open("wb") as out:
                write_fingerprint_sheet(out, document, self.fingerprint(), words)
            partial.replace(target)
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise stick_refusal(error, target.parent) from error
        return target

    def peers(self) -> list[Peer]:
        return self._state.peers()

    def peer_keys(self, site_id: UUID) -> list[PeerKey]:
        return self._state.peer_keys(site_id)

    def silent_peers(self, days: int) -> list[Peer]:
        """The communes that have sent nothing applied here for more than ``days`` days."""
        since = self._now() - timedelta(days=days)
        return [
            p
            for p in self._state.peers()
            if p.role is SiteRole.COMMUNE
            and (p.last_package_at is None or p.last_package_at < since)
        ]

    def upper(self) -> Peer | None:
        """A commune's upper level, once its enrolment file is installed."""
        return next((p for p in self._state.peers() if p.role is SiteRole.UPPER), None)

    def conflicts(self) -> list[Conflict]:
        """The records set aside that wait for a person's decision, oldest first."""
        return self._state.conflicts()

    def decide(self, conflict_id: UUID, keep_incoming: bool, by: str) -> None:
        """A person's decision on a set-aside record: the package's version replaces the one
        here (which is kept in history), or the one here stays; who decided is recorded."""
        conflict = self._state.conflict(conflict_id)
        if conflict is None or conflict.decision is not ConflictDecision.OPEN:
            raise OperationRefused("sync.conflict_decided")
        if not by.strip():
            raise ValidationFailed([Problem("by", "required")])
        label = CommandLabel("sync.conflict_decided", conflict.table_name)
        with self._access.writing(label):
            self._note(
                "sync_conflict",
                conflict_id,
                record=conflict.record_id,
                kept="incoming" if keep_incoming else "local",
            )
            if keep_incoming:
                try:
                    self._exchange.accept(conflict.table_name, conflict.incoming, self._now())
                except MalformedRecords as error:
                    raise OperationRefused("sync.conflict_unusable") from error
            decision = ConflictDecision.INCOMING if keep_incoming else ConflictDecision.LOCAL
            self._state.decide_conflict(conflict_id, decision, by.strip(), self._now())
        self._undo.clear()

    # -- export ---------------------------------------------------------------------------------
    def export(self, folder: Path, full: bool = False) -> ExportResult:
        """Write a package for the upper level into ``folder`` (a stick): what changed since
        its last receipt, or everything. The file is written under a temporary name, synced,
        renamed, read back and checked before this returns."""
        site = self._site()
        recipient = self.upper()
        if site.role is not SiteRole.COMMUNE or recipient is None:
            raise OperationRefused("sync.no_upper_level")
        since = 0 if full or recipient.last_receipt_at is None else recipient.acked_change
        outgoing = self._exchange.outgoing(since)
        contents = {
            "records": outgoing.records,
            "blobs": {k: base64.b64encode(v).decode("ascii") for k, v in outgoing.blobs.items()},
            "since_change": since,
            "through_change": outgoing.through_change,
            "full": since == 0,
        }
        return self._send(
            recipient, PackageKind.DATA, outgoing.counts, contents, folder, since == 0
        )

    def send_decisions(self, site_id: UUID, folder: Path) -> ExportResult:
        """Write a package for a commune with this upper level's decisions on its levels (all of
        them: the commune keeps the newest of each); receipts carry them down too."""
        peer = self._state.peer(site_id)
        if self._site().role is not SiteRole.UPPER:
            raise OperationRefused("sync.decisions_from_upper_only")
        if peer is None or peer.unit_id is None:
            raise OperationRefused("sync.unknown_office")
        records = self._exchange.decisions_below(peer.unit_id)
        return self._send(
            peer, PackageKind.DECISIONS, _counts(records), {"records": records}, folder
        )

    def write_transfer(self, transfer_id: UUID, site_id: UUID, folder: Path) -> ExportResult:
        """A transfer package for the commune a member moves to (an official transfer out
        recorded here): the member's record and history, sealed to that commune's key. The
        receiving commune takes the member onto its roll when the letter is presented."""
        peer = self._state.peer(site_id)
        if self._site().role is not SiteRole.COMMUNE:
            raise OperationRefused("sync.transfer_from_commune_only")
        if peer is None:
            raise OperationRefused("sync.unknown_office")
        if peer.role is not SiteRole.COMMUNE:
            raise OperationRefused("sync.transfer_to_a_commune")
        transfer = self._exchange.record("transfer", transfer_id)
        if (
            transfer is None
            or transfer["deleted"]
            or transfer["kind"] != TransferKind.OFFICIAL.value
            or transfer["direction"] != TransferDirection.OUT.value
            or transfer["member_id"] is None
        ):
            raise OperationRefused("sync.not_a_transfer_out")
        records = self._exchange.member_file(UUID(hex=transfer["member_id"]))
        contents = {"records": records, "transfer": transfer}
        return self._send(peer, PackageKind.TRANSFER, _counts(records), contents, folder)

    def _send(
        self,
        peer: Peer,
        kind: PackageKind,
        counts: Mapping[str, int],
        contents: Mapping[str, object],
        folder: Path,
        full: bool = True,
    ) -> ExportResult:
        """Seal ``contents`` for ``peer`` as its next package of ``kind``: written to the stick
        under a temporary name, synced, renamed and read back; only then counted as sent."""
        keys = self._active_key(peer)
        sequence = peer.sent_sequence + 1
        header = self._header(kind, keys, sequence, counts)
        payload = {**_sealed_identity(header), **contents}
        path = folder / package_file_name(header)
        self._access.require(Permission.EDIT)  # before anything is written to the stick
        write_to_stick(path, build_package(header, payload, self.keys(), keys))
        self._check_written(path, header)
        label = CommandLabel(f"sync.sent_{kind.value}", peer.name)
        with self._access.writing(label):
            self._state.save_peer(replace(peer, sent_sequence=sequence))
            self._note("package", header.package_id, file=path.name, sequence=sequence)
        _log.info(
            "Package %s written: %s no. %d for site %s, %d records%s",
            header.package_id,
            kind.value,
            sequence,
            peer.site_id,
            sum(counts.values()),
            " (everything)" if full and kind is PackageKind.DATA else "",
        )
        return ExportResult(path, header, peer, full)

    def _note(self, table: str, record_id: UUID, **values: object) -> None:
        """What the audit entry says of a write outside the versioned records."""
        fields = tuple(FieldChange(name, None, str(value)) for name, value in values.items())
        self._store.note(AuditedRecord(table, record_id, RecordChangeKind.CHANGED, fields))

    # -- import ---------------------------------------------------------------------------------
    def inspect(
        self,
        paths: Iterable[Path],
        progress: Callable[[int, int], None] | None = None,
        cancel: CancelToken | None = None,
    ) -> list[PackagePreview]:
        """What each package is and what applying it would do, changing nothing (a dry run).
        Once ``cancel`` is cancelled, the packages not yet looked at come back ``NOT_STARTED``."""
        files = list(paths)
        previews: list[PackagePreview] = []
        for done, path in enumerate(files, start=1):
            if cancel is not None and cancel.cancelled:
                previews += [
                    PackagePreview(rest, PackageStatus.NOT_STARTED) for rest in files[done - 1 :]
                ]
                break
            previews.append(self._preview(path, confirmed=(), dry_run=True)[0])
            if progress is not None:
                progress(done, len(files))
        return previews

    def import_packages(
        self,
        paths: Iterable[Path],
        confirmed: Collection[str] = (),
        receipts_to: Path | None = None,
        progress: Callable[[int, int], None] | None = None,
        cancel: CancelToken | None = None,
    ) -> list[ImportResult]:
        """Apply the packages, each in its own transaction, after one backup of the database
        (taken before the first package that changes anything).
        ``confirmed``: the display fingerprints the operator confirmed for first packages.
        A receipt for each data package applied (or already applied) is written to
        ``receipts_to`` (by default beside the package).
        ``cancel`` is looked at between packages, never inside one (each is all or nothing):
        once cancelled, the packages not yet reached come back as ``NOT_STARTED``, untouched;
        importing them again later carries on (those applied say they already were)."""
        self._access.require(Permission.EDIT)
        files = sorted(paths)
        with self._store.import_cache():
            results = self._import_files(files, confirmed, receipts_to, progress, cancel)
        self._undo.clear()  # imported records changed under any undoable edit
        return results

    def _import_files(
        self,
        files: list[Path],
        confirmed: Collection[str],
        receipts_to: Path | None,
        progress: Callable[[int, int], None] | None,
        cancel: CancelToken | None,
    ) -> list[ImportResult]:
        results: list[ImportResult] = []
        backed_up = False
        for done, path in enumerate(files, start=1):
            if cancel is not None and cancel.cancelled:
                results += [
                    ImportResult(PackagePreview(rest, PackageStatus.NOT_STARTED), applied=False)
                    for rest in files[done - 1 :]
                ]
                break
            with _collector_paused():
                preview, payload = self._preview(path, confirmed, dry_run=False)
                if preview.status == PackageStatus.READY and payload is not None:
                    if not backed_up:  # once, before the first package that changes anything
                        self._backup()
                        backed_up = True
                    self._apply(preview, payload)
                del payload
            receipt = None
            if (
                preview.header
                and preview.header.kind is PackageKind.DATA
                and preview.status
                in (
                    PackageStatus.READY,
                    PackageStatus.ALREADY_APPLIED,
                )
            ):
                receipt = self._write_receipt(preview, receipts_to or path.parent)
            results.append(ImportResult(preview, preview.status == PackageStatus.READY, receipt))
            _log_import(preview)
            self._retry_waiting()
            if progress is not None:
                progress(done, len(files))
        return results

    # -- helpers --------------------------------------------------------------------------------
    def _preview(
        self, path: Path, confirmed: Collection[str], dry_run: bool
    ) -> tuple[PackagePreview, dict[str, object] | None]:
        preview = PackagePreview(path, PackageStatus.REJECTED)
        try:
            data = _read_package_file(path)
            header = read_header(data, _LIMITS)
            preview.header = header
            own = self._own_key_for(header.recipient_fingerprint)
            sender = self._sender_keys(header, confirmed)
            if sender is None:
                preview.status = PackageStatus.NEEDS_CONFIRMATION
                # The signature is still checked: the fingerprint shown must be the signer's.
                verify_and_open(data, header, header.sender_keys, own, _LIMITS)
                return preview, None
            verify_package(data, header, sender, own, _LIMITS)
            entry = self._state.ledger_entry(header.package_id)
            if entry is not None:  # nothing to decrypt: it changed what it had to already
                preview.status = PackageStatus.ALREADY_APPLIED
                preview.applied_on = entry.applied_at
                return preview, None
            payload = verify_and_open(data, header, sender, own, _LIMITS)
            if {k: payload.get(k) for k in _IDENTITY} != _sealed_identity(header):
                # Another office's sealed content under this sender's signed header.
                raise PackageRejected("malformed_payload", reason="identity")
        except (PackageRejected, OperationRefused) as error:
            preview.status = PackageStatus.REJECTED  # a first package too, whose check failed
            preview.rejection, preview.rejection_params = error.code, dict(error.params)
            return preview, None
        except OSError:
            preview.status = PackageStatus.REJECTED
            preview.rejection = "sync.unreadable"
            return preview, None
        try:
            preview.outcome = self._dry_run(header, payload) if dry_run else None
        except _UNREADABLE_CONTENT as error:
            preview.rejection = "malformed_payload"
            preview.rejection_params = {"detail": str(error)}
            return preview, None
        except OperationRefused as error:  # e.g. a data package naming no unit of its sender
            preview.rejection, preview.rejection_params = error.code, dict(error.params)
            return preview, None
        preview.status = PackageStatus.READY
        return preview, payload

    def _dry_run(self, header: PackageHeader, payload: dict[str, object]) -> ApplyOutcome | None:
        if header.kind is PackageKind.DATA:
            scope, tables = self._scope(header), COMMUNE_TABLES
        elif header.kind is PackageKind.DECISIONS:
            scope, tables = self._own_scope(), UPPER_TABLES
        elif header.kind is PackageKind.TRANSFER:
            scope, tables = self._transfer_scope(header), TRANSFER_TABLES
            payload = {**payload, "records": _held_units(_records(payload))}
        else:
            return None
        with self._store.transaction():
            return self._exchange.apply(
                _records(payload),
                {},
                header.sender_site,
                header.package_id,
                scope,
                self._now(),
                dry_run=True,
                tables=tables,
            )

    def _apply(self, preview: PackagePreview, payload: dict[str, object]) -> None:
        header = preview.header
        assert header is not None
        try:
            label = CommandLabel(f"sync.received_{header.kind.value}", header.sender_name)
            with self._access.writing(label):
                self._note(
                    "package", header.package_id, file=preview.path.name, sequence=header.sequence
                )
                peer = self._sender_peer(header)
                summary: dict[str, object] = {}
                if header.kind is PackageKind.DATA:
                    receipt_sequence = self._apply_data(preview, header, payload, peer)
                    summary = {
                        **_summary(preview.outcome),
                        "receipt_sequence": receipt_sequence,
                        "sender_epoch": header.sender_epoch,
                    }
                elif header.kind is PackageKind.RECEIPT:
                    self._apply_receipt(header, payload, peer)
                    summary = _summary(self._apply_decisions(header, payload, peer))
                elif header.kind is PackageKind.DECISIONS:
                    preview.outcome = self._apply_decisions(header, payload, peer)
                    summary = _summary(preview.outcome)
                elif header.kind is PackageKind.TRANSFER:
                    preview.outcome = self._apply_transfer(header, payload, peer)
                    summary = _summary(preview.outcome)
                else:
                    raise OperationRefused("sync.unsupported_kind", kind=header.kind.value)
                self._state.add_ledger_entry(
                    LedgerEntry(
                        header.package_id,
                        header.sender_site,
                        header.kind.value,
                        header.sequence,
                        header.created_at,
                        self._now(),
                        summary,
                    )
                )
        except _UNREADABLE_CONTENT as error:
            preview.status = PackageStatus.REJECTED
            preview.rejection = "malformed_payload"
            preview.rejection_params = {"detail": str(error)}
        except OperationRefused as error:
            preview.status = PackageStatus.REJECTED
            preview.rejection, preview.rejection_params = error.code, dict(error.params)

    def _apply_data(
        self, preview: PackagePreview, header: PackageHeader, payload: dict[str, object], peer: Peer
    ) -> int:
        """Apply a commune's records; returns the number its receipt will carry."""
        if self._site().role is not SiteRole.UPPER or peer.role is not SiteRole.COMMUNE:
            raise OperationRefused("sync.not_for_this_site")
        blobs = payload.get("blobs", {})
        if not isinstance(blobs, dict):
            raise MalformedRecords("blobs", "not an object")
        outcome = self._exchange.apply(
            _records(payload),
            {k: base64.b64decode(v, validate=True) for k, v in blobs.items()},
            header.sender_site,
            header.package_id,
            self._scope(header),
            self._now(),
        )
        preview.outcome = outcome
        newest_stamp = max(_versions(payload), default=0)  # observing it observes them all
        if newest_stamp:
            self._store.clock.observe(newest_stamp)
        since, through = _int(payload, "since_change"), _int(payload, "through_change")
        ledger = self._state.ledger_of(header.sender_site)
        newest_epoch = max((_epoch_of(e) for e in ledger), default=header.sender_epoch)
        # After the sender restored a backup (a new epoch) its change log and its packages'
        # numbers go on from the backup's: numbers we already hold from the history it no
        # longer has now name other changes. What we hold of that history stays (newer
        # stamps win); its numbers no longer count.
        restarted = header.sender_epoch > newest_epoch
        if header.sender_epoch >= newest_epoch:
            peer = self._follow_sender(peer, header, since, through, ledger, restarted)
        # else: made before the sender's restore; its records are applied, its numbers are of
        # the history the sender no longer has and say nothing about what we hold now.
        preview.missing_sequences = peer.missing_sequences
        newest = max(filter(None, (peer.last_package_at, header.created_at)))
        # The receipt's number is taken now, with the package: writing it again (on a second
        # import of the package) changes nothing.
        peer = replace(peer, last_package_at=newest, sent_sequence=peer.sent_sequence + 1)
        self._state.save_peer(peer)
        return peer.sent_sequence

    @staticmethod
    def _follow_sender(
        peer: Peer,
        header: PackageHeader,
        since: int,
        through: int,
        ledger: list[LedgerEntry],
        restarted: bool,
    ) -> Peer:
        """How far we hold the sender's changes, and which of its packages never arrived,
        after this package of its current epoch."""
        held = 0 if restarted else peer.have_through_change
        if since <= peer.have_through_change:
            # A restarted sender's package starts from a receipt we wrote (so at or below what
            # we hold), and carries its changes since then as it now numbers them.
            return replace(peer, have_through_change=max(held, through), missing_sequences=())
        # Something between what we hold and this package never arrived.
        seen = {e.sequence for e in ledger if _epoch_of(e) == header.sender_epoch}
        seen.add(header.sequence)
        newest_before = max((s for s in seen if s < header.sequence), default=0)
        # The newest few only: a sender's numbering gone wrong (a sequence in the billions)
        # must not make a list that long; a full package fills any gap anyway.
        first = max(newest_before + 1, header.sequence - _MAX_MISSING_LISTED)
        missing = [s for s in range(first, header.sequence) if s not in seen]
        earlier = () if restarted else peer.missing_sequences
        listed = tuple(sorted({*earlier, *missing}))[-_MAX_MISSING_LISTED:]
        return replace(peer, missing_sequences=listed)

    def _retry_waiting(self) -> None:
        """Records set aside for want of something that has arrived since are applied (when
        they are still the newest version), so that the order packages arrive in does not
        matter: a record whose parent had not arrived yet, and a member (with the records
        tied to them) that the receiving commune took over before the province knew that the
        sending commune had handed them over."""
        progress = True
        while progress:
            progress = False
            for conflict in self._state.conflicts():
                if conflict.reason not in _WAITING_REASONS:
                    continue
                if not self._exchange.parents_known(conflict.table_name, conflict.incoming):
                    continue
                peer = self._state.peer(conflict.sender_site)
                if peer is None or peer.unit_id is None:
                    continue
                label = CommandLabel("sync.waiting_applied", peer.name)
                with self._access.writing(label):
                    self._note("sync_conflict", conflict.id, record=conflict.record_id)
                    waited = conflict.reason is not ConflictReason.MISSING_PARENT
                    if waited and self._reapply(conflict, peer, dry_run=True).conflicts:
                        continue  # still not clean: a person decides
                    outcome = self._reapply(conflict, peer, dry_run=False)
                    if peer.role is SiteRole.UPPER:
                        self._follow_decisions()
                    decision = (
                        ConflictDecision.INCOMING if outcome.changed else ConflictDecision.LOCAL
                    )
                    self._state.decide_conflict(conflict.id, decision, "", self._now())
                progress = True

    def _reapply(self, conflict: Conflict, peer: Peer, dry_run: bool) -> ApplyOutcome:
        """A set-aside record applied again, as its sender's package would apply it."""
        assert peer.unit_id is not None
        from_upper = peer.role is SiteRole.UPPER
        return self._exchange.apply(
            {conflict.table_name: [conflict.incoming]},
            {},
            conflict.sender_site,
            conflict.package_id,
            self._own_scope() if from_upper else Scope(peer.unit_id, self._site().unit_id),
            self._now(),
            dry_run=dry_run,
            tables=UPPER_TABLES if from_upper else COMMUNE_TABLES,
        )

    def _apply_receipt(self, header: PackageHeader, payload: dict[str, object], peer: Peer) -> None:
        if peer.role is not SiteRole.UPPER:
            raise OperationRefused("sync.not_for_this_site")
        receipt = payload.get("receipt")
        if not isinstance(receipt, dict):
            raise MalformedRecords("receipt", "missing")
        through = _int(receipt, "through_change")
        # A receipt for a package made before this site restored a backup counts changes of
        # the history the restore left behind: not how far the upper level holds ours now.
        # (Receipts of earlier versions carry no epoch.)
        current = "epoch" not in receipt or _int(receipt, "epoch") == self._site().epoch
        if current and (peer.last_receipt_at is None or header.created_at >= peer.last_receipt_at):
            # The newest receipt says how far the upper level holds our changes, lower too
            # (after it restored a backup): the next package then starts there again.
            peer = replace(peer, acked_change=through, last_receipt_at=header.created_at)
            self._state.save_peer(peer)
        # A moment that comes back regularly and is not waited on: the change log drops the
        # older entries of records written again since (what any package carries is the same).
        self._exchange.compact_change_log()

    def _apply_decisions(
        self, header: PackageHeader, payload: dict[str, object], peer: Peer
    ) -> ApplyOutcome:
        """Apply the upper level's decisions on this commune's levels (a receipt's or a
        decisions package's), then record each decided level as the organisation's own."""
        if self._site().role is not SiteRole.COMMUNE or peer.role is not SiteRole.UPPER:
            raise OperationRefused("sync.not_for_this_site")
        outcome = self._exchange.apply(
            _records(payload),
            {},
            header.sender_site,
            header.package_id,
            self._own_scope(),
            self._now(),
            tables=UPPER_TABLES,
        )
        for stamp in _versions(payload):
            self._store.clock.observe(stamp)
        self._follow_decisions()
        return outcome

    def _apply_transfer(
        self, header: PackageHeader, payload: dict[str, object], peer: Peer
    ) -> ApplyOutcome:
        """A member transferring in from another commune: their record and history are kept
        as that commune wrote them (its units too, hidden here), and a transfer in waits for
        the letter to be presented, when the member joins a cell of ours."""
        if self._site().role is not SiteRole.COMMUNE or peer.role is not SiteRole.COMMUNE:
            raise OperationRefused("sync.not_for_this_site")
        out = payload.get("transfer")
        if not isinstance(out, dict):
            raise MalformedRecords("transfer", "missing")
        records = _held_units(_records(payload))
        members = records.get("member")
        if not isinstance(members, list) or len(members) != 1:
            raise MalformedRecords("member", "not one member")
        outcome = self._exchange.apply(
            records,
            {},
            header.sender_site,
            header.package_id,
            self._transfer_scope(header),
            self._now(),
            tables=TRANSFER_TABLES,
        )
        if outcome.conflicts:
            raise OperationRefused("sync.transfer_not_clean", count=len(outcome.conflicts))
        for stamp in _versions(payload):
            self._store.clock.observe(stamp)
        member_id = UUID(hex=members[0]["id"])
        if out.get("member_id") != member_id.hex or out.get("id") is None:
            raise MalformedRecords("transfer", "not this member's")
        arrival = uuid5(_TRANSFERS_IN, str(out["id"]))
        if self._exchange.record("transfer", arrival) is None:
            self._store.put(
                Transfer(
                    id=arrival,
                    kind=TransferKind.OFFICIAL,
                    direction=TransferDirection.IN,
                    decided_on=date.fromisoformat(str(out["decided_on"])),
                    member_id=member_id,
                    other_organisation=peer.unit_name or peer.name,
                    moved_on=_day_or_none(out.get("moved_on")),
                    letter_number=str(out.get("letter_number") or ""),
                    note=str(out.get("note") or ""),
                )
            )
        return outcome

    def _follow_decisions(self) -> None:
        """Each organisation's level of a year as the upper level decided it: written as the
        commune's own record, so that its reports, and its next package up, say it too."""
        for decision in self._evaluations.where(UpperDecision):
            found = self._evaluations.where(
                UnitEvaluation, unit=decision.unit_id, year=decision.year
            )
            own = max(found, key=lambda e: e.version) if found else None
            if own is None:
                own = UnitEvaluation(new_id(), decision.unit_id, decision.year)
            elif own.final_level is decision.level:
                continue
            self._store.put(replace(own, final_level=decision.level))

    def _write_receipt(self, preview: PackagePreview, folder: Path) -> Path | None:
        """The receipt for a data package: what was applied and what was set aside, and how far
        this site now holds the sender's changes (its next package starts there)."""
        header = preview.header
        assert header is not None
        peer = self._state.peer(header.sender_site)
        if peer is None:
            return None
        keys = self._active_key(peer)
        entry = self._state.ledger_entry(header.package_id)
        summary = entry.summary if entry else {}
        receipt = {
            "package_id": str(header.package_id),
            "sequence": header.sequence,
            "through_change": peer.have_through_change,
            "applied_at": entry.applied_at.isoformat() if entry else None,
            "summary": summary,
            "missing_sequences": list(peer.missing_sequences),
            "epoch": header.sender_epoch,  # of the package answered
        }
        sequence = summary.get("receipt_sequence")
        if not isinstance(sequence, int):
            return None
        receipt_header = replace(
            self._header(PackageKind.RECEIPT, keys, sequence, {}),
            # the same receipt each time it is written: the commune applies it once
            package_id=uuid5(_RECEIPTS, str(header.package_id)),
        )
        payload = {
            **_sealed_identity(receipt_header),
            "receipt": receipt,
            # The decisions on the commune's levels travel down with every receipt.
            "records": self._exchange.decisions_below(peer.unit_id) if peer.unit_id else {},
        }
        data = build_package(receipt_header, payload, self.keys(), keys)
        path = folder / package_file_name(receipt_header)
        try:
            write_to_stick(path, data)
        except OperationRefused:
            return None  # the data is applied; its receipt is written again on a new import
        return path

    def _sender_keys(self, header: PackageHeader, confirmed: Collection[str]) -> PublicKeys | None:
        """The key to check the package with; None while a first package waits for the
        operator to confirm its fingerprint."""
        found = self._state.key_by_fingerprint(header.sender_keys.fingerprint)
        if found is not None:
            site_id, key = found
            if site_id != header.sender_site:
                raise OperationRefused("sync.key_of_another_site")
            if key.state is KeyState.REVOKED:
                raise OperationRefused("sync.revoked_key")
            return PublicKeys(key.verify_key, key.box_key)
        if header.sender_keys.display_fingerprint in confirmed:
            return header.sender_keys
        return None

    def _sender_peer(self, header: PackageHeader) -> Peer:
        """The sender as a peer, enrolled now if this is its first (confirmed) package."""
        peer = self._state.peer(header.sender_site)
        if peer is not None and peer.unit_id is not None and peer.unit_id != header.sender_unit:
            raise OperationRefused("sync.unit_changed")
        if peer is None:
            role = SiteRole.UPPER if header.kind is PackageKind.RECEIPT else SiteRole.COMMUNE
            peer = Peer(
                header.sender_site,
                header.sender_name,
                role,
                header.sender_unit,
                header.sender_unit_code,
                header.sender_name,
                self._now(),
            )
            self._state.save_peer(peer)
        if self._state.key_by_fingerprint(header.sender_keys.fingerprint) is None:
            self._add_peer_key(peer.site_id, header.sender_keys)
        return peer

    def _scope(self, header: PackageHeader) -> Scope | None:
        if header.sender_unit is None:
            raise OperationRefused("sync.no_sender_unit")
        return Scope(header.sender_unit, self._site().unit_id)

    def _transfer_scope(self, header: PackageHeader) -> Scope:
        """A transferring member's records: the sending commune's, its organisations kept
        apart from ours (not placed under our root)."""
        scope = self._scope(header)
        assert scope is not None
        return Scope(scope.root, None)

    def _own_scope(self) -> Scope:
        """What the upper level may decide on: this commune's own organisations."""
        root = self._site().unit_id
        if root is None:
            raise OperationRefused("site.not_set_up")
        return Scope(root, None)

    def _add_peer_key(self, site_id: UUID, keys: PublicKeys) -> None:
        """A new active key for a peer; its earlier active key is replaced (still accepted)."""
        for key in self._state.peer_keys(site_id):
            if key.state is KeyState.ACTIVE and key.fingerprint != keys.fingerprint:
                self._state.save_peer_key(site_id, replace(key, state=KeyState.REPLACED))
        if self._state.key_by_fingerprint(keys.fingerprint) is None:
            self._state.save_peer_key(
                site_id,
                PeerKey(
                    keys.fingerprint, keys.verify_key, keys.box_key, KeyState.ACTIVE, self._now()
                ),
            )

    def _active_key(self, peer: Peer) -> PublicKeys:
        for key in self._state.peer_keys(peer.site_id):
            if key.state is KeyState.ACTIVE:
                return PublicKeys(key.verify_key, key.box_key)
        raise OperationRefused("sync.no_key", site=peer.name)

    def _own_key_for(self, fingerprint: str) -> SiteKeys:
        self.keys()  # made on first use
        for stored in self._state.site_keys():
            if stored.fingerprint == fingerprint:
                return SiteKeys(stored.signing_seed, stored.box_secret)
        raise PackageRejected("wrong_recipient")

    def _header(
        self, kind: PackageKind, recipient: PublicKeys, sequence: int, counts: Mapping[str, int]
    ) -> PackageHeader:
        site = self._site()
        unit = self._units.get(site.unit_id) if site.unit_id else None
        return PackageHeader(
            format=FORMAT_VERSION,
            kind=kind,
            package_id=uuid4(),
            sender_site=site.id,
            sender_name=site.name,
            sender_unit=site.unit_id,
            sender_unit_code=unit.code if unit else "",
            sender_epoch=site.epoch,
            sender_keys=self.keys().public,
            recipient_fingerprint=recipient.fingerprint,
            sequence=sequence,
            created_at=self._now(),
            counts=dict(counts),
            payload_bytes=0,
        )

    def _check_written(self, path: Path, header: PackageHeader) -> None:
        """Read the package back from the stick: its header and signature as written."""
        try:
            data = _read_package_file(path)
            read_back = read_header(data, _LIMITS)
        except (OSError, PackageRejected) as error:
            raise OperationRefused("sync.written_badly", file=path.name) from error
        if read_back.package_id != header.package_id:
            raise OperationRefused("sync.written_badly", file=path.name)

    def _new_key(self) -> StoredSiteKey:
        keys = SiteKeys.generate()
        stored = StoredSiteKey(
            uuid4(), keys.signing_seed, keys.box_secret, keys.public.fingerprint, self._now()
        )
        self._state.add_site_key(stored)
        return stored

    def _site(self) -> Site:
        site = self._store.site()
        if site is None:
            raise OperationRefused("site.not_set_up")
        return site


_IDENTITY = ("package_id", "sender_site")


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while one package is read and applied. A package is
    hundreds of thousands of objects alive together (parsed rows, records, their values), and
    the collector kept walking them as they were made: ~0.15 s of each package's ~2 s. They
    hold no cycles: counting references frees them when the package is done (and whatever
    cycle anything makes meanwhile is collected once the collector runs again)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# Set-aside records that may become clean on their own as more packages arrive.
_WAITING_REASONS = frozenset(
    {ConflictReason.MISSING_PARENT, ConflictReason.TWO_WRITERS, ConflictReason.OUT_OF_SCOPE}
)


def _sealed_identity(header: PackageHeader) -> dict[str, object]:
    """The package's id and sender, sealed inside with the records: the signature covers who
    signed, and this binds the sealed content to that same package."""
    return {"package_id": str(header.package_id), "sender_site": str(header.sender_site)}


def _log_import(preview: PackagePreview) -> None:
    """One line per package imported: which, what it did, or why it was refused (by code:
    the package's own words are not the log's)."""
    header = preview.header
    if header is None:
        _log.info("A file was refused before its header could be read: %s", preview.rejection)
        return
    name = f"Package {header.package_id} ({header.kind.value} no. {header.sequence} of site "
    name += f"{header.sender_site})"
    if preview.status == PackageStatus.REJECTED:
        _log.info("%s refused: %s", name, preview.rejection)
        return
    outcome = preview.outcome or ApplyOutcome()
    _log.info(
        "%s %s: %d new, %d updated, %d unchanged, %d set aside",
        name,
        preview.status,
        outcome.new,
        outcome.updated,
        outcome.unchanged,
        len(outcome.conflicts),
    )


def _read_small(path: Path) -> bytes:
    """An enrolment file's bytes, refused by its size before it is read."""
    if path.stat().st_size > MAX_ENROLMENT_BYTES:
        raise OperationRefused("sync.enrolment_not_an_enrolment", file=path.name)
    return path.read_bytes()


def _read_package_file(path: Path) -> bytes:
    """The file's bytes, refused by its size before it is read."""
    size = path.stat().st_size
    if size > _LIMITS.max_file_bytes:
        raise PackageRejected("too_large", limit=_LIMITS.max_file_bytes, size=size)
    return path.read_bytes()


def _epoch_of(entry: LedgerEntry) -> int:
    """The sender's epoch when it made the package (packages applied before epochs were
    recorded were all of the first)."""
    epoch = entry.summary.get("sender_epoch", 1)
    return epoch if isinstance(epoch, int) else 1


def _records(payload: Mapping[str, object]) -> dict[str, object]:
    records = payload.get("records", {})
    if not isinstance(records, dict):
        raise MalformedRecords("records", "not an object")
    return records


def _versions(payload: Mapping[str, object]) -> Iterable[int]:
    for rows in _records(payload).values():
        for row in rows:  # type: ignore[attr-defined]
            yield row["version"]


def _held_units(records: dict[str, object]) -> dict[str, object]:
    """A transfer's units as this commune holds them: deleted, so that they never show among its
    own organisations (they are only what the member's history points at)."""
    units = records.get("unit", [])
    if not isinstance(units, list):
        raise MalformedRecords("unit", "not a list")
    return {**records, "unit": [{**u, "deleted": 1} if isinstance(u, dict) else u for u in units]}


def _day_or_none(value: object) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


def _counts(records: Mapping[str, list[object]]) -> dict[str, int]:
    return {table: len(rows) for table, rows in records.items() if rows}


def _int(values: Mapping[str, object], key: str) -> int:
    value = values.get(key)
    # A count is kept in a SQLite integer (signed 64 bits): a larger one would fail the write.
    if type(value) is not int or not 0 <= value < 2**63:
        raise MalformedRecords(key, "not a count")
    return value


def _summary(outcome: ApplyOutcome | None) -> dict[str, object]:
    if outcome is None:
        return {}
    return {
        "tables": {
            name: {
                "new": t.new,
                "updated": t.updated,
                "unchanged": t.unchanged,
                "conflicts": t.conflicts,
            }
            for name, t in outcome.tables.items()
        },
        "conflicts": [
            {"table": c.table_name, "record_id": str(c.record_id), "reason": c.reason.value}
            for c in outcome.conflicts
        ],
    }
