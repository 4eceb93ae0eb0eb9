"""Biểu 1, Biểu 3 and the admission rate, on a small commune whose history is written through the
services: admissions, an official transfer out, an internal move, an arrival, a temporary guest,
a death, an expulsion, an exemption, and a member struck off and later restored."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest

from chibo_desktop.domain.entities import Member, Transfer, Unit, new_id
from chibo_desktop.domain.enums import (
    CellKind,
    Gender,
    MemberStatus,
    TheoryLevel,
    TransferDirection,
    TransferKind,
)
from chibo_desktop.domain.statistics import AdmissionBase, IncreaseDecrease, MemberRef
from chibo_desktop.services.workspace import Workspace

YEAR_START, YEAR_END = date(2025, 1, 1), date(2025, 12, 31)
MID_MAY = date(2025, 5, 15)
MakeMember = Callable[..., Member]  # the conftest's member makers


@dataclass
class Commune:
    """The members by letter, and the cells."""

    members: dict[str, Member]
    dong: Unit
    doai: Unit
    school: Unit


@pytest.fixture
def history(
    workspace: Workspace, cells: dict[str, Unit], add_member: MakeMember, draft: MakeMember
) -> Commune:
    dong, doai = cells["Chi bộ thôn Đông"], cells["Chi bộ thôn Đoài"]
    school = cells["Chi bộ Trường Tiểu học Tân Lập"]
    women = {"gender": Gender.FEMALE}

    def person(name: str, unit: Unit, born: date, admitted: date, official: date | None,
               **more: object) -> Member:  # fmt: skip
        return add_member(
            name, unit_id=unit.id, birth_date=born, admission_date=admitted,
            official_date=official, **more,
        )  # fmt: skip

    m = {
        "A": person("Trần Thị An", dong, date(1975, 6, 1), date(2000, 2, 3), date(2001, 2, 3),
                    education="12/12", qualification="Đại học",
                    theory_level=TheoryLevel.INTERMEDIATE, **women),
        "B": person("Lê Văn Bình", dong, date(1980, 1, 1), date(2010, 5, 5), date(2011, 5, 5),
                    education="12/12", qualification="Cao đẳng",
                    theory_level=TheoryLevel.ELEMENTARY),
        "C": person("Phạm Văn Cường", dong, date(1940, 2, 2), date(1965, 5, 19), date(1966, 5, 19),
                    religion="Phật giáo", education="7/10", qualification="Không"),
        "D": person("Hoàng Văn Dũng", doai, date(1970, 3, 3), date(1995, 3, 3), date(1996, 3, 3),
                    ethnicity="Tày", education="12/12", qualification="Trung cấp",
                    theory_level=TheoryLevel.ELEMENTARY),
        "E": person("Nông Thị Én", doai, date(1995, 9, 1), date(2025, 4, 2), None,
                    ethnicity="Tày", religion="Công giáo", education="12/12",
                    qualification="Đại học", **women),
        "G": person("Vũ Văn Giang", dong, date(1965, 7, 1), date(1990, 1, 15), date(1991, 1, 15),
                    education="10/10", qualification="Trung cấp",
                    theory_level=TheoryLevel.INTERMEDIATE),
        "H": person("Bùi Thị Hoa", school, date(1954, 8, 1), date(1978, 8, 1), date(1979, 8, 1),
                    ethnicity="Mường", education="10/10", qualification="Không",
                    theory_level=TheoryLevel.ELEMENTARY, **women),
        "I": person("Đỗ Văn Ích", doai, date(1988, 1, 1), date(2012, 6, 6), date(2013, 6, 6)),
        "J": person("Ngô Văn Giáp", school, date(2000, 3, 3), date(2026, 1, 10), None),
        "L": person("Lý Văn Long", dong, date(2000, 2, 2), date(2025, 1, 1), None,
                    education="12/12"),
    }  # fmt: skip
    records, transfers = workspace.records, workspace.transfers
    records.change_status(m["C"].id, MemberStatus.DIED, date(2025, 6, 1))
    records.change_status(m["D"].id, MemberStatus.STRUCK_OFF, date(2023, 5, 1))
    records.change_status(m["D"].id, MemberStatus.ACTIVE, date(2025, 8, 15), note="phục hồi")
    records.change_status(m["H"].id, MemberStatus.EXEMPT, date(2024, 1, 1))
    records.change_status(m["I"].id, MemberStatus.EXPELLED, date(2025, 2, 1))
    transfers.save(
        Transfer(
            id=new_id(), kind=TransferKind.OFFICIAL, direction=TransferDirection.OUT,
            decided_on=date(2025, 3, 10), member_id=m["B"].id, from_unit_id=dong.id,
            other_organisation="Đảng bộ phường Quang Trung",
        )
    )  # fmt: skip
    transfers.save(
        Transfer(
            id=new_id(), kind=TransferKind.OFFICIAL, direction=TransferDirection.INTERNAL,
            decided_on=date(2025, 10, 1), member_id=m["G"].id, from_unit_id=dong.id,
            to_unit_id=doai.id, arrived_on=date(2025, 10, 5),
        )
    )  # fmt: skip
    # F arrives with an official transfer: counted from the arrival, not from the admission.
    arriving = draft(
        "Đặng Thị Phương", unit_id=school.id, birth_date=date(1985, 10, 10),
        admission_date=date(2015, 3, 3), official_date=date(2016, 3, 3), education="12/12",
        qualification="Thạc sĩ", theory_level=TheoryLevel.ADVANCED, **women,
    )  # fmt: skip
    transfers.receive(
        Transfer(
            id=new_id(), kind=TransferKind.OFFICIAL, direction=TransferDirection.IN,
            decided_on=date(2025, 9, 1), to_unit_id=school.id, arrived_on=date(2025, 9, 20),
            other_organisation="Đảng bộ xã Hòa Bình", person_name=arriving.full_name,
        ),
        arriving,
    )  # fmt: skip
    # K is active here for a few months on a temporary transfer: the host does not count them.
    guest = draft("Mai Văn Khải", admission_date=date(2008, 8, 8), official_date=date(2009, 8, 8))
    transfers.receive(
        Transfer(
            id=new_id(), kind=TransferKind.TEMPORARY, direction=TransferDirection.IN,
            decided_on=date(2025, 5, 1), to_unit_id=dong.id, arrived_on=date(2025, 5, 5),
            ends_on=date(2025, 11, 1), other_organisation="Đảng bộ xã Hòa Bình",
            person_name=guest.full_name,
        ),
        guest,
    )  # fmt: skip
    saved = {key: workspace.members.get(member.id) for key, member in m.items()}
    saved["F"] = workspace.members.get(arriving.id)
    return Commune({k: v for k, v in saved.items() if v is not None}, dong, doai, school)


def assert_adds_up(figures: IncreaseDecrease) -> None:
    assert figures.carried_over + figures.increases - figures.decreases == figures.end_of_period
    assert figures.balanced


def test_the_whole_commune_over_a_year(workspace: Workspace, history: Commune) -> None:
    # When Biểu 1 is computed for 2025 over the whole commune
    figures = workspace.statistics.increase_decrease(None, YEAR_START, YEAR_END)

    # Then on 31/12/2024: A, B, C, G, H (exempt, still counted) and I — not D (struck off in
    # 2023), not F (not arrived), nor the guest K
    assert figures.carried_over == 6
    assert figures.admitted == 2  # L on 1 January, E in April
    assert figures.transferred_in == 1  # F (admitted elsewhere in 2015)
    assert figures.restored == 1  # D
    assert (figures.moved_in, figures.moved_out) == (0, 0)  # G moved inside the commune
    assert figures.increases == 4
    assert figures.died == 1  # C
    assert figures.expelled == 1  # I
    assert figures.transferred_out == 1  # B
    assert (figures.struck_off, figures.resigned) == (0, 0)
    assert figures.decreases == 3
    assert figures.end_of_period == 7  # A, D, E, F, G, H, L
    assert_adds_up(figures)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        # carried, admitted, transferred in, moved in, restored, died, expelled, transferred
        # out, moved out, end
        ("dong", (4, 1, 0, 0, 0, 1, 0, 1, 1, 2)),  # A B C G → A L
        ("doai", (1, 1, 0, 1, 1, 0, 1, 0, 0, 3)),  # I → D E G
        ("school", (1, 0, 1, 0, 0, 0, 0, 0, 0, 2)),  # H → H F
    ],
)
def test_one_cell_counts_moves_across_its_edge(
    workspace: Workspace, history: Commune, cell: str, expected: tuple[int, ...]
) -> None:
    unit = getattr(history, cell)
    f = workspace.statistics.increase_decrease(unit.id, YEAR_START, YEAR_END)
    assert (
        f.carried_over, f.admitted, f.transferred_in, f.moved_in, f.restored, f.died,
        f.expelled, f.transferred_out, f.moved_out, f.end_of_period,
    ) == expected  # fmt: skip
    assert_adds_up(f)


def test_a_period_of_part_of_the_year(workspace: Workspace, history: Commune) -> None:
    # Between 16/05 and 30/09: C dies, D is restored, F arrives; G has not moved yet
    f = workspace.statistics.increase_decrease(None, date(2025, 5, 16), date(2025, 9, 30))
    assert (f.carried_over, f.increases, f.decreases, f.end_of_period) == (6, 2, 1, 7)
    assert (f.restored, f.transferred_in, f.died) == (1, 1, 1)
    assert_adds_up(f)


def test_the_profile_before_and_after_the_changes(workspace: Workspace, history: Commune) -> None:
    # On 15/05/2025: A, C (not dead yet), E, G, H, L
    before = workspace.statistics.profile(None, MID_MAY)
    assert (before.total, before.official, before.probationary) == (6, 4, 2)
    assert before.women == 3  # A, E, H
    assert before.minorities == 2  # E (Tày), H (Mường)
    assert before.by_ethnicity == (("Kinh", 4), ("Tày", 1), ("Mường", 1))
    assert before.religious == 2
    assert before.by_religion == (("Không", 4), ("Phật giáo", 1), ("Công giáo", 1))
    # ≤30: E (29), L (25); 41–50: A (49); 51–60: G (59); 61–70: H (70); >70: C (85)
    assert before.by_age_band == (2, 0, 1, 1, 1, 1)
    assert before.age_unknown == 0
    assert before.by_education == (("12/12", 3), ("10/10", 2), ("7/10", 1))
    assert before.by_qualification == (
        ("Không", 2), ("Trung cấp", 1), ("Đại học", 2), ("", 1),
    )  # fmt: skip
    assert before.by_theory == (
        (None, 3), (TheoryLevel.ELEMENTARY, 1), (TheoryLevel.INTERMEDIATE, 2),
        (TheoryLevel.ADVANCED, 0), (TheoryLevel.BACHELOR, 0),
    )  # fmt: skip
    assert before.by_status == (
        (MemberStatus.ACTIVE, 5), (MemberStatus.EXEMPT, 1), (MemberStatus.SUSPENDED, 0),
    )  # fmt: skip
    assert before.exempt == 1
    assert dict(before.cells_by_kind)[CellKind.RESIDENTIAL] == 2
    assert dict(before.cells_by_kind)[CellKind.SCHOOL] == 1
    assert before.cells == 3

    # On 31/12/2025: C died, D restored, F arrived; H turned 71, E 30
    after = workspace.statistics.profile(None, YEAR_END)
    assert (after.total, after.official, after.probationary) == (7, 5, 2)
    assert after.women == 4  # A, E, F, H
    assert after.minorities == 3  # D, E, H
    assert after.by_ethnicity == (("Kinh", 4), ("Tày", 2), ("Mường", 1))
    assert (after.religious, after.by_religion) == (1, (("Không", 6), ("Công giáo", 1)))
    assert after.by_age_band == (2, 1, 1, 2, 0, 1)
    assert after.by_education == (("12/12", 5), ("10/10", 2))
    assert after.by_qualification == (
        ("Không", 1), ("Trung cấp", 2), ("Đại học", 2), ("Thạc sĩ", 1), ("", 1),
    )  # fmt: skip
    assert after.by_theory == (
        (None, 2), (TheoryLevel.ELEMENTARY, 2), (TheoryLevel.INTERMEDIATE, 2),
        (TheoryLevel.ADVANCED, 1), (TheoryLevel.BACHELOR, 0),
    )  # fmt: skip
    assert after.exempt == 1


def test_the_profile_of_one_cell_follows_the_move(workspace: Workspace, history: Commune) -> None:
    # G was in Đông until the move arrived on 05/10/2025
    assert workspace.statistics.profile(history.dong.id, MID_MAY).total == 4  # A C G L
    assert workspace.statistics.profile(history.dong.id, YEAR_END).total == 2  # A L
    doai = workspace.statistics.profile(history.doai.id, YEAR_END)
    assert doai.total == 3  # D E G
    assert doai.cells == 1


def test_the_roll_today_matches_the_roster(workspace: Workspace, history: Commune) -> None:
    # Today (after J's admission) the rebuilt roll is the roster's, less the temporary guest
    today = workspace.statistics.profile(None, date.today())
    on_roster = sum(workspace.units.member_count(u.id) for u in workspace.units.all())
    assert today.total == on_roster - 1 == 8


def test_a_dissolved_cell_is_not_counted_after_its_dissolution(
    workspace: Workspace, history: Commune
) -> None:
    workspace.transfers.dissolve_into(history.school.id, history.dong.id, date(2026, 2, 1))
    before = workspace.statistics.profile(None, date(2026, 1, 31))
    after = workspace.statistics.profile(None, date(2026, 2, 1))
    assert dict(before.cells_by_kind)[CellKind.SCHOOL] == 1
    assert dict(after.cells_by_kind)[CellKind.SCHOOL] == 0
    # and its members moved (H, F, J; H exempt), counted in Đông from that day
    assert workspace.statistics.profile(history.dong.id, date(2026, 1, 31)).total == 2
    assert workspace.statistics.profile(history.dong.id, date(2026, 2, 1)).total == 5
    moved = workspace.statistics.increase_decrease(
        history.dong.id, date(2026, 1, 1), date(2026, 2, 1)
    )
    assert (moved.moved_in, moved.carried_over, moved.end_of_period) == (3, 2, 5)
    assert_adds_up(moved)


def test_admission_rate_with_both_bases(workspace: Workspace, history: Commune) -> None:
    stats = workspace.statistics
    # 2025: E and L admitted; 6 members on 31/12/2024, 7 on 1/1/2025 (L admitted that day)
    default = stats.admission_rate(None, 2025)
    assert (default.base, default.base_date) == (
        AdmissionBase.PREVIOUS_YEAR_END,
        date(2024, 12, 31),
    )
    assert (default.admitted, default.members_at_base, default.percent) == (2, 6, 33.33)
    start = stats.admission_rate(None, 2025, base="year_start")
    assert (start.base_date, start.admitted, start.members_at_base) == (date(2025, 1, 1), 2, 7)
    assert start.percent == 28.57
    # 2026: J, against the 7 at the end of 2025
    assert stats.admission_rate(None, 2026).percent == 14.29
    # A cell: Đoài admitted E in 2025 and had I alone on 31/12/2024
    assert stats.admission_rate(history.doai.id, 2025).percent == 100.0
    # Nobody on the roll at the base date: no rate
    assert stats.admission_rate(None, 1960).percent is None


def test_a_history_that_does_not_add_up_names_the_member(
    workspace: Workspace, history: Commune, add_member: MakeMember
) -> None:
    # Given a member admitted in March 2025 whose death was entered with the wrong year
    wrong = add_member("Tạ Văn Sai", admission_date=date(2025, 3, 1), official_date=None)
    workspace.records.change_status(wrong.id, MemberStatus.DIED, date(2024, 12, 1))

    # When Biểu 1 is computed for 2025
    figures = workspace.statistics.increase_decrease(None, YEAR_START, YEAR_END)

    # Then the admission counts but the member never was on the roll: the check says who
    assert figures.admitted == 3
    assert figures.end_of_period == 7
    assert figures.expected_end == 8
    assert not figures.balanced
    assert figures.unexplained == (MemberRef(wrong.id, "Tạ Văn Sai"),)


def test_demo_members_without_a_status_log_count_from_their_status_date(
    workspace: Workspace, draft: MakeMember
) -> None:
    # Given a member stored as died on 10/04/2025 with no status change logged (as the demo and
    # roster imports store them)
    died = draft("Kiều Văn Cũ", status=MemberStatus.DIED, status_date=date(2025, 4, 10))
    with workspace.store.transaction():
        workspace.store.insert_new([died])

    # Then they were on the roll before that date and left it that day
    assert workspace.statistics.profile(None, date(2025, 4, 9)).total == 1
    assert workspace.statistics.profile(None, date(2025, 4, 10)).total == 0
    figures = workspace.statistics.increase_decrease(None, YEAR_START, YEAR_END)
    assert (figures.carried_over, figures.died, figures.end_of_period) == (1, 1, 0)
    assert_adds_up(figures)


def test_a_period_that_ends_before_it_starts_is_refused(workspace: Workspace) -> None:
    with pytest.raises(ValueError):
        workspace.statistics.increase_decrease(None, YEAR_END, YEAR_START)
