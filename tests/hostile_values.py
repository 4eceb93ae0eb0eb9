"""What a hostile or broken file may hold where the program expects a value: the strategies the
fuzz tests of every reader share, and their settings (enough examples to find what breaks, few
enough that the whole set stays well under a minute in the normal run)."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# The tests open a real database once and run every example against it, hence the health check
# on function-scoped fixtures is off: the state each example starts from is checked in it.
FUZZ = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Text as any program may write it: every character UTF-8 can carry (lone surrogates cannot).
any_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)

# Values that sit on the edges of what a column or a field accepts.
TRICKY_TEXTS = (
    "",
    " ",
    "0",
    "-1",
    "1e309",
    "NaN",
    "null",
    "{}",
    "[]",
    "2026-02-30",
    "2026-13-01",
    "0001-01-01",
    "9999-12-31",
    "2026-11-21T25:61:00",
    "2026-11-21T09:15:00+07:00",
    "31/02/1980",
    "00000000000000000000000000000000",
    "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF",
    "../../../Windows/System32",
    "CON",
    "\x00",
    "\u202e",
    "A" * 3000,
    "001186012345",
    "male",
    "cell",
    "application/x-msdownload",
)
tricky_text = st.sampled_from(TRICKY_TEXTS)
hex_ids = st.binary(min_size=16, max_size=16).map(bytes.hex)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.integers(min_value=-3, max_value=3),
    st.floats(allow_nan=False, allow_infinity=False),
    any_text,
    tricky_text,
    hex_ids,
)


# Integers at the edges of SQLite's (signed 64-bit) and of JSON's, and of the program's counts.
edge_integers = (
    st.sampled_from(
        [0, -1, 1, 2**31, 2**53 + 1, 2**62, 2**63 - 1, 2**63, -(2**63), -(2**63) - 1, 2**70]
    )
    | st.integers()
)


def like(value: Any) -> st.SearchStrategy[Any]:
    """Values of the same JSON type as ``value`` that a check of the type alone lets through."""
    if isinstance(value, bool):
        return st.booleans() | st.sampled_from([0, 1, 2])
    if isinstance(value, int):
        return edge_integers
    if isinstance(value, float):
        return st.floats(allow_nan=False, allow_infinity=False) | edge_integers
    if isinstance(value, str):
        return any_text | tricky_text | hex_ids
    return scalars


def json_values(max_leaves: int = 12) -> st.SearchStrategy[Any]:
    """Any JSON document: scalars, and lists and objects of them."""
    return st.recursive(
        scalars,
        lambda children: (
            st.lists(children, max_size=4)
            | st.dictionaries(any_text | tricky_text, children, max_size=4)
        ),
        max_leaves=max_leaves,
    )
