"""Classification report documents built straight from domain values (no database), for the
report writers' tests: a commune of three cells whose figures are easy to check by hand."""

from __future__ import annotations

from datetime import date
from uuid import uuid4

from chibo_desktop.domain.evaluation import (
    AwardCandidate,
    ClassificationCounts,
    ClassificationReport,
    ClassificationRow,
    NotReviewed,
    UnitEvaluation,
    YearLevels,
    cap_check,
    organisation_counts,
)
from chibo_desktop.domain.rules import BUILTIN_PROFILES, ClassificationRules, Level
from chibo_desktop.reports import party_document as party
from chibo_desktop.reports.classification import (
    AnnexDocument,
    AnnexRow,
    CellAnnex,
    ClassificationDocument,
)

E, G, C, N = Level.EXCELLENT, Level.GOOD, Level.COMPLETED, Level.NOT_COMPLETED
YEAR = 2026
REVIEW = date(2026, 12, 15)
EXCEPTION = "Quyết định số 07-QĐ/ĐU ngày 10/12/2026"


def rules(code: str = "classification-2025-qd366") -> ClassificationRules:
    values = next(p for p in BUILTIN_PROFILES if p.code == code).values
    assert isinstance(values, ClassificationRules)
    return values


QD366 = rules()
QD124 = rules("classification-2023-qd124")

# Đông: 20 on the roll, 2 exempt, 1 suspended, 1 too new, 1 away; 16 rated: 3 / 12 / 1 / 0
# (18,75 / 75,00 / 6,25 / 0,00; HTXSNV/HTTNV 25,00 %: over the 20 % cap).
DONG_COUNTS = ClassificationCounts(
    total=20,
    exempt=2,
    suspended=1,
    new_under_6_months=1,
    temporarily_elsewhere=1,
    by_level=(3, 12, 1, 0),
)
# Đoài: 12 on the roll, 11 rated: 2 / 8 / 1 / 0 (18,18 / 72,73 / 9,09 / 0,00); the 25 % cap
# allowed by a decision: 25,00 % kept.
DOAI_COUNTS = ClassificationCounts(total=12, by_level=(2, 8, 1, 0))
# The school: 5 on the roll, nobody rated yet; newly formed.
SCHOOL_COUNTS = ClassificationCounts(total=5)


def annex_rows() -> tuple[AnnexRow, ...]:
    """Chi bộ thôn Đông's members as the annex lists them."""
    return (
        AnnexRow("Nguyễn Văn Bình", 1960, "2A", 28, 65, E, E, E, streak=5, notes="Bí thư chi bộ"),
        AnnexRow("Trần Thị Lan", 1972, "2C", 25, 55, G, G, G, streak=0),
        AnnexRow("Đỗ Văn Nam", 1941, not_reviewed=NotReviewed.EXEMPT, notes="Từ ngày 02/01/2024"),
        AnnexRow("Hoàng Văn Treo", 1980, not_reviewed=NotReviewed.SUSPENDED),
        AnnexRow(
            "Lê Thị Mới", 1998, not_reviewed=NotReviewed.NEW_MEMBER, notes="Kết nạp ngày 01/09/2026"
        ),
        AnnexRow(
            "Phạm Văn Hùng", 1985, "2C", 22, 50, C, G, C, notes="Sinh hoạt tạm thời tại Hà Nội"
        ),
    )


def document(
    annexes: bool = True, profile: ClassificationRules = QD366, rows: int | None = None
) -> ClassificationDocument:
    """The commune's report; ``rows`` repeats the annex's members up to that many (long lists)."""
    dong_eval = UnitEvaluation(uuid4(), uuid4(), YEAR, self_level=G, final_level=G)
    doai_eval = UnitEvaluation(
        uuid4(), uuid4(), YEAR, self_level=E, final_level=G, cap_exception_decision=EXCEPTION
    )
    school_eval = UnitEvaluation(uuid4(), uuid4(), YEAR, newly_formed=True)
    cap, exception = profile.excellent_cap_percent_of_good, profile.excellent_cap_exception_percent
    report_rows = (
        ClassificationRow(
            uuid4(), "Chi bộ thôn Đông", "CB-DONG", DONG_COUNTS,
            cap_check(DONG_COUNTS, cap, exception, ""), dong_eval,
        ),
        ClassificationRow(
            uuid4(), "Chi bộ thôn Đoài", "CB-DOAI", DOAI_COUNTS,
            cap_check(DOAI_COUNTS, cap, exception, EXCEPTION), doai_eval,
        ),
        ClassificationRow(
            uuid4(), "Chi bộ Trường Tiểu học Tân Lập", "CB-TH", SCHOOL_COUNTS,
            cap_check(SCHOOL_COUNTS, cap, exception, ""), school_eval,
        ),
    )  # fmt: skip
    total = DONG_COUNTS + DOAI_COUNTS + SCHOOL_COUNTS
    own = UnitEvaluation(uuid4(), uuid4(), YEAR, self_level=G)
    report = ClassificationReport(
        year=YEAR,
        unit_id=uuid4(),
        unit_name="Đảng bộ xã Tân Lập",
        profile_code="classification-2025-qd366",
        review_on=REVIEW,
        rows=report_rows,
        total=total,
        total_cap=cap_check(total, cap, exception, ""),
        unit_evaluation=own,
        organisations=organisation_counts([dong_eval, doai_eval, school_eval]),
        history=(YearLevels(2024, (2, 20, 3, 1), G), YearLevels(2025, (4, 22, 2, 0), G)),
        award_candidates=(AwardCandidate(uuid4(), "Nguyễn Văn Bình", "Chi bộ thôn Đông"),),
    )
    members = annex_rows()
    if rows is not None:
        members = tuple(members[n % len(members)] for n in range(rows))
    cells = (
        (
            CellAnnex(
                "Chi bộ thôn Đông", "CB-DONG", members, DONG_COUNTS, report_rows[0].cap, dong_eval
            ),
            CellAnnex(
                "Chi bộ Trường Tiểu học Tân Lập", "CB-TH", (), SCHOOL_COUNTS, report_rows[2].cap,
                school_eval,
            ),
        )
        if annexes
        else ()
    )  # fmt: skip
    return ClassificationDocument(
        report=report,
        unit_code="DB-TAN-LAP",
        rules=profile,
        profile_source="Quy định 366-QĐ/TW ngày 30/8/2025",
        header=party.DocumentHeader(
            issuer="Đảng ủy xã Tân Lập",
            superior="Đảng bộ tỉnh Bắc Ninh",
            place="Tân Lập",
            day=date(2026, 12, 20),
            number="Số    -BC/ĐU",
        ),
        signature=party.Signature("T/M ĐẢNG ỦY", "BÍ THƯ"),
        recipients=("- Đảng ủy tỉnh Bắc Ninh (để báo cáo);", "- Lưu Văn phòng Đảng ủy."),
        annexes=cells,
    )


def annex_document(rows: int | None = None) -> AnnexDocument:
    full = document(rows=rows)
    return AnnexDocument(
        annex=full.annexes[0],
        year=YEAR,
        review_on=REVIEW,
        rules=QD366,
        header=party.DocumentHeader(
            issuer="Chi bộ thôn Đông",
            superior="Đảng bộ xã Tân Lập",
            place="Tân Lập",
            day=date(2026, 12, 16),
        ),
        signature=party.Signature("T/M CHI BỘ", "BÍ THƯ", "Nguyễn Văn Bình"),
        recipients=("- Đảng ủy xã Tân Lập (để báo cáo);", "- Lưu Chi bộ."),
    )
