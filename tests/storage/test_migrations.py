"""Schema migrations against real files: every released schema opens, keeps its data, and is
backed up first; a file from a newer release is refused untouched; a failing step rolls back."""

from __future__ import annotations

import dataclasses
import hashlib
import shutil
import sqlite3
from datetime import date, time
from pathlib import Path
from uuid import UUID

import peewee as pw
import pytest

from chibo_desktop.domain.accounts import Role
from chibo_desktop.domain.entities import Member, Unit, new_id
from chibo_desktop.domain.enums import CellKind, Gender, MemberStatus, SiteRole
from chibo_desktop.domain.evaluation import UnitEvaluation
from chibo_desktop.domain.meetings import (
    FeeStatus,
    Meeting,
    MeetingKind,
    MeetingState,
    Person,
    Presence,
    QualityMark,
)
from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.domain.rules import BUILTIN_PROFILES, Level
from chibo_desktop.domain.text import collation_key
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.setup import CellDraft
from chibo_desktop.services.workspace import DatabaseTooNew, Workspace, open_workspace
from chibo_desktop.storage import migrations
from chibo_desktop.storage.repositories import HistoryRepository
from chibo_desktop.storage.tables import ALL_TABLES

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SCHEMA_V1 = FIXTURES / "schema_v1.sqlite"
# One real file per released schema, all holding the same office, tree and members.
RELEASED_SCHEMAS = {
    1: SCHEMA_V1,
    2: FIXTURES / "schema_v2.sqlite",
    3: FIXTURES / "schema_v3.sqlite",
    4: FIXTURES / "schema_v4.sqlite",
    5: FIXTURES / "schema_v5.sqlite",
    6: FIXTURES / "schema_v6.sqlite",
    7: FIXTURES / "schema_v7.sqlite",
    8: FIXTURES / "schema_v8.sqlite",
    9: FIXTURES / "schema_v9.sqlite",
    10: FIXTURES / "schema_v10.sqlite",
    11: FIXTURES / "schema_v11.sqlite",
    12: FIXTURES / "schema_v12.sqlite",
    13: FIXTURES / "schema_v13.sqlite",
}
MEETINGS_FROM = 6  # files of schema 6 and later also hold a finalised meeting
MEETING_PLACE = "Nhà văn hóa thôn Thượng"
EVALUATIONS_FROM = 7  # files of schema 7 and later also hold a closed review year (2025)
EVALUATED_YEAR = 2025
KEPT_COUNTS_FROM = 8  # files of schema 8 and later also keep the 2025 summary's counts
KEYS_FROM = 9  # files of schema 9 and later also hold the office's keys for the USB handoff
KEY_FINGERPRINTS = {  # each file's own keys, made when it was built
    9: "A7E3 F643 66E4 E774 57B4 8F93 1793 40E1",
    10: "ED03 4C0E 1DA0 D631 3675 EFA7 7C1F 8D37",
    11: "02D1 0E96 0538 0471 1020 CE4F 6AA7 4689",
    12: "E7B3 99C3 4A0A 5AD8 499E 4CF2 6DAE 253D",
    13: "07AF C081 5EAD 80EF 9CBE CED5 570A 1EB3",
}
ACCOUNTS_FROM = 12  # files of schema 12 and later also hold an administrator and a clerk
AUDIT_FROM = 13  # files of schema 13 and later also hold the audit log of what was done
FIXTURE_ACCOUNTS = {  # sign-in name: (full name, role, password)
    "quantri": ("Nguyễn Văn Thưởng", Role.ADMINISTRATOR, "Hòa Bình 1945"),
    "vanthu": ("Trần Thị Hương", Role.EDITOR, "văn thư đảng ủy"),
}
EVALUATION_NOTE = "Gương mẫu, nhiệt tình trong công tác ở thôn"
CAP_EXCEPTION = "Quyết định số 15-QĐ/ĐU ngày 10/12/2025"

# What tests/fixtures/schema_v1.sqlite holds (built once by ``build_v1_fixture`` below).
V1_CELLS = {
    "Chi bộ thôn Thượng": CellKind.RESIDENTIAL,
    "Chi bộ thôn Hạ": CellKind.RESIDENTIAL,
    "Chi bộ Trạm Y tế xã": CellKind.HEALTH,
}
V1_MEMBERS = [  # (full name, cell, gender, birth year, party card)
    ("Nguyễn Văn Thưởng", "Chi bộ thôn Thượng", Gender.MALE, 1958, "01234567"),
    ("Trần Thị Hường", "Chi bộ thôn Thượng", Gender.FEMALE, 1972, "01234568"),
    ("Lê Đình Ước", "Chi bộ thôn Thượng", Gender.MALE, 1965, "012345678901"),
    ("Phạm Thị Ngọc Ánh", "Chi bộ thôn Thượng", Gender.FEMALE, 1990, ""),
    ("Hoàng Văn Ấn", "Chi bộ thôn Thượng", Gender.MALE, 1949, "01234570"),
    ("Vũ Thị Ỷ", "Chi bộ thôn Hạ", Gender.FEMALE, 1981, "01234571"),
    ("Đặng Quốc Đạt", "Chi bộ thôn Hạ", Gender.MALE, 1977, "01234572"),
    ("Bùi Thị Ơn", "Chi bộ thôn Hạ", Gender.FEMALE, 1960, "01234573"),
    ("Đỗ Văn Ửng", "Chi bộ thôn Hạ", Gender.MALE, 1955, "01234574"),
    ("Phùng Văn Khoa", "Chi bộ thôn Hạ", Gender.MALE, 1983, "01234575"),
    ("Hồ Thị Xuân Hương", "Chi bộ Trạm Y tế xã", Gender.FEMALE, 1986, "01234576"),
    ("Ngô Thị Mỹ Dung", "Chi bộ Trạm Y tế xã", Gender.FEMALE, 1992, "01234577"),
    ("Dương Văn Ân", "Chi bộ Trạm Y tế xã", Gender.MALE, 1979, "01234578"),
    ("Lý Thị Ẩn", "Chi bộ Trạm Y tế xã", Gender.FEMALE, 1988, "01234579"),
    ("Tạ Quang Bửu", "Chi bộ Trạm Y tế xã", Gender.MALE, 1940, "01234580"),
]
V1_EDITED = ("Trần Thị Hường", "Trần Thị Hương")  # a typing error corrected once
V1_DELETED = "Phùng Văn Khoa"  # entered twice by mistake; the copy was deleted
V1_DIED = "Tạ Quang Bửu"
V1_NOTE = "Chuyển sinh hoạt từ xã Hòa Bình, tỉnh Hà Tĩnh"


def build_fixture(path: Path) -> None:
    """Write tests/fixtures/schema_v<N>.sqlite with the release whose schema is N (run it when a
    release adds a schema step, and add the file to RELEASED_SCHEMAS):

        CHIBO_HOME=$(mktemp -d) python -c "import sys; sys.path.insert(0, 'tests/storage');
            from pathlib import Path; from test_migrations import build_fixture;
            build_fixture(Path('tests/fixtures/schema_v2.sqlite'))"
    """
    assert path.name == f"schema_v{migrations.CURRENT_VERSION}.sqlite"
    assert not path.exists()
    ws = open_workspace(path)
    try:
        ws.setup.initialize(
            office_name="Văn phòng Đảng ủy xã Hòa Bình",
            place_name="Hòa Bình",
            role=SiteRole.COMMUNE,
            root_name="Đảng bộ xã Hòa Bình",
            cells=[CellDraft(name, kind) for name, kind in V1_CELLS.items()],
        )
        cells = {u.name: u for u in ws.units.all()}
        ids = {}
        for number, (name, cell, gender, born, card) in enumerate(V1_MEMBERS, start=1):
            died = name == V1_DIED
            member = Member(
                id=new_id(),
                full_name=name,
                unit_id=cells[cell].id,
                gender=gender,
                birth_date=date(born, 1 + number % 12, 1 + number),
                personal_id=f"0010{born % 100:02d}{number:06d}",
                party_card=card,
                admission_date=date(born + 25, 3, 2),
                official_date=date(born + 26, 3, 2),
                status=MemberStatus.DIED if died else MemberStatus.ACTIVE,
                status_date=date(2019, 9, 2) if died else None,
                other_name="Ba Ửng" if name == "Đỗ Văn Ửng" else "",
                notes=V1_NOTE if name == "Lê Đình Ước" else "",
            )
            ws.members.add(member)
            ids[name] = member.id
        old, new = V1_EDITED
        edited = ws.members.get(ids[old])
        assert edited is not None
        ws.members.update(dataclasses.replace(edited, full_name=new, phone="0912345678"))
        ws.members.delete(ids[V1_DELETED])
        if migrations.CURRENT_VERSION >= MEETINGS_FROM:
            hold_a_meeting(ws, cells["Chi bộ thôn Thượng"].id)
        if migrations.CURRENT_VERSION >= EVALUATIONS_FROM:
            review_a_year(ws, {u.name: u for u in ws.units.all()})
        if migrations.CURRENT_VERSION >= KEYS_FROM:
            ws.sync.keys()
        assert ws.checks.run() == []
        if migrations.CURRENT_VERSION >= ACCOUNTS_FROM:
            first, *others = FIXTURE_ACCOUNTS.items()
            login, (name, _, password) = first
            ws.accounts.create_first_administrator(login, name, password)
            for login, (name, role, password) in others:
                ws.accounts.add(login, name, role, password)
    finally:
        ws.close()
    # One self-contained file: no -wal beside it, rollback journal mode in its header.
    raw = sqlite3.connect(path)
    try:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        raw.execute("PRAGMA journal_mode=DELETE")
        raw.execute("VACUUM")
    finally:
        raw.close()
    for suffix in ("-wal", "-shm"):
        assert not Path(f"{path}{suffix}").exists()


def hold_a_meeting(ws: Workspace, cell_id: UUID) -> None:
    """The February 2026 meeting of a cell, its minutes written and finalised."""
    meeting = Meeting(new_id(), cell_id, MeetingKind.REGULAR, date(2026, 2, 3))
    ws.meetings.add(meeting)
    record = ws.meetings.start_minutes(meeting.id)
    minutes = dataclasses.replace(
        record.meeting.minutes,
        starts_at=time(8, 0),
        ends_at=time(9, 40),
        place=MEETING_PLACE,
        chair=Person("Dương Văn Ân"),
        secretary=Person("Lý Thị Ẩn"),
        quality=(QualityMark("attendance", 5),),
    )
    attendance = tuple(
        dataclasses.replace(a, presence=Presence.PRESENT, fee=FeeStatus.PAID)
        for a in record.attendance
    )
    ws.meetings.save_draft(
        dataclasses.replace(
            record,
            meeting=dataclasses.replace(record.meeting, minutes=minutes),
            attendance=attendance,
        )
    )
    ws.meetings.finalise(meeting.id, on=date(2026, 2, 4))


def review_a_year(ws: Workspace, units: dict[str, Unit]) -> None:
    """The commune's 2025 review, filled in and closed: every member on the roll HTTNV but one
    HTXSNV (with a note; 1 of 4 HTTNV in that cell, within the 25% its decision allows), every
    cell HTTNV, the commune's own self-assessment HTTNV."""
    commune = units["Đảng bộ xã Hòa Bình"]
    ws.evaluations.open_year(commune.id, EVALUATED_YEAR)
    for name in V1_CELLS:
        sheet = ws.evaluations.cell_sheet(units[name].id, EVALUATED_YEAR)
        for row in sheet.rows:
            excellent = row.member.full_name == "Lê Đình Ước"
            level = Level.EXCELLENT if excellent else Level.GOOD
            ws.evaluations.save_member(
                dataclasses.replace(
                    ws.evaluations.new_member_evaluation(row, sheet.unit.id, EVALUATED_YEAR),
                    self_level=level,
                    proposed_level=level,
                    final_level=level,
                    # HTXSNV needs every task on time and 30% above the requirement (2025).
                    general_score=27 if excellent else None,
                    task_score=65 if excellent else None,
                    tasks_late_percent=0 if excellent else None,
                    tasks_above_percent=40 if excellent else None,
                    notes=EVALUATION_NOTE if excellent else "",
                )
            )
        exception = CAP_EXCEPTION if name == "Chi bộ thôn Thượng" else ""
        ws.evaluations.save_unit(
            UnitEvaluation(
                new_id(),
                units[name].id,
                EVALUATED_YEAR,
                Level.GOOD,
                Level.GOOD,
                cap_exception_decision=exception,
            )
        )
    ws.evaluations.save_unit(UnitEvaluation(new_id(), commune.id, EVALUATED_YEAR, Level.GOOD))
    ws.evaluations.close_year(commune.id, EVALUATED_YEAR, by="Nguyễn Văn Thưởng")
    ws.evaluations.report(commune.id, EVALUATED_YEAR)  # read once: its counts are kept


def copy_of(fixture: Path, tmp_path: Path) -> Path:
    target = tmp_path / "data" / fixture.name
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(fixture, target)
    return target


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def raw_query(path: Path, sql: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


# -- the released schemas ------------------------------------------------------------------------


def test_every_schema_this_release_writes_has_a_fixture() -> None:
    assert set(RELEASED_SCHEMAS) == set(range(1, migrations.CURRENT_VERSION + 1))


@pytest.mark.parametrize("version", sorted(RELEASED_SCHEMAS))
def test_each_fixture_is_one_self_contained_file(version: int) -> None:
    fixture = RELEASED_SCHEMAS[version]
    assert fixture.exists()
    assert not Path(f"{fixture}-wal").exists()
    header = fixture.read_bytes()[:100]
    assert header.startswith(b"SQLite format 3\x00")
    assert header[18:20] == b"\x01\x01"  # rollback journal, not WAL: nothing lives beside it
    assert int.from_bytes(header[60:64], "big") == version  # user_version


@pytest.mark.parametrize("version", sorted(RELEASED_SCHEMAS))
def test_each_released_file_opens_with_all_its_data(
    version: int, tmp_path: Path, chibo_home: Path
) -> None:
    # Given a copy of a real database written by the release with that schema
    path = copy_of(RELEASED_SCHEMAS[version], tmp_path)

    # When this release opens it (migrating it if its schema is older)
    ws = open_workspace(path)
    try:
        # Then it is at the current schema, with a backup if it had to be migrated
        assert raw_query(path, "PRAGMA user_version") == [(migrations.CURRENT_VERSION,)]
        if version < migrations.CURRENT_VERSION:
            assert ws.migration_backup is not None and ws.migration_backup.exists()
        else:
            assert ws.migration_backup is None

        # … the office and the tree
        site = ws.site
        assert site is not None
        assert (site.name, site.place_name, site.role) == (
            "Văn phòng Đảng ủy xã Hòa Bình",
            "Hòa Bình",
            SiteRole.COMMUNE,
        )
        units = {u.name: u for u in ws.units.all()}
        assert set(units) == {"Đảng bộ xã Hòa Bình", *V1_CELLS}
        assert site.unit_id == units["Đảng bộ xã Hòa Bình"].id
        assert {units[name].kind for name in V1_CELLS} == set(V1_CELLS.values())

        # … every member, names with their diacritics intact, the deleted one not among them
        old, new = V1_EDITED
        expected = {name for name, *_ in V1_MEMBERS} - {V1_DELETED, old} | {new}
        everyone = ws.members.page(MemberQuery(on_roll_only=False), 0, 100)
        assert {m.full_name for m in everyone} == expected
        assert ws.members.count(MemberQuery()) == 13  # on the roll: not the dead
        per_cell = {
            name: ws.members.count(MemberQuery(unit_ids=frozenset({units[name].id})))
            for name in V1_CELLS
        }
        assert per_cell == {
            "Chi bộ thôn Thượng": 5,
            "Chi bộ thôn Hạ": 4,
            "Chi bộ Trạm Y tế xã": 4,
        }
        by_name = {m.full_name: m for m in everyone}
        assert by_name["Lê Đình Ước"].notes == V1_NOTE
        assert by_name["Lê Đình Ước"].party_card == "012345678901"
        assert by_name[V1_DIED].status is MemberStatus.DIED
        assert by_name[V1_DIED].status_date == date(2019, 9, 2)
        assert by_name[new].phone == "0912345678"

        # … search and order still work on the stored keys
        assert [m.full_name for m in ws.members.page(MemberQuery(text="ba ung"), 0, 10)] == [
            "Đỗ Văn Ửng"
        ]
        roster = [m.full_name for m in ws.members.page(MemberQuery(), 0, 100)]
        # Ánh (a) before Ân, Ẩn, Ấn (â); among those: no tone < hỏi < sắc
        assert roster[:4] == ["Phạm Thị Ngọc Ánh", "Dương Văn Ân", "Lý Thị Ẩn", "Hoàng Văn Ấn"]

        # … the history of the edit and the tombstone of the delete
        history = HistoryRepository()
        edited = by_name[new]
        past = history.versions_of("member", edited.id)
        assert [p.data["full_name"] for p in past] == [old]
        assert past[0].replaced_by_version == edited.version
        tombstones = raw_query(
            path, "SELECT id, deleted FROM member WHERE full_name = 'Phùng Văn Khoa'"
        )
        assert len(tombstones) == 1 and tombstones[0][1] == 1
        deleted_past = history.versions_of("member", UUID(str(tombstones[0][0])))
        assert [p.deleted for p in deleted_past] == [False]
        assert raw_query(path, "SELECT COUNT(*) FROM member") == [(15,)]
        assert raw_query(path, "SELECT COUNT(*) FROM history WHERE table_name = 'member'") == [(2,)]

        # … the finalised minutes, their content still matching the hash recorded when locked
        if version >= MEETINGS_FROM:
            [meeting] = ws.meetings.in_year([units["Chi bộ thôn Thượng"].id], 2026)
            record = ws.meetings.record(meeting.id)
            assert meeting.state is MeetingState.FINALISED
            assert meeting.minutes.place == MEETING_PLACE
            assert len(record.attendance) == per_cell["Chi bộ thôn Thượng"]
            assert record.content_hash() == meeting.content_hash

        # … the closed 2025 review, its figures as they were decided
        if version >= EVALUATIONS_FROM:
            commune = units["Đảng bộ xã Hòa Bình"]
            year = ws.evaluations.review_year(commune.id, EVALUATED_YEAR)
            assert year is not None and year.closed and year.closed_by == "Nguyễn Văn Thưởng"
            kept = raw_query(path, "SELECT COUNT(*) FROM roll_tally_cell")
            assert kept == [(3 if version >= KEPT_COUNTS_FROM else 0,)]  # its three cells
            report = ws.evaluations.report(commune.id, EVALUATED_YEAR)
            assert report.total.total == 13 and report.total.by_level == (1, 12, 0, 0)
            assert report.organisations.by_level == (0, 3, 0, 0)
            noted = ws.evaluations.member_evaluation(by_name["Lê Đình Ước"].id, EVALUATED_YEAR)
            assert noted is not None and noted.notes == EVALUATION_NOTE
            thuong = next(r for r in report.rows if r.name == "Chi bộ thôn Thượng")
            assert thuong.cap.exception_decision == CAP_EXCEPTION and thuong.cap.kept

        # … the office's keys (older files get new ones on first use), and every record in the
        # change log, so that a first package carries them all
        if version >= KEYS_FROM:
            assert ws.sync.fingerprint() == KEY_FINGERPRINTS[version]
        logged = raw_query(path, "SELECT COUNT(*) FROM change_log")[0][0]
        travelling = sum(
            raw_query(path, f'SELECT COUNT(*) FROM "{table}"')[0][0]
            for table in ("unit", "member", "status_change", "meeting", "member_evaluation")
        )
        assert logged >= travelling > 0

        # … its accounts: none in files older than accounts (the window asks for the first
        # administrator), otherwise nothing is written until someone signs in
        if version >= ACCOUNTS_FROM:
            assert {a.login: (a.full_name, a.role) for a in ws.accounts.all()} == {
                login: (name, role) for login, (name, role, _) in FIXTURE_ACCOUNTS.items()
            }
            with pytest.raises(OperationRefused) as refused:
                ws.members.update(dataclasses.replace(edited, notes="Chưa đăng nhập"))
            assert refused.value.code == "access.not_signed_in"
            ws.accounts.sign_in("VANTHU", FIXTURE_ACCOUNTS["vanthu"][2])
        else:
            assert not ws.accounts.any_exist()

        # … the audit log: the corrected name, before → after (older files start it empty)
        corrected = raw_query(
            path, "SELECT records_json FROM audit_entry WHERE action = 'member.edit'"
        )
        if version >= AUDIT_FROM:
            [(records,)] = corrected
            assert f'"before": "{old}"' in records and f'"after": "{new}"' in records
        else:
            assert corrected == []

        # … nothing the checks object to, and it can be written to, after its newest stamp
        assert ws.checks.run() == []
        newest = max(m.version for m in everyone)
        ws.members.update(dataclasses.replace(edited, notes="Đã kiểm tra"))
        rewritten = ws.members.get(edited.id)
        assert rewritten is not None and rewritten.version > newest
    finally:
        ws.close()


def test_schema_2_orders_units_and_covers_roster_searches(tmp_path: Path, chibo_home: Path) -> None:
    # Given the v1 file, whose units have no sort key and whose roster index covers no search
    path = copy_of(SCHEMA_V1, tmp_path)
    # When it is migrated
    open_workspace(path).close()
    # Then every unit has the Vietnamese key of its name, and the old index is replaced
    for name, key in raw_query(path, "SELECT name, sort_key FROM unit"):
        assert key == collation_key(str(name))
    indexes = {row[0] for row in raw_query(path, "SELECT name FROM sqlite_master")}
    assert "member_roster_order" in indexes and "member_sort_key_id" not in indexes
    plan = raw_query(
        path,
        "EXPLAIN QUERY PLAN SELECT id FROM member WHERE deleted = 0 AND status = 'active' "
        "AND search_key LIKE '%khoa%' ORDER BY sort_key, id",
    )
    assert any("COVERING INDEX member_roster_order" in str(row[-1]) for row in plan)


@pytest.mark.parametrize("version", [1, 2])
def test_schema_3_starts_the_status_log_from_each_members_status(
    version: int, tmp_path: Path, chibo_home: Path
) -> None:
    # Given a file from before the status log, with a member recorded as died on 02/09/2019
    path = copy_of(RELEASED_SCHEMAS[version], tmp_path)
    # When it is migrated
    ws = open_workspace(path)
    try:
        died = ws.members.page(MemberQuery(text="ta quang buu", on_roll_only=False), 0, 5)[0]
        # Then the log holds that status, stamped like the member version that recorded it
        log = ws.records.file(died.id).status_changes
        assert [(c.status, c.effective_on) for c in log] == [(MemberStatus.DIED, date(2019, 9, 2))]
        assert log[0].version == died.version and log[0].origin_site == died.origin_site
        # … only for members with a status other than active
        assert raw_query(path, "SELECT COUNT(*) FROM status_change") == [(1,)]
        assert ws.checks.run() == []
    finally:
        ws.close()


# -- opening and migrating -----------------------------------------------------------------------


def test_schema_11_drops_the_attendance_index_by_member_and_keeps_every_row(
    tmp_path: Path, chibo_home: Path
) -> None:
    # Given the v10 file, with its finalised meeting's attendance
    path = copy_of(RELEASED_SCHEMAS[10], tmp_path)
    every_row = "SELECT * FROM attendance ORDER BY id"
    before = raw_query(path, every_row)
    assert before and any(
        row[0] == "attendance_member_id"
        for row in raw_query(path, "SELECT name FROM sqlite_master")
    )

    # When it is migrated
    open_workspace(path).close()

    # Then the index is gone, every attendance row is as it was, and the minutes still read their
    # attendance through the index by meeting
    indexes = {row[0] for row in raw_query(path, "SELECT name FROM sqlite_master")}
    assert "attendance_member_id" not in indexes and "attendance_meeting_id" in indexes
    assert raw_query(path, every_row) == before
    plan = raw_query(
        path, "EXPLAIN QUERY PLAN SELECT * FROM attendance WHERE deleted = 0 AND meeting_id = 'x'"
    )
    assert any("INDEX attendance_meeting_id" in str(row[-1]) for row in plan)
    assert raw_query(path, "PRAGMA foreign_key_check") == []


def test_a_new_file_gets_the_current_schema_and_the_builtin_profiles(db_path: Path) -> None:
    ws = open_workspace(db_path)
    try:
        assert ws.migration_backup is None
        assert {p.code for p in ws.rules.all()} == {p.code for p in BUILTIN_PROFILES}
        assert all(p.version == migrations.BUILTIN_VERSION for p in ws.rules.all())
        assert all(p.origin_site == migrations.BUILTIN_SITE for p in ws.rules.all())
    finally:
        ws.close()
    assert raw_query(db_path, "PRAGMA user_version") == [(migrations.CURRENT_VERSION,)]


def test_a_file_from_a_newer_release_is_refused_untouched(tmp_path: Path, chibo_home: Path) -> None:
    # Given a file whose schema is newer than this release knows
    path = copy_of(SCHEMA_V1, tmp_path)
    newer = migrations.CURRENT_VERSION + 1
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {newer}")
    raw.commit()
    raw.close()
    before = digest(path)

    # When this release tries to open it
    with pytest.raises(DatabaseTooNew) as refused:
        open_workspace(path)

    # Then it says which schema it found, and the file is exactly as it was (not even switched
    # to WAL), with no backup taken
    assert (refused.value.found, refused.value.supported) == (newer, migrations.CURRENT_VERSION)
    assert digest(path) == before
    assert not Path(f"{path}-wal").exists()
    assert list((chibo_home / "backups").glob("*")) == []


def test_migrating_an_older_file_takes_a_backup_first(
    tmp_path: Path, chibo_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a v1 file, and a release whose newest schema step adds a column
    path = copy_of(SCHEMA_V1, tmp_path)
    newest = migrations.CURRENT_VERSION + 1

    def add_nickname(db: pw.SqliteDatabase) -> None:
        db.execute_sql("ALTER TABLE member ADD COLUMN nickname TEXT NOT NULL DEFAULT ''")

    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, add_nickname))
    monkeypatch.setattr(migrations, "CURRENT_VERSION", newest)

    # When it is opened
    ws = open_workspace(path)
    try:
        backup = ws.migration_backup
        assert ws.members.count(MemberQuery(on_roll_only=False)) == 14
    finally:
        ws.close()

    # Then the file is at the newest schema with the new column
    assert raw_query(path, "PRAGMA user_version") == [(newest,)]
    assert "nickname" in {row[1] for row in raw_query(path, "PRAGMA table_info(member)")}
    # … and a backup of the v1 file was taken first, in CHIBO_HOME/backups, as a valid database
    assert backup is not None
    assert backup.parent == chibo_home / "backups"
    assert backup.exists()
    assert not backup.with_name(backup.name + ".partial").exists()
    assert raw_query(backup, "PRAGMA integrity_check") == [("ok",)]
    assert raw_query(backup, "PRAGMA user_version") == [(1,)]
    assert "nickname" not in {row[1] for row in raw_query(backup, "PRAGMA table_info(member)")}
    assert raw_query(backup, "SELECT COUNT(*) FROM member") == [(15,)]
    assert raw_query(backup, "SELECT COUNT(*) FROM history") == [(2,)]


def test_a_failing_migration_step_rolls_back(
    tmp_path: Path, chibo_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a file at this release's schema, and a next schema step that changes things and fails
    path = copy_of(SCHEMA_V1, tmp_path)
    open_workspace(path).close()
    released = migrations.CURRENT_VERSION
    members_before = raw_query(path, "SELECT * FROM member ORDER BY id")
    columns_before = raw_query(path, "PRAGMA table_info(member)")

    def fails_half_way(db: pw.SqliteDatabase) -> None:
        db.execute_sql("ALTER TABLE member ADD COLUMN nickname TEXT NOT NULL DEFAULT ''")
        db.execute_sql("UPDATE member SET full_name = upper(full_name)")
        db.execute_sql("CREATE TABLE evaluation (id TEXT PRIMARY KEY)")
        raise RuntimeError("power cut")

    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, fails_half_way))
    monkeypatch.setattr(migrations, "CURRENT_VERSION", released + 1)

    # When it is opened, the step fails
    with pytest.raises(RuntimeError, match="power cut"):
        open_workspace(path)

    # Then nothing of the failed step remains: same schema version, member columns and rows,
    # no new table
    assert raw_query(path, "PRAGMA user_version") == [(released,)]
    assert raw_query(path, "PRAGMA table_info(member)") == columns_before
    assert raw_query(path, "SELECT * FROM member ORDER BY id") == members_before
    assert raw_query(path, "SELECT name FROM sqlite_master WHERE name = 'evaluation'") == []

    # … and this release (without the broken step) still opens it cleanly
    monkeypatch.undo()
    ws = open_workspace(path)
    try:
        assert ws.checks.run() == []
    finally:
        ws.close()


def test_the_migrated_schema_has_every_column_the_tables_declare(db_path: Path) -> None:
    # Columns added by a later step come last in the file: compare them as sets.
    open_workspace(db_path).close()
    for table in ALL_TABLES:
        info = raw_query(db_path, f'PRAGMA table_info("{table._meta.table_name}")')
        assert {row[1] for row in info} == {f.column_name for f in table._meta.sorted_fields}
