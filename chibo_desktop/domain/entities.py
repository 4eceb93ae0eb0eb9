"""Entities: plain frozen dataclasses, the only thing that crosses layer boundaries.

Every record that travels between sites has a UUID created once and never reused (``new_id``),
and carries its version stamp (hybrid logical clock), the site that wrote that version, and a
tombstone flag.
"""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass, field
from datetime import date
from uuid import UUID

from chibo_desktop.domain.clock import wall_clock_ms
from chibo_desktop.domain.enums import (
    CellKind,
    DisciplineLevel,
    DistinctionKind,
    Gender,
    Membership,
    MemberStatus,
    PostKind,
    SiteRole,
    TheoryLevel,
    TransferDirection,
    TransferKind,
    UnitLevel,
)

UUID7_RANDOM_BITS = 74
_id_lock = threading.Lock()
_last_id_ms = 0


def uuid7(unix_ms: int, random_bits: int) -> UUID:
    """The UUID version 7 (RFC 9562) of a moment and ``UUID7_RANDOM_BITS`` random bits: 48 bits
    of Unix milliseconds, most significant first, so that ids sort by the moment they were made,
    as UUIDs and as the hex text the database keeps; then the version, 12 random bits, the
    variant and the other 62 random bits."""
    if not (0 <= unix_ms < 1 << 48 and 0 <= random_bits < 1 << UUID7_RANDOM_BITS):
        raise ValueError("uuid7")
    return UUID(
        int=(unix_ms << 80)
        | (0x7 << 76)
        | ((random_bits >> 62) << 64)
        | (0b10 << 62)
        | (random_bits & ((1 << 62) - 1))
    )


def new_id() -> UUID:
    """A new record's id: a UUIDv7 of now. Ids made together sort together, so a table's id
    index takes a batch of new records on a few pages rather than on one page each, as random
    (version 4) ids did: the import of a province's hundred packages spent most of its time
    there. The version 4 ids of older records stay valid beside them."""
    global _last_id_ms
    with _id_lock:
        # Never before the last id: a PC clock set back would file new records among old ones.
        _last_id_ms = max(wall_clock_ms(), _last_id_ms)
        now = _last_id_ms
    return uuid7(now, secrets.randbits(UUID7_RANDOM_BITS))


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
    # The 2025 data-cleaning template (phiếu đảng viên), beyond the first version's fields.
    ceremony_date: date | None = None  # ngày kết nạp (lễ): probation runs 12 months from it
    card_issued_on: date | None = None
    card_issued_place: str = ""
    life_history_number: str = ""  # số lý lịch đảng viên
    birth_place: str = ""  # nơi đăng ký khai sinh
    hometown: str = ""  # quê quán
    residence_province: str = ""  # thường trú: tỉnh/thành phố
    residence_commune: str = ""  # thường trú: xã/phường
    residence_address: str = ""  # thôn, tổ, số nhà
    education: str = ""  # giáo dục phổ thông, e.g. "12/12"
    qualification: str = ""  # chuyên môn, nghiệp vụ
    theory_level: TheoryLevel | None = None  # None: not trained
    foreign_language: str = ""
    it_skill: str = ""
    version: int = 0
    origin_site: UUID | None = None
    deleted: bool = False

    @property
    def membership(self) -> Membership:
        return Membership.OFFICIAL if self.official_date else Membership.PROBATIONARY


@dataclass(frozen=True, slots=True)
class PartyPost:
    """A post a member held (bí thư, phó bí thư, chi ủy viên …) in a unit, with its dates."""

    id: UUID
    member_id: UUID
    unit_id: UUID
    post: PostKind
    started_on: date
    ended_on: date | None = None
    decision: str = ""  # decision number, e.g. "125-QĐ/ĐU"
    version: int = 0
    origin_site: UUID | None = None
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class Distinction:
    """An award (khen thưởng) or a discipline (kỷ luật) with its decision."""

    id: UUID
    member_id: UUID
    kind: DistinctionKind
    decided_on: date
    title: str  # the award's name, or what the discipline was for
    discipline: DisciplineLevel | None = None  # disciplines only
    decision_number: str = ""
    issuer: str = ""  # the body that decided
    version: int = 0
    origin_site: UUID | None = None
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class Badge:
    """A Party badge (Huy hiệu 30, 40, 45 … năm tuổi Đảng)."""

    id: UUID
    member_id: UUID
    years: int
    awarded_on: date
    decision_number: str = ""
    version: int = 0
    origin_site: UUID | None = None
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class StatusChange:
    """A dated change of a member's activity status (exempt, suspended, died, restored …).

    The member's own ``status`` and ``status_date`` are the newest of these, kept on the member
    so that the roster can filter by status through an index.
    """

    id: UUID
    member_id: UUID
    status: MemberStatus
    effective_on: date
    decision_number: str = ""
    note: str = ""
    version: int = 0
    origin_site: UUID | None = None
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class Transfer:
    """A transfer of Party activity (chuyển sinh hoạt đảng).

    ``member_id`` is empty only for an announced incoming member who has not arrived yet (the
    commune knows the name from the transfer slip); the record is linked when they arrive.
    """

    id: UUID
    kind: TransferKind
    direction: TransferDirection
    decided_on: date  # the transfer letter (giấy giới thiệu) was issued
    member_id: UUID | None = None
    person_name: str = ""  # incoming, not yet arrived
    from_unit_id: UUID | None = None  # a cell of ours (out, internal)
    to_unit_id: UUID | None = None  # a cell of ours (in, internal)
    other_organisation: str = ""  # the organisation outside the commune (in, out)
    moved_on: date | None = None  # when the member moved (the 60-working-day count starts)
    arrived_on: date | None = None  # the letter was presented at the receiving cell
    ends_on: date | None = None  # temporary: planned end
    returned_on: date | None = None  # temporary: came back
    for_study: bool = False  # temporary absence for study may last up to 2 years
    letter_number: str = ""
    note: str = ""
    version: int = 0
    origin_site: UUID | None = None
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class Resident213:
    """A member working elsewhere who lives in a residential cell's area (Quy định 213-QĐ/TW):
    kept apart from the cell's own members; the cell comments on them once a year."""

    id: UUID
    unit_id: UUID  # the residential cell
    full_name: str
    workplace: str  # organisation and cell where they are a member
    birth_date: date | None = None
    address: str = ""
    phone: str = ""
    registered_on: date | None = None
    left_on: date | None = None
    version: int = 0
    origin_site: UUID | None = None
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class Comment213:
    """The residential cell's yearly comment on a 213 member, used in the workplace's review."""

    id: UUID
    resident_id: UUID
    year: int
    comment: str
    written_on: date
    version: int = 0
    origin_site: UUID | None = None
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class Candidate:
    """An outstanding non-member on the way to admission (quần chúng ưu tú → kết nạp)."""

    id: UUID
    unit_id: UUID  # the cell that considers them
    full_name: str
    gender: Gender
    birth_date: date
    personal_id: str = ""
    phone: str = ""
    course_on: date | None = None  # awareness course certificate (valid 60 months)
    application_on: date | None = None
    introducers: str = ""  # two official members (or one and the Youth Union / trade union)
    introducer_count: int = 0
    cell_vote_on: date | None = None
    votes_for: int = 0
    votes_total: int = 0  # official members of the cell
    decision_number: str = ""
    decision_on: date | None = None  # admission decision: the member's admission date
    ceremony_on: date | None = None
    member_id: UUID | None = None  # set when admitted
    dropped_on: date | None = None  # no longer pursued
    notes: str = ""
    version: int = 0
    origin_site: UUID | None = None
    deleted: bool = False


MEMBER_RECORDS = (PartyPost, Distinction, Badge, StatusChange)


@dataclass(frozen=True, slots=True)
class Changes:
    """What an operation touched, so screens refresh only that."""

    unit_ids: frozenset[UUID] = field(default_factory=frozenset)
    member_ids: frozenset[UUID] = field(default_factory=frozenset)
    site: bool = False
    rule_profiles: bool = False
    register: bool = False  # transfers, candidates, the 213 list
    meetings: bool = False  # plans, meetings and their minutes
    evaluations: bool = False  # members' and organisations' levels, review years

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            unit_ids=self.unit_ids | other.unit_ids,
            member_ids=self.member_ids | other.member_ids,
            site=self.site or other.site,
            rule_profiles=self.rule_profiles or other.rule_profiles,
            register=self.register or other.register,
            meetings=self.meetings or other.meetings,
            evaluations=self.evaluations or other.evaluations,
        )

    @property
    def empty(self) -> bool:
        return not (
            self.unit_ids
            or self.member_ids
            or self.site
            or self.rule_profiles
            or self.register
            or self.meetings
            or self.evaluations
        )
