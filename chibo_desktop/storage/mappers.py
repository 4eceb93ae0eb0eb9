"""Entity <-> row conversion, one mapper per versioned table (most made by ``auto_mapper``)."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any, Generic, TypeVar
from uuid import UUID

from chibo_desktop.domain.audit import AuditEntry
from chibo_desktop.domain.codec import from_plain, to_plain
from chibo_desktop.domain.entities import (
    Badge,
    Candidate,
    Comment213,
    Distinction,
    Member,
    PartyPost,
    Resident213,
    StatusChange,
    Transfer,
    Unit,
)
from chibo_desktop.domain.evaluation import (
    EvaluationYear,
    MemberEvaluation,
    UnitEvaluation,
    UpperDecision,
)
from chibo_desktop.domain.meetings import (
    AgendaTemplate,
    Attachment,
    Attendance,
    Meeting,
    MeetingPlan,
    MeetingTask,
    MinutesAnnex,
)
from chibo_desktop.domain.rules import ProfileKind, RuleProfile, values_from_dict, values_to_dict
from chibo_desktop.domain.text import collation_key, fold, name_sort_key
from chibo_desktop.storage.tables import (
    AgendaTemplateRow,
    AttachmentRow,
    AttendanceRow,
    AuditEntryRow,
    BadgeRow,
    CandidateRow,
    Comment213Row,
    DistinctionRow,
    EvaluationYearRow,
    MeetingPlanRow,
    MeetingRow,
    MeetingTaskRow,
    MemberEvaluationRow,
    MemberRow,
    MinutesAnnexRow,
    PartyPostRow,
    Resident213Row,
    RuleProfileRow,
    StatusChangeRow,
    TransferRow,
    UnitEvaluationRow,
    UnitRow,
    UpperDecisionRow,
    VersionedRow,
)

E = TypeVar("E")


@dataclass(frozen=True)
class Mapper(Generic[E]):
    row_class: type[VersionedRow]
    to_columns: Callable[[E], dict[str, Any]]
    from_columns: Callable[[dict[str, Any]], E]
    # What a stored value may be, for checking rows that arrive from elsewhere: the values of
    # each enum column (by row field), and whether a row can only be checked, or its derived
    # columns computed, by reading it back as an entity (JSON documents, sort keys).
    enum_values: dict[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    needs_entity: bool = True

    @property
    def table_name(self) -> str:
        return self.row_class._meta.table_name  # type: ignore[attr-defined, no-any-return]


def _enum_of(hint: Any) -> type[Enum] | None:
    """The Enum class in a field's type hint (``Gender``, ``CellKind | None``), if any."""
    candidates = typing.get_args(hint) or (hint,)
    for candidate in candidates:
        if isinstance(candidate, type) and issubclass(candidate, Enum):
            return candidate
    return None


def _structured(hint: Any) -> bool:
    """A field stored as one JSON document: a dataclass value or a tuple of values."""
    is_union = typing.get_origin(hint) in (typing.Union, types.UnionType)
    candidates = [h for h in typing.get_args(hint) if h is not type(None)] if is_union else [hint]
    return any(
        typing.get_origin(h) is tuple or (isinstance(h, type) and dataclasses.is_dataclass(h))
        for h in candidates
    )


def auto_mapper(
    entity_class: type[E],
    row_class: type[VersionedRow],
    renamed: dict[str, str] | None = None,
    derived: Callable[[E], dict[str, Any]] | None = None,
) -> Mapper[E]:
    """A mapper that copies dataclass fields to the row fields of the same name.

    ``renamed`` maps entity fields to row fields (``unit_id`` → the foreign key ``unit``);
    enums are stored as their values; structured values (the minutes, a tuple of topics) as
    JSON in a ``<field>_json`` column; ``derived`` adds columns computed from the entity
    (sort and search keys), which are never read back.
    """
    renamed = renamed or {}
    hints = typing.get_type_hints(entity_class)
    structured = {f.name for f in dataclasses.fields(entity_class) if _structured(hints[f.name])}
    names = [
        (f.name, renamed.get(f.name, f"{f.name}_json" if f.name in structured else f.name))
        for f in dataclasses.fields(entity_class)
    ]
    enums = {name: enum for name, _ in names if (enum := _enum_of(hints[name])) is not None}

    def to_columns(entity: E) -> dict[str, Any]:
        columns = {}
        for name, column in names:
            value = getattr(entity, name)
            if name in structured:
                value = json.dumps(to_plain(value), ensure_ascii=False)
            columns[column] = value.value if isinstance(value, Enum) else value
        if derived is not None:
            columns.update(derived(entity))
        return columns

    def from_columns(columns: dict[str, Any]) -> E:
        values = {}
        for name, column in names:
            value = columns[column]
            if name in structured:
                value = from_plain(hints[name], json.loads(value))
            elif value is not None and name in enums:
                value = enums[name](value)
            values[name] = value
        values["deleted"] = bool(values["deleted"])
        return entity_class(**values)

    enum_values = {
        column: frozenset(str(e.value) for e in enums[name])
        for name, column in names
        if name in enums
    }
    needs_entity = derived is not None or bool(structured)
    return Mapper(row_class, to_columns, from_columns, enum_values, needs_entity)


def _unit_keys(unit: Unit) -> dict[str, Any]:
    return {"sort_key": collation_key(unit.name)}


def _member_keys(member: Member) -> dict[str, Any]:
    other = " " + member.other_name if member.other_name else ""
    return {
        "sort_key": name_sort_key(member.full_name),
        "search_key": fold(member.full_name + other),
    }


def member_columns(member: Member) -> dict[str, Any]:
    return MEMBER_MAPPER.to_columns(member)


_STAMP = ("id", "version", "origin_site", "deleted")


def profile_columns(p: RuleProfile) -> dict[str, Any]:
    return {
        **{name: getattr(p, name) for name in _STAMP},
        "kind": p.kind.value,
        "code": p.code,
        "title": p.title,
        "source": p.source,
        "effective_from": p.effective_from,
        "values_json": json.dumps(values_to_dict(p.values), ensure_ascii=False),
    }


def profile_from(c: dict[str, Any]) -> RuleProfile:
    kind = ProfileKind(c["kind"])
    return RuleProfile(
        **{name: c[name] for name in _STAMP[:3]},
        deleted=bool(c["deleted"]),
        kind=kind,
        code=c["code"],
        title=c["title"],
        source=c["source"],
        effective_from=c["effective_from"],
        values=values_from_dict(kind, json.loads(c["values_json"])),
    )


UNIT_MAPPER = auto_mapper(Unit, UnitRow, {"parent_id": "parent"}, _unit_keys)
MEMBER_MAPPER = auto_mapper(Member, MemberRow, {"unit_id": "unit"}, _member_keys)
PROFILE_MAPPER = Mapper[RuleProfile](RuleProfileRow, profile_columns, profile_from)
_OF_MEMBER = {"member_id": "member"}
_OF_MEETING = {"meeting_id": "meeting"}


def _meeting_numbering(meeting: Meeting) -> dict[str, Any]:
    return {
        "document_type": meeting.minutes.document_type.value,
        "document_number": meeting.minutes.document_number,
    }


MAPPERS: dict[type, Mapper[Any]] = {
    Unit: UNIT_MAPPER,
    Member: MEMBER_MAPPER,
    PartyPost: auto_mapper(PartyPost, PartyPostRow, {**_OF_MEMBER, "unit_id": "unit"}),
    Distinction: auto_mapper(Distinction, DistinctionRow, _OF_MEMBER),
    Badge: auto_mapper(Badge, BadgeRow, _OF_MEMBER),
    StatusChange: auto_mapper(StatusChange, StatusChangeRow, _OF_MEMBER),
    Transfer: auto_mapper(
        Transfer,
        TransferRow,
        {**_OF_MEMBER, "from_unit_id": "from_unit", "to_unit_id": "to_unit"},
    ),
    Resident213: auto_mapper(Resident213, Resident213Row, {"unit_id": "unit"}),
    Comment213: auto_mapper(Comment213, Comment213Row, {"resident_id": "resident"}),
    Candidate: auto_mapper(Candidate, CandidateRow, {"unit_id": "unit", **_OF_MEMBER}),
    RuleProfile: PROFILE_MAPPER,
    Meeting: auto_mapper(Meeting, MeetingRow, {"unit_id": "unit"}, _meeting_numbering),
    Attendance: auto_mapper(Attendance, AttendanceRow, {**_OF_MEETING, **_OF_MEMBER}),
    MeetingTask: auto_mapper(MeetingTask, MeetingTaskRow, _OF_MEETING),
    MinutesAnnex: auto_mapper(MinutesAnnex, MinutesAnnexRow, _OF_MEETING),
    Attachment: auto_mapper(Attachment, AttachmentRow, _OF_MEETING),
    MeetingPlan: auto_mapper(MeetingPlan, MeetingPlanRow, {"unit_id": "unit"}),
    AgendaTemplate: auto_mapper(AgendaTemplate, AgendaTemplateRow),
    MemberEvaluation: auto_mapper(
        MemberEvaluation, MemberEvaluationRow, {**_OF_MEMBER, "unit_id": "unit"}
    ),
    UnitEvaluation: auto_mapper(UnitEvaluation, UnitEvaluationRow, {"unit_id": "unit"}),
    EvaluationYear: auto_mapper(EvaluationYear, EvaluationYearRow, {"unit_id": "unit"}),
    UpperDecision: auto_mapper(UpperDecision, UpperDecisionRow, {"unit_id": "unit"}),
    AuditEntry: auto_mapper(AuditEntry, AuditEntryRow),
}


def to_json(columns: dict[str, Any]) -> str:
    """A row as JSON for the history table: UUIDs and dates as text."""

    def encode(value: Any) -> Any:
        if isinstance(value, UUID):
            return str(value)
        if isinstance(value, (date, datetime)):
            return value.isoformat()
        return value

    return json.dumps({k: encode(v) for k, v in columns.items()}, ensure_ascii=False)
