"""Rule profiles: the values of the regulations, as dated data.

A meeting is judged by the meeting profile in force on its date; a year's classification by the
classification profile in force on 31 December of that year. The built-in profiles below are
written into every new database (storage seeds them); a commune may add its own profile with a
later effective date to set what a regulation leaves to it (e.g. the minimum for small cells).
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any
from uuid import UUID

# Fixed namespace so that the built-in profiles have the same id on every site.
_PROFILE_NAMESPACE = UUID("6f1d3c9e-5a0b-4e1f-9f7a-2c4b8d0e6a31")


class ProfileKind(StrEnum):
    MEETING = "meeting"
    CLASSIFICATION = "classification"


class Level(StrEnum):
    """The four classification levels, for members and for organisations."""

    EXCELLENT = "HTXSNV"  # hoàn thành xuất sắc nhiệm vụ
    GOOD = "HTTNV"  # hoàn thành tốt nhiệm vụ
    COMPLETED = "HTNV"  # hoàn thành nhiệm vụ
    NOT_COMPLETED = "KHTNV"  # không hoàn thành nhiệm vụ


@dataclass(frozen=True, slots=True)
class MeetingRules:
    regular_min_minutes: int
    thematic_min_minutes: int
    combined_min_minutes: int  # regular and thematic held in one session
    small_cell_min_minutes: int | None  # None: no lower minimum for small cells
    small_cell_below_members: int  # a cell with fewer members than this is "small"
    thematic_every_months: int  # at least one thematic meeting in this many months
    quality_bands: tuple[tuple[str, int], ...]  # (band, minimum score), best first
    quality_weights: tuple[tuple[str, int], ...]  # criterion → points, adding up to 100
    # No quorum is confirmed for an ordinary meeting: warn below this attendance (configurable).
    attendance_warn_below_percent: int = 50


@dataclass(frozen=True, slots=True)
class ClassificationRules:
    score_bands: tuple[tuple[Level, int], ...] | None  # None: no 100-point scale
    general_group_points: int | None
    task_points: int | None
    excellent_cap_percent_of_good: int  # HTXSNV count ≤ this % of the HTTNV count
    excellent_cap_exception_percent: int  # allowed by the competent level, with a decision
    review_min_months_since_admission: int
    excellent_min_tasks_above_requirement_percent: int | None
    completed_max_tasks_late_percent: int | None
    not_completed_when_tasks_undone_over_percent: int
    # Members rated HTXSNV this many years running earn a higher award (DOMAIN.md "Awards").
    award_streak_years: int = 5


Values = MeetingRules | ClassificationRules


@dataclass(frozen=True, slots=True)
class RuleProfile:
    id: UUID
    kind: ProfileKind
    code: str
    title: str
    source: str  # the regulation it follows
    effective_from: date
    values: Values
    version: int = 0
    origin_site: UUID | None = None
    deleted: bool = False


def builtin_profile_id(code: str) -> UUID:
    return uuid.uuid5(_PROFILE_NAMESPACE, code)


_HD42_QUALITY_WEIGHTS = (
    ("time_and_duration", 5),
    ("attendance", 5),
    ("preparation", 10),
    ("running_the_meeting", 30),
    ("secretary_chairing", 10),
    ("organisational_principles", 5),
    ("last_resolution_results", 30),
    ("closing", 5),
)
_QUALITY_BANDS = (("good", 90), ("fair", 70), ("average", 50), ("poor", 0))

BUILTIN_PROFILES: tuple[RuleProfile, ...] = (
    RuleProfile(
        id=builtin_profile_id("meeting-2018"),
        kind=ProfileKind.MEETING,
        code="meeting-2018",
        title="Sinh hoạt chi bộ theo hướng dẫn năm 2018",
        source="Hướng dẫn sinh hoạt chi bộ 2018 (thực tiễn 2018–2025)",
        effective_from=date(2018, 1, 1),
        values=MeetingRules(
            regular_min_minutes=90,
            thematic_min_minutes=120,
            combined_min_minutes=120,
            small_cell_min_minutes=60,
            small_cell_below_members=9,
            thematic_every_months=3,
            quality_bands=_QUALITY_BANDS,
            quality_weights=_HD42_QUALITY_WEIGHTS,
        ),
    ),
    RuleProfile(
        id=builtin_profile_id("meeting-2025-hd42"),
        kind=ProfileKind.MEETING,
        code="meeting-2025-hd42",
        title="Sinh hoạt chi bộ theo Hướng dẫn 42-HD/BTCTW",
        source="Hướng dẫn 42-HD/BTCTW ngày 28/10/2025; Chỉ thị 50-CT/TW",
        effective_from=date(2025, 10, 28),
        values=MeetingRules(
            regular_min_minutes=90,
            thematic_min_minutes=90,
            combined_min_minutes=120,
            small_cell_min_minutes=None,  # set by the commune committee
            small_cell_below_members=9,
            thematic_every_months=3,
            quality_bands=_QUALITY_BANDS,
            quality_weights=_HD42_QUALITY_WEIGHTS,
        ),
    ),
    RuleProfile(
        id=builtin_profile_id("classification-2023-qd124"),
        kind=ProfileKind.CLASSIFICATION,
        code="classification-2023-qd124",
        title="Đánh giá, xếp loại theo Quy định 124-QĐ/TW",
        source="Quy định 124-QĐ/TW ngày 02/02/2023",
        effective_from=date(2023, 2, 2),
        values=ClassificationRules(
            score_bands=None,
            general_group_points=None,
            task_points=None,
            excellent_cap_percent_of_good=20,
            excellent_cap_exception_percent=25,
            review_min_months_since_admission=6,
            excellent_min_tasks_above_requirement_percent=None,
            completed_max_tasks_late_percent=None,
            not_completed_when_tasks_undone_over_percent=50,
        ),
    ),
    RuleProfile(
        id=builtin_profile_id("classification-2025-qd366"),
        kind=ProfileKind.CLASSIFICATION,
        code="classification-2025-qd366",
        title="Đánh giá, xếp loại theo Quy định 366-QĐ/TW",
        source="Quy định 366-QĐ/TW ngày 30/8/2025; Hướng dẫn 43-HD/BTCTW ngày 31/10/2025",
        effective_from=date(2025, 8, 30),
        values=ClassificationRules(
            score_bands=(
                (Level.EXCELLENT, 90),
                (Level.GOOD, 70),
                (Level.COMPLETED, 50),
                (Level.NOT_COMPLETED, 0),
            ),
            general_group_points=30,
            task_points=70,
            excellent_cap_percent_of_good=20,
            excellent_cap_exception_percent=25,
            review_min_months_since_admission=6,
            excellent_min_tasks_above_requirement_percent=30,
            completed_max_tasks_late_percent=20,
            not_completed_when_tasks_undone_over_percent=50,
        ),
    ),
)


class NoProfileInForce(LookupError):
    def __init__(self, kind: ProfileKind, on: date) -> None:
        super().__init__(f"{kind}@{on.isoformat()}")
        self.kind = kind
        self.on = on


def profile_in_force(
    profiles: Iterable[RuleProfile], kind: ProfileKind, on: date, local_site: UUID | None = None
) -> RuleProfile:
    """The profile of ``kind`` with the latest effective date not after ``on``.

    On the same effective date, a profile written by ``local_site`` (the commune's own setting)
    wins over a built-in one, and a built-in one over another site's. Any remaining tie is broken
    by version and id, so the answer never depends on the order the profiles were read in.
    """
    candidates = [
        p for p in profiles if p.kind is kind and not p.deleted and p.effective_from <= on
    ]
    if not candidates:
        raise NoProfileInForce(kind, on)
    return max(
        candidates,
        key=lambda p: (
            p.effective_from,
            local_site is not None and p.origin_site == local_site,
            p.id == builtin_profile_id(p.code),
            p.version,
            p.id.hex,
        ),
    )


def classification_profile_for_year(
    profiles: Iterable[RuleProfile], year: int, local_site: UUID | None = None
) -> RuleProfile:
    return profile_in_force(profiles, ProfileKind.CLASSIFICATION, date(year, 12, 31), local_site)


def values_to_dict(values: Values) -> dict[str, Any]:
    return dataclasses.asdict(values)


def values_from_dict(kind: ProfileKind, data: dict[str, Any]) -> Values:
    if kind is ProfileKind.MEETING:
        return MeetingRules(
            **{
                **data,
                "quality_bands": tuple(tuple(b) for b in data["quality_bands"]),
                "quality_weights": tuple(tuple(w) for w in data["quality_weights"]),
            }
        )
    bands = data["score_bands"]
    return ClassificationRules(
        **{
            **data,
            "score_bands": tuple((Level(level), low) for level, low in bands) if bands else None,
        }
    )
