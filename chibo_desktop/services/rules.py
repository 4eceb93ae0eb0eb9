"""Rule profiles in force: the regulations' values by date, with the commune's own settings."""

from __future__ import annotations

from datetime import date

from chibo_desktop.domain.rules import ProfileKind, RuleProfile, profile_in_force
from chibo_desktop.storage.repositories import RuleProfileRepository
from chibo_desktop.storage.store import Store


class RuleService:
    def __init__(self, profiles: RuleProfileRepository, store: Store) -> None:
        self._profiles = profiles
        self._store = store

    def all(self) -> list[RuleProfile]:
        return sorted(self._profiles.all(), key=lambda p: (p.kind, p.effective_from))

    def in_force(self, kind: ProfileKind, on: date) -> RuleProfile:
        site = self._store.site()
        return profile_in_force(self._profiles.all(), kind, on, site.id if site else None)
