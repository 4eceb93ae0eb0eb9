"""The demo-data generator: deterministic, realistic, and every record valid."""

from __future__ import annotations

import dataclasses
import itertools
import math
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from uuid import UUID

import pytest

from chibo_desktop.domain.catalogues import ETHNICITIES, NO_RELIGION, RELIGIONS
from chibo_desktop.domain.dates import age_on
from chibo_desktop.domain.demo import (
    CELLS_PER_COMMUNE,
    IN_USE_DAYS,
    MAX_CELLS,
    NEW_CARDS_FROM,
    DemoGenerator,
    DemoReviews,
    DemoSpec,
)
from chibo_desktop.domain.entities import Member
from chibo_desktop.domain.enums import CellKind, Gender, MemberStatus, SiteRole, UnitLevel
from chibo_desktop.domain.validation import normalise_member, validate_member

TODAY = date(2026, 11, 21)
VIETNAM = timezone(timedelta(hours=7))


def generator(members: int = 3000, cells: int = 20, years: int = 2, seed: int = 1,
              today: date = TODAY) -> DemoGenerator:  # fmt: skip
    # Real codes come from the setup service; here any unique code will do.
    numbers = itertools.count(1)
    return DemoGenerator(
        DemoSpec(members=members, cells=cells, years=years, seed=seed, today=today),
        code_for=lambda name: f"U{next(numbers)}",
    )


@pytest.fixture(scope="module")
def commune_members() -> list[Member]:
    return list(generator().members())


def share(members: list[Member], predicate) -> float:
    return sum(1 for m in members if predicate(m)) / len(members)


# -- determinism -----------------------------------------------------------------------------


def test_same_seed_and_day_give_identical_tree_and_members() -> None:
    # Given two generators with the same settings
    first, second = generator(seed=7), generator(seed=7)

    # Then the site, every unit and every member are identical, UUIDs included
    assert first.tree == second.tree
    assert list(first.members()) == list(second.members())


def test_members_are_the_same_on_every_call() -> None:
    demo = generator(members=500)
    assert list(demo.members()) == list(demo.members())


def test_a_different_seed_gives_different_records() -> None:
    first, second = generator(seed=1), generator(seed=2)

    assert first.tree.site.id != second.tree.site.id
    assert {u.id for u in first.tree.units}.isdisjoint(u.id for u in second.tree.units)
    first_members, second_members = list(first.members()), list(second.members())
    assert {m.id for m in first_members}.isdisjoint(m.id for m in second_members)
    assert [m.full_name for m in first_members] != [m.full_name for m in second_members]


# -- ids: time-ordered, from the day each record would have been entered ---------------------


def entered_on(value: UUID) -> date:
    """The day, Vietnam time, of a UUIDv7's moment."""
    return datetime.fromtimestamp((value.int >> 80) / 1000, VIETNAM).date()


def entry_day(demo: DemoGenerator, about: date) -> date:
    """The day a record about ``about`` is entered: not before the first day of use, not after
    today."""
    return min(max(about, demo.entry.started_on), TODAY)


def test_tree_and_roster_are_entered_on_the_first_day_of_use_one_after_another() -> None:
    demo = generator()
    low, high = IN_USE_DAYS
    started = demo.entry.started_on
    assert TODAY - timedelta(days=high) <= started <= TODAY - timedelta(days=low)

    units, members = [u.id for u in demo.tree.units], [m.id for m in demo.members()]
    ids = [demo.tree.site.id, *units, *members]
    assert len(set(ids)) == len(ids)
    assert {i.version for i in ids} == {7}
    assert {entered_on(i) for i in ids} == {started}
    # Ids sort in the order the records were made
    assert units == sorted(units)
    assert members == sorted(members)


def test_each_seed_begins_on_its_own_day() -> None:
    days = {generator(members=0, seed=seed).entry.started_on for seed in range(1, 11)}
    assert len(days) == 10


def test_evaluations_are_entered_on_the_review_day() -> None:
    demo = generator(members=400, cells=6)
    drawn = [i for i in demo.with_reviews(demo.members()) if isinstance(i, DemoReviews)]
    # One review day each December, the same every year (archive years included)
    [review_day] = {y.review_on.day for r in drawn for y in r.years}
    evaluations = [e for r in drawn for e in (*r.units, *r.members)]
    assert {e.id.version for e in evaluations} == {7}
    assert all(
        entered_on(e.id) == entry_day(demo, date(e.year, 12, review_day)) for e in evaluations
    )
    years = [y for r in drawn for y in r.years]
    assert all(entered_on(y.id) == entry_day(demo, y.opened_on) for y in years)
    posts = [p for r in drawn for p in r.posts]
    assert posts
    assert all(entered_on(p.id) == entry_day(demo, p.started_on) for p in posts)


def test_a_meetings_roll_and_tasks_are_entered_on_its_day_in_order() -> None:
    demo = generator(members=200, cells=4)
    cells = list(demo.meetings(list(demo.members())))
    planned = entry_day(demo, date(TODAY.year, 1, 2))
    for cell in cells:
        assert {entered_on(i) for i in (cell.plan.id, *(m.id for m in cell.meetings))} == {planned}
        held = {m.id: m.held_on for m in cell.meetings if m.held_on is not None}
        for meeting_id, day in held.items():
            roll = [a.id for a in cell.attendance if a.meeting_id == meeting_id]
            tasks = [t.id for t in cell.tasks if t.meeting_id == meeting_id]
            assert roll and tasks
            assert {entered_on(i) for i in roll + tasks} == {entry_day(demo, day)}
            assert roll + tasks == sorted(roll + tasks)
    assert sum(len(c.attendance) for c in cells) > 1000


# -- the organisation tree -------------------------------------------------------------------


def test_up_to_sixty_cells_make_one_commune() -> None:
    tree = generator(cells=20).tree

    root, *cells = tree.units
    assert tree.site.role is SiteRole.COMMUNE
    assert tree.site.name.startswith("Văn phòng Đảng ủy xã ")
    assert tree.site.unit_id == root.id
    assert root.level is UnitLevel.COMMUNE and root.parent_id is None
    assert root.name == f"Đảng bộ xã {tree.site.place_name}"
    assert len(cells) == 20
    assert all(c.level is UnitLevel.CELL and c.parent_id == root.id for c in cells)
    assert all(c.name.startswith("Chi bộ ") for c in cells)


def test_a_commune_mixes_residential_agency_and_school_cells() -> None:
    for cells in (8, 20, 60):
        kinds = Counter(u.kind for u in generator(cells=cells).tree.units if u.is_cell)
        assert kinds[CellKind.RESIDENTIAL] > cells / 2
        assert kinds[CellKind.AGENCY] >= 1
        assert kinds[CellKind.SCHOOL] >= 1
    large = Counter(u.kind for u in generator(cells=40).tree.units if u.is_cell)
    assert {CellKind.HEALTH, CellKind.MILITARY, CellKind.POLICE} <= set(large)


def test_cell_names_are_unique_within_a_commune() -> None:
    for seed in range(1, 6):
        names = [u.name for u in generator(cells=60, seed=seed).tree.units]
        assert len(set(names)) == len(names)


def test_more_than_sixty_cells_make_a_province_of_communes() -> None:
    tree = generator(members=1000, cells=95).tree

    root = tree.units[0]
    communes = [u for u in tree.units if u.level is UnitLevel.COMMUNE]
    cells = [u for u in tree.units if u.is_cell]
    assert tree.site.role is SiteRole.UPPER
    assert tree.site.name == f"Văn phòng Tỉnh ủy {tree.province.name}"
    assert root.level is UnitLevel.PROVINCE
    assert len(communes) == math.ceil(95 / CELLS_PER_COMMUNE)
    assert all(c.parent_id == root.id for c in communes)
    assert len(cells) == 95
    per_commune = Counter(c.parent_id for c in cells)
    assert set(per_commune) == {c.id for c in communes}
    assert max(per_commune.values()) - min(per_commune.values()) <= 1
    assert len({c.name for c in communes}) == len(communes)


def test_every_parent_comes_before_its_children() -> None:
    seen = set()
    for unit in generator(members=100, cells=130).tree.units:
        assert unit.parent_id is None or unit.parent_id in seen
        seen.add(unit.id)


# -- the members -----------------------------------------------------------------------------


def test_members_are_spread_over_every_cell(commune_members: list[Member]) -> None:
    demo = generator()
    per_cell = Counter(m.unit_id for m in commune_members)

    assert len(commune_members) == 3000
    assert set(per_cell) == {u.id for u in demo.tree.units if u.is_cell}
    assert min(per_cell.values()) >= 3  # the Charter's minimum for a cell


def test_every_member_is_valid_and_in_stored_form(commune_members: list[Member]) -> None:
    province_members = list(generator(members=2000, cells=70, years=5, seed=11).members())
    for member in commune_members + province_members:
        assert validate_member(member, TODAY) == [], member
        assert normalise_member(member) == member


def test_family_names_follow_the_national_spread(commune_members: list[Member]) -> None:
    families = Counter(m.full_name.split(" ")[0] for m in commune_members)
    ranked = [name for name, _ in families.most_common()]

    assert ranked[0] == "Nguyễn"
    assert 0.30 <= families["Nguyễn"] / len(commune_members) <= 0.40
    assert {"Trần", "Lê"} <= set(ranked[1:4])
    assert len(families) >= 25


def test_names_have_family_middle_and_given_names_by_gender(
    commune_members: list[Member],
) -> None:
    men = [m for m in commune_members if m.gender is Gender.MALE]
    women = [m for m in commune_members if m.gender is Gender.FEMALE]

    assert 0.25 <= len(women) / len(commune_members) <= 0.5
    assert all(len(m.full_name.split(" ")) >= 3 for m in commune_members)
    assert share(men, lambda m: " Văn " in m.full_name) > 0.2
    assert share(women, lambda m: " Thị " in m.full_name) > 0.3
    assert not any(" Thị " in m.full_name for m in men)
    assert 0 < share(commune_members, lambda m: m.other_name != "") < 0.06


def test_mostly_kinh_with_several_minorities_and_mostly_no_religion(
    commune_members: list[Member],
) -> None:
    ethnicities = Counter(m.ethnicity for m in commune_members)
    religions = Counter(m.religion for m in commune_members)

    assert set(ethnicities) <= set(ETHNICITIES)
    assert ethnicities.most_common(1)[0][0] == "Kinh"
    assert ethnicities["Kinh"] / len(commune_members) > 0.8
    assert len(ethnicities) >= 4
    assert set(religions) <= set(RELIGIONS)
    assert religions[NO_RELIGION] / len(commune_members) > 0.8
    assert len(religions) >= 2


def test_ages_and_admission_ages_are_plausible(commune_members: list[Member]) -> None:
    for m in commune_members:
        assert date(1940, 1, 1) <= m.birth_date
        assert age_on(m.birth_date, TODAY) >= 20
        assert 18 <= age_on(m.birth_date, m.admission_date) <= 55
        assert m.admission_date <= TODAY
    assert share(commune_members, lambda m: age_on(m.birth_date, TODAY) >= 70) > 0.05
    assert share(commune_members, lambda m: age_on(m.birth_date, TODAY) < 40) > 0.1


def test_probationary_members_were_admitted_in_the_last_probation_period(
    commune_members: list[Member],
) -> None:
    probationary = [m for m in commune_members if m.official_date is None]

    assert 0.01 < len(probationary) / len(commune_members) < 0.08
    # Twelve months of probation, then up to about six weeks until the cell recognises them.
    for m in probationary:
        assert TODAY - timedelta(days=365 + 41) < m.admission_date <= TODAY
        assert m.party_card == ""  # cards are issued on recognition
    for m in commune_members:
        if m.official_date is not None:
            assert m.official_date <= TODAY
            assert 365 + 7 <= (m.official_date - m.admission_date).days <= 366 + 40


def test_each_recent_year_brings_new_admissions() -> None:
    def admitted_per_year(years: int) -> list[float]:
        members = list(generator(members=5000, years=years).members())
        ends = [TODAY - timedelta(days=365 * back) for back in range(4)]
        return [
            share(members, lambda m, s=start, e=end: s < m.admission_date <= e)
            for end, start in itertools.pairwise(ends)
        ]

    # Given three recent years, each has its 2–4% of new members
    assert all(0.02 <= rate <= 0.05 for rate in admitted_per_year(3))
    # Without recent years, last year has fewer (only the older members' random dates)
    assert admitted_per_year(0)[0] < admitted_per_year(3)[0]


def test_a_few_members_are_exempt_dead_or_transferred_out(
    commune_members: list[Member],
) -> None:
    statuses = Counter(m.status for m in commune_members)
    exempt = [m for m in commune_members if m.status is MemberStatus.EXEMPT]
    moved = [m for m in commune_members if m.status is MemberStatus.TRANSFERRED_OUT]

    assert statuses.most_common(1)[0][0] is MemberStatus.ACTIVE
    assert 0.003 <= len(exempt) / len(commune_members) <= 0.05
    assert 0.003 <= len(moved) / len(commune_members) <= 0.03
    assert all(age_on(m.birth_date, m.status_date) >= 69 for m in exempt)
    assert all(m.official_date and m.official_date <= m.status_date for m in exempt)
    assert all(m.admission_date < m.status_date <= TODAY for m in moved)
    assert all(
        (m.status is MemberStatus.ACTIVE) == (m.status_date is None) for m in commune_members
    )


def test_identity_numbers_are_well_formed_and_unique(commune_members: list[Member]) -> None:
    ids = [m.personal_id for m in commune_members]
    cards = [m.party_card for m in commune_members if m.party_card]

    assert len(set(ids)) == len(ids)
    assert len(set(cards)) == len(cards)
    for m in commune_members:
        century_gender = (m.birth_date.year // 100 - 19) * 2 + (m.gender is Gender.FEMALE)
        assert len(m.personal_id) == 12 and m.personal_id.isdigit()
        assert m.personal_id[3:6] == f"{century_gender}{m.birth_date.year % 100:02d}"
        if m.official_date and m.official_date >= NEW_CARDS_FROM:
            assert len(m.party_card) == 12
    assert Counter(len(c) for c in cards).keys() == {8, 12}
    assert Counter(len(c) for c in cards)[8] > len(cards) / 2


def test_phones_are_vietnamese_mobile_numbers(commune_members: list[Member]) -> None:
    phones = [m.phone for m in commune_members if m.phone]

    assert len(phones) > 0.7 * len(commune_members)
    assert all(len(p) == 10 and p.isdigit() and p[:2] in ("09", "03") for p in phones)
    assert {p[:2] for p in phones} == {"09", "03"}


def test_settings_out_of_range_are_reported() -> None:
    spec = DemoSpec(members=-1, cells=0, years=2, seed=1, today=TODAY)

    assert spec.out_of_range() == [("members", 0, 1_000_000), ("cells", 1, MAX_CELLS)]
    with pytest.raises(ValueError):
        DemoGenerator(spec, code_for=str)
    assert dataclasses.replace(spec, members=0, cells=1).out_of_range() == []
