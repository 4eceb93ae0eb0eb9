"""Realistic, deterministic demo data: an organisation tree and its members.

Everything is drawn from one seeded ``random.Random`` (UUIDs included), so the same seed and the
same ``today`` give the same records on every machine. Up to ``COMMUNE_MAX_CELLS`` cells make one
commune (what an office installs); more make a province of communes of about
``CELLS_PER_COMMUNE`` cells each (what an upper-level office receives), for benchmarks.

The spreads follow the published statistics closely enough for screens, reports and search to be
tried on something that looks like a real roster: family names (Nguyễn ≈ 38% of the Kinh), middle
and given names by gender and generation, ethnic minorities concentrated in some communes, older
members in residential cells and working-age ones in agencies and schools, a few percent admitted
each recent year (the probationary ones among them), a few exempt, dead or transferred out.
"""

from __future__ import annotations

import math
import random
import uuid
from bisect import bisect
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate
from uuid import UUID

from chibo_desktop.domain.catalogues import ETHNICITIES, NO_RELIGION
from chibo_desktop.domain.entities import Member, Site, Unit
from chibo_desktop.domain.enums import CellKind, Gender, MemberStatus, SiteRole, UnitLevel

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
# Members of minorities who moved from elsewhere belong to the larger groups, listed first.
_LARGE_GROUPS = 13


@dataclass(frozen=True, slots=True)
class DemoSpec:
    members: int
    cells: int
    years: int  # the last ``years`` years each have new admissions
    seed: int
    today: date

    def out_of_range(self) -> list[tuple[str, int, int]]:
        """(field, minimum, maximum) for each setting outside what the generator supports."""
        bounds = {
            "members": (0, MAX_MEMBERS),
            "cells": (1, MAX_CELLS),
            "years": (0, MAX_YEARS),
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


def _uuid(rng: random.Random) -> UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


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
        self.tree = self._draw_tree()
        self._allocate_members()
        self._member_seed = self._rng.getrandbits(64)
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
                id=_uuid(rng),
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
            id=_uuid(rng),
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
            id=_uuid(self._rng),
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
        used_ids: set[str] = set()
        used_cards: set[str] = set()
        for plan in self._plans:
            for _ in range(plan.members):
                yield self._member(rng, plan, used_ids, used_cards)

    def _member(
        self, rng: random.Random, plan: _CellPlan, used_ids: set[str], used_cards: set[str]
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
            id=_uuid(rng),
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
