"""A site's keys: Ed25519 for signing packages, Curve25519 for sealing them to a recipient.

Each site makes its keys at set-up. Only the public half (``PublicKeys``) ever leaves the PC: in
an enrolment file and in the header of every package it sends. Operators compare the short
``display_fingerprint`` aloud or on paper before a key is trusted.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

import nacl.exceptions
import nacl.public
import nacl.signing

KEY_BYTES = 32
SIGNATURE_BYTES = 64


class KeyFormatError(ValueError):
    """Key material that is not what it claims to be (wrong type, length or encoding)."""


def _check_key(name: str, value: object) -> None:
    if not isinstance(value, bytes) or len(value) != KEY_BYTES:
        raise KeyFormatError(f"{name} must be {KEY_BYTES} bytes")


@dataclass(frozen=True, slots=True)
class PublicKeys:
    """The public half of a site's keys: what others verify its packages with and seal to."""

    verify_key: bytes  # Ed25519 verify key
    box_key: bytes  # Curve25519 public key for SealedBox

    def __post_init__(self) -> None:
        _check_key("verify_key", self.verify_key)
        _check_key("box_key", self.box_key)

    @property
    def fingerprint(self) -> str:
        """SHA-256 of both keys, 64 lowercase hex digits: the form package headers carry."""
        return hashlib.sha256(self.verify_key + self.box_key).hexdigest()

    @property
    def display_fingerprint(self) -> str:
        """The first 32 hex digits, upper case, in groups of four: what operators compare."""
        head = self.fingerprint[:32].upper()
        return " ".join(head[i : i + 4] for i in range(0, 32, 4))

    def to_text(self) -> dict[str, str]:
        return {
            "verify_key": base64.b64encode(self.verify_key).decode("ascii"),
            "box_key": base64.b64encode(self.box_key).decode("ascii"),
        }

    @classmethod
    def from_text(cls, data: object) -> PublicKeys:
        """The inverse of ``to_text``; raises ``KeyFormatError`` on anything else."""
        if not isinstance(data, dict):
            raise KeyFormatError("keys must be a JSON object")
        if set(data) != {"verify_key", "box_key"}:
            raise KeyFormatError("keys must hold exactly verify_key and box_key")
        return cls(
            verify_key=_decode_key("verify_key", data["verify_key"]),
            box_key=_decode_key("box_key", data["box_key"]),
        )


def _decode_key(name: str, value: object) -> bytes:
    if not isinstance(value, str) or not value.isascii():
        raise KeyFormatError(f"{name} must be base64 text")
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as error:
        raise KeyFormatError(f"{name} is not valid base64") from error
    # Only the canonical spelling: two texts for one key would make a signed document ambiguous.
    if base64.b64encode(raw).decode("ascii") != value:
        raise KeyFormatError(f"{name} is not canonical base64")
    _check_key(name, raw)
    return raw


@dataclass(frozen=True, slots=True, repr=False)
class SiteKeys:
    """The site's own private keys. Never written to a stick; ``repr`` never shows them."""

    signing_seed: bytes  # nacl.signing.SigningKey seed
    box_secret: bytes  # nacl.public.PrivateKey

    def __post_init__(self) -> None:
        _check_key("signing_seed", self.signing_seed)
        _check_key("box_secret", self.box_secret)

    def __repr__(self) -> str:
        return f"SiteKeys(fingerprint={self.public.fingerprint!r})"

    @classmethod
    def generate(cls) -> SiteKeys:
        return cls(
            signing_seed=bytes(nacl.signing.SigningKey.generate()),
            box_secret=bytes(nacl.public.PrivateKey.generate()),
        )

    @property
    def public(self) -> PublicKeys:
        return PublicKeys(
            verify_key=bytes(nacl.signing.SigningKey(self.signing_seed).verify_key),
            box_key=bytes(nacl.public.PrivateKey(self.box_secret).public_key),
        )

    def sign(self, message: bytes) -> bytes:
        """A detached Ed25519 signature (64 bytes)."""
        return nacl.signing.SigningKey(self.signing_seed).sign(message).signature

    def open_sealed(self, ciphertext: bytes) -> bytes:
        """Decrypt a SealedBox addressed to this site.

        Raises ``nacl.exceptions.CryptoError`` when it is not (or is damaged); the caller decides
        what that means for its file format.
        """
        return nacl.public.SealedBox(nacl.public.PrivateKey(self.box_secret)).decrypt(ciphertext)


def verify(public: PublicKeys, message: bytes, signature: bytes) -> bool:
    """Whether ``signature`` is a valid Ed25519 signature of ``message``; never raises."""
    if not isinstance(message, bytes) or not isinstance(signature, bytes):
        return False
    if len(signature) != SIGNATURE_BYTES:
        return False
    try:
        nacl.signing.VerifyKey(public.verify_key).verify(message, signature)
    except (nacl.exceptions.CryptoError, ValueError, TypeError):
        return False
    return True


def seal(recipient: PublicKeys, plaintext: bytes) -> bytes:
    """Encrypt to the recipient's box key; only its secret key can open the result."""
    if not isinstance(plaintext, bytes):
        raise TypeError("plaintext must be bytes")
    try:
        return nacl.public.SealedBox(nacl.public.PublicKey(recipient.box_key)).encrypt(plaintext)
    except nacl.exceptions.RuntimeError as error:
        # libsodium refuses low-order points: a key that was never a real public key.
        raise KeyFormatError("the recipient's box key cannot be sealed to") from error
