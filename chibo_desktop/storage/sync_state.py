"""The USB handoff's own state: this site's keys, its peers and their keys, the ledger of applied
packages and the conflict inbox. Local to the site; none of it travels. Writes happen inside the
caller's ``Store.transaction()`` (the sync service's)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from chibo_desktop.domain.enums import SiteRole
from chibo_desktop.domain.sync import (
    Conflict,
    ConflictDecision,
    ConflictReason,
    KeyState,
    LedgerEntry,
    Peer,
    PeerKey,
    StoredSiteKey,
)
from chibo_desktop.storage.tables import (
    PackageLedgerRow,
    PeerKeyRow,
    PeerRow,
    SiteKeyRow,
    SyncConflictRow,
)


class SyncStateRepository:
    # -- this site's keys -----------------------------------------------------------------------
    def site_key(self) -> StoredSiteKey | None:
        """The key in use (the newest not retired)."""
        row = (
            SiteKeyRow.select()
            .where(SiteKeyRow.retired_at.is_null())
            .order_by(SiteKeyRow.created_at.desc())
            .dicts()
            .first()
        )
        return _site_key(row) if row else None

    def site_keys(self) -> list[StoredSiteKey]:
        """Every key this site has had, newest first (a package sealed to a replaced key still
        opens)."""
        rows = SiteKeyRow.select().order_by(SiteKeyRow.created_at.desc()).dicts()
        return [_site_key(r) for r in rows]

    def add_site_key(self, key: StoredSiteKey) -> None:
        SiteKeyRow.update(retired_at=stored_time(key.created_at)).where(
            SiteKeyRow.retired_at.is_null()
        ).execute()
        SiteKeyRow.insert(
            id=key.id,
            signing_seed=key.signing_seed,
            box_secret=key.box_secret,
            fingerprint=key.fingerprint,
            created_at=stored_time(key.created_at),
            retired_at=None,
        ).execute()

    # -- peers ----------------------------------------------------------------------------------
    def peers(self) -> list[Peer]:
        return [_peer(r) for r in PeerRow.select().order_by(PeerRow.name).dicts()]

    def peer(self, site_id: UUID) -> Peer | None:
        row = PeerRow.select().where(PeerRow.site_id == site_id).dicts().first()
        return _peer(row) if row else None

    def save_peer(self, peer: Peer) -> None:
        values = {
            "site_id": peer.site_id,
            "name": peer.name,
            "role": peer.role.value,
            "unit_id": peer.unit_id,
            "unit_code": peer.unit_code,
            "unit_name": peer.unit_name,
            "enrolled_at": stored_time(peer.enrolled_at),
            "sent_sequence": peer.sent_sequence,
            "acked_change": peer.acked_change,
            "last_receipt_at": stored_time(peer.last_receipt_at),
            "last_package_at": stored_time(peer.last_package_at),
            "have_through_change": peer.have_through_change,
            "missing_sequences": json.dumps(list(peer.missing_sequences)),
        }
        PeerRow.insert(**values).on_conflict_replace().execute()

    def peer_keys(self, site_id: UUID) -> list[PeerKey]:
        rows = (
            PeerKeyRow.select()
            .where(PeerKeyRow.site == site_id)
            .order_by(PeerKeyRow.added_at.desc())
            .dicts()
        )
        return [_peer_key(r) for r in rows]

    def key_by_fingerprint(self, fingerprint: str) -> tuple[UUID, PeerKey] | None:
        row = PeerKeyRow.select().where(PeerKeyRow.fingerprint == fingerprint).dicts().first()
        return (row["site"], _peer_key(row)) if row else None

    def save_peer_key(self, site_id: UUID, key: PeerKey) -> None:
        PeerKeyRow.insert(
            fingerprint=key.fingerprint,
            site=site_id,
            verify_key=key.verify_key,
            box_key=key.box_key,
            state=key.state.value,
            added_at=stored_time(key.added_at),
            revoked_at=stored_time(key.revoked_at),
        ).on_conflict_replace().execute()

    # -- the ledger -----------------------------------------------------------------------------
    def ledger_entry(self, package_id: UUID) -> LedgerEntry | None:
        row = PackageLedgerRow.select().where(PackageLedgerRow.package_id == package_id)
        found = row.dicts().first()
        return _ledger(found) if found else None

    def ledger_of(self, sender: UUID) -> list[LedgerEntry]:
        rows = (
            PackageLedgerRow.select()
            .where(PackageLedgerRow.sender_site == sender)
            .order_by(PackageLedgerRow.sequence)
            .dicts()
        )
        return [_ledger(r) for r in rows]

    def add_ledger_entry(self, entry: LedgerEntry) -> None:
        PackageLedgerRow.insert(
            package_id=entry.package_id,
            sender_site=entry.sender_site,
            kind=entry.kind,
            sequence=entry.sequence,
            created_at=stored_time(entry.created_at),
            applied_at=stored_time(entry.applied_at),
            summary_json=json.dumps(entry.summary, ensure_ascii=False),
        ).execute()

    # -- the conflict inbox ---------------------------------------------------------------------
    def conflicts(self, open_only: bool = True) -> list[Conflict]:
        query = SyncConflictRow.select().order_by(SyncConflictRow.created_at)
        if open_only:
            query = query.where(SyncConflictRow.decision == ConflictDecision.OPEN.value)
        return [_conflict(r) for r in query.dicts()]

    def conflict(self, conflict_id: UUID) -> Conflict | None:
        row = SyncConflictRow.select().where(SyncConflictRow.id == conflict_id).dicts().first()
        return _conflict(row) if row else None

    def decide_conflict(
        self, conflict_id: UUID, decision: ConflictDecision, by: str, at: datetime
    ) -> None:
        SyncConflictRow.update(
            decision=decision.value, decided_by=by, decided_at=stored_time(at)
        ).where(SyncConflictRow.id == conflict_id).execute()


def _site_key(row: dict[str, Any]) -> StoredSiteKey:
    return StoredSiteKey(
        id=row["id"],
        signing_seed=bytes(row["signing_seed"]),
        box_secret=bytes(row["box_secret"]),
        fingerprint=row["fingerprint"],
        created_at=read_time(row["created_at"]),
        retired_at=read_time(row["retired_at"]),
    )


def _peer(row: dict[str, Any]) -> Peer:
    return Peer(
        site_id=row["site_id"],
        name=row["name"],
        role=SiteRole(row["role"]),
        unit_id=row["unit_id"],
        unit_code=row["unit_code"],
        unit_name=row["unit_name"],
        enrolled_at=read_time(row["enrolled_at"]),
        sent_sequence=row["sent_sequence"],
        acked_change=row["acked_change"],
        last_receipt_at=read_time(row["last_receipt_at"]),
        last_package_at=read_time(row["last_package_at"]),
        have_through_change=row["have_through_change"],
        missing_sequences=tuple(json.loads(row["missing_sequences"])),
    )


def _peer_key(row: dict[str, Any]) -> PeerKey:
    return PeerKey(
        fingerprint=row["fingerprint"],
        verify_key=bytes(row["verify_key"]),
        box_key=bytes(row["box_key"]),
        state=KeyState(row["state"]),
        added_at=read_time(row["added_at"]),
        revoked_at=read_time(row["revoked_at"]),
    )


def _ledger(row: dict[str, Any]) -> LedgerEntry:
    return LedgerEntry(
        package_id=row["package_id"],
        sender_site=row["sender_site"],
        kind=row["kind"],
        sequence=row["sequence"],
        created_at=read_time(row["created_at"]),
        applied_at=read_time(row["applied_at"]),
        summary=json.loads(row["summary_json"]),
    )


def _conflict(row: dict[str, Any]) -> Conflict:
    return Conflict(
        id=row["id"],
        package_id=row["package_id"],
        sender_site=row["sender_site"],
        table_name=row["table_name"],
        record_id=row["record_id"],
        reason=ConflictReason(row["reason"]),
        incoming=json.loads(row["incoming_json"]),
        local=json.loads(row["local_json"]) if row["local_json"] else None,
        created_at=read_time(row["created_at"]),
        decision=ConflictDecision(row["decision"]),
        decided_by=row["decided_by"],
        decided_at=read_time(row["decided_at"]),
    )


def stored_time(moment: datetime | None) -> datetime | None:
    """Times are kept as naive UTC (peewee's column reads no offset)."""
    if moment is None:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def read_time(moment: datetime | None) -> datetime | None:
    return moment.replace(tzinfo=UTC) if moment is not None else None
