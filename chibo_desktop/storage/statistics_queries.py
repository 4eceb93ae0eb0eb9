"""The statistics forms' counts, aggregated by SQLite: the roll of members on any date, rebuilt from
the status log and the transfers.

The definitions (``services.statistics`` states them for the people who read the figures):

* A member *entered* the roll on the day an official transfer in was presented (their earliest
  such arrival), otherwise on their admission date; a member with neither counts as having
  always been there. A member recorded only through a temporary transfer in is a guest and never
  counts (DOMAIN.md "Transfers").
* The *status on D* is the newest status change effective on or before D (the newer write first
  on the same day), ACTIVE when there is none. A member without any logged change (demo data,
  rosters imported from files) is taken to have had one: to their current status on their status
  date, or since always when that date is missing.
* The *cell on D* is the current cell, unless an official internal move arrived after D: then it
  is the cell the earliest such move left.
* *On the roll on D* in some units: entered by D, a status on D that keeps a member on the roll
  (``MemberStatus.on_roll``) and a cell on D among those units.

A province holds 300,000 members, so nothing here reads members into Python: each question is a
few ``GROUP BY`` queries. The records that history is rebuilt from (status changes, internal moves,
arrivals, temporary guests) are first copied into small indexed temporary tables. The members
they touch — a few percent — are "eventful" and go through the per-member look-ups above; every
other member is "plain": active, never moved, admitted here, so on the roll on D exactly when
admitted by D and in a chosen cell, which SQLite counts without any look-up.

The classification summary's counts are also kept, per unit and year (``roll_tally``): a province
asks for them often and little changes between two questions. Triggers (migration 8) forget a
unit's counts whenever a member, a status change, a transfer or an evaluation that could be
counted in it changes, so that only those units are counted again.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, NamedTuple
from uuid import UUID

from chibo_desktop.domain.enums import Gender, MemberStatus, TransferDirection, TransferKind
from chibo_desktop.storage.tables import database

_ON_ROLL = "(" + ", ".join(f"'{s.value}'" for s in MemberStatus if s.on_roll) + ")"
_ACTIVE = MemberStatus.ACTIVE.value
_ALWAYS = "0001-01-01"  # sorts before every real date
_OFFICIAL = TransferKind.OFFICIAL.value
_IN, _INTERNAL = TransferDirection.IN.value, TransferDirection.INTERNAL.value

# The event kinds ``movements`` counts: entries, returns to the roll, moves across the edge of the
# chosen units, and (as their values) the statuses that take a member off the roll.
ADMITTED = "admitted"
TRANSFERRED_IN = "transferred_in"
MOVED_IN = "moved_in"
RESTORED = "restored"
MOVED_OUT = "moved_out"

# Built for each question and dropped after it: temporary tables belong to the connection, and
# the statistics may run on the worker thread's own connection.
_PREPARE = (
    "CREATE TEMP TABLE stat_scope (id TEXT PRIMARY KEY) WITHOUT ROWID",
    f"""CREATE TEMP TABLE stat_change AS
        SELECT member_id, status, effective_on, version AS seq
        FROM status_change WHERE deleted = 0
        UNION ALL
        SELECT id, status, COALESCE(status_date, '{_ALWAYS}'), 0
        FROM member
        WHERE deleted = 0 AND status != '{_ACTIVE}'
          AND id NOT IN (SELECT member_id FROM status_change WHERE deleted = 0)""",
    "CREATE INDEX temp.stat_change_by_member ON stat_change (member_id, effective_on, seq)",
    f"""CREATE TEMP TABLE stat_move AS
        SELECT member_id, from_unit_id, to_unit_id, arrived_on AS moved_on, version AS seq
        FROM transfer
        WHERE deleted = 0 AND direction = '{_INTERNAL}' AND kind = '{_OFFICIAL}'
          AND arrived_on IS NOT NULL AND member_id IS NOT NULL
          AND from_unit_id IS NOT NULL AND to_unit_id IS NOT NULL""",
    "CREATE INDEX temp.stat_move_by_member ON stat_move (member_id, moved_on, seq)",
    f"""CREATE TEMP TABLE stat_arrival AS
        SELECT member_id, MIN(arrived_on) AS arrived_on
        FROM transfer
        WHERE deleted = 0 AND direction = '{_IN}' AND kind = '{_OFFICIAL}'
          AND arrived_on IS NOT NULL AND member_id IS NOT NULL
        GROUP BY member_id""",
    "CREATE UNIQUE INDEX temp.stat_arrival_by_member ON stat_arrival (member_id)",
    f"""CREATE TEMP TABLE stat_guest AS
        SELECT DISTINCT member_id
        FROM transfer
        WHERE deleted = 0 AND direction = '{_IN}' AND kind != '{_OFFICIAL}'
          AND member_id IS NOT NULL
          AND member_id NOT IN (SELECT member_id FROM stat_arrival)""",
    "CREATE UNIQUE INDEX temp.stat_guest_by_member ON stat_guest (member_id)",
    """CREATE TEMP TABLE stat_eventful AS
        SELECT member_id FROM stat_change UNION SELECT member_id FROM stat_move
        UNION SELECT member_id FROM stat_arrival UNION SELECT member_id FROM stat_guest""",
    "CREATE UNIQUE INDEX temp.stat_eventful_by_member ON stat_eventful (member_id)",
)
_TEMP_TABLES = (
    "stat_scope",
    "stat_change",
    "stat_move",
    "stat_arrival",
    "stat_guest",
    "stat_eventful",
    "stat_roll",
    "stat_period",
    "stat_event",
    "stat_elsewhere",
)

_IN_SCOPE = "IN (SELECT id FROM stat_scope)"


def _plain(whole_tree: bool) -> str:
    """The plain members ``m``, as the end of a FROM … WHERE clause. Part of a province is read
    through the index on the cell; the whole tree by one scan, faster than 300,000 look-ups."""
    in_scope = "" if whole_tree else f"AND m.unit_id {_IN_SCOPE} "
    return (
        f"member m WHERE m.deleted = 0 {in_scope}"
        "AND m.id NOT IN (SELECT member_id FROM stat_eventful)"
    )


_PLAIN_ADMITTED = f"COALESCE(m.admission_date, '{_ALWAYS}')"
# Live members who are not guests (plain members never are).
_COUNTED = "m.deleted = 0 AND m.id NOT IN (SELECT member_id FROM stat_guest)"
# The eventful members ``m``; CROSS JOIN keeps SQLite from scanning every member to find them.
_EVENTFUL_JOIN = "stat_eventful e CROSS JOIN member m ON m.id = e.member_id"
_EVENTFUL = f"{_EVENTFUL_JOIN} WHERE {_COUNTED}"

# SQL expressions about the member ``m`` on the day ``{day}`` (a parameter or a column).
_ENTERED = (
    "COALESCE((SELECT a.arrived_on FROM stat_arrival a WHERE a.member_id = m.id), "
    f"m.admission_date, '{_ALWAYS}')"
)
_STATUS_AT = (
    "COALESCE((SELECT c.status FROM stat_change c WHERE c.member_id = m.id "
    "AND c.effective_on <= {day} ORDER BY c.effective_on DESC, c.seq DESC LIMIT 1), "
    f"'{_ACTIVE}')"
)
_UNIT_AT = (
    "COALESCE((SELECT v.from_unit_id FROM stat_move v WHERE v.member_id = m.id "
    "AND v.moved_on > {day} ORDER BY v.moved_on, v.seq LIMIT 1), m.unit_id)"
)


def _on_roll(day: str) -> str:
    return (
        f"({_ENTERED} <= {day} AND {_STATUS_AT.format(day=day)} IN {_ON_ROLL} "
        f"AND {_UNIT_AT.format(day=day)} {_IN_SCOPE})"
    )


# A member's age in whole years on :on, from ISO dates (birthday not yet reached: one less).
_AGE = (
    "CAST(substr(:on, 1, 4) AS INTEGER) - CAST(substr(birth_date, 1, 4) AS INTEGER) "
    "- (substr(:on, 6, 5) < substr(birth_date, 6, 5))"
)
_PROFILE_COLUMNS = (
    "m.gender, m.ethnicity, m.religion, m.education, m.qualification, m.theory_level, "
    "m.birth_date, m.official_date"
)


# Eventful members' admissions and arrivals in the period, in the cell they were in that day. (A
# plain member joins the roll on their admission date, so plain admissions are the growth of the
# plain members' roll and need no query of their own.)
_ENTRIES = f"""
    SELECT m.id AS member_id,
           CASE WHEN a.member_id IS NULL THEN '{ADMITTED}' ELSE '{TRANSFERRED_IN}' END AS kind,
           1 AS delta
    FROM {_EVENTFUL_JOIN} LEFT JOIN stat_arrival a ON a.member_id = m.id
    WHERE {_COUNTED}
      AND COALESCE(a.arrived_on, m.admission_date) BETWEEN :start AND :end
      AND {_UNIT_AT.format(day="COALESCE(a.arrived_on, m.admission_date)")} {_IN_SCOPE}"""

# A status change counts when it takes a member off the roll, or back onto it, after they entered.
_CROSSINGS = f"""
    SELECT m.id,
           CASE WHEN c.status IN {_ON_ROLL} THEN '{RESTORED}' ELSE c.status END,
           CASE WHEN c.status IN {_ON_ROLL} THEN 1 ELSE -1 END
    FROM (
        SELECT member_id, status, effective_on,
               LAG(status, 1, '{_ACTIVE}')
                   OVER (PARTITION BY member_id ORDER BY effective_on, seq) AS previous
        FROM stat_change
    ) c CROSS JOIN member m ON m.id = c.member_id
    WHERE {_COUNTED}
      AND c.effective_on BETWEEN :start AND :end
      AND (c.status IN {_ON_ROLL}) != (c.previous IN {_ON_ROLL})
      AND {_ENTERED} <= c.effective_on
      AND {_UNIT_AT.format(day="c.effective_on")} {_IN_SCOPE}"""

# A move between two cells counts when exactly one of them is among the chosen units and the
# member was on the roll (dissolving a cell moves its dead and departed members' records too).
_MOVES = f"""
    SELECT m.id,
           CASE WHEN v.to_unit_id {_IN_SCOPE} THEN '{MOVED_IN}' ELSE '{MOVED_OUT}' END,
           CASE WHEN v.to_unit_id {_IN_SCOPE} THEN 1 ELSE -1 END
    FROM stat_move v CROSS JOIN member m ON m.id = v.member_id
    WHERE {_COUNTED}
      AND v.moved_on BETWEEN :start AND :end
      AND (v.from_unit_id {_IN_SCOPE}) != (v.to_unit_id {_IN_SCOPE})
      AND {_ENTERED} <= v.moved_on
      AND {_STATUS_AT.format(day="v.moved_on")} IN {_ON_ROLL}"""


@dataclass(frozen=True, slots=True)
class ProfileCounts:
    """Members on the roll on a date, counted by each attribute (value as stored → count)."""

    total: int
    official: int
    women: int
    by_ethnicity: dict[str, int]
    by_religion: dict[str, int]
    by_age: dict[int | None, int]  # None: no date of birth
    by_education: dict[str, int]
    by_qualification: dict[str, int]
    by_theory: dict[str | None, int]
    by_status: dict[str, int]  # the status on the date


# The members on the roll on :on, with their cell and status that day, whether they were admitted
# after :new_after (too new to be reviewed) and whether they were temporarily active elsewhere.
_ROLL_ON = f"""
    SELECT m.id AS member_id, m.unit_id AS unit_on, '{_ACTIVE}' AS status_on,
           COALESCE(m.admission_date, '{_ALWAYS}') > :new_after AS new
    FROM {{plain}} AND {_PLAIN_ADMITTED} <= :on
    UNION ALL
    SELECT member_id, unit_on, status_on, COALESCE(admission_date, '{_ALWAYS}') > :new_after
    FROM (
        SELECT m.id AS member_id, m.admission_date, {_ENTERED} AS entered,
               {_STATUS_AT.format(day=":on")} AS status_on,
               {_UNIT_AT.format(day=":on")} AS unit_on
        FROM {_EVENTFUL}
    )
    WHERE entered <= :on AND status_on IN {_ON_ROLL} AND unit_on {_IN_SCOPE}"""
_TEMPORARY = TransferKind.TEMPORARY.value
_OUT = TransferDirection.OUT.value
_ELSEWHERE = f"""
    CREATE TEMP TABLE stat_elsewhere AS
    SELECT DISTINCT member_id FROM transfer
    WHERE deleted = 0 AND kind = '{_TEMPORARY}' AND direction = '{_OUT}'
      AND member_id IS NOT NULL AND COALESCE(moved_on, decided_on) <= :on
      AND (returned_on IS NULL OR returned_on > :on)"""


@dataclass(frozen=True, slots=True)
class RollEntry:
    """A member on the roll on a date: their cell and status that day."""

    member_id: UUID
    unit_id: UUID
    status: MemberStatus
    new: bool  # admitted after the cut-off date asked about
    elsewhere: bool  # temporarily active in another organisation that day


@dataclass(frozen=True, slots=True)
class RollTally:
    """Members on the roll on a date in one unit (or report row), grouped: how many share these
    facts."""

    unit_id: UUID
    status: MemberStatus
    new: bool
    elsewhere: bool
    final_level: str | None  # of the year asked about
    count: int


class CountedOn(NamedTuple):
    """How a unit's members are counted in the classification summary: on its commune's review
    day, members admitted after ``new_after`` too new, summed into the report row ``row_id``."""

    row_id: UUID
    on: date
    new_after: date


@dataclass(frozen=True, slots=True)
class MovementCounts:
    carried_over: int
    end_of_period: int
    events: dict[str, int]  # by kind: the constants above, or an off-roll status value
    # (id, full name) of members whose counted events do not add up to the change in their
    # presence on the roll, in roster order.
    unexplained: list[tuple[UUID, str]]


class StatisticsQueries:
    """``unit_ids``: the units counted (a unit and its subtree); None counts the whole tree."""

    def admission_counts(
        self, start: date, end: date, base_day: date, unit_ids: Collection[UUID] | None
    ) -> tuple[int, int]:
        """Members admitted (not transferred in) from ``start`` to ``end``, in the units they
        were in on their admission date; and the members on the roll on ``base_day``."""
        params = {"start": start.isoformat(), "end": end.isoformat(), "on": base_day.isoformat()}
        with self._prepared(unit_ids) as whole_tree:
            plain_admitted, plain_on = database.execute_sql(
                f"""SELECT COALESCE(SUM(m.admission_date BETWEEN :start AND :end), 0),
                           COALESCE(SUM({_PLAIN_ADMITTED} <= :on), 0)
                    FROM {_plain(whole_tree)}""",
                params,
            ).fetchone()
            eventful_admitted = self._scalar(
                f"SELECT COUNT(*) FROM ({_ENTRIES}) WHERE kind = '{ADMITTED}'", params
            )
            eventful_on = self._scalar(
                f"SELECT COUNT(*) FROM {_EVENTFUL} AND {_on_roll(':on')}", params
            )
        return plain_admitted + eventful_admitted, plain_on + eventful_on

    def profile_counts(self, on: date, unit_ids: Collection[UUID] | None) -> ProfileCounts:
        params = {"on": on.isoformat()}
        with self._prepared(unit_ids) as whole_tree:
            # One pass groups the members by every attribute at once; each count below then
            # reads this table of combinations, far shorter than the membership.
            self._execute(
                f"""CREATE TEMP TABLE stat_roll AS
                    SELECT gender, ethnicity, religion, education, qualification, theory_level,
                           CASE WHEN birth_date IS NULL THEN NULL ELSE {_AGE} END AS age,
                           official_date IS NOT NULL AND official_date <= :on AS official,
                           status, COUNT(*) AS n
                    FROM (
                        SELECT {_PROFILE_COLUMNS}, '{_ACTIVE}' AS status
                        FROM {_plain(whole_tree)} AND {_PLAIN_ADMITTED} <= :on
                        UNION ALL
                        SELECT gender, ethnicity, religion, education, qualification,
                               theory_level, birth_date, official_date, status_on
                        FROM (
                            SELECT {_PROFILE_COLUMNS}, {_ENTERED} AS entered,
                                   {_STATUS_AT.format(day=":on")} AS status_on,
                                   {_UNIT_AT.format(day=":on")} AS unit_on
                            FROM {_EVENTFUL}
                        )
                        WHERE entered <= :on AND status_on IN {_ON_ROLL}
                          AND unit_on {_IN_SCOPE}
                    )
                    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9""",
                params,
            )
            total, official, women = database.execute_sql(
                "SELECT COALESCE(SUM(n), 0), COALESCE(SUM(n * official), 0), "
                "COALESCE(SUM(n * (gender = ?)), 0) FROM stat_roll",
                (Gender.FEMALE.value,),
            ).fetchone()

            def grouped(column: str) -> dict[Any, int]:
                sql = f"SELECT {column}, SUM(n) FROM stat_roll GROUP BY 1"
                return dict(database.execute_sql(sql).fetchall())

            return ProfileCounts(
                total=total,
                official=official,
                women=women,
                by_ethnicity=grouped("ethnicity"),
                by_religion=grouped("religion"),
                by_age=grouped("age"),
                by_education=grouped("education"),
                by_qualification=grouped("qualification"),
                by_theory=grouped("theory_level"),
                by_status=grouped("status"),
            )

    def movements(
        self, start: date, end: date, unit_ids: Collection[UUID] | None
    ) -> MovementCounts:
        params = {
            "before": (start - timedelta(days=1)).isoformat(),
            "start": start.isoformat(),
            "end": end.isoformat(),
        }
        with self._prepared(unit_ids) as whole_tree:
            plain_start, plain_end = database.execute_sql(
                f"""SELECT COALESCE(SUM({_PLAIN_ADMITTED} <= :before), 0),
                           COALESCE(SUM({_PLAIN_ADMITTED} <= :end), 0)
                    FROM {_plain(whole_tree)}""",
                params,
            ).fetchone()
            self._execute(
                f"""CREATE TEMP TABLE stat_period AS
                    SELECT m.id AS member_id,
                           {_on_roll(":before")} AS on_start,
                           {_on_roll(":end")} AS on_end
                    FROM {_EVENTFUL}""",
                params,
            )
            self._execute(
                f"CREATE TEMP TABLE stat_event AS {_ENTRIES} UNION ALL {_CROSSINGS} "
                f"UNION ALL {_MOVES}",
                params,
            )
            eventful_start, eventful_end = database.execute_sql(
                "SELECT COALESCE(SUM(on_start), 0), COALESCE(SUM(on_end), 0) FROM stat_period"
            ).fetchone()
            events = dict(
                database.execute_sql("SELECT kind, COUNT(*) FROM stat_event GROUP BY kind")
            )
            events[ADMITTED] = events.get(ADMITTED, 0) + plain_end - plain_start
            # Plain members cannot fail to add up: their one event is their joining the roll.
            unexplained = database.execute_sql(
                """SELECT m.id, m.full_name FROM (
                       SELECT member_id, SUM(change) AS gap FROM (
                           SELECT member_id, on_end - on_start AS change FROM stat_period
                           WHERE on_start != on_end
                           UNION ALL
                           SELECT member_id, -delta FROM stat_event
                       ) GROUP BY member_id HAVING gap != 0
                   ) g JOIN member m ON m.id = g.member_id
                   ORDER BY m.sort_key, m.id"""
            ).fetchall()
        return MovementCounts(
            carried_over=plain_start + eventful_start,
            end_of_period=plain_end + eventful_end,
            events=events,
            unexplained=[(UUID(hex=member_id), name) for member_id, name in unexplained],
        )

    def cell_tallies(self, year: int, units: Mapping[UUID, CountedOn]) -> list[RollTally]:
        """The roll by status, newness, absence elsewhere and the final level of ``year``'s
        evaluation (the classification summary's figures) of each unit, each counted on its own
        review day and summed into its report row: the tallies' ``unit_id`` is the row's.

        Each unit's counts are kept (``roll_tally``) and read back while nothing they are made
        of has changed; only the units someone changed since are counted again."""
        with database.atomic():
            self._execute("DROP TABLE IF EXISTS temp.tally_wanted")
            self._execute(
                "CREATE TEMP TABLE tally_wanted (unit_id TEXT PRIMARY KEY, row_id TEXT, "
                "review_on TEXT, new_after TEXT) WITHOUT ROWID"
            )
            try:
                database.cursor().executemany(
                    "INSERT INTO tally_wanted VALUES (?, ?, ?, ?)",
                    [
                        (unit.hex, c.row_id.hex, c.on.isoformat(), c.new_after.isoformat())
                        for unit, c in units.items()
                    ],
                )
                stale: dict[tuple[date, date], set[str]] = defaultdict(set)
                for unit, on, new_after in database.execute_sql(
                    """SELECT w.unit_id, w.review_on, w.new_after FROM tally_wanted w
                       WHERE NOT EXISTS (
                           SELECT 1 FROM roll_tally_cell c
                           WHERE c.unit_id = w.unit_id AND c.year = ?
                             AND c.review_on = w.review_on AND c.new_after = w.new_after)""",
                    (year,),
                ).fetchall():
                    stale[(date.fromisoformat(on), date.fromisoformat(new_after))].add(unit)
                if stale:
                    self._count_again(stale, year)
                rows = database.execute_sql(
                    """SELECT w.row_id, t.status, t.new, t.elsewhere, t.final_level, SUM(t.count)
                       FROM tally_wanted w CROSS JOIN roll_tally t
                         ON t.unit_id = w.unit_id AND t.year = ?
                       GROUP BY 1, 2, 3, 4, 5""",
                    (year,),
                ).fetchall()
            finally:
                self._execute("DROP TABLE IF EXISTS temp.tally_wanted")
        return [
            RollTally(UUID(hex=row), MemberStatus(status), bool(new), bool(away), level, n)
            for row, status, new, away, level, n in rows
        ]

    def _count_again(self, stale: dict[tuple[date, date], set[str]], year: int) -> None:
        """Count the stale units of each day and keep their counts."""
        cursor = database.cursor()
        all_units = self._scalar("SELECT COUNT(*) FROM unit", {})
        with self._prepared([]):
            for (on, new_after), units in stale.items():
                params = {
                    "on": on.isoformat(),
                    "new_after": new_after.isoformat(),
                    "year": str(year),
                }
                self._scope([UUID(hex=u) for u in units])
                self._execute("DROP TABLE IF EXISTS temp.stat_elsewhere")
                self._execute(_ELSEWHERE, params)
                # Beyond a third of the units, one pass over every member beats reading them
                # cell by cell.
                whole_tree = len(units) * 3 > all_units
                rows = [
                    (unit, year, status, new, away, level, n)
                    for unit, status, new, away, level, n in database.execute_sql(
                        f"""SELECT r.unit_on, r.status_on, r.new,
                                   r.member_id IN (SELECT member_id FROM stat_elsewhere),
                                   (SELECT ev.final_level FROM member_evaluation ev
                                    WHERE ev.member_id = r.member_id AND ev.year = :year
                                      AND ev.deleted = 0
                                    ORDER BY ev.version DESC LIMIT 1),
                                   COUNT(*)
                            FROM ({_ROLL_ON.format(plain=_plain(whole_tree))}) r
                            GROUP BY 1, 2, 3, 4, 5""",
                        params,
                    )
                    if unit in units
                ]
                cursor.executemany(
                    "DELETE FROM roll_tally WHERE unit_id = ? AND year = ?",
                    [(unit, year) for unit in units],
                )
                cursor.executemany("INSERT INTO roll_tally VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
                cursor.executemany(
                    "INSERT OR REPLACE INTO roll_tally_cell VALUES (?, ?, ?, ?)",
                    [(unit, year, params["on"], params["new_after"]) for unit in units],
                )

    def roll(self, on: date, new_after: date, unit_ids: Collection[UUID]) -> list[RollEntry]:
        """The members on the roll on ``on`` in the given cells, one entry each."""
        params = {"on": on.isoformat(), "new_after": new_after.isoformat()}
        with self._prepared(unit_ids) as whole_tree:
            self._execute(_ELSEWHERE, params)
            rows = database.execute_sql(
                f"""SELECT r.member_id, r.unit_on, r.status_on, r.new,
                           r.member_id IN (SELECT member_id FROM stat_elsewhere)
                    FROM ({_ROLL_ON.format(plain=_plain(whole_tree))}) r""",
                params,
            ).fetchall()
        return [
            RollEntry(UUID(hex=m), UUID(hex=u), MemberStatus(status), bool(new), bool(away))
            for m, u, status, new, away in rows
        ]

    # -- plumbing ---------------------------------------------------------------------------------
    @contextmanager
    def _prepared(self, unit_ids: Collection[UUID] | None) -> Iterator[bool]:
        """The temporary tables for one question, inside one read transaction so that the
        counts of one form all see the same data. Yields whether the whole tree is counted."""
        with database.atomic():
            self._drop()
            try:
                for sql in _PREPARE:
                    self._execute(sql)
                self._scope(unit_ids)
                yield unit_ids is None
            finally:
                self._drop()

    def _scope(self, unit_ids: Collection[UUID] | None) -> None:
        """Count these units from now on (None: the whole tree)."""
        self._execute("DELETE FROM stat_scope")
        if unit_ids is None:
            self._execute("INSERT INTO stat_scope SELECT id FROM unit")
        else:
            database.cursor().executemany(
                "INSERT OR IGNORE INTO stat_scope VALUES (?)",
                [(unit_id.hex,) for unit_id in unit_ids],
            )

    def _drop(self) -> None:
        for table in _TEMP_TABLES:
            self._execute(f"DROP TABLE IF EXISTS temp.{table}")

    @staticmethod
    def _execute(sql: str, params: dict[str, str] | None = None) -> None:
        database.execute_sql(sql, params or {})

    @staticmethod
    def _scalar(sql: str, params: dict[str, str]) -> int:
        row = database.execute_sql(sql, params).fetchone()
        return int(row[0]) if row else 0
