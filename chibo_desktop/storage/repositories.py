"""Reads. Every method returns entities (or plain values), never rows, so nothing lazy escapes."""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar
from uuid import UUID

import peewee as pw
from peewee import SQL

from chibo_desktop.domain.entities import Member, Unit
from chibo_desktop.domain.enums import Membership, MemberStatus
from chibo_desktop.domain.evaluation import MemberEvaluation, UnitEvaluation
from chibo_desktop.domain.meetings import FeeStatus, Meeting, MeetingState, Presence
from chibo_desktop.domain.queries import MINORITIES, UNTRAINED, MemberOrder, MemberQuery
from chibo_desktop.domain.rules import Level, RuleProfile
from chibo_desktop.storage.mappers import (
    MAPPERS,
    MEMBER_MAPPER,
    PROFILE_MAPPER,
    UNIT_MAPPER,
    member_columns,
)
from chibo_desktop.storage.tables import (
    VERSIONED_TABLES,
    AttachmentBlobRow,
    AttendanceRow,
    BadgeRow,
    HistoryRow,
    MeetingRow,
    MemberEvaluationRow,
    MemberRow,
    RuleProfileRow,
    UnitEvaluationRow,
    UnitRow,
    database,
)

R = TypeVar("R")
_MEETING = MAPPERS[Meeting]
_MEMBER_EVALUATION = MAPPERS[MemberEvaluation]
_UNIT_EVALUATION = MAPPERS[UnitEvaluation]


def _as_date(value: date | str) -> date:
    """A date column read outside its model (a joined or computed select gives the text)."""
    return value if isinstance(value, date) else date.fromisoformat(value)


def _years_before(day: date, years: int) -> date:
    """The same day ``years`` earlier (28 February for 29 February in a common year)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


_TRIGRAM = 3  # the trigram index answers only for three characters or more
_ROWID = pw.Column(MemberRow, "rowid")
_ON_ROLL = [s.value for s in MemberStatus if s.on_roll]
# SQLite's default limit on host parameters is 32766; a province has ~3,000 cells.
_MAX_IN_LIST = 30_000


def _in_chunks(values: Collection[R]) -> Iterator[list[R]]:
    """``values`` in lists short enough to bind as one ``IN (...)``."""
    ordered = list(values)
    for start in range(0, len(ordered), _MAX_IN_LIST):
        yield ordered[start : start + _MAX_IN_LIST]


def _unit_filters(
    unit_ids: Collection[UUID] | None, column: str
) -> Iterator[tuple[str, list[str]]]:
    """``AND column IN (...)`` clauses with their values, in chunks short enough to bind; one
    empty clause for None (every unit)."""
    if unit_ids is None:
        yield "", []
        return
    for chunk in _in_chunks([unit_id.hex for unit_id in unit_ids]):
        yield f"AND {column} IN ({', '.join('?' * len(chunk))})", chunk


class _UntilWritten(Generic[R]):
    """A value read from the database, kept until anything is written: by this thread's
    connection (its count of changes moves, committed or not) or committed by another (its
    ``data_version`` moves). The tree is read on every keystroke of a search and every refresh
    of a tab; a province has 3,000 cells, and re-reading them took longer than the search."""

    def __init__(self, read: Callable[[], R]) -> None:
        self._read = read
        # (connection, its changes, its data version), value: replaced as one, for two threads
        self._kept: tuple[tuple[Any, int, int], R] | None = None

    def get(self) -> R:
        connection = database.connection()
        (version,) = connection.execute("PRAGMA data_version").fetchone()
        kept = self._kept
        if kept is not None:
            (owner, changes, seen), value = kept
            # The connection itself, not its id: a closed one's id may be reused.
            if owner is connection and (changes, seen) == (connection.total_changes, version):
                return value
        value = self._read()
        self._kept = ((connection, connection.total_changes, version), value)
        return value


def _read_units() -> tuple[Unit, ...]:
    rows = UnitRow.select().where(UnitRow.deleted == False).dicts()  # noqa: E712
    return tuple(UNIT_MAPPER.from_columns(r) for r in rows)


def _read_every_unit_id() -> frozenset[UUID]:
    return frozenset(row[0] for row in UnitRow.select(UnitRow.id).tuples())


# Module-wide: the key holds the connection, so two databases never share an entry.
_units = _UntilWritten(_read_units)
_every_unit_id = _UntilWritten(_read_every_unit_id)


def _every_unit(unit_ids: Collection[UUID]) -> bool:
    """Whether ``unit_ids`` names every unit there is, deleted ones too (the whole tree): a
    filter on them then keeps every row."""
    return len(unit_ids) >= len(every := _every_unit_id.get()) and every <= set(unit_ids)


class UnitRepository:
    def all(self) -> list[Unit]:
        return list(_units.get())

    def get(self, unit_id: UUID) -> Unit | None:
        row = UnitRow.select().where(UnitRow.id == unit_id).dicts().first()
        return UNIT_MAPPER.from_columns(row) if row else None

    def code_in_use(self, code: str, except_id: UUID | None = None) -> bool:
        query = UnitRow.select().where((UnitRow.code == code) & (UnitRow.deleted == False))  # noqa: E712
        if except_id is not None:
            query = query.where(UnitRow.id != except_id)
        return query.exists()

    def member_count(self, unit_id: UUID, on_roll_only: bool = True) -> int:
        query = MemberRow.select().where((MemberRow.unit == unit_id) & (MemberRow.deleted == False))  # noqa: E712
        if on_roll_only:
            query = query.where(MemberRow.status.in_(_ON_ROLL))
        return query.count()


class MemberRepository:
    def __init__(self) -> None:
        self._narrow_cache: dict[tuple[str, int, int], str] = {}

    def get(self, member_id: UUID) -> Member | None:
        row = MemberRow.select().where(MemberRow.id == member_id).dicts().first()
        return MEMBER_MAPPER.from_columns(row) if row else None

    def _filtered(self, query: MemberQuery) -> pw.ModelSelect:
        select = MemberRow.select().where(MemberRow.deleted == False)  # noqa: E712
        # The whole tree (an upper level's root chosen) is no filter: testing each member
        # against 3,000 ids made every search of a province's roster several times slower.
        if query.unit_ids is not None and not _every_unit(query.unit_ids):
            ids = list(query.unit_ids)
            if len(ids) > _MAX_IN_LIST:
                raise ValueError("too many units in one query")
            select = select.where(MemberRow.unit.in_(ids))
        if query.on_roll_only:
            select = select.where(MemberRow.status.in_(_ON_ROLL))
        select = self._filters(select, query)
        text = query.folded_text
        if text:
            select = select.where(self._text_condition(text))
        return select

    @staticmethod
    def _filters(select: pw.ModelSelect, query: MemberQuery) -> pw.ModelSelect:
        if query.status is not None:
            select = select.where(MemberRow.status == query.status.value)
        if query.membership is Membership.OFFICIAL:
            select = select.where(MemberRow.official_date.is_null(False))
        elif query.membership is Membership.PROBATIONARY:
            select = select.where(MemberRow.official_date.is_null())
        if query.gender is not None:
            select = select.where(MemberRow.gender == query.gender.value)
        if query.ethnicity == MINORITIES:
            select = select.where(MemberRow.ethnicity != "Kinh")
        elif query.ethnicity is not None:
            select = select.where(MemberRow.ethnicity == query.ethnicity)
        if query.theory == UNTRAINED:
            select = select.where(MemberRow.theory_level.is_null())
        elif query.theory is not None:
            select = select.where(MemberRow.theory_level == query.theory)
        as_of = query.as_of or date.today()
        for band, column in (
            (query.age, MemberRow.birth_date),
            (query.seniority, MemberRow.admission_date),
        ):
            if band is None:
                continue
            # Aged at least ``low`` on as_of: born on or before as_of minus low years; at most
            # ``high``: born after as_of minus (high + 1) years.
            if band.low is not None:
                select = select.where(column <= _years_before(as_of, band.low))
            if band.high is not None:
                select = select.where(column > _years_before(as_of, band.high + 1))
        return select

    def count(self, query: MemberQuery) -> int:
        return self._filtered(query).count()

    # Up to this many candidates are fetched through an index and sorted; beyond it, walking the
    # roster order and testing each row finds a page sooner.
    _NARROW_LIMIT = 5000

    def _text_condition(self, text: str) -> pw.Expression:
        if text.isdigit():
            return self._number_condition(text)
        rowids = self._narrow_name_matches(text)
        if rowids is not None:
            return _ROWID.in_(SQL("(SELECT value FROM json_each(?))", [rowids]))
        return MemberRow.search_key.contains(text)  # already folded

    def _number_condition(self, text: str) -> pw.Expression:
        """A number is a card or ID prefix. A few matches are found through the two indexes;
        many (every ID starts with "0") through the roster order, which finds a page at once
        where gathering and sorting tens of thousands of matches would take a second."""
        # ":" is the character after "9".
        by_card = (MemberRow.party_card >= text) & (MemberRow.party_card < text + ":")
        by_id = (MemberRow.personal_id >= text) & (MemberRow.personal_id < text + ":")
        if all(
            MemberRow.select(SQL("1")).where(prefix).limit(self._NARROW_LIMIT + 1).count()
            <= self._NARROW_LIMIT
            for prefix in (by_card, by_id)
        ):
            return by_card | by_id
        # substr() keeps the planner off the card and ID indexes.
        length = len(text)
        return (pw.fn.substr(MemberRow.party_card, 1, length) == text) | (
            pw.fn.substr(MemberRow.personal_id, 1, length) == text
        )

    def _narrow_name_matches(self, text: str) -> str | None:
        """Row ids (as JSON) of the names containing ``text`` when there are at most
        _NARROW_LIMIT of them, found through the trigram index; None when there are more or
        when the index cannot answer (fewer than three characters)."""
        if len(text) < _TRIGRAM:
            return None
        # Valid until the next write, by this connection or another one.
        connection = database.connection()
        data_version = connection.execute("PRAGMA data_version").fetchone()[0]
        key = (text, connection.total_changes, data_version)
        cached = self._narrow_cache.get(key)
        if cached is None:
            # A quoted phrase of trigrams is a substring test, and quicker than LIKE.
            phrase = '"' + text.replace('"', '""') + '"'
            rows = database.execute_sql(
                'SELECT rowid FROM "member_fts" WHERE "member_fts" MATCH ? LIMIT ?',
                (phrase, self._NARROW_LIMIT + 1),
            ).fetchall()
            cached = "" if len(rows) > self._NARROW_LIMIT else json.dumps([r[0] for r in rows])
            self._narrow_cache = {key: cached}  # one entry: the text being typed now
        return cached or None

    def page(self, query: MemberQuery, offset: int, limit: int) -> list[Member]:
        order_columns = {
            MemberOrder.NAME: [MemberRow.sort_key],
            MemberOrder.BIRTH_DATE: [MemberRow.birth_date, MemberRow.sort_key],
            MemberOrder.ADMISSION_DATE: [MemberRow.admission_date, MemberRow.sort_key],
            MemberOrder.UNIT: [UnitRow.sort_key, MemberRow.sort_key],
            MemberOrder.STATUS: [MemberRow.status, MemberRow.sort_key],
        }[query.order]
        ordering = [c.desc() if query.descending else c for c in [*order_columns, MemberRow.id]]
        select = self._filtered(query)
        if query.order is MemberOrder.UNIT:
            select = select.join(UnitRow, on=(MemberRow.unit == UnitRow.id))
        rows = select.order_by(*ordering).offset(offset).limit(limit).dicts()
        return [MEMBER_MAPPER.from_columns(r) for r in rows]

    def in_unit(self, unit_id: UUID) -> list[Member]:
        """Every live member recorded in the unit, on the roll or not."""
        rows = (
            MemberRow.select()
            .where((MemberRow.unit == unit_id) & (MemberRow.deleted == False))  # noqa: E712
            .order_by(MemberRow.sort_key)
            .dicts()
        )
        return [MEMBER_MAPPER.from_columns(r) for r in rows]

    def many(self, member_ids: Collection[UUID]) -> list[Member]:
        """The live members among these ids, in roster order."""
        found: list[Member] = []
        for chunk in _in_chunks(member_ids):
            rows = (
                MemberRow.select()
                .where(
                    MemberRow.id.in_(chunk) & (MemberRow.deleted == False)  # noqa: E712
                )
                .dicts()
            )
            found += [MEMBER_MAPPER.from_columns(r) for r in rows]
        return found

    def official_counts_by_unit(self) -> dict[UUID, int]:
        """Official members on the roll, per unit."""
        rows = (
            MemberRow.select(MemberRow.unit, pw.fn.COUNT(MemberRow.id))
            .where(
                (MemberRow.deleted == False)  # noqa: E712
                & MemberRow.official_date.is_null(False)
                & MemberRow.status.in_(_ON_ROLL)
            )
            .group_by(MemberRow.unit)
            .tuples()
        )
        return dict(rows)

    def on_probation(self) -> list[Member]:
        """Members on the roll with an admission ceremony and no official date yet."""
        rows = (
            MemberRow.select()
            .where(
                (MemberRow.deleted == False)  # noqa: E712
                & MemberRow.official_date.is_null()
                & MemberRow.ceremony_date.is_null(False)
                & MemberRow.status.in_(_ON_ROLL)
            )
            .dicts()
        )
        return [MEMBER_MAPPER.from_columns(r) for r in rows]

    def admitted_in_years(self, years: list[int]) -> list[Member]:
        """Members on the roll admitted in any of ``years`` (badge anniversaries)."""
        if not years:
            return []
        admitted_year = pw.fn.strftime("%Y", MemberRow.admission_date).cast("INTEGER")
        rows = (
            MemberRow.select()
            .where(
                (MemberRow.deleted == False)  # noqa: E712
                & MemberRow.status.in_(_ON_ROLL)
                & admitted_year.in_(years)
            )
            .dicts()
        )
        return [MEMBER_MAPPER.from_columns(r) for r in rows]

    def with_number(self, field: str, value: str) -> list[Member]:
        """Live members whose ``personal_id`` or ``party_card`` (``field``) is ``value``."""
        column = {"personal_id": MemberRow.personal_id, "party_card": MemberRow.party_card}[field]
        rows = (
            MemberRow.select()
            .where((column == value) & (MemberRow.deleted == False))  # noqa: E712
            .dicts()
        )
        return [MEMBER_MAPPER.from_columns(r) for r in rows]

    def with_any(
        self,
        personal_ids: Collection[str],
        party_cards: Collection[str],
        birth_dates: Collection[date],
    ) -> list[Member]:
        """Live members having one of these ID numbers, card numbers or dates of birth: the
        candidates an import's rows may duplicate, read in a few queries instead of three per
        row (the numbers are indexed; dates of birth scan the table once per chunk)."""
        found: dict[UUID, Member] = {}
        for column, values in (
            (MemberRow.personal_id, sorted(set(personal_ids))),
            (MemberRow.party_card, sorted(set(party_cards))),
            (MemberRow.birth_date, sorted(set(birth_dates))),
        ):
            for chunk in _in_chunks(values):
                rows = (
                    MemberRow.select()
                    .where(
                        column.in_(chunk) & (MemberRow.deleted == False)  # noqa: E712
                    )
                    .dicts()
                )
                for row in rows:
                    member = MEMBER_MAPPER.from_columns(row)
                    found[member.id] = member
        return list(found.values())


class RecordRepository:
    """Plain reads of any versioned entity type by id or by equal fields (live records only)."""

    def get(self, record_class: type[R], record_id: UUID) -> R | None:
        mapper = MAPPERS[record_class]
        row = mapper.row_class.select().where(mapper.row_class.id == record_id).dicts().first()
        return mapper.from_columns(row) if row else None

    def where(self, record_class: type[R], **equal: Any) -> list[R]:
        """Live records whose row fields equal the given values (``unit=…``, ``year=…``)."""
        mapper = MAPPERS[record_class]
        row_class = mapper.row_class
        select = row_class.select().where(row_class.deleted == False)  # noqa: E712
        for name, value in equal.items():
            column = getattr(row_class, name)
            select = select.where(column.is_null() if value is None else column == value)
        return [mapper.from_columns(r) for r in select.dicts()]


class MemberRecordRepository(RecordRepository):
    """Posts, distinctions, badges and status changes of one member."""

    def of_member(self, record_class: type[R], member_id: UUID) -> list[R]:
        return self.where(record_class, member=member_id)

    def of_members(self, record_class: type[R], member_ids: Collection[UUID]) -> list[R]:
        """Live records of any of these members."""
        mapper = MAPPERS[record_class]
        row_class = mapper.row_class
        found: list[R] = []
        for chunk in _in_chunks(member_ids):
            rows = row_class.select().where(
                row_class.member.in_(chunk) & (row_class.deleted == False)  # noqa: E712
            )
            found += [mapper.from_columns(r) for r in rows.dicts()]
        return found

    def badge_years_by_member(self) -> dict[UUID, set[int]]:
        """The badges each member already has."""
        found: dict[UUID, set[int]] = {}
        rows = BadgeRow.select(BadgeRow.member, BadgeRow.years).where(
            BadgeRow.deleted == False  # noqa: E712
        )
        for member_id, years in rows.tuples():
            found.setdefault(member_id, set()).add(years)
        return found


class RuleProfileRepository:
    def all(self) -> list[RuleProfile]:
        rows = RuleProfileRow.select().where(RuleProfileRow.deleted == False).dicts()  # noqa: E712
        return [PROFILE_MAPPER.from_columns(r) for r in rows]


@dataclass(frozen=True, slots=True)
class PastVersion:
    table_name: str
    record_id: UUID
    version: int
    origin_site: UUID
    deleted: bool
    data: dict[str, Any]
    replaced_by_version: int


class HistoryRepository:
    def versions_of(self, table_name: str, record_id: UUID) -> list[PastVersion]:
        rows = (
            HistoryRow.select()
            .where((HistoryRow.table_name == table_name) & (HistoryRow.record_id == record_id))
            .order_by(HistoryRow.version)
            .dicts()
        )
        return [
            PastVersion(
                table_name=r["table_name"],
                record_id=r["record_id"],
                version=r["version"],
                origin_site=r["origin_site"],
                deleted=r["deleted"],
                data=json.loads(r["data_json"]),
                replaced_by_version=r["replaced_by_version"],
            )
            for r in rows
        ]


class IntegrityRepository:
    """Facts about the database as a whole, for ``chibo-desktop check`` (what SQLite and the
    data-core invariants say) and for the error report."""

    def integrity_check(self) -> list[str]:
        rows = database.execute_sql("PRAGMA integrity_check").fetchall()
        return [] if rows == [("ok",)] else [r[0] for r in rows]

    def quick_check(self) -> list[str]:
        """SQLite's quicker check of the file (seconds on a province's gigabyte)."""
        rows = database.execute_sql("PRAGMA quick_check").fetchall()
        return [] if rows == [("ok",)] else [r[0] for r in rows]

    def schema_version(self) -> int:
        return int(database.execute_sql("PRAGMA user_version").fetchone()[0])

    def person_names(self) -> set[str]:
        """Every name of a person the records hold (members, candidates, the 213 list, members
        transferring in, the attendance of the minutes, the office's accounts and who made each
        change)."""
        rows = database.execute_sql(
            "SELECT full_name FROM member UNION SELECT other_name FROM member "
            "UNION SELECT full_name FROM candidate UNION SELECT full_name FROM resident_213 "
            "UNION SELECT person_name FROM transfer UNION SELECT member_name FROM attendance "
            "UNION SELECT full_name FROM account UNION SELECT who FROM audit_entry"
        )
        return {name for (name,) in rows if name}

    def row_counts(self) -> dict[str, int]:
        """How many rows each table holds (SQLite's own tables left out)."""
        names = [
            name
            for (name,) in database.execute_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite%' ORDER BY name"
            )
        ]
        return {
            name: int(database.execute_sql(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0])
            for name in names
        }

    def name_index_problems(self) -> list[str]:
        """The trigram name index disagrees with the member table (FTS5's own check)."""
        try:
            database.execute_sql(
                """INSERT INTO "member_fts"("member_fts", rank) VALUES ('integrity-check', 1)"""
            )
        except pw.DatabaseError as error:
            return [str(error)]
        return []

    def foreign_key_violations(self) -> list[tuple[str, int, str]]:
        rows = database.execute_sql("PRAGMA foreign_key_check").fetchall()
        return [(table, rowid, parent) for table, rowid, parent, _ in rows]

    def unstamped_records(self) -> list[tuple[str, int]]:
        """Tables with records lacking a version stamp or writing site."""
        found = []
        for table in VERSIONED_TABLES:
            missing = (
                table.select()
                .where((table.version <= 0) | table.version.is_null() | table.origin_site.is_null())
                .count()
            )
            if missing:
                found.append((table._meta.table_name, missing))
        return found

    def history_newer_than_record(self) -> list[tuple[str, int]]:
        """History rows that claim to be replaced by a version newer than the record holds."""
        found = []
        for table in VERSIONED_TABLES:
            name = table._meta.table_name
            count = database.execute_sql(
                f'SELECT COUNT(*) FROM history h JOIN "{name}" r ON r.id = h.record_id '
                "WHERE h.table_name = ? AND (h.replaced_by_version > r.version "
                "OR h.version >= h.replaced_by_version)",
                (name,),
            ).fetchone()[0]
            if count:
                found.append((name, count))
        return found

    def members_in_non_cells(self) -> int:
        return (
            MemberRow.select()
            .join(UnitRow, on=(MemberRow.unit == UnitRow.id))
            .where((MemberRow.deleted == False) & (UnitRow.level != "cell"))  # noqa: E712
            .count()
        )

    def members_whose_status_is_not_their_newest_change(self) -> int:
        """Members whose status differs from the newest entry of their status log."""
        return database.execute_sql(
            """SELECT COUNT(*) FROM member m JOIN (
                 SELECT member_id, status, MAX(effective_on) AS newest FROM status_change
                 WHERE deleted = 0 GROUP BY member_id
               ) c ON c.member_id = m.id
               WHERE m.deleted = 0 AND m.status != c.status"""
        ).fetchone()[0]

    def members_with_stale_keys(self, sample_limit: int | None = None) -> int:
        """Members whose stored sort/search keys do not match their name (a write that bypassed
        the store)."""
        stale = 0
        query = MemberRow.select().dicts()
        if sample_limit:
            query = query.limit(sample_limit)
        for row in query.iterator():
            expected = member_columns(MEMBER_MAPPER.from_columns(row))
            if (expected["sort_key"], expected["search_key"]) != (
                row["sort_key"],
                row["search_key"],
            ):
                stale += 1
        return stale


class MeetingRepository(RecordRepository):
    """Meetings by cell and date, the numbering of their documents, and attached files."""

    def in_units(self, unit_ids: Collection[UUID], first: date, last: date) -> list[Meeting]:
        """Live meetings of the cells held (or, not yet held, planned) from first to last."""
        on = pw.fn.COALESCE(MeetingRow.held_on, MeetingRow.planned_on)
        found: list[Meeting] = []
        for chunk in _in_chunks(unit_ids):
            rows = (
                MeetingRow.select()
                .where(
                    MeetingRow.unit.in_(chunk)
                    & (MeetingRow.deleted == False)  # noqa: E712
                    & (on >= first)
                    & (on <= last)
                )
                .order_by(on, MeetingRow.id)
                .dicts()
            )
            found += [_MEETING.from_columns(r) for r in rows]
        return found

    def previous_held(self, unit_id: UUID, before: date) -> Meeting | None:
        """The cell's latest meeting with minutes, held before ``before``."""
        row = (
            MeetingRow.select()
            .where(
                (MeetingRow.unit == unit_id)
                & (MeetingRow.deleted == False)  # noqa: E712
                & (MeetingRow.state != MeetingState.PLANNED.value)
                & (MeetingRow.held_on < before)
            )
            .order_by(MeetingRow.held_on.desc(), MeetingRow.id.desc())
            .dicts()
            .first()
        )
        return _MEETING.from_columns(row) if row else None

    def highest_number(self, unit_id: UUID, document_type: str, since: date | None) -> int:
        """The highest document number of this type the cell has given since ``since``."""
        select = MeetingRow.select(pw.fn.MAX(MeetingRow.document_number)).where(
            (MeetingRow.unit == unit_id)
            & (MeetingRow.deleted == False)  # noqa: E712
            & (MeetingRow.document_type == document_type)
        )
        if since is not None:
            select = select.where(MeetingRow.held_on >= since)
        return select.scalar() or 0

    def lapses_of_cell(
        self, unit_id: UUID, first: date, last: date, excluding: UUID
    ) -> list[tuple[UUID, date, bool, bool]]:
        """(member, meeting date, absent without reason, fee unpaid) for every such lapse at the
        cell's meetings held in the period, other than ``excluding``."""
        absent = AttendanceRow.presence == Presence.ABSENT_UNEXCUSED.value
        unpaid = AttendanceRow.fee == FeeStatus.UNPAID.value
        rows = (
            AttendanceRow.select(AttendanceRow.member, MeetingRow.held_on, absent, unpaid)
            .join(MeetingRow, on=(AttendanceRow.meeting == MeetingRow.id))
            .where(
                (MeetingRow.unit == unit_id)
                & (MeetingRow.id != excluding)
                & (MeetingRow.deleted == False)  # noqa: E712
                & (AttendanceRow.deleted == False)  # noqa: E712
                & (MeetingRow.held_on >= first)
                & (MeetingRow.held_on <= last)
                & (absent | unpaid)
            )
            .tuples()
        )
        return [(UUID(str(m)), _as_date(d), bool(a), bool(u)) for m, d, a, u in rows]

    def blob(self, sha256: str) -> bytes | None:
        row = AttachmentBlobRow.select().where(AttachmentBlobRow.sha256 == sha256).first()
        return bytes(row.data) if row else None


class EvaluationRepository(RecordRepository):
    """Members' and organisations' evaluations by year, and each commune's review year."""

    def of_members(
        self, member_ids: Collection[UUID], first_year: int, last_year: int
    ) -> list[MemberEvaluation]:
        """Live evaluations of these members from ``first_year`` to ``last_year``."""
        rows = self._live_in_years(MemberEvaluationRow.member, member_ids, first_year, last_year)
        return [_MEMBER_EVALUATION.from_columns(r) for r in rows]

    def level_counts_by_year(
        self, unit_ids: Collection[UUID] | None, first_year: int, last_year: int
    ) -> dict[int, dict[str, int]]:
        """Final levels recorded per year for members reviewed in these cells (None: anywhere).
        The comparison with earlier years reads what was decided then, not today's roll."""
        found: dict[int, dict[str, int]] = {}
        for in_units, units in _unit_filters(unit_ids, "unit_id"):
            rows = database.execute_sql(
                f"""SELECT year, final_level, SUM(count) FROM evaluation_level_count
                    WHERE year BETWEEN ? AND ? {in_units}
                    GROUP BY year, final_level HAVING SUM(count) > 0""",
                (first_year, last_year, *units),
            )
            for year, level, count in rows:
                by_level = found.setdefault(year, {})
                by_level[level] = by_level.get(level, 0) + count
        return found

    def of_units(
        self, unit_ids: Collection[UUID], first_year: int, last_year: int
    ) -> list[UnitEvaluation]:
        """Live evaluations of these organisations from ``first_year`` to ``last_year``."""
        rows = self._live_in_years(UnitEvaluationRow.unit, unit_ids, first_year, last_year)
        return [_UNIT_EVALUATION.from_columns(r) for r in rows]

    @staticmethod
    def _live_in_years(
        owner: pw.ForeignKeyField, owner_ids: Collection[UUID], first_year: int, last_year: int
    ) -> Iterator[dict[str, Any]]:
        """Live rows of ``owner``'s evaluation table whose owner is one of ``owner_ids``, for the
        years ``first_year`` to ``last_year``."""
        table = owner.model
        for chunk in _in_chunks(owner_ids):
            yield from (
                table.select()
                .where(
                    owner.in_(chunk)
                    & (table.deleted == False)  # noqa: E712
                    & table.year.between(first_year, last_year)
                )
                .dicts()
            )

    def excellent_every_year(
        self, unit_ids: Collection[UUID] | None, first_year: int, last_year: int
    ) -> list[tuple[UUID, str, UUID]]:
        """(member, name, cell of the last year) of the members whose final level was HTXSNV in
        every year from ``first_year`` to ``last_year``, reviewed last in these cells (None:
        anywhere)."""
        # The last year's HTXSNV, each looked up in the year before, and so on: most stop at
        # the first look-up, which the partial index answers without reading a row (``deleted =
        # 0`` is written out: SQLite uses a partial index only for the same literal).
        earlier = "".join(
            f"""AND EXISTS (SELECT 1 FROM member_evaluation e
                           WHERE e.deleted = 0 AND e.final_level = l.final_level
                             AND e.year = {year} AND e.member_id = l.member_id) """
            for year in range(last_year - 1, first_year - 1, -1)
        )
        found: list[tuple[UUID, str, UUID]] = []
        for in_units, units in _unit_filters(unit_ids, "l.unit_id"):
            rows = database.execute_sql(
                f"""SELECT DISTINCT m.id, m.full_name, l.unit_id
                    FROM member_evaluation l CROSS JOIN member m ON m.id = l.member_id
                    WHERE l.deleted = 0 AND l.final_level = ? AND l.year = ? {in_units}
                      {earlier}
                    ORDER BY m.sort_key, m.id""",
                (Level.EXCELLENT.value, last_year, *units),
            ).fetchall()
            found += [(UUID(hex=m), name, UUID(hex=u)) for m, name, u in rows]
        return found
