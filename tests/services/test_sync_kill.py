"""Power cuts and pulled plugs: the importing program is killed (SIGKILL, no chance to clean up)
at random moments while it applies a commune's package. Afterwards the province's database is
intact, and the package is either wholly applied (its ledger entry and all its records) or not
at all; a receipt on the stick is either whole or absent."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sync_sites import enrol, fingerprint, make_upper, opened

from chibo_desktop.services.demo import DemoSettings
from chibo_desktop.sync.package import read_header

TRIALS = 8
SEED = 20261121


@pytest.fixture(scope="module")
def commune_package(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Path, Path, str, int]]:
    """A province (nothing imported yet), a 400-member demo commune's full package for it
    (with a year of its cells' meetings), the commune's fingerprint and its number of members."""
    root = tmp_path_factory.mktemp("kill")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CHIBO_HOME", str(root / "home"))
        upper, commune, usb = root / "tinh.sqlite", root / "xa.sqlite", root / "usb"
        usb.mkdir()
        make_upper(upper)
        with opened(commune) as ws:
            summary = ws.demo.generate(
                DemoSettings(members=400, cells=8, seed=7, today=date(2026, 11, 21))
            )
        enrol(commune, upper, usb)
        with opened(commune) as ws:
            package = ws.sync.export(usb).path
        yield upper, package, fingerprint(commune), summary.members


def _counts(path: Path) -> tuple[str, int, int]:
    connection = sqlite3.connect(path)
    try:
        [(integrity,)] = connection.execute("PRAGMA integrity_check").fetchall()
        [(ledger,)] = connection.execute("SELECT COUNT(*) FROM package_ledger").fetchall()
        [(members,)] = connection.execute("SELECT COUNT(*) FROM member").fetchall()
    finally:
        connection.close()
    return integrity, ledger, members


def _import(db: Path, package: Path, home: Path, receipts: Path) -> subprocess.Popen[bytes]:
    shutil.copy(package, receipts / package.name)  # the receipt is written beside the package
    environment = {**os.environ, "CHIBO_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-m", "chibo_desktop", "sync", "import", "--db", str(db), "--yes",
         str(receipts / package.name)],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip


def test_a_killed_import_leaves_the_package_applied_wholly_or_not_at_all(
    commune_package: tuple[Path, Path, str, int], tmp_path: Path
) -> None:
    upper, package, _, members = commune_package
    # Given how long an import takes when nothing stops it
    whole = tmp_path / "whole"
    whole.mkdir()
    shutil.copy(upper, whole / "tinh.sqlite")
    started = time.perf_counter()
    assert _import(whole / "tinh.sqlite", package, tmp_path / "home", whole).wait(120) == 0
    duration = time.perf_counter() - started
    assert _counts(whole / "tinh.sqlite") == ("ok", 1, members)

    chances = random.Random(SEED)
    applied = 0
    recovered = False
    for trial in range(TRIALS):
        place = tmp_path / f"trial-{trial}"
        place.mkdir()
        db = place / "tinh.sqlite"
        shutil.copy(upper, db)
        # When the importing program is killed at a random moment of its run
        process = _import(db, package, tmp_path / "home", place)
        time.sleep(chances.uniform(0.0, duration))
        process.kill()
        process.wait(30)

        # Then the database is intact and holds the package wholly or not at all
        integrity, ledger, held = _counts(db)
        assert integrity == "ok"
        assert (ledger, held) in ((0, 0), (1, members)), f"trial {trial}: {ledger}, {held}"
        applied += ledger
        # and a receipt on the stick is whole, or not there (only its temporary file may be)
        for receipt in place.glob("chibo-receipt-*.chibo"):
            read_header(receipt.read_bytes())
        if ledger == 0 and not recovered:
            # and the import, run again after a kill that stopped it, completes it
            assert _import(db, package, tmp_path / "home", place).wait(120) == 0
            assert _counts(db) == ("ok", 1, members)
            recovered = True
    assert recovered
    print(f"\n{TRIALS} kills within {duration:.1f} s imports: {applied} after the commit")
