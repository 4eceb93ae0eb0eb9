"""A commune's 2026 review built through the services, with the figures its classification report
must show, worked out by hand (the JSON's keys).

Chi bộ thôn Đông: 9 on the roll — exempt, suspended, admitted on 01/09/2026 (too new), a member
temporarily active elsewhere (rated here) and six rated: 1 HTXSNV, 4 HTTNV, 1 HTNV (cap 25.00%,
over the ordinary 20%). Chi bộ thôn Đoài: 7 on the roll, six rated (1 HTXSNV, 4 HTTNV, 1 KHTNV)
and one not yet; the commune allowed it the 25% cap by a decision (25.00%: kept). The school:
two members, nobody rated, newly formed. 2025: four members rated (2 HTXSNV, 1 HTTNV, 1 HTNV).
"""

from __future__ import annotations

from datetime import date
from uuid import UUID

from services.conftest import member_draft

from chibo_desktop.domain.entities import Member, Transfer, Unit, new_id
from chibo_desktop.domain.enums import MemberStatus, TransferDirection, TransferKind
from chibo_desktop.domain.evaluation import MemberEvaluation, UnitEvaluation
from chibo_desktop.domain.rules import Level
from chibo_desktop.services.workspace import Workspace

YEAR = 2026
REVIEW = date(2026, 12, 15)
E, G, C, N = Level.EXCELLENT, Level.GOOD, Level.COMPLETED, Level.NOT_COMPLETED
EXCEPTION = "Quyết định số 07-QĐ/ĐU ngày 10/12/2026"
AWAY_WITH = "Đảng bộ Công ty Xây dựng số 4, Hà Nội"
DONG, DOAI, SCHOOL = "Chi bộ thôn Đông", "Chi bộ thôn Đoài", "Chi bộ Trường Tiểu học Tân Lập"

_ZERO = {"exempt": 0, "suspended": 0, "new_under_6_months": 0, "temporarily_elsewhere": 0}
EXPECTED: dict[str, dict[str, object]] = {
    DONG: {
        "total": 9,
        "exempt": 1,
        "suspended": 1,
        "new_under_6_months": 1,
        "temporarily_elsewhere": 1,
        "required": 6,
        "reviewed": 6,
        "HTXSNV": 1,
        "HTTNV": 4,
        "HTNV": 1,
        "KHTNV": 0,
        # 1/6, 4/6, 1/6: the odd hundredths go to the largest remainders, ties to the better
        "pct_HTXSNV": 16.67,
        "pct_HTTNV": 66.67,
        "pct_HTNV": 16.66,
        "pct_KHTNV": 0.0,
        "cap_ratio": 25.0,
        "cap_percent": 20,
        "cap_kept": False,
        "cap_exception_decision": None,
        "unit_self_level": "HTTNV",
        "unit_final_level": "HTTNV",
    },
    DOAI: {
        "total": 7,
        **_ZERO,
        "required": 7,
        "reviewed": 6,
        "HTXSNV": 1,
        "HTTNV": 4,
        "HTNV": 0,
        "KHTNV": 1,
        "pct_HTXSNV": 16.67,
        "pct_HTTNV": 66.67,
        "pct_HTNV": 0.0,
        "pct_KHTNV": 16.66,
        "cap_ratio": 25.0,
        "cap_percent": 25,
        "cap_kept": True,
        "cap_exception_decision": EXCEPTION,
        "unit_self_level": "HTXSNV",
        "unit_final_level": "HTTNV",
    },
    SCHOOL: {
        "total": 2,
        **_ZERO,
        "required": 2,
        "reviewed": 0,
        "HTXSNV": 0,
        "HTTNV": 0,
        "HTNV": 0,
        "KHTNV": 0,
        "pct_HTXSNV": None,
        "pct_HTTNV": None,
        "pct_HTNV": None,
        "pct_KHTNV": None,
        "cap_ratio": None,
        "cap_percent": 20,
        "cap_kept": True,
        "cap_exception_decision": None,
        "unit_self_level": None,
        "unit_final_level": None,
    },
}
EXPECTED_TOTAL: dict[str, object] = {
    "total": 18,
    "exempt": 1,
    "suspended": 1,
    "new_under_6_months": 1,
    "temporarily_elsewhere": 1,
    "required": 15,
    "reviewed": 12,
    "HTXSNV": 2,
    "HTTNV": 8,
    "HTNV": 1,
    "KHTNV": 1,
    "pct_HTXSNV": 16.67,
    "pct_HTTNV": 66.67,
    "pct_HTNV": 8.33,
    "pct_KHTNV": 8.33,
    "cap_ratio": 25.0,
    "cap_percent": 20,
    "cap_kept": False,
    "cap_exception_decision": None,
    "unit_self_level": "HTTNV",
    "unit_final_level": None,
}
EXPECTED_ORGANISATIONS: dict[str, object] = {
    "total": 3,
    "HTXSNV": 0,
    "pct_HTXSNV": 0.0,
    "HTTNV": 2,
    "pct_HTTNV": 66.67,
    "HTNV": 0,
    "pct_HTNV": 0.0,
    "KHTNV": 0,
    "pct_KHTNV": 0.0,
    "newly_formed": 1,
    "pct_newly_formed": 33.33,
    "not_yet_classified": 0,
    "pct_not_yet_classified": 0.0,
}
EXPECTED_HISTORY = [
    {
        "year": 2025,
        "reviewed": 4,
        "HTXSNV": 2,
        "HTTNV": 1,
        "HTNV": 1,
        "KHTNV": 0,
        "pct_HTXSNV": 50.0,
        "pct_HTTNV": 25.0,
        "pct_HTNV": 25.0,
        "pct_KHTNV": 0.0,
        "cap_ratio": 200.0,
        "unit_level": None,
    }
]


def rate(
    ws: Workspace, member: Member, year: int, level: Level | None, scores: bool = True
) -> None:
    """The member's year with the same level at every stage (scores under the 2025 profile)."""
    points = {"general_score": 27, "task_score": 60} if scores and level else {}
    ws.evaluations.save_member(
        MemberEvaluation(
            id=new_id(),
            member_id=member.id,
            year=year,
            unit_id=member.unit_id,
            self_level=level,
            proposed_level=level,
            final_level=level,
            **points,  # type: ignore[arg-type]
        )
    )


def rate_unit(ws: Workspace, unit_id: UUID, year: int, **values: object) -> None:
    ws.evaluations.save_unit(UnitEvaluation(id=new_id(), unit_id=unit_id, year=year, **values))  # type: ignore[arg-type]


def build(ws: Workspace) -> dict[str, Member]:
    """The commune of ``tests/conftest.py``'s ``workspace`` with its 2025 and 2026 reviews;
    the members by name."""
    units = {u.name: u for u in ws.units.all()}
    site = ws.site
    assert site is not None and site.unit_id is not None
    commune_id = site.unit_id
    people: dict[str, Member] = {}

    def add(name: str, cell: Unit, **changes: object) -> Member:
        draft = member_draft(cell.id, name, **changes)
        ws.members.add(draft)
        saved = ws.members.get(draft.id)
        assert saved is not None
        people[name] = saved
        return saved

    dong, doai, school = units[DONG], units[DOAI], units[SCHOOL]
    for name in ("Nguyễn Văn Bình", "Trần Thị Lan", "Lê Văn Tám", "Phạm Văn Hùng", "Vũ Thị Hoa"):
        add(name, dong)
    add("Đặng Văn Sơn", dong, birth_date=date(1968, 1, 2))
    add("Đỗ Văn Nam", dong, status=MemberStatus.EXEMPT, status_date=date(2024, 1, 2))
    add("Hoàng Văn Treo", dong)
    ws.records.change_status(people["Hoàng Văn Treo"].id, MemberStatus.SUSPENDED, date(2026, 4, 1))
    add("Lê Thị Mới", dong, admission_date=date(2026, 9, 1), official_date=None)
    for i in range(5):
        add(f"Phạm Văn Đoài {i}", doai)
    add("Bùi Văn Kém", doai)
    add("Trịnh Văn Chờ", doai)
    add("Bùi Thị Trường 0", school)
    add("Bùi Thị Trường 1", school)
    ws.transfers.save(
        Transfer(
            new_id(),
            TransferKind.TEMPORARY,
            TransferDirection.OUT,
            date(2026, 3, 1),
            member_id=people["Phạm Văn Hùng"].id,
            from_unit_id=dong.id,
            other_organisation=AWAY_WITH,
            moved_on=date(2026, 3, 1),
            ends_on=date(2027, 1, 31),
        )
    )

    ws.evaluations.open_year(commune_id, 2025)
    for name, level in (
        ("Nguyễn Văn Bình", E),
        ("Trần Thị Lan", G),
        ("Phạm Văn Đoài 0", E),
        ("Bùi Văn Kém", C),
    ):
        rate(ws, people[name], 2025, level)

    ws.evaluations.open_year(commune_id, YEAR, REVIEW)
    for name, level in (
        ("Nguyễn Văn Bình", E),
        ("Trần Thị Lan", G),
        ("Lê Văn Tám", G),
        ("Phạm Văn Hùng", G),
        ("Vũ Thị Hoa", G),
        ("Đặng Văn Sơn", C),
        ("Phạm Văn Đoài 0", E),
        ("Phạm Văn Đoài 1", G),
        ("Phạm Văn Đoài 2", G),
        ("Phạm Văn Đoài 3", G),
        ("Phạm Văn Đoài 4", G),
        ("Bùi Văn Kém", N),
    ):
        rate(ws, people[name], YEAR, level)
    rate_unit(ws, dong.id, YEAR, self_level=G, final_level=G)
    rate_unit(ws, doai.id, YEAR, self_level=E, final_level=G, cap_exception_decision=EXCEPTION)
    rate_unit(ws, school.id, YEAR, newly_formed=True)
    rate_unit(ws, commune_id, YEAR, self_level=G)
    return people
