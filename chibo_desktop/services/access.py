"""Who is signed in, and the one door every write of the services goes through.

Until the first account exists (a new database, before the window has asked for the first
administrator; a province's scripts on a file no one has signed in to) the program is unguarded.
Once an account exists, nothing is written unless someone is signed in with a role that may do
it: the window greys out what a role may not do, but the refusal is here."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from chibo_desktop.domain.accounts import Account, Permission
from chibo_desktop.domain.audit import Actor, CommandLabel, Step
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.storage.accounts import AccountRepository
from chibo_desktop.storage.store import ReplicaWrite, StaleWrite, Store


class Access:
    def __init__(self, store: Store, accounts: AccountRepository) -> None:
        self.store = store
        self._accounts = accounts
        self.account: Account | None = None  # signed in on this window or command

    @property
    def guarded(self) -> bool:
        """Whether any account exists (and so every write needs one signed in)."""
        return self._accounts.count() > 0

    def actor(self) -> Actor | None:
        """Who the audit log names for what is written now."""
        if self.account is None:
            return None
        return Actor(self.account.full_name, self.account.login)

    def may(self, permission: Permission) -> bool:
        if not self.guarded:
            return True
        return self.account is not None and self.account.may(permission)

    def require(self, permission: Permission) -> None:
        if self.may(permission):
            return
        if self.account is None:
            raise OperationRefused("access.not_signed_in")
        if permission is Permission.ADMINISTER:
            raise OperationRefused("access.administrators_only")
        raise OperationRefused("access.read_only")

    @contextmanager
    def writing(
        self,
        label: CommandLabel,
        permission: Permission = Permission.EDIT,
        step: Step = Step.DONE,
    ) -> Iterator[None]:
        """One transaction for someone allowed to write, audited as ``label`` (what they did);
        its refused writes are said as refusals: a record changed since it was read, or, at the
        upper level, a commune's record (or a new one inside a commune's data)."""
        self.require(permission)
        try:
            with self.store.transaction(label, self.actor(), step):
                yield
        except StaleWrite as stale:
            raise OperationRefused("record.changed_elsewhere") from stale
        except ReplicaWrite as replica:
            raise OperationRefused("record.replica_read_only") from replica
