"""What a screen asks for, independent of how storage answers it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from uuid import UUID

from chibo_desktop.domain.text import fold


class MemberOrder(StrEnum):
    NAME = "name"
    BIRTH_DATE = "birth_date"
    ADMISSION_DATE = "admission_date"
    UNIT = "unit"
    STATUS = "status"


@dataclass(frozen=True, slots=True)
class MemberQuery:
    unit_ids: frozenset[UUID] | None = None  # None: every unit
    text: str = ""  # any part of the name (tone-insensitive), or the start of a card/ID number
    on_roll_only: bool = True  # hide members who died, left, were struck off …
    order: MemberOrder = MemberOrder.NAME
    descending: bool = False

    @property
    def folded_text(self) -> str:
        return fold(self.text)
