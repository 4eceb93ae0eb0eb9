"""Frozen dataclasses to plain JSON values and back, driven by their type hints.

Used where a structured value is stored as one document (the content of the minutes) and where
a canonical text is hashed. Dates and times become ISO text, UUIDs their canonical text, enums
their values, tuples lists.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from datetime import date, time
from enum import Enum
from functools import cache
from typing import Any, TypeVar
from uuid import UUID

T = TypeVar("T")


def to_plain(value: Any) -> Any:
    if value is None or (isinstance(value, (str, int, float)) and not isinstance(value, Enum)):
        return value  # most of a document: answered before the slower tests below
    names = _field_names(type(value))
    if names is not None:  # a dataclass instance (a dataclass itself is a type: not one)
        return {name: to_plain(getattr(value, name)) for name in names}
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
def _field_names(cls: type) -> tuple[str, ...] | None:
    """The fields of a dataclass, None for any other class (asked once per class: a province's
    import reads and writes hundreds of thousands of documents' values)."""
    if not dataclasses.is_dataclass(cls):
        return None
    return tuple(f.name for f in dataclasses.fields(cls))


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_plain(hint: Any, value: Any) -> Any:
    """``value`` (as written by ``to_plain``) read back as ``hint``; a field missing from a
    stored document takes its default, so documents written by an older release still load."""
    if value is None:
        return None
    try:
        read = _reader(hint)
    except TypeError:  # a hint that cannot be a key of the cache
        read = _reader.__wrapped__(hint)
    return read(value)


def _same(value: Any) -> Any:
    return value


@cache
def _reader(hint: Any) -> Callable[[Any], Any]:
    """How a value (never None) is read back as ``hint``: worked out once per hint, the
    type tests being far slower than the reading itself."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [h for h in typing.get_args(hint) if h is not type(None)]
        return lambda value: from_plain(inner[0], value)
    if origin is tuple:
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            item = args[0]
            return lambda value: tuple(from_plain(item, v) for v in value)
        return lambda value: tuple(from_plain(h, v) for h, v in zip(args, value, strict=True))
    if isinstance(hint, type):
        if dataclasses.is_dataclass(hint):
            return _dataclass_reader(hint)
        if issubclass(hint, Enum):
            return hint
        if hint is date:
            return date.fromisoformat
        if hint is time:
            return time.fromisoformat
        if hint is UUID:
            return UUID
    return _same


def _dataclass_reader(cls: type) -> Callable[[Any], Any]:
    known = frozenset(_field_names(cls) or ())

    def read(value: Any) -> Any:
        hints = _hints(cls)
        return cls(**{k: from_plain(hints[k], v) for k, v in value.items() if k in known})

    return read


def load(cls: type[T], value: dict[str, Any]) -> T:
    return typing.cast(T, from_plain(cls, value))
