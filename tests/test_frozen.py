"""The frozen (PyInstaller, one-folder) program starts, opens its database and draws its window.

Given the repository's build.spec
When PyInstaller builds it and the built program runs with --self-test, offscreen
Then it exits 0, the database file exists, and nothing was written beside the executable.

Slow (a full PyInstaller build): runs only with ``pytest --frozen -m frozen``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from chibo_desktop import __version__

pytestmark = pytest.mark.frozen

REPO = Path(__file__).resolve().parent.parent
NAME = "chibo-desktop"
BUILD_TIMEOUT_S = 1200
RUN_TIMEOUT_S = 120


@dataclass(frozen=True)
class FrozenApp:
    folder: Path
    executable: Path
    archive: Path
    build_seconds: float


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every entry under ``folder`` with its size and modification time (links not followed)."""
    entries = {}
    for path in folder.rglob("*"):
        info = path.lstat()
        entries[path.relative_to(folder).as_posix()] = (info.st_size, info.st_mtime_ns)
    return entries


def _megabytes(folder: Path) -> float:
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir()) / 1e6


def _tail(text: str, lines: int = 40) -> str:
    return "\n".join(text.splitlines()[-lines:])


@pytest.fixture(scope="module")
def frozen_app(tmp_path_factory: pytest.TempPathFactory) -> FrozenApp:
    work = tmp_path_factory.mktemp("pyinstaller")
    started = time.perf_counter()
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "build.spec",
            "--noconfirm",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
    )
    build_seconds = time.perf_counter() - started
    assert build.returncode == 0, f"PyInstaller failed:\n{_tail(build.stdout + build.stderr)}"
    folder = work / "dist" / NAME
    executable = folder / (f"{NAME}.exe" if os.name == "nt" else NAME)
    assert executable.is_file(), f"no {executable.name} in {folder}"
    [archive] = (work / "dist").glob(f"{NAME}-{__version__}-*.zip")
    return FrozenApp(folder, executable, archive, build_seconds)


def test_the_zip_to_hand_out_holds_the_whole_folder(frozen_app: FrozenApp) -> None:
    with zipfile.ZipFile(frozen_app.archive) as archive:
        names = set(archive.namelist())
        assert archive.testzip() is None
    files = {
        f"{NAME}/{p.relative_to(frozen_app.folder).as_posix()}"
        for p in frozen_app.folder.rglob("*")
        if p.is_file()
    }
    assert files <= names
    resources = f"{NAME}/_internal/resources"
    for shipped in (
        "translations/chibo_vi.qm",
        "icons/chibo.png",
        "fonts/LiberationSerif-Regular.ttf",
    ):
        assert f"{resources}/{shipped}" in names
    assert not [n for n in names if n.endswith((".ts", ".py"))]  # sources stay behind


def test_frozen_program_passes_its_self_test(
    frozen_app: FrozenApp, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Given a built program and a database path that does not exist yet
    db = tmp_path / "x.sqlite"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CHIBO_HOME": str(tmp_path / "home")}
    before = _snapshot(frozen_app.folder)

    # When it runs its self-test
    started = time.perf_counter()
    run = subprocess.run(
        [str(frozen_app.executable), "--self-test", "--db", str(db)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
    )
    run_seconds = time.perf_counter() - started

    # Then it succeeded, created the database and left its own folder untouched
    output = run.stdout + run.stderr
    assert run.returncode == 0, f"--self-test exited {run.returncode}:\n{_tail(output)}"
    assert db.is_file(), f"--self-test did not create {db}:\n{_tail(output)}"
    after = _snapshot(frozen_app.folder)
    assert after == before, (
        "the frozen program wrote beside its executable: "
        f"added {sorted(after.keys() - before.keys())}, "
        f"removed {sorted(before.keys() - after.keys())}, "
        f"changed {sorted(k for k in after.keys() & before.keys() if after[k] != before[k])}"
    )
    with capsys.disabled():
        print(
            f"\nfrozen build: {_megabytes(frozen_app.folder):.1f} MB in {frozen_app.folder.name}/ "
            f"({frozen_app.archive.stat().st_size / 1e6:.1f} MB zipped), "
            f"built in {frozen_app.build_seconds:.0f} s; --self-test ran in {run_seconds:.2f} s"
        )
        if run.stdout.strip():
            print(f"--self-test said: {run.stdout.strip()}")
