"""Reading a package's records table by table gives what reading them one by one gives: the same
records set aside as unreadable, and the same stored values for the others."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from chibo_desktop.services.demo import DemoSettings
from chibo_desktop.services.workspace import Workspace
from chibo_desktop.storage import exchange
from chibo_desktop.storage.exchange import RecordExchange

# Values a faulty or hostile program could put in any column.
ODD_VALUES: tuple[Any, ...] = (
    None,
    "",
    "x",
    "2025-13-01",
    "2025-02-03",
    "2025-02-03T10:00:00",
    "ff" * 16,
    "FF" * 16,
    "0" * 31 + "g",
    "0" * 33,
    "0" * 32 + "\n",
    " " + "0" * 31,
    0,
    1,
    2,
    -1,
    1.5,
    True,
    False,
    [1],
    {"a": 1},
)


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict[str, Any]]]:
    """A small demo commune's records, as its package carries them."""
    from chibo_desktop.services.workspace import open_workspace

    path = tmp_path_factory.mktemp("demo") / "xa.sqlite"
    ws: Workspace = open_workspace(path)
    try:
        ws.demo.generate(
            DemoSettings(members=40, cells=2, meeting_cells=2, seed=3, today=date(2026, 11, 21))
        )
        return RecordExchange().outgoing(0).records
    finally:
        ws.close()


def one_by_one(items: list[exchange._Incoming]) -> list[str]:
    bad = []
    for item in items:
        try:
            exchange._read(item)
        except (ValueError, TypeError, KeyError):
            bad.append(item.id)
    return bad


def test_every_table_of_the_demo_is_read_whole(records: dict[str, list[dict[str, Any]]]) -> None:
    tables = {t for t, rows in records.items() if rows}
    assert {"unit", "member", "meeting", "attendance", "member_evaluation"} <= tables
    batch = exchange._parse(records)
    single = exchange._parse(copy.deepcopy(records))
    assert exchange._unreadable(batch) == [] and one_by_one(single) == []
    assert [i.columns for i in batch] == [i.columns for i in single]


@pytest.mark.parametrize("value", ODD_VALUES, ids=repr)
def test_an_odd_value_in_any_column_is_judged_as_one_by_one(
    records: dict[str, list[dict[str, Any]]], value: Any
) -> None:
    for table, rows in records.items():
        if not rows:
            continue
        for column in rows[0]:
            if column in ("id", "origin_site", "version"):
                continue  # identity and stamp: checked when parsed, for the whole package
            changed = copy.deepcopy({table: rows[:3]})
            changed[table][len(changed[table]) // 2][column] = value
            batch = exchange._parse(changed)
            single = exchange._parse(copy.deepcopy(changed))
            expected = one_by_one(single)
            assert [i.id for i in exchange._unreadable(batch)] == expected, (table, column)
            assert [i.columns for i in batch] == [i.columns for i in single], (table, column)


def parsed(records: dict[str, list[Any]]) -> object:
    """What ``_parse`` makes of the records: the refusal, or each record's identity."""
    try:
        items = exchange._parse(copy.deepcopy(records))
    except exchange.MalformedRecords as error:
        return (error.table, error.detail)
    return [(i.table, i.id, i.version, i.origin, i.raw) for i in items]


def odd_packages(records: dict[str, list[dict[str, Any]]]) -> Iterator[dict[str, list[Any]]]:
    small = {table: rows[:3] for table, rows in records.items()}
    yield small
    for column in ("id", "origin_site", "version"):
        for value in (*ODD_VALUES, 10**20, "1"):
            changed = copy.deepcopy(small)
            changed["attendance"][1][column] = value
            yield changed
    twice = copy.deepcopy(small)
    twice["attendance"][2]["id"] = twice["attendance"][0]["id"]
    yield twice
    for odd_row in ([1], "x", None, {}):
        changed = copy.deepcopy(small)
        changed["member"][1] = odd_row
        yield changed
    missing, extra = copy.deepcopy(small), copy.deepcopy(small)
    del missing["meeting"][0]["topic"]
    extra["meeting"][0]["salary"] = 1
    yield missing
    yield extra


def test_a_package_is_parsed_whole_as_record_by_record(
    records: dict[str, list[dict[str, Any]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    packages = list(odd_packages(records))
    quick = [parsed(p) for p in packages]
    monkeypatch.setattr(exchange, "_well_formed", lambda rows, columns: False)
    assert quick == [parsed(p) for p in packages]
    assert sum(isinstance(outcome, tuple) for outcome in quick) > len(packages) // 2
