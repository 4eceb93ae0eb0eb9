"""Closed vocabularies of the domain. Values are stored; Vietnamese labels live in the ui layer."""

from __future__ import annotations

from enum import StrEnum


class SiteRole(StrEnum):
    COMMUNE = "commune"  # đảng ủy xã/phường: owns its commune and cells
    UPPER = "upper"  # tỉnh ủy (or, in older trees, huyện ủy): receives communes' packages


class UnitLevel(StrEnum):
    """Generic levels of the organisation tree; the tree itself decides how they nest."""

    PROVINCE = "province"  # tỉnh ủy, thành ủy
    DISTRICT = "district"  # huyện ủy, quận ủy (until 30/06/2025)
    COMMUNE = "commune"  # đảng ủy xã, phường, thị trấn (tổ chức cơ sở đảng)
    PARTIAL = "partial"  # đảng bộ bộ phận
    CELL = "cell"  # chi bộ


class CellKind(StrEnum):
    RESIDENTIAL = "residential"  # thôn, ấp, khu dân cư, khu phố, tổ dân phố
    AGENCY = "agency"
    SCHOOL = "school"
    HEALTH = "health"
    ENTERPRISE = "enterprise"
    MILITARY = "military"
    POLICE = "police"
    OTHER = "other"


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"


class MemberStatus(StrEnum):
    """Activity status (DOMAIN.md "Member record"). Probationary/official is not a status: it
    follows from the official date."""

    ACTIVE = "active"
    EXEMPT = "exempt"  # miễn công tác và sinh hoạt đảng
    SUSPENDED = "suspended"  # đình chỉ sinh hoạt
    TRANSFERRED_OUT = "transferred_out"
    DIED = "died"
    STRUCK_OFF = "struck_off"  # xóa tên
    EXPELLED = "expelled"  # khai trừ
    RESIGNED = "resigned"  # xin ra khỏi Đảng

    @property
    def on_roll(self) -> bool:
        """Still a member of the cell's organisation (counted in its totals)."""
        return self in (MemberStatus.ACTIVE, MemberStatus.EXEMPT, MemberStatus.SUSPENDED)


class Membership(StrEnum):
    PROBATIONARY = "probationary"
    OFFICIAL = "official"


class TheoryLevel(StrEnum):
    """Political theory (lý luận chính trị)."""

    ELEMENTARY = "elementary"  # sơ cấp
    INTERMEDIATE = "intermediate"  # trung cấp
    ADVANCED = "advanced"  # cao cấp
    BACHELOR = "bachelor"  # cử nhân


class PostKind(StrEnum):
    """Party posts held in a cell or committee."""

    SECRETARY = "secretary"  # bí thư
    DEPUTY_SECRETARY = "deputy_secretary"  # phó bí thư
    COMMITTEE_MEMBER = "committee_member"  # chi ủy viên / đảng ủy viên
    STANDING_MEMBER = "standing_member"  # ủy viên ban thường vụ


class DistinctionKind(StrEnum):
    AWARD = "award"  # khen thưởng
    DISCIPLINE = "discipline"  # kỷ luật


class DisciplineLevel(StrEnum):
    """Forms of Party discipline for members, mildest first."""

    REPRIMAND = "reprimand"  # khiển trách
    WARNING = "warning"  # cảnh cáo
    DISMISSAL = "dismissal"  # cách chức
    EXPULSION = "expulsion"  # khai trừ


class TransferKind(StrEnum):
    OFFICIAL = "official"  # chuyển sinh hoạt đảng chính thức
    TEMPORARY = "temporary"  # chuyển sinh hoạt đảng tạm thời


class TransferDirection(StrEnum):
    IN = "in"  # from outside the commune
    OUT = "out"  # to outside the commune
    INTERNAL = "internal"  # between cells of the commune
