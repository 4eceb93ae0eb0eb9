"""Numbered schema migrations.

Each migration is frozen SQL (never the current models, which move on), runs in one transaction,
and bumps ``PRAGMA user_version``. An existing database is copied to the backups folder before the
first step. ``tests/fixtures/schema_v<N>.sqlite`` is a real database of every released schema.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from uuid import UUID

import peewee as pw

from chibo_desktop.domain.rules import BUILTIN_PROFILES, values_to_dict
from chibo_desktop.domain.text import collation_key
from chibo_desktop.storage import backup_files

# What the backup taken before migrating is named for (the backups' list says it in words).
MIGRATION_REASON = "before-migration"
# Built-in records are written by no site (the nil UUID) at the lowest version: equal everywhere.
BUILTIN_SITE = UUID(int=0)
BUILTIN_VERSION = 1

_V1_SCHEMA = """
CREATE TABLE "site" ("id" TEXT NOT NULL PRIMARY KEY, "name" TEXT NOT NULL,
  "place_name" TEXT NOT NULL, "role" TEXT NOT NULL, "unit_id" TEXT, "epoch" INTEGER NOT NULL,
  "created_at" DATETIME NOT NULL);
CREATE TABLE "unit" ("id" TEXT NOT NULL PRIMARY KEY, "version" INTEGER NOT NULL,
  "origin_site" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "parent_id" TEXT, "name" TEXT NOT NULL,
  "level" TEXT NOT NULL, "kind" TEXT, "code" TEXT NOT NULL, "founded_on" DATE,
  "dissolved_on" DATE,
  FOREIGN KEY ("parent_id") REFERENCES "unit" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "unit_version" ON "unit" ("version");
CREATE INDEX "unit_parent_id" ON "unit" ("parent_id");
CREATE INDEX "unit_code" ON "unit" ("code");
CREATE TABLE "member" ("id" TEXT NOT NULL PRIMARY KEY, "version" INTEGER NOT NULL,
  "origin_site" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "full_name" TEXT NOT NULL,
  "sort_key" TEXT NOT NULL, "search_key" TEXT NOT NULL, "unit_id" TEXT NOT NULL,
  "gender" TEXT NOT NULL, "birth_date" DATE, "other_name" TEXT NOT NULL,
  "ethnicity" TEXT NOT NULL, "religion" TEXT NOT NULL, "personal_id" TEXT NOT NULL,
  "party_card" TEXT NOT NULL, "admission_date" DATE, "official_date" DATE,
  "status" TEXT NOT NULL, "status_date" DATE, "phone" TEXT NOT NULL, "notes" TEXT NOT NULL,
  FOREIGN KEY ("unit_id") REFERENCES "unit" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "member_version" ON "member" ("version");
CREATE INDEX "member_personal_id" ON "member" ("personal_id");
CREATE INDEX "member_party_card" ON "member" ("party_card");
CREATE INDEX "member_sort_key_id" ON "member" ("sort_key", "id");
CREATE INDEX "member_unit_id_sort_key_id" ON "member" ("unit_id", "sort_key", "id");
CREATE TABLE "rule_profile" ("id" TEXT NOT NULL PRIMARY KEY, "version" INTEGER NOT NULL,
  "origin_site" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "kind" TEXT NOT NULL,
  "code" TEXT NOT NULL, "title" TEXT NOT NULL, "source" TEXT NOT NULL,
  "effective_from" DATE NOT NULL, "values_json" TEXT NOT NULL);
CREATE INDEX "rule_profile_version" ON "rule_profile" ("version");
CREATE TABLE "history" ("id" INTEGER NOT NULL PRIMARY KEY, "table_name" TEXT NOT NULL,
  "record_id" TEXT NOT NULL, "version" INTEGER NOT NULL, "origin_site" TEXT NOT NULL,
  "deleted" INTEGER NOT NULL, "data_json" TEXT NOT NULL, "replaced_by_version" INTEGER NOT NULL,
  "replaced_at" DATETIME NOT NULL);
CREATE INDEX "history_table_name_record_id" ON "history" ("table_name", "record_id");
"""


def _run_script(db: pw.SqliteDatabase, script: str) -> None:
    """Run frozen SQL statements one by one (inside the migration's transaction, which
    ``executescript`` would commit)."""
    for statement in script.split(";"):
        if statement.strip():
            db.execute_sql(statement)


def _v1_initial(db: pw.SqliteDatabase) -> None:
    _run_script(db, _V1_SCHEMA)
    for profile in BUILTIN_PROFILES:
        db.execute_sql(
            'INSERT INTO "rule_profile" VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?)',
            (
                profile.id.hex,
                BUILTIN_VERSION,
                BUILTIN_SITE.hex,
                profile.kind.value,
                profile.code,
                profile.title,
                profile.source,
                profile.effective_from.isoformat(),
                json.dumps(values_to_dict(profile.values), ensure_ascii=False),
            ),
        )


def _v2_roster_order(db: pw.SqliteDatabase) -> None:
    """Units get a Vietnamese sort key (the roster can be ordered by cell); the roster's order
    index covers what a search reads, so a rare name does not visit 300,000 table rows."""
    db.execute_sql("""ALTER TABLE "unit" ADD COLUMN "sort_key" TEXT NOT NULL DEFAULT ''""")
    for unit_id, name in db.execute_sql('SELECT "id", "name" FROM "unit"').fetchall():
        db.execute_sql(
            'UPDATE "unit" SET "sort_key" = ? WHERE "id" = ?', (collation_key(name), unit_id)
        )
    db.execute_sql('DROP INDEX "member_sort_key_id"')
    db.execute_sql(
        'CREATE INDEX "member_roster_order" ON "member" '
        '("sort_key", "id", "search_key", "status", "deleted")'
    )


_V3_MEMBER_COLUMNS = (
    '"ceremony_date" DATE',
    '"card_issued_on" DATE',
    """"card_issued_place" TEXT NOT NULL DEFAULT ''""",
    """"life_history_number" TEXT NOT NULL DEFAULT ''""",
    """"birth_place" TEXT NOT NULL DEFAULT ''""",
    """"hometown" TEXT NOT NULL DEFAULT ''""",
    """"residence_province" TEXT NOT NULL DEFAULT ''""",
    """"residence_commune" TEXT NOT NULL DEFAULT ''""",
    """"residence_address" TEXT NOT NULL DEFAULT ''""",
    """"education" TEXT NOT NULL DEFAULT ''""",
    """"qualification" TEXT NOT NULL DEFAULT ''""",
    '"theory_level" TEXT',
    """"foreign_language" TEXT NOT NULL DEFAULT ''""",
    """"it_skill" TEXT NOT NULL DEFAULT ''""",
)
_V3_RECORD_TABLES = """
CREATE TABLE "party_post" ("id" TEXT NOT NULL PRIMARY KEY, "version" INTEGER NOT NULL,
  "origin_site" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "member_id" TEXT NOT NULL,
  "unit_id" TEXT NOT NULL, "post" TEXT NOT NULL, "started_on" DATE NOT NULL, "ended_on" DATE,
  "decision" TEXT NOT NULL,
  FOREIGN KEY ("member_id") REFERENCES "member" ("id") DEFERRABLE INITIALLY DEFERRED,
  FOREIGN KEY ("unit_id") REFERENCES "unit" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "party_post_version" ON "party_post" ("version");
CREATE INDEX "party_post_member_id" ON "party_post" ("member_id");
CREATE TABLE "distinction" ("id" TEXT NOT NULL PRIMARY KEY, "version" INTEGER NOT NULL,
  "origin_site" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "member_id" TEXT NOT NULL,
  "kind" TEXT NOT NULL, "decided_on" DATE NOT NULL, "title" TEXT NOT NULL, "discipline" TEXT,
  "decision_number" TEXT NOT NULL, "issuer" TEXT NOT NULL,
  FOREIGN KEY ("member_id") REFERENCES "member" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "distinction_version" ON "distinction" ("version");
CREATE INDEX "distinction_member_id" ON "distinction" ("member_id");
CREATE TABLE "badge" ("id" TEXT NOT NULL PRIMARY KEY, "version" INTEGER NOT NULL,
  "origin_site" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "member_id" TEXT NOT NULL,
  "years" INTEGER NOT NULL, "awarded_on" DATE NOT NULL, "decision_number" TEXT NOT NULL,
  FOREIGN KEY ("member_id") REFERENCES "member" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "badge_version" ON "badge" ("version");
CREATE INDEX "badge_member_id" ON "badge" ("member_id");
CREATE TABLE "status_change" ("id" TEXT NOT NULL PRIMARY KEY, "version" INTEGER NOT NULL,
  "origin_site" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "member_id" TEXT NOT NULL,
  "status" TEXT NOT NULL, "effective_on" DATE NOT NULL, "decision_number" TEXT NOT NULL,
  "note" TEXT NOT NULL,
  FOREIGN KEY ("member_id") REFERENCES "member" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "status_change_version" ON "status_change" ("version");
CREATE INDEX "status_change_member_id" ON "status_change" ("member_id");
"""
# The status log of members who already had a status: same id on every site that migrates the
# same member, so replicas agree.
_V3_STATUS_NAMESPACE = UUID("0b7d2f5e-8c1a-4d3b-9e6f-1a2b3c4d5e6f")


def _v3_member_record(db: pw.SqliteDatabase) -> None:
    """The full member record: template fields, posts, awards/discipline, badges, status log."""
    for column in _V3_MEMBER_COLUMNS:
        db.execute_sql(f'ALTER TABLE "member" ADD COLUMN {column}')
    _run_script(db, _V3_RECORD_TABLES)
    rows = db.execute_sql(
        'SELECT "id", "version", "origin_site", "deleted", "status", "status_date" FROM "member" '
        """WHERE "status" != 'active' AND "status_date" IS NOT NULL"""
    ).fetchall()
    for member_id, version, origin, deleted, status, status_date in rows:
        change_id = uuid.uuid5(_V3_STATUS_NAMESPACE, str(member_id))
        # Stamped as the member version that recorded the status.
        db.execute_sql(
            "INSERT INTO \"status_change\" VALUES (?, ?, ?, ?, ?, ?, ?, '', '')",
            (change_id.hex, version, origin, deleted, member_id, status, status_date),
        )


_V4_REGISTER_TABLES = """
CREATE TABLE "transfer" ("id" TEXT NOT NULL PRIMARY KEY, "version" INTEGER NOT NULL,
  "origin_site" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "kind" TEXT NOT NULL, "direction"
  TEXT NOT NULL, "decided_on" DATE NOT NULL, "member_id" TEXT, "person_name" TEXT NOT NULL,
  "from_unit_id" TEXT, "to_unit_id" TEXT, "other_organisation" TEXT NOT NULL, "moved_on" DATE,
  "arrived_on" DATE, "ends_on" DATE, "returned_on" DATE, "for_study" INTEGER NOT NULL,
  "letter_number" TEXT NOT NULL, "note" TEXT NOT NULL, FOREIGN KEY ("member_id") REFERENCES
  "member" ("id") DEFERRABLE INITIALLY DEFERRED, FOREIGN KEY ("from_unit_id") REFERENCES "unit"
  ("id") DEFERRABLE INITIALLY DEFERRED, FOREIGN KEY ("to_unit_id") REFERENCES "unit" ("id")
  DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "transfer_version" ON "transfer" ("version");
CREATE INDEX "transfer_member_id" ON "transfer" ("member_id");
CREATE TABLE "resident_213" ("id" TEXT NOT NULL PRIMARY KEY, "version" INTEGER NOT NULL,
  "origin_site" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "unit_id" TEXT NOT NULL, "full_name"
  TEXT NOT NULL, "workplace" TEXT NOT NULL, "birth_date" DATE, "address" TEXT NOT NULL, "phone"
  TEXT NOT NULL, "registered_on" DATE, "left_on" DATE, FOREIGN KEY ("unit_id") REFERENCES "unit"
  ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "resident_213_version" ON "resident_213" ("version");
CREATE INDEX "resident_213_unit_id" ON "resident_213" ("unit_id");
CREATE TABLE "comment_213" ("id" TEXT NOT NULL PRIMARY KEY, "version" INTEGER NOT NULL,
  "origin_site" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "resident_id" TEXT NOT NULL, "year"
  INTEGER NOT NULL, "comment" TEXT NOT NULL, "written_on" DATE NOT NULL, FOREIGN KEY
  ("resident_id") REFERENCES "resident_213" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "comment_213_version" ON "comment_213" ("version");
CREATE INDEX "comment_213_resident_id" ON "comment_213" ("resident_id");
CREATE TABLE "candidate" ("id" TEXT NOT NULL PRIMARY KEY, "version" INTEGER NOT NULL,
  "origin_site" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "unit_id" TEXT NOT NULL, "full_name"
  TEXT NOT NULL, "gender" TEXT NOT NULL, "birth_date" DATE NOT NULL, "personal_id" TEXT NOT
  NULL, "phone" TEXT NOT NULL, "course_on" DATE, "application_on" DATE, "introducers" TEXT NOT
  NULL, "introducer_count" INTEGER NOT NULL, "cell_vote_on" DATE, "votes_for" INTEGER NOT NULL,
  "votes_total" INTEGER NOT NULL, "decision_number" TEXT NOT NULL, "decision_on" DATE,
  "ceremony_on" DATE, "member_id" TEXT, "dropped_on" DATE, "notes" TEXT NOT NULL, FOREIGN KEY
  ("unit_id") REFERENCES "unit" ("id") DEFERRABLE INITIALLY DEFERRED, FOREIGN KEY ("member_id")
  REFERENCES "member" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "candidate_version" ON "candidate" ("version");
CREATE INDEX "candidate_unit_id" ON "candidate" ("unit_id");
"""


def _v4_transfers_213_admissions(db: pw.SqliteDatabase) -> None:
    """Transfers of Party activity, the Quy định 213 list with its yearly comments, and the
    admission pipeline."""
    _run_script(db, _V4_REGISTER_TABLES)


_V5_NAME_INDEX = (
    """CREATE VIRTUAL TABLE "member_fts" USING fts5(
      "search_key", content='member', content_rowid='rowid', tokenize='trigram')""",
    """CREATE TRIGGER "member_fts_insert" AFTER INSERT ON "member" BEGIN
      INSERT INTO "member_fts"(rowid, "search_key") VALUES (new.rowid, new."search_key");
    END""",
    """CREATE TRIGGER "member_fts_update" AFTER UPDATE OF "search_key" ON "member" BEGIN
      INSERT INTO "member_fts"("member_fts", rowid, "search_key")
        VALUES ('delete', old.rowid, old."search_key");
      INSERT INTO "member_fts"(rowid, "search_key") VALUES (new.rowid, new."search_key");
    END""",
    """CREATE TRIGGER "member_fts_delete" AFTER DELETE ON "member" BEGIN
      INSERT INTO "member_fts"("member_fts", rowid, "search_key")
        VALUES ('delete', old.rowid, old."search_key");
    END""",
    """INSERT INTO "member_fts"("member_fts") VALUES ('rebuild')""",
)


def _v5_name_index(db: pw.SqliteDatabase) -> None:
    """A trigram index of the folded names, so that a search for a rare name reads only its
    matches instead of 300,000 rows. Triggers keep it in step with every write to members."""
    for statement in _V5_NAME_INDEX:
        db.execute_sql(statement)


_V6_MEETING_TABLES = """
CREATE TABLE "meeting" ("id" TEXT NOT NULL PRIMARY KEY, "version" INTEGER NOT NULL,
  "origin_site" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "unit_id" TEXT NOT NULL, "kind" TEXT
  NOT NULL, "planned_on" DATE NOT NULL, "topic" TEXT NOT NULL, "state" TEXT NOT NULL, "held_on"
  DATE, "minutes_json" TEXT NOT NULL, "content_hash" TEXT NOT NULL, "finalised_on" DATE,
  "adopted_on" DATE, "adopted_at_meeting_id" TEXT, "document_type" TEXT NOT NULL,
  "document_number" INTEGER, FOREIGN KEY ("unit_id") REFERENCES "unit" ("id") DEFERRABLE
  INITIALLY DEFERRED);
CREATE INDEX "meeting_version" ON "meeting" ("version");
CREATE INDEX "meeting_unit_id_planned_on" ON "meeting" ("unit_id", "planned_on");
CREATE TABLE "attendance" ("id" TEXT NOT NULL PRIMARY KEY, "version" INTEGER NOT NULL,
  "origin_site" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "meeting_id" TEXT NOT NULL,
  "member_id" TEXT NOT NULL, "member_name" TEXT NOT NULL, "official" INTEGER NOT NULL,
  "standing" TEXT NOT NULL, "presence" TEXT, "reason" TEXT NOT NULL, "fee" TEXT, "position"
  INTEGER NOT NULL, FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id") DEFERRABLE INITIALLY
  DEFERRED, FOREIGN KEY ("member_id") REFERENCES "member" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "attendance_version" ON "attendance" ("version");
CREATE INDEX "attendance_meeting_id" ON "attendance" ("meeting_id");
CREATE INDEX "attendance_member_id" ON "attendance" ("member_id");
CREATE TABLE "meeting_task" ("id" TEXT NOT NULL PRIMARY KEY, "version" INTEGER NOT NULL,
  "origin_site" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "meeting_id" TEXT NOT NULL, "what"
  TEXT NOT NULL, "assignee" TEXT NOT NULL, "assignee_id" TEXT, "deadline" DATE,
  "report_back_on" DATE, "position" INTEGER NOT NULL, FOREIGN KEY ("meeting_id") REFERENCES
  "meeting" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "meeting_task_version" ON "meeting_task" ("version");
CREATE INDEX "meeting_task_meeting_id" ON "meeting_task" ("meeting_id");
CREATE TABLE "minutes_annex" ("id" TEXT NOT NULL PRIMARY KEY, "version" INTEGER NOT NULL,
  "origin_site" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "meeting_id" TEXT NOT NULL,
  "dated_on" DATE NOT NULL, "text" TEXT NOT NULL, "written_by" TEXT NOT NULL, FOREIGN KEY
  ("meeting_id") REFERENCES "meeting" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "minutes_annex_version" ON "minutes_annex" ("version");
CREATE INDEX "minutes_annex_meeting_id" ON "minutes_annex" ("meeting_id");
CREATE TABLE "attachment" ("id" TEXT NOT NULL PRIMARY KEY, "version" INTEGER NOT NULL,
  "origin_site" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "meeting_id" TEXT NOT NULL, "sha256"
  TEXT NOT NULL, "file_name" TEXT NOT NULL, "media_type" TEXT NOT NULL, "size" INTEGER NOT
  NULL, "added_on" DATE NOT NULL, FOREIGN KEY ("meeting_id") REFERENCES "meeting" ("id")
  DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "attachment_version" ON "attachment" ("version");
CREATE INDEX "attachment_meeting_id" ON "attachment" ("meeting_id");
CREATE TABLE "attachment_blob" ("sha256" TEXT NOT NULL PRIMARY KEY, "data" BLOB NOT NULL);
CREATE TABLE "meeting_plan" ("id" TEXT NOT NULL PRIMARY KEY, "version" INTEGER NOT NULL,
  "origin_site" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "unit_id" TEXT NOT NULL, "year"
  INTEGER NOT NULL, "day_of_month" INTEGER NOT NULL, "thematic_topics_json" TEXT NOT NULL,
  "liaison" TEXT NOT NULL, "liaison_id" TEXT, "term_started_on" DATE, FOREIGN KEY ("unit_id")
  REFERENCES "unit" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "meeting_plan_version" ON "meeting_plan" ("version");
CREATE INDEX "meeting_plan_unit_id" ON "meeting_plan" ("unit_id");
CREATE TABLE "agenda_template" ("id" TEXT NOT NULL PRIMARY KEY, "version" INTEGER NOT NULL,
  "origin_site" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "kind" TEXT NOT NULL, "items_json"
  TEXT NOT NULL);
CREATE INDEX "agenda_template_version" ON "agenda_template" ("version");
"""


def _v6_meetings(db: pw.SqliteDatabase) -> None:
    """Cell meetings: the plan of a year, the minutes with attendance and tasks, annexes,
    signed scans (the bytes stored once per SHA-256) and the editable agenda templates."""
    _run_script(db, _V6_MEETING_TABLES)


_V7_EVALUATION_TABLES = """
CREATE TABLE "member_evaluation" ("id" TEXT NOT NULL PRIMARY KEY, "version" INTEGER NOT NULL,
  "origin_site" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "member_id" TEXT NOT NULL, "year"
  INTEGER NOT NULL, "unit_id" TEXT NOT NULL, "form" TEXT NOT NULL, "general_score" INTEGER,
  "task_score" INTEGER, "self_level" TEXT, "proposed_level" TEXT, "final_level" TEXT,
  "tasks_late_percent" INTEGER, "tasks_above_percent" INTEGER, "tasks_undone_percent" INTEGER,
  "shortcomings_remedied" INTEGER NOT NULL, "degradation_concluded" INTEGER NOT NULL,
  "forbidden_violation" INTEGER NOT NULL, "leave" TEXT NOT NULL, "residence_comment" TEXT NOT
  NULL, "host_comment" TEXT NOT NULL, "discipline_decision" TEXT NOT NULL, "notes" TEXT NOT
  NULL, FOREIGN KEY ("member_id") REFERENCES "member" ("id") DEFERRABLE INITIALLY DEFERRED,
  FOREIGN KEY ("unit_id") REFERENCES "unit" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "member_evaluation_version" ON "member_evaluation" ("version");
CREATE INDEX "member_evaluation_member_id_year" ON "member_evaluation" ("member_id", "year");
CREATE INDEX "member_evaluation_year_unit_id" ON "member_evaluation" ("year", "unit_id");
CREATE TABLE "unit_evaluation" ("id" TEXT NOT NULL PRIMARY KEY, "version" INTEGER NOT NULL,
  "origin_site" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "unit_id" TEXT NOT NULL, "year"
  INTEGER NOT NULL, "self_level" TEXT, "final_level" TEXT, "newly_formed" INTEGER NOT NULL,
  "cap_exception_decision" TEXT NOT NULL, "notes" TEXT NOT NULL, FOREIGN KEY ("unit_id")
  REFERENCES "unit" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "unit_evaluation_version" ON "unit_evaluation" ("version");
CREATE INDEX "unit_evaluation_unit_id_year" ON "unit_evaluation" ("unit_id", "year");
CREATE TABLE "evaluation_year" ("id" TEXT NOT NULL PRIMARY KEY, "version" INTEGER NOT NULL,
  "origin_site" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "unit_id" TEXT NOT NULL, "year"
  INTEGER NOT NULL, "review_on" DATE NOT NULL, "state" TEXT NOT NULL, "opened_on" DATE,
  "closed_on" DATE, "closed_by" TEXT NOT NULL, "reopenings_json" TEXT NOT NULL, FOREIGN KEY
  ("unit_id") REFERENCES "unit" ("id") DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX "evaluation_year_version" ON "evaluation_year" ("version");
CREATE INDEX "evaluation_year_unit_id_year" ON "evaluation_year" ("unit_id", "year");
"""


def _v7_evaluations(db: pw.SqliteDatabase) -> None:
    """The annual evaluation: members' and organisations' levels per year, and each commune's
    review year (open or closed, with every reopening and its reason)."""
    _run_script(db, _V7_EVALUATION_TABLES)


# The classification summary's roll, counted per cell and year, kept so that a province's report
# does not rebuild 300,000 members' history each time (``StatisticsQueries.cell_tallies``). It is
# derived data: a cell's counts stand only while its marker row in ``roll_tally_cell`` does, and
# the triggers below delete the markers of every cell a member could be counted in (their cell
# and every cell a transfer took them from or to) whenever anything the count reads changes.
_V8_ROLL_TALLY_TABLES = """
CREATE TABLE "roll_tally_cell" ("unit_id" TEXT NOT NULL, "year" INTEGER NOT NULL, "review_on"
  DATE NOT NULL, "new_after" DATE NOT NULL, PRIMARY KEY ("unit_id", "year")) WITHOUT ROWID;
CREATE TABLE "roll_tally" ("unit_id" TEXT NOT NULL, "year" INTEGER NOT NULL, "status" TEXT NOT
  NULL, "new" INTEGER NOT NULL, "elsewhere" INTEGER NOT NULL, "final_level" TEXT, "count"
  INTEGER NOT NULL);
CREATE INDEX "roll_tally_unit_id_year" ON "roll_tally" ("unit_id", "year");
CREATE INDEX "member_evaluation_live_level_year" ON "member_evaluation" ("final_level", "year",
  "member_id", "unit_id") WHERE "deleted" = 0;
CREATE TABLE "evaluation_level_count" ("unit_id" TEXT NOT NULL, "year" INTEGER NOT NULL,
  "final_level" TEXT NOT NULL, "count" INTEGER NOT NULL, PRIMARY KEY ("unit_id", "year",
  "final_level")) WITHOUT ROWID;
INSERT INTO "evaluation_level_count"
  SELECT unit_id, year, final_level, COUNT(*) FROM member_evaluation
  WHERE deleted = 0 AND final_level IS NOT NULL GROUP BY 1, 2, 3;
"""
# (table, event, the members touched, further cells touched), NEW and OLD as SQLite names them.
_V8_ROLL_TALLY_SOURCES = (
    ("member", "INSERT", ("NEW.id",), ()),
    ("member", "UPDATE", ("NEW.id",), ("OLD.unit_id",)),
    ("member", "DELETE", ("OLD.id",), ("OLD.unit_id",)),
    ("status_change", "INSERT", ("NEW.member_id",), ()),
    ("status_change", "UPDATE", ("NEW.member_id", "OLD.member_id"), ()),
    ("status_change", "DELETE", ("OLD.member_id",), ()),
    ("transfer", "INSERT", ("NEW.member_id",), ("NEW.from_unit_id", "NEW.to_unit_id")),
    (
        "transfer",
        "UPDATE",
        ("NEW.member_id", "OLD.member_id"),
        ("NEW.from_unit_id", "NEW.to_unit_id", "OLD.from_unit_id", "OLD.to_unit_id"),
    ),
    ("transfer", "DELETE", ("OLD.member_id",), ("OLD.from_unit_id", "OLD.to_unit_id")),
    ("member_evaluation", "INSERT", ("NEW.member_id",), ()),
    ("member_evaluation", "UPDATE", ("NEW.member_id", "OLD.member_id"), ()),
    ("member_evaluation", "DELETE", ("OLD.member_id",), ()),
)


_V8_COUNT_UP = (
    'INSERT INTO "evaluation_level_count" VALUES (NEW.unit_id, NEW.year, NEW.final_level, 1) '
    "ON CONFLICT DO UPDATE SET count = count + 1;"
)
_V8_COUNT_DOWN = (
    'UPDATE "evaluation_level_count" SET count = count - 1 '
    "WHERE unit_id = OLD.unit_id AND year = OLD.year AND final_level = OLD.final_level;"
)
# The member's columns the roll reads.
_V8_ROLL_MEMBER_COLUMNS = ("unit_id", "status", "status_date", "admission_date", "deleted")


def _v8_roll_tally_trigger(
    table: str, event: str, members: tuple[str, ...], cells: tuple[str, ...]
) -> str:
    name = f"roll_tally_after_{table}_{event.split()[0].lower()}"
    touched = " UNION ALL ".join(
        [
            f"SELECT unit_id FROM member WHERE id = {m} "
            f"UNION ALL SELECT from_unit_id FROM transfer WHERE member_id = {m} "
            f"UNION ALL SELECT to_unit_id FROM transfer WHERE member_id = {m}"
            for m in members
        ]
        + [f"SELECT {cell}" for cell in cells]
    )
    # An empty cache keeps bulk loads (a new database, the demo) cheap; a member's edits that the
    # roll does not read (a name, a phone number) keep the counts.
    when = "EXISTS (SELECT 1 FROM roll_tally_cell)"
    if table == "member" and event == "UPDATE":
        changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in _V8_ROLL_MEMBER_COLUMNS)
        when += f" AND ({changed})"
    return (
        f'CREATE TRIGGER "{name}" AFTER {event} ON "{table}" WHEN {when} BEGIN '
        f"DELETE FROM roll_tally_cell WHERE unit_id IN ({touched}); END"
    )


# The final levels recorded per cell and year (the comparison with earlier years), counted up
# and down as evaluations are written.
_V8_LEVEL_COUNT_TRIGGERS = tuple(
    f'CREATE TRIGGER "evaluation_level_count_after_{event.lower()}_{row.lower()}" '
    f'AFTER {event} ON "member_evaluation" '
    f"WHEN {row}.deleted = 0 AND {row}.final_level IS NOT NULL BEGIN {change} END"
    for event, row, change in (
        ("INSERT", "NEW", _V8_COUNT_UP),
        ("UPDATE", "NEW", _V8_COUNT_UP),
        ("UPDATE", "OLD", _V8_COUNT_DOWN),
        ("DELETE", "OLD", _V8_COUNT_DOWN),
    )
)


def _v8_roll_tally_cache(db: pw.SqliteDatabase) -> None:
    """The classification summary's per-cell counts, kept and invalidated by triggers; the
    levels recorded per cell and year, kept counted by triggers; an index that finds the HTXSNV
    streaks without reading the rows."""
    _run_script(db, _V8_ROLL_TALLY_TABLES)
    for source in _V8_ROLL_TALLY_SOURCES:
        db.execute_sql(_v8_roll_tally_trigger(*source))
    for trigger in _V8_LEVEL_COUNT_TRIGGERS:
        db.execute_sql(trigger)


# The USB handoff: the site's keys, the sites it exchanges packages with (each key it has known
# for them, active or revoked), the packages applied (so that one applied twice changes nothing),
# what could not be applied (for a person to decide), and the order of this site's own writes:
# ``Store`` appends each record it writes with the next ``seq`` (never updated or deleted, so
# every seq is above the earlier ones), and a package carries whatever this site wrote since the
# recipient's last receipt. Other sites' records, which imports write, are not logged: they reach
# the upper level from the site that wrote them.
_V9_SYNC_TABLES = """
CREATE TABLE "site_key" ("id" TEXT NOT NULL PRIMARY KEY, "signing_seed" BLOB NOT NULL,
  "box_secret" BLOB NOT NULL, "fingerprint" TEXT NOT NULL, "created_at" DATETIME NOT NULL,
  "retired_at" DATETIME);
CREATE TABLE "peer" ("site_id" TEXT NOT NULL PRIMARY KEY, "name" TEXT NOT NULL, "role" TEXT NOT
  NULL, "unit_id" TEXT, "unit_code" TEXT NOT NULL, "unit_name" TEXT NOT NULL, "enrolled_at"
  DATETIME NOT NULL, "sent_sequence" INTEGER NOT NULL, "acked_change" INTEGER NOT NULL,
  "last_receipt_at" DATETIME, "last_package_at" DATETIME, "have_through_change" INTEGER NOT
  NULL, "missing_sequences" TEXT NOT NULL);
CREATE TABLE "peer_key" ("fingerprint" TEXT NOT NULL PRIMARY KEY, "site_id" TEXT NOT NULL,
  "verify_key" BLOB NOT NULL, "box_key" BLOB NOT NULL, "state" TEXT NOT NULL, "added_at"
  DATETIME NOT NULL, "revoked_at" DATETIME, FOREIGN KEY ("site_id") REFERENCES "peer"
  ("site_id"));
CREATE INDEX "peer_key_site_id" ON "peer_key" ("site_id");
CREATE TABLE "package_ledger" ("package_id" TEXT NOT NULL PRIMARY KEY, "sender_site" TEXT NOT
  NULL, "kind" TEXT NOT NULL, "sequence" INTEGER NOT NULL, "created_at" DATETIME NOT NULL,
  "applied_at" DATETIME NOT NULL, "summary_json" TEXT NOT NULL);
CREATE INDEX "package_ledger_sender_site_sequence" ON "package_ledger" ("sender_site",
  "sequence");
CREATE TABLE "sync_conflict" ("id" TEXT NOT NULL PRIMARY KEY, "package_id" TEXT NOT NULL,
  "sender_site" TEXT NOT NULL, "table_name" TEXT NOT NULL, "record_id" TEXT NOT NULL, "reason"
  TEXT NOT NULL, "incoming_json" TEXT NOT NULL, "local_json" TEXT, "created_at" DATETIME NOT
  NULL, "decision" TEXT NOT NULL, "decided_by" TEXT NOT NULL, "decided_at" DATETIME);
CREATE INDEX "sync_conflict_decision" ON "sync_conflict" ("decision");
CREATE TABLE "change_log" ("seq" INTEGER PRIMARY KEY, "table_name" TEXT NOT NULL, "record_id"
  TEXT NOT NULL);
"""
# The records that travel, as schema 9 has them.
_V9_VERSIONED_TABLES = (
    "unit",
    "member",
    "party_post",
    "distinction",
    "badge",
    "status_change",
    "transfer",
    "resident_213",
    "comment_213",
    "candidate",
    "rule_profile",
    "meeting",
    "attendance",
    "meeting_task",
    "minutes_annex",
    "attachment",
    "meeting_plan",
    "agenda_template",
    "member_evaluation",
    "unit_evaluation",
    "evaluation_year",
)


def _v9_sync(db: pw.SqliteDatabase) -> None:
    """Keys, peers, the ledger of applied packages, the conflict inbox and the change log."""
    _run_script(db, _V9_SYNC_TABLES)
    for table in _V9_VERSIONED_TABLES:
        db.execute_sql(
            f"INSERT INTO change_log (table_name, record_id) "
            f"SELECT '{table}', id FROM \"{table}\" "
            f"WHERE origin_site = (SELECT id FROM site) ORDER BY version"
        )


_V10_UPPER_DECISION = """
CREATE TABLE "upper_decision" ("id" TEXT NOT NULL PRIMARY KEY, "version" INTEGER NOT NULL,
  "origin_site" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "unit_id" TEXT NOT NULL, "year"
  INTEGER NOT NULL, "level" TEXT NOT NULL, "reference" TEXT NOT NULL, "decided_on" DATE NOT
  NULL, "notes" TEXT NOT NULL, FOREIGN KEY ("unit_id") REFERENCES "unit" ("id") DEFERRABLE
  INITIALLY DEFERRED);
CREATE INDEX "upper_decision_version" ON "upper_decision" ("version");
CREATE INDEX "upper_decision_unit_id_year" ON "upper_decision" ("unit_id", "year");
"""


def _v10_upper_decisions(db: pw.SqliteDatabase) -> None:
    """The upper level's classification decisions, made at the province and sent down."""
    _run_script(db, _V10_UPPER_DECISION)


def _v11_province_import(db: pw.SqliteDatabase) -> None:
    """Attendance loses its index by member. No query reads attendance by member (minutes read
    it by meeting, a cell's lapses through its meetings) and members are never deleted (they
    become tombstones), so the index served nothing; yet a province's import paid for it: each
    commune's package adds 27,000 attendance rows, whose 2,000 members' random ids touch as many
    pages of that index all over a file of a gigabyte and more."""
    db.execute_sql('DROP INDEX "attendance_member_id"')


_V12_ACCOUNTS = """
CREATE TABLE "account" ("id" TEXT NOT NULL PRIMARY KEY, "login_key" TEXT NOT NULL, "login" TEXT
  NOT NULL, "full_name" TEXT NOT NULL, "role" TEXT NOT NULL, "password_hash" TEXT NOT NULL,
  "failed_sign_ins" INTEGER NOT NULL, "locked_until" DATETIME, "disabled" INTEGER NOT NULL);
CREATE UNIQUE INDEX "account_login_key" ON "account" ("login_key");
"""


def _v12_accounts(db: pw.SqliteDatabase) -> None:
    """Local accounts. None exist after the upgrade: the window asks for the first
    administrator's name and password before it shows any data."""
    _run_script(db, _V12_ACCOUNTS)


_V13_AUDIT = """
CREATE TABLE "audit_entry" ("id" TEXT NOT NULL PRIMARY KEY, "version" INTEGER NOT NULL,
  "origin_site" TEXT NOT NULL, "deleted" INTEGER NOT NULL, "at" DATETIME NOT NULL, "who" TEXT NOT
  NULL, "login" TEXT NOT NULL, "action" TEXT NOT NULL, "subject" TEXT NOT NULL, "count" INTEGER
  NOT NULL, "step" TEXT NOT NULL, "records_json" TEXT NOT NULL, "member_ids" TEXT NOT NULL);
CREATE INDEX "audit_entry_version" ON "audit_entry" ("version");
CREATE INDEX "audit_entry_at" ON "audit_entry" ("at");
"""


def _v13_audit(db: pw.SqliteDatabase) -> None:
    """The audit log. It starts empty: what was changed before is still in the history table,
    but not who changed it."""
    _run_script(db, _V13_AUDIT)


MIGRATIONS: tuple[Callable[[pw.SqliteDatabase], None], ...] = (
    _v1_initial,
    _v2_roster_order,
    _v3_member_record,
    _v4_transfers_213_admissions,
    _v5_name_index,
    _v6_meetings,
    _v7_evaluations,
    _v8_roll_tally_cache,
    _v9_sync,
    _v10_upper_decisions,
    _v11_province_import,
    _v12_accounts,
    _v13_audit,
)
CURRENT_VERSION = len(MIGRATIONS)
_log = logging.getLogger(__name__)


class DatabaseTooNew(Exception):
    """The file was written by a newer release of the program."""

    def __init__(self, found: int, supported: int) -> None:
        super().__init__(f"schema {found} > {supported}")
        self.found = found
        self.supported = supported


def schema_version(db: pw.SqliteDatabase) -> int:
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def peek_schema_version(path: Path) -> int:
    """The schema version of the file at ``path`` (0 when there is none), read through a
    read-only connection so that a file this release must refuse is not changed at all (opening
    it normally would already switch its journal mode)."""
    if not path.exists() or path.stat().st_size == 0:
        return 0
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10.0)
    try:
        return int(connection.execute("PRAGMA user_version").fetchone()[0])
    finally:
        connection.close()


def migrate(db: pw.SqliteDatabase, database_path: Path, backups: Path) -> Path | None:
    """Bring the schema up to date. Returns the backup made first, if any."""
    found = schema_version(db)
    if found > CURRENT_VERSION:
        raise DatabaseTooNew(found, CURRENT_VERSION)
    if found == CURRENT_VERSION:
        return None
    backup = None
    if found > 0:
        target = backup_files.free_backup_path(
            backups, database_path.stem, datetime.now(), MIGRATION_REASON
        )
        backup = backup_files.copy_verified(db.connection(), target)
        _log.info(
            "Schema %d is older than %d: a copy was saved as %s", found, CURRENT_VERSION, backup
        )
    for number in range(found + 1, CURRENT_VERSION + 1):
        with db.atomic():
            MIGRATIONS[number - 1](db)
            db.execute_sql(f"PRAGMA user_version = {number}")
    if found == 0:
        _log.info("New database: schema %d", CURRENT_VERSION)
    else:
        _log.info("Schema %d → %d", found, CURRENT_VERSION)
    return backup
