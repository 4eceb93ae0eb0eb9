"""Opening a database, and the one write path: every write is stamped and its old version kept.

Only ``services`` call the writing methods here, always inside ``Store.transaction()``.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar
from uuid import UUID

import peewee as pw

from chibo_desktop.domain.audit import (
    MAX_LISTED_RECORDS,
    NO_RECORD,
    Actor,
    AuditedRecord,
    AuditEntry,
    CommandLabel,
    FieldChange,
    RecordChangeKind,
    Step,
    shown_value,
)
from chibo_desktop.domain.clock import HybridLogicalClock
from chibo_desktop.domain.entities import Site, new_id
from chibo_desktop.domain.enums import SiteRole
from chibo_desktop.storage import backup_files, migrations
from chibo_desktop.storage.mappers import MAPPERS, Mapper, to_json
from chibo_desktop.storage.tables import (
    VERSIONED_TABLES,
    AttachmentBlobRow,
    HistoryRow,
    SiteRow,
    VersionedRow,
    database,
)

# Power cuts are common: full sync on every commit, WAL so readers never block the writer.
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "full",
    "busy_timeout": 10_000,
}
BULK_CHUNK = 500
# SQLite's page cache while a province imports communes' packages (KiB; the default is 2 MiB).
# Each package's inserts land on pages all over a file of a gigabyte and more (records are keyed
# by random ids): with the default cache nearly every one is read again and its page spilled to
# the log before the commit. 160 MiB holds the pages those inserts come back to, within the
# province's budget of 500 MB for the whole program. SQLite takes the memory only as pages are
# read, and gives it back when the cache is set small again after the import.
IMPORT_CACHE_KIB = 160 * 1024

E = TypeVar("E")  # any versioned entity (a dataclass with id, version, origin_site, deleted)


class NotInTransaction(RuntimeError):
    """A write outside ``Store.transaction()``: a programming error, never a user's."""


class DatabaseUnreadable(Exception):
    """The file is not a database this program can read (damaged, or not SQLite at all)."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail


class DatabaseDamaged(DatabaseUnreadable):
    """SQLite opens the file, but its own check finds damaged pages or records."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        super().__init__(path, "; ".join(problems[:3]))
        self.problems = problems


class StaleWrite(RuntimeError):
    """The record changed since it was read; the caller must read it again."""


class ReplicaWrite(RuntimeError):
    """An upper level editing a record a commune wrote, or adding one inside a commune's
    records (a member in its cell, a meeting of its cell): its data here is a read-only copy,
    the commune owns it (DESIGN.md §3)."""


# References naming where a record belongs (its unit, member, meeting …): at an upper level a new
# record must not belong to a commune's data. A transfer's from/to units only name the other
# organisation, and the upper level's decisions are about communes' units by nature.
_NOT_OWNERS = frozenset({"from_unit", "to_unit"})
_OWN_RECORDS_OF_UPPER = frozenset({"upper_decision"})


def open_database(path: Path, backups: Path) -> tuple[pw.SqliteDatabase, Path | None]:
    """Open (creating if needed) and migrate. Returns the database and any pre-migration backup."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        return _open_and_migrate(path, backups)
    except sqlite3.DatabaseError as error:
        raise DatabaseUnreadable(path, str(error)) from error


def _open_and_migrate(path: Path, backups: Path) -> tuple[pw.SqliteDatabase, Path | None]:
    found = migrations.peek_schema_version(path)
    if found > migrations.CURRENT_VERSION:
        raise migrations.DatabaseTooNew(found, migrations.CURRENT_VERSION)
    db = _Database(str(path), pragmas=PRAGMAS)
    database.initialize(db)
    db.connect(reuse_if_open=True)
    try:
        # A damaged file is said before anything reads (or migrates) it: what it would show
        # or write could be wrong, and a backup of it would copy the damage.
        try:
            damage = [row[0] for row in db.execute_sql("PRAGMA quick_check").fetchall()]
        except sqlite3.DatabaseError as error:  # too damaged for the check to go on
            damage = [str(error)]
        if damage != ["ok"]:
            raise DatabaseDamaged(path, damage)
        backup = migrations.migrate(db, path, backups)
    except BaseException:
        db.close_all()  # a failed migration was rolled back; do not leave the file open
        raise
    return db, backup


class _Database(pw.SqliteDatabase):
    """peewee's database, which connects once per thread (the window's and the worker's), and
    can close the connections of every thread: a restore replaces the file, which Windows
    refuses while any connection has it open, and which the worker's connection would
    otherwise keep reading."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Each thread still uses only its own connection; this lets close_all close the
        # worker's from the window's thread once the worker is idle.
        super().__init__(*args, check_same_thread=False, **kwargs)
        self._every_connection: list[sqlite3.Connection] = []

    def _connect(self) -> sqlite3.Connection:
        connection = super()._connect()
        self._every_connection.append(connection)
        return connection

    def close_all(self) -> None:
        if not self.is_closed():
            self.close()
        for connection in self._every_connection:
            connection.close()  # closing a closed connection does nothing
        self._every_connection.clear()


def close_database() -> None:
    """Close the database: the connections of every thread (the caller's worker is idle)."""
    db = database.obj
    if isinstance(db, _Database):
        db.close_all()
    elif db is not None and not database.is_closed():
        database.close()


class Store:
    def __init__(self, db: pw.SqliteDatabase, clock: HybridLogicalClock) -> None:
        self._db = db
        self.clock = clock
        self._site_id: UUID | None = None
        self._is_upper: bool | None = None  # read once: whether replicas here are read-only
        self._audit: _AuditCollector | None = None  # the open audited transaction's changes
        self._transactions = 0
        for table in VERSIONED_TABLES:
            newest = table.select(pw.fn.MAX(table.version)).scalar()
            if newest:
                clock.observe(newest)

    # -- the site -----------------------------------------------------------------------------
    def site(self) -> Site | None:
        row = SiteRow.select().dicts().first()
        if row is None:
            return None
        return Site(
            id=row["id"],
            name=row["name"],
            place_name=row["place_name"],
            role=SiteRole(row["role"]),
            unit_id=row["unit_id"],
            epoch=row["epoch"],
        )

    def save_site(self, site: Site) -> None:
        self._require_transaction()
        values = dataclasses.asdict(site)
        values["role"] = site.role.value
        updated = SiteRow.update(**values).where(SiteRow.id == site.id).execute()
        if not updated:
            SiteRow.insert(**values, created_at=datetime.now()).execute()
        self._site_id = site.id
        self._is_upper = site.role is SiteRole.UPPER

    @property
    def site_id(self) -> UUID:
        if self._site_id is None:
            site = self.site()
            if site is None:
                raise RuntimeError("the site is not set up yet")
            self._site_id = site.id
        return self._site_id

    def backup(self, target: Path) -> Path:
        """A consistent copy of the database at ``target`` (SQLite's online backup, checked
        with ``integrity_check``, written beside and then renamed), outside any transaction:
        the copy would otherwise hold the transaction's unfinished writes."""
        if self._db.in_transaction():
            raise RuntimeError("a backup inside a transaction would copy unfinished writes")
        target.parent.mkdir(parents=True, exist_ok=True)
        return backup_files.copy_verified(self._db.connection(), target)

    @property
    def transactions(self) -> int:
        """How many transactions this store has committed (or rolled back) since it opened:
        a backup taken when the count has not moved since the last one would copy the same
        data."""
        return self._transactions

    @contextmanager
    def import_cache(self) -> Iterator[None]:
        """A large page cache for the duration of an import (``IMPORT_CACHE_KIB``), then the
        one the connection had."""
        (before,) = self._db.execute_sql("PRAGMA cache_size").fetchone()
        self._db.execute_sql(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
        try:
            yield
        finally:
            self._db.execute_sql(f"PRAGMA cache_size = {int(before)}")

    # -- transactions -------------------------------------------------------------------------
    @contextmanager
    def transaction(
        self, label: CommandLabel | None = None, actor: Actor | None = None, step: Step = Step.DONE
    ) -> Iterator[None]:
        """One transaction. With a ``label`` (what a person did), every record it writes goes
        into one audit entry, written in the same transaction (a transaction inside it adds to
        the outer one's entry)."""
        audited = label is not None and self._audit is None
        if audited:
            self._audit = _AuditCollector()
        self._transactions += 1
        try:
            with self._db.atomic():
                yield
                if audited and self._audit:
                    self._write_audit(label, actor, step)  # type: ignore[arg-type]
        except BaseException:
            self._site_id = None  # a rolled-back save_site must not leave its id behind
            self._is_upper = None
            raise
        finally:
            if audited:
                self._audit = None

    def note(self, record: AuditedRecord, member_id: UUID | None = None) -> None:
        """Add a change the versioned writes do not see (an account) to the audit entry."""
        self._require_transaction()
        if self._audit is not None:
            self._audit.add(record, member_id)

    def _write_audit(self, label: CommandLabel, actor: Actor | None, step: Step) -> None:
        assert self._audit is not None
        entry = AuditEntry(
            id=new_id(),
            at=datetime.now(UTC).replace(tzinfo=None),
            who=actor.who if actor else "",
            login=actor.login if actor else "",
            action=label.action,
            subject=label.subject,
            count=label.count,
            step=step,
            records=tuple(self._audit.records),
            member_ids=" ".join(sorted(self._audit.members)),
            version=self.clock.tick(),
            origin_site=self.site_id,
        )
        mapper = MAPPERS[AuditEntry]
        mapper.row_class.insert(**mapper.to_columns(entry)).execute()
        self._log_changes(mapper.table_name, [entry.id])

    def _require_transaction(self) -> None:
        if not self._db.in_transaction():
            raise NotInTransaction

    # -- versioned writes ---------------------------------------------------------------------
    def put(self, entity: E, expected_version: int | None = None) -> E:
        """Write a new version of ``entity``; the version it replaces goes to history.

        ``expected_version`` guards an edit made from a stale copy (the record changed meanwhile).
        """
        self._require_transaction()
        mapper: Mapper[E] = MAPPERS[type(entity)]
        row_class = mapper.row_class
        current = row_class.select().where(row_class.id == entity.id).dicts().first()
        if expected_version is not None and current and current["version"] != expected_version:
            raise StaleWrite(entity.id)
        if current is not None:
            self._check_owned(current)
        stamped = dataclasses.replace(entity, version=self.clock.tick(), origin_site=self.site_id)
        columns = mapper.to_columns(stamped)
        if self._audit is not None:
            self._audit.compare(mapper.table_name, entity.id, current, columns)
        if current is None:
            self._check_placed(row_class, [columns])
            row_class.insert(**columns).execute()
        else:
            self._keep_history(mapper, current, stamped.version)
            # Not the id: setting a key, even to itself, makes SQLite look for the rows of every
            # table that points at the old one (attendance has no index by member: schema 11).
            del columns["id"]
            row_class.update(**columns).where(row_class.id == entity.id).execute()
        self._log_changes(mapper.table_name, [entity.id])
        return stamped

    def put_blob(self, sha256: str, data: bytes) -> None:
        """Store the bytes of an attached file once per content (the caller computed the hash)."""
        self._require_transaction()
        AttachmentBlobRow.insert(sha256=sha256, data=data).on_conflict_ignore().execute()

    def tombstone(self, entity: E) -> E:
        return self.put(dataclasses.replace(entity, deleted=True))

    def insert_new(self, entities: Iterable[E]) -> int:
        """Bulk insert of records that do not exist yet (demo data, imports): stamped, no history
        because nothing is replaced.

        One prepared INSERT per table and ``executemany``: building peewee's ``insert_many`` SQL
        took more than half the time of a 300,000-member insert.
        """
        self._require_transaction()
        count = 0
        batch: list[tuple[Any, ...]] = []
        row_class: type[VersionedRow] | None = None
        fields: list[pw.Field] = []
        names_of: list[str] = []
        sql = ""
        id_at = 0

        def flush() -> None:
            if batch:
                assert row_class is not None
                self._check_placed(row_class, [dict(zip(names_of, v, strict=True)) for v in batch])
                self._db.cursor().executemany(sql, batch)
                self._log_changes(row_class._meta.table_name, [v[id_at] for v in batch])
                batch.clear()

        for entity in entities:
            mapper = MAPPERS[type(entity)]
            if mapper.row_class is not row_class:
                flush()
                row_class = mapper.row_class
                fields = row_class._meta.sorted_fields
                names_of[:] = [f.name for f in fields]
                id_at = next(i for i, f in enumerate(fields) if f.name == "id")
                names = ", ".join(f'"{f.column_name}"' for f in fields)
                marks = ", ".join("?" for _ in fields)
                sql = f'INSERT INTO "{row_class._meta.table_name}" ({names}) VALUES ({marks})'
            stamped = dataclasses.replace(
                entity, version=self.clock.tick(), origin_site=self.site_id
            )
            columns = mapper.to_columns(stamped)
            if self._audit is not None:
                self._audit.compare(mapper.table_name, entity.id, None, columns)
            batch.append(tuple(f.db_value(columns[f.name]) for f in fields))
            count += 1
            if len(batch) >= BULK_CHUNK:
                flush()
        flush()
        return count

    def put_many(self, entities: Sequence[E], expected_versions: Sequence[int | None]) -> list[E]:
        """``put`` of many distinct records at once, with the same stamping, history and stale
        check: one SELECT per table and chunk of ids, then prepared statements run with
        ``executemany``. Building peewee's SQL for every record made a 5,000-member import (and
        its undo) take over 15 s; this takes well under one."""
        self._require_transaction()
        if len({e.id for e in entities}) != len(entities):
            raise ValueError("put_many: a record appears twice; use put for each")
        stamped = [
            dataclasses.replace(e, version=self.clock.tick(), origin_site=self.site_id)
            for e in entities
        ]
        by_table: dict[type[VersionedRow], list[tuple[E, int | None]]] = {}
        for entity, expected in zip(stamped, expected_versions, strict=True):
            by_table.setdefault(MAPPERS[type(entity)].row_class, []).append((entity, expected))
        for row_class, group in by_table.items():
            self._put_group(row_class, group)
        return stamped

    def _put_group(
        self, row_class: type[VersionedRow], group: list[tuple[Any, int | None]]
    ) -> None:
        ids = [entity.id for entity, _ in group]
        current: dict[UUID, dict[str, Any]] = {}
        for start in range(0, len(ids), BULK_CHUNK):
            chunk = ids[start : start + BULK_CHUNK]
            for row in row_class.select().where(row_class.id.in_(chunk)).dicts():
                current[row["id"]] = row
        fields = row_class._meta.sorted_fields
        table = row_class._meta.table_name
        mapper = MAPPERS[type(group[0][0])]
        inserts, updates, history = [], [], []
        new_columns: list[dict[str, Any]] = []
        now = datetime.now()
        history_fields = [f for f in HistoryRow._meta.sorted_fields if f.name != "id"]
        for entity, expected in group:
            before = current.get(entity.id)
            if expected is not None and before and before["version"] != expected:
                raise StaleWrite(entity.id)
            if before is not None:
                self._check_owned(before)
            columns = mapper.to_columns(entity)
            if self._audit is not None:
                self._audit.compare(mapper.table_name, entity.id, before, columns)
            values = [f.db_value(columns[f.name]) for f in fields]
            if before is None:
                new_columns.append(columns)
                inserts.append(values)
                continue
            updates.append([v for f, v in zip(fields, values, strict=True) if f.name != "id"])
            updates[-1].append(row_class.id.db_value(entity.id))
            replaced = {
                "table_name": mapper.table_name,
                "record_id": before["id"],
                "version": before["version"],
                "origin_site": before["origin_site"],
                "deleted": before["deleted"],
                "data_json": to_json(before),
                "replaced_by_version": entity.version,
                "replaced_at": now,
            }
            history.append([f.db_value(replaced[f.name]) for f in history_fields])
        self._check_placed(row_class, new_columns)
        cursor = self._db.cursor()
        self._log_changes(table, ids)
        if inserts:
            names = ", ".join(f'"{f.column_name}"' for f in fields)
            marks = ", ".join("?" for _ in fields)
            cursor.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', inserts)
        if updates:
            names = ", ".join(f'"{f.column_name}"' for f in history_fields)
            marks = ", ".join("?" for _ in history_fields)
            history_table = HistoryRow._meta.table_name
            cursor.executemany(f'INSERT INTO "{history_table}" ({names}) VALUES ({marks})', history)
            assignments = ", ".join(f'"{f.column_name}" = ?' for f in fields if f.name != "id")
            cursor.executemany(f'UPDATE "{table}" SET {assignments} WHERE "id" = ?', updates)

    def _check_owned(self, current: dict[str, Any]) -> None:
        """At an upper level, refuse to replace a record another site wrote."""
        if self._upper() and current["origin_site"] != self.site_id:
            raise ReplicaWrite(current["id"])

    def _check_placed(self, row_class: type[VersionedRow], new: list[dict[str, Any]]) -> None:
        """At an upper level, refuse new records placed inside another site's records."""
        if not new or not self._upper() or row_class._meta.table_name in _OWN_RECORDS_OF_UPPER:
            return
        own = self.site_id.hex
        for field in row_class._meta.sorted_fields:
            if not isinstance(field, pw.ForeignKeyField) or field.name in _NOT_OWNERS:
                continue
            targets = {field.db_value(c[field.name]) for c in new} - {None}
            target_table = field.rel_model._meta.table_name
            for start in range(0, len(targets), BULK_CHUNK):
                chunk = sorted(targets)[start : start + BULK_CHUNK]
                marks = ", ".join("?" * len(chunk))
                foreign = self._db.execute_sql(
                    f'SELECT id FROM "{target_table}" WHERE id IN ({marks}) '
                    "AND origin_site != ? LIMIT 1",
                    [*chunk, own],
                ).fetchone()
                if foreign is not None:
                    raise ReplicaWrite(foreign[0])

    def _upper(self) -> bool:
        if self._is_upper is None:
            site = self.site()
            self._is_upper = site is not None and site.role is SiteRole.UPPER
        return self._is_upper

    def _log_changes(self, table: str, ids: Sequence[UUID | str]) -> None:
        """Append this site's writes to the change log (what its next package carries)."""
        self._db.cursor().executemany(
            "INSERT INTO change_log (table_name, record_id) VALUES (?, ?)",
            [(table, i.hex if isinstance(i, UUID) else i) for i in ids],
        )

    def _keep_history(self, mapper: Mapper[Any], current: dict[str, Any], replaced_by: int) -> None:
        HistoryRow.insert(
            table_name=mapper.table_name,
            record_id=current["id"],
            version=current["version"],
            origin_site=current["origin_site"],
            deleted=current["deleted"],
            data_json=to_json(current),
            replaced_by_version=replaced_by,
            replaced_at=datetime.now(),
        ).execute()


# Columns the audit log does not compare: the stamps, and what is computed from other columns.
_NOT_AUDITED = frozenset({"id", "version", "origin_site", "deleted", "sort_key", "search_key"})


class _AuditCollector:
    """The records an audited transaction writes, for its audit entry."""

    def __init__(self) -> None:
        self._listed: list[AuditedRecord] = []
        self._counted: dict[tuple[str, RecordChangeKind], int] = {}
        self.members: set[str] = set()

    def __bool__(self) -> bool:
        return bool(self._listed)

    @property
    def records(self) -> list[AuditedRecord]:
        return self._listed + [
            AuditedRecord(table, NO_RECORD, kind, count=count)
            for (table, kind), count in self._counted.items()
        ]

    def add(self, record: AuditedRecord, member_id: UUID | str | None) -> None:
        if len(self._listed) < MAX_LISTED_RECORDS:
            self._listed.append(record)
        else:
            key = (record.table, record.kind)
            self._counted[key] = self._counted.get(key, 0) + 1
        if member_id is not None:
            self.members.add(member_id.hex if isinstance(member_id, UUID) else str(member_id))

    def compare(
        self,
        table: str,
        record_id: UUID,
        before: dict[str, Any] | None,
        after: dict[str, Any],
    ) -> None:
        member = record_id if table == "member" else after.get("member")
        if before is None:
            self.add(AuditedRecord(table, record_id, RecordChangeKind.CREATED), member)
            return
        if after.get("deleted") and not before.get("deleted"):
            self.add(AuditedRecord(table, record_id, RecordChangeKind.DELETED), member)
            return
        fields = tuple(
            FieldChange(name.removesuffix("_json"), shown_value(old), shown_value(new))
            for name, new in after.items()
            if name not in _NOT_AUDITED and _comparable(old := before.get(name)) != _comparable(new)
        )
        self.add(AuditedRecord(table, record_id, RecordChangeKind.CHANGED, fields), member)


def _comparable(value: Any) -> Any:
    """A value as read back from the row and as written by a mapper compare equal (a UUID and
    its text, a date and its ISO text)."""
    if isinstance(value, UUID):
        return value.hex
    if isinstance(value, str) and len(value) == 36 and value.count("-") == 4:
        try:
            return UUID(value).hex
        except ValueError:
            return value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value
