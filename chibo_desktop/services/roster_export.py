"""Exporting the roster: the current view to .xlsx or .csv, and the member list (danh sách đảng
viên) to PDF in the Party document format.

Every member the query matches is exported, not only the rows the screen has loaded. The wording
(headings, gender and status names, the title, the signature labels) comes from the caller, in
the user's language; this module decides what is printed where.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from uuid import UUID

from chibo_desktop.domain.dates import format_date
from chibo_desktop.domain.entities import Member, PartyPost, Unit
from chibo_desktop.domain.enums import Gender, Membership, MemberStatus, PostKind, TheoryLevel
from chibo_desktop.domain.party_names import committee_name
from chibo_desktop.domain.progress import CancelToken, Progress, no_progress
from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.reports.columns import Cell, Column, ColumnKind
from chibo_desktop.reports.member_sheet import write_csv, write_xlsx
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.files import write_atomically
from chibo_desktop.storage.repositories import (
    MemberRecordRepository,
    MemberRepository,
    UnitRepository,
)
from chibo_desktop.storage.store import Store

READ_CHUNK = 2_000  # members read per query: bounded memory per step, few round trips


class ExportFormat(StrEnum):
    XLSX = "xlsx"
    CSV = "csv"
    PDF = "pdf"

    @classmethod
    def of(cls, path: Path) -> ExportFormat:
        """The format the file name asks for; refused for any other extension."""
        try:
            return cls(path.suffix.lower().lstrip("."))
        except ValueError:
            raise OperationRefused("export.unknown_format", path=path) from None


@dataclass(frozen=True, slots=True)
class RosterExportLabels:
    """The words of an export, in the user's language. Templates use the named fields shown."""

    headings: Mapping[str, str]  # column key → heading, for every key in COLUMN_KEYS
    genders: Mapping[Gender, str]
    memberships: Mapping[Membership, str]
    statuses: Mapping[MemberStatus, str]
    theory_levels: Mapping[TheoryLevel, str]
    sheet_title: str  # "Đảng viên"
    title: str  # "Danh sách đảng viên"
    subtitle: str  # "{unit}, tính đến ngày {date}"
    totals: str  # "… {total} … {official} … {probationary} … {women}"
    off_roll: str  # "… {count} …": members listed who are no longer on the roll
    on_behalf_cell: str  # "T/M Chi bộ"
    on_behalf_committee: str  # "T/M Đảng ủy"
    secretary: str  # "Bí thư"
    report_to: str  # "- {unit} (để báo cáo);"
    filed_cell: str  # "- Lưu Chi bộ."
    filed_committee: str  # "- Lưu Văn phòng Đảng ủy."


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    format: ExportFormat
    members: int
    pages: int | None = None  # PDF only


@dataclass(slots=True)
class _Tally:
    """The totals line of the member list, counted while the rows stream past."""

    on_roll: int = 0
    official: int = 0
    probationary: int = 0
    women: int = 0
    off_roll: int = 0

    def add(self, member: Member) -> None:
        if not member.status.on_roll:
            self.off_roll += 1
            return
        self.on_roll += 1
        if member.membership is Membership.OFFICIAL:
            self.official += 1
        else:
            self.probationary += 1
        if member.gender is Gender.FEMALE:
            self.women += 1


@dataclass(frozen=True, slots=True)
class _Context:
    labels: RosterExportLabels
    unit_names: Mapping[UUID, str] = field(default_factory=dict)


Value = Callable[[Member, int, _Context], Cell]


@dataclass(frozen=True, slots=True)
class _Field:
    kind: ColumnKind
    width_mm: float
    value: Value


def _status(member: Member, context: _Context) -> str:
    """What the roster shows: official/probationary while active, else the status."""
    if member.status is MemberStatus.ACTIVE:
        return context.labels.memberships[member.membership]
    return context.labels.statuses[member.status]


def _remark(member: Member, context: _Context) -> str:
    """The printed list's note: nothing for an active official member (the usual case)."""
    if member.status is MemberStatus.ACTIVE and member.membership is Membership.OFFICIAL:
        return ""
    return _status(member, context)


def _theory(member: Member, context: _Context) -> str:
    level = member.theory_level
    return context.labels.theory_levels[level] if level else ""


_FIELDS: dict[str, _Field] = {
    "index": _Field(ColumnKind.NUMBER, 11, lambda m, n, c: n),
    "full_name": _Field(ColumnKind.TEXT, 44, lambda m, n, c: m.full_name),
    "other_name": _Field(ColumnKind.TEXT, 30, lambda m, n, c: m.other_name),
    "birth_date": _Field(ColumnKind.DATE, 22, lambda m, n, c: m.birth_date),
    "gender": _Field(ColumnKind.TEXT, 13, lambda m, n, c: c.labels.genders[m.gender]),
    "ethnicity": _Field(ColumnKind.TEXT, 16, lambda m, n, c: m.ethnicity),
    "religion": _Field(ColumnKind.TEXT, 20, lambda m, n, c: m.religion),
    "personal_id": _Field(ColumnKind.CODE, 30, lambda m, n, c: m.personal_id),
    "party_card": _Field(ColumnKind.CODE, 27, lambda m, n, c: m.party_card),
    "unit": _Field(ColumnKind.TEXT, 36, lambda m, n, c: c.unit_names.get(m.unit_id, "")),
    "admission_date": _Field(ColumnKind.DATE, 22, lambda m, n, c: m.admission_date),
    "official_date": _Field(ColumnKind.DATE, 22, lambda m, n, c: m.official_date),
    "status": _Field(ColumnKind.TEXT, 26, lambda m, n, c: _status(m, c)),
    "status_date": _Field(ColumnKind.DATE, 22, lambda m, n, c: m.status_date),
    "remark": _Field(ColumnKind.TEXT, 24, lambda m, n, c: _remark(m, c)),
    "phone": _Field(ColumnKind.CODE, 24, lambda m, n, c: m.phone),
    "theory_level": _Field(ColumnKind.TEXT, 22, lambda m, n, c: _theory(m, c)),
    "qualification": _Field(ColumnKind.TEXT, 30, lambda m, n, c: m.qualification),
    "hometown": _Field(ColumnKind.TEXT, 30, lambda m, n, c: m.hometown),
    "notes": _Field(ColumnKind.TEXT, 40, lambda m, n, c: m.notes),
}
COLUMN_KEYS: tuple[str, ...] = tuple(_FIELDS)
# The sheet's columns when the caller names none (the command line): the row number, then the
# roster table's usual columns with the card number.
ROSTER_COLUMNS: tuple[str, ...] = (
    "index",
    "full_name",
    "birth_date",
    "gender",
    "unit",
    "admission_date",
    "official_date",
    "status",
    "party_card",
)
# The printed list (danh sách đảng viên): a fixed set, as the Party's lists are laid out.
MEMBER_LIST_COLUMNS: tuple[str, ...] = (
    "index",
    "full_name",
    "birth_date",
    "gender",
    "ethnicity",
    "unit",
    "admission_date",
    "official_date",
    "party_card",
    "remark",
)


class RosterExportService:
    def __init__(
        self,
        members: MemberRepository,
        units: UnitRepository,
        records: MemberRecordRepository,
        store: Store,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._members = members
        self._units = units
        self._records = records
        self._store = store
        self._today = today

    def export(
        self,
        query: MemberQuery,
        destination: Path,
        labels: RosterExportLabels,
        columns: Sequence[str] | None = None,
        progress: Progress = no_progress,
        cancel: CancelToken | None = None,
    ) -> ExportResult:
        """Write every member ``query`` matches to ``destination``; the format follows its
        extension. ``columns`` (keys of COLUMN_KEYS) choose the spreadsheet's columns, by
        default the roster's; the PDF list always has the Party list's columns."""
        export_format = ExportFormat.of(destination)
        units = self._units.all()
        context = _Context(labels, {u.id: u.name for u in units})
        # One read transaction: a member saved between two chunks is neither missed nor listed
        # twice, and the totals agree with the rows.
        with self._store.transaction():
            total = self._members.count(query)
            members = self._stream(query, total, progress, cancel)
            if export_format is ExportFormat.PDF:
                pages = self._write_pdf(query, members, destination, units, context, cancel)
                return ExportResult(destination, export_format, total, pages)
            keys = tuple(columns or ROSTER_COLUMNS)
            table_columns = _columns(keys, labels)
            rows = _rows(members, keys, context)
            if export_format is ExportFormat.XLSX:
                frozen = keys.index("full_name") + 1 if "full_name" in keys else 0
                write_atomically(
                    destination,
                    lambda stream: write_xlsx(
                        table_columns,
                        rows,
                        total,
                        stream,
                        labels.sheet_title,
                        frozen_columns=frozen,
                        cancel=cancel,
                    ),
                )
            else:
                write_atomically(destination, lambda stream: write_csv(table_columns, rows, stream))
        return ExportResult(destination, export_format, total)

    # -- reading ----------------------------------------------------------------------------------
    def _stream(
        self, query: MemberQuery, total: int, progress: Progress, cancel: CancelToken | None
    ) -> Iterator[Member]:
        done = 0
        while True:
            if cancel is not None:
                cancel.check()
            chunk = self._members.page(query, done, READ_CHUNK)
            yield from chunk
            done += len(chunk)
            progress(min(done, total), total)
            if len(chunk) < READ_CHUNK:
                return

    # -- the printed list -------------------------------------------------------------------------
    def _write_pdf(
        self,
        query: MemberQuery,
        members: Iterator[Member],
        destination: Path,
        units: list[Unit],
        context: _Context,
        cancel: CancelToken | None,
    ) -> int:
        labels = context.labels
        tally = _Tally()

        def counted() -> Iterator[Member]:
            for member in members:
                tally.add(member)
                yield member

        by_id = {u.id: u for u in units}
        issuer = self._issuing_unit(query, by_id)
        parent = by_id.get(issuer.parent_id) if issuer and issuer.parent_id else None
        is_cell = issuer is None or issuer.is_cell
        # A cell's own list needs no column repeating the cell's name on every row.
        keys = [k for k in MEMBER_LIST_COLUMNS if not (k == "unit" and issuer and issuer.is_cell)]
        # The table needs every row before layout; the tally is complete once they are read.
        rows = list(_rows(counted(), keys, context))
        site = self._store.site()
        today = self._today()
        totals = [
            labels.totals.format(
                total=tally.on_roll,
                official=tally.official,
                probationary=tally.probationary,
                women=tally.women,
            )
        ]
        if tally.off_roll:
            totals.append(labels.off_roll.format(count=tally.off_roll))
        recipients = [labels.report_to.format(unit=committee_name(parent))] if parent else []
        recipients.append(labels.filed_cell if is_cell else labels.filed_committee)
        # ReportLab is imported on the first document (see minutes_print.py)
        from chibo_desktop.reports.member_list import MemberListDocument, render_member_list
        from chibo_desktop.reports.party_document import DocumentHeader, Signature

        document = MemberListDocument(
            header=DocumentHeader(
                issuer=committee_name(issuer) if issuer else "",
                superior=parent.name if parent else "",
                place=site.place_name if site else "",
                day=today,
            ),
            title=labels.title,
            subtitle=[
                labels.subtitle.format(unit=issuer.name if issuer else "", date=format_date(today))
            ],
            columns=_columns(keys, labels),
            rows=rows,
            totals=totals,
            signature=Signature(
                on_behalf=labels.on_behalf_cell if is_cell else labels.on_behalf_committee,
                position=labels.secretary,
                name=self._secretary_name(issuer, today) if issuer else "",
            ),
            recipients=recipients,
        )
        return write_atomically(
            destination, lambda stream: render_member_list(document, stream, cancel)
        )

    def _issuing_unit(self, query: MemberQuery, by_id: Mapping[UUID, Unit]) -> Unit | None:
        """The unit the list is of: the top of the chosen subtree, else the site's own unit."""
        if query.unit_ids is not None:
            tops = [
                by_id[i]
                for i in query.unit_ids
                if i in by_id and by_id[i].parent_id not in query.unit_ids
            ]
            if len(tops) == 1:
                return tops[0]
        site = self._store.site()
        return by_id.get(site.unit_id) if site and site.unit_id else None

    def _secretary_name(self, unit: Unit, on: date) -> str:
        """The secretary in office on ``on``, who signs; empty (signed by hand) if none is
        recorded."""
        posts = [
            p
            for p in self._records.where(PartyPost, unit=unit.id, post=PostKind.SECRETARY.value)
            if p.started_on <= on and (p.ended_on is None or on < p.ended_on)
        ]
        if not posts:
            return ""
        newest = max(posts, key=lambda p: p.started_on)
        member = self._members.get(newest.member_id)
        return member.full_name if member and not member.deleted else ""


def _columns(keys: Sequence[str], labels: RosterExportLabels) -> list[Column]:
    return [
        Column(key, labels.headings[key], _FIELDS[key].kind, _FIELDS[key].width_mm) for key in keys
    ]


def _rows(
    members: Iterator[Member], keys: Sequence[str], context: _Context
) -> Iterator[list[Cell]]:
    values = [_FIELDS[key].value for key in keys]
    for number, member in enumerate(members, start=1):
        yield [value(member, number, context) for value in values]
