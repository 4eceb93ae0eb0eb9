"""Applying a set of packages at a province in any order, some of them repeated, and comparing
what it then holds with the order they were written in (the hypothesis property of issue 6)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from db_dump import query
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sync_sites import opened

from chibo_desktop.storage.exchange import TABLES


def records(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every travelling record the database holds, table by table; of the audit log, what the
    senders did (the office's own entries say what was done there and when: the order the
    packages came in)."""
    own = {"audit_entry": " WHERE origin_site != (SELECT id FROM site)"}
    return {
        table: query(path, f'SELECT * FROM "{table}"{own.get(table, "")} ORDER BY id')
        for table in TABLES
    }


def applied_in_order(upper: Path, order: list[Path], confirmed: set[str], where: Path) -> Path:
    """A copy of ``upper`` in ``where`` with the packages applied one by one, in this order."""
    target = where / "province.sqlite"
    for extra in ("", "-wal", "-shm"):
        Path(f"{target}{extra}").unlink(missing_ok=True)
    shutil.copy(upper, target)
    with opened(target) as ws:
        for package in order:
            ws.sync.import_packages([package], confirmed=confirmed, receipts_to=where)
    return target


@st.composite
def arrivals(draw: st.DrawFn, count: int) -> list[int]:
    """Every package at least once, in any order, some of them again."""
    order = draw(st.permutations(range(count)))
    for package in draw(st.lists(st.integers(0, count - 1), max_size=3)):
        order.insert(draw(st.integers(0, len(order))), package)
    return order


def in_written_order(
    upper: Path, packages: list[Path], confirmed: set[str], places: pytest.TempPathFactory
) -> dict[str, list[tuple[object, ...]]]:
    """What the province holds once the packages are applied in the order they were written."""
    where = places.mktemp("in-order")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CHIBO_HOME", str(where / "home"))
        return records(applied_in_order(upper, packages, confirmed, where))


def check_any_order(
    upper: Path,
    packages: list[Path],
    confirmed: set[str],
    places: pytest.TempPathFactory,
    expected: dict[str, list[tuple[object, ...]]],
    examples: int,
) -> None:
    """Any order of the packages, with repeats, leaves the province holding ``expected``."""

    @settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(arrivals(len(packages)))
    def same_state(order: list[int]) -> None:
        place = places.mktemp("shuffled")
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("CHIBO_HOME", str(place / "home"))
            shuffled = applied_in_order(upper, [packages[i] for i in order], confirmed, place)
        assert records(shuffled) == expected

    same_state()
