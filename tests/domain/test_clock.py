"""The hybrid logical clock: stamps never go backwards, whatever the PC clock does."""

from __future__ import annotations

import itertools

from chibo_desktop.domain.clock import COUNTER_BITS, HybridLogicalClock, stamp_millis


class FakeWallClock:
    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def test_follows_the_wall_clock_while_it_moves_forward() -> None:
    wall = FakeWallClock(1_700_000_000_000)
    clock = HybridLogicalClock(wall)
    first = clock.tick()
    assert stamp_millis(first) == 1_700_000_000_000
    wall.ms += 5
    second = clock.tick()
    assert stamp_millis(second) == 1_700_000_000_005
    assert second > first


def test_same_millisecond_counts_up() -> None:
    clock = HybridLogicalClock(FakeWallClock(1_700_000_000_000))
    stamps = [clock.tick() for _ in range(1000)]
    assert stamps == sorted(set(stamps))
    assert stamps[-1] - stamps[0] == 999
    assert all(stamp_millis(s) == 1_700_000_000_000 for s in stamps)


def test_monotonic_when_the_wall_clock_goes_backwards() -> None:
    # Given a PC whose clock is set back by a day (a flat CMOS battery, a manual change)
    wall = FakeWallClock(1_700_000_000_000)
    clock = HybridLogicalClock(wall)
    before = [clock.tick() for _ in range(3)]
    wall.ms -= 86_400_000

    # When more records are written
    after = [clock.tick() for _ in range(3)]

    # Then every stamp is still greater than the last one
    stamps = before + after
    assert all(b > a for a, b in itertools.pairwise(stamps))
    # and once the wall clock overtakes the stamps again, the clock follows it
    wall.ms += 2 * 86_400_000
    assert stamp_millis(clock.tick()) == wall.ms


def test_observe_advances_past_a_seen_stamp() -> None:
    # Given a package from a PC whose clock runs an hour ahead
    clock = HybridLogicalClock(FakeWallClock(1_700_000_000_000))
    local = clock.tick()
    seen = (1_700_003_600_000 << COUNTER_BITS) + 7

    # When its stamps are observed
    clock.observe(seen)

    # Then the next local stamp is greater than what was seen
    assert clock.last == seen
    assert clock.tick() == seen + 1
    assert clock.tick() > seen > local


def test_observe_an_older_stamp_changes_nothing() -> None:
    clock = HybridLogicalClock(FakeWallClock(1_700_000_000_000))
    last = clock.tick()
    clock.observe(last - 1_000_000)
    assert clock.last == last
    assert clock.tick() == last + 1


def test_starts_after_a_given_last_stamp() -> None:
    # A database is reopened: the clock resumes after the newest stamp stored in it
    stored = (1_800_000_000_000 << COUNTER_BITS) + 3
    clock = HybridLogicalClock(FakeWallClock(1_700_000_000_000), last=stored)
    assert clock.tick() == stored + 1
