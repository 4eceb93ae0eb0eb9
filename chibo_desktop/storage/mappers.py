"""Entity <-> row conversion, one mapper per versioned table."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Generic, TypeVar
from uuid import UUID

from chibo_desktop.domain.entities import Member, Unit
from chibo_desktop.domain.enums import CellKind, Gender, MemberStatus, UnitLevel
from chibo_desktop.domain.rules import ProfileKind, RuleProfile, values_from_dict, values_to_dict
from chibo_desktop.domain.text import collation_key, fold, name_sort_key
from chibo_desktop.storage.tables import MemberRow, RuleProfileRow, UnitRow, VersionedRow

E = TypeVar("E", Unit, Member, RuleProfile)


@dataclass(frozen=True)
class Mapper(Generic[E]):
    row_class: type[VersionedRow]
    to_columns: Any  # Callable[[E], dict[str, Any]]
    from_columns: Any  # Callable[[dict[str, Any]], E]

    @property
    def table_name(self) -> str:
        return self.row_class._meta.table_name  # type: ignore[attr-defined, no-any-return]


def _stamp(entity: Unit | Member | RuleProfile) -> dict[str, Any]:
    return {
        "id": entity.id,
        "version": entity.version,
        "origin_site": entity.origin_site,
        "deleted": entity.deleted,
    }


def _stamp_from(c: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": c["id"],
        "version": c["version"],
        "origin_site": c["origin_site"],
        "deleted": bool(c["deleted"]),
    }


def unit_columns(u: Unit) -> dict[str, Any]:
    return {
        **_stamp(u),
        "parent": u.parent_id,
        "name": u.name,
        "level": u.level.value,
        "kind": u.kind.value if u.kind else None,
        "code": u.code,
        "sort_key": collation_key(u.name),
        "founded_on": u.founded_on,
        "dissolved_on": u.dissolved_on,
    }


def unit_from(c: dict[str, Any]) -> Unit:
    return Unit(
        **_stamp_from(c),
        parent_id=c["parent"],
        name=c["name"],
        level=UnitLevel(c["level"]),
        kind=CellKind(c["kind"]) if c["kind"] else None,
        code=c["code"],
        founded_on=c["founded_on"],
        dissolved_on=c["dissolved_on"],
    )


_MEMBER_PLAIN = (
    "full_name", "birth_date", "other_name", "ethnicity", "religion", "personal_id", "party_card",
    "admission_date", "official_date", "status_date", "phone", "notes",
)  # fmt: skip


def member_columns(m: Member) -> dict[str, Any]:
    return {
        **_stamp(m),
        **{name: getattr(m, name) for name in _MEMBER_PLAIN},
        "sort_key": name_sort_key(m.full_name),
        "search_key": fold(m.full_name + (" " + m.other_name if m.other_name else "")),
        "unit": m.unit_id,
        "gender": m.gender.value,
        "status": m.status.value,
    }


def member_from(c: dict[str, Any]) -> Member:
    return Member(
        **_stamp_from(c),
        **{name: c[name] for name in _MEMBER_PLAIN},
        unit_id=c["unit"],
        gender=Gender(c["gender"]),
        status=MemberStatus(c["status"]),
    )


def profile_columns(p: RuleProfile) -> dict[str, Any]:
    return {
        **_stamp(p),
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
        **_stamp_from(c),
        kind=kind,
        code=c["code"],
        title=c["title"],
        source=c["source"],
        effective_from=c["effective_from"],
        values=values_from_dict(kind, json.loads(c["values_json"])),
    )


UNIT_MAPPER = Mapper[Unit](UnitRow, unit_columns, unit_from)
MEMBER_MAPPER = Mapper[Member](MemberRow, member_columns, member_from)
PROFILE_MAPPER = Mapper[RuleProfile](RuleProfileRow, profile_columns, profile_from)
MAPPERS: dict[type, Mapper[Any]] = {
    Unit: UNIT_MAPPER,
    Member: MEMBER_MAPPER,
    RuleProfile: PROFILE_MAPPER,
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
