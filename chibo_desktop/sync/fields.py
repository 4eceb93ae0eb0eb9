"""Strict parsing of the JSON documents that arrive on a stick: headers and enrolment files.

A stick may carry anything, so every field is checked for its exact type, range and spelling; a
field that is wrong raises ``Invalid`` naming it, and the caller turns that into its own refusal.
"""

from __future__ import annotations

import json
import unicodedata
from datetime import UTC, datetime
from enum import StrEnum
from typing import TypeVar
from uuid import UUID

from chibo_desktop.sync.keys import KeyFormatError, PublicKeys

E = TypeVar("E", bound=StrEnum)

# Every number ends up in SQLite, whose integers are signed 64-bit.
_MAX_INT = 2**63 - 1
# Control, format (bidi overrides, zero-width) and surrogate characters: a header is shown to an
# operator who must not be misled by text that renders differently from what it holds.
_FORBIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs"})


class Rejected(Exception):
    """A file from outside that cannot be accepted; ``code`` says why (the ui words it)."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        if not self.params:
            return self.code
        details = ", ".join(f"{key}={value!r}" for key, value in sorted(self.params.items()))
        return f"{self.code} ({details})"


class Invalid(ValueError):
    """One field of a header or an enrolment is wrong; the message names the field."""


class DuplicateKey(ValueError):
    """A JSON object names one key twice."""


def _reject_constant(name: str) -> object:
    raise ValueError(f"{name} is not allowed in JSON")


def _unique_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    result = dict(pairs)
    if len(result) != len(pairs):
        # Two values for one key: readers would disagree on which one a signature vouched for.
        raise DuplicateKey("duplicate key in JSON object")
    return result


def load_strict_json(text: str, *, unique_keys: bool = True) -> object:
    """``json.loads`` without NaN/Infinity and, by default, without duplicate keys.

    Raises ValueError or RecursionError (nesting deeper than the interpreter allows).
    """
    return json.loads(
        text,
        parse_constant=_reject_constant,
        object_pairs_hook=_unique_keys if unique_keys else None,
    )


def canonical_json(document: object) -> bytes:
    text = json.dumps(
        document, ensure_ascii=False, separators=(",", ":"), sort_keys=True, allow_nan=False
    )
    return text.encode("utf-8")


def int_field(value: object, name: str, minimum: int = 0) -> int:
    # type() rather than isinstance(): bool is an int subclass, and JSON true is not a number.
    if type(value) is not int or not minimum <= value <= _MAX_INT:
        raise Invalid(name)
    return value


def text_field(value: object, name: str, *, max_chars: int, allow_empty: bool = False) -> str:
    if not isinstance(value, str) or len(value) > max_chars or (not value and not allow_empty):
        raise Invalid(name)
    if any(unicodedata.category(ch) in _FORBIDDEN_CATEGORIES for ch in value):
        raise Invalid(name)
    if not unicodedata.is_normalized("NFC", value):
        raise Invalid(name)
    return value


def enum_field(enum_class: type[E], value: object, name: str) -> E:
    """The member of ``enum_class`` whose value is the string ``value``."""
    if not isinstance(value, str):
        raise Invalid(name)
    try:
        return enum_class(value)
    except ValueError as error:
        raise Invalid(name) from error


def uuid_field(value: object, name: str) -> UUID:
    # Only the canonical lowercase spelling, so one id has exactly one text form.
    if not isinstance(value, str) or len(value) != 36:
        raise Invalid(name)
    try:
        parsed = UUID(value)
    except ValueError as error:
        raise Invalid(name) from error
    if str(parsed) != value:
        raise Invalid(name)
    return parsed


def optional_uuid_field(value: object, name: str) -> UUID | None:
    return None if value is None else uuid_field(value, name)


def utc_field(value: object, name: str) -> datetime:
    if not isinstance(value, str) or not 10 <= len(value) <= 64 or not value.isascii():
        raise Invalid(name)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as error:
        raise Invalid(name) from error
    if parsed.tzinfo is None or parsed.utcoffset():
        raise Invalid(name)
    return parsed.astimezone(UTC)


def keys_field(value: object, name: str) -> PublicKeys:
    try:
        return PublicKeys.from_text(value)
    except KeyFormatError as error:
        raise Invalid(name) from error


def utc_text(moment: datetime) -> str:
    if moment.tzinfo is None or moment.utcoffset():
        raise ValueError("times in sync files must be timezone-aware UTC")
    return moment.astimezone(UTC).isoformat()


def document_problem(
    document: dict[str, object], version: int, names: frozenset[str]
) -> tuple[str, dict[str, object]] | None:
    """What is wrong with a versioned JSON object as a whole: ``("unknown_format", …)`` for
    another version, ``("malformed", …)`` for a format that is no number or fields other than
    ``names``; None when it can be read field by field. The format is looked at first, so that a
    newer program's file says so instead of looking damaged."""
    found = document.get("format")
    if type(found) is not int:
        return "malformed", {"field": "format"}
    if found != version:
        return "unknown_format", {"format": found}
    if set(document) != names:
        missing, unexpected = sorted(names - set(document)), sorted(set(document) - names)
        return "malformed", {"missing": missing, "unexpected": unexpected}
    return None
