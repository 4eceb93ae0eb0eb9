"""The review year of a commune through the evaluation service: who is reviewed, the levels, the
checks, closing and reopening, and the classification report checked number by number."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from uuid import UUID

import pytest
from db_dump import execute, query
from services.conftest import MakeMember, member_draft

from chibo_desktop.domain.entities import Distinction, Member, PartyPost, Transfer, Unit, new_id
from chibo_desktop.domain.enums import (
    DisciplineLevel,
    DistinctionKind,
    MemberStatus,
    PostKind,
    TransferDirection,
    TransferKind,
)
from chibo_desktop.domain.evaluation import (
    ClassificationCounts,
    ClassificationReport,
    FormType,
    MemberEvaluation,
    NotReviewed,
    UnitEvaluation,
    YearState,
)
from chibo_desktop.domain.findings import Severity
from chibo_desktop.domain.rules import Level
from chibo_desktop.services.errors import OperationRefused, ValidationFailed
from chibo_desktop.services.evaluations import EvaluationIncomplete
from chibo_desktop.services.workspace import Workspace

YEAR = 2025
REVIEW = date(2025, 12, 15)
AWAY_WITH = "Đảng bộ Công ty Xây dựng số 4, Hà Nội"
E, G, C, N = Level.EXCELLENT, Level.GOOD, Level.COMPLETED, Level.NOT_COMPLETED


@pytest.fixture
def school(cells: dict[str, Unit]) -> Unit:
    return cells["Chi bộ Trường Tiểu học Tân Lập"]


def rate(ws: Workspace, member: Member, level: Level | None, **changes: object) -> None:
    """Record the member's year with the same level at every stage."""
    sheet = ws.evaluations.cell_sheet(member.unit_id, YEAR)
    row = next(r for r in sheet.rows if r.member.id == member.id)
    blank = row.evaluation or ws.evaluations.new_member_evaluation(row, member.unit_id, YEAR)
    values: dict[str, object] = {"self_level": level, "proposed_level": level, "final_level": level}
    if level is E:  # the 2025 profile's conditions of HTXSNV, met
        values.update(general_score=28, task_score=64, tasks_late_percent=0, tasks_above_percent=35)
    ws.evaluations.save_member(dataclasses.replace(blank, **{**values, **changes}))


def rate_cell(ws: Workspace, cell: Unit, level: Level, **changes: object) -> None:
    existing = ws.evaluations.unit_evaluation(cell.id, YEAR)
    evaluation = existing or UnitEvaluation(new_id(), cell.id, YEAR)
    ws.evaluations.save_unit(
        dataclasses.replace(evaluation, self_level=level, final_level=level, **changes)
    )


@pytest.fixture
def commune_year(
    workspace: Workspace,
    commune: Unit,
    dong: Unit,
    doai: Unit,
    school: Unit,
    add_member: MakeMember,
) -> dict[str, Member]:
    """Đông: 13 on the roll (exempt, new, away and 10 rated); Đoài: 6 (suspended, one not yet
    rated, a member who died in 2026); the school: 6 (one HTXSNV to four HTTNV: 25%, over the
    ordinary 20% cap). The year is open with its review on 15/12/2025."""
    ws = workspace
    people: dict[str, Member] = {}

    def add(name: str, cell: Unit, **changes: object) -> Member:
        people[name] = add_member(name, unit_id=cell.id, **changes)
        return people[name]

    for i in range(10):
        add(f"Nguyễn Văn Đông {i}", dong)
    add("Đỗ Văn Miễn", dong, status=MemberStatus.EXEMPT, status_date=date(2024, 3, 1))
    add("Lê Thị Mới", dong, admission_date=date(2025, 7, 1), official_date=None)
    add("Trần Văn Đủ", dong, admission_date=date(2025, 6, 15), official_date=None)
    for i in range(4):
        add(f"Phạm Văn Đoài {i}", doai)
    add("Vũ Văn Treo", doai)
    ws.records.change_status(people["Vũ Văn Treo"].id, MemberStatus.SUSPENDED, date(2025, 4, 1))
    add("Hoàng Văn Mất", doai)
    ws.records.change_status(people["Hoàng Văn Mất"].id, MemberStatus.DIED, date(2026, 2, 1))
    for i in range(6):
        add(f"Bùi Thị Trường {i}", school)
    away = Transfer(
        new_id(),
        TransferKind.TEMPORARY,
        TransferDirection.OUT,
        date(2025, 3, 1),
        member_id=people["Nguyễn Văn Đông 9"].id,
        from_unit_id=dong.id,
        other_organisation="Đảng bộ Công ty Xây dựng số 4, Hà Nội",
        moved_on=date(2025, 3, 1),
        ends_on=date(2026, 1, 31),
    )
    ws.transfers.save(away)
    ws.evaluations.open_year(commune.id, YEAR, REVIEW)

    # Đông: 1 HTXSNV, 7 HTTNV (the new member of 15/06 among them), 1 HTNV, 1 KHTNV, and the one
    # away rated here.
    levels = [E, G, G, G, G, G, G, C, N, G]
    for i, level in enumerate(levels):
        rate(ws, people[f"Nguyễn Văn Đông {i}"], level)
    rate(ws, people["Trần Văn Đủ"], G)
    # Đoài: 4 HTTNV; the member who died in 2026 was on the roll in 2025 and is not yet rated.
    for i in range(4):
        rate(ws, people[f"Phạm Văn Đoài {i}"], G)
    # The school: 1 HTXSNV, 4 HTTNV, 1 HTNV.
    for i, level in enumerate([E, G, G, G, G, C]):
        rate(ws, people[f"Bùi Thị Trường {i}"], level)
    return people


def test_who_is_reviewed_follows_the_roll_on_the_review_date(
    workspace: Workspace, commune_year: dict[str, Member], dong: Unit, doai: Unit
) -> None:
    sheet = workspace.evaluations.cell_sheet(dong.id, YEAR)
    by_name = {r.member.full_name: r for r in sheet.rows}
    assert len(sheet.rows) == 13
    exempt = by_name["Đỗ Văn Miễn"]
    assert exempt.not_reviewed is NotReviewed.EXEMPT
    assert exempt.not_reviewed_since == date(2024, 3, 1)
    new = by_name["Lê Thị Mới"]
    assert new.not_reviewed is NotReviewed.NEW_MEMBER
    assert new.not_reviewed_since == date(2025, 7, 1)
    # Admitted six months to the day before the review: reviewed, though still probationary.
    assert by_name["Trần Văn Đủ"].not_reviewed is None
    away = by_name["Nguyễn Văn Đông 9"]
    assert away.not_reviewed is None
    assert away.elsewhere == "Đảng bộ Công ty Xây dựng số 4, Hà Nội"
    # Names in Vietnamese order, by given name: Đủ (after D), then Miễn, then Mới (i before ơ).
    names = [r.member.full_name for r in sheet.rows]
    assert names.index("Trần Văn Đủ") < names.index("Đỗ Văn Miễn") < names.index("Lê Thị Mới")

    doai_rows = {
        r.member.full_name: r for r in workspace.evaluations.cell_sheet(doai.id, YEAR).rows
    }
    assert doai_rows["Vũ Văn Treo"].not_reviewed is NotReviewed.SUSPENDED
    assert doai_rows["Vũ Văn Treo"].not_reviewed_since == date(2025, 4, 1)
    # Died in February 2026: on the 2025 roll, not on the 2026 one.
    assert doai_rows["Hoàng Văn Mất"].not_reviewed is None
    assert doai_rows["Hoàng Văn Mất"].evaluation is None


def test_the_classification_report_number_by_number(
    workspace: Workspace,
    commune_year: dict[str, Member],
    commune: Unit,
    dong: Unit,
    doai: Unit,
    school: Unit,
) -> None:
    ws = workspace
    rate_cell(ws, dong, G)
    rate_cell(ws, doai, C)
    rate_cell(ws, school, E, cap_exception_decision="Quyết định 15-QĐ/ĐU ngày 10/12/2025")

    report = ws.evaluations.report(commune.id, YEAR)

    assert report.review_on == REVIEW and report.profile_code == "classification-2025-qd366"
    assert [r.name for r in report.rows] == [
        "Chi bộ thôn Đoài",
        "Chi bộ thôn Đông",
        "Chi bộ Trường Tiểu học Tân Lập",
    ]
    rows = {r.name: r for r in report.rows}
    figures = {
        name: (
            r.counts.total,
            r.counts.exempt,
            r.counts.suspended,
            r.counts.new_under_6_months,
            r.counts.temporarily_elsewhere,
            r.counts.required,
            r.counts.reviewed,
            r.counts.by_level,
        )
        for name, r in rows.items()
    }
    assert figures == {
        "Chi bộ thôn Đông": (13, 1, 0, 1, 1, 11, 11, (1, 8, 1, 1)),
        "Chi bộ thôn Đoài": (6, 0, 1, 0, 0, 5, 4, (0, 4, 0, 0)),
        "Chi bộ Trường Tiểu học Tân Lập": (6, 0, 0, 0, 0, 6, 6, (1, 4, 1, 0)),
    }
    total = report.total
    assert (total.total, total.exempt, total.suspended, total.new_under_6_months) == (25, 1, 1, 1)
    assert (total.temporarily_elsewhere, total.required, total.reviewed) == (1, 22, 21)
    assert total.by_level == (2, 16, 2, 1)
    assert total.not_yet_reviewed == 1
    # Percent of the reviewed, two decimals, adding up to 100.
    shares = [total.percent(level) for level in (E, G, C, N)]
    # 2/21 and 2/21 have the largest remainders; the odd hundredth goes to the better level.
    assert shares == [Decimal("9.53"), Decimal("76.19"), Decimal("9.52"), Decimal("4.76")]
    assert sum(shares) == Decimal("100.00")
    dong_row = rows["Chi bộ thôn Đông"]
    assert [dong_row.counts.percent(level) for level in (E, G, C, N)] == [
        Decimal("9.09"),
        Decimal("72.73"),
        Decimal("9.09"),
        Decimal("9.09"),
    ]
    # HTXS ÷ HTT: Đông 1/8 = 12.5% within 20%; the school 1/4 = 25%, kept only by the exception.
    assert dong_row.counts.cap_ratio == Decimal("12.50") and dong_row.cap.kept
    school_row = rows["Chi bộ Trường Tiểu học Tân Lập"]
    assert school_row.counts.cap_ratio == Decimal("25.00")
    assert school_row.cap.kept and school_row.cap.cap_percent == 25
    assert total.cap_ratio == Decimal("12.50") and report.total_cap.kept
    # The organisation table: cells by their decided level.
    assert report.organisations.by_level == (1, 1, 1, 0)
    assert report.organisations.percent(E) == Decimal("33.33")


def kept_cells(db_path: Path) -> set[UUID]:
    """The cells whose summary counts the database keeps for the year (``roll_tally_cell``)."""
    rows = query(db_path, "SELECT unit_id FROM roll_tally_cell WHERE year = ?", (YEAR,))
    return {UUID(hex=unit) for (unit,) in rows}


def counted_afresh(ws: Workspace, db_path: Path, unit_id: UUID) -> ClassificationReport:
    """The report with every kept count thrown away first: the roll counted from scratch."""
    execute(db_path, "DELETE FROM roll_tally_cell")
    return ws.evaluations.report(unit_id, YEAR)


def figures(report: ClassificationReport) -> dict[str, ClassificationCounts]:
    return {row.name: row.counts for row in report.rows}


def test_the_report_keeps_each_cells_counts_until_something_they_read_changes(
    workspace: Workspace,
    db_path: Path,
    commune_year: dict[str, Member],
    commune: Unit,
    dong: Unit,
    doai: Unit,
    school: Unit,
) -> None:
    ws = workspace
    # Given a report asked once: every cell's counts are kept
    first = ws.evaluations.report(commune.id, YEAR)
    assert kept_cells(db_path) >= {dong.id, doai.id, school.id}

    # When a member's name is corrected: nothing the counts read has changed
    renamed = commune_year["Phạm Văn Đoài 1"]
    ws.members.update(dataclasses.replace(renamed, full_name="Phạm Văn Đoái"))
    assert kept_cells(db_path) >= {dong.id, doai.id, school.id}
    # When a member of Đông is rated differently: only Đông is counted again
    rate(ws, commune_year["Nguyễn Văn Đông 8"], G)
    assert dong.id not in kept_cells(db_path)
    assert kept_cells(db_path) >= {doai.id, school.id}

    # Then the report shows the change, and the same figures as counting from scratch
    second = ws.evaluations.report(commune.id, YEAR)
    assert figures(second)["Chi bộ thôn Đông"].by_level == (1, 9, 1, 0)
    assert figures(second)["Chi bộ thôn Đoài"] == figures(first)["Chi bộ thôn Đoài"]
    assert figures(second) == figures(counted_afresh(ws, db_path, commune.id))


def test_the_earlier_years_levels_follow_every_write(
    workspace: Workspace, db_path: Path, commune_year: dict[str, Member], commune: Unit
) -> None:
    ws = workspace

    def recorded() -> tuple[int, ...]:
        """The year's final levels counted from the evaluations themselves."""
        counted = dict(
            query(
                db_path,
                "SELECT final_level, COUNT(*) FROM member_evaluation "
                "WHERE deleted = 0 AND year = ? GROUP BY final_level",
                (YEAR,),
            )
        )
        return tuple(counted.get(level.value, 0) for level in (E, G, C, N))

    def compared() -> tuple[int, ...]:
        """The year as the next year's report compares it."""
        history = ws.evaluations.report(commune.id, YEAR + 1).history
        return next(h.by_level for h in history if h.year == YEAR)

    # Given the year's levels as rated: 2 HTXSNV, 16 HTTNV, 2 HTNV, 1 KHTNV
    assert compared() == recorded() == (2, 16, 2, 1)

    # When a level is changed, undone and redone, a member not yet rated is rated, and an
    # evaluation is deleted (as a package from another site may delete one)
    rate(ws, commune_year["Nguyễn Văn Đông 8"], G)
    assert compared() == recorded() == (2, 17, 2, 0)
    ws.undo.undo()
    assert compared() == recorded() == (2, 16, 2, 1)
    ws.undo.redo()
    rate(ws, commune_year["Hoàng Văn Mất"], C)
    assert compared() == recorded() == (2, 17, 3, 0)
    execute(
        db_path,
        "UPDATE member_evaluation SET deleted = 1 WHERE member_id = ? AND year = ?",
        (commune_year["Bùi Thị Trường 0"].id.hex, YEAR),
    )

    # Then the comparison always shows what the evaluations hold
    assert compared() == recorded() == (1, 17, 3, 0)


def _suspend(ws: Workspace, people: dict[str, Member], cells: dict[str, Unit]) -> None:
    ws.records.change_status(people["Nguyễn Văn Đông 1"].id, MemberStatus.SUSPENDED, REVIEW)


def _move(ws: Workspace, people: dict[str, Member], cells: dict[str, Unit]) -> None:
    ws.transfers.save(
        Transfer(
            new_id(),
            TransferKind.OFFICIAL,
            TransferDirection.INTERNAL,
            date(2025, 11, 1),
            member_id=people["Nguyễn Văn Đông 2"].id,
            from_unit_id=cells["Chi bộ thôn Đông"].id,
            to_unit_id=cells["Chi bộ thôn Đoài"].id,
            arrived_on=date(2025, 11, 5),
        )
    )


def _move_after_the_review(
    ws: Workspace, people: dict[str, Member], cells: dict[str, Unit]
) -> None:
    """Moved in January: reviewed in Đông, which the member has left since."""
    _move(ws, people, cells)
    ws.transfers.save(
        Transfer(
            new_id(),
            TransferKind.OFFICIAL,
            TransferDirection.INTERNAL,
            date(2026, 1, 10),
            member_id=people["Phạm Văn Đoài 3"].id,
            from_unit_id=cells["Chi bộ thôn Đoài"].id,
            to_unit_id=cells["Chi bộ Trường Tiểu học Tân Lập"].id,
            arrived_on=date(2026, 1, 12),
        )
    )


def _send_away(ws: Workspace, people: dict[str, Member], cells: dict[str, Unit]) -> None:
    ws.transfers.save(
        Transfer(
            new_id(),
            TransferKind.TEMPORARY,
            TransferDirection.OUT,
            date(2025, 9, 1),
            member_id=people["Phạm Văn Đoài 0"].id,
            from_unit_id=cells["Chi bộ thôn Đoài"].id,
            other_organisation=AWAY_WITH,
            moved_on=date(2025, 9, 1),
            ends_on=date(2026, 3, 1),
        )
    )


def _admit(ws: Workspace, people: dict[str, Member], cells: dict[str, Unit]) -> None:
    school = cells["Chi bộ Trường Tiểu học Tân Lập"]
    ws.members.add(
        member_draft(
            school.id, "Lương Thị Nhập", admission_date=date(2025, 9, 2), official_date=None
        )
    )


def _delete(ws: Workspace, people: dict[str, Member], cells: dict[str, Unit]) -> None:
    ws.members.delete(people["Nguyễn Văn Đông 3"].id)


def _undo(ws: Workspace, people: dict[str, Member], cells: dict[str, Unit]) -> None:
    ws.undo.undo()  # the school's last member rated HTNV


def _delete_the_transfer_away(
    ws: Workspace, people: dict[str, Member], cells: dict[str, Unit]
) -> None:
    away = ws.transfers.of_member(people["Nguyễn Văn Đông 9"].id)[0]
    ws.transfers.save(dataclasses.replace(away, deleted=True))


def _move_the_review_day(ws: Workspace, people: dict[str, Member], cells: dict[str, Unit]) -> None:
    """01/12: the member admitted on 15/06/2025 is too new to be reviewed."""
    commune = ws.evaluations.commune_of(cells["Chi bộ thôn Đông"].id)
    ws.evaluations.open_year(commune.id, YEAR, date(2025, 12, 1))


@pytest.mark.parametrize(
    "change",
    [
        _suspend,
        _move,
        _move_after_the_review,
        _send_away,
        _admit,
        _delete,
        _undo,
        _delete_the_transfer_away,
        _move_the_review_day,
    ],
)
def test_after_any_change_the_kept_counts_equal_counting_afresh(
    workspace: Workspace,
    db_path: Path,
    commune_year: dict[str, Member],
    commune: Unit,
    cells: dict[str, Unit],
    change: Callable[[Workspace, dict[str, Member], dict[str, Unit]], None],
) -> None:
    ws = workspace
    # Given the report asked once, its counts kept
    before = figures(ws.evaluations.report(commune.id, YEAR))

    # When something the roll is made of changes
    change(ws, commune_year, cells)

    # Then the report changes with it, exactly as counting from scratch would
    after = figures(ws.evaluations.report(commune.id, YEAR))
    assert after != before
    assert after == figures(counted_afresh(ws, db_path, commune.id))


def test_the_check_list_and_closing(
    workspace: Workspace,
    commune_year: dict[str, Member],
    commune: Unit,
    dong: Unit,
    doai: Unit,
    school: Unit,
) -> None:
    ws = workspace
    found = ws.evaluations.check_year(commune.id, YEAR)
    blocking = {(f.code, f.params.get("name"), f.params.get("unit")) for f in found}
    assert ("member_level_missing", "Hoàng Văn Mất", "Chi bộ thôn Đoài") in blocking
    assert ("cell_level_missing", None, "Chi bộ thôn Đông") in blocking
    assert ("organisation_self_level_missing", None, "Đảng bộ xã Tân Lập") in blocking
    assert ("cap_exceeded", None, "Chi bộ Trường Tiểu học Tân Lập") in blocking
    severities = [f.severity for f in found]
    assert severities == sorted(severities, key=lambda s: s is not Severity.BLOCKING)

    with pytest.raises(EvaluationIncomplete) as refused:
        ws.evaluations.close_year(commune.id, YEAR, "Nguyễn Văn Thưởng")
    assert refused.value.findings and all(
        f.severity is Severity.BLOCKING for f in refused.value.findings
    )
    assert ws.evaluations.review_year(commune.id, YEAR).state is YearState.OPEN

    rate(ws, commune_year["Hoàng Văn Mất"], G)
    for cell in (dong, doai):
        rate_cell(ws, cell, G)
    rate_cell(ws, school, G, cap_exception_decision="Quyết định 15-QĐ/ĐU")
    ws.evaluations.save_unit(UnitEvaluation(new_id(), commune.id, YEAR, self_level=G))
    assert [
        f for f in ws.evaluations.check_year(commune.id, YEAR) if f.severity is Severity.BLOCKING
    ] == []

    ws.evaluations.close_year(commune.id, YEAR, "Nguyễn Văn Thưởng")

    closed = ws.evaluations.review_year(commune.id, YEAR)
    assert closed.closed and closed.closed_by == "Nguyễn Văn Thưởng"
    assert closed.closed_on is not None
    # Closing is not an edit: nothing before it can be undone any more.
    assert ws.undo.undo_label is None
    with pytest.raises(OperationRefused) as refused_edit:
        rate(ws, commune_year["Phạm Văn Đoài 0"], E)
    assert refused_edit.value.code == "evaluation.year_closed"
    with pytest.raises(OperationRefused):
        rate_cell(ws, dong, E)


def test_reopening_needs_a_name_and_a_reason_and_keeps_them(
    workspace: Workspace, commune: Unit, dong: Unit, add_member: MakeMember
) -> None:
    ws = workspace
    member = add_member("Nguyễn Văn Bình", unit_id=dong.id)
    ws.evaluations.open_year(commune.id, YEAR)
    rate(ws, member, G)
    rate_cell(ws, dong, G)
    for cell in ws.units.all():
        if cell.is_cell and cell.id != dong.id:
            ws.evaluations.save_unit(UnitEvaluation(new_id(), cell.id, YEAR, newly_formed=True))
    ws.evaluations.save_unit(UnitEvaluation(new_id(), commune.id, YEAR, self_level=G))
    ws.evaluations.close_year(commune.id, YEAR)

    with pytest.raises(ValidationFailed) as refused:
        ws.evaluations.reopen_year(commune.id, YEAR, "Nguyễn Văn Thưởng", "   ")
    assert [p.field for p in refused.value.problems] == ["reason"]
    with pytest.raises(ValidationFailed):
        ws.evaluations.reopen_year(commune.id, YEAR, "", "Sửa kết quả theo Quyết định 20")

    ws.evaluations.reopen_year(
        commune.id, YEAR, "Nguyễn Văn Thưởng", "Sửa kết quả theo Quyết định 20-QĐ/ĐU"
    )
    reopened = ws.evaluations.review_year(commune.id, YEAR)
    assert reopened.state is YearState.OPEN
    [reopening] = reopened.reopenings
    assert (reopening.by, reopening.reason) == (
        "Nguyễn Văn Thưởng",
        "Sửa kết quả theo Quyết định 20-QĐ/ĐU",
    )
    rate(ws, member, G, notes="Bổ sung nhận xét")  # writable again
    ws.evaluations.close_year(commune.id, YEAR)
    ws.evaluations.reopen_year(commune.id, YEAR, "Lê Thị Hà", "Bổ sung ghi chú")
    assert len(ws.evaluations.review_year(commune.id, YEAR).reopenings) == 2
    with pytest.raises(OperationRefused) as not_closed:
        ws.evaluations.reopen_year(commune.id, YEAR, "Lê Thị Hà", "Lần nữa")
    assert not_closed.value.code == "evaluation.year_not_closed"


def test_nothing_is_written_before_the_year_is_opened(
    workspace: Workspace, commune: Unit, dong: Unit, add_member: MakeMember
) -> None:
    member = add_member("Nguyễn Văn Bình", unit_id=dong.id)
    evaluation = MemberEvaluation(new_id(), member.id, YEAR, dong.id, final_level=G)
    with pytest.raises(OperationRefused) as refused:
        workspace.evaluations.save_member(evaluation)
    assert refused.value.code == "evaluation.year_not_opened"
    assert workspace.evaluations.member_evaluation(member.id, YEAR) is None
    with pytest.raises(ValidationFailed):
        workspace.evaluations.open_year(commune.id, YEAR, date(2026, 1, 10))


def test_saving_is_undoable_and_one_evaluation_per_member_and_year(
    workspace: Workspace, commune: Unit, dong: Unit, add_member: MakeMember
) -> None:
    ws = workspace
    member = add_member("Nguyễn Văn Bình", unit_id=dong.id)
    ws.evaluations.open_year(commune.id, YEAR)
    rate(ws, member, G, notes="  Nhiệt tình  ")
    saved = ws.evaluations.member_evaluation(member.id, YEAR)
    assert saved is not None and saved.notes == "Nhiệt tình"
    assert ws.undo.undo_label.action == "evaluation.member"
    with pytest.raises(OperationRefused) as twice:
        ws.evaluations.save_member(MemberEvaluation(new_id(), member.id, YEAR, dong.id))
    assert twice.value.code == "evaluation.member_already_evaluated"
    changes = ws.undo.undo()
    assert changes.evaluations
    assert ws.evaluations.member_evaluation(member.id, YEAR) is None


def test_scores_follow_the_years_profile(
    workspace: Workspace, commune: Unit, dong: Unit, add_member: MakeMember
) -> None:
    ws = workspace
    member = add_member("Nguyễn Văn Bình", unit_id=dong.id)
    ws.evaluations.open_year(commune.id, 2024)
    ws.evaluations.open_year(commune.id, YEAR)
    old = MemberEvaluation(new_id(), member.id, 2024, dong.id, general_score=25, task_score=60)
    with pytest.raises(ValidationFailed) as no_scale:
        ws.evaluations.save_member(old)
    assert {p.code for p in no_scale.value.problems} == {"no_score_scale"}
    ws.evaluations.save_member(dataclasses.replace(old, general_score=None, task_score=None))
    too_high = MemberEvaluation(
        new_id(), member.id, YEAR, dong.id, general_score=31, task_score=71, tasks_late_percent=101
    )
    with pytest.raises(ValidationFailed) as out_of_range:
        ws.evaluations.save_member(too_high)
    assert [(p.field, p.code, p.params) for p in out_of_range.value.problems] == [
        ("general_score", "score_range", {"maximum": 30}),
        ("task_score", "score_range", {"maximum": 70}),
        ("tasks_late_percent", "percent_range", {}),
    ]


def test_the_suggested_form_and_the_inputs_shown_beside(
    workspace: Workspace,
    commune: Unit,
    dong: Unit,
    school: Unit,
    add_member: MakeMember,
) -> None:
    ws = workspace
    secretary = add_member("Trần Văn Hùng", unit_id=dong.id)
    resident = add_member("Lê Văn Khánh", unit_id=dong.id)
    teacher = add_member("Phạm Thị Hoa", unit_id=school.id)
    ws.records.save(
        PartyPost(new_id(), secretary.id, dong.id, PostKind.SECRETARY, date(2020, 5, 1))
    )
    reprimand = Distinction(
        new_id(),
        secretary.id,
        DistinctionKind.DISCIPLINE,
        date(2025, 9, 9),
        "Vi phạm quy định về quản lý đất đai",
        DisciplineLevel.REPRIMAND,
        "12-QĐ/UBKT",
    )
    ws.records.save(reprimand)
    ws.records.save(
        Distinction(new_id(), teacher.id, DistinctionKind.AWARD, date(2025, 5, 19), "Giấy khen")
    )
    ws.evaluations.open_year(commune.id, YEAR)

    rows = {r.member.full_name: r for r in ws.evaluations.cell_sheet(dong.id, YEAR).rows}
    assert rows["Trần Văn Hùng"].suggested_form is FormType.LEADER
    assert rows["Lê Văn Khánh"].suggested_form is FormType.OUTSIDE
    assert [d.decision_number for d in rows["Trần Văn Hùng"].disciplines] == ["12-QĐ/UBKT"]
    [school_row] = ws.evaluations.cell_sheet(school.id, YEAR).rows
    assert school_row.suggested_form is FormType.POLITICAL_SYSTEM
    assert [a.title for a in school_row.awards] == ["Giấy khen"]
    assert ws.evaluations.cell_sheet(school.id, 2024).rows[0].awards == ()

    # The secretary's discipline: a decision is required for any level but KHTNV …
    rate(ws, secretary, G, general_score=25, task_score=55)
    rows = {r.member.full_name: r for r in ws.evaluations.cell_sheet(dong.id, YEAR).rows}
    findings = [f.code for f in rows["Trần Văn Hùng"].findings]
    assert findings == ["member_discipline_needs_decision"]
    # … and the cell cannot be HTXSNV.
    rate_cell(ws, dong, E)
    sheet = ws.evaluations.cell_sheet(dong.id, YEAR)
    assert [d.name for d in sheet.leader_disciplines] == ["Trần Văn Hùng"]
    assert "unit_excellent_leader_disciplined" in [f.code for f in sheet.findings]
    assert resident.id in {r.member.id for r in sheet.rows}


def test_earlier_years_and_the_streak_of_excellent_years(
    workspace: Workspace, commune: Unit, dong: Unit, add_member: MakeMember
) -> None:
    ws = workspace
    star = add_member("Nguyễn Thị Sao", unit_id=dong.id)
    steady = add_member("Trần Văn Vững", unit_id=dong.id)
    for year in range(2021, 2026):
        ws.evaluations.open_year(commune.id, year)
        for member, level in ((star, E), (steady, G if year == 2023 else E)):
            sheet = ws.evaluations.cell_sheet(dong.id, year)
            row = next(r for r in sheet.rows if r.member.id == member.id)
            scored = year >= 2025
            ws.evaluations.save_member(
                dataclasses.replace(
                    ws.evaluations.new_member_evaluation(row, dong.id, year),
                    self_level=level,
                    final_level=level,
                    general_score=28 if scored and level is E else None,
                    task_score=64 if scored and level is E else None,
                    tasks_late_percent=0,
                    tasks_above_percent=35,
                )
            )

    rows = {r.member.full_name: r for r in ws.evaluations.cell_sheet(dong.id, YEAR).rows}
    assert rows["Nguyễn Thị Sao"].streak == 5
    assert rows["Trần Văn Vững"].streak == 2
    report = ws.evaluations.report(commune.id, YEAR)
    assert [c.name for c in report.award_candidates] == ["Nguyễn Thị Sao"]
    assert [(h.year, h.by_level) for h in report.history] == [
        (2021, (2, 0, 0, 0)),
        (2022, (2, 0, 0, 0)),
        (2023, (1, 1, 0, 0)),
        (2024, (2, 0, 0, 0)),
    ]
    assert report.history[2].percent(E) == Decimal("50.00")
    assert [e.year for e in ws.evaluations.member_history(star.id)] == list(range(2021, 2026))
    # Years before the first profile are judged by the earliest one.
    assert ws.evaluations.profile(2021).code == "classification-2023-qd124"
