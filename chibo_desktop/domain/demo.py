"""Realistic, deterministic demo data: an organisation tree and its members.

Everything is drawn from one seeded ``random.Random`` (UUIDs included), so the same seed and the
same ``today`` give the same records on every machine. The UUIDs are time-ordered, as ``new_id``
makes them, from the moment each record would have been entered (``DataEntry``). Up to
``COMMUNE_MAX_CELLS`` cells make one commune (what an office installs); more make a province of
communes of about ``CELLS_PER_COMMUNE`` cells each (what an upper-level office receives), for
benchmarks.

The spreads follow the published statistics closely enough for screens, reports and search to be
tried on something that looks like a real roster: family names (Nguyễn ≈ 38% of the Kinh), middle
and given names by gender and generation, ethnic minorities concentrated in some communes, older
members in residential cells and working-age ones in agencies and schools, a few percent admitted
each recent year (the probationary ones among them), a few exempt, dead or transferred out.

The cells also get a year of meetings (``DemoGenerator.meetings``): monthly on each cell's day,
a thematic meeting each quarter, minutes with the roll, speeches, tasks reviewed at the next
meeting, votes and the quality score; finalised and adopted up to last month. A few of them
break the rules on purpose (a meeting too short, a member absent without reason a third time)
so that the rule checks have something to show. Asked for (``DemoSpec.meeting_years``), the
years before it too, every meeting held and adopted, running on into the next year.

And they get their annual evaluations (``DemoGenerator.with_reviews``): each cell's secretary,
deputy and committee, then every member required to review in the last years rated, with the
scores and task figures of the profile in force and about 14% HTXSNV within each cell's cap;
the year under review is open, the ones before it closed, and the first cells of the first
commune hold a case near each rule of the classification (``ReviewCase``). The cell's secretary
chairs its meetings.
"""

from __future__ import annotations

import dataclasses
import math
import random
from bisect import bisect
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from enum import StrEnum
from itertools import accumulate, pairwise
from typing import Any
from uuid import UUID

from chibo_desktop.domain.catalogues import ETHNICITIES, NO_RELIGION
from chibo_desktop.domain.dates import add_months, age_on
from chibo_desktop.domain.entities import (
    UUID7_RANDOM_BITS,
    Distinction,
    Member,
    PartyPost,
    Site,
    Transfer,
    Unit,
    uuid7,
)
from chibo_desktop.domain.enums import (
    CellKind,
    DisciplineLevel,
    DistinctionKind,
    Gender,
    MemberStatus,
    PostKind,
    SiteRole,
    TransferDirection,
    TransferKind,
    UnitLevel,
)
from chibo_desktop.domain.evaluation import (
    LEVELS,
    EvaluationYear,
    FormType,
    Leave,
    MemberEvaluation,
    UnitEvaluation,
    YearState,
    default_form,
    new_member_cutoff,
)
from chibo_desktop.domain.evaluation_rules import band_level
from chibo_desktop.domain.meeting_rules import minimum_minutes
from chibo_desktop.domain.meetings import (
    DEFAULT_AGENDAS,
    AgendaItem,
    Attendance,
    DocumentType,
    FeeStatus,
    Guest,
    Meeting,
    MeetingKind,
    MeetingPlan,
    MeetingState,
    MeetingTask,
    Minutes,
    MinutesRecord,
    Person,
    Presence,
    QualityMark,
    Speech,
    Standing,
    TaskResult,
    TaskReview,
    ThematicTopic,
    Vote,
    VoteKind,
)
from chibo_desktop.domain.rules import (
    BUILTIN_PROFILES,
    ClassificationRules,
    Level,
    MeetingRules,
    NoProfileInForce,
    ProfileKind,
    profile_in_force,
)
from chibo_desktop.domain.text import name_sort_key

COMMUNE_MAX_CELLS = 60
CELLS_PER_COMMUNE = 30
MAX_MEMBERS = 1_000_000
MAX_CELLS = 10_000
MAX_YEARS = 10
EARLIEST_BIRTH = date(1940, 1, 1)
MIN_AGE_TODAY = 20
ADMISSION_AGES = (18, 55)  # the rule is 18–60; members admitted after 55 are rare
NEW_CARDS_FROM = date(2025, 1, 1)  # 12-digit party cards
RECENT_ADMISSIONS_PER_YEAR = 0.03  # of the membership: 2–4% is the usual yearly figure
# Meetings are drawn for the first this many cells only: every cell of a commune, the first two
# communes of a province. A year of minutes costs about 0.12 s per cell (mostly hashing the
# finalised ones), so all 3,000 cells of a province would add minutes to a 100-second build.
MEETING_CELLS = COMMUNE_MAX_CELLS
# Members of minorities who moved from elsewhere belong to the larger groups, listed first.
_LARGE_GROUPS = 13
# The office began to use the program between a month and three years before ``today``.
IN_USE_DAYS = (30, 3 * 365)
# Records are entered in office hours, Vietnam time.
_VIETNAM = timezone(timedelta(hours=7))
_OFFICE_OPENS = time(7, 30)
_OFFICE_HOURS_MS = 9 * 3_600_000


@dataclass(frozen=True, slots=True)
class DemoSpec:
    members: int
    cells: int
    years: int  # the last ``years`` years each have new admissions
    seed: int
    today: date
    meeting_cells: int = MEETING_CELLS  # 0: no meetings
    meeting_years: int = 1  # this year's meetings and the ``meeting_years - 1`` years before

    def out_of_range(self) -> list[tuple[str, int, int]]:
        """(field, minimum, maximum) for each setting outside what the generator supports."""
        bounds = {
            "members": (0, MAX_MEMBERS),
            "cells": (1, MAX_CELLS),
            "years": (0, MAX_YEARS),
            "meeting_cells": (0, MAX_CELLS),
            "meeting_years": (1, MAX_YEARS),
        }
        return [
            (name, low, high)
            for name, (low, high) in bounds.items()
            if not low <= getattr(self, name) <= high
        ]


@dataclass(frozen=True, slots=True)
class Province:
    name: str
    id_code: str  # first three digits of a personal ID registered there
    south: bool  # ấp / khu phố, Huỳnh / Võ, nicknames by birth order
    minorities: tuple[str, ...]  # the ethnic groups living there, most numerous first


PROVINCES: tuple[Province, ...] = (
    Province("Thái Nguyên", "019", False, ("Tày", "Nùng", "Dao", "Sán Chay", "Sán Dìu", "Mông")),
    Province("Phú Thọ", "025", False, ("Mường", "Dao", "Sán Chay", "Tày", "Thái")),
    Province("Tuyên Quang", "008", False, ("Tày", "Dao", "Mông", "Sán Chay", "Nùng")),
    Province("Lạng Sơn", "020", False, ("Nùng", "Tày", "Dao", "Hoa", "Sán Chay")),
    Province("Sơn La", "014", False, ("Thái", "Mông", "Mường", "Dao", "Khơ Mú")),
    Province("Thanh Hóa", "038", False, ("Mường", "Thái", "Mông", "Dao", "Thổ")),
    Province("Nghệ An", "040", False, ("Thái", "Khơ Mú", "Mông", "Thổ", "Ơ Đu")),
    Province("Ninh Bình", "037", False, ("Mường", "Tày", "Dao", "Hoa")),
    Province("Đắk Lắk", "066", False, ("Ê Đê", "Mnông", "Gia Rai", "Tày", "Nùng")),
    Province("Lâm Đồng", "068", False, ("Cơ Ho", "Mạ", "Chu Ru", "Mnông", "Tày")),
    Province("Tây Ninh", "072", True, ("Khmer", "Hoa", "Chăm", "Tày")),
    Province("Đồng Nai", "075", True, ("Hoa", "Chơ Ro", "Xtiêng", "Tày", "Nùng")),
    Province("An Giang", "089", True, ("Khmer", "Chăm", "Hoa")),
    Province("Vĩnh Long", "086", True, ("Khmer", "Hoa")),
    Province("Cà Mau", "096", True, ("Khmer", "Hoa")),
)
_OTHER_ID_CODES = (
    "001", "022", "024", "027", "030", "031", "033", "034", "036", "042", "045", "046", "048",
    "049", "051", "052", "056", "064", "074", "079", "080", "082", "083", "087", "092", "094",
)  # fmt: skip

# Share of the Kinh population, in percent (Hoàng/Huỳnh and Vũ/Võ: the first form in the north).
_KINH: tuple[tuple[str, str, float], ...] = (
    ("Nguyễn", "Nguyễn", 38.4), ("Trần", "Trần", 11.0), ("Lê", "Lê", 9.5),
    ("Phạm", "Phạm", 7.0), ("Hoàng", "Huỳnh", 5.1), ("Phan", "Phan", 4.5), ("Vũ", "Võ", 3.9),
    ("Đặng", "Đặng", 2.1), ("Bùi", "Bùi", 2.0), ("Đỗ", "Đỗ", 1.4), ("Hồ", "Hồ", 1.3),
    ("Ngô", "Ngô", 1.3), ("Dương", "Dương", 1.0), ("Lý", "Lý", 0.5), ("Đinh", "Đinh", 1.2),
    ("Trịnh", "Trịnh", 1.0), ("Trương", "Trương", 1.0), ("Đào", "Đào", 0.9), ("Mai", "Mai", 0.7),
    ("Cao", "Cao", 0.6), ("Hà", "Hà", 0.6), ("Lương", "Lương", 0.5), ("Đoàn", "Đoàn", 0.5),
    ("Lâm", "Lâm", 0.4), ("Tạ", "Tạ", 0.3), ("Lưu", "Lưu", 0.3), ("Chu", "Chu", 0.3),
    ("Tô", "Tô", 0.3), ("Phùng", "Phùng", 0.3), ("Kiều", "Kiều", 0.2), ("Lại", "Lại", 0.2),
    ("Thân", "Thân", 0.2), ("Châu", "Châu", 0.2), ("Triệu", "Triệu", 0.2),
    ("Nghiêm", "Nghiêm", 0.1), ("Khúc", "Khúc", 0.05), ("Khổng", "Khổng", 0.03),
    ("Âu", "Âu", 0.03), ("Ông", "Ông", 0.02),
)  # fmt: skip
_MINORITY_FAMILIES: dict[str, tuple[str, ...]] = {
    "Tày": ("Hoàng", "Nông", "Lương", "Ma", "Đàm", "Bế", "Lục", "Hà", "Triệu", "Vi"),
    "Nùng": ("Hoàng", "Nông", "Lục", "Vi", "Lăng", "Chu", "Hứa", "Lương"),
    "Thái": ("Lò", "Lường", "Cầm", "Quàng", "Tòng", "Hà", "Vi", "Lộc"),
    "Mường": ("Bùi", "Đinh", "Quách", "Hà", "Xa", "Bạch"),
    "Mông": ("Giàng", "Vàng", "Sùng", "Thào", "Lý", "Hầu", "Lầu", "Mùa"),
    "Dao": ("Triệu", "Bàn", "Đặng", "Lý", "Chảo", "Phùng"),
    "Khmer": ("Thạch", "Sơn", "Danh", "Kim", "Lâm", "Chau"),
    "Hoa": ("Lâm", "Trương", "Lý", "Quách", "Mạc", "Lưu", "Diệp", "Huỳnh"),
}
# Văn and Thị are far commoner among the older generation.
_MIDDLE_NAMES: dict[Gender, tuple[tuple[str, float, float], ...]] = {
    Gender.MALE: (
        ("Văn", 55, 22), ("Đức", 6, 8), ("Hữu", 6, 5), ("Quang", 5, 8), ("Minh", 5, 12),
        ("Công", 4, 4), ("Xuân", 4, 3), ("Thanh", 3, 5), ("Ngọc", 3, 4), ("Đình", 4, 4),
        ("Trọng", 2, 4), ("Quốc", 2, 6), ("Anh", 0.5, 5), ("Tiến", 1, 3), ("Mạnh", 1, 3),
        ("Việt", 0.5, 3),
    ),
    Gender.FEMALE: (
        ("Thị", 70, 35), ("Thu", 5, 7), ("Ngọc", 4, 9), ("Thanh", 4, 7), ("Kim", 3, 4),
        ("Thúy", 2, 5), ("Hồng", 3, 4), ("Minh", 1, 6), ("Phương", 1, 5), ("Bích", 2, 3),
        ("Diệu", 0.5, 3), ("Hải", 0.5, 3), ("Mai", 1, 4),
    ),
}  # fmt: skip
_GIVEN_NAMES: dict[Gender, tuple[tuple[str, float], ...]] = {
    Gender.MALE: (
        ("Hùng", 6), ("Dũng", 6), ("Tuấn", 5), ("Đức", 5), ("Bình", 4), ("Minh", 5), ("Hải", 4),
        ("Nam", 4), ("Sơn", 4), ("Thắng", 4), ("Long", 4), ("Cường", 4), ("Hưng", 3),
        ("Phong", 2), ("Quân", 3), ("Thành", 4), ("Trung", 3), ("Tùng", 3), ("Hiếu", 3),
        ("Huy", 3), ("Khánh", 2), ("Kiên", 2), ("Lâm", 2), ("Lộc", 2), ("Phúc", 2), ("Quang", 2),
        ("Tài", 2), ("Thanh", 3), ("Thịnh", 2), ("Toàn", 2), ("Trí", 2), ("Vinh", 3), ("Việt", 2),
        ("Hoàng", 2), ("Hòa", 3), ("Chiến", 2), ("Công", 2), ("Đạt", 3), ("Định", 2),
        ("Giang", 2), ("Khoa", 2), ("Lợi", 2), ("Mạnh", 2), ("Nghĩa", 2), ("Tâm", 2), ("Tân", 2),
        ("Thái", 2), ("Thuận", 2), ("Tiến", 3), ("Anh", 3), ("Duy", 2), ("Dương", 2), ("An", 2),
        ("Phương", 1), ("Đông", 1), ("Hậu", 1), ("Khải", 1), ("Quyết", 1), ("Trọng", 1),
    ),
    Gender.FEMALE: (
        ("Lan", 5), ("Hoa", 5), ("Hương", 6), ("Mai", 5), ("Hằng", 5), ("Ánh", 3), ("Anh", 4),
        ("Bích", 2), ("Chi", 2), ("Dung", 4), ("Duyên", 2), ("Giang", 3), ("Hà", 5), ("Hạnh", 4),
        ("Hiền", 4), ("Hồng", 4), ("Huệ", 2), ("Huyền", 4), ("Lệ", 2), ("Liên", 3), ("Linh", 4),
        ("Loan", 3), ("Ly", 2), ("Nga", 4), ("Ngân", 2), ("Nhung", 3), ("Oanh", 2), ("Phương", 4),
        ("Phượng", 2), ("Quyên", 2), ("Quỳnh", 3), ("Tâm", 2), ("Thảo", 4), ("Thanh", 3),
        ("Thắm", 2), ("Thoa", 2), ("Thu", 3), ("Thủy", 5), ("Trang", 5), ("Tuyết", 2), ("Vân", 3),
        ("Yến", 3), ("Xuân", 2), ("Nhàn", 2), ("Hòa", 2), ("Khuê", 0.3), ("Diệp", 0.3),
    ),
}  # fmt: skip
_BIRTH_ORDER_NICKNAMES = ("Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Út")

_COMMUNE_FIRST = (
    "Tân", "Phú", "Hòa", "Bình", "An", "Long", "Thạnh", "Đông", "Tây", "Nam", "Yên", "Hưng",
    "Phước", "Vĩnh", "Quang", "Minh", "Thái", "Đại", "Xuân", "Hồng", "Thanh", "Trung", "Cẩm",
    "Kim", "Mỹ",
)  # fmt: skip
_COMMUNE_SECOND = (
    "Lập", "Hưng", "Thịnh", "Phú", "Lợi", "An", "Bình", "Hòa", "Thành", "Lộc", "Phong", "Sơn",
    "Hải", "Tiến", "Thắng", "Thuận", "Mỹ", "Long", "Điền", "Hiệp",
)  # fmt: skip
_VILLAGES_NORTH = (
    "Đông", "Đoài", "Nam", "Bắc", "Thượng", "Hạ", "Trung", "Tiền", "Hậu", "Yên Thái", "Phú Mỹ",
    "Đồng Tâm", "Tân Tiến", "Quyết Tiến", "Thống Nhất", "Hòa Bình", "Đoàn Kết", "Đồng Xuân",
    "An Lạc", "Cầu Đá", "Làng Mới", "Bãi Sậy", "Gò Mây", "Đồng Bông",
)  # fmt: skip
_VILLAGES_SOUTH = (
    "Tân Hòa", "Phú Lợi", "Bình An", "Long Thạnh", "Mỹ Phước", "Tân Thới", "Hòa Hưng",
    "Phước Lộc", "An Thạnh", "Bình Thành", "Long Hòa", "Mỹ Hòa", "Thạnh Lợi", "Vĩnh Phú",
    "Tân Lợi", "Phú Hòa", "Bình Đông", "Tân Bình", "Rạch Gốc", "Kinh Mới",
)  # fmt: skip

# Cells other than residential, in the order a commune has them as it grows. In the names,
# "{tier}" is "xã" or "phường" and "{place}" the commune's name.
_INSTITUTIONS: tuple[tuple[CellKind, str], ...] = (
    (CellKind.AGENCY, "Chi bộ Cơ quan Đảng - Mặt trận"),
    (CellKind.SCHOOL, "Chi bộ Trường Tiểu học {place}"),
    (CellKind.AGENCY, "Chi bộ Ủy ban nhân dân {tier}"),
    (CellKind.HEALTH, "Chi bộ Trạm Y tế"),
    (CellKind.MILITARY, "Chi bộ Quân sự {tier}"),
    (CellKind.POLICE, "Chi bộ Công an {tier}"),
    (CellKind.SCHOOL, "Chi bộ Trường Mầm non {place}"),
    (CellKind.SCHOOL, "Chi bộ Trường THCS {place}"),
    (CellKind.ENTERPRISE, "Chi bộ Hợp tác xã nông nghiệp {place}"),
)


@dataclass(frozen=True, slots=True)
class _Profile:
    """Who the members of a kind of cell are: relative size, share of women, age today."""

    size: float
    women: float
    ages: tuple[float, float, float]  # low, high, mode (years)


_PROFILES = {
    CellKind.RESIDENTIAL: _Profile(1.0, 0.38, (20, 86, 64)),
    CellKind.AGENCY: _Profile(0.6, 0.42, (24, 60, 42)),
    CellKind.SCHOOL: _Profile(0.35, 0.75, (23, 60, 40)),
    CellKind.HEALTH: _Profile(0.25, 0.65, (24, 60, 40)),
    CellKind.MILITARY: _Profile(0.25, 0.08, (22, 52, 35)),
    CellKind.POLICE: _Profile(0.3, 0.15, (22, 55, 35)),
    CellKind.ENTERPRISE: _Profile(0.3, 0.3, (25, 60, 45)),
}


@dataclass(frozen=True, slots=True)
class _CellPlan:
    unit_id: UUID
    kind: CellKind
    members: int
    minority_share: float  # of the commune it belongs to


@dataclass(frozen=True, slots=True)
class DemoTree:
    site: Site
    units: tuple[Unit, ...]  # every parent before its children
    province: Province


class _Weighted:
    """A fast weighted choice (cumulative weights computed once)."""

    def __init__(self, items: tuple[str, ...], weights: tuple[float, ...]) -> None:
        self._items = items
        self._cumulative = list(accumulate(weights))
        self._total = self._cumulative[-1]

    def pick(self, rng: random.Random) -> str:
        return self._items[bisect(self._cumulative, rng.random() * self._total)]


def _below(rng: random.Random, n: int) -> int:
    """A uniform integer in [0, n): several times faster than ``randrange``, which matters for
    300,000 members; 53 random bits are plenty for the ranges used here."""
    return int(rng.random() * n)


def _years_after(day: date, years: int) -> date:
    """The same day ``years`` later; 29 Feb becomes 1 Mar, so the age then is exactly ``years``."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return date(day.year + years, 3, 1)


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return date(day.year - years, 2, 28)


class _Sitting:
    """Records entered at one sitting, from a seeded moment of office hours on ``day``: their
    ids are UUIDv7, one millisecond apart in the order they are made, as ``new_id`` would have
    made them then; the random bits come from ``rng``, so the same draws give the same ids."""

    def __init__(self, rng: random.Random, day: date) -> None:
        self._rng = rng
        opens = datetime.combine(day, _OFFICE_OPENS, _VIETNAM)
        self._ms = int(opens.timestamp()) * 1000 + _below(rng, _OFFICE_HOURS_MS)

    def new_id(self) -> UUID:
        self._ms += 1
        return uuid7(self._ms, self._rng.getrandbits(UUID7_RANDOM_BITS))


@dataclass(frozen=True, slots=True)
class DataEntry:
    """When the office entered its records: the tree and the roster on the day it began to use
    the program (``started_on``), and from then on each record on the day it is about."""

    started_on: date
    today: date

    def sitting(self, rng: random.Random, about: date) -> _Sitting:
        """The sitting that entered a record about ``about``: on that day, or on the first day
        of use for an older record (copied from the paper files then), or today for a record
        about a later day (a plan, a review that is still open)."""
        return _Sitting(rng, min(max(about, self.started_on), self.today))


def _between(rng: random.Random, low: date, high: date) -> date:
    return date.fromordinal(low.toordinal() + _below(rng, high.toordinal() - low.toordinal() + 1))


class DemoGenerator:
    """The tree is drawn when constructed; ``members()`` yields the same members on every call.

    ``code_for`` turns a name into a unit code that is unique among those it has returned.
    """

    def __init__(self, spec: DemoSpec, code_for: Callable[[str], str]) -> None:
        if spec.out_of_range():
            raise ValueError(spec.out_of_range())
        self.spec = spec
        self._rng = random.Random(spec.seed)
        self._code_for = code_for
        self._plans: list[_CellPlan] = []
        low, high = IN_USE_DAYS
        started_on = spec.today - timedelta(days=low + _below(self._rng, high - low + 1))
        self.entry = DataEntry(started_on, spec.today)
        self._setting_up = self.entry.sitting(self._rng, started_on)
        self.tree = self._draw_tree()
        self._allocate_members()
        self._member_seed = self._rng.getrandbits(64)
        self._meeting_seed = self._rng.getrandbits(64)
        self._review_seed = self._rng.getrandbits(64)
        south = self.tree.province.south
        kinh = _Weighted(
            tuple(south_form if south else north_form for north_form, south_form, _ in _KINH),
            tuple(share for *_, share in _KINH),
        )
        self._families = {"Kinh": kinh} | {
            ethnicity: _Weighted(names, tuple(1 / (rank + 2) for rank in range(len(names))))
            for ethnicity, names in _MINORITY_FAMILIES.items()
        }
        self._middle = {
            (gender, older): _Weighted(
                tuple(name for name, *_ in table),
                tuple(old if older else young for _, old, young in table),
            )
            for gender, table in _MIDDLE_NAMES.items()
            for older in (True, False)
        }
        minorities = self.tree.province.minorities
        self._minorities = _Weighted(minorities, tuple(range(len(minorities), 0, -1)))
        self._given = {
            gender: _Weighted(tuple(n for n, _ in table), tuple(w for _, w in table))
            for gender, table in _GIVEN_NAMES.items()
        }

    # -- the tree ---------------------------------------------------------------------------
    def _draw_tree(self) -> DemoTree:
        rng, spec = self._rng, self.spec
        province = rng.choice(PROVINCES)
        places = [f"{a} {b}" for a in _COMMUNE_FIRST for b in _COMMUNE_SECOND if a != b]
        if spec.cells <= COMMUNE_MAX_CELLS:
            place = rng.choice(places)
            root = self._unit(f"Đảng bộ xã {place}", UnitLevel.COMMUNE, None)
            units = [root, *self._cells(root, place, "xã", spec.cells, province, False)]
            site = Site(
                id=self._setting_up.new_id(),
                name=f"Văn phòng Đảng ủy xã {place}",
                place_name=place,
                role=SiteRole.COMMUNE,
                unit_id=root.id,
            )
            return DemoTree(site, tuple(units), province)
        root = self._unit(f"Đảng bộ tỉnh {province.name}", UnitLevel.PROVINCE, None)
        units = [root]
        communes = math.ceil(spec.cells / CELLS_PER_COMMUNE)
        for index, place in enumerate(rng.sample(places, communes)):
            # Most communes are rural (xã); the towns among them are wards (phường).
            tier = "phường" if rng.random() < 0.25 else "xã"
            commune = self._unit(f"Đảng bộ {tier} {place}", UnitLevel.COMMUNE, root.id)
            count = spec.cells // communes + (index < spec.cells % communes)
            units += [commune, *self._cells(commune, place, tier, count, province, True)]
        site = Site(
            id=self._setting_up.new_id(),
            name=f"Văn phòng Tỉnh ủy {province.name}",
            place_name=province.name,
            role=SiteRole.UPPER,
            unit_id=root.id,
        )
        return DemoTree(site, tuple(units), province)

    def _unit(
        self,
        name: str,
        level: UnitLevel,
        parent_id: UUID | None,
        kind: CellKind | None = None,
        code_basis: str | None = None,
    ) -> Unit:
        return Unit(
            id=self._setting_up.new_id(),
            name=name,
            level=level,
            code=self._code_for(code_basis or name),
            parent_id=parent_id,
            kind=kind,
        )

    def _cells(
        self,
        commune: Unit,
        place: str,
        tier: str,
        count: int,
        province: Province,
        in_province: bool,
    ) -> list[Unit]:
        rng = self._rng
        institutions = min(len(_INSTITUTIONS), max(1, count * 3 // 10)) if count > 1 else 0
        drafts = [
            (kind, name.format(tier=tier, place=place))
            for kind, name in _INSTITUTIONS[:institutions]
        ]
        if tier == "phường":
            word = "khu phố" if province.south else "tổ dân phố"
            villages = [f"{word} {n}" for n in range(1, count - institutions + 1)]
        else:
            word = "ấp" if province.south else "thôn"
            named = list(_VILLAGES_SOUTH if province.south else _VILLAGES_NORTH)
            rng.shuffle(named)
            # Some communes number their villages; the rest name them, numbering any beyond.
            if rng.random() < 0.3:
                named = []
            wanted = count - institutions
            villages = [f"{word} {v}" for v in named[:wanted]]
            villages += [f"{word} {n}" for n in range(1, wanted - len(villages) + 1)]
        drafts = [(CellKind.RESIDENTIAL, f"Chi bộ {v}") for v in villages] + drafts
        # Communes near the highlands or the Mekong have many members of minorities.
        minority_share = rng.choice((0.02, 0.04, 0.06, 0.1, 0.15))
        cells = []
        for kind, name in drafts:
            # A province lists thousands of cells: the commune's name keeps their codes apart.
            basis = f"{name} {place}" if in_province and place not in name else name
            cell = self._unit(name, UnitLevel.CELL, commune.id, kind, basis)
            cells.append(cell)
            self._plans.append(_CellPlan(cell.id, kind, 0, minority_share))
        return cells

    def _allocate_members(self) -> None:
        """Members per cell: at least 3 where there are enough (the Charter's minimum), the rest
        shared by each cell's weight, largest remainders first."""
        rng, total = self._rng, self.spec.members
        weights = [_PROFILES[p.kind].size * rng.uniform(0.5, 1.6) for p in self._plans]
        floor = 3 if total >= 3 * len(self._plans) else 0
        spare = total - floor * len(self._plans)
        shares = [spare * w / sum(weights) for w in weights]
        counts = [floor + int(s) for s in shares]
        by_remainder = sorted(range(len(shares)), key=lambda i: int(shares[i]) - shares[i])
        for i in by_remainder[: total - sum(counts)]:
            counts[i] += 1
        self._plans = [
            _CellPlan(p.unit_id, p.kind, n, p.minority_share)
            for p, n in zip(self._plans, counts, strict=True)
        ]

    # -- the members ------------------------------------------------------------------------
    def members(self) -> Iterator[Member]:
        rng = random.Random(self._member_seed)
        # The roster is imported from the old spreadsheet on the first day of use.
        roster = self.entry.sitting(rng, self.entry.started_on)
        used_ids: set[str] = set()
        used_cards: set[str] = set()
        for plan in self._plans:
            for _ in range(plan.members):
                yield self._member(rng, plan, used_ids, used_cards, roster)

    # -- the annual evaluation --------------------------------------------------------------
    @property
    def year_under_review(self) -> int:
        """The year whose review is open: this year from November, when the review starts;
        before that, last year (its dossiers go upward in January; the demo leaves it open so
        that the checks have something to show)."""
        today = self.spec.today
        return today.year if today.month >= REVIEW_SEASON_MONTH else today.year - 1

    @property
    def review_years(self) -> tuple[int, ...]:
        """The years with every member's evaluation, oldest first: the year under review and
        the ``years - 1`` before it (at least one), each under a classification profile. The
        year under review is open; the others are closed."""
        last = self.year_under_review
        span = max(self.spec.years, REVIEW_MIN_YEARS)
        return tuple(y for y in range(last - span + 1, last + 1) if _classification(y) is not None)

    def with_reviews(self, members: Iterable[Member]) -> Iterator[Member | DemoReviews]:
        """``members``, as ``members()`` yields them (cell by cell), unchanged, with the annual
        evaluation's records in between: each commune's review years and own levels before its
        first cell's members, each cell's posts, disciplines, transfers and evaluations after
        its last member (cells without members too). The same members give the same records.

        Every member required to review in ``review_years`` is evaluated, with scores under
        Quy định 366 and without under Quy định 124; a few members with five HTXSNV years
        running also have the older years, as the archive records them. In the year under
        review the first cells of the first commune hold, on purpose, a case near each rule
        (``ReviewCase``); everything else passes the checks.
        """
        rng = random.Random(self._review_seed)
        units = {u.id: u for u in self.tree.units}
        cases = self.review_cases()
        stream = iter(members)
        pending = next(stream, None)
        years_of: dict[UUID, tuple[_ReviewYear, ...]] = {}
        # Cases that need a member not every cell has: the first case cell with one takes it.
        wanted = set(_ROAMING_CASES)
        for plan in self._plans:
            cell = units[plan.unit_id]
            assert cell.parent_id is not None
            commune = units[cell.parent_id]
            if commune.id not in years_of:
                years_of[commune.id], reviews = self._commune_review(rng, commune)
                yield reviews
            cell_members = []
            while pending is not None and pending.unit_id == cell.id:
                cell_members.append(pending)
                yield pending
                pending = next(stream, None)
            draw = _CellReviewDraw(
                rng,
                self.entry,
                cell,
                commune,
                cell_members,
                years_of[commune.id],
                cases.get(cell.id),
                self.tree.province,
                wanted,
            )
            yield draw.run()
        if pending is not None:
            raise ValueError("members must come cell by cell, as members() yields them")

    def review_cases(self) -> dict[UUID, ReviewCase]:
        """The cells holding the deliberate cases of the year under review: the first cells of
        the first commune with at least ``CASE_CELL_MIN_MEMBERS`` members, one case each, in
        ``ReviewCase`` order (as many as there are such cells)."""
        if not self._plans or self.year_under_review not in self.review_years:
            return {}
        parents = {u.id: u.parent_id for u in self.tree.units}
        first = parents[self._plans[0].unit_id]
        large = [
            p.unit_id
            for p in self._plans
            if parents[p.unit_id] == first and p.members >= CASE_CELL_MIN_MEMBERS
        ]
        return dict(zip(large, ReviewCase, strict=False))

    def _commune_review(
        self, rng: random.Random, commune: Unit
    ) -> tuple[tuple[_ReviewYear, ...], DemoReviews]:
        """The commune's review years (one review day each December, the same every year) and
        its own classification; the years before the year under review are closed."""
        today, under_review, full = self.spec.today, self.year_under_review, self.review_years
        day = 10 + _below(rng, 11)
        rules = _classification(under_review)
        streak = rules.award_streak_years if rules else 0
        first = min((*full, under_review - streak + 1))
        clerk = self._person_name(rng)
        years, records, own = [], [], []
        for year in range(first, under_review + 1):
            review_on = date(year, 12, day)
            is_full = year in full
            year_rules = _classification(year)
            months = year_rules.review_min_months_since_admission if year_rules else 6
            years.append(
                _ReviewYear(
                    year=year,
                    review_on=review_on,
                    rules=year_rules,
                    full=is_full,
                    under_review=year == under_review,
                    new_after=new_member_cutoff(review_on, months),
                )
            )
            if not is_full:
                continue
            closed = year != under_review
            opened_on = min(date(year, 11, 1 + _below(rng, 5)), today)
            records.append(
                EvaluationYear(
                    id=self.entry.sitting(rng, opened_on).new_id(),
                    unit_id=commune.id,
                    year=year,
                    review_on=review_on,
                    state=YearState.CLOSED if closed else YearState.OPEN,
                    opened_on=opened_on,
                    closed_on=date(year, 12, 26 + _below(rng, 5)) if closed else None,
                    closed_by=clerk if closed else "",
                )
            )
            level = _draw_level(rng, _COMMUNE_LEVELS)
            own.append(
                UnitEvaluation(
                    id=self.entry.sitting(rng, review_on).new_id(),
                    unit_id=commune.id,
                    year=year,
                    self_level=level,
                    # The upper level decides once the commune has sent its dossier.
                    final_level=level if closed else None,
                )
            )
        return tuple(years), DemoReviews(years=tuple(records), units=tuple(own))

    def _person_name(self, rng: random.Random) -> str:
        gender = Gender.FEMALE if rng.random() < 0.5 else Gender.MALE
        family = self._families["Kinh"].pick(rng)
        return f"{family} {self._middle[gender, False].pick(rng)} {self._given[gender].pick(rng)}"

    # -- the meetings -----------------------------------------------------------------------
    @property
    def meeting_cell_ids(self) -> frozenset[UUID]:
        """The cells that get a year of meetings: the first ``spec.meeting_cells`` of the tree."""
        return frozenset(p.unit_id for p in self._plans[: self.spec.meeting_cells])

    def meetings(
        self,
        members: Iterable[Member],
        posts: Iterable[PartyPost] = (),
        transfers: Iterable[Transfer] = (),
    ) -> Iterator[CellMeetings]:
        """Each cell of ``meeting_cell_ids`` with its year of meetings (see ``CellMeetings``);
        with ``spec.meeting_years`` above one, each cell's earlier years first, oldest first, all
        held and finalised: the first meeting of a year reviews the last one's tasks and adopts
        its minutes, and the documents are numbered on within the committee's term.

        ``members``: what ``members()`` yielded, or at least every member of those cells (the
        others are ignored). ``posts`` and ``transfers`` (from ``with_reviews``): the cell's
        secretary chairs its meetings, and a member temporarily active elsewhere is shown apart
        from the day they left. The same records give the same meetings, UUIDs included.
        """
        rng = random.Random(self._meeting_seed)
        wanted = self.meeting_cell_ids
        by_cell: dict[UUID, list[Member]] = {unit_id: [] for unit_id in wanted}
        for member in members:
            if member.unit_id in wanted:
                by_cell[member.unit_id].append(member)
        chairs = {
            p.unit_id: p.member_id
            for p in posts
            if p.post is PostKind.SECRETARY and p.ended_on is None and p.unit_id in wanted
        }
        away = {
            t.member_id: t.moved_on or t.decided_on
            for t in transfers
            if t.kind is TransferKind.TEMPORARY
            and t.direction is TransferDirection.OUT
            and t.member_id is not None
            and t.returned_on is None
        }
        units = {u.id: u for u in self.tree.units}
        cells = [units[p.unit_id] for p in self._plans[: self.spec.meeting_cells]]
        liaisons = _liaisons(rng, cells, by_cell)
        # One cell, drawn, breaks the rules on purpose; when it cannot (too few members or
        # months over), the next one does, so that some cell always does when any can.
        start = _below(rng, len(cells)) if cells else 0
        rules_to_break = True
        this_year = self.spec.today.year
        for cell in cells[start:] + cells[:start]:
            years: list[CellMeetings] = []
            for year in range(this_year - self.spec.meeting_years + 1, this_year + 1):
                draw = _CellYearDraw(
                    rng,
                    self.entry,
                    cell,
                    by_cell[cell.id],
                    liaisons[cell.id],
                    chairs.get(cell.id),
                    away,
                    year,
                )
                # Only this year breaks the rules: the checks look at it.
                years.append(draw.run(rules_to_break and year == this_year, years))
                if year == this_year:
                    rules_to_break = rules_to_break and not draw.broke_rules
            yield from _adopted_across(years)

    def _member(
        self,
        rng: random.Random,
        plan: _CellPlan,
        used_ids: set[str],
        used_cards: set[str],
        roster: _Sitting,
    ) -> Member:
        today, province = self.spec.today, self.tree.province
        profile = _PROFILES[plan.kind]
        gender = Gender.FEMALE if rng.random() < profile.women else Gender.MALE
        birth, admitted = self._life_dates(rng, profile)
        # Ceremony within 30 working days of the decision; recognition after 12 months of
        # probation from the ceremony, voted within the next few weeks.
        ceremony = admitted + timedelta(days=7 + _below(rng, 20))
        recognised = _years_after(ceremony, 1) + timedelta(days=_below(rng, 14))
        official = recognised if recognised <= today else None
        ethnicity = "Kinh"
        if rng.random() < plan.minority_share:
            if rng.random() < 0.05:
                ethnicity = ETHNICITIES[1 + _below(rng, _LARGE_GROUPS - 1)]
            else:
                ethnicity = self._minorities.pick(rng)
        status, status_date = self._status(rng, plan.kind, birth, admitted, official)
        age = today.year - birth.year
        family = self._families.get(ethnicity, self._families["Kinh"]).pick(rng)
        middle = self._middle[gender, birth.year < 1975].pick(rng)
        given = self._given[gender].pick(rng)
        other_name = ""
        if rng.random() < 0.025:
            if province.south:
                other_name = (
                    f"{_BIRTH_ORDER_NICKNAMES[_below(rng, len(_BIRTH_ORDER_NICKNAMES))]} {given}"
                )
            else:
                former = self._given[gender].pick(rng)
                other_name = f"{family} {middle} {former}" if former != given else ""
        return Member(
            id=roster.new_id(),
            full_name=f"{family} {middle} {given}",
            unit_id=plan.unit_id,
            gender=gender,
            birth_date=birth,
            other_name=other_name,
            ethnicity=ethnicity,
            religion=self._religion(rng, ethnicity, province.south),
            personal_id=self._personal_id(rng, birth, gender, used_ids),
            party_card=self._party_card(rng, official, used_cards),
            admission_date=admitted,
            official_date=official,
            ceremony_date=ceremony if ceremony <= today else None,
            status=status,
            status_date=status_date,
            # The oldest members often have no mobile phone.
            phone=""
            if rng.random() < (0.5 if age >= 75 else 0.1)
            else f"{'09' if rng.random() < 0.5 else '03'}{_below(rng, 10**8):08d}",
        )

    def _life_dates(self, rng: random.Random, profile: _Profile) -> tuple[date, date]:
        """Birth and admission dates: admitted at 18–55, the last ``years`` years each bringing
        their share of new members."""
        today, years = self.spec.today, self.spec.years
        latest_birth = _years_before(today, MIN_AGE_TODAY)
        cutoff = _years_before(today, years)
        if years and rng.random() < RECENT_ADMISSIONS_PER_YEAR * years:
            admitted = _between(rng, cutoff + timedelta(days=1), today)
            age = int(rng.triangular(MIN_AGE_TODAY, 45, 27))
            birth = _years_before(admitted, age) - timedelta(days=_below(rng, 365))
            return birth, admitted
        low_age, high_age = ADMISSION_AGES
        youngest, oldest, mode = profile.ages
        oldest = min(oldest, (today - EARLIEST_BIRTH).days / 365.2425 - 1)
        while True:
            age_today = rng.triangular(youngest, oldest, mode)
            birth = today - timedelta(days=int(age_today * 365.2425) + _below(rng, 365))
            birth = min(max(birth, EARLIEST_BIRTH), latest_birth)
            earliest = _years_after(birth, low_age)
            latest = min(_years_after(birth, high_age + 1) - timedelta(days=1), cutoff)
            if earliest > latest:
                continue  # too young to have been admitted before the recent years
            age = int(rng.triangular(low_age, high_age + 1, 27))
            admitted = _years_after(birth, age) + timedelta(days=_below(rng, 365))
            if not earliest <= admitted <= latest:
                admitted = _between(rng, earliest, latest)
            return birth, admitted

    def _status(
        self,
        rng: random.Random,
        kind: CellKind,
        birth: date,
        admitted: date,
        official: date | None,
    ) -> tuple[MemberStatus, date | None]:
        today = self.spec.today
        age = today.year - birth.year
        draw = rng.random()
        if official and age >= 75 and draw < 0.02:
            return MemberStatus.DIED, _between(rng, max(official, _years_before(today, 3)), today)
        if official and age >= 70 and kind is CellKind.RESIDENTIAL and draw < 0.15:
            start = max(official, _years_after(birth, 70))
            if start <= today:
                return MemberStatus.EXEMPT, _between(rng, start, today)
        if draw > 0.988 and admitted + timedelta(days=30) <= today:
            start = max(admitted + timedelta(days=30), _years_before(today, 2))
            return MemberStatus.TRANSFERRED_OUT, _between(rng, start, today)
        return MemberStatus.ACTIVE, None

    def _religion(self, rng: random.Random, ethnicity: str, south: bool) -> str:
        """Most members follow no religion; where one is common, some do."""
        if ethnicity == "Khmer":
            shares: tuple[tuple[str, float], ...] = (("Phật giáo", 0.7),)
        elif ethnicity == "Hoa":
            shares = (("Phật giáo", 0.3),)
        elif ethnicity == "Chăm":
            shares = (("Hồi giáo", 0.3), ("Bà-la-môn", 0.1))
        elif ethnicity in ("Ê Đê", "Gia Rai", "Mnông", "Cơ Ho", "Mông"):
            shares = (("Tin lành", 0.08),)
        elif south:
            shares = (
                ("Phật giáo", 0.06), ("Công giáo", 0.03), ("Cao Đài", 0.01),
                ("Phật giáo Hòa Hảo", 0.01),
            )  # fmt: skip
        else:
            shares = (("Phật giáo", 0.04), ("Công giáo", 0.02), ("Tin lành", 0.002))
        draw = rng.random()
        for religion, share in shares:
            if draw < share:
                return religion
            draw -= share
        return NO_RELIGION

    def _personal_id(self, rng: random.Random, birth: date, gender: Gender, used: set[str]) -> str:
        """Province of birth registration, century and gender, year of birth, then six digits."""
        home = self.tree.province.id_code
        province = (
            home if rng.random() < 0.9 else _OTHER_ID_CODES[_below(rng, len(_OTHER_ID_CODES))]
        )
        century_gender = (birth.year // 100 - 19) * 2 + (gender is Gender.FEMALE)
        prefix = f"{province}{century_gender}{birth.year % 100:02d}"
        while True:
            number = f"{prefix}{_below(rng, 10**6):06d}"
            if number not in used:
                used.add(number)
                return number

    def _party_card(self, rng: random.Random, official: date | None, used: set[str]) -> str:
        """Cards are issued on recognition: 8 digits, 12 from 2025 (some renewed then)."""
        if official is None:
            return ""
        new_card = official >= NEW_CARDS_FROM or (
            self.spec.today >= NEW_CARDS_FROM and rng.random() < 0.1
        )
        digits = 12 if new_card else 8
        while True:
            number = f"{_below(rng, 10**digits):0{digits}d}"
            if number not in used:
                used.add(number)
                return number


# -- the meetings ----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class CellMeetings:
    """A cell's meetings of ``today``'s year: its plan (its day, the quarter's topics, the
    committee member who follows it, the term), and the meetings with their roll and tasks.

    Meetings of the months that are over are held, finalised (numbered, their content hash
    recorded) and adopted at the next meeting; this month's are held in draft, or still
    planned when their day has not come; the later ones are planned.
    """

    plan: MeetingPlan
    meetings: tuple[Meeting, ...]
    attendance: tuple[Attendance, ...]
    tasks: tuple[MeetingTask, ...]


COMMITTEE_TERM_YEARS = 5  # the terms run from the congresses of 2020, 2025 … (1 July)
LIAISON_POST = "Đảng ủy viên, phụ trách chi bộ"
_LIAISONS_PER_COMMUNE = 4
_ON_ROLL = (MemberStatus.ACTIVE, MemberStatus.EXEMPT)
# Of the members who must attend, the share absent with a reason and without one, late, gone
# early; and the share who have not paid the month's fee (more among the absent). The fee is
# collected at the regular meeting, not at a separate thematic one.
_ABSENT_EXCUSED = 0.09
_ABSENT_UNEXCUSED = 0.012
_LATE = 0.025
_LEFT_EARLY = 0.01
_UNPAID_PRESENT, _UNPAID_ABSENT = 0.005, 0.05
_EXEMPT_ATTENDING = 0.25  # exempt members need not come; some still do
_SHORT_MEETINGS = 0.06  # regular meetings cut short (a rule check flags them)
_TASKS_WITHOUT_DEADLINE = 0.04
_LIAISON_ATTENDING = 0.3
_HELD_LATE = 0.08  # held a day or two after the planned day
_COMBINED_CELLS = 0.35  # cells that hold the quarter's thematic meeting with the regular one
_ADMISSION_VOTE_DAYS = 14  # the cell votes on an admission at least this long before it

_EVENING_STARTS = (time(19, 0), time(19, 30), time(19, 30), time(8, 0), time(14, 0))
_DAYTIME_STARTS = (time(14, 0), time(14, 30), time(15, 30), time(16, 0), time(8, 0))
_AREA_WORDS = ("tổ dân phố", "khu phố", "thôn", "ấp")

_THEMATIC_TOPICS = (
    "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "Chuyển đổi số trong {area}",
    "Phòng chống thiên tai, ứng phó với mưa bão, lũ lụt",
    "Xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu",
    "Nâng cao chất lượng sinh hoạt chi bộ",
    "Bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái",
    "Bảo đảm an ninh trật tự, phòng chống ma túy trong {area}",
    "Bảo vệ môi trường, phân loại rác thải tại nguồn",
    "Thực hành tiết kiệm, chống lãng phí",
    "Phát huy vai trò nêu gương của cán bộ, đảng viên",
    "Phát triển đảng viên trong đoàn viên thanh niên",
    "Giảm nghèo bền vững, giúp đỡ hộ có hoàn cảnh khó khăn",
)
_RESIDENTIAL_TASKS = (
    "Vận động các hộ hoàn thành đóng góp quỹ xây dựng nông thôn mới",
    "Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo",
    "Tuyên truyền nhân dân phân loại rác thải tại nguồn",
    "Hướng dẫn người dân cài đặt VNeID và dùng dịch vụ công trực tuyến",
    "Đôn đốc thu đảng phí, nộp về Đảng ủy đúng hạn",
    "Nắm tình hình tư tưởng đảng viên và nhân dân trên địa bàn",
    "Phối hợp Chi hội Phụ nữ tổng vệ sinh đường làng, ngõ xóm",
    "Chuẩn bị hồ sơ đề nghị kết nạp quần chúng ưu tú vào Đảng",
    "Kiểm tra việc thực hiện hương ước, quy ước của khu dân cư",
    "Vận động các gia đình đưa trẻ đi tiêm chủng đầy đủ",
    "Thăm hỏi, động viên đảng viên cao tuổi, ốm đau",
    "Phối hợp Công an nắm tình hình an ninh trật tự",
    "Vận động các hộ tham gia bảo hiểm y tế",
    "Chuẩn bị phương án phòng chống mưa bão, ngập úng",
    "Hòa giải mâu thuẫn về ranh giới đất giữa hai hộ trong xóm",
)
_INSTITUTION_TASKS = (
    "Hoàn thành báo cáo sơ kết công tác tháng gửi Đảng ủy",
    "Đôn đốc thu đảng phí, nộp về Đảng ủy đúng hạn",
    "Triển khai học tập nghị quyết mới của cấp trên đến toàn thể đảng viên",
    "Rà soát, cập nhật hồ sơ đảng viên theo phiếu mới",
    "Hướng dẫn đảng viên cài đặt và dùng Sổ tay đảng viên điện tử",
    "Chuẩn bị nội dung sinh hoạt chuyên đề quý tới",
    "Theo dõi việc thực hiện quy chế dân chủ ở cơ quan",
    "Giới thiệu quần chúng ưu tú dự lớp bồi dưỡng nhận thức về Đảng",
    "Số hóa hồ sơ, tài liệu lưu trữ của đơn vị",
    "Nắm tình hình tư tưởng cán bộ, đảng viên trong đơn vị",
    "Rà soát việc giải quyết thủ tục hành chính còn chậm",
)
_REASONS_YOUNGER = (
    "Đi làm ăn xa",
    "Đi làm ăn xa",
    "Đưa con đi viện",
    "Đi công tác",
    "Việc gia đình",
    "Ốm",
    "Đi học tập trung",
)
_REASONS_OLDER = ("Ốm", "Tuổi cao, sức yếu", "Nằm viện điều trị", "Việc gia đình")
_EXEMPT_REASON = "Được miễn sinh hoạt đảng"
_AWAY_REASON = "Đang sinh hoạt đảng tạm thời nơi khác"
_REPORT_GISTS = (
    "Báo cáo kết quả lãnh đạo thực hiện nhiệm vụ tháng {month}, nêu rõ việc làm được và "
    "những mặt còn hạn chế.",
    "Báo cáo tình hình tháng {month}: các chỉ tiêu cơ bản đạt kế hoạch, một số việc còn chậm.",
    "Báo cáo kết quả tháng {month} và đề xuất nhiệm vụ trọng tâm tháng tới.",
)
_REVIEW_GISTS = (
    "Báo cáo đã hoàn thành nhiệm vụ được giao đúng hạn.",
    "Báo cáo nhiệm vụ cơ bản hoàn thành, còn một số hộ chưa thực hiện.",
    "Báo cáo tiến độ công việc được giao và xin thêm thời gian để hoàn thành.",
)
_NEWS_GISTS = (
    "Thông tin tình hình thời sự trong nước và của tỉnh trong tháng.",
    "Phổ biến những điểm mới trong văn bản của cấp trên về công tác xây dựng Đảng.",
    "Quán triệt chỉ đạo của Đảng ủy về công tác phòng chống thiên tai.",
    "Thông báo kết quả hội nghị Ban Chấp hành Đảng bộ vừa qua.",
)
_DISCUSSION_GISTS = (
    "Nhất trí với báo cáo; đề nghị phân công đảng viên phụ trách từng nhóm hộ.",
    "Đề nghị chi bộ quan tâm hơn đến tình hình tư tưởng của đảng viên cao tuổi.",
    "Tự phê bình việc chưa tham gia đầy đủ sinh hoạt ở khu dân cư, xin sửa chữa.",
    "Phản ánh ý kiến nhân dân về đoạn đường xuống cấp, đề nghị báo cáo lên trên.",
    "Đề nghị tăng cường kiểm tra việc thu gom rác thải trên địa bàn.",
    "Góp ý đồng chí phụ trách cần đôn đốc sát sao hơn tiến độ công việc.",
    "Đề nghị biểu dương những đảng viên làm tốt công tác dân vận trong tháng.",
    "Đề nghị bổ sung vào nghị quyết nội dung chăm lo cho hộ có hoàn cảnh khó khăn.",
)
_PRESENTATION_GIST = "Trình bày chuyên đề “{topic}”, liên hệ với thực tế của chi bộ."
_THEMATIC_GISTS = (
    "Liên hệ bản thân với nội dung chuyên đề và đăng ký việc làm cụ thể.",
    "Đề nghị đưa nội dung chuyên đề vào nghị quyết để cả chi bộ thực hiện.",
    "Nêu khó khăn khi triển khai ở cơ sở và đề xuất cách làm phù hợp.",
    "Đề nghị mỗi đảng viên phụ trách vận động các hộ gia đình xung quanh.",
    "Nhất trí với nội dung chuyên đề; đề nghị có kiểm tra, đánh giá sau mỗi quý.",
)
_PARTLY_NOTES = (
    "Còn một số hộ chưa hoàn thành",
    "Đang tiếp tục thực hiện",
    "Mới hoàn thành một phần do thời tiết",
)
_NOT_DONE_NOTES = ("Chưa thực hiện do mưa bão kéo dài", "Chuyển sang tháng sau")
_NOT_DUE_NOTE = "Đang thực hiện, chưa đến hạn"
_MINUTES_VOTE = "Thông qua biên bản buổi sinh hoạt"

# What each item of the default agendas (DEFAULT_AGENDAS, in its order) holds in the minutes.
_AGENDA_ROLES: dict[MeetingKind, tuple[str, ...]] = {
    MeetingKind.REGULAR: (
        "opening", "report", "review", "news", "discussion",
        "conclusion", "vote", "quality", "read_back",
    ),
    MeetingKind.THEMATIC: (
        "opening", "presentation", "thematic_discussion",
        "conclusion", "vote", "quality", "read_back",
    ),
    MeetingKind.COMBINED: (
        "opening", "report", "review", "news", "presentation_and_discussion", "discussion",
        "conclusion", "vote", "quality", "read_back",
    ),
}  # fmt: skip
# Items a cell may leave out of its minutes (4 to 8 items are kept).
_OPTIONAL_ROLES = frozenset({"news", "discussion", "quality", "read_back"})
_AGENDA_ITEMS = (4, 8)


def _term_start(year: int) -> date:
    """The start of the committee term in force throughout ``year`` (1 July of the last
    congress year before it)."""
    congress = year - 1 - (year - 1) % COMMITTEE_TERM_YEARS
    return date(congress, 7, 1)


def _meeting_rules(on: date) -> MeetingRules:
    """The built-in meeting profile in force on the day: a new demo database has no other."""
    values = profile_in_force(BUILTIN_PROFILES, ProfileKind.MEETING, on).values
    assert isinstance(values, MeetingRules)
    return values


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _liaisons(
    rng: random.Random, cells: list[Unit], by_cell: dict[UUID, list[Member]]
) -> dict[UUID, Member | None]:
    """The commune committee member who follows each cell: a few official members of the
    commune's agency cells (where committee members sit), each following several cells."""
    communes: dict[UUID | None, list[Unit]] = {}
    for cell in cells:
        communes.setdefault(cell.parent_id, []).append(cell)
    chosen: dict[UUID, Member | None] = {}
    for commune_cells in communes.values():
        agency = [c for c in commune_cells if c.kind is CellKind.AGENCY] or commune_cells
        pool = [
            m
            for c in agency
            for m in by_cell[c.id]
            if m.status is MemberStatus.ACTIVE and m.official_date is not None
        ]
        committee = rng.sample(pool, min(_LIAISONS_PER_COMMUNE, len(pool)))
        for index, cell in enumerate(commune_cells):
            others = [m for m in committee if m.unit_id != cell.id] or committee
            chosen[cell.id] = others[index % len(others)] if others else None
    return chosen


@dataclass(frozen=True, slots=True)
class _Slot:
    """A meeting on the cell's calendar; ``held_on`` is None while it has not been held."""

    id: UUID
    kind: MeetingKind
    planned_on: date
    topic: str
    held_on: date | None
    finalised: bool


class _CellYearDraw:
    """One cell's year, drawn in date order so that each meeting reviews the tasks of the one
    before it and adopts its minutes."""

    def __init__(
        self,
        rng: random.Random,
        entry: DataEntry,
        cell: Unit,
        members: list[Member],
        liaison: Member | None,
        chair_id: UUID | None = None,
        away: dict[UUID, date] | None = None,
        year: int | None = None,
    ) -> None:
        """``year``: today's (the default), or an earlier one, whose meetings are all held."""
        self._rng = rng
        self._entry = entry
        today = entry.today
        self._chair_id = chair_id  # the cell's secretary, when the demo has one
        # Members temporarily active elsewhere in the year: from the day they left.
        self._away = {
            member_id: left
            for member_id, left in (away or {}).items()
            if left.year <= today.year and any(m.id == member_id for m in members)
        }
        self._today = today
        self._year = today.year if year is None else year
        self._cell = cell
        self._members = members
        self._liaison = liaison
        # An earlier year's roll was made then: a member who has left since (died, moved away)
        # was on it until the day they left, and one exempt since was not yet exempt.
        earlier = self._year < today.year
        self._left_on = {
            m.id: m.status_date
            for m in members
            if earlier and m.status_date is not None and m.status_date.year >= self._year
        }
        # The roll as the meeting service makes it: on the roll, in Vietnamese name order.
        self._roll = sorted(
            (m for m in members if m.status in _ON_ROLL or m.id in self._left_on),
            key=lambda m: name_sort_key(m.full_name),
        )
        words = cell.name.removeprefix("Chi bộ ").strip()
        residential = cell.kind is CellKind.RESIDENTIAL
        self._place = f"Nhà văn hóa {words}" if residential else f"Phòng họp {words}"
        self._area = (
            next((w for w in _AREA_WORDS if words.startswith(w)), "khu dân cư")
            if residential
            else "cơ quan, đơn vị"
        )
        self._task_pool = _RESIDENTIAL_TASKS if residential else _INSTITUTION_TASKS
        self._start = rng.choice(_EVENING_STARTS if residential else _DAYTIME_STARTS)
        self._quality_slack = 1 + _below(rng, 3)  # how strictly the cell scores itself
        self._absentee: UUID | None = None
        self._absent_months: set[int] = set()
        self._short_meeting: UUID | None = None
        self.broke_rules = False

    def run(self, break_rules: bool, earlier: Sequence[CellMeetings] = ()) -> CellMeetings:
        """The year's meetings; ``earlier``: the cell's years before it, drawn already (the
        first meeting reviews the last one's tasks; the numbering goes on within the term)."""
        rng, year, cell = self._rng, self._year, self._cell
        day = 1 + _below(rng, 10)
        offset = _below(rng, 3)
        topics = rng.sample(_THEMATIC_TOPICS, 4)
        thematic = tuple(
            ThematicTopic(3 * quarter + 1 + offset, topics[quarter].format(area=self._area))
            for quarter in range(4)
        )
        liaison = self._liaison
        # The plan and the year's meetings are entered early in January.
        planning = self._entry.sitting(rng, date(year, 1, 2))
        plan = MeetingPlan(
            id=planning.new_id(),
            unit_id=cell.id,
            year=year,
            day_of_month=day,
            thematic_topics=thematic,
            liaison=liaison.full_name if liaison else "",
            liaison_id=liaison.id if liaison else None,
            term_started_on=_term_start(year),
        )
        slots = self._calendar(
            day, thematic, combined=rng.random() < _COMBINED_CELLS, planning=planning
        )
        steady = [
            m
            for m in self._roll
            if m.status is MemberStatus.ACTIVE
            and m.official_date is not None
            and m.official_date < date(year, 1, 1)
            and m.id not in self._away
        ]
        if len(steady) < 2:  # too few members to chair and take the minutes: nothing held
            planned = tuple(Meeting(s.id, cell.id, s.kind, s.planned_on, s.topic) for s in slots)
            return CellMeetings(plan, planned, (), ())
        chair = next((m for m in steady if m.id == self._chair_id), None)
        if chair is None:
            chair, secretary = rng.sample(steady, 2)
        else:  # the cell's secretary chairs; another member takes the minutes
            secretary = rng.choice([m for m in steady if m is not chair])
        if break_rules:
            self._plan_rule_breaking(slots, [m for m in steady if m not in (chair, secretary)])
        admissions = self._admission_votes(slots)
        meetings: list[Meeting] = []
        attendance: list[Attendance] = []
        tasks: list[MeetingTask] = []
        numbers = _numbers_given(earlier, _term_start(year))
        previous_tasks = _last_tasks(earlier[-1]) if earlier else []
        for index, slot in enumerate(slots):
            if slot.held_on is None:
                meetings.append(Meeting(slot.id, cell.id, slot.kind, slot.planned_on, slot.topic))
                continue
            later = [s.planned_on for s in slots[index + 1 :]]
            meeting, roll, assigned = self._held(
                slot,
                Person(chair.full_name, chair.id),
                Person(secretary.full_name, secretary.id),
                previous_tasks,
                later,
                admissions.get(slot.id, []),
            )
            if slot.finalised:
                meeting = self._finalised(meeting, roll, assigned, numbers)
            meetings.append(meeting)
            attendance += roll
            tasks += assigned
            previous_tasks = assigned
        return CellMeetings(plan, tuple(_adopted(meetings)), tuple(attendance), tuple(tasks))

    # -- the calendar -----------------------------------------------------------------------
    def _calendar(
        self, day: int, thematic: tuple[ThematicTopic, ...], combined: bool, planning: _Sitting
    ) -> list[_Slot]:
        """A regular meeting on the cell's day each month; each quarter a thematic meeting, in
        the same session (combined) or a week or two after the regular one."""
        rng, year = self._rng, self._year
        topics = {t.month: t.topic for t in thematic}
        drafts: list[tuple[MeetingKind, date, str]] = []
        for month in range(1, 13):
            topic = topics.get(month, "")
            if topic and combined:
                drafts.append((MeetingKind.COMBINED, date(year, month, day), topic))
                continue
            drafts.append((MeetingKind.REGULAR, date(year, month, day), ""))
            if topic:
                later = date(year, month, day + 7 + _below(rng, 8))
                drafts.append((MeetingKind.THEMATIC, later, topic))
        slots = []
        for kind, planned_on, topic in drafts:
            held_on: date | None = None
            if planned_on < self._today:
                held_on = planned_on
                moved = planned_on + timedelta(days=1 + _below(rng, 2))
                if rng.random() < _HELD_LATE and moved < self._today:
                    held_on = moved
            finalised = held_on is not None and (held_on.year, held_on.month) < (
                self._today.year,
                self._today.month,
            )
            slots.append(_Slot(planning.new_id(), kind, planned_on, topic, held_on, finalised))
        return slots

    def _plan_rule_breaking(self, slots: list[_Slot], candidates: list[Member]) -> None:
        """A member absent without reason (and the fee unpaid) in three months of the year,
        and one regular meeting too short: what the rule checks are there to catch."""
        months = sorted(
            {
                s.planned_on.month
                for s in slots
                if s.finalised and s.kind in (MeetingKind.REGULAR, MeetingKind.COMBINED)
            }
        )
        regular = [s.id for s in slots if s.finalised and s.kind is MeetingKind.REGULAR]
        if not candidates or len(months) < 3 or not regular:
            return
        self._absentee = self._rng.choice(candidates).id
        self._absent_months = set(self._rng.sample(months, 3))
        self._short_meeting = self._rng.choice(regular)
        self.broke_rules = True

    def _admission_votes(self, slots: list[_Slot]) -> dict[UUID, list[Member]]:
        """Members admitted this year were voted on at the cell's last meeting at least two
        weeks before the admission."""
        held = [s for s in slots if s.held_on is not None]
        votes: dict[UUID, list[Member]] = {}
        for member in self._members:
            admitted = member.admission_date
            if admitted is None or admitted.year != self._year:
                continue
            vote_by = admitted - timedelta(days=_ADMISSION_VOTE_DAYS)
            before = [s for s in held if s.held_on is not None and s.held_on <= vote_by]
            if before:
                votes.setdefault(before[-1].id, []).append(member)
        return votes

    # -- one meeting ------------------------------------------------------------------------
    def _held(
        self,
        slot: _Slot,
        chair: Person,
        secretary: Person,
        previous_tasks: list[MeetingTask],
        later: list[date],
        admissions: list[Member],
    ) -> tuple[Meeting, list[Attendance], list[MeetingTask]]:
        rng = self._rng
        held_on = slot.held_on
        assert held_on is not None
        # The roll and the minutes are entered on the day of the meeting.
        sitting = self._entry.sitting(rng, held_on)
        roll = self._attendance(slot, held_on, {chair.member_id, secretary.member_id}, sitting)
        attended = [a for a in roll if a.presence is not None and a.presence.attended]
        present = [Person(a.member_name, a.member_id) for a in attended]
        doers = [
            Person(a.member_name, a.member_id) for a in attended if a.standing is Standing.REGULAR
        ]
        assigned = self._tasks(slot, held_on, doers, later, sitting)
        reviews = tuple(self._review(t, held_on) for t in previous_tasks)
        rules = _meeting_rules(held_on)
        minimum = minimum_minutes(slot.kind, len(roll), rules)
        if slot.id == self._short_meeting or (
            slot.kind is MeetingKind.REGULAR and rng.random() < _SHORT_MEETINGS
        ):
            duration = max(30, minimum - 10 - _below(rng, 21))
        else:
            duration = max(minimum, 90) + _below(rng, 41)
        ends_at = (datetime.combine(held_on, self._start) + timedelta(minutes=duration)).time()
        guests: tuple[Guest, ...] = ()
        if self._liaison is not None and rng.random() < _LIAISON_ATTENDING:
            guests = (Guest(self._liaison.full_name, LIAISON_POST, superior_delegate=True),)
        thematic = slot.kind is MeetingKind.THEMATIC
        month = held_on.month
        if thematic:
            document_type = DocumentType.CONCLUSION
            title = f"Kết luận về chuyên đề “{slot.topic}”"
            conclusion = (
                f"Chi bộ thống nhất các nội dung của chuyên đề “{slot.topic}”; mỗi đảng viên "
                "đăng ký việc làm cụ thể và báo cáo kết quả tại buổi sinh hoạt tới."
            )
        else:
            document_type = DocumentType.RESOLUTION
            title = f"Nghị quyết chi bộ tháng {month} năm {held_on.year}"
            conclusion = (
                f"Chi bộ thống nhất đánh giá tháng {month} đã hoàn thành cơ bản các nhiệm vụ "
                f"đề ra; tháng tới tập trung {_lower_first(assigned[0].what)}."
            )
        paying = [a for a in roll if a.fee is not None]
        paid = sum(a.fee is FeeStatus.PAID for a in paying)
        fee_note = f"Đã thu đảng phí tháng {month} của {paid}/{len(paying)} đồng chí."
        minutes = Minutes(
            starts_at=self._start,
            ends_at=ends_at,
            place=self._place,
            chair=chair,
            secretary=secretary,
            guests=guests,
            fee_note=fee_note if paying else "",
            agenda=self._agenda(slot, chair, secretary, present, roll, previous_tasks),
            task_reviews=reviews,
            conclusion=conclusion,
            document_type=document_type,
            document_title=title,
            document_text="\n".join(f"{n}. {t.what}." for n, t in enumerate(assigned, 1)),
            votes=self._votes(roll, title, admissions),
            # A draft is still being written up: its score is not in yet.
            quality=self._quality(rules, duration < minimum) if slot.finalised else (),
        )
        meeting = Meeting(
            id=slot.id,
            unit_id=self._cell.id,
            kind=slot.kind,
            planned_on=slot.planned_on,
            topic=slot.topic,
            state=MeetingState.DRAFT,
            held_on=held_on,
            minutes=minutes,
        )
        return meeting, roll, assigned

    def _attendance(
        self, slot: _Slot, day: date, always_present: set[UUID | None], sitting: _Sitting
    ) -> list[Attendance]:
        rng = self._rng
        collects_fee = slot.kind is not MeetingKind.THEMATIC
        rows = []
        on_roll = (
            m
            for m in self._roll
            if (m.admission_date is None or m.admission_date <= day)
            and (m.id not in self._left_on or self._on_roll_then(m, day))
        )
        for position, member in enumerate(on_roll):
            drifting = member.id == self._absentee and day.month in self._absent_months
            standing, presence, reason = self._presence(member, day, drifting, always_present)
            fee: FeeStatus | None = None
            # A member temporarily active elsewhere pays the fee where they are active.
            if collects_fee and standing is not Standing.ELSEWHERE:
                unpaid = _UNPAID_PRESENT if presence.attended else _UNPAID_ABSENT
                fee = FeeStatus.UNPAID if drifting or rng.random() < unpaid else FeeStatus.PAID
            rows.append(
                Attendance(
                    id=sitting.new_id(),
                    meeting_id=slot.id,
                    member_id=member.id,
                    member_name=member.full_name,
                    official=member.official_date is not None and member.official_date <= day,
                    standing=standing,
                    presence=presence,
                    reason=reason,
                    fee=fee,
                    position=position,
                )
            )
        return rows

    def _presence(
        self, member: Member, day: date, drifting: bool, always_present: set[UUID | None]
    ) -> tuple[Standing, Presence, str]:
        """How the member stood, whether they came, and the reason they gave for not coming."""
        draw = self._rng.random()
        left = self._away.get(member.id)
        if left is not None and left <= day:
            return Standing.ELSEWHERE, Presence.ABSENT_EXCUSED, _AWAY_REASON
        if member.status is MemberStatus.EXEMPT and self._exempt_on(member, day):
            if draw < _EXEMPT_ATTENDING:
                return Standing.EXEMPT, Presence.PRESENT, ""
            return Standing.EXEMPT, Presence.ABSENT_EXCUSED, _EXEMPT_REASON
        if drifting:
            return Standing.REGULAR, Presence.ABSENT_UNEXCUSED, ""
        if member.id in always_present:
            return Standing.REGULAR, Presence.PRESENT, ""
        if draw < _ABSENT_UNEXCUSED:
            return Standing.REGULAR, Presence.ABSENT_UNEXCUSED, ""
        draw -= _ABSENT_UNEXCUSED
        if draw < _ABSENT_EXCUSED:
            older = member.birth_date is not None and day.year - member.birth_date.year >= 70
            reason = self._rng.choice(_REASONS_OLDER if older else _REASONS_YOUNGER)
            return Standing.REGULAR, Presence.ABSENT_EXCUSED, reason
        draw -= _ABSENT_EXCUSED
        if draw < _LATE:
            return Standing.REGULAR, Presence.LATE, ""
        if draw < _LATE + _LEFT_EARLY:
            return Standing.REGULAR, Presence.LEFT_EARLY, ""
        return Standing.REGULAR, Presence.PRESENT, ""

    def _on_roll_then(self, member: Member, day: date) -> bool:
        """In an earlier year: on the roll on ``day`` (on it today, or left after ``day``)."""
        if member.status in _ON_ROLL:
            return True
        left = self._left_on.get(member.id)
        return left is not None and left > day

    def _exempt_on(self, member: Member, day: date) -> bool:
        """An exempt member was exempt on ``day`` (this year: the whole year, as the roll
        shows them; an earlier year: from their status date)."""
        since = self._left_on.get(member.id)
        return since is None or since <= day

    def _tasks(
        self,
        slot: _Slot,
        held_on: date,
        doers: list[Person],
        later: list[date],
        sitting: _Sitting,
    ) -> list[MeetingTask]:
        """Two to four tasks for members who were there, due in two to four weeks (a few with
        no deadline: a rule check asks for one), reported on at the meeting after the deadline."""
        rng = self._rng
        tasks = []
        for position, what in enumerate(rng.sample(self._task_pool, 2 + _below(rng, 3))):
            doer = rng.choice(doers)
            deadline: date | None = held_on + timedelta(days=14 + _below(rng, 17))
            if rng.random() < _TASKS_WITHOUT_DEADLINE:
                deadline = None
            report_back = next((d for d in later if deadline is None or d >= deadline), None)
            tasks.append(
                MeetingTask(
                    id=sitting.new_id(),
                    meeting_id=slot.id,
                    what=what,
                    assignee=doer.name,
                    assignee_id=doer.member_id,
                    deadline=deadline,
                    report_back_on=report_back,
                    position=position,
                )
            )
        return tasks

    def _review(self, task: MeetingTask, on: date) -> TaskReview:
        """What came of last meeting's task, as the meeting on ``on`` heard it."""
        rng = self._rng
        result, note = TaskResult.DONE, ""
        if task.deadline is not None and task.deadline > on:
            result, note = TaskResult.PARTLY, _NOT_DUE_NOTE
        else:
            draw = rng.random()
            if draw < 0.05:
                result, note = TaskResult.NOT_DONE, rng.choice(_NOT_DONE_NOTES)
            elif draw < 0.22:
                result, note = TaskResult.PARTLY, rng.choice(_PARTLY_NOTES)
        return TaskReview(task.id, task.assignee, task.what, task.deadline, result, note)

    def _agenda(
        self,
        slot: _Slot,
        chair: Person,
        secretary: Person,
        present: list[Person],
        roll: list[Attendance],
        previous_tasks: list[MeetingTask],
    ) -> tuple[AgendaItem, ...]:
        """The default agenda of the meeting's kind, 4 to 8 of its items, with what was said."""
        rng = self._rng
        items = list(zip(DEFAULT_AGENDAS[slot.kind], _AGENDA_ROLES[slot.kind], strict=True))
        optional = [title for title, role in items if role in _OPTIONAL_ROLES]
        low, high = _AGENDA_ITEMS
        keep = rng.randint(max(low, len(items) - len(optional)), min(high, len(items)))
        left_out = set(rng.sample(optional, len(items) - keep))
        required = sum(a.standing is Standing.REGULAR for a in roll)
        month = (slot.held_on or slot.planned_on).month

        def said(
            gists: tuple[str, ...], count: int, by: Person | None = None
        ) -> tuple[Speech, ...]:
            return tuple(
                Speech(by or rng.choice(present), gist.format(month=month, topic=slot.topic))
                for gist in rng.sample(gists, min(count, len(gists)))
            )

        agenda = []
        for title, role in items:
            if title in left_out:
                continue
            content = ""
            speeches: tuple[Speech, ...] = ()
            if role == "opening":
                content = (
                    f"Đồng chí {chair.name} khai mạc, giới thiệu đại biểu; cử đồng chí "
                    f"{secretary.name} làm thư ký; có mặt {len(present)} đồng chí "
                    f"({required} đồng chí phải dự)."
                )
            elif role == "report":
                speeches = said(_REPORT_GISTS, 1, chair)
            elif role == "review":
                content = "\n".join(f"- {t.assignee}: {t.what}" for t in previous_tasks)
                reporters = {t.assignee_id for t in previous_tasks}
                by = next((p for p in present if p.member_id in reporters), None)
                speeches = said(_REVIEW_GISTS, 1, by) if previous_tasks else ()
            elif role == "news":
                speeches = said(_NEWS_GISTS, 1)
            elif role == "discussion":
                speeches = said(_DISCUSSION_GISTS, 1 + _below(rng, 3))
            elif role == "presentation":
                speeches = said((_PRESENTATION_GIST,), 1)
            elif role == "thematic_discussion":
                speeches = said(_THEMATIC_GISTS, 2 + _below(rng, 2))
            elif role == "presentation_and_discussion":
                speeches = said((_PRESENTATION_GIST,), 1) + said(
                    _THEMATIC_GISTS, 1 + _below(rng, 2)
                )
            agenda.append(AgendaItem(title, content, speeches))
        return tuple(agenda)

    def _votes(
        self, roll: list[Attendance], subject: str, admissions: list[Member]
    ) -> tuple[Vote, ...]:
        """Only the official members present vote; now and then one votes against."""
        rng = self._rng
        voting = sum(
            a.official
            and a.standing is not Standing.ELSEWHERE
            and a.presence is not None
            and a.presence.attended
            for a in roll
        )
        against = 1 if voting > 4 and rng.random() < 0.05 else 0
        votes = [
            Vote(
                f"Thông qua {_lower_first(subject)}", VoteKind.RESOLUTION, voting - against, against
            )
        ]
        votes += [
            Vote(f"Đề nghị kết nạp quần chúng {m.full_name} vào Đảng", VoteKind.ADMISSION, voting)
            for m in admissions
        ]
        votes.append(Vote(_MINUTES_VOTE, VoteKind.MINUTES, voting))
        return tuple(votes)

    def _quality(self, rules: MeetingRules, too_short: bool) -> tuple[QualityMark, ...]:
        """Each criterion near its full weight; a meeting cut short loses the time points."""
        marks = []
        for criterion, weight in rules.quality_weights:
            points = weight - _below(self._rng, 1 + weight * self._quality_slack // 10)
            if too_short and criterion == "time_and_duration":
                points = min(points, weight // 5)
            marks.append(QualityMark(criterion, points))
        return tuple(marks)

    @staticmethod
    def _finalised(
        meeting: Meeting,
        roll: list[Attendance],
        tasks: list[MeetingTask],
        numbers: dict[DocumentType, int],
    ) -> Meeting:
        """Numbered within the term (per document type), locked with its content hash, as
        ``MeetingService.finalise`` does; the next day or two after the meeting."""
        held_on = meeting.held_on
        assert held_on is not None
        kind = meeting.minutes.document_type
        numbers[kind] += 1
        numbered = dataclasses.replace(
            meeting, minutes=dataclasses.replace(meeting.minutes, document_number=numbers[kind])
        )
        return dataclasses.replace(
            numbered,
            state=MeetingState.FINALISED,
            finalised_on=held_on + timedelta(days=1),
            content_hash=MinutesRecord(numbered, tuple(roll), tuple(tasks)).content_hash(),
        )


def _numbers_given(earlier: Sequence[CellMeetings], term: date) -> dict[DocumentType, int]:
    """The last number of each document type given in the term (from ``term``), as
    ``MeetingService.next_document_number`` counts them."""
    numbers = dict.fromkeys(DocumentType, 0)
    for year in earlier:
        for meeting in year.meetings:
            number = meeting.minutes.document_number
            if number is not None and meeting.held_on is not None and meeting.held_on >= term:
                kind = meeting.minutes.document_type
                numbers[kind] = max(numbers[kind], number)
    return numbers


def _last_tasks(year: CellMeetings) -> list[MeetingTask]:
    """The tasks given at the year's last meeting held."""
    held = [m for m in year.meetings if m.held_on is not None]
    if not held:
        return []
    last = held[-1].id
    return [t for t in year.tasks if t.meeting_id == last]


def _adopted_across(years: list[CellMeetings]) -> list[CellMeetings]:
    """Each year's last minutes adopted at the first meeting held the year after."""
    for index, (year, following) in enumerate(pairwise(list(years))):
        first = next((m for m in following.meetings if m.held_on is not None), None)
        if first is None:
            continue
        meetings = [
            dataclasses.replace(
                m,
                state=MeetingState.ADOPTED,
                adopted_on=first.held_on,
                adopted_at_meeting_id=first.id,
            )
            if m.state is MeetingState.FINALISED
            else m
            for m in year.meetings
        ]
        years[index] = dataclasses.replace(year, meetings=tuple(meetings))
    return years


def _adopted(meetings: list[Meeting]) -> list[Meeting]:
    """Finalised minutes are adopted at the cell's next meeting once it has been held."""
    held = [m for m in meetings if m.held_on is not None]
    following = {m.id: n for m, n in pairwise(held)}
    adopted = []
    for meeting in meetings:
        at = following.get(meeting.id)
        if meeting.state is MeetingState.FINALISED and at is not None:
            meeting = dataclasses.replace(
                meeting,
                state=MeetingState.ADOPTED,
                adopted_on=at.held_on,
                adopted_at_meeting_id=at.id,
            )
        adopted.append(meeting)
    return adopted


# -- the annual evaluation -------------------------------------------------------------------
REVIEW_SEASON_MONTH = 11  # the review of the year starts in November (Hướng dẫn 43, 31/10/2025)
REVIEW_MIN_YEARS = 2  # the year under review and the one before it, at least
CASE_CELL_MIN_MEMBERS = 10
_MATERNITY_CASE = "maternity"
_ROAMING_CASES = (_MATERNITY_CASE,)


class ReviewCase(StrEnum):
    """What each of the first cells holds, on purpose, in the year under review."""

    # Two members not evaluated yet (one has only assessed themselves), a self level outside
    # its score band; the committee has not decided the cell. (A member on maternity leave is
    # in the first case cell with a young woman.)
    PENDING = "pending"
    # HTXSNV without the task conditions, a forced KHTNV condition rated HTNV, a discipline
    # without the decision that weighs it and one with it, a member temporarily active
    # elsewhere with the host's comment; a member with five HTXSNV years running.
    MEMBER_RULES = "member_rules"
    # The secretary was disciplined (the decision weighs it) and the cell proposes HTXSNV.
    LEADER_DISCIPLINED = "leader_disciplined"
    CAP_EXCEEDED = "cap_exceeded"  # more HTXSNV than 20% of HTTNV
    # Between 20% and 25%: kept only thanks to the competent level's decision; a member with
    # five HTXSNV years running.
    CAP_EXCEPTION = "cap_exception"
    NEWLY_FORMED = "newly_formed"  # not classified this year


@dataclass(frozen=True, slots=True)
class DemoReviews:
    """Records of the annual evaluation drawn together: a commune's review years and own
    classification, or a cell's posts, disciplines, temporary transfers and evaluations."""

    posts: tuple[PartyPost, ...] = ()
    distinctions: tuple[Distinction, ...] = ()
    transfers: tuple[Transfer, ...] = ()
    years: tuple[EvaluationYear, ...] = ()
    units: tuple[UnitEvaluation, ...] = ()
    members: tuple[MemberEvaluation, ...] = ()


ReviewRecord = (
    PartyPost | Distinction | Transfer | EvaluationYear | UnitEvaluation | MemberEvaluation
)


def review_records(drawn: Iterable[DemoReviews]) -> Iterator[ReviewRecord]:
    """The records of ``drawn``, each kind together (a bulk insert writes a run of one kind in
    one statement)."""
    drawn = list(drawn)
    for reviews in drawn:
        yield from reviews.posts
    for reviews in drawn:
        yield from reviews.distinctions
    for reviews in drawn:
        yield from reviews.transfers
    for reviews in drawn:
        yield from reviews.years
    for reviews in drawn:
        yield from reviews.units
    for reviews in drawn:
        yield from reviews.members


@dataclass(frozen=True, slots=True)
class _ReviewYear:
    year: int
    review_on: date
    rules: ClassificationRules | None  # None: no profile in force (an archive year)
    full: bool  # every member required to review is evaluated; else the streak members only
    under_review: bool  # open, with the deliberate cases
    new_after: date  # members admitted after this day are too new to be reviewed

    @property
    def scored(self) -> bool:
        return self.rules is not None and self.rules.score_bands is not None


# Shares of members' final levels (the cap then sets HTXSNV at about 14%), and of organisations'.
_SHARE_NOT_COMPLETED = 0.02
_SHARE_COMPLETED = 0.12
_CELL_LEVELS = ((Level.EXCELLENT, 0.15), (Level.GOOD, 0.70), (Level.COMPLETED, 0.13))
_COMMUNE_LEVELS = ((Level.EXCELLENT, 0.25), (Level.GOOD, 0.70), (Level.COMPLETED, 0.05))
_CLAIMED_EXCELLENT = 0.3  # of the members just below the cap, who assessed themselves HTXSNV
_LOWERED_BY_COMMITTEE = 0.1  # cells whose level the commune committee lowered
_DISCIPLINED = 0.02  # of the members rated HTNV or KHTNV: a discipline in the year
_SICK, _MATERNITY = 0.005, 0.01
_SCORES = {
    Level.EXCELLENT: (90, 97),
    Level.GOOD: (70, 89),
    Level.COMPLETED: (50, 69),
    Level.NOT_COMPLETED: (30, 49),
}
_DISCIPLINE_TITLES = (
    "Thiếu trách nhiệm trong thực hiện nhiệm vụ được giao",
    "Vi phạm quy chế làm việc của cơ quan",
    "Vi phạm quy định về quản lý đất đai ở khu dân cư",
    "Không chấp hành sự phân công của tổ chức",
)
_DISCIPLINE_WEIGHED = (
    "Đảng ủy xem xét: vi phạm không gắn với nhiệm vụ được giao trong năm, đã khắc phục; "
    "xếp loại hoàn thành nhiệm vụ."
)
_LEADER_DISCIPLINE_TITLE = "Buông lỏng lãnh đạo, để xảy ra vi phạm trong quản lý đất đai"
_RESIDENCE_COMMENTS = (
    "Gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước nơi cư trú.",
    "Tích cực tham gia các phong trào, hoạt động ở khu dân cư.",
    "Gia đình gương mẫu, giữ mối quan hệ tốt với nhân dân nơi cư trú.",
)
_HOST_COMMENT = (
    "Chi bộ lớp học nhận xét: chấp hành nghiêm quy chế học tập, tích cực tham gia sinh hoạt "
    "chi bộ, hoàn thành tốt nhiệm vụ học viên."
)
_HOST_ORGANISATION = "Chi bộ lớp Trung cấp lý luận chính trị, Trường Chính trị tỉnh {province}"
_MATERNITY_NOTE = "Nghỉ thai sản từ tháng {month}; xếp loại theo kết quả công việc thực tế."
_SICK_NOTE = "Nghỉ ốm dài ngày; xếp loại theo kết quả công việc thực tế."
_NOT_COMPLETED_NOTE = "Hơn một nửa số nhiệm vụ trong năm không hoàn thành."
_ARCHIVE_NOTE = "Theo hồ sơ lưu trữ."
_NEWLY_FORMED_NOTE = "Chi bộ mới thành lập trong năm, chưa đánh giá, xếp loại."
_CAP_EXCEPTION_DECISION = (
    "Quyết định số {number}-QĐ/ĐU ngày {day:%d/%m/%Y} của Ban Thường vụ Đảng ủy cho phép "
    "tỷ lệ HTXSNV đến 25%"
)


def _classification(year: int) -> ClassificationRules | None:
    """The built-in classification profile in force on 31 December of the year, if any."""
    try:
        profile = profile_in_force(BUILTIN_PROFILES, ProfileKind.CLASSIFICATION, date(year, 12, 31))
    except NoProfileInForce:
        return None
    values = profile.values
    assert isinstance(values, ClassificationRules)
    return values


def _draw_level(rng: random.Random, shares: tuple[tuple[Level, float], ...]) -> Level:
    draw = rng.random()
    for level, share in shares:
        if draw < share:
            return level
        draw -= share
    return Level.NOT_COMPLETED


def _lower(level: Level) -> Level:
    return LEVELS[min(LEVELS.index(level) + 1, len(LEVELS) - 1)]


def _required(member: Member, year: _ReviewYear) -> bool:
    """Whether the member is required to review in the year, as the evaluation service reads it
    from the roll on the review date (``not_reviewed_reason``): admitted by the cut-off for new
    members and active that day (neither exempt, suspended nor off the roll). Demo members
    have no status log: a status holds from its date, ACTIVE before it."""
    admitted = member.admission_date
    if admitted is not None and admitted > year.new_after:
        return False
    return member.status is MemberStatus.ACTIVE or (
        member.status_date is not None and member.status_date > year.review_on
    )


def _cell_congresses(today: date) -> tuple[date | None, date]:
    """The start of the last two cell congresses held by ``today`` (twice in a five-year term:
    in April of the term's first year and in September of its third)."""
    starts = [
        date(year, 4, 1) if year % 5 == 0 else date(year, 9, 1)
        for year in range(today.year - 6, today.year + 1)
        if year % 5 in (0, 2)
    ]
    held = [s for s in starts if s + timedelta(days=_CONGRESS_DAYS) <= today]
    return (held[-2] if len(held) > 1 else None), held[-1]


_CONGRESS_DAYS = 45  # a season's cell congresses are held over this many days


class _CellReviewDraw:
    """One cell's review years: its posts, then each year's members and the cell's own level,
    keeping the cap of HTXSNV members (except, on purpose, in a case cell). Members are handled
    by their position in the cell (a province draws some 600,000 evaluations)."""

    def __init__(
        self,
        rng: random.Random,
        entry: DataEntry,
        cell: Unit,
        commune: Unit,
        members: list[Member],
        years: tuple[_ReviewYear, ...],
        case: ReviewCase | None,
        province: Province,
        wanted: set[str],
    ) -> None:
        self._rng = rng
        self._entry = entry
        self._wanted = wanted
        self._today = entry.today
        self._cell = cell
        self._members = members
        self._years = years
        self._case = case
        self._province = province
        self._issuer = f"Ban Thường vụ Đảng ủy {commune.name.removeprefix('Đảng bộ ')}"
        # The forms filled in the cell: 2C or 2B, and 2A for its leaders.
        self._plain_form = default_form(cell.kind, False)
        self._comments = cell.kind is not CellKind.RESIDENTIAL
        # How well each member works, the same every year; each year adds its own luck.
        self._merit = [rng.gauss(0, 1) for _ in members]
        # Each year's evaluations, the cell's own included, are entered on its review day.
        self._reviewing = {y.year: entry.sitting(rng, y.review_on) for y in years}
        self._leader_since: dict[int, date] = {}  # member position → first day in a post
        self._posts: list[PartyPost] = []
        self._distinctions: list[Distinction] = []
        self._transfers: list[Transfer] = []
        self._evaluations: list[MemberEvaluation] = []
        self._units: list[UnitEvaluation] = []

    def run(self) -> DemoReviews:
        self._draw_posts()
        streak = self._streak_members()
        for year in self._years:
            if year.full:
                self._year(year, streak)
            else:
                leaders = self._leaders_in(year.year)
                self._evaluations += [
                    self._evaluation(i, year, Level.EXCELLENT, i in leaders, notes=_ARCHIVE_NOTE)
                    for i in streak
                ]
        return DemoReviews(
            posts=tuple(self._posts),
            distinctions=tuple(self._distinctions),
            transfers=tuple(self._transfers),
            units=tuple(self._units),
            members=tuple(self._evaluations),
        )

    # -- posts ------------------------------------------------------------------------------
    def _draw_posts(self) -> None:
        """A secretary; a deputy from 5 official members; a committee (chi ủy) of 3 from 9 and
        of 5 from 30. Elected at the last cell congress or, for some, the one before, among
        the abler half of the official members."""
        rng = self._rng
        previous, latest = _cell_congresses(self._today)
        elected_on = min(latest + timedelta(days=_below(rng, _CONGRESS_DAYS)), self._today)
        official = [
            i
            for i, m in enumerate(self._members)
            if m.status is MemberStatus.ACTIVE
            and m.official_date is not None
            and m.official_date <= latest
        ]
        if not official:
            return
        seats = [PostKind.SECRETARY]
        if len(official) >= 5:
            seats.append(PostKind.DEPUTY_SECRETARY)
        if len(official) >= 9:
            seats.append(PostKind.COMMITTEE_MEMBER)
        if len(official) >= 30:
            seats += [PostKind.COMMITTEE_MEMBER, PostKind.COMMITTEE_MEMBER]
        ranked = sorted(official, key=lambda i: -self._merit[i])
        holders = rng.sample(ranked[: max(len(seats), len(ranked) // 2)], len(seats))
        for post, index in zip(seats, holders, strict=True):
            member = self._members[index]
            started = elected_on
            official_on = member.official_date
            assert official_on is not None
            if previous is not None and official_on <= previous and rng.random() < 0.5:
                started = previous + timedelta(days=_below(rng, _CONGRESS_DAYS))
            self._leader_since[index] = started
            self._posts.append(
                PartyPost(
                    id=self._entry.sitting(rng, started).new_id(),
                    member_id=member.id,
                    unit_id=self._cell.id,
                    post=post,
                    started_on=started,
                    decision=f"{10 + _below(rng, 240)}-QĐ/ĐU",
                )
            )

    def _leaders_in(self, year: int) -> set[int]:
        last = date(year, 12, 31)
        return {i for i, since in self._leader_since.items() if since <= last}

    def _secretary(self) -> int | None:
        """The position of the cell's secretary among its members."""
        post = next((p for p in self._posts if p.post is PostKind.SECRETARY), None)
        if post is None:
            return None
        return next(i for i, m in enumerate(self._members) if m.id == post.member_id)

    # -- members ----------------------------------------------------------------------------
    def _streak_members(self) -> list[int]:
        """In two case cells, the ablest member reviewed in every year back to the first of
        the streak is rated HTXSNV in each of them."""
        if self._case not in (ReviewCase.MEMBER_RULES, ReviewCase.CAP_EXCEPTION):
            return []
        secretary = self._secretary()
        eligible = [
            i
            for i, m in enumerate(self._members)
            if i != secretary and all(_required(m, y) for y in self._years)
        ]
        return [max(eligible, key=lambda i: self._merit[i])] if eligible else []

    def _year(self, year: _ReviewYear, streak: list[int]) -> None:
        rng, members = self._rng, self._members
        reviewed = [i for i, m in enumerate(members) if _required(m, year)]
        leaders = self._leaders_in(year.year)
        special = self._special(year, reviewed, leaders, streak) if year.under_review else {}
        written = [e for e in special.values() if e is not None]
        self._evaluations += written
        special_excellent = sum(e.final_level is Level.EXCELLENT for e in written)
        special_good = sum(e.final_level is Level.GOOD for e in written)
        regular = [i for i in reviewed if i not in special]
        not_completed = sum(rng.random() < _SHARE_NOT_COMPLETED for _ in regular)
        completed = min(
            sum(rng.random() < _SHARE_COMPLETED for _ in regular), len(regular) - not_completed
        )
        in_streak = [i for i in streak if i in regular]
        excellent, completed = self._excellent_count(
            year,
            len(regular) - not_completed - completed,
            completed,
            special_excellent,
            special_good,
            len(in_streak),
        )
        good_end = len(regular) - not_completed - completed
        merit = self._merit
        luck = {i: merit[i] + rng.random() - 0.5 for i in regular}
        order = in_streak + sorted(
            (i for i in regular if i not in in_streak), key=lambda i: -luck[i]
        )
        claims_up_to = excellent + max(excellent, 1)  # just below the cap
        leader_disciplined = False
        for position, index in enumerate(order):
            if position < excellent:
                level = Level.EXCELLENT
            elif position < good_end:
                level = Level.GOOD
            elif position < good_end + completed:
                level = Level.COMPLETED
            else:
                level = Level.NOT_COMPLETED
            # The cap keeps some who assessed themselves HTXSNV at HTTNV.
            claimed = None
            if level is Level.GOOD and position < claims_up_to:
                claimed = Level.EXCELLENT if rng.random() < _CLAIMED_EXCELLENT else None
            evaluation = self._evaluation(index, year, level, index in leaders, claimed)
            if level is Level.GOOD or level is Level.COMPLETED:
                evaluation = self._leave(index, year, evaluation)
            low = level is Level.COMPLETED or level is Level.NOT_COMPLETED
            if low and rng.random() < _DISCIPLINED:
                title = rng.choice(_DISCIPLINE_TITLES)
                self._distinctions.append(self._discipline(index, year.year, title))
                leader_disciplined = leader_disciplined or index in leaders
                if level is Level.COMPLETED:  # weighed: not KHTNV
                    evaluation = dataclasses.replace(
                        evaluation, discipline_decision=_DISCIPLINE_WEIGHED
                    )
            self._evaluations.append(evaluation)
        if any(
            i in leaders and e is not None and e.discipline_decision for i, e in special.items()
        ):
            leader_disciplined = True
        self._units.append(self._unit_evaluation(year, leader_disciplined))

    def _excellent_count(
        self,
        year: _ReviewYear,
        above: int,
        completed: int,
        special_excellent: int,
        special_good: int,
        streak: int,
    ) -> tuple[int, int]:
        """How many of the regular members rated HTXSNV or HTTNV (``above``) are HTXSNV, and
        how many are HTNV: the cell keeps HTXSNV ≤ 20% of HTTNV, or in a case cell exceeds it
        (up to the exception's 25%, or beyond)."""
        case = self._case if year.under_review else None
        if case is ReviewCase.CAP_EXCEEDED:
            return min(above, (above + special_good - 5 * special_excellent) // 6 + 1), completed
        if case is ReviewCase.CAP_EXCEPTION:
            # HTNV members instead of HTTNV until some count lies in (20%, 25%] of HTTNV.
            for moved in range(above):
                for excellent in range(1, above - moved + 1):
                    total = excellent + special_excellent
                    good = above - moved - excellent + special_good
                    if 5 * total > good and 4 * total <= good:
                        return excellent, completed + moved
        excellent = max(0, (above + special_good - 5 * special_excellent) // 6)
        if excellent > streak and self._rng.random() < 0.3:
            excellent -= 1
        return excellent, completed

    def _evaluation(
        self,
        index: int,
        year: _ReviewYear,
        final: Level,
        leads: bool,
        claimed: Level | None = None,
        score: int | None = None,
        **changes: Any,
    ) -> MemberEvaluation:
        """A member's evaluation rated ``final`` by the committee (and proposed so by the
        cell), whose work shows ``claimed`` (what they assessed themselves) when higher:
        under a profile with the 100-point scale, a score in that level's band and the task
        figures its conditions look at."""
        rng, rules = self._rng, year.rules
        shown = claimed or final
        general = task = late = above = undone = None
        self_level = shown
        if rules is not None and year.scored:
            general_max, task_max = rules.general_group_points, rules.task_points
            assert general_max is not None and task_max is not None
            if score is None:
                low, high = _SCORES[shown]
                total = low + _below(rng, high - low + 1)
            else:
                total = score
                self_level = band_level(total, rules) or shown
            share = round(total * general_max / (general_max + task_max)) + _below(rng, 5) - 2
            general = min(general_max, total, max(total - task_max, 0, share))
            task = total - general
            late, above, undone = self._task_figures(shown)
        form = FormType.LEADER if leads else self._plain_form
        comment = ""
        if self._comments and form is not FormType.OUTSIDE:
            # The residential cell where they live comments each year (Quy định 213).
            comment = _RESIDENCE_COMMENTS[_below(rng, len(_RESIDENCE_COMMENTS))]
        evaluation = MemberEvaluation(
            id=self._reviewing[year.year].new_id(),
            member_id=self._members[index].id,
            year=year.year,
            unit_id=self._cell.id,
            form=form,
            general_score=general,
            task_score=task,
            self_level=self_level,
            proposed_level=final,
            final_level=final,
            tasks_late_percent=late,
            tasks_above_percent=above,
            tasks_undone_percent=undone,
            shortcomings_remedied=shown is Level.EXCELLENT
            or shown is Level.GOOD
            or (shown is Level.COMPLETED and rng.random() < 0.7),
            residence_comment=comment,
            notes=_NOT_COMPLETED_NOTE if undone is not None and undone > 50 else "",
        )
        return dataclasses.replace(evaluation, **changes) if changes else evaluation

    def _task_figures(self, level: Level) -> tuple[int, int, int]:
        """(late, above the requirement, not done) percent of the year's tasks: HTXSNV all on
        time with 30% or more above; HTNV at most 20% late; KHTNV often more than half undone."""
        rng = self._rng
        if level is Level.EXCELLENT:
            return 0, 30 + _below(rng, 41), 0
        if level is Level.GOOD:
            late = 0 if rng.random() < 0.7 else 1 + _below(rng, 10)
            return late, _below(rng, 30), _below(rng, 6)
        if level is Level.COMPLETED:
            return _below(rng, 21), _below(rng, 11), _below(rng, 31)
        return 10 + _below(rng, 31), 0, 20 + _below(rng, 61)

    def _leave(
        self, index: int, year: _ReviewYear, evaluation: MemberEvaluation
    ) -> MemberEvaluation:
        """Now and then a long sick leave or a maternity leave in the year."""
        draw = self._rng.random()
        if draw > 1 - _SICK:
            return dataclasses.replace(evaluation, leave=Leave.SICK, notes=_SICK_NOTE)
        if draw < _MATERNITY:
            member = self._members[index]
            if member.gender is Gender.FEMALE and _younger_than(member, year.review_on, 42):
                month = 1 + _below(self._rng, 10)
                note = _MATERNITY_NOTE.format(month=f"{month}/{year.year}")
                return dataclasses.replace(evaluation, leave=Leave.MATERNITY, notes=note)
        return evaluation

    def _discipline(
        self,
        index: int,
        year: int,
        title: str,
        level: DisciplineLevel = DisciplineLevel.REPRIMAND,
    ) -> Distinction:
        rng = self._rng
        latest = min(date(year, 11, 30), self._today - timedelta(days=7))
        decided_on = _between(rng, min(date(year, 2, 1), latest), latest)
        return Distinction(
            id=self._entry.sitting(rng, decided_on).new_id(),
            member_id=self._members[index].id,
            kind=DistinctionKind.DISCIPLINE,
            decided_on=decided_on,
            title=title,
            discipline=level,
            decision_number=f"{1 + _below(rng, 60)}-QĐ/ĐU",
            issuer=self._issuer,
        )

    # -- the deliberate cases -----------------------------------------------------------------
    def _special(
        self,
        year: _ReviewYear,
        reviewed: list[int],
        leaders: set[int],
        streak: list[int],
    ) -> dict[int, MemberEvaluation | None]:
        """The case cell's members treated apart in the year under review, with what was
        recorded for each (None: nothing yet)."""
        rng, case, members = self._rng, self._case, self._members
        candidates = [i for i in reviewed if i not in leaders and i not in streak]
        rng.shuffle(candidates)
        chosen: dict[int, MemberEvaluation | None] = {}

        def take(wanted: Callable[[Member], bool] = lambda m: True) -> int | None:
            return next((i for i in candidates if i not in chosen and wanted(members[i])), None)

        def young(years: int) -> Callable[[Member], bool]:
            return lambda m: _younger_than(m, year.review_on, years)

        def rate(index: int | None, final: Level, **changes: Any) -> int | None:
            if index is not None:
                leads = index in leaders
                chosen[index] = self._evaluation(index, year, final, leads, **changes)
            return index

        if case is ReviewCase.PENDING:
            first = take()
            if first is not None:
                chosen[first] = None  # nothing handed in yet
            # Assessed themselves; the cell has not met yet.
            rate(take(), Level.GOOD, proposed_level=None, final_level=None)
            # 84 points is HTTNV, but the member put HTXSNV (the figures would allow it).
            rate(take(), Level.GOOD, claimed=Level.EXCELLENT, score=84, self_level=Level.EXCELLENT)
        elif case is ReviewCase.MEMBER_RULES:
            # Rated HTXSNV with tasks late and too few above the requirement.
            rate(take(), Level.EXCELLENT, tasks_late_percent=8, tasks_above_percent=15)
            # More than half the tasks not done forces KHTNV, yet HTNV was entered.
            rate(
                take(),
                Level.COMPLETED,
                score=58,
                tasks_undone_percent=60,
                tasks_late_percent=10,
                notes="",
            )
            undecided = rate(take(), Level.COMPLETED, score=62)
            if undecided is not None:
                title = _DISCIPLINE_TITLES[0]
                self._distinctions.append(self._discipline(undecided, year.year, title))
            weighed = rate(
                take(), Level.COMPLETED, score=74, discipline_decision=_DISCIPLINE_WEIGHED
            )
            if weighed is not None:
                title = _DISCIPLINE_TITLES[1]
                self._distinctions.append(self._discipline(weighed, year.year, title))
            away = rate(take(young(50)), Level.GOOD, host_comment=_HOST_COMMENT)
            if away is not None:
                self._transfers.append(self._temporary_transfer(away, year.year))
        elif case is ReviewCase.LEADER_DISCIPLINED:
            secretary = self._secretary()
            if secretary is not None and secretary in reviewed and secretary in leaders:
                rate(secretary, Level.COMPLETED, score=76, discipline_decision=_DISCIPLINE_WEIGHED)
                self._distinctions.append(
                    self._discipline(secretary, year.year, _LEADER_DISCIPLINE_TITLE)
                )
        if _MATERNITY_CASE in self._wanted:
            note = _MATERNITY_NOTE.format(month=f"6/{year.year}")
            mother = take(lambda m: m.gender is Gender.FEMALE and young(42)(m))
            if rate(mother, Level.GOOD, leave=Leave.MATERNITY, notes=note) is not None:
                self._wanted.discard(_MATERNITY_CASE)
        return chosen

    def _temporary_transfer(self, index: int, year: int) -> Transfer:
        """Away for a year's course at the province's political school, from spring."""
        rng = self._rng
        latest = min(date(year, 9, 15), self._today - timedelta(days=30))
        left = _between(rng, min(date(year, 2, 15), latest), latest)
        decided_on = left - timedelta(days=3 + _below(rng, 7))
        return Transfer(
            id=self._entry.sitting(rng, decided_on).new_id(),
            kind=TransferKind.TEMPORARY,
            direction=TransferDirection.OUT,
            decided_on=decided_on,
            member_id=self._members[index].id,
            from_unit_id=self._cell.id,
            other_organisation=_HOST_ORGANISATION.format(province=self._province.name),
            moved_on=left,
            ends_on=add_months(left, 12),
            for_study=True,
            letter_number=f"{1 + _below(rng, 90)}-GGT/ĐU",
            note="Đi học tập trung",
        )

    # -- the cell itself ----------------------------------------------------------------------
    def _unit_evaluation(self, year: _ReviewYear, leader_disciplined: bool) -> UnitEvaluation:
        """The cell's own level: its self-assessment and the commune committee's decision
        (never HTXSNV when a leader was disciplined in the year, except on purpose)."""
        rng = self._rng
        level = _draw_level(rng, _CELL_LEVELS)
        if leader_disciplined and level is Level.EXCELLENT:
            level = Level.GOOD
        lowered = level is not Level.NOT_COMPLETED and rng.random() < _LOWERED_BY_COMMITTEE
        evaluation = UnitEvaluation(
            id=self._reviewing[year.year].new_id(),
            unit_id=self._cell.id,
            year=year.year,
            self_level=level,
            final_level=_lower(level) if lowered else level,
        )
        case = self._case if year.under_review else None
        if case is ReviewCase.PENDING:
            return dataclasses.replace(evaluation, final_level=None)
        if case is ReviewCase.LEADER_DISCIPLINED:
            return dataclasses.replace(evaluation, self_level=Level.EXCELLENT, final_level=None)
        if case is ReviewCase.CAP_EXCEEDED:
            return dataclasses.replace(evaluation, self_level=Level.GOOD, final_level=Level.GOOD)
        if case is ReviewCase.CAP_EXCEPTION:
            decided = min(date(year.year, 11, 20), self._today)
            decision = _CAP_EXCEPTION_DECISION.format(number=30 + _below(rng, 60), day=decided)
            return dataclasses.replace(
                evaluation,
                self_level=Level.EXCELLENT,
                final_level=Level.EXCELLENT,
                cap_exception_decision=decision,
            )
        if case is ReviewCase.NEWLY_FORMED:
            return dataclasses.replace(
                evaluation,
                self_level=None,
                final_level=None,
                newly_formed=True,
                notes=_NEWLY_FORMED_NOTE,
            )
        return evaluation


def _younger_than(member: Member, day: date, years: int) -> bool:
    return member.birth_date is not None and age_on(member.birth_date, day) < years
