"""What the columns of a year's evaluation results file may hold, and how its values are read.

Cells often keep the year's results in an Excel sheet of their own, one row per member: the name,
the date of birth or an ID/card number, the cell, the self-assessment (form, scores, level), the
cell's proposal and the committee's decision. Its headers are matched exactly as the roster's are
(``roster_columns.match_header`` with these fields), and the columns that identify a member are
the roster's own wordings.

Levels are written as codes ("HTXSNV"), in words ("Hoàn thành xuất sắc nhiệm vụ") or shortened
("Xuất sắc", "HT tốt"), with or without tone marks. A value that cannot be read raises
``ValueProblem``; nothing is guessed.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from chibo_desktop.domain.evaluation import FormType
from chibo_desktop.domain.roster_columns import (
    CELL_FIELD,
    FIELDS_BY_NAME,
    CellValue,
    FieldKind,
    ImportableField,
    ValueProblem,
    cell_text,
    parse_date_value,
)
from chibo_desktop.domain.rules import Level
from chibo_desktop.domain.text import fold

GENERAL_SCORE = "general_score"
TASK_SCORE = "task_score"
TOTAL_SCORE = "total_score"
SCORE_FIELDS = (GENERAL_SCORE, TASK_SCORE, TOTAL_SCORE)
LEVEL_FIELDS = ("self_level", "proposed_level", "final_level")
# The columns that carry a result; a file with none of them has nothing to import.
RESULT_FIELDS = ("form", *SCORE_FIELDS, *LEVEL_FIELDS)
# The columns that say which member a row is about.
IDENTIFYING_FIELDS = ("full_name", "personal_id", "party_card")


def _roster(name: str, **changes: bool) -> ImportableField:
    """A roster column, worded as on the roster (the same lists name the same people)."""
    return dataclasses.replace(FIELDS_BY_NAME[name], **changes)


EVALUATION_FIELDS: tuple[ImportableField, ...] = (
    _roster("full_name"),
    # A row may name its member by an ID or card number instead of the date of birth.
    _roster("birth_date", required=False),
    _roster("personal_id"),
    _roster("party_card"),
    # Optional: it narrows a name shared by members of two cells.
    _roster(CELL_FIELD, required=False),
    ImportableField(
        "form",
        FieldKind.FORM,
        ("mau phieu", "mau so", "mau phieu danh gia", "mau danh gia", "phieu danh gia"),
        ("mau", "phieu"),
    ),
    ImportableField(
        GENERAL_SCORE,
        FieldKind.SCORE,
        (
            "diem tieu chi chung", "tieu chi chung", "nhom tieu chi chung",
            "diem nhom tieu chi chung", "diem chung", "diem nhom chung",
        ),
    ),
    ImportableField(
        TASK_SCORE,
        FieldKind.SCORE,
        (
            "diem nhiem vu", "diem thuc hien nhiem vu", "diem ket qua thuc hien nhiem vu",
            "ket qua thuc hien nhiem vu", "diem ket qua nhiem vu", "nhom tieu chi nhiem vu",
            "diem tieu chi nhiem vu", "diem nhiem vu duoc giao",
        ),
    ),
    ImportableField(
        TOTAL_SCORE,
        FieldKind.SCORE,
        (
            "tong diem", "tong so diem", "diem tong", "tong cong diem", "diem tu cham",
            "tu cham diem", "diem danh gia",
        ),
        ("diem", "tong"),
    ),
    ImportableField(
        "self_level",
        FieldKind.LEVEL,
        (
            "tu xep loai", "ca nhan tu nhan", "ca nhan tu xep loai", "ca nhan tu danh gia",
            "tu nhan muc xep loai", "tu nhan xep loai", "dang vien tu nhan",
            "dang vien tu xep loai", "tu danh gia xep loai", "muc tu xep loai",
            "ca nhan tu nhan muc xep loai",
        ),
        ("tu nhan", "tu danh gia"),
    ),
    ImportableField(
        "proposed_level",
        FieldKind.LEVEL,
        (
            "chi bo de xuat", "chi bo de nghi", "chi bo xep loai", "chi bo danh gia",
            "de xuat cua chi bo", "de nghi cua chi bo", "chi uy de xuat", "chi bo de xuat muc",
            "chi bo de xuat muc xep loai", "chi bo de nghi muc xep loai",
        ),
        ("de xuat", "de nghi"),
    ),
    ImportableField(
        "final_level",
        FieldKind.LEVEL,
        (
            "dang uy quyet dinh", "dang uy xa quyet dinh", "dang uy phuong quyet dinh",
            "cap uy quyet dinh", "dang uy xep loai", "ket qua xep loai", "xep loai",
            "muc xep loai", "quyet dinh cua dang uy", "quyet dinh xep loai",
            "ket qua danh gia xep loai", "cap uy co tham quyen quyet dinh",
        ),
        ("ket qua", "quyet dinh"),
    ),
    _roster("notes"),
)  # fmt: skip
EVALUATION_FIELDS_BY_NAME = {f.name: f for f in EVALUATION_FIELDS}
EVALUATION_REQUIRED_FIELDS = tuple(f.name for f in EVALUATION_FIELDS if f.required)

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def _squashed(text: str) -> str:
    """Folded, with everything but letters and digits dropped: "H.T. xuất sắc" → "htxuatsac"."""
    return _NOT_ALNUM.sub("", fold(text))


# The words of a level once "nhiệm vụ"/"NV" is taken off the end (see ``parse_level_value``).
_LEVEL_WORDS = {
    Level.EXCELLENT: ("htxs", "hoanthanhxuatsac", "htxuatsac", "xuatsac"),
    Level.GOOD: ("htt", "hoanthanhtot", "httot", "tot"),
    Level.COMPLETED: ("ht", "hoanthanh"),
    Level.NOT_COMPLETED: ("kht", "khonghoanthanh", "khonght"),
}
_LEVELS_BY_WORDS = {
    words: level for level, all_words in _LEVEL_WORDS.items() for words in all_words
}
_TASK_SUFFIXES = ("nhiemvu", "nv")


def parse_level_value(value: CellValue) -> Level | None:
    """A level from its code or its words, in any case, with or without tone marks; empty is
    None."""
    text = cell_text(value)
    key = _squashed(text)
    if not key:
        return None
    for suffix in _TASK_SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix):
            key = key.removesuffix(suffix)
            break
    level = _LEVELS_BY_WORDS.get(key)
    if level is None:
        raise ValueProblem("bad_level", value=text)
    return level


_FORM_PREFIXES = ("mauphieuso", "mauphieu", "mauso", "mau", "phieu", "so")


def parse_form_value(value: CellValue) -> FormType | None:
    """The form: "2C", "2c", "Mẫu 2C", "Mẫu số 2C"; empty is None."""
    text = cell_text(value)
    key = _squashed(text)
    if not key:
        return None
    for prefix in _FORM_PREFIXES:
        if key.startswith(prefix):
            key = key.removeprefix(prefix)
            break
    try:
        return FormType(key.upper())
    except ValueError:
        raise ValueProblem("bad_form", value=text) from None


_SCORE_TEXT = re.compile(r"^(\d+)(?:[.,]0+)?(?:\s*/\s*\d+)?(?:\s*diem)?$")
_FRACTION = re.compile(r"^\d+[.,]\d+")


def parse_score_value(value: CellValue) -> int | None:
    """A whole number of points: a number cell, or text such as "28", "28 điểm", "28/30". The
    range is the profile's, checked by the caller. Empty is None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not value.is_integer():
            raise ValueProblem("score_not_whole", value=cell_text(value))
        return int(value)
    text = cell_text(value)
    if not text:
        return None
    match = _SCORE_TEXT.match(fold(text))
    if match is None:
        if _FRACTION.match(text):
            raise ValueProblem("score_not_whole", value=text)
        raise ValueProblem("bad_score", value=text)
    return int(match.group(1))


@dataclasses.dataclass(frozen=True, slots=True)
class BirthYear:
    """A date of birth written as its year alone ("Năm sinh": 1975): enough, with the name, to
    find a member."""

    year: int


_YEAR = re.compile(r"^(19|20)\d{2}$")


def parse_birth_value(value: CellValue, today: date) -> date | BirthYear | None:
    """A date of birth as the roster reads it, or a bare year (many results sheets have a
    "Năm sinh" column)."""
    text = cell_text(value)
    if _YEAR.match(text):
        return BirthYear(int(text))
    return parse_date_value(value, today)
