"""Reading the audit log with the filters a person uses: who, which days, which member, what
kind of change, and at the upper level which commune."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from uuid import UUID

from chibo_desktop.domain.audit import AUDIT_KINDS, AuditEntry, AuditQuery
from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.services.members import MemberService
from chibo_desktop.services.units import UnitService
from chibo_desktop.storage.audit import AuditRepository

# A name typed in the member filter may match many people (every "Nguyễn Văn"): the log looks
# for the changes of at most this many of them.
MAX_MATCHED_MEMBERS = 500


class AuditService:
    def __init__(self, log: AuditRepository, members: MemberService, units: UnitService) -> None:
        self._log = log
        self._members = members
        self._units = units

    def entries(self, query: AuditQuery) -> list[AuditEntry]:
        """The entries the filters let through, newest first (at most ``query.limit``)."""
        member_ids = None
        if query.member_text.strip():
            found = self._members.page(
                MemberQuery(text=query.member_text, on_roll_only=False), 0, MAX_MATCHED_MEMBERS
            )
            member_ids = frozenset(m.id for m in found)
        return self._log.entries(
            who=query.who,
            since=_utc_start(query.since) if query.since else None,
            before=_utc_start(query.until + timedelta(days=1)) if query.until else None,
            member_ids=member_ids,
            action_prefixes=AUDIT_KINDS[query.kind] if query.kind else (),
            origin_site=query.site,
            limit=query.limit,
        )

    def people(self) -> list[str]:
        return sorted(p for p in self._log.people() if p)

    def sites(self) -> list[UUID]:
        return self._log.sites()

    def record_name(self, table: str, record_id: UUID) -> str | None:
        """The name of the member or unit an entry names (None for other records)."""
        if table == "member":
            member = self._members.get(record_id)
            return member.full_name if member else None
        if table == "unit":
            unit = self._units.get(record_id)
            return unit.name if unit else None
        return None


def _utc_start(day: date) -> datetime:
    """The start of a local day, as the naive UTC the entries are stamped in."""
    local = datetime.combine(day, time()).astimezone()
    return local.astimezone(UTC).replace(tzinfo=None)
