"""Undo as a pure-Python stack of named commands, each run inside one transaction.

Every command is a list of record changes (before → after). Applying writes the "after" versions;
undoing writes the "before" contents back as new versions (so history and other sites see the undo
as the change it is); a record that did not exist before is tombstoned. If a record was changed by
something else since, undo is refused rather than overwriting that change.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Generic, TypeVar

from chibo_desktop.domain.entities import Changes, Member, Unit
from chibo_desktop.domain.rules import RuleProfile
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.storage.store import StaleWrite, Store

E = TypeVar("E", Unit, Member, RuleProfile)
DEFAULT_DEPTH = 100


@dataclass(frozen=True, slots=True)
class CommandLabel:
    """What the menu shows ("Hoàn tác: …"); ``action`` is a code the ui translates."""

    action: str  # e.g. "member.add", "member.edit", "member.delete", "unit.rename"
    subject: str  # e.g. the member's name
    count: int = 1


@dataclass(frozen=True, slots=True)
class RecordChange(Generic[E]):
    before: E | None  # None: the record is new
    after: E


def changes_of(entities: list[Unit | Member | RuleProfile]) -> Changes:
    return Changes(
        unit_ids=frozenset(e.id for e in entities if isinstance(e, Unit)),
        member_ids=frozenset(e.id for e in entities if isinstance(e, Member)),
        rule_profiles=any(isinstance(e, RuleProfile) for e in entities),
    )


class WriteCommand:
    """The versions it wrote last are remembered only once the transaction has committed."""

    def __init__(self, label: CommandLabel, changes: list[RecordChange]) -> None:
        self.label = label
        self._changes = changes
        self._written: list = []
        self.changes = changes_of([c.after for c in changes])

    def apply(self, store: Store) -> list:
        return [
            store.put(c.after, expected_version=c.before.version if c.before else None)
            for c in self._changes
        ]

    def revert(self, store: Store) -> list:
        written = []
        for change, last in reversed(list(zip(self._changes, self._written, strict=True))):
            target = change.before or dataclasses.replace(last, deleted=True)
            written.append(store.put(target, expected_version=last.version))
        return written[::-1]

    def reapply(self, store: Store) -> list:
        return [
            store.put(change.after, expected_version=last.version)
            for change, last in zip(self._changes, self._written, strict=True)
        ]

    def settle(self, written: list) -> None:
        self._written = written


class UndoStack:
    def __init__(self, store: Store, depth: int = DEFAULT_DEPTH) -> None:
        self._store = store
        self._depth = depth
        self._done: list[WriteCommand] = []
        self._undone: list[WriteCommand] = []

    def run(self, command: WriteCommand) -> Changes:
        with self._refusing_stale_writes(), self._store.transaction():
            written = command.apply(self._store)
        command.settle(written)
        self._done.append(command)
        del self._done[: -self._depth]
        self._undone.clear()
        return command.changes

    def undo(self) -> Changes:
        command = self._done[-1]
        with self._refusing_stale_writes(), self._store.transaction():
            written = command.revert(self._store)
        command.settle(written)
        self._undone.append(self._done.pop())
        return command.changes

    def redo(self) -> Changes:
        command = self._undone[-1]
        with self._refusing_stale_writes(), self._store.transaction():
            written = command.reapply(self._store)
        command.settle(written)
        self._done.append(self._undone.pop())
        return command.changes

    @staticmethod
    @contextmanager
    def _refusing_stale_writes() -> Iterator[None]:
        try:
            yield
        except StaleWrite as stale:
            raise OperationRefused("record.changed_elsewhere") from stale

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()

    @property
    def undo_label(self) -> CommandLabel | None:
        return self._done[-1].label if self._done else None

    @property
    def redo_label(self) -> CommandLabel | None:
        return self._undone[-1].label if self._undone else None
