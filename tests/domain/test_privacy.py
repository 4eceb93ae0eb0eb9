"""Personal numbers are masked in any text that leaves the records; the program's ids are not."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chibo_desktop.domain.privacy import mask_numbers

# A personal ID (CCCD, 12 digits), an old identity card (CMND, 9), Party cards (8 and 12)
numbers = st.sampled_from([8, 9, 12]).flatmap(
    lambda n: st.text("0123456789", min_size=n, max_size=n)
)
# Text around them: anything but a digit right beside the number
around = st.text(st.characters(exclude_categories=("Cs", "Nd")), max_size=20)


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("CCCD 001186012345, thẻ 12345678.", "CCCD ************, thẻ ********."),
        ("CMND 123 456 789", "CMND *** *** ***"),
        ("số001.186.012.345", "số***.***.***.***"),
        ("Traceback: ValueError('079090001234')", "Traceback: ValueError('************')"),
        # Dates, times, counts and sequence numbers stay readable
        ("2026-11-21 09:15:00,123 ngày 21.11.2026", "2026-11-21 09:15:00,123 ngày 21.11.2026"),
        ("gói 00003: 1234567 bản ghi", "gói 00003: 1234567 bản ghi"),
    ],
)
def test_examples(text: str, masked: str) -> None:
    assert mask_numbers(text) == masked


@settings(max_examples=300)
@given(around, numbers, around)
def test_a_personal_number_never_survives(before: str, number: str, after: str) -> None:
    masked = mask_numbers(before + number + after)
    assert number not in masked
    assert masked == before + "*" * len(number) + after


@settings(max_examples=300)
@given(st.uuids())
def test_record_ids_are_kept(record_id: uuid.UUID) -> None:
    for text in (str(record_id), record_id.hex, f"member {record_id.hex}: applied"):
        if any(ch in "abcdef" for ch in record_id.hex):
            assert mask_numbers(text) == text


@settings(max_examples=300)
@given(st.text(st.characters(exclude_categories=("Cs",))))
def test_masking_changes_digits_only_and_twice_is_once(text: str) -> None:
    masked = mask_numbers(text)
    assert len(masked) == len(text)
    assert all(a == b or (a.isdigit() and b == "*") for a, b in zip(text, masked, strict=True))
    assert mask_numbers(masked) == masked
