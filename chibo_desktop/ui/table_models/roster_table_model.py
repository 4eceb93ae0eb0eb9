"""The roster table: loaded a page at a time (fetchMore), ordered and filtered by SQLite.

A province has 300,000 members: the model never holds more rows than the view has scrolled to, and
never queries inside ``data()`` — pages are fetched in ``fetchMore`` and on a new query only.
"""

from __future__ import annotations

import dataclasses
from typing import Any, ClassVar
from uuid import UUID

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from chibo_desktop.domain.dates import format_date
from chibo_desktop.domain.entities import Changes, Member
from chibo_desktop.domain.enums import MemberStatus
from chibo_desktop.domain.queries import MemberOrder, MemberQuery
from chibo_desktop.domain.text import name_sort_key
from chibo_desktop.services.members import MemberService
from chibo_desktop.ui.messages import GENDERS, MEMBERSHIPS, STATUSES, THEORY_LEVELS, label

PAGE_SIZE = 200

Index = QModelIndex | QPersistentModelIndex


class RosterTableModel(QAbstractTableModel):
    NAME, BIRTH_DATE, GENDER, UNIT, ADMISSION_DATE, OFFICIAL_DATE, STATUS, PARTY_CARD = range(8)
    ETHNICITY, RELIGION, PERSONAL_ID, PHONE, THEORY, QUALIFICATION, HOMETOWN = range(8, 15)
    COLUMN_COUNT = 15
    # Shown until the user chooses otherwise (the others are one right-click away).
    DEFAULT_COLUMNS = (NAME, BIRTH_DATE, GENDER, UNIT, ADMISSION_DATE, OFFICIAL_DATE, STATUS)
    # Stable names of the columns, for remembering the user's choice.
    KEYS = (
        "full_name", "birth_date", "gender", "unit", "admission_date", "official_date", "status",
        "party_card", "ethnicity", "religion", "personal_id", "phone", "theory_level",
        "qualification", "hometown",
    )  # fmt: skip
    ENTITY_ROLE = Qt.ItemDataRole.UserRole + 1
    SORT_ROLE = Qt.ItemDataRole.UserRole + 2

    _ORDER_BY_COLUMN: ClassVar[dict[int, MemberOrder]] = {
        NAME: MemberOrder.NAME,
        BIRTH_DATE: MemberOrder.BIRTH_DATE,
        UNIT: MemberOrder.UNIT,
        ADMISSION_DATE: MemberOrder.ADMISSION_DATE,
        STATUS: MemberOrder.STATUS,
    }

    def __init__(self, members: MemberService, parent: Any = None) -> None:
        super().__init__(parent)
        self._members = members
        self._query = MemberQuery()
        self._rows: list[Member] = []
        self._total = 0
        self._total_exact = True
        self._unit_names: dict[UUID, str] = {}
        self._headers = (
            self.tr("Full name"),
            self.tr("Date of birth"),
            self.tr("Gender"),
            self.tr("Cell"),
            self.tr("Admitted"),
            self.tr("Official"),
            self.tr("Status"),
            self.tr("Party card"),
            self.tr("Ethnicity"),
            self.tr("Religion"),
            self.tr("Personal ID"),
            self.tr("Phone"),
            self.tr("Political theory"),
            self.tr("Qualification"),
            self.tr("Hometown"),
        )

    # -- what to show ------------------------------------------------------------------------------
    @property
    def query(self) -> MemberQuery:
        return self._query

    @property
    def total(self) -> int:
        """Members matching the query (the view may have loaded fewer so far); a lower bound
        while ``total_is_exact`` is False."""
        return self._total

    @property
    def total_is_exact(self) -> bool:
        return self._total_exact

    def set_unit_names(self, names: dict[UUID, str]) -> None:
        self._unit_names = names
        if self._rows:
            self.dataChanged.emit(
                self.index(0, self.UNIT), self.index(len(self._rows) - 1, self.UNIT)
            )

    def set_query(self, query: MemberQuery) -> None:
        self.beginResetModel()
        self._query = query
        if query.text.strip():
            # While typing, one query: the first page and whether there is more ("more than
            # 200"). Counting every match of a common name in a province costs a full scan.
            rows = self._members.page(query, 0, PAGE_SIZE + 1)
            self._rows = rows[:PAGE_SIZE]
            self._total, self._total_exact = len(self._rows), len(rows) <= PAGE_SIZE
        else:
            self._total, self._total_exact = self._members.count(query), True
            self._rows = self._members.page(query, 0, PAGE_SIZE)
        self.endResetModel()

    def reload(self) -> None:
        self.set_query(self._query)

    def apply_changes(self, changes: Changes) -> None:
        """Refresh what ``changes`` touched: in place when only loaded rows were edited."""
        if not changes.member_ids:
            return
        loaded = {m.id: row for row, m in enumerate(self._rows)}
        if not changes.member_ids <= loaded.keys():
            self.reload()
            return
        for member_id in changes.member_ids:
            row = loaded[member_id]
            fresh = self._members.get(member_id)
            old = self._rows[row]
            if fresh is None or (fresh.full_name, fresh.unit_id, fresh.status) != (
                old.full_name,
                old.unit_id,
                old.status,
            ):
                self.reload()  # gone, or its place in the order or filter may have changed
                return
            self._rows[row] = fresh
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMN_COUNT - 1))

    def member_at(self, row: int) -> Member:
        return self._rows[row]

    # -- Qt model interface ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def canFetchMore(self, parent: Index) -> bool:
        if parent.isValid():
            return False
        return len(self._rows) < self._total or not self._total_exact

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        more = self._members.page(self._query, len(self._rows), PAGE_SIZE)
        if len(more) < PAGE_SIZE and not self._total_exact:
            self._total, self._total_exact = len(self._rows) + len(more), True
        if not more:
            self._total = len(self._rows)  # the data shrank since counting
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self._total = max(self._total, len(self._rows))
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return section + 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        member = self._rows[index.row()]
        column = index.column()
        if role == self.ENTITY_ROLE:
            return member
        if role == self.SORT_ROLE:
            return self._sort_value(member, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(member, column)
        if role == Qt.ItemDataRole.ForegroundRole and not member.status.on_roll:
            return Qt.GlobalColor.gray
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.BIRTH_DATE,
            self.ADMISSION_DATE,
            self.OFFICIAL_DATE,
        ):
            return Qt.AlignmentFlag.AlignCenter
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        by = self._ORDER_BY_COLUMN.get(column, MemberOrder.NAME)
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(dataclasses.replace(self._query, order=by, descending=descending))

    # -- cells -------------------------------------------------------------------------------------
    def _display(self, member: Member, column: int) -> str:
        if column == self.NAME:
            return member.full_name
        if column == self.BIRTH_DATE:
            return format_date(member.birth_date)
        if column == self.GENDER:
            return label(GENDERS, member.gender)
        if column == self.UNIT:
            return self._unit_names.get(member.unit_id, "")
        if column == self.ADMISSION_DATE:
            return format_date(member.admission_date)
        if column == self.OFFICIAL_DATE:
            return format_date(member.official_date)
        if column == self.STATUS:
            return self.status_text(member)
        if column == self.THEORY:
            return label(THEORY_LEVELS, member.theory_level) if member.theory_level else ""
        plain = {
            self.PARTY_CARD: member.party_card,
            self.ETHNICITY: member.ethnicity,
            self.RELIGION: member.religion,
            self.PERSONAL_ID: member.personal_id,
            self.PHONE: member.phone,
            self.QUALIFICATION: member.qualification,
            self.HOMETOWN: member.hometown,
        }
        return plain[column]

    @staticmethod
    def status_text(member: Member) -> str:
        if member.status is MemberStatus.ACTIVE:
            return label(MEMBERSHIPS, member.membership)
        return label(STATUSES, member.status)

    def _sort_value(self, member: Member, column: int) -> Any:
        """Sortable raw values: ISO dates, and the name as the Vietnamese collation key."""
        dates = {
            self.BIRTH_DATE: member.birth_date,
            self.ADMISSION_DATE: member.admission_date,
            self.OFFICIAL_DATE: member.official_date,
        }
        if column in dates:
            value = dates[column]
            return value.isoformat() if value else ""
        if column == self.NAME:
            return name_sort_key(member.full_name)
        return self._display(member, column)
