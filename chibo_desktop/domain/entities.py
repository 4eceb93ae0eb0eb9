"""Entities: plain frozen dataclasses, the only thing that crosses layer boundaries.

Every record that travels between sites has a UUID created once and never reused, and carries its
version stamp (hybrid logical clock), the site that wrote that version, and a tombstone flag.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from uuid import UUID

from chibo_desktop.domain.enums import (
    CellKind,
    Gender,
    Membership,
    MemberStatus,
    SiteRole,
    UnitLevel,
)


def new_id() -> UUID:
    return uuid.uuid4()


@dataclass(frozen=True, slots=True)
class Site:
    """This installation."""

    id: UUID
    name: str  # the office, e.g. "Văn phòng Đảng ủy xã Tân Lập"
    place_name: str  # for "<Place>, ngày … tháng … năm …"
    role: SiteRole
    unit_id: UUID | None  # the root of the tree this site owns
    epoch: int = 1  # a restored backup gets a new epoch


@dataclass(frozen=True, slots=True)
class Unit:
    id: UUID
    name: str
    level: UnitLevel
    code: str
    parent_id: UUID | None = None
    kind: CellKind | None = None  # cells only
    founded_on: date | None = None
    dissolved_on: date | None = None
    version: int = 0
    origin_site: UUID | None = None
    deleted: bool = False

    @property
    def is_cell(self) -> bool:
        return self.level is UnitLevel.CELL

    def is_active_on(self, day: date) -> bool:
        started = self.founded_on is None or self.founded_on <= day
        return started and (self.dissolved_on is None or day < self.dissolved_on)


@dataclass(frozen=True, slots=True)
class Member:
    id: UUID
    full_name: str
    unit_id: UUID
    gender: Gender
    birth_date: date | None = None
    other_name: str = ""
    ethnicity: str = "Kinh"
    religion: str = "Không"
    personal_id: str = ""  # số định danh cá nhân / CCCD, 12 digits
    party_card: str = ""  # 8 digits (old cards) or 12 (from 2025)
    admission_date: date | None = None  # ngày vào Đảng: seniority counts from it
    official_date: date | None = None  # ngày chính thức
    status: MemberStatus = MemberStatus.ACTIVE
    status_date: date | None = None
    phone: str = ""
    notes: str = ""
    version: int = 0
    origin_site: UUID | None = None
    deleted: bool = False

    @property
    def membership(self) -> Membership:
        return Membership.OFFICIAL if self.official_date else Membership.PROBATIONARY


@dataclass(frozen=True, slots=True)
class Changes:
    """What an operation touched, so screens refresh only that."""

    unit_ids: frozenset[UUID] = field(default_factory=frozenset)
    member_ids: frozenset[UUID] = field(default_factory=frozenset)
    site: bool = False
    rule_profiles: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            unit_ids=self.unit_ids | other.unit_ids,
            member_ids=self.member_ids | other.member_ids,
            site=self.site or other.site,
            rule_profiles=self.rule_profiles or other.rule_profiles,
        )

    @property
    def empty(self) -> bool:
        return not (self.unit_ids or self.member_ids or self.site or self.rule_profiles)
