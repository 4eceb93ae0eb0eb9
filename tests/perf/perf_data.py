"""The data the benchmarks share, and how it is built: a province (300,000 members in 3,000 cells,
two years of every cell's meetings and of every member's evaluations) and a commune (2,000
members in 20 cells, the same two years), each made by the program's own demo service in one
transaction, exactly as ``chibo-desktop demo`` stores it.

The build runs in a child process (``python perf_data.py NAME FILE``), so that its memory is not
the benchmarks'. With ``$CHIBO_PERF_CACHE`` naming a folder, each database is kept there under a
name made of the schema version and a digest of the generator's settings and source, and a later
run copies it instead of building it (the province takes about 20 minutes to build on a 2-CPU
machine). ``$CHIBO_PERF_MEMBERS`` and ``$CHIBO_PERF_CELLS`` shrink the province while working on
a benchmark; the figures worth reporting are those of the full scale.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from chibo_desktop.services import demo as demo_service
from chibo_desktop.services.demo import DemoSettings

TODAY = date(2026, 11, 21)
CACHE_VARIABLE = "CHIBO_PERF_CACHE"
_MEMBERS = int(os.environ.get("CHIBO_PERF_MEMBERS", "300000"))
_CELLS = int(os.environ.get("CHIBO_PERF_CELLS", "3000"))

# Every cell meets: the meetings of this year (to ``TODAY``) and of last year, all of them.
PROVINCE = DemoSettings(
    members=_MEMBERS,
    cells=_CELLS,
    years=2,
    seed=1,
    today=TODAY,
    meeting_cells=_CELLS,
    meeting_years=2,
)
COMMUNE = DemoSettings(
    members=2_000, cells=20, years=2, seed=1, today=TODAY, meeting_cells=20, meeting_years=2
)
DATASETS = {"province": PROVINCE, "commune": COMMUNE}


@dataclass(frozen=True)
class Dataset:
    """A built database (never written to: benchmarks work on copies) and what it holds."""

    name: str
    path: Path
    settings: DemoSettings
    members: int
    units: int
    meetings: int
    evaluations: int
    build_seconds: float
    cached: bool  # copied from $CHIBO_PERF_CACHE rather than built in this run

    @property
    def size_mb(self) -> float:
        return self.path.stat().st_size / 2**20

    def copy_to(self, target: Path) -> Path:
        """A fresh copy to work on (the benchmarks write: kept counts, ledgers, edits)."""
        target.parent.mkdir(parents=True, exist_ok=True)
        for extra in ("", "-wal", "-shm"):
            Path(f"{target}{extra}").unlink(missing_ok=True)
        shutil.copyfile(self.path, target)
        return target

    def describe(self) -> str:
        how = "from the cache" if self.cached else f"built in {self.build_seconds:.0f} s"
        return (
            f"{self.name}: {self.members:,} members, {self.units:,} units, "
            f"{self.meetings:,} meetings, {self.evaluations:,} evaluations; "
            f"{self.size_mb:,.0f} MB ({how})"
        )


def cache_key(name: str, settings: DemoSettings) -> str:
    """The schema version and a digest of the settings and of the generator's source: a change
    to either makes a new database, never a stale one."""
    from chibo_desktop.domain import demo as demo_domain
    from chibo_desktop.storage.migrations import CURRENT_VERSION

    digest = hashlib.sha256(repr(settings).encode())
    for module in (demo_domain, demo_service):
        digest.update(Path(module.__file__ or "").read_bytes())
    return f"{name}-schema{CURRENT_VERSION}-{digest.hexdigest()[:12]}"


def dataset(name: str, work: Path) -> Dataset:
    """The dataset ``name``: from the cache when it holds it, else built (into the cache when
    there is one, else into ``work``)."""
    settings = DATASETS[name]
    key = cache_key(name, settings)
    cache = os.environ.get(CACHE_VARIABLE)
    folder = Path(cache) if cache else work
    folder.mkdir(parents=True, exist_ok=True)
    path, about = folder / f"{key}.sqlite", folder / f"{key}.json"
    cached = path.exists() and about.exists()
    if not cached:
        partial = folder / f"{key}.sqlite.partial"
        for extra in ("", "-wal", "-shm"):
            Path(f"{partial}{extra}").unlink(missing_ok=True)
        subprocess.run(
            [sys.executable, __file__, name, str(partial)],
            check=True,
            env={**os.environ, "CHIBO_HOME": str(work / f"{name}-build-home")},
        )
        figures = json.loads(Path(f"{partial}.json").read_text())
        Path(f"{partial}.json").unlink()
        about.write_text(json.dumps(figures))
        partial.replace(path)
    figures = json.loads(about.read_text())
    return Dataset(name, path, settings, cached=cached and bool(cache), **figures)


def _build(name: str, path: Path) -> None:
    """Build ``name`` into ``path`` (the child process) and write its figures beside it."""
    from chibo_desktop.services.workspace import open_workspace

    settings = DATASETS[name]
    started = time.perf_counter()
    workspace = open_workspace(path)
    try:
        summary = workspace.demo.generate(settings)
    finally:
        workspace.close()
    # The write-ahead log merged (closing does it): the file alone is then the whole database.
    db = sqlite3.connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    wal = Path(f"{path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0, "the write-ahead log was not merged"
    figures = dataclasses.asdict(summary) | {"build_seconds": time.perf_counter() - started}
    Path(f"{path}.json").write_text(json.dumps(figures))


if __name__ == "__main__":
    _build(sys.argv[1], Path(sys.argv[2]))
