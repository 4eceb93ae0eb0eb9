"""USB packages: one signed file whose payload only the recipient can read.

Layout, integers big-endian::

    MAGIC  b"CHIBOPKG"                                  8 bytes
    u32    header length H                              1 .. MAX_HEADER_BYTES
    H      header: UTF-8 JSON object                    readable; no names of people, no ID numbers
    u64    ciphertext length C
    C      SealedBox(recipient, zlib(UTF-8 JSON of the payload))
    64     Ed25519 signature over every byte before it

Sticks get lost, pulled out mid-write, infected and mixed up, so reading trusts nothing. The
structure and the lengths are checked first, then the recipient, the size limits and the signature;
only a package that passed all of these is decrypted, decompressed (bounded) and parsed. Every
problem raises ``PackageRejected`` with a stable code that the interface translates.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import unicodedata
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from uuid import UUID

import nacl.exceptions

from chibo_desktop.sync.fields import (
    Invalid,
    Rejected,
    canonical_json,
    document_problem,
    enum_field,
    int_field,
    keys_field,
    load_strict_json,
    optional_uuid_field,
    text_field,
    utc_field,
    utc_text,
    uuid_field,
)
from chibo_desktop.sync.keys import SIGNATURE_BYTES, PublicKeys, SiteKeys, seal
from chibo_desktop.sync.keys import verify as verify_signature

MAGIC = b"CHIBOPKG"
FORMAT_VERSION = 1
MAX_HEADER_BYTES = 65_536
MAX_JSON_DEPTH = 64
PACKAGE_SUFFIX = ".chibo"

_HEADER_LENGTH_BYTES = 4
_CIPHERTEXT_LENGTH_BYTES = 8
_HEADER_START = len(MAGIC) + _HEADER_LENGTH_BYTES
_MAX_NAME_CHARS = 500
_MAX_CODE_CHARS = 200
_TABLE_NAME = re.compile(r"[a-z][a-z0-9_]{0,63}")
_FINGERPRINT = re.compile(r"[0-9a-f]{64}")

REJECTION_CODES = frozenset(
    {
        "not_a_package",
        "truncated",
        "trailing_bytes",
        "malformed_header",
        "unknown_format",
        "too_large",
        "wrong_recipient",
        "bad_signature",
        "undecryptable",
        "payload_too_large",
        "malformed_payload",
    }
)


class PackageRejected(Rejected):
    """A file that cannot be accepted as a package; ``code`` is one of ``REJECTION_CODES``."""


class PackageKind(StrEnum):
    DATA = "data"  # a commune's records, up
    RECEIPT = "receipt"  # what the upper level applied, down (with its decisions)
    DECISIONS = "decisions"  # the upper level's decisions on a commune's levels, down
    TRANSFER = "transfer"


@dataclass(frozen=True, slots=True)
class PackageHeader:
    """The readable part of a package. It names offices, units and counts; never people."""

    format: int
    kind: PackageKind
    package_id: UUID
    sender_site: UUID
    sender_name: str  # the office, e.g. "Văn phòng Đảng ủy xã Tân Lập" (NFC)
    sender_unit: UUID | None  # the root unit the sender owns
    sender_unit_code: str
    sender_epoch: int
    sender_keys: PublicKeys  # lets a first package be enrolled once the fingerprint is confirmed
    recipient_fingerprint: str  # PublicKeys.fingerprint of the recipient
    sequence: int  # 1, 2, 3 … per (sender, recipient)
    created_at: datetime  # timezone-aware UTC
    counts: dict[str, int] = field(default_factory=dict)  # records per table name
    # Length of the UTF-8 JSON payload before compression: lets a reader refuse an oversized
    # package before decrypting it, and catches a payload that inflates to something else.
    payload_bytes: int = 0


_HEADER_FIELDS = frozenset(f.name for f in fields(PackageHeader))


@dataclass(frozen=True, slots=True)
class Limits:
    """What a reader accepts; the defaults are far above a province's data."""

    max_file_bytes: int = 256 * 1024 * 1024
    max_payload_bytes: int = 1024 * 1024 * 1024  # decompressed JSON text
    max_compressed_bytes: int = 256 * 1024 * 1024


DEFAULT_LIMITS = Limits()


# -- payload structure -------------------------------------------------------------------------
def _too_deep(value: object, limit: int = MAX_JSON_DEPTH) -> bool:
    """Whether arrays/objects nest deeper than ``limit``; iterative, so any depth is safe. JSON
    gives only dicts and lists as containers, and a type test is far quicker than an ABC check
    on the hundreds of thousands of values of a commune's package."""
    if type(value) is not dict and type(value) is not list:
        return False
    stack: list[tuple[dict[str, object] | list[object], int]] = [(value, 1)]  # type: ignore[list-item]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return True
        children = item.values() if type(item) is dict else item  # type: ignore[union-attr]
        if _CONTAINERS.isdisjoint(map(type, children)):
            continue  # a record's row: no container in it, told without a Python loop
        for child in children:
            if type(child) is dict or type(child) is list:
                stack.append((child, depth + 1))
    return False


_CONTAINERS = frozenset((dict, list))


# -- the header --------------------------------------------------------------------------------
def _header_document(header: PackageHeader) -> dict[str, object]:
    return {
        "format": header.format,
        "kind": PackageKind(header.kind).value,
        "package_id": str(header.package_id),
        "sender_site": str(header.sender_site),
        "sender_name": header.sender_name,
        "sender_unit": None if header.sender_unit is None else str(header.sender_unit),
        "sender_unit_code": header.sender_unit_code,
        "sender_epoch": header.sender_epoch,
        "sender_keys": header.sender_keys.to_text(),
        "recipient_fingerprint": header.recipient_fingerprint,
        "sequence": header.sequence,
        "created_at": utc_text(header.created_at),
        "counts": dict(header.counts),
        "payload_bytes": header.payload_bytes,
    }


def _counts_field(value: object) -> dict[str, int]:
    if not isinstance(value, dict):
        raise Invalid("counts")
    counts: dict[str, int] = {}
    for table, count in value.items():
        # Table names only: the header is readable by anyone holding the stick.
        if not _TABLE_NAME.fullmatch(table):
            raise Invalid("counts")
        counts[table] = int_field(count, "counts")
    return counts


def _fingerprint_field(value: object) -> str:
    if not isinstance(value, str) or not _FINGERPRINT.fullmatch(value):
        raise Invalid("recipient_fingerprint")
    return value


def _parse_header(raw: bytes) -> PackageHeader:
    try:
        document = load_strict_json(raw.decode("utf-8"))
    except (ValueError, RecursionError) as error:  # UnicodeDecodeError is a ValueError
        raise PackageRejected("malformed_header") from error
    if not isinstance(document, dict):
        raise PackageRejected("malformed_header")
    problem = document_problem(document, FORMAT_VERSION, _HEADER_FIELDS)
    if problem is not None:
        code, params = problem
        raise PackageRejected("malformed_header" if code == "malformed" else code, **params)
    try:
        return PackageHeader(
            format=FORMAT_VERSION,
            kind=enum_field(PackageKind, document["kind"], "kind"),
            package_id=uuid_field(document["package_id"], "package_id"),
            sender_site=uuid_field(document["sender_site"], "sender_site"),
            sender_name=text_field(
                document["sender_name"], "sender_name", max_chars=_MAX_NAME_CHARS
            ),
            sender_unit=optional_uuid_field(document["sender_unit"], "sender_unit"),
            sender_unit_code=text_field(
                document["sender_unit_code"],
                "sender_unit_code",
                max_chars=_MAX_CODE_CHARS,
                allow_empty=True,
            ),
            sender_epoch=int_field(document["sender_epoch"], "sender_epoch"),
            sender_keys=keys_field(document["sender_keys"], "sender_keys"),
            recipient_fingerprint=_fingerprint_field(document["recipient_fingerprint"]),
            sequence=int_field(document["sequence"], "sequence", minimum=1),
            created_at=utc_field(document["created_at"], "created_at"),
            counts=_counts_field(document["counts"]),
            payload_bytes=int_field(document["payload_bytes"], "payload_bytes"),
        )
    except Invalid as error:
        raise PackageRejected("malformed_header", field=str(error)) from error


# -- building ----------------------------------------------------------------------------------
def build_package(
    header: PackageHeader,
    payload: Mapping[str, object],
    sender: SiteKeys,
    recipient: PublicKeys,
) -> bytes:
    """The bytes of a package: ``header`` (with ``payload_bytes`` computed here) in the clear,
    ``payload`` sealed to ``recipient``, everything signed by ``sender``.

    A header that does not match the keys, or that a reader would reject, raises ValueError:
    that is a programming error, better found here than at the province.
    """
    if header.recipient_fingerprint != recipient.fingerprint:
        raise ValueError("the header names another recipient than the key given")
    if header.sender_keys != sender.public:
        raise ValueError("the header carries other sender keys than the ones signing")
    if not isinstance(payload, Mapping):
        raise TypeError("the payload must be a mapping")
    if _too_deep(payload):
        raise ValueError(f"the payload nests deeper than {MAX_JSON_DEPTH} levels")
    plaintext = canonical_json(dict(payload))
    header = replace(header, payload_bytes=len(plaintext))
    header_bytes = canonical_json(_header_document(header))
    if len(header_bytes) > MAX_HEADER_BYTES:
        raise ValueError(f"the header is over {MAX_HEADER_BYTES} bytes")
    try:
        reread = _parse_header(header_bytes)
    except PackageRejected as rejected:
        raise ValueError(f"a reader would reject this header: {rejected}") from rejected
    if reread != header:
        raise ValueError("the header does not survive a round trip")
    ciphertext = seal(recipient, zlib.compress(plaintext))
    signed = b"".join(
        (
            MAGIC,
            len(header_bytes).to_bytes(_HEADER_LENGTH_BYTES, "big"),
            header_bytes,
            len(ciphertext).to_bytes(_CIPHERTEXT_LENGTH_BYTES, "big"),
            ciphertext,
        )
    )
    return signed + sender.sign(signed)


# -- reading -----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Layout:
    header_end: int  # the header is data[_HEADER_START:header_end]
    signed_end: int  # the ciphertext ends here and the signature begins

    @property
    def ciphertext_start(self) -> int:
        return self.header_end + _CIPHERTEXT_LENGTH_BYTES


def _layout(data: bytes, limits: Limits) -> _Layout:
    """Check the magic and that the lengths inside add up to the file's length exactly."""
    if not isinstance(data, bytes):
        raise TypeError("a package is read from bytes")
    size = len(data)
    if size < len(MAGIC) or data[: len(MAGIC)] != MAGIC:
        raise PackageRejected("not_a_package")
    if size > limits.max_file_bytes:
        raise PackageRejected("too_large", what="file", limit=limits.max_file_bytes, size=size)
    if size < _HEADER_START:
        raise PackageRejected("truncated", size=size)
    header_length = int.from_bytes(data[len(MAGIC) : _HEADER_START], "big")
    if header_length == 0:
        raise PackageRejected("malformed_header")
    if header_length > MAX_HEADER_BYTES:
        raise PackageRejected(
            "too_large", what="header", limit=MAX_HEADER_BYTES, size=header_length
        )
    header_end = _HEADER_START + header_length
    if size < header_end + _CIPHERTEXT_LENGTH_BYTES:
        raise PackageRejected("truncated", size=size)
    ciphertext_length = int.from_bytes(
        data[header_end : header_end + _CIPHERTEXT_LENGTH_BYTES], "big"
    )
    if ciphertext_length > limits.max_compressed_bytes:
        raise PackageRejected(
            "too_large",
            what="ciphertext",
            limit=limits.max_compressed_bytes,
            size=ciphertext_length,
        )
    signed_end = header_end + _CIPHERTEXT_LENGTH_BYTES + ciphertext_length
    expected = signed_end + SIGNATURE_BYTES
    if size < expected:
        raise PackageRejected("truncated", size=size, expected=expected)
    if size > expected:
        raise PackageRejected("trailing_bytes", size=size, expected=expected)
    return _Layout(header_end=header_end, signed_end=signed_end)


def _check_payload_limit(header: PackageHeader, limits: Limits) -> None:
    if header.payload_bytes > limits.max_payload_bytes:
        raise PackageRejected(
            "too_large",
            what="payload",
            limit=limits.max_payload_bytes,
            size=header.payload_bytes,
        )


def read_header(data: bytes, limits: Limits = DEFAULT_LIMITS) -> PackageHeader:
    """The header of a package, after checking its structure and declared sizes.

    The signature is NOT checked here: the header names the sender, whose enrolled key the caller
    looks up before ``verify_and_open``. Until then nothing in the header is to be trusted.
    """
    layout = _layout(data, limits)
    header = _parse_header(data[_HEADER_START : layout.header_end])
    _check_payload_limit(header, limits)
    return header


def _inflate(compressed: bytes, limit: int) -> bytes:
    """zlib-decompress, producing at most ``limit + 1`` bytes whatever the input (zip bombs)."""
    inflater = zlib.decompressobj()
    parts: list[bytes] = []
    produced = 0
    pending = compressed
    try:
        while not inflater.eof:
            chunk = inflater.decompress(pending, limit + 1 - produced)
            produced += len(chunk)
            if produced > limit:
                raise PackageRejected("payload_too_large", limit=limit)
            parts.append(chunk)
            tail = inflater.unconsumed_tail
            if not chunk and len(tail) >= len(pending):
                break  # no progress: the stream ends before its end marker
            pending = tail
    except zlib.error as error:
        raise PackageRejected("malformed_payload", reason="zlib") from error
    if not inflater.eof or inflater.unused_data:
        raise PackageRejected("malformed_payload", reason="zlib")
    return b"".join(parts)


def verify_package(
    data: bytes,
    header: PackageHeader,
    sender_keys: PublicKeys,
    recipient: SiteKeys,
    limits: Limits = DEFAULT_LIMITS,
) -> None:
    """Prove a package whose header ``read_header`` gave is for ``recipient``, within
    ``limits`` and signed with ``sender_keys`` (the sender's enrolled keys, not the ones its
    header claims), without decrypting anything; raises ``PackageRejected`` otherwise."""
    if header.recipient_fingerprint != recipient.public.fingerprint:
        raise PackageRejected("wrong_recipient")
    layout = _layout(data, limits)
    if _parse_header(data[_HEADER_START : layout.header_end]) != header:
        raise ValueError("the header given was not read from this package")
    _check_payload_limit(header, limits)
    if not verify_signature(sender_keys, data[: layout.signed_end], data[layout.signed_end :]):
        raise PackageRejected("bad_signature")


def verify_and_open(
    data: bytes,
    header: PackageHeader,
    sender_keys: PublicKeys,
    recipient: SiteKeys,
    limits: Limits = DEFAULT_LIMITS,
) -> dict[str, object]:
    """The payload of a package, once ``verify_package`` has proven it. Only then is anything
    decrypted or parsed."""
    verify_package(data, header, sender_keys, recipient, limits)
    layout = _layout(data, limits)
    try:
        compressed = recipient.open_sealed(data[layout.ciphertext_start : layout.signed_end])
    except nacl.exceptions.CryptoError as error:
        raise PackageRejected("undecryptable") from error
    plaintext = _inflate(compressed, limits.max_payload_bytes)
    del compressed
    if len(plaintext) != header.payload_bytes:
        raise PackageRejected(
            "malformed_payload", reason="length", declared=header.payload_bytes, size=len(plaintext)
        )
    try:
        # Duplicate keys are allowed here: the payload is signed, and a hook per object would
        # slow a province-sized payload down for nothing.
        payload = load_strict_json(plaintext.decode("utf-8"), unique_keys=False)
    except (ValueError, RecursionError) as error:
        raise PackageRejected("malformed_payload", reason="json") from error
    if _too_deep(payload):
        raise PackageRejected("malformed_payload", reason="depth", limit=MAX_JSON_DEPTH)
    if not isinstance(payload, dict):
        raise PackageRejected("malformed_payload", reason="not_an_object")
    return payload


# -- files -------------------------------------------------------------------------------------
_NOT_NAME_SAFE = re.compile(r"[^A-Za-z0-9-]+")
_MAX_SLUG_CHARS = 40


def _ascii_slug(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    letters = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    slug = _NOT_NAME_SAFE.sub("-", letters).strip("-")
    return slug[:_MAX_SLUG_CHARS].rstrip("-")


def package_file_name(header: PackageHeader) -> str:
    """A file name safe on FAT sticks and every OS, e.g.
    ``chibo-data-DB-XA-TAN-LAP-00003-20250301-091500-A7E3F643.chibo``. It ends with the start of
    the recipient's fingerprint: the province's receipts for several communes, written in the
    same second with the same number, must not overwrite each other on the stick."""
    unit = _ascii_slug(header.sender_unit_code) or "site"
    stamp = header.created_at.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    kind = PackageKind(header.kind).value
    to = _ascii_slug(header.recipient_fingerprint[:8].upper()) or "X"
    return f"chibo-{kind}-{unit}-{header.sequence:05d}-{stamp}-{to}{PACKAGE_SUFFIX}"


def _fsync_directory(directory: Path) -> None:
    """Make the rename itself durable. Windows cannot open a directory as a file: skipped."""
    if os.name != "posix":
        return
    try:
        descriptor = os.open(directory, os.O_RDONLY)
    except PermissionError:
        return
    try:
        os.fsync(descriptor)
    except OSError as error:
        # Some file systems (and FAT drivers) do not support syncing a directory.
        if error.errno not in {errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP}:
            raise
    finally:
        os.close(descriptor)


def _read_back(path: Path) -> bytes:
    with open(path, "rb") as handle:
        if hasattr(os, "posix_fadvise"):
            # Drop the cached pages so the check reads what the stick holds, not our own writes.
            with contextlib.suppress(OSError):
                os.posix_fadvise(handle.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
        return handle.read()


def write_file_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that the file is either complete and verified or absent.

    Temporary ``<name>.partial`` → fsync → rename → fsync the folder → read back and compare. A
    stick pulled out half-way leaves at most a ``.partial`` file, never a short package under the
    real name. Any failure raises OSError and removes what was written.
    """
    partial = path.with_name(path.name + ".partial")
    replaced = False
    try:
        with open(partial, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
        replaced = True
        _fsync_directory(path.parent)
        if _read_back(path) != data:
            raise OSError(errno.EIO, "the file read back differs from what was written", str(path))
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        if replaced:
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)
        raise
