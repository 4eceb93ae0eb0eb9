"""A site's keys: generation, fingerprints, the text form, signatures and sealed boxes."""

from __future__ import annotations

import base64
import hashlib
import json
import re

import nacl.exceptions
import pytest

from chibo_desktop.sync.keys import KeyFormatError, PublicKeys, SiteKeys, seal, verify


def flip_bit(data: bytes, index: int, bit: int = 0) -> bytes:
    changed = bytearray(data)
    changed[index] ^= 1 << bit
    return bytes(changed)


def test_every_generation_makes_new_keys() -> None:
    # Given two sites set up one after the other
    first, second = SiteKeys.generate(), SiteKeys.generate()

    # Then they share nothing
    assert first.signing_seed != second.signing_seed
    assert first.box_secret != second.box_secret
    assert first.public.fingerprint != second.public.fingerprint
    assert len(first.signing_seed) == len(first.box_secret) == 32


def test_public_keys_and_fingerprint_are_stable() -> None:
    # Given a site's keys, stored and loaded again (as bytes)
    keys = SiteKeys.generate()
    reloaded = SiteKeys(signing_seed=bytes(keys.signing_seed), box_secret=bytes(keys.box_secret))

    # Then the public half and its fingerprint are the same every time
    assert keys.public == keys.public == reloaded.public
    assert keys.public.fingerprint == reloaded.public.fingerprint
    public = keys.public
    assert public.fingerprint == hashlib.sha256(public.verify_key + public.box_key).hexdigest()
    assert re.fullmatch(r"[0-9a-f]{64}", public.fingerprint)


def test_display_fingerprint_is_eight_groups_of_four() -> None:
    public = SiteKeys.generate().public

    shown = public.display_fingerprint

    assert re.fullmatch(r"[0-9A-F]{4}( [0-9A-F]{4}){7}", shown)
    assert shown.replace(" ", "") == public.fingerprint[:32].upper()


def test_text_form_round_trips_through_json() -> None:
    # Given a site's public keys written into a JSON document
    public = SiteKeys.generate().public
    text = json.dumps(public.to_text())

    # When they are read back
    again = PublicKeys.from_text(json.loads(text))

    # Then they are the same keys
    assert again == public
    assert set(public.to_text()) == {"verify_key", "box_key"}


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


GOOD = _b64(bytes(range(32)))
assert GOOD.endswith("Hh8=")
# The same 32 bytes with one of the unused padding bits set: decodes, but is not canonical.
NOT_CANONICAL = GOOD[:-2] + "9="
GARBAGE = [
    None,
    "keys",
    [GOOD, GOOD],
    {},
    {"verify_key": GOOD},
    {"box_key": GOOD},
    {"verify_key": GOOD, "box_key": GOOD, "extra": GOOD},
    {"verify_key": 123, "box_key": GOOD},
    {"verify_key": GOOD, "box_key": None},
    {"verify_key": "!!!not base64!!!", "box_key": GOOD},
    {"verify_key": _b64(bytes(31)), "box_key": GOOD},
    {"verify_key": GOOD, "box_key": _b64(bytes(33))},
    {"verify_key": GOOD[:-2] + "=", "box_key": GOOD},  # bad padding
    {"verify_key": NOT_CANONICAL, "box_key": GOOD},
    {"verify_key": GOOD[:20] + "\n" + GOOD[20:], "box_key": GOOD},
    {"verify_key": GOOD[:-1] + "é", "box_key": GOOD},
    {"verify_key": b"\x00" * 32, "box_key": GOOD},
]


@pytest.mark.parametrize("data", GARBAGE)
def test_text_form_rejects_garbage(data: object) -> None:
    with pytest.raises(KeyFormatError):
        PublicKeys.from_text(data)


def test_keys_of_the_wrong_length_cannot_be_made() -> None:
    with pytest.raises(KeyFormatError):
        PublicKeys(verify_key=bytes(31), box_key=bytes(32))
    with pytest.raises(KeyFormatError):
        SiteKeys(signing_seed=bytes(32), box_secret=bytes(33))


def test_signatures_verify_and_tampering_is_caught() -> None:
    # Given a message signed by a site
    keys = SiteKeys.generate()
    message = "Biên bản sinh hoạt chi bộ".encode()
    signature = keys.sign(message)
    assert len(signature) == 64

    # Then it verifies with the site's public keys
    assert verify(keys.public, message, signature)
    # and not after any change, with another site's keys, or with a signature of the wrong size
    assert not verify(keys.public, flip_bit(message, 3), signature)
    assert not verify(keys.public, message, flip_bit(signature, 10, 7))
    assert not verify(SiteKeys.generate().public, message, signature)
    assert not verify(keys.public, message, signature[:-1])
    assert not verify(keys.public, message, signature + b"\0")
    assert not verify(keys.public, message, b"")


def test_verify_never_raises_on_nonsense() -> None:
    public = SiteKeys.generate().public
    assert not verify(public, b"x", "not bytes")  # type: ignore[arg-type]
    assert not verify(public, None, bytes(64))  # type: ignore[arg-type]
    # A verify key that is not a curve point at all
    assert not verify(PublicKeys(verify_key=b"\xff" * 32, box_key=bytes(32)), b"x", bytes(64))


def test_sealed_boxes_open_only_for_the_recipient() -> None:
    # Given a message sealed to a recipient
    recipient, stranger = SiteKeys.generate(), SiteKeys.generate()
    sealed = seal(recipient.public, "Nguyễn Thị Hường".encode())

    # Then the recipient opens it and nobody else can
    assert recipient.open_sealed(sealed).decode() == "Nguyễn Thị Hường"
    with pytest.raises(nacl.exceptions.CryptoError):
        stranger.open_sealed(sealed)
    with pytest.raises(nacl.exceptions.CryptoError):
        recipient.open_sealed(flip_bit(sealed, len(sealed) - 1))


def test_sealing_to_a_degenerate_key_is_refused() -> None:
    with pytest.raises(KeyFormatError):
        seal(PublicKeys(verify_key=bytes(32), box_key=bytes(32)), b"payload")


def test_repr_does_not_show_the_secrets() -> None:
    # Given a site's private keys that end up in a log line or a traceback
    keys = SiteKeys.generate()

    shown = repr(keys) + str(keys) + f"{keys}"

    # Then no form of the secrets appears, only the public fingerprint
    for secret in (keys.signing_seed, keys.box_secret):
        for form in (repr(secret), secret.hex(), _b64(secret), str(list(secret))):
            assert form not in shown
    assert keys.public.fingerprint in shown
