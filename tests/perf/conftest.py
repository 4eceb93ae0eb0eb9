"""The performance suite: one command runs every benchmark and prints one table.

    python -m pytest --perf tests/perf -s

The province (300,000 members, 3,000 cells, two years of meetings and evaluations) and the
2,000-member commune are built once per run by the program's demo service (``perf_data.py``),
or copied from ``$CHIBO_PERF_CACHE`` when an earlier run left them there; every benchmark works
on its own copy. Each benchmark records its figures with ``record``; at the end of the run one
table lists them all (figure, target, measured, the baseline measured in the same run, the
ratio) and is written as Markdown to ``$CHIBO_PERF_REPORT`` (default ``tests/perf/last-run.md``).
Nothing is a timed assertion: the benchmarks assert that the answers are right.

The hundred communes' packages into one province (``test_sync_perf.py``) take a quarter of an
hour more; they run only with ``CHIBO_PERF_PACKAGES=100`` (or another count).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from perf_data import Dataset, dataset
from perf_report import Figure, Record, Report

_REPORT = pytest.StashKey[Report]()


def _report(config: pytest.Config) -> Report:
    if _REPORT not in config.stash:
        config.stash[_REPORT] = Report()
    return config.stash[_REPORT]


@pytest.fixture(scope="session")
def province(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    """The province, built (or taken from the cache) once per run; never written to."""
    data = dataset("province", tmp_path_factory.mktemp("province-data"))
    _report(request.config).data.append(data.describe())
    return data


@pytest.fixture(scope="session")
def commune(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    """The 2,000-member commune with two years of meetings; never written to."""
    data = dataset("commune", tmp_path_factory.mktemp("commune-data"))
    _report(request.config).data.append(data.describe())
    return data


@pytest.fixture
def record(request: pytest.FixtureRequest) -> Record:
    """``record(figure, measured, unit, target=None, baseline=None, baseline_name="", note="")``
    adds a row to the run's table, under the benchmark's name."""
    report = _report(request.config)
    benchmark = Path(str(request.node.fspath)).stem.removeprefix("test_").removesuffix("_perf")

    def add(figure: str, measured: float, unit: str, **more: object) -> None:
        report.add(Figure(benchmark, figure, measured, unit, **more))  # type: ignore[arg-type]

    return add


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    report = config.stash.get(_REPORT, None)
    if report is None or not report.figures:
        return
    terminalreporter.write_sep("=", "benchmarks")
    terminalreporter.write_line(report.text())
    terminalreporter.write_line(f"\n(as Markdown: {report.write()})")
