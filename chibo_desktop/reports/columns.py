"""Columns of a list, as the caller names and types them; shared by the PDF and the sheets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

Cell = str | int | date | None


class ColumnKind(StrEnum):
    TEXT = "text"  # wraps in the PDF
    DATE = "date"  # dd/mm/yyyy; a real date in Excel
    NUMBER = "number"  # a count or a row number
    CODE = "code"  # card and ID numbers: digits kept as text (leading zeros)


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    heading: str
    kind: ColumnKind = ColumnKind.TEXT
    # The narrowest width (mm) the column reads well at list size; text columns share the rest.
    width_mm: float = 25.0
