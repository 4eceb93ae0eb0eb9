"""Enrolment files: the upper level's identity card, self-signed, read strictly."""

from __future__ import annotations

import base64
import json
import uuid
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from chibo_desktop.domain.enums import SiteRole
from chibo_desktop.sync.enrolment import (
    ENROLMENT_REJECTION_CODES,
    MAX_ENROLMENT_BYTES,
    Enrolment,
    EnrolmentRejected,
    read_enrolment,
    write_enrolment,
)
from chibo_desktop.sync.keys import SiteKeys

PROVINCE = SiteKeys.generate()
STRANGER = SiteKeys.generate()

ENROLMENT = Enrolment(
    site_id=uuid.UUID("7d3f2a10-4b5c-4d6e-8f70-8192a3b4c5d6"),
    site_name="Ban Tổ chức Tỉnh ủy Hưng Yên",
    role=SiteRole.UPPER,
    unit_id=uuid.UUID("2e4f6a8b-0c1d-4e3f-a5b6-c7d8e9f0a1b2"),
    unit_code="TU-HƯNG-YÊN",
    unit_name="Đảng bộ tỉnh Hưng Yên",
    keys=PROVINCE.public,
    created_at=datetime(2025, 2, 14, 8, 30, tzinfo=UTC),
)
FILE = write_enrolment(ENROLMENT, PROVINCE)


def document() -> dict[str, object]:
    return json.loads(FILE)


def encode(doc: object) -> bytes:
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


def signed(doc: dict[str, object], keys: SiteKeys = PROVINCE) -> bytes:
    """``doc`` signed the documented way: the canonical JSON of everything but the signature."""
    unsigned = {name: value for name, value in doc.items() if name != "signature"}
    canonical = json.dumps(unsigned, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    signature = keys.sign(canonical.encode("utf-8"))
    return encode({**unsigned, "signature": base64.b64encode(signature).decode("ascii")})


def rejection(data: bytes) -> EnrolmentRejected:
    with pytest.raises(EnrolmentRejected) as caught:
        read_enrolment(data)
    assert caught.value.code in ENROLMENT_REJECTION_CODES
    return caught.value


def test_round_trip() -> None:
    # Given the province's enrolment file
    data = write_enrolment(ENROLMENT, PROVINCE)

    # Then a person can read it, and the commune reads back exactly what was written
    assert "Ban Tổ chức Tỉnh ủy Hưng Yên" in data.decode("utf-8")
    assert document()["kind"] == "chibo-enrolment"
    assert document()["format"] == 1
    assert read_enrolment(data) == ENROLMENT
    assert read_enrolment(data).keys.fingerprint == PROVINCE.public.fingerprint


def test_round_trip_without_a_unit_and_with_a_byte_order_mark() -> None:
    # Given a commune's card without a unit, saved again by a Windows editor (with a BOM)
    commune = replace(
        ENROLMENT,
        role=SiteRole.COMMUNE,
        unit_id=None,
        unit_code="",
        unit_name="",
        keys=STRANGER.public,
    )
    data = b"\xef\xbb\xbf" + write_enrolment(commune, STRANGER)

    assert read_enrolment(data) == commune


def test_the_file_is_signed_the_documented_way() -> None:
    # Given a document signed independently of the module, following the documented rule
    assert read_enrolment(signed(document())) == ENROLMENT


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("site_name", "Ban Tổ chức Tỉnh ủy Hải Dương"),
        ("role", "commune"),
        ("unit_code", "TU-HAI-DUONG"),
        ("unit_id", None),
        ("site_id", str(uuid.uuid4())),
        ("created_at", "2025-02-14T08:31:00+00:00"),
        ("keys", STRANGER.public.to_text()),
    ],
)
def test_a_changed_field_breaks_the_signature(field: str, value: object) -> None:
    # Given an enrolment file with one field changed after signing
    doc = document()
    doc[field] = value

    # Then reading it says it was tampered with
    assert rejection(encode(doc)).code == "bad_signature"


def test_a_signature_by_other_keys_than_announced_is_refused() -> None:
    # Given a file announcing the province's keys but signed by a stranger
    assert rejection(signed(document(), STRANGER)).code == "bad_signature"


def test_a_forged_card_shows_another_fingerprint() -> None:
    # Given a stranger's card with the province's name and ids, self-signed with the stranger's keys
    forged = read_enrolment(signed({**document(), "keys": STRANGER.public.to_text()}, STRANGER))

    # Then it reads, but its fingerprint, which the operators compare, is not the province's
    assert forged.site_name == ENROLMENT.site_name
    assert forged.keys.display_fingerprint != PROVINCE.public.display_fingerprint


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not json at all",
        b"\xff\xfe\x00{",
        b"[1, 2]",
        b'"chibo-enrolment"',
        encode({**document(), "kind": "chibo-package"}),
        encode({k: v for k, v in document().items() if k != "kind"}),
        b"CHIBOPKG\x00\x00\x00\x02{}",
        b"[" * 100_000 + b"]" * 100_000,  # too big, and a JSON bomb besides
        b"[" * 30_000 + b"]" * 30_000,
    ],
)
def test_files_that_are_not_enrolments(data: bytes) -> None:
    assert rejection(data).code == "not_an_enrolment"


def test_a_file_over_the_size_limit_is_refused_before_parsing() -> None:
    # Given a valid enrolment padded with white space past the limit
    data = FILE + b" " * MAX_ENROLMENT_BYTES

    error = rejection(data)

    assert error.code == "not_an_enrolment"
    assert error.params["reason"] == "too_large"


def test_a_newer_format_says_so() -> None:
    for doc in (
        signed({**document(), "format": 2}),
        encode({"kind": "chibo-enrolment", "format": 2}),
    ):
        error = rejection(doc)
        assert error.code == "unknown_format"
        assert error.params["format"] == 2


@pytest.mark.parametrize(
    "changes",
    [
        {"format": "1"},
        {"format": True},
        {"site_name": ""},
        {"site_name": None},
        {"role": "province"},
        {"site_id": "7D3F2A10-4B5C-4D6E-8F70-8192A3B4C5D6"},
        {"unit_id": 5},
        {"unit_code": None},
        {"unit_name": ["Đảng bộ"]},
        {"created_at": "2025-02-14T08:30:00"},
        {"created_at": "2025-02-14T15:30:00+07:00"},
        {"extra": "field"},
    ],
)
def test_malformed_fields_are_refused_even_when_signed(changes: dict[str, object]) -> None:
    # Given a properly self-signed file with a field a reader cannot accept
    assert rejection(signed({**document(), **changes})).code == "malformed"


@pytest.mark.parametrize(
    "changes",
    [
        {"keys": None},
        {"keys": {"verify_key": "AAAA", "box_key": "AAAA"}},
        {"signature": "not base64!"},
        {"signature": base64.b64encode(bytes(63)).decode()},
        {"signature": None},
    ],
)
def test_broken_keys_or_signature_are_malformed(changes: dict[str, object]) -> None:
    assert rejection(encode({**document(), **changes})).code == "malformed"


def test_missing_fields_are_malformed() -> None:
    doc = document()
    del doc["unit_name"]
    assert rejection(signed(doc)).code == "malformed"


def test_a_key_given_twice_is_malformed() -> None:
    data = FILE.rstrip().removesuffix(b"}") + ', "site_name": "Tỉnh ủy khác"}'.encode()
    assert rejection(data).code == "malformed"


def test_writing_with_other_keys_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        write_enrolment(ENROLMENT, STRANGER)
    with pytest.raises(ValueError):
        write_enrolment(replace(ENROLMENT, created_at=datetime(2025, 2, 14, 8, 30)), PROVINCE)
    with pytest.raises(ValueError):
        write_enrolment(replace(ENROLMENT, site_name=""), PROVINCE)
