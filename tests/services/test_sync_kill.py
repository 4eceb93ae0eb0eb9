"""Power cuts and pulled plugs: the importing program is killed (SIGKILL, no chance to clean up)
at random points while it applies a commune's package: after a seeded random share of the
database work a whole import does (``tests/killed_process.py``). Afterwards the province's
database is intact, and the package is either wholly applied (its ledger entry and all its
records) or not at all; a receipt on the stick is either whole or absent."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from db_dump import query
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
    [(integrity,)] = query(path, "PRAGMA integrity_check")
    [(ledger,)] = query(path, "SELECT COUNT(*) FROM package_ledger")
    [(members,)] = query(path, "SELECT COUNT(*) FROM member")
    return integrity, ledger, members


KILLER = Path(__file__).parent.parent / "killed_process.py"


def _import(
    db: Path, package: Path, home: Path, receipts: Path, kill_after: int = 0
) -> subprocess.CompletedProcess[str]:
    """The command line importing ``package`` (copied to ``receipts``, where its receipt is
    written), killed after ``kill_after`` steps of database work (0: never)."""
    shutil.copy(package, receipts / package.name)
    environment = {**os.environ, "CHIBO_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, str(KILLER), str(kill_after), "cli", "sync", "import", "--db", str(db),
         "--yes", str(receipts / package.name)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )  # fmt: skip


def test_a_killed_import_leaves_the_package_applied_wholly_or_not_at_all(
    commune_package: tuple[Path, Path, str, int], tmp_path: Path
) -> None:
    upper, package, _, members = commune_package
    # Given how much database work an import does when nothing stops it
    whole = tmp_path / "whole"
    whole.mkdir()
    shutil.copy(upper, whole / "tinh.sqlite")
    run = _import(whole / "tinh.sqlite", package, tmp_path / "home", whole)
    assert run.returncode == 0
    [steps] = [int(line.split()[1]) for line in run.stderr.splitlines() if line.startswith("steps")]
    assert _counts(whole / "tinh.sqlite") == ("ok", 1, members)

    chances = random.Random(SEED)
    # Random points, and the very last steps (after the commit: reading back for the receipt)
    kills = sorted({*(chances.randint(1, steps) for _ in range(TRIALS)), steps - 1, steps})
    applied = 0
    recovered = False
    for trial, kill_after in enumerate(kills):
        place = tmp_path / f"trial-{trial}"
        place.mkdir()
        db = place / "tinh.sqlite"
        shutil.copy(upper, db)
        # When the importing program is killed after that much of its work
        killed = _import(db, package, tmp_path / "home", place, kill_after)
        assert killed.returncode != 0, f"trial {trial}: not killed after {kill_after} steps"

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
            assert _import(db, package, tmp_path / "home", place).returncode == 0
            assert _counts(db) == ("ok", 1, members)
            recovered = True
    # Both sides of the commit were hit
    assert recovered and 0 < applied < len(kills)
    print(f"\n{len(kills)} kills among {steps:,} steps of an import: {applied} after the commit")
