"""Every test gets its own CHIBO_HOME and database file; Qt runs offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from chibo_desktop.domain.enums import CellKind, SiteRole
from chibo_desktop.services.setup import CellDraft
from chibo_desktop.services.workspace import Workspace, open_workspace


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--perf", action="store_true", help="run the benchmarks in tests/perf")
    parser.addoption("--frozen", action="store_true", help="build and run the frozen program")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for marker, option in (("perf", "--perf"), ("frozen", "--frozen")):
        if config.getoption(option):
            continue
        skip = pytest.mark.skip(reason=f"needs {option}")
        for item in items:
            if marker in item.keywords:
                item.add_marker(skip)


@pytest.fixture(autouse=True)
def chibo_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("CHIBO_HOME", str(home))
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "chibo.sqlite"


@pytest.fixture
def workspace(db_path: Path) -> Iterator[Workspace]:
    """An empty, set-up commune: Đảng bộ xã Tân Lập with three cells."""
    ws = open_workspace(db_path)
    ws.setup.initialize(
        office_name="Văn phòng Đảng ủy xã Tân Lập",
        place_name="Tân Lập",
        role=SiteRole.COMMUNE,
        root_name="Đảng bộ xã Tân Lập",
        cells=[
            CellDraft("Chi bộ thôn Đông", CellKind.RESIDENTIAL),
            CellDraft("Chi bộ thôn Đoài", CellKind.RESIDENTIAL),
            CellDraft("Chi bộ Trường Tiểu học Tân Lập", CellKind.SCHOOL),
        ],
    )
    yield ws
    ws.close()


TODAY = date(2026, 11, 21)
