"""What a screen asks for, independent of how storage answers it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from uuid import UUID

from chibo_desktop.domain.enums import Gender, Membership, MemberStatus
from chibo_desktop.domain.text import fold


class MemberOrder(StrEnum):
    NAME = "name"
    BIRTH_DATE = "birth_date"
    ADMISSION_DATE = "admission_date"
    UNIT = "unit"
    STATUS = "status"


@dataclass(frozen=True, slots=True)
class Band:
    """Whole years, both ends included; None leaves that end open (e.g. "over 70")."""

    low: int | None = None
    high: int | None = None


# The bands offered by the roster's filters (Biểu 3 uses the same ones for ages).
AGE_BANDS = (Band(None, 30), Band(31, 40), Band(41, 50), Band(51, 60), Band(61, 70), Band(71, None))
SENIORITY_BANDS = (
    Band(None, 9),
    Band(10, 19),
    Band(20, 29),
    Band(30, 39),
    Band(40, 49),
    Band(50, None),
)
MINORITIES = "minorities"  # the ethnicity filter's value for "every group but Kinh"
UNTRAINED = "untrained"  # the theory filter's value for "no political theory training"


@dataclass(frozen=True, slots=True)
class MemberQuery:
    unit_ids: frozenset[UUID] | None = None  # None: every unit
    text: str = ""  # any part of the name (tone-insensitive), or the start of a card/ID number
    on_roll_only: bool = True  # hide members who died, left, were struck off …
    order: MemberOrder = MemberOrder.NAME
    descending: bool = False
    # Filters; None means "any".
    status: MemberStatus | None = None
    membership: Membership | None = None
    gender: Gender | None = None
    ethnicity: str | None = None  # a group's name, or MINORITIES
    theory: str | None = None  # a TheoryLevel value, or UNTRAINED
    age: Band | None = None  # on ``as_of``
    seniority: Band | None = None  # years since the admission decision, on ``as_of``
    as_of: date | None = None  # None: today

    @property
    def folded_text(self) -> str:
        return fold(self.text)
