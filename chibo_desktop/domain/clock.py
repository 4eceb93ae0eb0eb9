"""Hybrid logical clock: version stamps that never go backwards.

A stamp is one integer: wall-clock milliseconds shifted left 16 bits, plus a counter. It follows
the wall clock while the clock moves forward, and keeps increasing when the PC clock is set back or
when an imported package carries stamps from a PC whose clock runs ahead.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

COUNTER_BITS = 16
# Stamps are stored as SQLite integers (signed 64 bits). A stamp read from elsewhere above this
# is refused: observed, it would leave too little room for the next stamps (2**62 is the year
# 4199 in milliseconds), and at 2**63 every later write would fail.
MAX_STAMP = 2**62 - 1


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridLogicalClock:
    def __init__(self, now_ms: Callable[[], int] = wall_clock_ms, last: int = 0) -> None:
        self._now_ms = now_ms
        self._last = last
        self._lock = threading.Lock()

    @property
    def last(self) -> int:
        return self._last

    def tick(self) -> int:
        """A new stamp, greater than every stamp issued or observed before."""
        with self._lock:
            self._last = max(self._now_ms() << COUNTER_BITS, self._last + 1)
            return self._last

    def observe(self, stamp: int) -> None:
        """Advance past a stamp seen elsewhere (an imported record, the database on opening)."""
        with self._lock:
            self._last = max(self._last, stamp)


def stamp_millis(stamp: int) -> int:
    return stamp >> COUNTER_BITS
