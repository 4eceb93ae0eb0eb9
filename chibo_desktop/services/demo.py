"""Filling an empty database with realistic demo data (``chibo-desktop demo``, benchmarks)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import partial

from chibo_desktop.domain.demo import DemoGenerator, DemoSpec
from chibo_desktop.domain.entities import Member
from chibo_desktop.domain.progress import CancelToken, Progress, no_progress
from chibo_desktop.domain.validation import Problem, ValidationFailed
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.setup import SetupService, code_from_name
from chibo_desktop.storage.store import Store

# Progress and cancellation are looked at once per this many members: often enough for a
# progress bar to move smoothly, rarely enough to cost nothing.
REPORT_EVERY = 2_000


@dataclass(frozen=True)
class DemoSettings:
    members: int = 2000
    cells: int = 20
    years: int = 2
    seed: int = 1
    today: date | None = None  # None: date.today()


@dataclass(frozen=True)
class DemoSummary:
    units: int
    members: int


class DemoService:
    def __init__(self, store: Store, setup: SetupService) -> None:
        self._store = store
        self._setup = setup

    def generate(
        self,
        settings: DemoSettings,
        progress: Progress = no_progress,
        cancel: CancelToken | None = None,
    ) -> DemoSummary:
        """Set up the site, its tree and its members in one transaction; an empty database only.

        A cancelled run raises ``Cancelled`` and leaves the database as it was.
        """
        if self._setup.site() is not None:
            raise OperationRefused("site.already_set_up")
        spec = DemoSpec(
            members=settings.members,
            cells=settings.cells,
            years=settings.years,
            seed=settings.seed,
            today=settings.today or date.today(),
        )
        problems = [
            Problem(name, "out_of_range", {"min": low, "max": high})
            for name, low, high in spec.out_of_range()
        ]
        if problems:
            raise ValidationFailed(problems)
        generator = DemoGenerator(spec, partial(code_from_name, taken=set()))
        units = generator.tree.units
        total = len(units) + spec.members
        progress(0, total)
        with self._store.transaction():
            self._store.save_site(generator.tree.site)
            self._store.insert_new(units)
            progress(len(units), total)
            members = self._store.insert_new(
                _reporting(generator.members(), len(units), total, progress, cancel)
            )
        progress(total, total)
        return DemoSummary(units=len(units), members=members)


def _reporting(
    members: Iterable[Member],
    done: int,
    total: int,
    progress: Progress,
    cancel: CancelToken | None,
) -> Iterator[Member]:
    for count, member in enumerate(members, start=1):
        yield member
        if count % REPORT_EVERY == 0:
            if cancel is not None:
                cancel.check()
            progress(done + count, total)
