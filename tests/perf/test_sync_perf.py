"""The USB handoff at scale: a 2,000-member commune's package exported, imported into an empty
province, imported again; and, on request, a hundred communes' packages into one province.

Part of the performance suite: ``python -m pytest --perf tests/perf -s`` (see ``conftest.py``).
The commune is measured twice: as issue 6 measured it (20 cells, a year of every cell's meetings,
two years of evaluations, built here) and the shared commune after two years of use (two years
of meetings). Targets (issue 6): export ≤ 2 s, import ≤ 2 s, re-import of an unchanged package
≤ 0.5 s, a hundred packages ≤ 90 s. The baseline, measured in the same run, is plain sqlite3
inserting the same rows into the same tables (one transaction per package, the payload already
decrypted and parsed), with the page cache the import uses (``IMPORT_CACHE_KIB``) and otherwise
SQLite's defaults (no foreign key checks, no ordering of the rows). Nothing is a timed assertion:
the test checks what was applied.

The hundred packages build a hundred demo communes first (about a quarter of an hour more), so
they run only when asked: ``CHIBO_PERF_PACKAGES=100 python -m pytest --perf tests/perf -s`` (or
``… tests/perf/test_sync_perf.py``; another count works too, the target is for a hundred).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import time
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

import pytest
from db_dump import query
from perf_data import Dataset
from perf_report import Record
from sync_sites import enrol, fingerprint, make_upper, opened

from chibo_desktop.services.demo import DemoSettings
from chibo_desktop.storage.store import IMPORT_CACHE_KIB
from chibo_desktop.sync.package import read_header, verify_and_open

PACKAGES_VARIABLE = "CHIBO_PERF_PACKAGES"
COMMUNES = int(os.environ.get(PACKAGES_VARIABLE) or 0)
RUNS = 3
TODAY = date(2026, 11, 21)  # as the shared data's
T = TypeVar("T")


def seconds(action: Callable[[], T]) -> tuple[float, T]:
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def fresh(pristine: Path, target: Path) -> Path:
    for extra in ("", "-wal", "-shm"):
        Path(f"{target}{extra}").unlink(missing_ok=True)
    shutil.copy(pristine, target)
    return target


def payloads(packages: list[Path], upper: Path) -> list[dict[str, list[dict[str, Any]]]]:
    """The packages' records, decrypted and parsed with the upper level's keys."""
    with opened(upper) as ws:
        own = ws.sync.keys()
    found = []
    for package in packages:
        data = package.read_bytes()
        header = read_header(data)
        found.append(verify_and_open(data, header, header.sender_keys, own)["records"])
    return found


def plain_insert(target: Path, records: list[dict[str, list[dict[str, Any]]]]) -> float:
    """The baseline: the same rows inserted by plain sqlite3, one transaction per package."""
    connection = sqlite3.connect(target)
    connection.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")  # as the import has it
    started = time.perf_counter()
    for package in records:
        with connection:
            for table, table_rows in package.items():
                if table_rows:
                    names = list(table_rows[0])
                    connection.executemany(
                        f'INSERT INTO "{table}" ({", ".join(names)}) '
                        f"VALUES ({', '.join('?' * len(names))})",
                        [[row[name] for name in names] for row in table_rows],
                    )
    took = time.perf_counter() - started
    connection.close()
    return took


@pytest.fixture(params=["one year of meetings", "two years of meetings"])
def commune_file(request: pytest.FixtureRequest, tmp_path: Path, commune: Dataset) -> Path:
    """The sending commune (a file of its own, written to): issue 6's, or the shared one."""
    path = tmp_path / "xa.sqlite"
    if request.param == "two years of meetings":
        return commune.copy_to(path)
    with opened(path) as ws:
        ws.demo.generate(DemoSettings(members=2000, cells=20, seed=1, today=TODAY))
    return path


@pytest.mark.perf
def test_commune_export_and_import(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    commune_file: Path,
    record: Record,
) -> None:
    monkeypatch.setenv("CHIBO_HOME", str(tmp_path / "home"))
    which = request.node.callspec.params["commune_file"]
    usb = tmp_path / "usb"
    usb.mkdir()
    pristine = tmp_path / "tinh.sqlite"
    make_upper(pristine)

    # Given a commune of 2,000 members enrolled with an empty province, its package on the stick
    enrol(commune_file, pristine, usb)
    confirmed = {fingerprint(commune_file)}
    with opened(commune_file) as ws:
        first = ws.sync.export(usb).path
    counts = read_header(first.read_bytes()).counts
    about = f"{which}: {sum(counts.values()):,} records, {first.stat().st_size / 1e6:.1f} MB"
    again_folder = tmp_path / "again"
    again_folder.mkdir()

    # When the commune exports everything again, three times
    took = []
    with opened(commune_file) as ws:
        for _ in range(RUNS):
            elapsed, _ = seconds(partial(ws.sync.export, again_folder, full=True))
            took.append(elapsed)
    exports = took

    # … and its package is imported into an empty province, three times
    took, again, unchanged = [], [], []
    for run in range(RUNS):
        target = fresh(pristine, tmp_path / f"import-{run}.sqlite")
        with opened(target) as ws:
            elapsed, [result] = seconds(
                partial(ws.sync.import_packages, [first], confirmed=confirmed)
            )
            assert result.applied
            took.append(elapsed)
            # … the same package again (the ledger answers)
            elapsed, [repeat] = seconds(partial(ws.sync.import_packages, [first]))
            assert not repeat.applied
            again.append(elapsed)
            # … and a new package with the same records (every record unchanged)
            same = sorted(again_folder.glob("chibo-data-*.chibo"))[run]
            elapsed, [result] = seconds(partial(ws.sync.import_packages, [same]))
            assert result.applied and result.preview.outcome is not None
            assert not result.preview.outcome.changed
            unchanged.append(elapsed)
    [(members,)] = query(tmp_path / "import-0.sqlite", "SELECT COUNT(*) FROM member")
    assert members == 2000

    # Then the figures, beside plain sqlite3 inserting the same rows into an empty province
    records = payloads([first], fresh(pristine, tmp_path / "keys.sqlite"))
    baseline = statistics.median(
        plain_insert(fresh(pristine, tmp_path / f"plain-{run}.sqlite"), records)
        for run in range(RUNS)
    )
    for label, target_s, times in (
        ("export", 2, exports),
        ("import into an empty province", 2, took),
        ("import again, the same package", 0.5, again),
        ("import, a new package of unchanged records", None, unchanged),
    ):
        record(
            f"commune package, 2,000 members ({which}): {label}",
            statistics.median(times),
            "s",
            target=target_s,
            baseline=baseline,
            baseline_name="sqlite3 insert",
            note=f"median of {RUNS}, slowest {max(times):.2f} s; {about}",
        )


@pytest.mark.perf
@pytest.mark.skipif(not COMMUNES, reason=f"a quarter of an hour more: set {PACKAGES_VARIABLE}=100")
def test_hundred_packages_into_one_province(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, record: Record
) -> None:
    monkeypatch.setenv("CHIBO_HOME", str(tmp_path / "home"))
    usb = tmp_path / "usb"
    usb.mkdir()
    pristine = tmp_path / "tinh.sqlite"
    make_upper(pristine)

    # Given a hundred demo communes, each enrolled and with its full package on the stick
    build_s = time.perf_counter()
    packages, confirmed = [], set()
    for n in range(COMMUNES):
        commune = tmp_path / f"xa-{n:03}.sqlite"
        with opened(commune) as ws:
            ws.demo.generate(DemoSettings(members=2000, cells=20, seed=n + 1, today=TODAY))
        enrol(commune, pristine, usb)
        with opened(commune) as ws:
            packages.append(ws.sync.export(usb).path)
        confirmed.add(fingerprint(commune))
    build_s = time.perf_counter() - build_s

    # When all the communes' packages are imported into one province
    target = fresh(pristine, tmp_path / "all.sqlite")
    with opened(target) as ws:
        elapsed, results = seconds(partial(ws.sync.import_packages, packages, confirmed=confirmed))

    # Then every package was applied, beside plain sqlite3 inserting the same rows
    assert all(r.applied for r in results)
    [(members,)] = query(target, "SELECT COUNT(*) FROM member")
    assert members == 2000 * COMMUNES
    baseline = plain_insert(fresh(pristine, tmp_path / "plain.sqlite"), payloads(packages, target))
    record(
        f"import {COMMUNES} communes' packages into one province",
        elapsed,
        "s",
        target=90 if COMMUNES == 100 else None,
        baseline=baseline,
        baseline_name="sqlite3 insert",
        note=f"{COMMUNES} × 2,000 members, a year of meetings; built in {build_s:.0f} s",
    )
