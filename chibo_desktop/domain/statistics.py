"""The statistics forms sent upward (DOMAIN.md "Reports"): what each figure counts.

Biểu 1 (increase and decrease over a period) and Biểu 3 (the profile of the members on a date) of
the Ban Tổ chức Trung ương forms, and the yearly admission rate. The figures are computed by
``services.statistics``; the definitions they follow are written down there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from uuid import UUID

from chibo_desktop.domain.enums import CellKind, MemberStatus, TheoryLevel


@dataclass(frozen=True, slots=True)
class AgeBand:
    """Ages ``low`` to ``high`` in whole years, both included; None leaves that end open."""

    low: int | None
    high: int | None

    def holds(self, age: int) -> bool:
        return (self.low is None or age >= self.low) and (self.high is None or age <= self.high)


# The age bands of the profile form: up to 30, then ten-year bands, then over 70.
AGE_BANDS: tuple[AgeBand, ...] = (
    AgeBand(None, 30),
    AgeBand(31, 40),
    AgeBand(41, 50),
    AgeBand(51, 60),
    AgeBand(61, 70),
    AgeBand(71, None),
)


def age_band_counts(members_by_age: dict[int, int]) -> tuple[int, ...]:
    """Members per band of ``AGE_BANDS``, from members per age in whole years."""
    return tuple(
        sum(count for age, count in members_by_age.items() if band.holds(age)) for band in AGE_BANDS
    )


class AdmissionBase(StrEnum):
    """The membership the yearly admission rate is a percentage of (DOMAIN.md "Admission
    pipeline": the previous 31 December by default; some provinces use the start of the year)."""

    PREVIOUS_YEAR_END = "previous_year_end"
    YEAR_START = "year_start"

    def base_date(self, year: int) -> date:
        start = date(year, 1, 1)
        return start - timedelta(days=1) if self is AdmissionBase.PREVIOUS_YEAR_END else start


@dataclass(frozen=True, slots=True)
class MemberRef:
    """A member named in a warning, with enough to find their file."""

    id: UUID
    full_name: str


@dataclass(frozen=True, slots=True)
class IncreaseDecrease:
    """Biểu 1: the membership of some units over a period, and what changed it."""

    start: date
    end: date
    carried_over: int  # on the roll the day before the period
    admitted: int
    transferred_in: int  # official transfers from outside the organisation
    moved_in: int  # moves from other cells of the organisation into the chosen units
    restored: int
    died: int
    expelled: int
    struck_off: int
    resigned: int
    transferred_out: int  # official transfers to outside the organisation
    moved_out: int  # moves from the chosen units to other cells of the organisation
    end_of_period: int  # on the roll on the last day
    # Members whose recorded history does not explain their presence on (or absence from) the
    # roll at the two ends of the period: the figures cannot be trusted until they are checked.
    unexplained: tuple[MemberRef, ...] = ()

    @property
    def increases(self) -> int:
        return self.admitted + self.transferred_in + self.moved_in + self.restored

    @property
    def decreases(self) -> int:
        return (
            self.died
            + self.expelled
            + self.struck_off
            + self.resigned
            + self.transferred_out
            + self.moved_out
        )

    @property
    def expected_end(self) -> int:
        return self.carried_over + self.increases - self.decreases

    @property
    def balanced(self) -> bool:
        return self.expected_end == self.end_of_period and not self.unexplained


@dataclass(frozen=True, slots=True)
class Profile:
    """Biểu 3: the members on the roll of some units on a date, and those units' cells.

    The ``by_…`` tuples are (value, count) pairs in the order a form lists them; an empty
    string (or None for the theory level) stands for "not recorded" (or "not trained").
    """

    on: date
    total: int
    official: int
    probationary: int
    women: int
    minorities: int
    by_ethnicity: tuple[tuple[str, int], ...]
    religious: int
    by_religion: tuple[tuple[str, int], ...]
    by_age_band: tuple[int, ...]  # aligned with AGE_BANDS
    age_unknown: int
    by_education: tuple[tuple[str, int], ...]
    by_qualification: tuple[tuple[str, int], ...]
    by_theory: tuple[tuple[TheoryLevel | None, int], ...]
    by_status: tuple[tuple[MemberStatus, int], ...]  # the statuses that keep a member on the roll
    cells_by_kind: tuple[tuple[CellKind | None, int], ...]

    @property
    def exempt(self) -> int:
        return dict(self.by_status).get(MemberStatus.EXEMPT, 0)

    @property
    def cells(self) -> int:
        return sum(count for _, count in self.cells_by_kind)


@dataclass(frozen=True, slots=True)
class AdmissionRate:
    """Members admitted in ``year`` as a percentage of the members on the roll at ``base_date``."""

    year: int
    base: AdmissionBase
    base_date: date
    admitted: int
    members_at_base: int

    @property
    def percent(self) -> float | None:
        """Rounded to two decimals; None when there was nobody on the roll to compare with."""
        if not self.members_at_base:
            return None
        return round(self.admitted * 100 / self.members_at_base, 2)
