"""Record validation: every problem code, and the stored form of a member."""

from __future__ import annotations

import dataclasses
import unicodedata
from datetime import date
from typing import Any

import pytest

from chibo_desktop.domain.entities import Member, Unit, new_id
from chibo_desktop.domain.enums import CellKind, Gender, MemberStatus, UnitLevel
from chibo_desktop.domain.validation import (
    MAX_NAME_LENGTH,
    MAX_TEXT_LENGTH,
    Problem,
    ValidationFailed,
    normalise_member,
    normalise_unit,
    validate_member,
    validate_unit,
)

TODAY = date(2026, 11, 21)


def a_member(**changes: Any) -> Member:
    member = Member(
        id=new_id(),
        full_name="Nguyễn Văn Đức",
        unit_id=new_id(),
        gender=Gender.MALE,
        birth_date=date(1980, 5, 17),
        personal_id="001080012345",
        party_card="12345678",
        admission_date=date(2005, 3, 2),
        official_date=date(2006, 3, 2),
        phone="0912345678",
    )
    return dataclasses.replace(member, **changes)


def codes(problems: list[Problem]) -> set[tuple[str, str]]:
    return {(p.field, p.code) for p in problems}


def test_a_complete_member_has_no_problems() -> None:
    assert validate_member(a_member(), TODAY) == []


# -- numbers ------------------------------------------------------------------------------------


@pytest.mark.parametrize("personal_id", ["00108001234", "0010800123456", "12345678"])
def test_personal_id_must_have_12_digits(personal_id: str) -> None:
    problems = validate_member(a_member(personal_id=personal_id), TODAY)
    assert codes(problems) == {("personal_id", "digit_count")}
    assert problems[0].params == {"expected": (12,), "actual": len(personal_id)}


@pytest.mark.parametrize("card", ["12345678", "123456789012"])
def test_party_card_of_8_or_12_digits_is_accepted(card: str) -> None:
    assert validate_member(a_member(party_card=card), TODAY) == []


@pytest.mark.parametrize("card", ["1234567", "123456789", "1234567890123"])
def test_party_card_of_another_length_is_refused(card: str) -> None:
    problems = validate_member(a_member(party_card=card), TODAY)
    assert codes(problems) == {("party_card", "digit_count")}
    assert problems[0].params["expected"] == (8, 12)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("personal_id", "00108001234O"),  # letter O typed for a zero
        ("personal_id", "００１０８００１２３４５"),  # full-width digits are digits, but not ASCII
        ("party_card", "1234-567"),
        ("party_card", "AB345678"),
    ],
)
def test_numbers_must_be_digits_only(field: str, value: str) -> None:
    problems = validate_member(a_member(**{field: value}), TODAY)
    assert codes(problems) == {(field, "digits_only")}


def test_numbers_are_optional() -> None:
    assert validate_member(a_member(personal_id="", party_card=""), TODAY) == []


@pytest.mark.parametrize("phone", ["09123", "0912abc678", "0912345678901234", "09-12-34"])
def test_bad_phone(phone: str) -> None:
    problems = validate_member(a_member(phone=phone), TODAY)
    assert codes(problems) == {("phone", "bad_phone")}


@pytest.mark.parametrize(
    "phone", ["", "0912345678", "0912 345 678", "0912.345.678", "+84-912-345-678", "+84912345678"]
)
def test_good_phone(phone: str) -> None:
    assert validate_member(a_member(phone=phone), TODAY) == []


# -- required fields and names --------------------------------------------------------------------


def test_required_fields() -> None:
    problems = validate_member(
        a_member(full_name="", birth_date=None, admission_date=None, official_date=None), TODAY
    )
    assert codes(problems) == {
        ("full_name", "required"),
        ("birth_date", "required"),
        ("admission_date", "required"),
    }


def test_name_needs_family_and_given_name() -> None:
    assert codes(validate_member(a_member(full_name="Đức"), TODAY)) == {
        ("full_name", "needs_family_and_given_name")
    }


def test_name_too_long() -> None:
    name = "Nguyễn " + "A" * MAX_NAME_LENGTH
    problems = validate_member(a_member(full_name=name), TODAY)
    assert codes(problems) == {("full_name", "too_long")}
    assert problems[0].params == {"max": MAX_NAME_LENGTH}


def test_other_text_too_long() -> None:
    problems = validate_member(a_member(notes="x" * (MAX_TEXT_LENGTH + 1)), TODAY)
    assert codes(problems) == {("notes", "too_long")}
    assert validate_member(a_member(notes="x" * MAX_TEXT_LENGTH), TODAY) == []


def test_status_other_than_active_needs_its_date() -> None:
    problems = validate_member(a_member(status=MemberStatus.DIED), TODAY)
    assert codes(problems) == {("status_date", "required_for_status")}
    assert problems[0].params == {"status": MemberStatus.DIED}
    dated = a_member(status=MemberStatus.DIED, status_date=date(2024, 1, 5))
    assert validate_member(dated, TODAY) == []


# -- dates ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("field", ["birth_date", "admission_date", "official_date", "status_date"])
def test_dates_in_the_future(field: str) -> None:
    member = a_member(
        birth_date=date(1980, 5, 17),
        admission_date=date(2005, 3, 2),
        official_date=date(2006, 3, 2),
        status=MemberStatus.EXEMPT,
        status_date=date(2020, 1, 1),
    )
    tomorrow = date(2026, 11, 22)
    problems = validate_member(dataclasses.replace(member, **{field: tomorrow}), TODAY)
    assert (field, "date_in_future") in codes(problems)
    on_the_day = validate_member(dataclasses.replace(member, **{field: TODAY}), TODAY)
    assert (field, "date_in_future") not in codes(on_the_day)


def test_date_too_early() -> None:
    problems = validate_member(a_member(birth_date=date(1899, 12, 31)), TODAY)
    assert ("birth_date", "date_too_early") in codes(problems)


def test_official_before_admission() -> None:
    problems = validate_member(a_member(official_date=date(2005, 3, 1)), TODAY)
    assert codes(problems) == {("official_date", "official_before_admission")}
    assert problems[0].params == {"admission": date(2005, 3, 2)}
    # the same day is allowed (no probation recorded), only an earlier one is a typing error
    assert validate_member(a_member(official_date=date(2005, 3, 2)), TODAY) == []


def test_official_date_needs_admission_date() -> None:
    problems = validate_member(a_member(admission_date=None), TODAY)
    assert codes(problems) == {
        ("admission_date", "required"),
        ("admission_date", "required_with_official_date"),
    }


def test_admitted_too_young() -> None:
    # Born 17/05/1990, admitted on the eve of the 16th birthday: 15 whole years
    problems = validate_member(
        a_member(
            birth_date=date(1990, 5, 17),
            admission_date=date(2006, 5, 16),
            official_date=date(2007, 5, 16),
        ),
        TODAY,
    )
    assert codes(problems) == {("admission_date", "admitted_too_young")}
    assert problems[0].params["age"] == 15
    # on the birthday itself it is no longer a typing error
    old_enough = a_member(
        birth_date=date(1990, 5, 17),
        admission_date=date(2006, 5, 17),
        official_date=date(2007, 5, 17),
    )
    assert validate_member(old_enough, TODAY) == []


def test_validation_failed_lists_every_problem() -> None:
    problems = validate_member(a_member(full_name="", party_card="1"), TODAY)
    failure = ValidationFailed(problems)
    assert failure.problems == problems
    assert "full_name:required" in str(failure)
    assert "party_card:digit_count" in str(failure)


# -- stored form ---------------------------------------------------------------------------------


def test_normalise_member_nfc_and_compact_numbers() -> None:
    # Given a record typed with decomposed marks, stray spaces and grouped numbers
    typed = a_member(
        full_name=unicodedata.normalize("NFD", "  Nguyễn   Văn  Đức "),
        other_name=unicodedata.normalize("NFD", "Đức  Bé"),
        personal_id=" 001 080 012 345 ",
        party_card="0123 4567",
        notes=unicodedata.normalize("NFD", "  ghi chú\n  dòng hai  "),
    )

    # When it is normalised
    stored = normalise_member(typed)

    # Then text is NFC with single spaces, and numbers keep only their digits
    assert stored.full_name == "Nguyễn Văn Đức"
    assert unicodedata.is_normalized("NFC", stored.full_name)
    assert stored.other_name == "Đức Bé"
    assert stored.personal_id == "001080012345"
    assert stored.party_card == "01234567"
    assert stored.notes == "ghi chú\n  dòng hai"  # notes keep their lines, only trimmed
    assert validate_member(stored, TODAY) == []
    # dots and dashes typed inside numbers go too
    assert normalise_member(a_member(party_card="0123.4567-8901")).party_card == "012345678901"


# -- units ---------------------------------------------------------------------------------------


def a_unit(**changes: Any) -> Unit:
    unit = Unit(
        id=new_id(),
        name="Chi bộ thôn Đông",
        level=UnitLevel.CELL,
        code="CB-THON-DONG",
        kind=CellKind.RESIDENTIAL,
        founded_on=date(2010, 1, 1),
    )
    return dataclasses.replace(unit, **changes)


COMMUNE = Unit(id=new_id(), name="Đảng bộ xã Tân Lập", level=UnitLevel.COMMUNE, code="TAN-LAP")


def test_a_valid_cell_has_no_problems() -> None:
    assert validate_unit(a_unit(), COMMUNE, TODAY) == []


def test_unit_name_and_code_required() -> None:
    assert codes(validate_unit(a_unit(name="", code=""), COMMUNE, TODAY)) == {
        ("name", "required"),
        ("code", "required"),
    }


def test_unit_name_too_long() -> None:
    assert codes(validate_unit(a_unit(name="x" * 201), COMMUNE, TODAY)) == {("name", "too_long")}
    assert validate_unit(a_unit(name="x" * 200), COMMUNE, TODAY) == []


@pytest.mark.parametrize("code", ["CB THON", "CB/1", "ĐÔNG"])
def test_unit_code_ascii_letters_digits_dash_underscore_dot(code: str) -> None:
    assert codes(validate_unit(a_unit(code=code), COMMUNE, TODAY)) == {("code", "bad_code")}


def test_cell_needs_a_kind_but_a_commune_does_not() -> None:
    assert codes(validate_unit(a_unit(kind=None), COMMUNE, TODAY)) == {("kind", "required")}
    assert validate_unit(COMMUNE, None, TODAY) == []


def test_a_cell_cannot_contain_units() -> None:
    problems = validate_unit(a_unit(), a_unit(name="Chi bộ thôn Đoài"), TODAY)
    assert codes(problems) == {("parent_id", "cell_cannot_contain_units")}
    assert problems[0].params == {"parent": "Chi bộ thôn Đoài"}


def test_unit_dates() -> None:
    assert codes(validate_unit(a_unit(founded_on=date(2026, 11, 22)), COMMUNE, TODAY)) == {
        ("founded_on", "date_in_future")
    }
    dissolved_early = a_unit(founded_on=date(2010, 1, 1), dissolved_on=date(2009, 12, 31))
    assert codes(validate_unit(dissolved_early, COMMUNE, TODAY)) == {
        ("dissolved_on", "dissolved_before_founded")
    }


def test_normalise_unit() -> None:
    unit = normalise_unit(
        a_unit(name=unicodedata.normalize("NFD", " Chi bộ  thôn Đông "), code=" cb-thon-dong ")
    )
    assert unit.name == "Chi bộ thôn Đông"
    assert unit.code == "CB-THON-DONG"
