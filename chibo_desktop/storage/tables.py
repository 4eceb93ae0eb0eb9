"""Peewee tables. Rows never leave this package: repositories turn them into entities."""

from __future__ import annotations

from datetime import date

import peewee as pw

database = pw.DatabaseProxy()


class IsoDateField(pw.DateField):
    """Dates are written as ISO text; reading them with ``date.fromisoformat`` instead of
    peewee's loop over strptime formats makes a roster page of 200 members ~5 ms quicker."""

    def python_value(self, value: object) -> object:
        if isinstance(value, str):
            return date.fromisoformat(value)
        return value


class BaseRow(pw.Model):
    class Meta:
        database = database
        legacy_table_names = False


class VersionedRow(BaseRow):
    """A record that travels between sites: UUID, version stamp, writing site, tombstone."""

    id = pw.UUIDField(primary_key=True)
    version = pw.BigIntegerField(index=True)
    origin_site = pw.UUIDField()
    deleted = pw.BooleanField(default=False)


class SiteRow(BaseRow):
    id = pw.UUIDField(primary_key=True)
    name = pw.TextField()
    place_name = pw.TextField()
    role = pw.TextField()
    unit_id = pw.UUIDField(null=True)
    epoch = pw.IntegerField(default=1)
    created_at = pw.DateTimeField()

    class Meta:
        table_name = "site"


class UnitRow(VersionedRow):
    parent = pw.ForeignKeyField(
        "self", null=True, backref="children", deferrable="INITIALLY DEFERRED", index=True
    )
    name = pw.TextField()
    level = pw.TextField()
    kind = pw.TextField(null=True)
    code = pw.TextField(index=True)
    sort_key = pw.TextField(default="")  # Vietnamese collation key of the name (schema 2)
    founded_on = IsoDateField(null=True)
    dissolved_on = IsoDateField(null=True)

    class Meta:
        table_name = "unit"


class MemberRow(VersionedRow):
    full_name = pw.TextField()
    # Derived from full_name on every write, so that SQLite can order and search a province's
    # roster through an index instead of Python sorting 300,000 names.
    sort_key = pw.TextField()
    search_key = pw.TextField()
    unit = pw.ForeignKeyField(UnitRow, deferrable="INITIALLY DEFERRED", index=False)
    gender = pw.TextField()
    birth_date = IsoDateField(null=True)
    other_name = pw.TextField(default="")
    ethnicity = pw.TextField(default="")
    religion = pw.TextField(default="")
    personal_id = pw.TextField(default="", index=True)
    party_card = pw.TextField(default="", index=True)
    admission_date = IsoDateField(null=True)
    official_date = IsoDateField(null=True)
    status = pw.TextField()
    status_date = IsoDateField(null=True)
    phone = pw.TextField(default="")
    notes = pw.TextField(default="")
    # Schema 3: the full member record.
    ceremony_date = IsoDateField(null=True)
    card_issued_on = IsoDateField(null=True)
    card_issued_place = pw.TextField(default="")
    life_history_number = pw.TextField(default="")
    birth_place = pw.TextField(default="")
    hometown = pw.TextField(default="")
    residence_province = pw.TextField(default="")
    residence_commune = pw.TextField(default="")
    residence_address = pw.TextField(default="")
    education = pw.TextField(default="")
    qualification = pw.TextField(default="")
    theory_level = pw.TextField(null=True)
    foreign_language = pw.TextField(default="")
    it_skill = pw.TextField(default="")

    class Meta:
        table_name = "member"
        indexes = (
            # Covers a name search, so scanning it in roster order never reads the table rows.
            (("sort_key", "id", "search_key", "status", "deleted"), False),
            (("unit", "sort_key", "id"), False),
        )


class MemberRecordRow(VersionedRow):
    """Base of the records that belong to one member (posts, distinctions, badges …)."""

    member = pw.ForeignKeyField(MemberRow, deferrable="INITIALLY DEFERRED", index=True)


class PartyPostRow(MemberRecordRow):
    unit = pw.ForeignKeyField(UnitRow, deferrable="INITIALLY DEFERRED", index=False)
    post = pw.TextField()
    started_on = IsoDateField()
    ended_on = IsoDateField(null=True)
    decision = pw.TextField(default="")

    class Meta:
        table_name = "party_post"


class DistinctionRow(MemberRecordRow):
    kind = pw.TextField()
    decided_on = IsoDateField()
    title = pw.TextField()
    discipline = pw.TextField(null=True)
    decision_number = pw.TextField(default="")
    issuer = pw.TextField(default="")

    class Meta:
        table_name = "distinction"


class BadgeRow(MemberRecordRow):
    years = pw.IntegerField()
    awarded_on = IsoDateField()
    decision_number = pw.TextField(default="")

    class Meta:
        table_name = "badge"


class StatusChangeRow(MemberRecordRow):
    status = pw.TextField()
    effective_on = IsoDateField()
    decision_number = pw.TextField(default="")
    note = pw.TextField(default="")

    class Meta:
        table_name = "status_change"


class TransferRow(VersionedRow):
    kind = pw.TextField()
    direction = pw.TextField()
    decided_on = IsoDateField()
    member = pw.ForeignKeyField(MemberRow, null=True, deferrable="INITIALLY DEFERRED", index=True)
    person_name = pw.TextField(default="")
    from_unit = pw.ForeignKeyField(UnitRow, null=True, deferrable="INITIALLY DEFERRED", index=False)
    to_unit = pw.ForeignKeyField(UnitRow, null=True, deferrable="INITIALLY DEFERRED", index=False)
    other_organisation = pw.TextField(default="")
    moved_on = IsoDateField(null=True)
    arrived_on = IsoDateField(null=True)
    ends_on = IsoDateField(null=True)
    returned_on = IsoDateField(null=True)
    for_study = pw.BooleanField(default=False)
    letter_number = pw.TextField(default="")
    note = pw.TextField(default="")

    class Meta:
        table_name = "transfer"


class Resident213Row(VersionedRow):
    unit = pw.ForeignKeyField(UnitRow, deferrable="INITIALLY DEFERRED", index=True)
    full_name = pw.TextField()
    workplace = pw.TextField()
    birth_date = IsoDateField(null=True)
    address = pw.TextField(default="")
    phone = pw.TextField(default="")
    registered_on = IsoDateField(null=True)
    left_on = IsoDateField(null=True)

    class Meta:
        table_name = "resident_213"


class Comment213Row(VersionedRow):
    resident = pw.ForeignKeyField(Resident213Row, deferrable="INITIALLY DEFERRED", index=True)
    year = pw.IntegerField()
    comment = pw.TextField()
    written_on = IsoDateField()

    class Meta:
        table_name = "comment_213"


class CandidateRow(VersionedRow):
    unit = pw.ForeignKeyField(UnitRow, deferrable="INITIALLY DEFERRED", index=True)
    full_name = pw.TextField()
    gender = pw.TextField()
    birth_date = IsoDateField()
    personal_id = pw.TextField(default="")
    phone = pw.TextField(default="")
    course_on = IsoDateField(null=True)
    application_on = IsoDateField(null=True)
    introducers = pw.TextField(default="")
    introducer_count = pw.IntegerField(default=0)
    cell_vote_on = IsoDateField(null=True)
    votes_for = pw.IntegerField(default=0)
    votes_total = pw.IntegerField(default=0)
    decision_number = pw.TextField(default="")
    decision_on = IsoDateField(null=True)
    ceremony_on = IsoDateField(null=True)
    member = pw.ForeignKeyField(MemberRow, null=True, deferrable="INITIALLY DEFERRED", index=False)
    dropped_on = IsoDateField(null=True)
    notes = pw.TextField(default="")

    class Meta:
        table_name = "candidate"


class MeetingRow(VersionedRow):
    unit = pw.ForeignKeyField(UnitRow, deferrable="INITIALLY DEFERRED", index=False)
    kind = pw.TextField()
    planned_on = IsoDateField()
    topic = pw.TextField(default="")
    state = pw.TextField()
    held_on = IsoDateField(null=True)
    minutes_json = pw.TextField()
    content_hash = pw.TextField(default="")
    finalised_on = IsoDateField(null=True)
    adopted_on = IsoDateField(null=True)
    adopted_at_meeting_id = pw.UUIDField(null=True)
    # Copied out of the minutes so that numbering needs no JSON: see MeetingRepository.
    document_type = pw.TextField()
    document_number = pw.IntegerField(null=True)

    class Meta:
        table_name = "meeting"
        indexes = ((("unit", "planned_on"), False),)


class AttendanceRow(VersionedRow):
    meeting = pw.ForeignKeyField(MeetingRow, deferrable="INITIALLY DEFERRED", index=True)
    # Not indexed (schema 11): nothing reads attendance by member.
    member = pw.ForeignKeyField(MemberRow, deferrable="INITIALLY DEFERRED", index=False)
    member_name = pw.TextField()
    official = pw.BooleanField()
    standing = pw.TextField()
    presence = pw.TextField(null=True)
    reason = pw.TextField(default="")
    fee = pw.TextField(null=True)
    position = pw.IntegerField(default=0)

    class Meta:
        table_name = "attendance"


class MeetingTaskRow(VersionedRow):
    meeting = pw.ForeignKeyField(MeetingRow, deferrable="INITIALLY DEFERRED", index=True)
    what = pw.TextField()
    assignee = pw.TextField(default="")
    assignee_id = pw.UUIDField(null=True)
    deadline = IsoDateField(null=True)
    report_back_on = IsoDateField(null=True)
    position = pw.IntegerField(default=0)

    class Meta:
        table_name = "meeting_task"


class MinutesAnnexRow(VersionedRow):
    meeting = pw.ForeignKeyField(MeetingRow, deferrable="INITIALLY DEFERRED", index=True)
    dated_on = IsoDateField()
    text = pw.TextField()
    written_by = pw.TextField(default="")

    class Meta:
        table_name = "minutes_annex"


class AttachmentRow(VersionedRow):
    meeting = pw.ForeignKeyField(MeetingRow, deferrable="INITIALLY DEFERRED", index=True)
    sha256 = pw.TextField()
    file_name = pw.TextField()
    media_type = pw.TextField()
    size = pw.IntegerField()
    added_on = IsoDateField()

    class Meta:
        table_name = "attachment"


class AttachmentBlobRow(BaseRow):
    """The bytes of attached files, stored once per content (by SHA-256)."""

    sha256 = pw.TextField(primary_key=True)
    data = pw.BlobField()

    class Meta:
        table_name = "attachment_blob"


class MeetingPlanRow(VersionedRow):
    unit = pw.ForeignKeyField(UnitRow, deferrable="INITIALLY DEFERRED", index=True)
    year = pw.IntegerField()
    day_of_month = pw.IntegerField()
    thematic_topics_json = pw.TextField()
    liaison = pw.TextField(default="")
    liaison_id = pw.UUIDField(null=True)
    term_started_on = IsoDateField(null=True)

    class Meta:
        table_name = "meeting_plan"


class AgendaTemplateRow(VersionedRow):
    kind = pw.TextField()
    items_json = pw.TextField()

    class Meta:
        table_name = "agenda_template"


class MemberEvaluationRow(VersionedRow):
    member = pw.ForeignKeyField(MemberRow, deferrable="INITIALLY DEFERRED", index=False)
    year = pw.IntegerField()
    unit = pw.ForeignKeyField(UnitRow, deferrable="INITIALLY DEFERRED", index=False)
    form = pw.TextField()
    general_score = pw.IntegerField(null=True)
    task_score = pw.IntegerField(null=True)
    self_level = pw.TextField(null=True)
    proposed_level = pw.TextField(null=True)
    final_level = pw.TextField(null=True)
    tasks_late_percent = pw.IntegerField(null=True)
    tasks_above_percent = pw.IntegerField(null=True)
    tasks_undone_percent = pw.IntegerField(null=True)
    shortcomings_remedied = pw.BooleanField()
    degradation_concluded = pw.BooleanField()
    forbidden_violation = pw.BooleanField()
    leave = pw.TextField()
    residence_comment = pw.TextField(default="")
    host_comment = pw.TextField(default="")
    discipline_decision = pw.TextField(default="")
    notes = pw.TextField(default="")

    class Meta:
        table_name = "member_evaluation"
        indexes = (
            # The report joins a year's levels to the roll member by member; the member's
            # history of years (the HTXSNV streak) reads the same index.
            (("member", "year"), False),
            (("year", "unit"), False),
        )


class UnitEvaluationRow(VersionedRow):
    unit = pw.ForeignKeyField(UnitRow, deferrable="INITIALLY DEFERRED", index=False)
    year = pw.IntegerField()
    self_level = pw.TextField(null=True)
    final_level = pw.TextField(null=True)
    newly_formed = pw.BooleanField()
    cap_exception_decision = pw.TextField(default="")
    notes = pw.TextField(default="")

    class Meta:
        table_name = "unit_evaluation"
        indexes = ((("unit", "year"), False),)


class UpperDecisionRow(VersionedRow):
    unit = pw.ForeignKeyField(UnitRow, deferrable="INITIALLY DEFERRED", index=False)
    year = pw.IntegerField()
    level = pw.TextField()
    reference = pw.TextField()
    decided_on = IsoDateField()
    notes = pw.TextField(default="")

    class Meta:
        table_name = "upper_decision"
        indexes = ((("unit", "year"), False),)


class EvaluationYearRow(VersionedRow):
    unit = pw.ForeignKeyField(UnitRow, deferrable="INITIALLY DEFERRED", index=False)
    year = pw.IntegerField()
    review_on = IsoDateField()
    state = pw.TextField()
    opened_on = IsoDateField(null=True)
    closed_on = IsoDateField(null=True)
    closed_by = pw.TextField(default="")
    reopenings_json = pw.TextField()

    class Meta:
        table_name = "evaluation_year"
        indexes = ((("unit", "year"), False),)


class RuleProfileRow(VersionedRow):
    kind = pw.TextField()
    code = pw.TextField()
    title = pw.TextField()
    source = pw.TextField()
    effective_from = IsoDateField()
    values_json = pw.TextField()

    class Meta:
        table_name = "rule_profile"


class HistoryRow(BaseRow):
    """Every replaced version of a versioned record: nothing is ever silently lost."""

    id = pw.AutoField()
    table_name = pw.TextField()
    record_id = pw.UUIDField()
    version = pw.BigIntegerField()
    origin_site = pw.UUIDField()
    deleted = pw.BooleanField()
    data_json = pw.TextField()
    replaced_by_version = pw.BigIntegerField()
    replaced_at = pw.DateTimeField()

    class Meta:
        table_name = "history"
        indexes = ((("table_name", "record_id"), False),)


# -- the USB handoff's own state (local to this site: never travels) ----------------------------


class SiteKeyRow(BaseRow):
    """The site's signing and encryption keys; a replaced key is kept, retired."""

    id = pw.UUIDField(primary_key=True)
    signing_seed = pw.BlobField()
    box_secret = pw.BlobField()
    fingerprint = pw.TextField()
    created_at = pw.DateTimeField()
    retired_at = pw.DateTimeField(null=True)

    class Meta:
        table_name = "site_key"


class PeerRow(BaseRow):
    """A site packages are exchanged with, and where the exchange stands."""

    site_id = pw.UUIDField(primary_key=True)
    name = pw.TextField()
    role = pw.TextField()
    unit_id = pw.UUIDField(null=True)
    unit_code = pw.TextField()
    unit_name = pw.TextField()
    enrolled_at = pw.DateTimeField()
    sent_sequence = pw.IntegerField()  # the last package numbered for this peer
    acked_change = pw.IntegerField()  # our change_log seq its last receipt covers
    last_receipt_at = pw.DateTimeField(null=True)
    last_package_at = pw.DateTimeField(null=True)  # created, of the newest package applied from it
    have_through_change = pw.IntegerField()  # its change seq we hold everything up to
    missing_sequences = pw.TextField()  # JSON list of its package numbers never received

    class Meta:
        table_name = "peer"


class PeerKeyRow(BaseRow):
    fingerprint = pw.TextField(primary_key=True)
    site = pw.ForeignKeyField(PeerRow, column_name="site_id", field="site_id", index=True)
    verify_key = pw.BlobField()
    box_key = pw.BlobField()
    state = pw.TextField()  # active | replaced | revoked
    added_at = pw.DateTimeField()
    revoked_at = pw.DateTimeField(null=True)

    class Meta:
        table_name = "peer_key"


class PackageLedgerRow(BaseRow):
    """Every package applied here, so that one applied twice changes nothing."""

    package_id = pw.UUIDField(primary_key=True)
    sender_site = pw.UUIDField()
    kind = pw.TextField()
    sequence = pw.IntegerField()
    created_at = pw.DateTimeField()
    applied_at = pw.DateTimeField()
    summary_json = pw.TextField()

    class Meta:
        table_name = "package_ledger"
        indexes = ((("sender_site", "sequence"), False),)


class SyncConflictRow(BaseRow):
    """A record a package brought that could not be applied cleanly: both versions, for a
    person to decide."""

    id = pw.UUIDField(primary_key=True)
    package_id = pw.UUIDField()
    sender_site = pw.UUIDField()
    table_name = pw.TextField()
    record_id = pw.UUIDField()
    reason = pw.TextField()
    incoming_json = pw.TextField()
    local_json = pw.TextField(null=True)
    created_at = pw.DateTimeField()
    decision = pw.TextField(index=True)  # "" while open, "incoming" or "local" once decided
    decided_by = pw.TextField()
    decided_at = pw.DateTimeField(null=True)

    class Meta:
        table_name = "sync_conflict"


SYNC_TABLES: tuple[type[BaseRow], ...] = (
    SiteKeyRow,
    PeerRow,
    PeerKeyRow,
    PackageLedgerRow,
    SyncConflictRow,
)


MEMBER_RECORD_TABLES: tuple[type[MemberRecordRow], ...] = (
    PartyPostRow,
    DistinctionRow,
    BadgeRow,
    StatusChangeRow,
)


class AuditEntryRow(VersionedRow):
    """One change a person made (domain/audit.py); travels upward with its site's records."""

    at = pw.DateTimeField(index=True)
    who = pw.TextField()
    login = pw.TextField()
    action = pw.TextField()
    subject = pw.TextField()
    count = pw.IntegerField()
    step = pw.TextField()
    records_json = pw.TextField()
    member_ids = pw.TextField()

    class Meta:
        table_name = "audit_entry"


class AccountRow(BaseRow):
    """A local account (never in a package)."""

    id = pw.UUIDField(primary_key=True)
    login_key = pw.TextField(unique=True)
    login = pw.TextField()
    full_name = pw.TextField()
    role = pw.TextField()
    password_hash = pw.TextField()
    failed_sign_ins = pw.IntegerField(default=0)
    locked_until = pw.DateTimeField(null=True)
    disabled = pw.BooleanField(default=False)

    class Meta:
        table_name = "account"


VERSIONED_TABLES: tuple[type[VersionedRow], ...] = (
    UnitRow,
    MemberRow,
    *MEMBER_RECORD_TABLES,
    TransferRow,
    Resident213Row,
    Comment213Row,
    CandidateRow,
    RuleProfileRow,
    MeetingRow,
    AttendanceRow,
    MeetingTaskRow,
    MinutesAnnexRow,
    AttachmentRow,
    MeetingPlanRow,
    AgendaTemplateRow,
    MemberEvaluationRow,
    UnitEvaluationRow,
    EvaluationYearRow,
    UpperDecisionRow,
    AuditEntryRow,
)
ALL_TABLES: tuple[type[BaseRow], ...] = (
    SiteRow,
    *VERSIONED_TABLES,
    HistoryRow,
    AttachmentBlobRow,
    *SYNC_TABLES,
    AccountRow,
)
