"""Province-scale benchmark: 300,000 members in 3,000 cells, read through the services and the
roster's Qt model.

Run with ``pytest --perf tests/perf -s``. Nothing here is a timed assertion: the test prints a
table of figures, each beside the same query run on the same file through plain ``sqlite3`` (the
baseline, measured in the same run), and asserts only that the answers are right.
"""

from __future__ import annotations

import dataclasses
import resource
import sqlite3
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import pytest

from chibo_desktop.domain.entities import Member
from chibo_desktop.domain.enums import MemberStatus, UnitLevel
from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.domain.text import fold, name_sort_key
from chibo_desktop.services.demo import DemoSettings
from chibo_desktop.services.workspace import Workspace, open_workspace
from chibo_desktop.ui.table_models.roster_table_model import PAGE_SIZE, RosterTableModel

MEMBERS = 300_000
CELLS = 3_000
PAGE = 200
REPEATS = 3
TODAY = date(2026, 11, 21)
ON_ROLL = tuple(s.value for s in MemberStatus if s.on_roll)
COLUMNS = (
    "id, version, origin_site, deleted, full_name, sort_key, search_key, unit_id, gender, "
    "birth_date, other_name, ethnicity, religion, personal_id, party_card, admission_date, "
    "official_date, status, status_date, phone, notes"
)

T = TypeVar("T")


def timed(action: Callable[[], T]) -> tuple[float, T]:
    """Median milliseconds over a few runs, and the last answer."""
    times = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        result = action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


class RawRoster:
    """The same questions as ``MemberRepository``, asked of SQLite directly: the baseline."""

    def __init__(self, path: Path) -> None:
        self._db = sqlite3.connect(path)

    def close(self) -> None:
        self._db.close()

    def _where(self, query: MemberQuery) -> tuple[str, list[Any]]:
        clauses = ["deleted = 0", f"status IN ({', '.join('?' * len(ON_ROLL))})"]
        params: list[Any] = list(ON_ROLL)
        if query.unit_ids is not None:
            clauses.append(f"unit_id IN ({', '.join('?' * len(query.unit_ids))})")
            params += [u.hex for u in query.unit_ids]
        text = query.folded_text
        if text.isdigit():
            clauses.append(
                "((party_card >= ? AND party_card < ?) OR (personal_id >= ? AND personal_id < ?))"
            )
            params += [text, text + ":", text, text + ":"]
        elif text:
            clauses.append("search_key LIKE ?")
            params.append(f"%{text}%")
        return " AND ".join(clauses), params

    def count(self, query: MemberQuery) -> int:
        where, params = self._where(query)
        return self._db.execute(f"SELECT COUNT(*) FROM member WHERE {where}", params).fetchone()[0]

    def page(self, query: MemberQuery, offset: int, limit: int) -> list[tuple[Any, ...]]:
        where, params = self._where(query)
        sql = f"SELECT {COLUMNS} FROM member WHERE {where} ORDER BY sort_key, id LIMIT ? OFFSET ?"
        return self._db.execute(sql, [*params, limit, offset]).fetchall()


@dataclass
class Row:
    what: str
    service_ms: float
    raw_ms: float
    note: str = ""


def check_page(page: list[Member], raw_page: list[tuple[Any, ...]], query: MemberQuery) -> None:
    """The service's page is the baseline's, in Vietnamese name order, and matches the text."""
    assert [m.id.hex for m in page] == [r[0] for r in raw_page]
    keys = [(name_sort_key(m.full_name), m.id.hex) for m in page]
    assert keys == sorted(keys)
    text = query.folded_text
    for m in page:
        assert m.status.on_roll
        if query.unit_ids is not None:
            assert m.unit_id in query.unit_ids
        if text:
            if text.isdigit():
                assert m.party_card.startswith(text) or m.personal_id.startswith(text)
            else:
                assert text in fold(f"{m.full_name} {m.other_name}")


def open_roster(ws: Workspace, raw: RawRoster, query: MemberQuery) -> tuple[float, float, int]:
    """Count and first page, as the roster does when it opens or the filter changes."""
    service_ms, (count, page) = timed(
        lambda: (ws.members.count(query), ws.members.page(query, 0, PAGE))
    )
    raw_ms, (raw_count, raw_page) = timed(lambda: (raw.count(query), raw.page(query, 0, PAGE)))
    assert count == raw_count > 0
    assert len(page) == min(PAGE, count)
    check_page(page, raw_page, query)
    return service_ms, raw_ms, count


def typing(ws: Workspace, raw: RawRoster, text: str) -> list[Row]:
    """One roster refresh per keystroke; the answers narrow as the text grows."""
    steps = [open_roster(ws, raw, MemberQuery(text=text[:n])) for n in range(1, len(text) + 1)]
    counts = [count for *_, count in steps]
    assert counts == sorted(counts, reverse=True)
    service = [s for s, _, _ in steps]
    baseline = [r for _, r, _ in steps]
    note = f"{len(text)} keys, {counts[0]:,} → {counts[-1]:,} found"
    return [
        Row(f'type "{text}": median per key', statistics.median(service),
            statistics.median(baseline), note),
        Row(f'type "{text}": slowest key', max(service), max(baseline)),
    ]  # fmt: skip


def model_typing(model: RosterTableModel, text: str) -> Row:
    """The same keystrokes through the roster's Qt model (what the window actually runs)."""
    times = []
    for n in range(1, len(text) + 1):
        started = time.perf_counter()
        model.set_query(dataclasses.replace(model.query, text=text[:n]))
        times.append((time.perf_counter() - started) * 1000)
        assert model.rowCount() == min(PAGE_SIZE, model.total)
    return Row(
        f'model: type "{text}", median/slowest',
        statistics.median(times),
        max(times),
        "second column: slowest key, not sqlite3",
    )


def model_page_cards(model: RosterTableModel) -> list[Member]:
    return [model.member_at(row) for row in range(model.rowCount())]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


@pytest.mark.perf
def test_province_roster_open_and_search(tmp_path: Path, qapp: object) -> None:
    path = tmp_path / "province.sqlite"
    ws = open_workspace(path)
    raw = RawRoster(path)
    try:
        # Given a province of 300,000 members in 3,000 cells, built by the demo service
        started = time.perf_counter()
        summary = ws.demo.generate(DemoSettings(members=MEMBERS, cells=CELLS, seed=1, today=TODAY))
        build_s = time.perf_counter() - started
        rss_after_build = peak_rss_mb()
        assert summary.members == MEMBERS
        assert summary.units == 1 + 100 + CELLS  # province, communes of 30 cells, cells

        rows: list[Row] = []
        # When the roster opens on the whole province, on one commune, and scrolls half-way
        service_ms, province_raw_ms, total = open_roster(ws, raw, MemberQuery())
        rows.append(
            Row("roster open: whole province", service_ms, province_raw_ms, f"{total:,} on roll")
        )
        commune = next(u for u in ws.units.all() if u.level is UnitLevel.COMMUNE)
        in_commune = MemberQuery(unit_ids=ws.units.subtree_ids(commune.id))
        service_ms, raw_ms, count = open_roster(ws, raw, in_commune)
        rows.append(Row("roster open: one commune", service_ms, raw_ms, f"{count:,} on roll"))
        everyone = MemberQuery()
        middle = total // 2
        service_ms, page = timed(lambda: ws.members.page(everyone, middle, PAGE))
        raw_ms, raw_page = timed(lambda: raw.page(everyone, middle, PAGE))
        check_page(page, raw_page, everyone)
        rows.append(
            Row("scroll to the middle (one page)", service_ms, raw_ms, f"offset {middle:,}")
        )

        # and the window's own model opens the whole province
        model = RosterTableModel(ws.members)
        started = time.perf_counter()
        model.set_query(MemberQuery())
        model_open_ms = (time.perf_counter() - started) * 1000
        assert model.total == total and model.rowCount() == PAGE_SIZE
        rows.append(
            Row("model: roster open, whole province", model_open_ms, province_raw_ms, "first load")
        )

        # and a person types searches one key at a time, in the window (counts capped while
        # typing) and through the services' exact count
        card = next(m.party_card for m in model_page_cards(model) if len(m.party_card) == 8)
        searches = ("nguyen van du", "thi hoa", "khong", card[:6])
        for text in searches:
            rows.append(model_typing(model, text))
            model.set_query(MemberQuery())
        for text in searches:  # "khong" (Khổng) is a rare family name
            rows += typing(ws, raw, text)

        # Then print the figures (no timing is asserted: machines differ)
        wal = path.with_name(path.name + "-wal")
        size_mb = path.stat().st_size / 2**20
        wal_mb = wal.stat().st_size / 2**20 if wal.exists() else 0.0
        print()
        print(f"Province benchmark: {MEMBERS:,} members, {summary.units:,} units")
        print(f"  build (demo service, one transaction): {build_s:.1f} s")
        print(
            f"  database file: {size_mb:.0f} MB (+ {wal_mb:.0f} MB write-ahead log, not yet merged)"
        )
        print(f"  peak memory: {rss_after_build:.0f} MB after build, {peak_rss_mb():.0f} MB at end")
        print(f"  {'measure':<40} {'service ms':>10} {'sqlite3 ms':>10} {'ratio':>6}  note")
        for row in rows:
            ratio = row.service_ms / row.raw_ms if row.raw_ms else float("nan")
            print(
                f"  {row.what:<40} {row.service_ms:>10.1f} {row.raw_ms:>10.1f} {ratio:>6.2f}"
                f"  {row.note}"
            )
    finally:
        raw.close()
        ws.close()
