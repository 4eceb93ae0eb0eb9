"""Frozen dataclasses to plain JSON values and back, driven by their type hints.

Used where a structured value is stored as one document (the content of the minutes) and where
a canonical text is hashed. Dates and times become ISO text, UUIDs their canonical text, enums
their values, tuples lists.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date, time
from enum import Enum
from functools import cache
from typing import Any, TypeVar
from uuid import UUID

T = TypeVar("T")


def to_plain(value: Any) -> Any:
    if value is None or (isinstance(value, (str, int, float)) and not isinstance(value, Enum)):
        return value  # most of a document: answered before the slower tests below
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    return value


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_plain(hint: Any, value: Any) -> Any:
    """``value`` (as written by ``to_plain``) read back as ``hint``; a field missing from a
    stored document takes its default, so documents written by an older release still load."""
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [h for h in typing.get_args(hint) if h is not type(None)]
        return from_plain(inner[0], value)
    if origin is tuple:
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(from_plain(args[0], v) for v in value)
        return tuple(from_plain(h, v) for h, v in zip(args, value, strict=True))
    if isinstance(hint, type):
        if dataclasses.is_dataclass(hint):
            hints = _hints(hint)
            known = {f.name for f in dataclasses.fields(hint)}
            return hint(**{k: from_plain(hints[k], v) for k, v in value.items() if k in known})
        if issubclass(hint, Enum):
            return hint(value)
        if hint is date:
            return date.fromisoformat(value)
        if hint is time:
            return time.fromisoformat(value)
        if hint is UUID:
            return UUID(value)
    return value


def load(cls: type[T], value: dict[str, Any]) -> T:
    return typing.cast(T, from_plain(cls, value))
