"""Validation that needs nothing but the record itself.

The core speaks in codes with parameters; the ui layer turns each into a Vietnamese sentence that
names the field and says what to do.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from chibo_desktop.domain.dates import add_months, age_on
from chibo_desktop.domain.entities import (
    Badge,
    Distinction,
    Member,
    PartyPost,
    StatusChange,
    Unit,
)
from chibo_desktop.domain.enums import DistinctionKind, MemberStatus, UnitLevel
from chibo_desktop.domain.text import nfc

PERSONAL_ID_LENGTH = 12
PARTY_CARD_LENGTHS = (8, 12)
MAX_NAME_LENGTH = 100
MAX_TEXT_LENGTH = 2000
EARLIEST_PLAUSIBLE_DATE = date(1900, 1, 1)
PROBATION_MONTHS = 12  # from the admission ceremony (Điều lệ Đảng, art. 5)
BADGE_YEARS = (30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90)
MIN_ADMISSION_AGE = 16  # below this a date is surely mistyped (the rule itself is 18, issue 3)


@dataclass(frozen=True, slots=True)
class Problem:
    field: str  # the entity field it concerns ("" for the record as a whole)
    code: str  # e.g. "required", "date_order"
    params: dict[str, Any] = field(default_factory=dict)


class ValidationFailed(Exception):
    """A write refused because the record is not valid; nothing was saved."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(f"{p.field}:{p.code}" for p in problems))
        self.problems = problems


def normalise_member(member: Member) -> Member:
    """The stored form: NFC text, single spaces; spaces and dots typed inside numbers dropped."""
    return dataclasses.replace(
        member,
        full_name=nfc(member.full_name),
        other_name=nfc(member.other_name),
        card_issued_place=nfc(member.card_issued_place),
        life_history_number=nfc(member.life_history_number),
        birth_place=nfc(member.birth_place),
        hometown=nfc(member.hometown),
        residence_province=nfc(member.residence_province),
        residence_commune=nfc(member.residence_commune),
        residence_address=nfc(member.residence_address),
        education=nfc(member.education),
        qualification=nfc(member.qualification),
        foreign_language=nfc(member.foreign_language),
        it_skill=nfc(member.it_skill),
        ethnicity=nfc(member.ethnicity),
        religion=nfc(member.religion),
        personal_id=_compact_number(member.personal_id),
        party_card=_compact_number(member.party_card),
        phone=nfc(member.phone),
        notes=unicodedata.normalize("NFC", member.notes).strip(),
    )


def normalise_unit(unit: Unit) -> Unit:
    return dataclasses.replace(unit, name=nfc(unit.name), code=nfc(unit.code).upper())


def _compact_number(value: str) -> str:
    return "".join(ch for ch in nfc(value) if ch not in " .-")


_FREE_TEXT_FIELDS = (
    "other_name", "ethnicity", "religion", "phone", "notes", "card_issued_place",
    "life_history_number", "birth_place", "hometown", "residence_province", "residence_commune",
    "residence_address", "education", "qualification", "foreign_language", "it_skill",
)  # fmt: skip


MemberRecord = PartyPost | Distinction | Badge | StatusChange


def validate_record(record: MemberRecord, today: date) -> list[Problem]:
    """Problems of a post, award/discipline, badge or status change, on its own."""
    problems: list[Problem] = []
    dated = {
        PartyPost: "started_on",
        Distinction: "decided_on",
        Badge: "awarded_on",
        StatusChange: "effective_on",
    }[type(record)]
    day = getattr(record, dated)
    if day is None:
        problems.append(Problem(dated, "required"))
    elif day > today:
        problems.append(Problem(dated, "date_in_future", {"date": day}))
    elif day < EARLIEST_PLAUSIBLE_DATE:
        problems.append(Problem(dated, "date_too_early", {"date": day}))
    if isinstance(record, PartyPost) and record.ended_on and day and record.ended_on < day:
        problems.append(Problem("ended_on", "ended_before_started"))
    if isinstance(record, Distinction):
        if not nfc(record.title):
            problems.append(Problem("title", "required"))
        if record.kind is DistinctionKind.DISCIPLINE and record.discipline is None:
            problems.append(Problem("discipline", "required"))
    if isinstance(record, Badge) and record.years not in BADGE_YEARS:
        problems.append(Problem("years", "not_a_badge", {"years": record.years}))
    return problems


def _digits_problem(field_name: str, value: str, lengths: tuple[int, ...]) -> Problem | None:
    if not value:
        return None
    if not value.isdigit() or not value.isascii():
        return Problem(field_name, "digits_only", {"value": value})
    if len(value) not in lengths:
        return Problem(field_name, "digit_count", {"expected": lengths, "actual": len(value)})
    return None


def _date_problems(member: Member, today: date) -> list[Problem]:
    problems: list[Problem] = []
    dates = {
        "birth_date": member.birth_date,
        "admission_date": member.admission_date,
        "official_date": member.official_date,
        "status_date": member.status_date,
        "ceremony_date": member.ceremony_date,
        "card_issued_on": member.card_issued_on,
    }
    for name, value in dates.items():
        if value is None:
            continue
        if value > today:
            problems.append(Problem(name, "date_in_future", {"date": value}))
        elif value < EARLIEST_PLAUSIBLE_DATE:
            problems.append(Problem(name, "date_too_early", {"date": value}))
    birth, admitted, official = member.birth_date, member.admission_date, member.official_date
    if birth and admitted:
        age_years = age_on(birth, admitted)
        if age_years < MIN_ADMISSION_AGE:
            problems.append(
                Problem("admission_date", "admitted_too_young", {"age": age_years, "birth": birth})
            )
    if official and not admitted:
        problems.append(Problem("admission_date", "required_with_official_date"))
    if official and admitted and official < admitted:
        problems.append(
            Problem("official_date", "official_before_admission", {"admission": admitted})
        )
    ceremony = member.ceremony_date
    if ceremony and admitted and ceremony < admitted:
        problems.append(
            Problem("ceremony_date", "ceremony_before_admission", {"admission": admitted})
        )
    if ceremony and official and official < add_months(ceremony, PROBATION_MONTHS):
        problems.append(
            Problem(
                "official_date",
                "official_before_probation_end",
                {"end": add_months(ceremony, PROBATION_MONTHS)},
            )
        )
    if member.card_issued_on and admitted and member.card_issued_on < admitted:
        problems.append(Problem("card_issued_on", "card_before_admission", {"admission": admitted}))
    return problems


def validate_member(member: Member, today: date) -> list[Problem]:
    problems: list[Problem] = []
    name = member.full_name
    if not name:
        problems.append(Problem("full_name", "required"))
    elif len(name) > MAX_NAME_LENGTH:
        problems.append(Problem("full_name", "too_long", {"max": MAX_NAME_LENGTH}))
    elif len(name.split(" ")) < 2:
        problems.append(Problem("full_name", "needs_family_and_given_name"))
    for text_field in _FREE_TEXT_FIELDS:
        value = getattr(member, text_field)
        if len(value) > MAX_TEXT_LENGTH:
            problems.append(Problem(text_field, "too_long", {"max": MAX_TEXT_LENGTH}))
    for problem in (
        _digits_problem("personal_id", member.personal_id, (PERSONAL_ID_LENGTH,)),
        _digits_problem("party_card", member.party_card, PARTY_CARD_LENGTHS),
    ):
        if problem:
            problems.append(problem)
    phone_digits = "".join(ch for ch in member.phone if ch not in " .-").removeprefix("+")
    if member.phone and not (phone_digits.isdigit() and 9 <= len(phone_digits) <= 12):
        problems.append(Problem("phone", "bad_phone", {"value": member.phone}))
    if member.birth_date is None:
        problems.append(Problem("birth_date", "required"))
    if member.admission_date is None:
        problems.append(Problem("admission_date", "required"))
    if member.status is not MemberStatus.ACTIVE and member.status_date is None:
        problems.append(Problem("status_date", "required_for_status", {"status": member.status}))
    problems.extend(_date_problems(member, today))
    return problems


def validate_unit(unit: Unit, parent: Unit | None, today: date) -> list[Problem]:
    problems: list[Problem] = []
    if not unit.name:
        problems.append(Problem("name", "required"))
    elif len(unit.name) > MAX_NAME_LENGTH * 2:
        problems.append(Problem("name", "too_long", {"max": MAX_NAME_LENGTH * 2}))
    if not unit.code:
        problems.append(Problem("code", "required"))
    elif not all(ch.isascii() and (ch.isalnum() or ch in "-_.") for ch in unit.code):
        problems.append(Problem("code", "bad_code", {"value": unit.code}))
    if unit.level is UnitLevel.CELL and unit.kind is None:
        problems.append(Problem("kind", "required"))
    if parent is not None and parent.is_cell:
        problems.append(Problem("parent_id", "cell_cannot_contain_units", {"parent": parent.name}))
    if unit.founded_on and unit.founded_on > today:
        problems.append(Problem("founded_on", "date_in_future", {"date": unit.founded_on}))
    if unit.founded_on and unit.dissolved_on and unit.dissolved_on < unit.founded_on:
        problems.append(Problem("dissolved_on", "dissolved_before_founded"))
    return problems
