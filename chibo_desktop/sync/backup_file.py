"""A backup sealed with a password, for a USB stick (nothing leaves the machine readable).

The key is derived from the password with Argon2id (PyNaCl ``pwhash``; a random salt and the
cost are kept in the file's first line), and the database is sealed in chunks with libsodium's
``secretstream`` (XChaCha20-Poly1305): every chunk is authenticated, the chunks cannot be
reordered, and the last one is marked, so a file cut short on a pulled-out stick is refused
rather than read as a smaller database. A backup of a province is more than a gigabyte, so it
is never held in memory whole.

File: a ``CHIBO-BACKUP`` line; a JSON line (format, cost, salt, stream header, plain size); an
empty message authenticating that line (a wrong password fails there, damaged content only
later); then the sealed chunks, the last marked final. The size makes a cut-short file known
by its length.
"""

from __future__ import annotations

import base64
import errno
import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO

import nacl.bindings as sodium
import nacl.exceptions
import nacl.pwhash.argon2id as argon2id
import nacl.utils

SUFFIX = ".chibo-backup"
MAGIC = b"CHIBO-BACKUP\n"
FORMAT = 1
CHUNK = 1 << 20  # plain bytes per chunk
_ABYTES = sodium.crypto_secretstream_xchacha20poly1305_ABYTES
_SEALED_CHUNK = CHUNK + _ABYTES
_MAX_HEADER_LINE = 1024
_FINAL = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
_MESSAGE = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE


@dataclass(frozen=True, slots=True)
class Cost:
    """Argon2id's work: the moderate level takes about a second and 256 MiB on an office PC,
    which makes guessing passwords slow without making the clerk wait long."""

    opslimit: int = argon2id.OPSLIMIT_MODERATE
    memlimit: int = argon2id.MEMLIMIT_MODERATE


DEFAULT_COST = Cost()
# The most a file may ask for: a file made to look like a backup must not make this PC derive a
# key for minutes or run out of memory.
MAX_COST = Cost(argon2id.OPSLIMIT_SENSITIVE, argon2id.MEMLIMIT_SENSITIVE)


@dataclass(frozen=True, slots=True)
class Sealed:
    key: bytes  # to read the file back (``open_sealed(..., key=...)``) without deriving it again
    sha256: str  # of the plain bytes


class BackupFileRejected(Exception):
    """The file cannot be opened: ``code`` says why (not_a_backup, unknown_format,
    wrong_password, truncated, damaged)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def seal(
    source: BinaryIO,
    target: BinaryIO,
    password: str,
    cost: Cost = DEFAULT_COST,
    progress: Callable[[int], None] | None = None,
) -> Sealed:
    """Write the file ``source`` sealed with ``password`` to ``target``; ``progress`` is told
    the plain bytes sealed so far."""
    size = os.fstat(source.fileno()).st_size
    salt = nacl.utils.random(argon2id.SALTBYTES)
    key = _derive(password, salt, cost)
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    stream_header = sodium.crypto_secretstream_xchacha20poly1305_init_push(state, key)
    line = _header_line(cost, salt, stream_header, size)
    target.write(MAGIC + line)
    # An empty first message vouches for the header line and tells a wrong password apart from
    # damaged content (which only the later messages can be).
    target.write(sodium.crypto_secretstream_xchacha20poly1305_push(state, b"", line, _MESSAGE))
    digest = hashlib.sha256()
    done = 0
    for n in range(_chunks(size)):
        chunk = source.read(CHUNK)
        last = n == _chunks(size) - 1
        if len(chunk) != (size - done if last else CHUNK):
            raise OSError(errno.EIO, "the file changed while it was sealed")
        digest.update(chunk)
        target.write(
            sodium.crypto_secretstream_xchacha20poly1305_push(
                state, chunk, None, _FINAL if last else _MESSAGE
            )
        )
        done += len(chunk)
        if progress is not None:
            progress(done)
    return Sealed(key, digest.hexdigest())


def open_sealed(
    source: BinaryIO,
    target: BinaryIO | None,
    password: str = "",
    key: bytes | None = None,
    max_cost: Cost = MAX_COST,
) -> str:
    """Read the sealed file ``source`` into ``target`` (or only check it, when None); returns
    the SHA-256 of the plain bytes. Raises ``BackupFileRejected``; ``target`` may then hold part
    of the plain bytes, which the caller throws away."""
    if source.read(len(MAGIC)) != MAGIC:
        raise BackupFileRejected("not_a_backup")
    line = source.readline(_MAX_HEADER_LINE)
    cost, salt, stream_header, size = _parse_header_line(line, max_cost)
    # Its length says whether the file is whole before any key is derived.
    expected = len(MAGIC) + len(line) + _ABYTES * (1 + _chunks(size)) + size
    found = os.fstat(source.fileno()).st_size
    if found != expected:
        raise BackupFileRejected("truncated" if found < expected else "damaged")
    if key is None:
        key = _derive(password, salt, cost)
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    sodium.crypto_secretstream_xchacha20poly1305_init_pull(state, stream_header, key)
    try:
        sodium.crypto_secretstream_xchacha20poly1305_pull(state, source.read(_ABYTES), line)
    except nacl.exceptions.CryptoError:
        raise BackupFileRejected("wrong_password") from None
    digest = hashlib.sha256()
    for n in range(_chunks(size)):
        try:
            plain, tag = sodium.crypto_secretstream_xchacha20poly1305_pull(
                state, source.read(_SEALED_CHUNK)
            )
        except nacl.exceptions.CryptoError:
            raise BackupFileRejected("damaged") from None
        if (tag == _FINAL) != (n == _chunks(size) - 1):
            raise BackupFileRejected("damaged")
        digest.update(plain)
        if target is not None:
            target.write(plain)
    return digest.hexdigest()


def _chunks(size: int) -> int:
    """How many messages ``size`` plain bytes are sealed in (an empty file: one, empty)."""
    return max(1, -(-size // CHUNK))


def _derive(password: str, salt: bytes, cost: Cost) -> bytes:
    return argon2id.kdf(
        sodium.crypto_secretstream_xchacha20poly1305_KEYBYTES,
        password.encode("utf-8"),
        salt,
        opslimit=cost.opslimit,
        memlimit=cost.memlimit,
    )


def _header_line(cost: Cost, salt: bytes, stream_header: bytes, size: int) -> bytes:
    document = {
        "size": size,
        "format": FORMAT,
        "kdf": "argon2id",
        "opslimit": cost.opslimit,
        "memlimit": cost.memlimit,
        "salt": base64.b64encode(salt).decode("ascii"),
        "stream": base64.b64encode(stream_header).decode("ascii"),
        "chunk": CHUNK,
    }
    return json.dumps(document, sort_keys=True).encode("ascii") + b"\n"


def _parse_header_line(line: bytes, max_cost: Cost) -> tuple[Cost, bytes, bytes, int]:
    if not line.endswith(b"\n"):
        raise BackupFileRejected("truncated" if len(line) < _MAX_HEADER_LINE else "not_a_backup")
    try:
        document = json.loads(line)
        if document["format"] != FORMAT:
            raise BackupFileRejected("unknown_format")
        cost = Cost(int(document["opslimit"]), int(document["memlimit"]))
        salt = base64.b64decode(document["salt"], validate=True)
        stream_header = base64.b64decode(document["stream"], validate=True)
        chunk = document["chunk"]
        size = document["size"]
    except (ValueError, KeyError, TypeError):
        raise BackupFileRejected("not_a_backup") from None
    if not (
        argon2id.OPSLIMIT_MIN <= cost.opslimit <= max_cost.opslimit
        and argon2id.MEMLIMIT_MIN <= cost.memlimit <= max_cost.memlimit
        and len(salt) == argon2id.SALTBYTES
        and len(stream_header) == sodium.crypto_secretstream_xchacha20poly1305_HEADERBYTES
        and chunk == CHUNK
        and isinstance(size, int)
        and size >= 0
    ):
        raise BackupFileRejected("not_a_backup")
    return cost, salt, stream_header, size
