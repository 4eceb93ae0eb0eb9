"""Undo as a pure-Python stack of named commands, each run inside one transaction.

Every command is a list of record changes (before → after). Applying writes the "after" versions;
undoing writes the "before" contents back as new versions (so history and other sites see the undo
as the change it is); a record that did not exist before is tombstoned. If a record was changed by
something else since, undo is refused rather than overwriting that change.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar
from uuid import UUID

from chibo_desktop.domain.accounts import Permission
from chibo_desktop.domain.audit import CommandLabel, Step
from chibo_desktop.domain.entities import (
    MEMBER_RECORDS,
    Candidate,
    Changes,
    Comment213,
    Member,
    Resident213,
    Transfer,
    Unit,
)
from chibo_desktop.domain.evaluation import EVALUATION_RECORDS
from chibo_desktop.domain.meetings import MEETING_RECORDS, AgendaTemplate, MeetingPlan
from chibo_desktop.domain.rules import RuleProfile
from chibo_desktop.services.access import Access
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.storage.store import Store

E = TypeVar("E")
REGISTER_RECORDS = (Transfer, Candidate)
DEFAULT_DEPTH = 100


@dataclass(frozen=True, slots=True)
class RecordChange(Generic[E]):
    before: E | None  # None: the record is new
    after: E


_MEETING_RECORDS = (*MEETING_RECORDS, MeetingPlan, AgendaTemplate)


def changes_of(entities: list[Any]) -> Changes:
    """A record that belongs to a member (a post, a badge, a transfer …) counts as a change of
    the member; transfers, candidates and 213 entries also mark the register as changed."""
    member_ids = {e.id for e in entities if isinstance(e, Member)}
    member_ids |= {
        e.member_id
        for e in entities
        if isinstance(e, (*MEMBER_RECORDS, *REGISTER_RECORDS)) and e.member_id is not None
    }
    return Changes(
        unit_ids=frozenset(e.id for e in entities if isinstance(e, Unit)),
        member_ids=frozenset(member_ids),
        rule_profiles=any(isinstance(e, RuleProfile) for e in entities),
        register=any(isinstance(e, (*REGISTER_RECORDS, Resident213, Comment213)) for e in entities),
        meetings=any(
            isinstance(e, (*MEETING_RECORDS, MeetingPlan, AgendaTemplate)) for e in entities
        ),
        evaluations=any(isinstance(e, EVALUATION_RECORDS) for e in entities),
    )


class WriteCommand:
    """A named list of record changes. Which stored version holds its "before" and its "after"
    contents is tracked by the ``UndoStack`` that runs it."""

    def __init__(self, label: CommandLabel, changes: list[RecordChange]) -> None:
        self.label = label
        self._changes = changes
        self.changes = changes_of([c.after for c in changes])
        # One token per change for its "before" and its "after" contents (set by the stack once
        # the transaction that applied the command has committed).
        self.before_states: list[object] = []
        self.after_states: list[object] = []

    @property
    def record_changes(self) -> list[RecordChange]:
        return list(self._changes)

    def apply(self, store: Store) -> list:
        return [
            store.put(c.after, expected_version=c.before.version if c.before else None)
            for c in self._changes
        ]

    def revert(self, store: Store, expected: list[int]) -> list:
        """Write the "before" contents back; ``expected`` is each record's current version."""
        written = []
        for change, version in reversed(list(zip(self._changes, expected, strict=True))):
            target = change.before or dataclasses.replace(change.after, deleted=True)
            written.append(store.put(target, expected_version=version))
        return written[::-1]

    def reapply(self, store: Store, expected: list[int]) -> list:
        return [
            store.put(change.after, expected_version=version)
            for change, version in zip(self._changes, expected, strict=True)
        ]


class BulkWriteCommand(WriteCommand):
    """A command of thousands of records, written (and undone) with ``Store.put_many``: an
    import, a cell moved whole. The stack backs the database up before running, undoing or
    redoing one."""

    def apply(self, store: Store) -> list:
        changes = self.record_changes
        expected = [c.before.version if c.before else None for c in changes]
        return store.put_many([c.after for c in changes], expected)

    def revert(self, store: Store, expected: list[int]) -> list:
        targets = [
            c.before or dataclasses.replace(c.after, deleted=True) for c in self.record_changes
        ]
        return store.put_many(targets, expected)

    def reapply(self, store: Store, expected: list[int]) -> list:
        return store.put_many([c.after for c in self.record_changes], expected)


class UndoStack:
    """Undo/redo of the commands run through it.

    Undoing a later command writes a *new* version holding the contents an earlier command
    wrote, so the stack cannot just remember the version each command wrote. It keeps, for every
    record it wrote, the last version it wrote and a token for the contents that version holds
    (the "after" of some command, or the "before" it was reverted to). Undo needs the record to
    hold the command's "after" contents, redo its "before" ones; anything else (another window,
    an import) changed the record since, and the step is refused instead of overwriting that.
    """

    def __init__(
        self,
        access: Access,
        depth: int = DEFAULT_DEPTH,
        before_bulk: Callable[[], object] | None = None,
    ) -> None:
        self.access = access  # the door the commands write through
        self._store = access.store
        self._depth = depth
        self._before_bulk = before_bulk  # a backup, before a bulk command changes anything
        self._done: list[WriteCommand] = []
        self._undone: list[WriteCommand] = []
        self._latest: dict[UUID, tuple[int, object]] = {}  # record → (version, contents token)

    def run(self, command: WriteCommand) -> Changes:
        self._back_up_before(command)
        with self.access.writing(command.label):
            written = command.apply(self._store)
        before_states = []
        for change, entity in zip(command.record_changes, written, strict=True):
            latest = self._latest.get(entity.id)
            # The "before" is contents this stack already tracks only when the command replaced
            # the very version the stack wrote last; otherwise it is new contents.
            if latest and change.before is not None and latest[0] == change.before.version:
                before_states.append(latest[1])
            else:
                before_states.append(object())
        command.before_states = before_states
        command.after_states = [object() for _ in written]
        self._remember(written, command.after_states)
        self._done.append(command)
        del self._done[: -self._depth]
        self._undone.clear()
        return command.changes

    def undo(self) -> Changes:
        command = self._done[-1]
        expected = self._current_versions(command, command.after_states)
        self._back_up_before(command)
        with self.access.writing(command.label, step=Step.UNDONE):
            written = command.revert(self._store, expected)
        self._remember(written, command.before_states)
        self._undone.append(self._done.pop())
        return command.changes

    def redo(self) -> Changes:
        command = self._undone[-1]
        expected = self._current_versions(command, command.before_states)
        self._back_up_before(command)
        with self.access.writing(command.label, step=Step.REDONE):
            written = command.reapply(self._store, expected)
        self._remember(written, command.after_states)
        self._done.append(self._undone.pop())
        return command.changes

    def _back_up_before(self, command: WriteCommand) -> None:
        if self._before_bulk is not None and isinstance(command, BulkWriteCommand):
            self.access.require(Permission.EDIT)  # no backup for a change that is refused
            self._before_bulk()

    def _current_versions(self, command: WriteCommand, states: list[object]) -> list[int]:
        """The versions holding ``states``, as last written by this stack (the store then checks
        that nothing wrote the records since)."""
        versions = []
        for change, state in zip(command.record_changes, states, strict=True):
            latest = self._latest.get(change.after.id)
            if latest is None or latest[1] is not state:
                raise OperationRefused("record.changed_elsewhere")
            versions.append(latest[0])
        return versions

    def _remember(self, written: list, states: list[object]) -> None:
        for entity, state in zip(written, states, strict=True):
            self._latest[entity.id] = (entity.version, state)

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()
        self._latest.clear()

    @property
    def undo_label(self) -> CommandLabel | None:
        return self._done[-1].label if self._done else None

    @property
    def redo_label(self) -> CommandLabel | None:
        return self._undone[-1].label if self._undone else None
