"""The audit log: one entry per change a person made (who, when, what, before → after).

An entry is written in the same transaction as the change, by the one write path, and travels
upward in the packages like any record of the site that wrote it; so the upper level can read who
changed what in each commune."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from uuid import UUID

AUDIT_TABLE = "audit_entry"
# Long values (a meeting's minutes, a JSON document) are cut in the log: it says that they
# changed and how they began, not the whole text again.
MAX_SHOWN_VALUE = 160
# A bulk change (an import of 2,000 members, the demo) lists this many records one by one, then
# counts the rest by table: the entry says who did it and to whom, not every row again.
MAX_LISTED_RECORDS = 200
NO_RECORD = UUID(int=0)  # the record id of a line that counts records


@dataclass(frozen=True, slots=True)
class CommandLabel:
    """What a person did, in words the ui translates ("Hoàn tác: …" in the menu, a line of the
    audit log); ``action`` is a code, e.g. "member.add", "member.edit", "unit.rename"."""

    action: str
    subject: str  # e.g. the member's name
    count: int = 1


class Step(StrEnum):
    DONE = "done"
    UNDONE = "undone"
    REDONE = "redone"


class RecordChangeKind(StrEnum):
    CREATED = "created"
    CHANGED = "changed"
    DELETED = "deleted"


@dataclass(frozen=True, slots=True)
class FieldChange:
    name: str  # the stored column, e.g. "full_name", "unit" (a cell), "minutes"
    before: str | None
    after: str | None


@dataclass(frozen=True, slots=True)
class AuditedRecord:
    table: str
    record_id: UUID
    kind: RecordChangeKind
    fields: tuple[FieldChange, ...] = ()  # for a change: the values that differ
    count: int = 1  # more than one: "and N more records of this table" (record_id NO_RECORD)


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: UUID
    at: datetime  # UTC
    who: str  # the full name of the account signed in ("" before any account existed)
    login: str
    action: str  # CommandLabel.action
    subject: str
    count: int
    step: Step
    records: tuple[AuditedRecord, ...]
    member_ids: str  # the members the change touched, hex ids separated by spaces (to filter)
    version: int = 0
    origin_site: UUID | None = None
    deleted: bool = False


# The kinds of change the log can be filtered by: the actions whose code starts so.
AUDIT_KINDS: dict[str, tuple[str, ...]] = {
    "members": ("member.", "post.", "distinction.", "badge.", "status.", "import.roster"),
    "organisation": ("unit.", "site.", "demo."),
    "meetings": (
        "meeting.",
        "minutes.",
        "minutes_annex.",
        "attachment.",
        "meeting_plan.",
        "agenda_template.",
    ),
    "evaluations": ("evaluation.", "evaluation_year."),
    "register": ("transfer.", "candidate.", "resident213.", "comment213."),
    "exchange": ("sync.",),
    "accounts": ("account.",),
}


@dataclass(frozen=True, slots=True)
class AuditQuery:
    who: str | None = None  # as the entries name them
    since: date | None = None  # local days, both included
    until: date | None = None
    member_text: str = ""  # a name (any tone marks), a party card or ID number
    kind: str | None = None  # a key of AUDIT_KINDS
    site: UUID | None = None  # whose entries (at the upper level: a commune's)
    limit: int = 1000


@dataclass(frozen=True, slots=True)
class Actor:
    """Who the entries of a transaction are written for."""

    who: str
    login: str


def shown_value(value: object) -> str | None:
    """A stored value as the log keeps it."""
    if value is None:
        return None
    text = str(value)
    return text if len(text) <= MAX_SHOWN_VALUE else text[: MAX_SHOWN_VALUE - 1] + "…"
