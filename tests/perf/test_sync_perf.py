"""The USB handoff at scale: a 2,000-member commune's package (20 cells, a year of every cell's
meetings, two years of evaluations) exported, imported, imported again; then a hundred such
communes' packages into one province.

Run with ``pytest --perf tests/perf/test_sync_perf.py -s`` (it builds the hundred demo communes
first: several minutes). Targets (issue 6): export ≤ 2 s, import ≤ 2 s, re-import of an unchanged
package ≤ 0.5 s, a hundred packages ≤ 90 s. The baseline, measured in the same run, is plain
sqlite3 inserting the same rows into the same tables (one transaction per package, the payload
already decrypted and parsed), with the page cache the import uses (``IMPORT_CACHE_KIB``) and
otherwise SQLite's defaults (no foreign key checks, no ordering of the rows). Nothing is a timed
assertion: the test checks what was applied.
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
from typing import TypeVar

import pytest
from db_dump import query
from sync_sites import enrol, fingerprint, make_upper, opened

from chibo_desktop.services.demo import DemoSettings
from chibo_desktop.storage.store import IMPORT_CACHE_KIB
from chibo_desktop.sync.package import read_header, verify_and_open

COMMUNES = int(os.environ.get("CHIBO_PERF_COMMUNES", "100"))
RUNS = 3
TODAY = date(2026, 11, 21)
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


@pytest.mark.perf
def test_usb_handoff_at_scale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHIBO_HOME", str(tmp_path / "home"))
    usb = tmp_path / "usb"
    usb.mkdir()
    pristine = tmp_path / "tinh.sqlite"
    make_upper(pristine)

    # Given a hundred demo communes, each enrolled and with its full package on the stick
    build_s = time.perf_counter()
    communes, packages, confirmed = [], [], set()
    for n in range(COMMUNES):
        commune = tmp_path / f"xa-{n:03}.sqlite"
        with opened(commune) as ws:
            ws.demo.generate(DemoSettings(members=2000, cells=20, seed=n + 1, today=TODAY))
        enrol(commune, pristine, usb)
        with opened(commune) as ws:
            packages.append(ws.sync.export(usb).path)
        communes.append(commune)
        confirmed.add(fingerprint(commune))
    build_s = time.perf_counter() - build_s
    first = packages[0]
    counts = read_header(first.read_bytes()).counts

    rows: list[tuple[str, str, list[float]]] = []
    # When one commune exports everything again, three times
    took = []
    with opened(communes[0]) as ws:
        for _ in range(RUNS):
            elapsed, _ = seconds(partial(ws.sync.export, tmp_path, full=True))
            took.append(elapsed)
    rows.append(("export, one commune", "≤ 2 s", took))

    # … its package is imported into an empty province, three times
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
            same = sorted(tmp_path.glob("chibo-data-*.chibo"))[run]
            elapsed, [result] = seconds(partial(ws.sync.import_packages, [same]))
            assert result.applied and result.preview.outcome is not None
            assert not result.preview.outcome.changed
            unchanged.append(elapsed)
    rows.append(("import, one commune", "≤ 2 s", took))
    rows.append(("import again, same package", "≤ 0.5 s", again))
    rows.append(("import, unchanged records", "", unchanged))

    # … and all the communes' packages into one province
    target = fresh(pristine, tmp_path / "all.sqlite")
    with opened(target) as ws:
        elapsed, results = seconds(partial(ws.sync.import_packages, packages, confirmed=confirmed))
        own = ws.sync.keys()
    assert all(r.applied for r in results)
    rows.append((f"import {COMMUNES} packages", "≤ 90 s", [elapsed]))
    [(members,)] = query(target, "SELECT COUNT(*) FROM member")
    assert members == 2000 * COMMUNES

    # Baseline: plain sqlite3 inserting the same rows into the same, empty tables
    payloads = []
    for package in packages:
        data = package.read_bytes()
        header = read_header(data)
        payloads.append(verify_and_open(data, header, header.sender_keys, own)["records"])
    plain = fresh(pristine, tmp_path / "plain.sqlite")
    connection = sqlite3.connect(plain)
    connection.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")  # as the import has it
    started = time.perf_counter()
    for records in payloads:
        with connection:
            for table, table_rows in records.items():  # type: ignore[attr-defined]
                if table_rows:
                    names = list(table_rows[0])
                    connection.executemany(
                        f'INSERT INTO "{table}" ({", ".join(names)}) '
                        f"VALUES ({', '.join('?' * len(names))})",
                        [[row[name] for name in names] for row in table_rows],
                    )
    baseline = time.perf_counter() - started
    connection.close()
    per_package = baseline / COMMUNES

    print(
        f"\n{COMMUNES} communes built in {build_s:.0f} s; one package: "
        f"{first.stat().st_size / 1e6:.1f} MB, {sum(counts.values()):,} records ({counts})"
    )
    print(
        f"  baseline: plain sqlite3 insert, per package {per_package:.2f} s, all {baseline:.1f} s"
    )
    for label, target_text, took in rows:
        median = statistics.median(took)
        base = baseline if "packages" in label else per_package
        print(
            f"  {label:<28} {target_text:<8} median {median:6.2f} s  max {max(took):6.2f} s"
            f"  ×{median / base:5.1f} baseline"
        )
