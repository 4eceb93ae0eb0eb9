"""The USB handoff's own records: the sites packages travel between, what was applied, and what a
person must decide (DESIGN.md §3). The package format itself is ``chibo_desktop.sync``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from uuid import UUID

from chibo_desktop.domain.audit import AUDIT_TABLE
from chibo_desktop.domain.enums import SiteRole


class KeyState(StrEnum):
    ACTIVE = "active"
    REPLACED = "replaced"  # superseded by a newer key of the same site: its packages still open
    REVOKED = "revoked"  # lost or stolen: its packages are refused


@dataclass(frozen=True, slots=True)
class PeerKey:
    fingerprint: str
    verify_key: bytes
    box_key: bytes
    state: KeyState
    added_at: datetime
    revoked_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Peer:
    """Another site: the upper level for a commune, each commune for the upper level."""

    site_id: UUID
    name: str
    role: SiteRole
    unit_id: UUID | None
    unit_code: str
    unit_name: str
    enrolled_at: datetime
    sent_sequence: int = 0  # the last package numbered for it
    acked_change: int = 0  # our change seq its last receipt covers
    last_receipt_at: datetime | None = None
    last_package_at: datetime | None = None  # when the newest package applied from it was made
    have_through_change: int = 0  # its change seq we hold everything up to
    missing_sequences: tuple[int, ...] = ()  # its packages never received (a gap)


@dataclass(frozen=True, slots=True)
class StoredSiteKey:
    """This site's own keys, as stored (the bytes are turned into keys by ``sync.keys``)."""

    id: UUID
    signing_seed: bytes
    box_secret: bytes
    fingerprint: str
    created_at: datetime
    retired_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    package_id: UUID
    sender_site: UUID
    kind: str
    sequence: int
    created_at: datetime
    applied_at: datetime
    summary: dict[str, object]


class ConflictReason(StrEnum):
    OUT_OF_SCOPE = "out_of_scope"  # a record of a unit the sender does not own
    TWO_WRITERS = "two_writers"  # written here by another site, without a hand-over between them
    SAME_STAMP = "same_stamp"  # the same version stamp with different content
    MISSING_PARENT = "missing_parent"  # refers to a record neither here nor in the package
    INVALID = "invalid"  # a value this program cannot read


class ConflictDecision(StrEnum):
    OPEN = ""
    INCOMING = "incoming"  # the package's version was applied
    LOCAL = "local"  # the version here was kept


@dataclass(frozen=True, slots=True)
class Conflict:
    id: UUID
    package_id: UUID
    sender_site: UUID
    table_name: str
    record_id: UUID
    reason: ConflictReason
    incoming: dict[str, object]
    local: dict[str, object] | None
    created_at: datetime
    decision: ConflictDecision = ConflictDecision.OPEN
    decided_by: str = ""
    decided_at: datetime | None = None


@dataclass(slots=True)
class TableOutcome:
    """What a package did to one table (or would do, in a dry run)."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0  # the same version, or an older one than held here
    conflicts: int = 0


@dataclass(slots=True)
class ApplyOutcome:
    tables: dict[str, TableOutcome] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)

    def table(self, name: str) -> TableOutcome:
        return self.tables.setdefault(name, TableOutcome())

    # The totals a person reads are records of members, meetings, evaluations …: the audit log's
    # entries that came with them are not counted (``tables`` has them).
    def _data(self) -> list[TableOutcome]:
        return [t for name, t in self.tables.items() if name != AUDIT_TABLE]

    @property
    def new(self) -> int:
        return sum(t.new for t in self._data())

    @property
    def updated(self) -> int:
        return sum(t.updated for t in self._data())

    @property
    def unchanged(self) -> int:
        return sum(t.unchanged for t in self._data())

    @property
    def changed(self) -> bool:
        return self.new + self.updated > 0
