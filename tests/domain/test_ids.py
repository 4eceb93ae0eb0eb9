"""Record ids: UUIDv7 (RFC 9562), ordered by the moment they were made."""

from __future__ import annotations

import itertools
import uuid

import pytest

from chibo_desktop.domain import entities
from chibo_desktop.domain.entities import UUID7_RANDOM_BITS, new_id, uuid7


def unix_ms(value: uuid.UUID) -> int:
    return value.int >> 80


class FakeWallClock:
    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def faked(monkeypatch: pytest.MonkeyPatch, ms: int) -> FakeWallClock:
    """A wall clock for new_id, and a fresh start for it (both undone after the test)."""
    wall = FakeWallClock(ms)
    monkeypatch.setattr(entities, "wall_clock_ms", wall)
    monkeypatch.setattr(entities, "_last_id_ms", 0)
    return wall


def test_new_ids_are_version_7_of_the_rfc_variant_and_unique() -> None:
    ids = [new_id() for _ in range(1000)]
    assert {i.version for i in ids} == {7}
    assert {i.variant for i in ids} == {uuid.RFC_4122}
    assert len(set(ids)) == len(ids)
    # Stored as 32 hex digits, like the UUIDv4 ids already in databases
    assert all(uuid.UUID(hex=i.hex) == i and len(i.hex) == 32 for i in ids)


def test_the_layout_of_rfc_9562() -> None:
    value = uuid7(0x0123_4567_89AB, (0xCDE << 62) | 0x3FED_CBA9_8765_4321)
    assert value.hex == "0123456789ab" + "7cde" + "bfedcba987654321"
    assert value.version == 7
    assert value.variant == uuid.RFC_4122


@pytest.mark.parametrize(("ms", "bits"), [(-1, 0), (1 << 48, 0), (0, -1), (0, 1 << 74)])
def test_out_of_range_parts_are_refused(ms: int, bits: int) -> None:
    with pytest.raises(ValueError):
        uuid7(ms, bits)


def test_a_later_millisecond_sorts_after_as_hex_text() -> None:
    # The largest random bits of one millisecond against the smallest of the next
    earlier = uuid7(1_700_000_000_000, (1 << UUID7_RANDOM_BITS) - 1)
    later = uuid7(1_700_000_000_001, 0)
    assert earlier.hex < later.hex
    assert earlier < later


def test_timestamps_follow_the_wall_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    wall = faked(monkeypatch, 1_700_000_000_000)
    first = new_id()
    wall.ms += 5
    second = new_id()
    assert (unix_ms(first), unix_ms(second)) == (1_700_000_000_000, 1_700_000_000_005)
    assert first.hex < second.hex


def test_successive_ids_never_go_back_in_time(monkeypatch: pytest.MonkeyPatch) -> None:
    # Given a PC whose clock is set back by a day between two records
    wall = faked(monkeypatch, 1_700_000_000_000)
    before = [new_id() for _ in range(3)]
    wall.ms -= 86_400_000

    # When more records are made
    after = [new_id() for _ in range(3)]

    # Then their timestamps do not go back
    stamps = [unix_ms(i) for i in before + after]
    assert all(a <= b for a, b in itertools.pairwise(stamps))
    # and once the wall clock overtakes the last id, they follow it again
    wall.ms += 2 * 86_400_000
    assert unix_ms(new_id()) == wall.ms


def test_real_time_ids_in_a_row() -> None:
    stamps = [unix_ms(new_id()) for _ in range(10_000)]
    assert all(a <= b for a, b in itertools.pairwise(stamps))
