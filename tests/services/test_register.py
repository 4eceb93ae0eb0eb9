"""Transfers, dissolving a cell into another, the 213 list, admissions and the to-do list —
each on a real database, with the date fixed so that deadlines can be checked to the day."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest

from chibo_desktop.domain.entities import (
    Badge,
    Candidate,
    Comment213,
    Member,
    Resident213,
    Transfer,
    Unit,
    new_id,
)
from chibo_desktop.domain.enums import Gender, MemberStatus, TransferDirection, TransferKind
from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.domain.working_days import WorkingCalendar
from chibo_desktop.services.admissions import AdmissionService, Stage
from chibo_desktop.services.errors import OperationRefused, ValidationFailed
from chibo_desktop.services.residents_213 import Residents213Service
from chibo_desktop.services.todo import TodoService
from chibo_desktop.services.transfers import TransferService
from chibo_desktop.services.workspace import Workspace
from chibo_desktop.storage.repositories import (
    MemberRecordRepository,
    MemberRepository,
    UnitRepository,
)

TODAY = date(2026, 11, 20)  # a Friday


@dataclass
class Register:
    transfers: TransferService
    admissions: AdmissionService
    residents: Residents213Service
    todo: TodoService


@pytest.fixture
def register(workspace: Workspace) -> Register:
    """The register's services on the workspace's database, on TODAY."""

    def today() -> date:
        return TODAY

    records, members, units = MemberRecordRepository(), MemberRepository(), UnitRepository()
    calendar = WorkingCalendar()
    transfers = TransferService(records, members, units, workspace.undo, calendar, today)
    admissions = AdmissionService(records, members, units, workspace.undo, today)
    return Register(
        transfers=transfers,
        admissions=admissions,
        residents=Residents213Service(records, units, workspace.undo, today),
        todo=TodoService(members, records, transfers, admissions, calendar, today),
    )


def codes(error: ValidationFailed) -> set[tuple[str, str]]:
    return {(p.field, p.code) for p in error.problems}


def transfer(**fields: object) -> Transfer:
    values: dict[str, object] = {
        "id": new_id(),
        "kind": TransferKind.OFFICIAL,
        "direction": TransferDirection.OUT,
        "decided_on": date(2026, 10, 1),
    }
    values.update(fields)
    return Transfer(**values)  # type: ignore[arg-type]


# -- transfers ------------------------------------------------------------------------------------


def test_official_transfer_out_takes_the_member_off_the_roll_and_undo_restores(
    workspace: Workspace, register: Register, add_member: Callable[..., Member], dong: Unit
) -> None:
    member = add_member("Nguyễn Văn Tư")
    register.transfers.save(
        transfer(
            member_id=member.id, from_unit_id=dong.id, other_organisation="Đảng bộ phường Hà Đông"
        )
    )
    gone = workspace.members.get(member.id)
    assert gone is not None
    assert (gone.status, gone.status_date) == (MemberStatus.TRANSFERRED_OUT, date(2026, 10, 1))
    assert workspace.members.count(MemberQuery(text="nguyen van tu")) == 0
    log = workspace.records.file(member.id).status_changes
    assert [c.status for c in log] == [MemberStatus.TRANSFERRED_OUT]
    workspace.undo.undo()
    back = workspace.members.get(member.id)
    assert back is not None and back.status is MemberStatus.ACTIVE
    assert register.transfers.of_member(member.id) == []


def test_internal_transfer_moves_the_member_once_the_letter_is_presented(
    workspace: Workspace,
    register: Register,
    add_member: Callable[..., Member],
    dong: Unit,
    doai: Unit,
) -> None:
    member = add_member("Trần Văn Năm")
    move = transfer(
        direction=TransferDirection.INTERNAL,
        member_id=member.id,
        from_unit_id=dong.id,
        to_unit_id=doai.id,
        decided_on=date(2026, 9, 1),
    )
    register.transfers.save(move)
    assert workspace.members.get(member.id).unit_id == dong.id  # type: ignore[union-attr]
    # 30 working days after 01/09/2026 (02/09 is a holiday) is 14/10: overdue on TODAY
    [alert] = register.transfers.alerts()
    assert alert.deadline.code == "transfer_not_arrived"
    assert alert.deadline.due == date(2026, 10, 14) and alert.deadline.overdue
    saved = register.transfers.of_member(member.id)[0]
    register.transfers.save(dataclasses.replace(saved, arrived_on=date(2026, 9, 10)))
    assert workspace.members.get(member.id).unit_id == doai.id  # type: ignore[union-attr]
    assert register.transfers.alerts() == []


def test_an_incoming_member_missing_after_three_months_is_reported(
    register: Register, doai: Unit
) -> None:
    register.transfers.save(
        transfer(
            direction=TransferDirection.IN,
            person_name="Lê Thị Sáu",
            to_unit_id=doai.id,
            other_organisation="Đảng bộ xã Yên Sở",
            decided_on=date(2026, 8, 10),
        )
    )
    [alert] = register.transfers.alerts()
    assert alert.name == "Lê Thị Sáu"
    assert alert.deadline.code == "transfer_not_arrived_3_months" and alert.deadline.overdue


def test_receiving_an_incoming_member_creates_the_record_in_the_cell(
    workspace: Workspace, register: Register, doai: Unit, draft: Callable[..., Member]
) -> None:
    incoming = transfer(
        direction=TransferDirection.IN,
        person_name="Lê Thị Sáu",
        to_unit_id=doai.id,
        other_organisation="Đảng bộ xã Yên Sở",
        decided_on=date(2026, 10, 5),
    )
    register.transfers.save(incoming)
    member = draft("Lê Thị Sáu", gender=Gender.FEMALE)
    register.transfers.receive(
        dataclasses.replace(register.transfers.all()[0], arrived_on=date(2026, 10, 20)), member
    )
    received = workspace.members.get(member.id)
    assert received is not None and received.unit_id == doai.id
    assert register.transfers.of_member(member.id)[0].person_name == ""
    assert register.transfers.alerts() == []


def test_temporary_transfer_rules(
    register: Register, add_member: Callable[..., Member], dong: Unit
) -> None:
    member = add_member("Phạm Văn Bảy")
    base = transfer(
        kind=TransferKind.TEMPORARY,
        member_id=member.id,
        from_unit_id=dong.id,
        other_organisation="Chi bộ Công ty X, tỉnh Bình Dương",
        decided_on=date(2026, 3, 2),
    )
    with pytest.raises(ValidationFailed) as no_end:
        register.transfers.save(base)
    assert codes(no_end.value) == {("ends_on", "required")}
    with pytest.raises(ValidationFailed) as too_long:
        register.transfers.save(dataclasses.replace(base, ends_on=date(2027, 3, 2)))
    assert codes(too_long.value) == {("ends_on", "temporary_duration")}
    # Study may last up to two years
    register.transfers.save(dataclasses.replace(base, ends_on=date(2027, 3, 2), for_study=True))
    # A temporary transfer keeps the member counted here, listed as away
    assert [t.member_id for t in register.transfers.temporarily_away()] == [member.id]


def test_temporary_transfer_past_its_end_is_flagged(
    register: Register, add_member: Callable[..., Member], dong: Unit
) -> None:
    member = add_member("Phạm Văn Tám")
    register.transfers.save(
        transfer(
            kind=TransferKind.TEMPORARY,
            member_id=member.id,
            from_unit_id=dong.id,
            other_organisation="Trường Chính trị tỉnh",
            decided_on=date(2026, 1, 5),
            ends_on=date(2026, 9, 30),
        )
    )
    [alert] = register.transfers.alerts()
    assert alert.deadline.code == "temporary_past_end" and alert.deadline.due == date(2026, 9, 30)


def test_transfer_started_more_than_sixty_working_days_after_moving_is_late(
    register: Register, add_member: Callable[..., Member], dong: Unit
) -> None:
    member = add_member("Hoàng Văn Chín")
    register.transfers.save(
        transfer(
            member_id=member.id,
            from_unit_id=dong.id,
            other_organisation="Đảng bộ phường Bến Nghé",
            moved_on=date(2026, 5, 4),
            decided_on=date(2026, 8, 20),
        )
    )
    alerts = [a.deadline for a in register.transfers.alerts()]
    # 60 working days after 04/05/2026 (02/09 not reached) is 27/07/2026
    assert [(d.code, d.due) for d in alerts] == [("transfer_started_late", date(2026, 7, 27))]


def test_dissolving_a_cell_into_another_moves_everyone_in_one_undoable_step(
    workspace: Workspace, register: Register, add_member: Callable[..., Member], cells: dict
) -> None:
    school = cells["Chi bộ Trường Tiểu học Tân Lập"]
    dong = cells["Chi bộ thôn Đông"]
    moved = [add_member(f"Đỗ Văn Số {i}", unit_id=school.id) for i in range(4)]
    left = add_member(
        "Đỗ Thị Cũ", unit_id=school.id, status=MemberStatus.DIED, status_date=date(2020, 1, 2)
    )
    register.transfers.dissolve_into(school.id, dong.id, date(2026, 11, 1))
    assert workspace.units.get(school.id).dissolved_on == date(2026, 11, 1)  # type: ignore[union-attr]
    for member in [*moved, left]:
        now = workspace.members.get(member.id)
        assert now is not None and now.unit_id == dong.id
        [move] = register.transfers.of_member(member.id)
        assert (move.from_unit_id, move.to_unit_id) == (school.id, dong.id)
    assert workspace.undo.undo_label is not None
    assert workspace.undo.undo_label.action == "unit.dissolve_into"
    assert workspace.undo.undo_label.count == 5
    workspace.undo.undo()
    assert workspace.units.get(school.id).dissolved_on is None  # type: ignore[union-attr]
    assert all(workspace.members.get(m.id).unit_id == school.id for m in moved)  # type: ignore[union-attr]
    assert register.transfers.all() == []


def test_cells_below_three_official_members_are_listed(
    register: Register, add_member: Callable[..., Member], cells: dict
) -> None:
    for i in range(3):
        add_member(f"Vũ Văn {i}", unit_id=cells["Chi bộ thôn Đông"].id)
    add_member("Vũ Văn Dự Bị", unit_id=cells["Chi bộ thôn Đoài"].id, official_date=None)
    add_member("Vũ Văn Một", unit_id=cells["Chi bộ thôn Đoài"].id)
    assert register.transfers.cells_below_minimum() == [
        ("Chi bộ Trường Tiểu học Tân Lập", 0),
        ("Chi bộ thôn Đoài", 1),
    ]


# -- the 213 list ----------------------------------------------------------------------------------


def test_213_list_is_kept_per_residential_cell_with_one_comment_a_year(
    workspace: Workspace, register: Register, cells: dict
) -> None:
    dong, school = cells["Chi bộ thôn Đông"], cells["Chi bộ Trường Tiểu học Tân Lập"]
    resident = Resident213(
        new_id(), dong.id, "Bùi Văn Mười", "Chi bộ Phòng Tài chính, UBND huyện", date(1980, 5, 6)
    )
    register.residents.save(resident)
    assert [r.full_name for r in register.residents.of_cell(dong.id)] == ["Bùi Văn Mười"]
    # not one of the cell's own members
    assert workspace.members.count(MemberQuery(unit_ids=frozenset({dong.id}))) == 0
    with pytest.raises(ValidationFailed) as not_residential:
        register.residents.save(dataclasses.replace(resident, id=new_id(), unit_id=school.id))
    assert codes(not_residential.value) == {("unit_id", "not_residential")}
    register.residents.comment(
        Comment213(
            new_id(),
            resident.id,
            2026,
            "Gương mẫu, tích cực tham gia sinh hoạt khu dân cư.",
            date(2026, 11, 10),
        )
    )
    with pytest.raises(ValidationFailed) as twice:
        register.residents.comment(Comment213(new_id(), resident.id, 2026, "Lần hai", TODAY))
    assert codes(twice.value) == {("year", "comment_exists")}
    assert [c.year for c in register.residents.comments(resident.id)] == [2026]


# -- admissions ------------------------------------------------------------------------------------


def candidate(unit: Unit, **fields: object) -> Candidate:
    values: dict[str, object] = {
        "id": new_id(),
        "unit_id": unit.id,
        "full_name": "Ngô Thị Thu",
        "gender": Gender.FEMALE,
        "birth_date": date(2000, 3, 4),
        "course_on": date(2025, 4, 10),
        "application_on": date(2026, 6, 1),
        "introducers": "Nguyễn Văn Đức, Trần Thị Ân",
        "introducer_count": 2,
        "cell_vote_on": date(2026, 7, 3),
        "votes_for": 10,
        "votes_total": 14,
    }
    values.update(fields)
    return Candidate(**values)  # type: ignore[arg-type]


def test_admission_then_ceremony_then_recognition(
    workspace: Workspace, register: Register, dong: Unit
) -> None:
    thu = candidate(dong)
    register.admissions.save(thu)
    assert register.admissions.stage(thu) is Stage.VOTED
    register.admissions.admit(thu.id, "45-QĐ/ĐU", date(2026, 7, 20))
    admitted = register.admissions.candidates()[0]
    assert register.admissions.stage(admitted) is Stage.ADMITTED
    member = workspace.members.get(admitted.member_id)  # type: ignore[arg-type]
    assert member is not None and member.admission_date == date(2026, 7, 20)
    assert member.official_date is None  # probationary
    register.admissions.record_ceremony(thu.id, date(2026, 8, 19))
    assert register.admissions.stage(register.admissions.candidates()[0]) is Stage.PROBATION
    assert workspace.members.get(member.id).ceremony_date == date(2026, 8, 19)  # type: ignore[union-attr]
    # Recognition before the 12 months of probation are over is refused
    with pytest.raises(ValidationFailed) as early:
        register.admissions.recognise(member.id, date(2026, 11, 1), 12, 14)
    assert ("official_date", "official_before_probation_end") in codes(early.value)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"votes_for": 9, "votes_total": 14}, ("votes_for", "two_thirds_not_reached")),
        ({"birth_date": date(2008, 9, 1)}, ("birth_date", "candidate_age")),  # 17 at the vote
        ({"birth_date": date(1965, 6, 1)}, ("birth_date", "candidate_age")),  # 61
        ({"course_on": date(2021, 6, 1)}, ("course_on", "course_expired")),  # 60 months gone
        ({"introducer_count": 1}, ("introducer_count", "too_few_introducers")),
    ],
)
def test_admission_is_refused_unless_the_rules_are_met(
    workspace: Workspace, register: Register, dong: Unit, changes: dict, expected: tuple
) -> None:
    thu = candidate(dong, **changes)
    register.admissions.save(thu)
    with pytest.raises(ValidationFailed) as refused:
        register.admissions.admit(thu.id, "45-QĐ/ĐU", date(2026, 7, 20))
    assert expected in codes(refused.value)
    assert workspace.members.count(MemberQuery(on_roll_only=False)) == 0


def test_two_thirds_exactly_carries(register: Register, dong: Unit) -> None:
    thu = candidate(dong, votes_for=10, votes_total=15)
    register.admissions.save(thu)
    register.admissions.admit(thu.id, "46-QĐ/ĐU", date(2026, 7, 20))
    with pytest.raises(OperationRefused):
        register.admissions.admit(thu.id, "46-QĐ/ĐU", date(2026, 7, 20))


# -- the to-do list --------------------------------------------------------------------------------


def test_todo_lists_what_is_due(
    workspace: Workspace, register: Register, add_member: Callable[..., Member], dong: Unit
) -> None:
    # probation ends 10/12/2026 (within 30 days of TODAY)
    add_member(
        "Đinh Văn Hai",
        ceremony_date=date(2025, 12, 10),
        admission_date=date(2025, 11, 20),
        official_date=None,
    )
    # probation ended 01/09/2026; 30 working days later (14/10) recognition was overdue
    add_member(
        "Đinh Văn Ba",
        ceremony_date=date(2025, 9, 1),
        admission_date=date(2025, 8, 5),
        official_date=None,
    )
    # admitted 1996: 30 years of Party seniority this year, no badge yet
    add_member(
        "Đinh Văn Bốn",
        birth_date=date(1960, 1, 1),
        admission_date=date(1996, 12, 3),
        official_date=date(1997, 12, 3),
    )
    # admitted 1986 with the 40-year badge already given: nothing to do
    has_badge = add_member(
        "Đinh Văn Năm",
        birth_date=date(1960, 1, 1),
        admission_date=date(1986, 3, 3),
        official_date=date(1987, 3, 3),
    )
    workspace.records.save(Badge(new_id(), has_badge.id, 40, date(2026, 3, 3)))
    # a candidate whose course certificate expires within 90 days
    register.admissions.save(
        candidate(dong, full_name="Đinh Thị Sáu", course_on=date(2022, 1, 15), cell_vote_on=None)
    )
    items = {(i.kind, i.name): i for i in register.todo.items()}
    assert items[("probation_ending", "Đinh Văn Hai")].due == date(2026, 12, 10)
    assert items[("recognition_overdue", "Đinh Văn Ba")].overdue
    assert items[("badge_due", "Đinh Văn Bốn")].params == {"years": 30}
    assert items[("course_expiring", "Đinh Thị Sáu")].due == date(2027, 1, 15)
    assert ("badge_due", "Đinh Văn Năm") not in items
    # the cells with fewer than three official members are listed too
    assert ("cell_below_minimum", "Chi bộ Trường Tiểu học Tân Lập") in items
    # overdue first
    flags = [i.overdue for i in register.todo.items()]
    assert flags == sorted(flags, reverse=True)


def test_temporary_guests_are_listed_for_the_host_cell_and_not_counted(
    workspace: Workspace, register: Register, doai: Unit
) -> None:
    register.transfers.save(
        transfer(
            kind=TransferKind.TEMPORARY,
            direction=TransferDirection.IN,
            person_name="Cao Văn Khách",
            to_unit_id=doai.id,
            other_organisation="Đảng bộ phường Láng Hạ",
            decided_on=date(2026, 9, 1),
            arrived_on=date(2026, 9, 3),
            ends_on=date(2027, 3, 1),
        )
    )
    guests = register.transfers.temporary_guests(frozenset({doai.id}))
    assert [g.person_name for g in guests] == ["Cao Văn Khách"]
    assert workspace.members.count(MemberQuery(unit_ids=frozenset({doai.id}))) == 0
