"""Records in and out of USB packages (DESIGN.md §3).

Out: every record this site wrote since a recipient's last receipt, read through
``change_log``. In: another site's records, each kept as its stored
columns: the newer version stamp wins, an older or equal one changes nothing, every replaced
version goes to history, and a record that cannot be applied cleanly (outside the sender's units,
written here by another site, pointing at a record that is nowhere, unreadable) is set aside in
the conflict inbox with both versions for a person to decide.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import operator
import re
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from uuid import UUID, uuid4

import peewee as pw

from chibo_desktop.domain.clock import MAX_STAMP
from chibo_desktop.domain.enums import TransferDirection, TransferKind
from chibo_desktop.domain.meetings import MAX_ATTACHMENT_BYTES, scan_media_type
from chibo_desktop.domain.sync import ApplyOutcome, Conflict, ConflictDecision, ConflictReason
from chibo_desktop.storage.mappers import MAPPERS, Mapper, to_json
from chibo_desktop.storage.store import NotInTransaction
from chibo_desktop.storage.sync_state import stored_time
from chibo_desktop.storage.tables import (
    VERSIONED_TABLES,
    AttachmentBlobRow,
    HistoryRow,
    SyncConflictRow,
    VersionedRow,
    database,
)

_CHUNK = 500
_MAPPER_OF: dict[type[VersionedRow], Mapper[Any]] = {m.row_class: m for m in MAPPERS.values()}
# The settings each site keeps for itself (its rule overrides and agenda templates) stay home: a
# commune's override must not change how the province judges the others.
_SITE_SETTINGS = ("rule_profile", "agenda_template")
# Parents before children, so that a record's references are known when it is checked.
TABLES: dict[str, type[VersionedRow]] = {
    t._meta.table_name: t for t in VERSIONED_TABLES if t._meta.table_name not in _SITE_SETTINGS
}
# What each kind of office writes: the upper level only its decisions on the communes' levels.
UPPER_TABLES = frozenset({"upper_decision"})
COMMUNE_TABLES = frozenset(TABLES) - UPPER_TABLES
# A member who transfers to another commune takes their record and its history: posts,
# distinctions, badges, status changes and evaluations (with the units they name).
MEMBER_HISTORY_TABLES = ("party_post", "distinction", "badge", "status_change", "member_evaluation")
TRANSFER_TABLES = frozenset({"unit", "member", *MEMBER_HISTORY_TABLES})


class MalformedRecords(ValueError):
    """The package's records are not laid out as this program writes them."""

    def __init__(self, table: str, detail: str) -> None:
        super().__init__(f"{table}: {detail}")
        self.table = table
        self.detail = detail


@dataclass(frozen=True, slots=True)
class OutgoingRecords:
    records: dict[str, list[dict[str, Any]]]  # table → rows (column → stored value)
    blobs: dict[str, bytes]  # the attached files' bytes, by SHA-256
    through_change: int  # the newest change seq they include

    @property
    def counts(self) -> dict[str, int]:
        return {table: len(rows) for table, rows in self.records.items() if rows}


@dataclass(frozen=True, slots=True)
class Scope:
    """Whose records an import accepts: the units below ``root`` (the sender's own unit). A
    sender's root arrives without a parent (a commune does not know where it is placed); it is
    kept under ``attach_to``, this site's own root."""

    root: UUID
    attach_to: UUID | None


@dataclass(slots=True)
class _Incoming:
    table: str
    raw: dict[str, Any]
    id: str  # hex, as stored: a province-sized package makes UUID objects cost
    version: int
    origin: str
    columns: dict[str, Any] | None = None  # stored values by row field, once checked

    def ref(self, name: str) -> str | None:
        """A reference column's stored value (``unit``, ``member``, ``parent`` …)."""
        assert self.columns is not None
        return self.columns.get(name)  # type: ignore[no-any-return]


class RecordExchange:
    def latest_change(self) -> int:
        row = database.execute_sql("SELECT COALESCE(MAX(seq), 0) FROM change_log").fetchone()
        return int(row[0])

    def outgoing(self, after_change: int) -> OutgoingRecords:
        """The records this site wrote after ``after_change`` (its change log's seq)."""
        with database.atomic():
            through = self.latest_change()
            changed: dict[str, set[str]] = {}
            for table, record_id in database.execute_sql(
                "SELECT table_name, record_id FROM change_log WHERE seq > ? AND seq <= ?",
                (after_change, through),
            ):
                changed.setdefault(table, set()).add(record_id)
            records: dict[str, list[dict[str, Any]]] = {}
            for table in TABLES:
                records[table] = []
                for chunk in _chunks(sorted(changed.get(table, ()))):
                    sql = f'SELECT * FROM "{table}" WHERE id IN ({", ".join("?" * len(chunk))})'
                    cursor = database.execute_sql(sql, chunk)
                    names = [d[0] for d in cursor.description]
                    records[table] += [dict(zip(names, row, strict=True)) for row in cursor]
            hashes = sorted({row["sha256"] for row in records.get("attachment", [])})
            blobs: dict[str, bytes] = {}
            for chunk in _chunks(hashes):
                for digest, data in database.execute_sql(
                    f"SELECT sha256, data FROM attachment_blob WHERE sha256 IN "
                    f"({', '.join('?' * len(chunk))})",
                    chunk,
                ):
                    blobs[digest] = bytes(data)
        return OutgoingRecords(records, blobs, through)

    def compact_change_log(self) -> int:
        """Keep only the newest change-log entry of each record (inside the caller's
        transaction); returns how many entries were dropped. A record edited fifty times is
        one entry again.

        What the log is read for does not change. ``outgoing(after)`` takes the records with an
        entry after ``after``: a record changed after it still has its newest entry after it,
        and one with no entry after it keeps none there. The newest entry of all stays, so
        ``latest_change`` (what packages carry through, what receipts acknowledge) does not
        move, and new entries are still numbered after every one before (``seq`` is the rowid:
        the greatest plus one)."""
        if not database.in_transaction():
            raise NotInTransaction
        cursor = database.execute_sql(
            "DELETE FROM change_log WHERE seq NOT IN "
            "(SELECT MAX(seq) FROM change_log GROUP BY table_name, record_id)"
        )
        return int(cursor.rowcount)

    def decisions_below(self, root: UUID) -> dict[str, list[dict[str, Any]]]:
        """This site's decisions on the units at and below ``root`` (a commune's), deleted ones
        too, as stored: what is sent down to that commune."""
        cursor = database.execute_sql(
            """WITH RECURSIVE below(id) AS (
                   SELECT ? UNION SELECT u.id FROM unit u JOIN below b ON u.parent_id = b.id)
               SELECT d.* FROM upper_decision d JOIN below ON d.unit_id = below.id
               WHERE d.origin_site = (SELECT id FROM site) ORDER BY d.id""",
            (root.hex,),
        )
        names = [d[0] for d in cursor.description]
        return {"upper_decision": [dict(zip(names, row, strict=True)) for row in cursor]}

    def member_file(self, member_id: UUID) -> dict[str, list[dict[str, Any]]]:
        """A member's record and history as stored, and every unit they name with the units
        above it (so that the receiving commune holds what the records point at)."""
        records = {"member": self._rows("SELECT * FROM member WHERE id = ?", (member_id.hex,))}
        for table in MEMBER_HISTORY_TABLES:
            records[table] = self._rows(
                f'SELECT * FROM "{table}" WHERE member_id = ? ORDER BY id', (member_id.hex,)
            )
        named = {r["unit_id"] for rows in records.values() for r in rows if r.get("unit_id")}
        marks = ", ".join("?" * len(named))
        records["unit"] = self._rows(
            f"""WITH RECURSIVE up(id) AS (
                    SELECT id FROM unit WHERE id IN ({marks})
                    UNION SELECT u.parent_id FROM unit u JOIN up ON u.id = up.id
                    WHERE u.parent_id IS NOT NULL)
                SELECT * FROM unit WHERE id IN (SELECT id FROM up) ORDER BY id""",
            tuple(sorted(named)),
        )
        return records

    def record(self, table: str, record_id: UUID) -> dict[str, Any] | None:
        """One record as stored (column → value), or None."""
        if table not in TABLES:
            raise MalformedRecords(table, "unknown table")
        rows = self._rows(f'SELECT * FROM "{table}" WHERE id = ?', (record_id.hex,))
        return rows[0] if rows else None

    @staticmethod
    def _rows(sql: str, params: tuple[Any, ...]) -> list[dict[str, Any]]:
        cursor = database.execute_sql(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def apply(
        self,
        records: Mapping[str, object],
        blobs: Mapping[str, bytes],
        sender: UUID,
        package_id: UUID,
        scope: Scope | None,
        now: datetime,
        dry_run: bool = False,
        tables: Collection[str] = COMMUNE_TABLES,
    ) -> ApplyOutcome:
        """Apply another site's records (inside the caller's transaction), or, with
        ``dry_run``, only say what applying them would do. ``tables``: the kinds of record this
        sender writes (a commune its data, the upper level its decisions); any other kind makes
        the package malformed."""
        foreign = sorted(t for t, rows in records.items() if rows and t not in tables)
        if foreign:
            raise MalformedRecords(foreign[0], "not written by this sender")
        incoming = _parse(records)
        outcome = ApplyOutcome()
        local = _local_stamps(incoming)
        writes: list[_Incoming] = []
        held: dict[str, set[str]] = {t: set(ids) for t, ids in local.items()}
        table = ""
        for item in incoming:  # in table order: each table's count and stamps looked up once
            if item.table != table:
                table = item.table
                counted, stamps = outcome.table(table), local[table]
            here = stamps.get(item.id)
            if here is not None and item.version < here[0]:
                counted.unchanged += 1  # an older package after a newer one
            elif here is not None and item.version == here[0] and item.origin == here[1]:
                counted.unchanged += 1
            else:
                writes.append(item)
        rejected = self._checked(writes, local, sender, scope, package_id, now, outcome)
        accepted = [w for w in writes if w.id not in rejected]
        for item in accepted:
            held.setdefault(item.table, set()).add(item.id)
        for item in self._orphans(accepted, held, outcome, package_id, sender, now, local):
            accepted.remove(item)
        table = ""
        for item in accepted:
            if item.table != table:
                table = item.table
                counted, stamps = outcome.table(table), local[table]
            if item.id in stamps:
                counted.updated += 1
            else:
                counted.new += 1
        if not dry_run:
            self._write(accepted, local, now)
            self._keep_blobs(accepted, blobs)
            for conflict in outcome.conflicts:
                _save_conflict(conflict)
        return outcome

    def accept(self, table: str, raw: Mapping[str, Any], now: datetime) -> None:
        """Write a set-aside record as a person decided: it replaces the version here (kept in
        history) whatever its stamp or writer. Raises ``MalformedRecords`` when it cannot be
        read or points at a record that is not here."""
        if table not in TABLES:
            raise MalformedRecords(table, "unknown table")
        item = _parse({table: [dict(raw)]})[0]
        try:
            _read(item)
        except (ValueError, TypeError, KeyError) as error:
            raise MalformedRecords(table, "unreadable") from error
        if not _parents_known(item, {}):
            raise MalformedRecords(table, "missing parent")
        self._write([item], _local_stamps([item]), now)

    def parents_known(self, table: str, raw: Mapping[str, Any]) -> bool:
        """Whether every record a set-aside record points at is here now."""
        row_class = TABLES.get(table)
        if row_class is None:
            return False
        try:
            item = _parse({table: [dict(raw)]})[0]
            _read(item)
        except (MalformedRecords, ValueError, TypeError, KeyError):
            return False
        return _parents_known(item, {})

    # -- checks ---------------------------------------------------------------------------------
    def _checked(
        self,
        writes: list[_Incoming],
        local: dict[str, dict[str, tuple[int, str]]],
        sender: UUID,
        scope: Scope | None,
        package_id: UUID,
        now: datetime,
        outcome: ApplyOutcome,
    ) -> set[str]:
        """Read and check each record to be written; set aside the ones that cannot be."""
        rejected: set[str] = set()

        def set_aside(item: _Incoming, reason: ConflictReason) -> None:
            rejected.add(item.id)
            outcome.table(item.table).conflicts += 1
            here = _local_row(item.table, item.id) if item.id in local[item.table] else None
            record = UUID(hex=item.id)
            outcome.conflicts.append(
                Conflict(
                    uuid4(), package_id, sender, item.table, record, reason, item.raw, here, now
                )
            )

        for item in _unreadable(writes):
            set_aside(item, ConflictReason.INVALID)
        valid = [w for w in writes if w.id not in rejected]
        units = _unit_parents(valid)
        owners = _Owners(valid)
        handed_over = _handed_over_members(valid)
        handed_by_sender = _handed_over_members(valid, by=sender.hex)
        inside: dict[str, bool | None] = {}  # whether a unit is in scope, by unit
        for item in valid:
            here = local[item.table].get(item.id)
            if scope is not None:
                is_root = item.table == "unit" and item.id == scope.root.hex
                if is_root and item.ref("parent") is None and scope.attach_to is not None:
                    item.columns["parent"] = scope.attach_to.hex  # type: ignore[index]
                owner = owners.of(item)
                # A member the sender handed over to another commune is no longer in its units,
                # but the history it wrote before is still its own to send.
                history = item.table != "member" and item.ref("member") in handed_by_sender
                if owner is not None and not history and owner not in inside:
                    inside[owner] = _below(owner, scope.root.hex, units)
                if owner is not None and not history and inside[owner] is False:
                    set_aside(item, ConflictReason.OUT_OF_SCOPE)
                    continue
            taken_over = item.table == "member" and item.id in handed_over
            if here is not None and here[1] not in (item.origin, sender.hex) and not taken_over:
                set_aside(item, ConflictReason.TWO_WRITERS)
                continue
            if here is not None and item.version == here[0]:
                set_aside(item, ConflictReason.SAME_STAMP)
        return rejected

    def _orphans(
        self,
        accepted: list[_Incoming],
        held: dict[str, set[str]],
        outcome: ApplyOutcome,
        package_id: UUID,
        sender: UUID,
        now: datetime,
        local: dict[str, dict[str, tuple[int, str]]],
    ) -> list[_Incoming]:
        """Records pointing at a record neither here nor accepted from the package; setting one
        aside can orphan others, so this runs until nothing more is found."""
        found: list[_Incoming] = []
        remaining = list(accepted)
        while True:
            missing = [item for item in remaining if not _parents_known(item, held)]
            if not missing:
                return found
            for item in missing:
                remaining.remove(item)
                held[item.table].discard(item.id)
                found.append(item)
                outcome.table(item.table).conflicts += 1
                here = _local_row(item.table, item.id) if item.id in local[item.table] else None
                outcome.conflicts.append(
                    Conflict(uuid4(), package_id, sender, item.table, UUID(hex=item.id),
                             ConflictReason.MISSING_PARENT, item.raw, here, now)
                )  # fmt: skip

    # -- writing --------------------------------------------------------------------------------
    def _write(
        self,
        accepted: list[_Incoming],
        local: dict[str, dict[str, tuple[int, str]]],
        now: datetime,
    ) -> None:
        by_table: dict[str, list[_Incoming]] = {}
        for item in accepted:
            by_table.setdefault(item.table, []).append(item)
        cursor = database.cursor()
        history_fields = [f for f in HistoryRow._meta.sorted_fields if f.name != "id"]
        history_sql = (
            f'INSERT INTO "history" ({", ".join(f.column_name for f in history_fields)}) '
            f"VALUES ({', '.join('?' * len(history_fields))})"
        )
        for table, items in by_table.items():
            row_class = TABLES[table]
            fields = row_class._meta.sorted_fields
            inserts, updates, history = [], [], []
            id_at = next(i for i, f in enumerate(fields) if f.name == "id")
            in_order = operator.itemgetter(*(f.name for f in fields))
            replaced = {item.id for item in items if item.id in local[table]}
            current = _local_rows(row_class, replaced)
            for item in items:
                assert item.columns is not None
                values = in_order(item.columns)
                before = current.get(item.id)
                if before is None:
                    inserts.append(values)
                    continue
                updates.append([v for f, v in zip(fields, values, strict=True) if f.name != "id"])
                updates[-1].append(item.id)
                kept = {
                    "table_name": table,
                    "record_id": before["id"],
                    "version": before["version"],
                    "origin_site": before["origin_site"],
                    "deleted": before["deleted"],
                    "data_json": to_json(before),
                    "replaced_by_version": item.version,
                    # local time, as every other version kept in history
                    "replaced_at": now.astimezone().replace(tzinfo=None),
                }
                history.append([f.db_value(kept[f.name]) for f in history_fields])
            names = ", ".join(f'"{f.column_name}"' for f in fields)
            if inserts:
                # In key order: each insert then lands beside the previous one in the index of
                # ids, instead of on a random page of a province's millions of records.
                inserts.sort(key=operator.itemgetter(id_at))
                marks = ", ".join("?" for _ in fields)
                cursor.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', inserts)
            if updates:
                cursor.executemany(history_sql, history)
                assignments = ", ".join(f'"{f.column_name}" = ?' for f in fields if f.name != "id")
                cursor.executemany(f'UPDATE "{table}" SET {assignments} WHERE "id" = ?', updates)

    @staticmethod
    def _keep_blobs(accepted: list[_Incoming], blobs: Mapping[str, bytes]) -> None:
        """The bytes of the attachments applied, each stored once and only under its own hash;
        only a scan of the kind its record says and within the size any attached scan has (a
        package may carry anything): without its bytes an attachment says it is damaged."""
        wanted = {
            item.columns["sha256"]: item.columns["media_type"]  # type: ignore[index]
            for item in accepted
            if item.table == "attachment"
        }
        for digest, media_type in wanted.items():
            data = blobs.get(digest)
            if (
                data is not None
                and len(data) <= MAX_ATTACHMENT_BYTES
                and scan_media_type(data) == media_type
                and hashlib.sha256(data).hexdigest() == digest
            ):
                AttachmentBlobRow.insert(sha256=digest, data=data).on_conflict_ignore().execute()


# -- helpers ---------------------------------------------------------------------------------------
def _chunks(values: list[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _parse(records: Mapping[str, object]) -> list[_Incoming]:
    """The package's records in table order, their identity and stamp read (the rest is read
    only for the records that will be written)."""
    unknown = set(records) - set(TABLES)
    if unknown:
        raise MalformedRecords(sorted(unknown)[0], "unknown table")
    parsed: list[_Incoming] = []
    for table, row_class in TABLES.items():
        rows = records.get(table, [])
        if not isinstance(rows, list):
            raise MalformedRecords(table, "not a list")
        columns = {f.column_name for f in row_class._meta.sorted_fields}
        if _well_formed(rows, columns):
            ids = list(map(_GET_ID, rows))
            stamps = map(_GET_STAMP, rows)
            parsed += [
                _Incoming(table, r, i, v, o) for r, i, (v, o) in zip(rows, ids, stamps, strict=True)
            ]
            continue
        seen: set[str] = set()  # something is wrong: find what, record by record
        for raw in rows:
            if not isinstance(raw, dict) or raw.keys() != columns:
                raise MalformedRecords(table, "columns differ")
            try:
                record_id, origin = _id(raw["id"]), _id(raw["origin_site"])
            except ValueError as error:
                raise MalformedRecords(table, "bad identity") from error
            version = raw["version"]
            if type(version) is not int or not 0 < version <= MAX_STAMP:
                raise MalformedRecords(table, "bad version")
            if record_id in seen:
                raise MalformedRecords(table, "a record twice")
            seen.add(record_id)
            parsed.append(_Incoming(table, raw, record_id, version, origin))
    return parsed


_GET_ID = operator.itemgetter("id")
_GET_STAMP = operator.itemgetter("version", "origin_site")


def _well_formed(rows: list[Any], columns: set[str]) -> bool:
    """What ``_parse`` asks of each record, asked of a table's records all at once: plain
    objects with the table's columns, ids and writers that are ids, positive versions, no id
    twice."""
    if not set(map(type, rows)) <= {dict}:
        return False
    if not all(map(operator.eq, map(dict.keys, rows), itertools.repeat(columns))):
        return False
    ids = list(map(_GET_ID, rows))
    versions = list(map(operator.itemgetter("version"), rows))
    return (
        _ids(ids, False)
        and _ids(list(map(operator.itemgetter("origin_site"), rows)), False)
        and set(map(type, versions)) <= {int}
        and (not versions or 0 < min(versions) <= max(versions) <= MAX_STAMP)
        and len(set(ids)) == len(ids)
    )


def _read(item: _Incoming) -> None:
    """Check every value as its column stores it, and read the record as this program would
    where a plain check is not enough (JSON documents); derived columns (sort keys) are
    computed here rather than trusted."""
    reader = _READERS[item.table]
    columns: dict[str, Any] = {}
    for name, column, check, _, null in reader.columns:
        value = item.raw[column]
        if value is None:
            if not null:
                raise ValueError(name)
            columns[name] = None
        else:
            columns[name] = check(value)
    item.columns = _as_entity(reader, columns) if reader.mapper.needs_entity else columns


def _as_entity(reader: _Reader, columns: dict[str, Any]) -> dict[str, Any]:
    """The record read as an entity and written back as this program writes it."""
    python = {}
    for name, to_python, _, _ in reader.converters:
        value = columns[name]
        python[name] = value if value is None or to_python is None else to_python(value)
    stored = reader.mapper.to_columns(reader.mapper.from_columns(python))
    written = {}
    for name, _, plain, to_db in reader.converters:
        value = stored[name]
        written[name] = value if value is None or type(value) is plain else to_db(value)
    return written


def _converters(field: pw.Field) -> tuple[str, Callable[[Any], Any] | None, type | None, Any]:
    """(row field, its value as Python reads it, the type it stores as is, its value as
    stored). Text and integers, once checked, are what peewee would make of them: no call."""
    plain = str if isinstance(field, pw.TextField) else None
    plain = int if isinstance(field, pw.IntegerField) else plain
    return (field.name, None if plain else field.python_value, plain, field.db_value)


def _unreadable(items: list[_Incoming]) -> list[_Incoming]:
    """Read every item as ``_read`` does; returns the ones that cannot be read, in order.

    A province imports hundreds of thousands of records: each table's values are checked
    column by column (a set of types, the distinct values of an enumeration or a date) rather
    than value by value, and only a table whose batch check fails is read record by record to
    find which of its records are unreadable."""
    by_table: dict[str, list[_Incoming]] = {}
    for item in items:
        by_table.setdefault(item.table, []).append(item)
    bad: list[_Incoming] = []
    for table, group in by_table.items():
        reader = _READERS[table]
        try:
            rows = list(map(reader.values, (item.raw for item in group)))
            by_column = zip(*rows, strict=True)
            for values, (_, _, _, batch, null) in zip(by_column, reader.columns, strict=True):
                if not batch(list(values), null):
                    break
            else:
                names = reader.names
                for item, row in zip(group, rows, strict=True):
                    item.columns = dict(zip(names, row, strict=True))
                if not reader.mapper.needs_entity:
                    continue
                for item in group:
                    try:
                        item.columns = _as_entity(reader, item.columns)  # type: ignore[arg-type]
                    except (ValueError, TypeError, KeyError):
                        item.columns = None
                        bad.append(item)
                continue
        except KeyError:
            pass
        for item in group:  # something in this table is wrong: find what, record by record
            try:
                _read(item)
            except (ValueError, TypeError, KeyError):
                item.columns = None
                bad.append(item)
    return bad


# -- checking a stored value from elsewhere, column type by column type ----------------------------
_HEX_DIGITS = "0123456789abcdef"  # an id is 32 of them
_HEX_RUN = re.compile("[0-9a-f]*")


def _id(value: object) -> str:
    # Nothing is left once the hex digits are stripped from both ends: only hex digits.
    if type(value) is not str or len(value) != 32 or value.strip(_HEX_DIGITS):
        raise ValueError("id")
    return value


def _text(value: object) -> str:
    if type(value) is not str:
        raise ValueError("text")
    return value


# What SQLite stores as an integer: a larger number from a package would fail the write.
_SQLITE_INTEGERS = range(-(2**63), 2**63)


def _integer(value: object) -> int:
    if type(value) is not int or value not in _SQLITE_INTEGERS:
        raise ValueError("integer")
    return value


def _number(value: object) -> float:
    if type(value) is int:
        return _integer(value)
    if type(value) is not float:
        raise ValueError("number")
    return value


def _flag(value: object) -> int:
    if type(value) is not int or value not in (0, 1):
        raise ValueError("flag")
    return value


def _day(value: object) -> str:
    date.fromisoformat(_text(value))
    return value  # type: ignore[return-value]


def _moment(value: object) -> str:
    datetime.fromisoformat(_text(value))
    return value  # type: ignore[return-value]


def _one_of(allowed: frozenset[str]) -> Callable[[object], str]:
    def check(value: object) -> str:
        if _text(value) not in allowed:
            raise ValueError("value")
        return value  # type: ignore[return-value]

    return check


# The same checks for all the values of one column at once (True when every value passes):
# ``null`` says whether None may stand for a value.
_Batch = Callable[[list[Any], bool], bool]


def _present(values: list[Any], null: bool) -> list[Any] | None:
    """The values other than None; None when a None is not allowed."""
    if None not in values:
        return values
    return [v for v in values if v is not None] if null else None


def _of_types(*types: type) -> _Batch:
    allowed = frozenset(types)

    def check(values: list[Any], null: bool) -> bool:
        present = _present(values, null)
        return present is not None and set(map(type, present)) <= allowed

    return check


_texts = _of_types(str)


def _integers(values: list[Any], null: bool) -> bool:
    present = _present(values, null)
    if present is None or not set(map(type, present)) <= {int}:
        return False
    return not present or (min(present) in _SQLITE_INTEGERS and max(present) in _SQLITE_INTEGERS)


def _numbers(values: list[Any], null: bool) -> bool:
    present = _present(values, null)
    if present is None or not set(map(type, present)) <= {int, float}:
        return False
    return _integers([v for v in present if type(v) is int], null)


def _ids(values: list[Any], null: bool) -> bool:
    present = _present(values, null)
    return (
        present is not None
        and set(map(type, present)) <= {str}
        and set(map(len, present)) <= {32}
        and _HEX_RUN.fullmatch("".join(present)) is not None
    )


def _flags(values: list[Any], null: bool) -> bool:
    return _integers(values, null) and set(values) - {None} <= {0, 1}


def _parsed_by(parse: Callable[[str], object]) -> _Batch:
    def check(values: list[Any], null: bool) -> bool:
        if not _texts(values, null):
            return False
        try:
            for value in set(values) - {None}:  # a package holds few distinct dates
                parse(value)
        except ValueError:
            return False
        return True

    return check


def _all_one_of(allowed: frozenset[str]) -> _Batch:
    return lambda values, null: _texts(values, null) and set(values) - {None} <= allowed


_BATCHES: dict[Callable[[object], object], _Batch] = {
    _id: _ids,
    _text: _texts,
    _integer: _integers,
    _number: _numbers,
    _flag: _flags,
    _day: _parsed_by(date.fromisoformat),
    _moment: _parsed_by(datetime.fromisoformat),
}


def _check_of(
    field: pw.Field, allowed: frozenset[str] | None
) -> tuple[Callable[[object], object], _Batch]:
    """How a column's values are checked: one by one, and all at once."""
    if isinstance(field, pw.BooleanField):
        check = _flag
    elif isinstance(field, pw.IntegerField):
        check = _integer
    elif isinstance(field, pw.FloatField):
        check = _number
    elif isinstance(field, (pw.UUIDField, pw.ForeignKeyField)):
        check = _id
    elif isinstance(field, pw.DateTimeField):
        check = _moment
    elif isinstance(field, pw.DateField):
        check = _day
    elif allowed:
        return _one_of(allowed), _all_one_of(allowed)
    else:
        check = _text
    return check, _BATCHES[check]


@dataclass(frozen=True, slots=True)
class _Reader:
    row_class: type[VersionedRow]
    mapper: Mapper[Any]
    # (row field, column, check of a value, check of a column's values, None allowed)
    columns: tuple[tuple[str, str, Callable[[object], object], _Batch, bool], ...]

    names: tuple[str, ...]  # the row fields, in order
    values: Callable[[dict[str, Any]], tuple[Any, ...]]  # a record's values, in that order
    converters: tuple[tuple[str, Callable[[Any], Any] | None, type | None, Any], ...]


def _reader(row_class: type[VersionedRow]) -> _Reader:
    mapper = _MAPPER_OF[row_class]
    columns = tuple(
        (f.name, f.column_name, *_check_of(f, mapper.enum_values.get(f.name)), f.null)
        for f in row_class._meta.sorted_fields
    )
    names = tuple(name for name, *_ in columns)
    values = operator.itemgetter(*(c[1] for c in columns))
    converters = tuple(_converters(f) for f in row_class._meta.sorted_fields)
    return _Reader(row_class, mapper, columns, names, values, converters)


_READERS = {table: _reader(row_class) for table, row_class in TABLES.items()}


def _local_stamps(incoming: list[_Incoming]) -> dict[str, dict[str, tuple[int, str]]]:
    """(version, writing site) of each incoming record already here, by table."""
    found: dict[str, dict[str, tuple[int, str]]] = {table: {} for table in TABLES}
    by_table: dict[str, list[str]] = {}
    for item in incoming:
        by_table.setdefault(item.table, []).append(item.id)
    for table, ids in by_table.items():
        for chunk in _chunks(ids):
            rows = database.execute_sql(
                f'SELECT id, version, origin_site FROM "{table}" '
                f"WHERE id IN ({', '.join('?' * len(chunk))})",
                chunk,
            )
            for record_id, version, origin in rows:
                found[table][record_id] = (version, origin)
    return found


def _local_row(table: str, record_id: str) -> dict[str, Any] | None:
    row_class = TABLES[table]
    row = row_class.select().where(row_class.id == record_id).dicts().first()
    return json.loads(to_json(row)) if row else None


def _local_rows(row_class: type[VersionedRow], ids: set[str]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(list(ids)):
        for row in row_class.select().where(row_class.id.in_(chunk)).dicts():
            found[row["id"].hex] = row
    return found


def _references(table: str) -> tuple[tuple[str, str], ...]:
    """(row field, table it points at) of each reference a table's records hold."""
    return tuple(
        (f.name, f.rel_model._meta.table_name)
        for f in TABLES[table]._meta.sorted_fields
        if isinstance(f, pw.ForeignKeyField)
    )


_REFERENCES = {table: _references(table) for table in TABLES}


def _parents_known(item: _Incoming, held: dict[str, set[str]]) -> bool:
    assert item.columns is not None
    for name, parent_table in _REFERENCES[item.table]:
        target = item.columns[name]
        if target is None:
            continue
        known = held.setdefault(parent_table, set())
        if target not in known:
            if not _exists(parent_table, target):
                return False
            known.add(target)  # found here: no need to look again for the next record
    return True


def _exists(table: str, record_id: str) -> bool:
    row = database.execute_sql(f'SELECT 1 FROM "{table}" WHERE id = ?', (record_id,))
    return row.fetchone() is not None


def _unit_parents(valid: list[_Incoming]) -> dict[str, str | None]:
    """Each unit's parent: the package's version where it brings one, else the one here."""
    parents = {
        unit_id: parent or None
        for unit_id, parent in database.execute_sql("SELECT id, parent_id FROM unit")
    }
    for item in valid:
        if item.table == "unit":
            parents[item.id] = item.ref("parent")
    return parents


def _below(unit_id: str, root: str, parents: dict[str, str | None]) -> bool | None:
    """Whether the unit is ``root`` or below it; None while a unit on the way up has not
    arrived yet (the record then waits for it, and is judged again when it has)."""
    seen: set[str] = set()
    current: str | None = unit_id
    while current is not None and current not in seen:
        if current == root:
            return True
        if current not in parents:
            return None
        seen.add(current)
        current = parents[current]
    return False


class _Owners:
    """The unit each record belongs to, where the record says so directly or through its
    member or meeting (None when it cannot be told: the parent check decides then)."""

    def __init__(self, valid: list[_Incoming]) -> None:
        self._incoming = {(i.table, i.id): i for i in valid if i.table in ("member", "meeting")}
        self._known: dict[tuple[str, str], str | None] = {}

    def of(self, item: _Incoming) -> str | None:
        if item.table == "unit":
            return item.id
        for name, table in (("unit", ""), ("member", "member"), ("meeting", "meeting")):
            value = item.ref(name)
            if value is not None:
                return value if not table else self._unit_of(table, value)
        return None

    def _unit_of(self, table: str, record_id: str) -> str | None:
        key = (table, record_id)
        incoming = self._incoming.get(key)
        if incoming is not None:
            return incoming.ref("unit")
        if key not in self._known:
            row = database.execute_sql(
                f'SELECT unit_id FROM "{table}" WHERE id = ?', (record_id,)
            ).fetchone()
            self._known[key] = row[0] if row else None
        return self._known[key]


def _handed_over_members(valid: list[_Incoming], by: str | None = None) -> set[str]:
    """Members an official transfer out hands to another organisation (here or in the package;
    ``by``: only the transfers that site wrote): the receiving commune then writes the member,
    which is no conflict."""
    members = {
        item.ref("member")
        for item in valid
        if item.table == "transfer"
        and item.columns is not None
        and item.columns["kind"] == TransferKind.OFFICIAL.value
        and item.columns["direction"] == TransferDirection.OUT.value
        and not item.columns["deleted"]
        and by in (None, item.origin)
    }
    rows = database.execute_sql(
        "SELECT member_id FROM transfer WHERE deleted = 0 AND kind = ? AND direction = ? "
        "AND member_id IS NOT NULL AND (? IS NULL OR origin_site = ?)",
        (TransferKind.OFFICIAL.value, TransferDirection.OUT.value, by, by),
    )
    members.update(m for (m,) in rows)
    return {m for m in members if m is not None}


def _save_conflict(conflict: Conflict) -> None:
    SyncConflictRow.insert(
        id=conflict.id,
        package_id=conflict.package_id,
        sender_site=conflict.sender_site,
        table_name=conflict.table_name,
        record_id=conflict.record_id,
        reason=conflict.reason.value,
        incoming_json=json.dumps(conflict.incoming, ensure_ascii=False),
        local_json=json.dumps(conflict.local, ensure_ascii=False) if conflict.local else None,
        created_at=stored_time(conflict.created_at),
        decision=ConflictDecision.OPEN.value,
        decided_by="",
        decided_at=None,
    ).execute()
