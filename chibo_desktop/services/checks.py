"""``chibo-desktop check``: SQLite's own checks plus the invariants of the data core."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from chibo_desktop.storage.repositories import IntegrityRepository
from chibo_desktop.storage.store import Store


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    params: dict[str, Any] = field(default_factory=dict)


class CheckService:
    def __init__(self, integrity: IntegrityRepository, store: Store) -> None:
        self._integrity = integrity
        self._store = store

    def run(self) -> list[Finding]:
        findings = [
            Finding("sqlite.integrity", {"detail": d}) for d in self._integrity.integrity_check()
        ]
        if findings:
            return findings  # the rest reads a file SQLite says is damaged: not to be trusted
        findings += [
            Finding("sqlite.foreign_key", {"table": table, "rowid": rowid, "parent": parent})
            for table, rowid, parent in self._integrity.foreign_key_violations()
        ]
        findings += [
            Finding("core.name_index", {"detail": detail})
            for detail in self._integrity.name_index_problems()
        ]
        if self._store.site() is None:
            findings.append(Finding("site.missing"))
        findings += [
            Finding("core.unstamped", {"table": table, "count": count})
            for table, count in self._integrity.unstamped_records()
        ]
        findings += [
            Finding("core.history_out_of_order", {"table": table, "count": count})
            for table, count in self._integrity.history_newer_than_record()
        ]
        misplaced = self._integrity.members_in_non_cells()
        if misplaced:
            findings.append(Finding("core.member_outside_cell", {"count": misplaced}))
        out_of_step = self._integrity.members_whose_status_is_not_their_newest_change()
        if out_of_step:
            findings.append(Finding("core.status_not_newest_change", {"count": out_of_step}))
        stale = self._integrity.members_with_stale_keys()
        if stale:
            findings.append(Finding("core.stale_name_keys", {"count": stale}))
        return findings
