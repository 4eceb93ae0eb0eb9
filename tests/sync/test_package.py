"""USB packages: the file format, and every way a file on a stick can be wrong.

Sticks get lost, pulled out mid-write, infected and mixed up: whatever the bytes, reading either
gives back exactly what the sender wrote or raises ``PackageRejected``.
"""

from __future__ import annotations

import errno
import json
import os
import re
import unicodedata
import uuid
import zlib
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chibo_desktop.sync.keys import PublicKeys, SiteKeys, seal
from chibo_desktop.sync.package import (
    FORMAT_VERSION,
    MAGIC,
    MAX_HEADER_BYTES,
    MAX_JSON_DEPTH,
    REJECTION_CODES,
    Limits,
    PackageHeader,
    PackageKind,
    PackageRejected,
    build_package,
    package_file_name,
    read_header,
    verify_and_open,
    write_file_atomically,
)

SENDER = SiteKeys.generate()
RECIPIENT = SiteKeys.generate()
STRANGER = SiteKeys.generate()

MEMBER_NAME = "Nguyễn Thị Hường"
ID_NUMBER = "001186012345"  # a 12-digit citizen ID number
PAYLOAD: dict[str, object] = {
    "members": [
        {"full_name": MEMBER_NAME, "id_number": ID_NUMBER, "born": "1986-03-02"},
        {"full_name": "Trần Văn Đức", "id_number": "034090004321", "born": "1990-11-20"},
    ],
    "meetings": [{"cell": "Chi bộ thôn Đông", "conclusion": "Đồng chí Hường phát biểu…"}],
}


def make_header(**changes: object) -> PackageHeader:
    header = PackageHeader(
        format=FORMAT_VERSION,
        kind=PackageKind.DATA,
        package_id=uuid.UUID("6f1c3d2e-8a41-4b7c-9d0e-2f5a6b7c8d9e"),
        sender_site=uuid.UUID("0b9e8f7a-6c5d-4e3f-8a1b-2c3d4e5f6a7b"),
        sender_name="Văn phòng Đảng ủy xã Tân Lập",
        sender_unit=uuid.UUID("1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d"),
        sender_unit_code="ĐB-TÂN-LẬP",
        sender_epoch=1,
        sender_keys=SENDER.public,
        recipient_fingerprint=RECIPIENT.public.fingerprint,
        sequence=3,
        created_at=datetime(2025, 3, 1, 9, 15, 0, tzinfo=UTC),
        counts={"member": 2, "meeting": 1},
        payload_bytes=0,
    )
    return replace(header, **changes)  # type: ignore[arg-type]


def build(payload: dict[str, object] | None = None, **changes: object) -> bytes:
    chosen = PAYLOAD if payload is None else payload
    return build_package(make_header(**changes), chosen, SENDER, RECIPIENT.public)


PACKAGE = build()
NO_LIMITS = Limits()


def open_package(
    data: bytes, limits: Limits = NO_LIMITS, keys: PublicKeys = SENDER.public
) -> dict[str, object]:
    """What an importer does: the header, then the sender's enrolled keys, then the payload."""
    header = read_header(data, limits)
    return verify_and_open(data, header, keys, RECIPIENT, limits)


def rejection(action: Callable[[], object]) -> PackageRejected:
    with pytest.raises(PackageRejected) as caught:
        action()
    assert caught.value.code in REJECTION_CODES
    return caught.value


def regions(data: bytes) -> dict[str, tuple[int, int]]:
    """Start and end offsets of each part of a package, read independently of the module."""
    header_length = int.from_bytes(data[8:12], "big")
    header_end = 12 + header_length
    ciphertext_end = len(data) - 64
    return {
        "magic": (0, 8),
        "header_length": (8, 12),
        "header": (12, header_end),
        "ciphertext_length": (header_end, header_end + 8),
        "ciphertext": (header_end + 8, ciphertext_end),
        "signature": (ciphertext_end, len(data)),
    }


def assemble(header: bytes | dict[str, object], ciphertext: bytes, signer: SiteKeys) -> bytes:
    """A package put together by hand, following the documented layout, properly signed."""
    if isinstance(header, dict):
        header = json.dumps(header, ensure_ascii=False).encode("utf-8")
    signed = (
        MAGIC
        + len(header).to_bytes(4, "big")
        + header
        + len(ciphertext).to_bytes(8, "big")
        + ciphertext
    )
    return signed + signer.sign(signed)


def header_document(**changes: object) -> dict[str, object]:
    """The header JSON of a real package, with some members changed."""
    start, end = regions(PACKAGE)["header"]
    document = json.loads(PACKAGE[start:end])
    document.update(changes)
    return document


def sealed(plaintext: bytes, *, compress: bool = True) -> bytes:
    return seal(RECIPIENT.public, zlib.compress(plaintext) if compress else plaintext)


def flip_bit(data: bytes, index: int, bit: int = 0) -> bytes:
    changed = bytearray(data)
    changed[index] ^= 1 << bit
    return bytes(changed)


# -- the round trip ----------------------------------------------------------------------------
def test_round_trip_gives_the_payload_back() -> None:
    # Given a package built by a commune for the province
    data = build()

    # When the province reads its header and then opens it with the commune's enrolled keys
    header = read_header(data)
    payload = verify_and_open(data, header, SENDER.public, RECIPIENT)

    # Then it gets exactly the payload, Vietnamese text intact, and the header as built
    assert payload == PAYLOAD
    assert payload["members"][0]["full_name"] == MEMBER_NAME  # type: ignore[index]
    assert header == make_header(payload_bytes=header.payload_bytes)
    assert header.payload_bytes == len(
        json.dumps(PAYLOAD, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()
    )
    assert header.created_at.utcoffset() == timedelta(0)


def test_the_file_shows_no_member_names_or_id_numbers() -> None:
    # Given a package carrying a member's name and ID number
    data = build()

    # Then a look with `strings` or a hex dump finds neither, in any common encoding
    for text in (MEMBER_NAME, unicodedata.normalize("NFD", MEMBER_NAME), ID_NUMBER, "Hường"):
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert text.encode(encoding) not in data, (text, encoding)
    # while the header, which is meant to be read, names the office and counts records
    assert "Văn phòng Đảng ủy xã Tân Lập".encode() in data
    assert b'"member":2' in data


def test_every_kind_and_an_empty_payload_round_trip() -> None:
    for kind in PackageKind:
        data = build({}, kind=kind, sender_unit=None, sender_unit_code="", counts={})
        header = read_header(data)
        assert header.kind is kind
        assert header.sender_unit is None
        assert verify_and_open(data, header, SENDER.public, RECIPIENT) == {}


def test_nesting_up_to_the_limit_is_accepted() -> None:
    # Given a payload nested exactly MAX_JSON_DEPTH levels deep (the outer object is level 1)
    deep: object = 1
    for _ in range(MAX_JSON_DEPTH - 1):
        deep = [deep]
    data = build({"deep": deep})

    assert open_package(data) == {"deep": deep}


# -- building refuses programming errors -------------------------------------------------------
@pytest.mark.parametrize(
    "changes",
    [
        {"recipient_fingerprint": STRANGER.public.fingerprint},
        {"sender_keys": STRANGER.public},
        {"created_at": datetime(2025, 3, 1, 9, 15)},  # naive
        {"created_at": datetime(2025, 3, 1, 9, 15, tzinfo=timezone(timedelta(hours=7)))},
        {"counts": {MEMBER_NAME: 1}},  # a person's name would be readable in the header
        {"sequence": 0},
        {"sender_epoch": -1},
        {"format": 2},
        {"sender_name": ""},
        {"sender_name": "Tân Lập\u202e"},  # a bidi override would mislead the operator
        {"sender_name": unicodedata.normalize("NFD", "Tân Lập")},
    ],
)
def test_build_refuses_an_invalid_header(changes: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        build(**changes)


def test_build_refuses_a_payload_nested_too_deep() -> None:
    deep: object = 1
    for _ in range(MAX_JSON_DEPTH):
        deep = [deep]
    with pytest.raises(ValueError):
        build({"deep": deep})


def test_verify_and_open_refuses_a_header_from_another_package() -> None:
    other = build(package_id=uuid.uuid4())
    with pytest.raises(ValueError):
        verify_and_open(PACKAGE, read_header(other), SENDER.public, RECIPIENT)


# -- damage ------------------------------------------------------------------------------------
REGION_CODES = {
    "magic": {"not_a_package"},
    "header_length": {"truncated", "too_large", "malformed_header", "trailing_bytes"},
    "header": {"malformed_header", "unknown_format", "wrong_recipient", "bad_signature"},
    "ciphertext_length": {"truncated", "too_large", "trailing_bytes"},
    "ciphertext": {"bad_signature"},
    "signature": {"bad_signature"},
}


@pytest.mark.parametrize("region", list(REGION_CODES))
def test_a_flipped_bit_anywhere_is_rejected(region: str) -> None:
    # Given a package damaged by one flipped bit at the start, middle or end of each region
    start, end = regions(PACKAGE)[region]
    for index in sorted({start, (start + end) // 2, end - 1}):
        for bit in (0, 7):
            damaged = flip_bit(PACKAGE, index, bit)

            # Then opening it is refused with a code that fits the region
            error = rejection(lambda damaged=damaged: open_package(damaged))
            assert error.code in REGION_CODES[region], (region, index, bit, error)


@pytest.mark.parametrize("cut", [0, 1, 7])
def test_a_stub_without_the_magic_is_not_a_package(cut: int) -> None:
    assert rejection(lambda: open_package(PACKAGE[:cut])).code == "not_a_package"


def test_a_stick_pulled_out_mid_write_gives_truncated() -> None:
    spans = regions(PACKAGE)
    cuts = [8, 10, 12, spans["header"][1] - 1, spans["header"][1] + 3]
    cuts += [spans["ciphertext"][0] + 5, spans["ciphertext"][1] - 1, len(PACKAGE) - 1]
    for cut in cuts:
        assert rejection(lambda cut=cut: open_package(PACKAGE[:cut])).code == "truncated", cut


@pytest.mark.parametrize("extra", [b"\0", b"\n", PACKAGE])
def test_trailing_bytes_are_rejected(extra: bytes) -> None:
    assert rejection(lambda: open_package(PACKAGE + extra)).code == "trailing_bytes"


def test_other_files_are_not_packages() -> None:
    for data in (
        b"",
        b"PK\x03\x04zipfile",
        "Danh sách đảng viên".encode(),
        b"chibopkg" + PACKAGE[8:],
    ):
        assert rejection(lambda data=data: open_package(data)).code == "not_a_package"


# -- the header --------------------------------------------------------------------------------
def test_a_newer_format_says_so() -> None:
    # Given a properly signed package of a later format, whose header this program cannot know
    for document in (header_document(format=2), {"format": 2, "whatever": [1, 2, 3]}):
        data = assemble(document, sealed(b"{}"), SENDER)

        # Then reading its header says "unknown format", not "damaged"
        error = rejection(lambda data=data: read_header(data))
        assert error.code == "unknown_format"
        assert error.params["format"] == 2


MALFORMED_HEADERS: list[bytes] = [
    b"not json",
    b"\xff\xfe{}",
    "\ufeff{}".encode(),
    b"[]",
    b'"text"',
    b"null",
    b"{}",
    json.dumps(header_document(format="1")).encode(),
    json.dumps(header_document(format=True)).encode(),
    json.dumps(header_document(format=1.0)).encode(),
    json.dumps({"format": 1}).encode(),
    json.dumps({**header_document(), "member_names": [MEMBER_NAME]}).encode(),
    json.dumps({k: v for k, v in header_document().items() if k != "sequence"}).encode(),
    json.dumps(header_document(kind="backup")).encode(),
    json.dumps(header_document(kind=None)).encode(),
    json.dumps(header_document(package_id="not-a-uuid")).encode(),
    json.dumps(header_document(package_id=str(uuid.uuid4()).upper())).encode(),
    json.dumps(header_document(sender_site=None)).encode(),
    json.dumps(header_document(sender_unit=123)).encode(),
    json.dumps(header_document(sender_name=None)).encode(),
    json.dumps(header_document(sender_name="a\x00b")).encode(),
    json.dumps(header_document(sender_unit_code=["ĐB"])).encode(),
    json.dumps(header_document(sender_epoch=-1)).encode(),
    json.dumps(header_document(sender_epoch=2**63)).encode(),
    json.dumps(header_document(sender_keys={"verify_key": "x", "box_key": "y"})).encode(),
    json.dumps(header_document(sender_keys=None)).encode(),
    json.dumps(header_document(recipient_fingerprint="ABC")).encode(),
    json.dumps(
        header_document(recipient_fingerprint=RECIPIENT.public.fingerprint.upper())
    ).encode(),
    json.dumps(header_document(sequence="3")).encode(),
    json.dumps(header_document(sequence=0)).encode(),
    json.dumps(header_document(sequence=True)).encode(),
    json.dumps(header_document(sequence=3.0)).encode(),
    json.dumps(header_document(created_at="2025-03-01T09:15:00")).encode(),  # no offset
    json.dumps(header_document(created_at="2025-03-01T09:15:00+07:00")).encode(),
    json.dumps(header_document(created_at="01/03/2025")).encode(),
    json.dumps(header_document(created_at=1740820500)).encode(),
    json.dumps(header_document(counts=[])).encode(),
    json.dumps(header_document(counts={"member": -1})).encode(),
    json.dumps(header_document(counts={"member": "2"})).encode(),
    json.dumps(header_document(counts={MEMBER_NAME: 1})).encode(),
    json.dumps(header_document(payload_bytes=-5)).encode(),
    json.dumps(header_document(payload_bytes=None)).encode(),
    json.dumps(header_document(payload_bytes=float("nan"))).encode(),  # NaN is not JSON
    json.dumps(header_document()).encode()[:-1] + b',"sequence":4}',  # a key given twice
    b"[" * 30_000 + b"]" * 30_000,  # deep nesting, just under the header size limit
]


@pytest.mark.parametrize("header", MALFORMED_HEADERS, ids=range(len(MALFORMED_HEADERS)))
def test_a_malformed_header_is_rejected(header: bytes) -> None:
    # Given a properly signed package whose header is wrong in one way
    data = assemble(header, sealed(b"{}"), SENDER)

    # Then only its header is looked at, and it is refused
    assert rejection(lambda: read_header(data)).code == "malformed_header"


def test_a_header_length_of_zero_is_malformed() -> None:
    data = MAGIC + bytes(4) + bytes(8) + bytes(64)
    assert rejection(lambda: read_header(data)).code == "malformed_header"


# -- recipient, signature, sizes ----------------------------------------------------------------
def test_a_package_for_another_site_is_refused_before_anything_else() -> None:
    # Given a package the commune made for another recipient
    data = build_package(
        make_header(recipient_fingerprint=STRANGER.public.fingerprint),
        PAYLOAD,
        SENDER,
        STRANGER.public,
    )

    # When the province tries to open it
    header = read_header(data)
    error = rejection(lambda: verify_and_open(data, header, SENDER.public, RECIPIENT))

    # Then it is told the package is not addressed to it
    assert error.code == "wrong_recipient"


def test_a_signature_by_another_key_is_refused() -> None:
    # Given a package verified with keys other than the signer's
    assert rejection(lambda: open_package(PACKAGE, keys=STRANGER.public)).code == "bad_signature"

    # and a package whose header claims the sender's keys but that someone else signed
    start = regions(PACKAGE)["signature"][0]
    forged = PACKAGE[:start] + STRANGER.sign(PACKAGE[:start])
    assert rejection(lambda: open_package(forged)).code == "bad_signature"


def test_an_impostor_cannot_pass_its_package_off_as_the_senders() -> None:
    # Given a package built and signed by a stranger that copies the sender's header fields
    forged = build_package(
        make_header(sender_keys=STRANGER.public), PAYLOAD, STRANGER, RECIPIENT.public
    )

    # Then the province, verifying with the sender's enrolled keys, refuses it
    assert rejection(lambda: open_package(forged)).code == "bad_signature"


def test_limits_on_the_file_and_the_declared_sizes() -> None:
    header = read_header(PACKAGE)
    spans = regions(PACKAGE)
    ciphertext_length = spans["ciphertext"][1] - spans["ciphertext"][0]
    cases = [
        (Limits(max_file_bytes=len(PACKAGE) - 1), "file", len(PACKAGE)),
        (Limits(max_compressed_bytes=ciphertext_length - 1), "ciphertext", ciphertext_length),
        (Limits(max_payload_bytes=header.payload_bytes - 1), "payload", header.payload_bytes),
    ]
    for limits, what, size in cases:
        # Then both reading the header and opening refuse it with the limit and the size
        for action in (
            lambda limits=limits: read_header(PACKAGE, limits),
            lambda limits=limits: verify_and_open(
                PACKAGE, header, SENDER.public, RECIPIENT, limits
            ),
        ):
            error = rejection(action)
            assert error.code == "too_large"
            assert error.params["what"] == what
            assert error.params["size"] == size


def test_a_huge_declared_ciphertext_is_refused_without_reading_it() -> None:
    # Given a short file whose ciphertext length field claims 2**64 - 1 bytes
    start, end = regions(PACKAGE)["ciphertext_length"]
    data = PACKAGE[:start] + b"\xff" * 8 + PACKAGE[end:]
    assert rejection(lambda: read_header(data)).code == "too_large"


def test_a_huge_declared_header_is_refused() -> None:
    data = MAGIC + (MAX_HEADER_BYTES + 1).to_bytes(4, "big") + PACKAGE[12:]
    error = rejection(lambda: read_header(data))
    assert error.code == "too_large"
    assert error.params["what"] == "header"


# -- the payload -------------------------------------------------------------------------------
def signed_package(ciphertext: bytes, payload_bytes: int) -> bytes:
    """A properly signed package to RECIPIENT around a ciphertext made by the test."""
    return assemble(header_document(payload_bytes=payload_bytes), ciphertext, SENDER)


def test_a_ciphertext_for_another_key_is_undecryptable() -> None:
    for ciphertext in (seal(STRANGER.public, zlib.compress(b"{}")), b"", b"short", bytes(200)):
        data = signed_package(ciphertext, 2)
        assert rejection(lambda data=data: open_package(data)).code == "undecryptable"


def test_a_zip_bomb_is_stopped_at_the_limit() -> None:
    # Given a properly signed package whose 5 KB of zlib expand to 5 MB, declaring 1 MB
    limits = Limits(max_payload_bytes=1_000_000)
    bomb = zlib.compress(b" " * 5_000_000, 9)
    assert len(bomb) < 10_000
    data = signed_package(seal(RECIPIENT.public, bomb), 1_000_000)

    # Then opening it stops at the limit
    error = rejection(lambda: open_package(data, limits))
    assert error.code == "payload_too_large"
    assert error.params["limit"] == 1_000_000


def test_a_json_bomb_is_malformed_without_a_recursion_error() -> None:
    # Given a payload of 100 000 nested arrays
    for text in (b"[" * 100_000 + b"]" * 100_000, b'{"a":' * 100_000 + b"1" + b"}" * 100_000):
        data = signed_package(sealed(text), len(text))

        # Then it is refused as malformed, and no RecursionError escapes
        assert rejection(lambda data=data: open_package(data)).code == "malformed_payload"


def test_nesting_just_over_the_limit_is_malformed() -> None:
    text = ("[" * MAX_JSON_DEPTH + "1" + "]" * MAX_JSON_DEPTH).encode()
    text = b'{"deep":' + text + b"}"
    error = rejection(lambda: open_package(signed_package(sealed(text), len(text))))
    assert error.code == "malformed_payload"
    assert error.params["reason"] == "depth"


@pytest.mark.parametrize(
    ("plaintext", "reason"),
    [
        (b"[1, 2, 3]", "not_an_object"),
        (b'"Nguy\xe1\xbb\x85n"', "not_an_object"),
        (b"null", "not_an_object"),
        (b"{not json}", "json"),
        (b'{"a": NaN}', "json"),
        (b'{"a": Infinity}', "json"),
        (b'{"name": "\xff\xfe"}', "json"),  # not UTF-8
        (b"", "json"),
    ],
)
def test_a_payload_that_is_not_a_json_object_is_malformed(plaintext: bytes, reason: str) -> None:
    data = signed_package(sealed(plaintext), len(plaintext))
    error = rejection(lambda: open_package(data))
    assert error.code == "malformed_payload"
    assert error.params["reason"] == reason


def test_a_payload_of_another_length_than_declared_is_malformed() -> None:
    plaintext = b'{"a":1}'
    for declared in (len(plaintext) - 1, len(plaintext) + 1, 0):
        data = signed_package(sealed(plaintext), declared)
        error = rejection(lambda data=data: open_package(data))
        assert (error.code, error.params["reason"]) == ("malformed_payload", "length")


def test_broken_compression_is_malformed() -> None:
    plaintext = json.dumps({"a": "b" * 1000}).encode()
    compressed = zlib.compress(plaintext)
    for broken in (
        plaintext,
        compressed[:-6],
        compressed[: len(compressed) // 2],
        compressed + b"x",
    ):
        data = signed_package(sealed(broken, compress=False), len(plaintext))
        error = rejection(lambda data=data: open_package(data))
        assert (error.code, error.params["reason"]) == ("malformed_payload", "zlib")


# -- properties --------------------------------------------------------------------------------
PROPERTY = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SMALL = build({"m": [{"full_name": MEMBER_NAME, "id_number": ID_NUMBER}]})


def open_or_reject(data: bytes) -> dict[str, object] | None:
    """The payload, or None when the package is rejected; anything else escapes and fails."""
    try:
        return open_package(data)
    except PackageRejected as error:
        assert error.code in REJECTION_CODES
        return None


@PROPERTY
@given(st.binary(max_size=4096) | st.binary(max_size=4096).map(lambda tail: MAGIC + tail))
def test_arbitrary_bytes_are_rejected_cleanly(data: bytes) -> None:
    assert open_or_reject(data) is None


@PROPERTY
@given(st.data())
def test_a_mutated_byte_never_opens_to_something_else(data: st.DataObject) -> None:
    index = data.draw(st.integers(0, len(SMALL) - 1))
    value = data.draw(st.integers(0, 255).filter(lambda v: v != SMALL[index]))
    mutated = SMALL[:index] + bytes([value]) + SMALL[index + 1 :]
    assert open_or_reject(mutated) is None


@PROPERTY
@given(st.data())
def test_a_truncated_or_extended_package_never_opens(data: st.DataObject) -> None:
    cut = data.draw(st.integers(0, len(SMALL) - 1))
    assert open_or_reject(SMALL[:cut]) is None
    index = data.draw(st.integers(0, len(SMALL)))
    inserted = data.draw(st.binary(min_size=1, max_size=8))
    assert open_or_reject(SMALL[:index] + inserted + SMALL[index:]) is None


@PROPERTY
@given(st.data())
def test_any_mutation_opens_to_the_original_or_is_rejected(data: st.DataObject) -> None:
    # Any mix of changes: the payload read is either the original one or none at all
    mutated = bytearray(SMALL)
    for _ in range(data.draw(st.integers(1, 4))):
        action = data.draw(st.sampled_from(["set", "delete", "insert"]))
        index = data.draw(st.integers(0, max(len(mutated) - 1, 0)))
        if action == "set" and mutated:
            mutated[index] = data.draw(st.integers(0, 255))
        elif action == "delete" and mutated:
            del mutated[index]
        else:
            mutated[index:index] = data.draw(st.binary(min_size=1, max_size=4))
    opened = open_or_reject(bytes(mutated))
    assert opened is None or opened == open_package(SMALL)


# -- file names --------------------------------------------------------------------------------
SAFE_NAME = re.compile(
    r"chibo-(data|receipt|decisions|transfer)-[A-Za-z0-9]+(-[A-Za-z0-9]+)*-\d{5}-\d{8}-\d{6}-[0-9A-F]{8}\.chibo"
)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("ĐB-TÂN-LẬP", "DB-TAN-LAP"),
        ("Đảng bộ xã Tân Lập", "Dang-bo-xa-Tan-Lap"),
        ("đảng ủy / phường 3: Hải Châu", "dang-uy-phuong-3-Hai-Chau"),
        ("", "site"),
        ("???", "site"),
        ("..\\..\\CON", "CON"),
    ],
)
def test_package_file_names_are_ascii_and_safe(code: str, expected: str) -> None:
    header = make_header(
        sender_unit_code=code, created_at=datetime(2025, 3, 1, 9, 15, 7, tzinfo=UTC)
    )

    name = package_file_name(header)

    to = RECIPIENT.public.fingerprint[:8].upper()
    assert name == f"chibo-data-{expected}-00003-20250301-091507-{to}.chibo"
    assert name.isascii()
    assert SAFE_NAME.fullmatch(name)


def test_packages_for_two_recipients_written_in_the_same_second_have_two_names() -> None:
    same = {"sender_unit_code": "TINH", "created_at": datetime(2025, 3, 1, 9, 15, 7, tzinfo=UTC)}
    names = {
        package_file_name(make_header(**same, recipient_fingerprint=keys.public.fingerprint))
        for keys in (RECIPIENT, STRANGER)
    }
    assert len(names) == 2


def test_package_file_names_stay_short() -> None:
    name = package_file_name(make_header(sender_unit_code="Đảng bộ " * 40, sequence=123456))
    assert len(name) < 100
    assert "-123456-" in name


# -- writing to the stick ----------------------------------------------------------------------
def test_write_file_atomically_writes_and_leaves_no_partial(tmp_path: Path) -> None:
    # Given a package written to a stick, over an older file and a stale partial of the same name
    target = tmp_path / package_file_name(read_header(PACKAGE))
    target.write_bytes(b"old")
    (tmp_path / (target.name + ".partial")).write_bytes(b"half")

    # When it is written
    write_file_atomically(target, PACKAGE)

    # Then the file holds exactly the package, and nothing else is left in the folder
    assert target.read_bytes() == PACKAGE
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]


def test_write_file_atomically_fails_cleanly_when_the_stick_fills_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a stick that reports itself full when the written bytes are flushed to it
    def full(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)

    with pytest.raises(OSError) as failed:
        write_file_atomically(tmp_path / "package.chibo", PACKAGE)

    # Then the error says so, and neither the file nor its partial copy is left behind
    assert failed.value.errno == errno.ENOSPC
    assert list(tmp_path.iterdir()) == []


def test_write_file_atomically_fails_cleanly_without_the_folder(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_file_atomically(tmp_path / "gone" / "package.chibo", PACKAGE)
    assert list(tmp_path.iterdir()) == []


def test_write_file_atomically_fails_cleanly_when_the_name_is_a_folder(tmp_path: Path) -> None:
    # Given a folder in the way of the file (os.replace cannot put a file over it)
    blocker = tmp_path / "package.chibo"
    blocker.mkdir()
    (blocker / "keep.txt").write_text("x")

    with pytest.raises(OSError):
        write_file_atomically(blocker, PACKAGE)

    # Then the partial is gone and the folder untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["package.chibo"]
    assert (blocker / "keep.txt").read_text() == "x"


def test_write_file_atomically_removes_a_file_that_reads_back_wrong(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a stick that silently stores one byte wrong (simulated right after the rename)
    real_replace = os.replace

    def replace_and_corrupt(source: str | Path, target: str | Path) -> None:
        real_replace(source, target)
        with open(target, "r+b") as handle:
            handle.seek(100)
            handle.write(b"\0")

    monkeypatch.setattr(os, "replace", replace_and_corrupt)
    target = tmp_path / "package.chibo"

    # When the package is written, then the check catches it and nothing is left behind
    with pytest.raises(OSError):
        write_file_atomically(target, PACKAGE)
    assert list(tmp_path.iterdir()) == []
