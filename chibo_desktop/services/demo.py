"""Filling an empty database with realistic demo data (``chibo-desktop demo``, benchmarks)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any
from uuid import UUID

from chibo_desktop.domain.accounts import Permission
from chibo_desktop.domain.audit import CommandLabel
from chibo_desktop.domain.demo import (
    MEETING_CELLS,
    CellMeetings,
    DemoGenerator,
    DemoReviews,
    DemoSpec,
    review_records,
)
from chibo_desktop.domain.entities import Member, PartyPost, Transfer
from chibo_desktop.domain.progress import CancelToken, Progress, no_progress
from chibo_desktop.domain.validation import Problem, ValidationFailed
from chibo_desktop.services.access import Access
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.setup import SetupService, code_from_name

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
    # A year of meetings (to ``today``) for this many cells, the first of the tree; 0: none.
    meeting_cells: int = MEETING_CELLS
    # With more than one, the years before this one too, all held.
    meeting_years: int = 1


@dataclass(frozen=True)
class DemoSummary:
    units: int
    members: int
    meetings: int = 0
    evaluations: int = 0  # members' evaluations, all years


class DemoService:
    def __init__(self, access: Access, setup: SetupService) -> None:
        self._access = access
        self._store = access.store
        self._setup = setup

    def generate(
        self,
        settings: DemoSettings,
        progress: Progress = no_progress,
        cancel: CancelToken | None = None,
    ) -> DemoSummary:
        """Set up the site, its tree, its members with their annual evaluations (the posts,
        disciplines and transfers these look at included) and the cells' meetings of this year
        in one transaction; an empty database only.

        A cancelled run raises ``Cancelled`` and leaves the database as it was. Progress counts
        units and members; each cell's evaluations are drawn and written right after its
        members, the meetings after the last member (a few seconds for a commune), looking at
        ``cancel`` between cells.
        """
        if self._setup.site() is not None:
            raise OperationRefused("site.already_set_up")
        spec = DemoSpec(
            members=settings.members,
            cells=settings.cells,
            years=settings.years,
            seed=settings.seed,
            today=settings.today or date.today(),
            meeting_cells=settings.meeting_cells,
            meeting_years=settings.meeting_years,
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
        label = CommandLabel("demo.generate", generator.tree.site.name)
        with self._access.writing(label, Permission.ADMINISTER):
            self._store.save_site(generator.tree.site)
            self._store.insert_new(units)
            progress(len(units), total)
            # The meetings need the members of their cells, their secretaries and who is away:
            # kept as they stream past.
            in_meeting_cells: list[Member] = []
            kept = _keeping(generator.members(), generator.meeting_cell_ids, in_meeting_cells)
            reported = _reporting(kept, len(units), total, progress, cancel)
            drawn = _DrawnRecords(generator.with_reviews(reported), generator.meeting_cell_ids)
            self._store.insert_new(drawn)
            meetings = _MeetingRecords(
                generator.meetings(in_meeting_cells, drawn.posts, drawn.transfers), cancel
            )
            self._store.insert_new(meetings)
        progress(total, total)
        return DemoSummary(
            units=len(units),
            members=drawn.members,
            meetings=meetings.meetings,
            evaluations=drawn.evaluations,
        )


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


def _keeping(
    members: Iterable[Member], unit_ids: Collection[UUID], kept: list[Member]
) -> Iterator[Member]:
    """``members`` unchanged; those of ``unit_ids`` also appended to ``kept``."""
    for member in members:
        if member.unit_id in unit_ids:
            kept.append(member)
        yield member


class _DrawnRecords:
    """The members as they stream, and their review records after each commune's last member,
    one kind at a time (a run of one kind is one statement of the bulk insert: written cell by
    cell, the runs would be short); counts the members and their evaluations, and keeps the
    posts and transfers of ``meeting_cells`` (their meetings need them)."""

    def __init__(
        self, items: Iterable[Member | DemoReviews], meeting_cells: Collection[UUID]
    ) -> None:
        self._items = items
        self._meeting_cells = meeting_cells
        self.members = 0
        self.evaluations = 0
        self.posts: list[PartyPost] = []
        self.transfers: list[Transfer] = []

    def __iter__(self) -> Iterator[Any]:
        drawn: list[DemoReviews] = []
        for item in self._items:
            if isinstance(item, Member):
                self.members += 1
                yield item
                continue
            if item.years:  # the next commune begins
                yield from review_records(drawn)
                drawn.clear()
            drawn.append(item)
            self.evaluations += len(item.members)
            self.posts += [p for p in item.posts if p.unit_id in self._meeting_cells]
            self.transfers += [t for t in item.transfers if t.from_unit_id in self._meeting_cells]
        yield from review_records(drawn)


class _MeetingRecords:
    """The cells' meeting records, cell by cell and each kind together (the bulk insert writes
    a run of one kind with a single statement; memory holds one cell's year at a time),
    counting the meetings as they pass."""

    def __init__(self, cells: Iterable[CellMeetings], cancel: CancelToken | None) -> None:
        self._cells = cells
        self._cancel = cancel
        self.meetings = 0

    def __iter__(self) -> Iterator[Any]:
        for cell in self._cells:
            if self._cancel is not None:
                self._cancel.check()
            self.meetings += len(cell.meetings)
            yield cell.plan
            yield from cell.meetings
            yield from cell.attendance
            yield from cell.tasks
