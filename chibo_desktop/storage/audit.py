"""Reading the audit log (its entries are written by ``Store``, in the transaction they record)."""

from __future__ import annotations

import functools
import operator
from datetime import datetime
from typing import Any
from uuid import UUID

from chibo_desktop.domain.audit import AuditEntry
from chibo_desktop.storage.mappers import MAPPERS
from chibo_desktop.storage.tables import AuditEntryRow

_MAPPER = MAPPERS[AuditEntry]


class AuditRepository:
    def entries(
        self,
        who: str | None = None,
        since: datetime | None = None,
        before: datetime | None = None,
        member_ids: frozenset[UUID] | None = None,
        action_prefixes: tuple[str, ...] = (),
        origin_site: UUID | None = None,
        limit: int = 1000,
    ) -> list[AuditEntry]:
        """Newest first. ``since``/``before``: naive UTC; ``member_ids``: entries touching any
        of them (an empty set matches none); ``action_prefixes``: e.g. ("member.", "post.")."""
        row = AuditEntryRow
        query = row.select()
        conditions: list[Any] = []
        if who is not None:
            conditions.append(row.who == who)
        if since is not None:
            conditions.append(row.at >= since)
        if before is not None:
            conditions.append(row.at < before)
        if member_ids is not None:
            if not member_ids:
                return []
            # Ids are 32 hex digits: one inside the space-separated list cannot match by chance.
            conditions.append(
                _any_of([row.member_ids.contains(member.hex) for member in sorted(member_ids)])
            )
        if action_prefixes:
            conditions.append(_any_of([row.action.startswith(p) for p in action_prefixes]))
        if origin_site is not None:
            conditions.append(row.origin_site == origin_site)
        for condition in conditions:
            query = query.where(condition)
        rows = query.order_by(row.at.desc(), row.version.desc()).limit(limit).dicts()
        return [_MAPPER.from_columns(r) for r in rows]

    def people(self) -> list[str]:
        """Everyone named in the log."""
        return [r[0] for r in AuditEntryRow.select(AuditEntryRow.who).distinct().tuples()]

    def sites(self) -> list[UUID]:
        """The sites whose entries are here (this one, and at the upper level its communes)."""
        query = AuditEntryRow.select(AuditEntryRow.origin_site).distinct().tuples()
        return [r[0] for r in query]


def _any_of(conditions: list[Any]) -> Any:
    return functools.reduce(operator.or_, conditions)
