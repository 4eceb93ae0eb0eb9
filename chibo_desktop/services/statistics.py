"""The statistics forms sent upward: Biểu 1 (increase and decrease over a period), Biểu 3 (the
profile of the membership on a date) and the yearly admission rate (DOMAIN.md "Reports").

Every figure can be computed for a past date: the roll is rebuilt from the status log and the
transfers, not read from today's roster. The definitions:

* **On the roll on D** (of a unit and the units below it): a member who had *entered* by D — on
  their admission date, or, for a member who came by an official transfer in, on the day the
  letter was presented — whose *status on D* keeps them on the roll (active, exempt, suspended;
  not transferred out, died, struck off, expelled or resigned), and whose *cell on D* is among
  those units. The status on D is the newest status change effective on or before D (none:
  active); a member with no logged change at all (demo data, imported rosters) is taken to have
  changed to their current status on their status date. The cell on D is the current cell,
  unless an official internal move arrived after D: then the cell that move left. Members known
  only through a temporary transfer in are guests of the host cell and never counted.
* **Biểu 1** for the period [start, end]: *carried over* = on the roll on the day before start;
  *admitted* = admission dates in the period (of members who did not come by transfer), in the
  cell they were in that day; *transferred in* = official transfers in presented in the period;
  *moved in / moved out* = internal moves in the period between a chosen unit and a cell outside
  them (only when a part of the tree is chosen); *restored* = status changes in the period that
  bring a member back onto the roll; *died, expelled, struck off, resigned, transferred out* =
  status changes in the period that take a member off the roll (an official transfer out writes
  its "transferred out" change on the letter's date); *end of period* = on the roll on the end
  date. A change counts only if the member had entered by its date and was in a chosen unit
  that day, so carried over + increases − decreases = end of period whenever the history is
  consistent; members for whom it is not are listed in ``unexplained``.
* **Biểu 3** on D: the members on the roll on D by official (official date on or before D) or
  probationary, gender, ethnicity (minorities: other than Kinh), religion, age on D in
  ``AGE_BANDS``, general education and professional qualification as recorded, political theory
  level (none recorded: not trained), and status on D; and the cells among those units active on
  D (``Unit.is_active_on``) by type. Today's attributes are used for past dates: the program
  keeps no dated history of a member's education or theory level.
* **Admission rate** for year Y: members admitted in Y (as in Biểu 1) as a percentage of the
  members on the roll on the base date — 31/12 of Y − 1 by default, or 1/1 of Y — rounded to two
  decimals.

The tree used is today's: a cell that moved to another commune counts where it is now.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from uuid import UUID

from chibo_desktop.domain.catalogues import (
    ETHNICITIES,
    GENERAL_EDUCATION,
    NO_RELIGION,
    QUALIFICATIONS,
    RELIGIONS,
)
from chibo_desktop.domain.enums import CellKind, MemberStatus, TheoryLevel
from chibo_desktop.domain.statistics import (
    AdmissionBase,
    AdmissionRate,
    IncreaseDecrease,
    MemberRef,
    Profile,
    age_band_counts,
)
from chibo_desktop.reports.statistics_sheet import FigureSheet, write_figures_xlsx
from chibo_desktop.services.files import write_atomically
from chibo_desktop.storage.repositories import UnitRepository
from chibo_desktop.storage.statistics_queries import (
    ADMITTED,
    MOVED_IN,
    MOVED_OUT,
    RESTORED,
    TRANSFERRED_IN,
    StatisticsQueries,
)

MAJORITY_ETHNICITY = ETHNICITIES[0]  # Kinh


class StatisticsService:
    def __init__(self, units: UnitRepository, queries: StatisticsQueries | None = None) -> None:
        self._units = units
        self._queries = queries or StatisticsQueries()

    def increase_decrease(self, unit_id: UUID | None, start: date, end: date) -> IncreaseDecrease:
        """Biểu 1 for the unit and the units below it (None: the whole organisation)."""
        if end < start:
            raise ValueError(f"the period ends ({end}) before it starts ({start})")
        counts = self._queries.movements(start, end, self._scope(unit_id))
        events = counts.events
        return IncreaseDecrease(
            start=start,
            end=end,
            carried_over=counts.carried_over,
            admitted=events.get(ADMITTED, 0),
            transferred_in=events.get(TRANSFERRED_IN, 0),
            moved_in=events.get(MOVED_IN, 0),
            restored=events.get(RESTORED, 0),
            died=events.get(MemberStatus.DIED.value, 0),
            expelled=events.get(MemberStatus.EXPELLED.value, 0),
            struck_off=events.get(MemberStatus.STRUCK_OFF.value, 0),
            resigned=events.get(MemberStatus.RESIGNED.value, 0),
            transferred_out=events.get(MemberStatus.TRANSFERRED_OUT.value, 0),
            moved_out=events.get(MOVED_OUT, 0),
            end_of_period=counts.end_of_period,
            unexplained=tuple(MemberRef(i, name) for i, name in counts.unexplained),
        )

    def profile(self, unit_id: UUID | None, on: date) -> Profile:
        """Biểu 3 on ``on`` for the unit and the units below it (None: the whole organisation)."""
        scope = self._scope(unit_id)
        counts = self._queries.profile_counts(on, scope)
        ages = {age: n for age, n in counts.by_age.items() if age is not None}
        # An empty value is "not recorded": neither a minority nor a religion.
        minorities = sum(
            n for name, n in counts.by_ethnicity.items() if name not in ("", MAJORITY_ETHNICITY)
        )
        religious = sum(
            n for name, n in counts.by_religion.items() if name not in ("", NO_RELIGION)
        )
        return Profile(
            on=on,
            total=counts.total,
            official=counts.official,
            probationary=counts.total - counts.official,
            women=counts.women,
            minorities=minorities,
            by_ethnicity=_in_catalogue_order(counts.by_ethnicity, ETHNICITIES),
            religious=religious,
            by_religion=_in_catalogue_order(counts.by_religion, RELIGIONS),
            by_age_band=age_band_counts(ages),
            age_unknown=counts.by_age.get(None, 0),
            by_education=_in_catalogue_order(counts.by_education, GENERAL_EDUCATION),
            by_qualification=_in_catalogue_order(counts.by_qualification, QUALIFICATIONS),
            by_theory=(
                (None, counts.by_theory.get(None, 0)),
                *((level, counts.by_theory.get(level.value, 0)) for level in TheoryLevel),
            ),
            by_status=tuple(
                (status, counts.by_status.get(status.value, 0))
                for status in MemberStatus
                if status.on_roll
            ),
            cells_by_kind=self._cells_by_kind(scope, on),
        )

    def admission_rate(
        self,
        unit_id: UUID | None,
        year: int,
        base: AdmissionBase | str = AdmissionBase.PREVIOUS_YEAR_END,
    ) -> AdmissionRate:
        base = AdmissionBase(base)
        base_date = base.base_date(year)
        admitted, at_base = self._queries.admission_counts(
            date(year, 1, 1), date(year, 12, 31), base_date, self._scope(unit_id)
        )
        return AdmissionRate(year, base, base_date, admitted, at_base)

    def save_workbook(self, destination: Path, sheets: Sequence[FigureSheet]) -> None:
        """The forms as shown (worded by the caller) in an Excel workbook; the file appears
        only once it is complete."""
        write_atomically(destination, lambda stream: write_figures_xlsx(sheets, stream))

    # -- helpers ----------------------------------------------------------------------------------
    def _scope(self, unit_id: UUID | None) -> frozenset[UUID] | None:
        """The unit and every unit below it in today's tree; None for the whole tree."""
        if unit_id is None:
            return None
        children: dict[UUID | None, list[UUID]] = defaultdict(list)
        for unit in self._units.all():
            children[unit.parent_id].append(unit.id)
        found: set[UUID] = set()
        stack = [unit_id]
        while stack:
            current = stack.pop()
            if current not in found:
                found.add(current)
                stack.extend(children[current])
        return frozenset(found)

    def _cells_by_kind(
        self, scope: frozenset[UUID] | None, on: date
    ) -> tuple[tuple[CellKind | None, int], ...]:
        counts: dict[CellKind | None, int] = defaultdict(int)
        for unit in self._units.all():
            if unit.is_cell and unit.is_active_on(on) and (scope is None or unit.id in scope):
                counts[unit.kind] += 1
        rows: list[tuple[CellKind | None, int]] = [(kind, counts[kind]) for kind in CellKind]
        if counts[None]:
            rows.append((None, counts[None]))  # cells whose type was never recorded
        return tuple(rows)


def _in_catalogue_order(
    counts: dict[str, int], catalogue: Iterable[str]
) -> tuple[tuple[str, int], ...]:
    """The values present, in the catalogue's order, then values outside it alphabetically, then
    the members for whom nothing is recorded ("")."""
    order = {value: i for i, value in enumerate(catalogue)}
    present = [value for value, n in counts.items() if n and value]
    present.sort(key=lambda value: (value not in order, order.get(value, 0), value))
    if counts.get("", 0):
        present.append("")
    return tuple((value, counts[value]) for value in present)
