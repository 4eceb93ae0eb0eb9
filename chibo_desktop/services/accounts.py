"""Local accounts: the first administrator, signing in and out, and the administrator's work on
the others' accounts. Passwords are hashed with argon2id (PyNaCl); a wrong password
``MAX_FAILED_SIGN_INS`` times in a row locks the account for ``LOCKED_FOR``, counted in the
database so that restarting the program does not reset it."""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Callable
from datetime import UTC, datetime
from uuid import UUID

import nacl.exceptions
import nacl.pwhash

from chibo_desktop.domain.accounts import (
    LOCKED_FOR,
    MAX_FAILED_SIGN_INS,
    MIN_PASSWORD_LENGTH,
    Account,
    Permission,
    Role,
)
from chibo_desktop.domain.audit import AuditedRecord, CommandLabel, FieldChange, RecordChangeKind
from chibo_desktop.domain.entities import new_id
from chibo_desktop.domain.validation import Problem, ValidationFailed
from chibo_desktop.services.access import Access
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.storage.accounts import AccountRepository

MAX_LOGIN_LENGTH = 40


class AccountService:
    def __init__(
        self,
        access: Access,
        accounts: AccountRepository,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._access = access
        self._accounts = accounts
        self._now = now

    @property
    def signed_in(self) -> Account | None:
        return self._access.account

    def any_exist(self) -> bool:
        return self._access.guarded

    def all(self) -> list[Account]:
        return self._accounts.all()

    # -- signing in -----------------------------------------------------------------------------
    def create_first_administrator(self, login: str, full_name: str, password: str) -> Account:
        """The administrator a new (or upgraded) database starts with; signed in at once."""
        if self._access.guarded:
            raise OperationRefused("account.first_exists")
        account = self._new(login, full_name, Role.ADMINISTRATOR, password)
        self._access.account = account  # the audit entry is theirs
        try:
            with self._access.store.transaction(
                CommandLabel("account.first", account.full_name), self._access.actor()
            ):
                self._accounts.save(account)
                self._note(None, account)
        except BaseException:
            self._access.account = None
            raise
        return account

    def sign_in(self, login: str, password: str) -> Account:
        account = self._accounts.by_login(login)
        if account is None:
            raise OperationRefused("account.unknown_login", login=login.strip())
        now = self._now()
        if account.disabled:
            raise OperationRefused("account.disabled", login=account.login)
        if account.locked_at(now):
            raise OperationRefused("account.locked", until=account.locked_until)
        if not _matches(account.password_hash, password):
            failed = account.failed_sign_ins + 1
            locked = failed >= MAX_FAILED_SIGN_INS
            self._save_quietly(
                dataclasses.replace(
                    account,
                    failed_sign_ins=0 if locked else failed,
                    locked_until=now + LOCKED_FOR if locked else None,
                )
            )
            if locked:
                raise OperationRefused("account.locked", until=now + LOCKED_FOR)
            raise OperationRefused("account.wrong_password", left=MAX_FAILED_SIGN_INS - failed)
        if account.failed_sign_ins or account.locked_until:
            account = dataclasses.replace(account, failed_sign_ins=0, locked_until=None)
            self._save_quietly(account)
        self._access.account = account
        return account

    def sign_out(self) -> None:
        self._access.account = None

    def change_own_password(self, current: str, new: str) -> None:
        account = self._access.account
        if account is None:
            raise OperationRefused("access.not_signed_in")
        if not _matches(account.password_hash, current):
            raise ValidationFailed([Problem("current_password", "wrong")])
        _check_password(new)
        account = dataclasses.replace(account, password_hash=_hash(new))
        label = CommandLabel("account.own_password", account.full_name)
        with self._access.store.transaction(label, self._access.actor()):
            self._accounts.save(account)
            self._note_password(account)
        self._access.account = account

    # -- the administrator's work ---------------------------------------------------------------
    def add(self, login: str, full_name: str, role: Role, password: str) -> Account:
        self._access.require(Permission.ADMINISTER)
        account = self._new(login, full_name, role, password)
        label = CommandLabel("account.add", account.full_name)
        with self._access.writing(label, Permission.ADMINISTER):
            self._accounts.save(account)
            self._note(None, account)
        return account

    def change(self, account_id: UUID, full_name: str, role: Role, disabled: bool) -> Account:
        """Someone's name, role, or whether they may still sign in. One administrator who can
        sign in always remains."""
        self._access.require(Permission.ADMINISTER)
        before = self._existing(account_id)
        if not full_name.strip():
            raise ValidationFailed([Problem("full_name", "required")])
        after = dataclasses.replace(
            before, full_name=unicodedata.normalize("NFC", full_name.strip()), role=role,
            disabled=disabled,
        )  # fmt: skip
        others = [a for a in self._accounts.all() if a.id != account_id]
        if not after.may(Permission.ADMINISTER) and not any(
            a.may(Permission.ADMINISTER) for a in others
        ):
            raise OperationRefused("account.last_administrator")
        label = CommandLabel("account.edit", after.full_name)
        with self._access.writing(label, Permission.ADMINISTER):
            self._accounts.save(after)
            self._note(before, after)
        if self._access.account is not None and self._access.account.id == account_id:
            self._access.account = after
        return after

    def set_password(self, account_id: UUID, password: str) -> None:
        """A new password chosen by the administrator (a forgotten one); it also unlocks."""
        self._access.require(Permission.ADMINISTER)
        _check_password(password)
        account = dataclasses.replace(
            self._existing(account_id),
            password_hash=_hash(password),
            failed_sign_ins=0,
            locked_until=None,
        )
        label = CommandLabel("account.password", account.full_name)
        with self._access.writing(label, Permission.ADMINISTER):
            self._accounts.save(account)
            self._note_password(account)

    # -- helpers --------------------------------------------------------------------------------
    def _new(self, login: str, full_name: str, role: Role, password: str) -> Account:
        login = unicodedata.normalize("NFC", login.strip())
        full_name = unicodedata.normalize("NFC", full_name.strip())
        problems = []
        if not login:
            problems.append(Problem("login", "required"))
        elif len(login) > MAX_LOGIN_LENGTH:
            problems.append(Problem("login", "too_long", {"max": MAX_LOGIN_LENGTH}))
        elif self._accounts.by_login(login) is not None:
            problems.append(Problem("login", "taken"))
        if not full_name:
            problems.append(Problem("full_name", "required"))
        problems += _password_problems(password)
        if problems:
            raise ValidationFailed(problems)
        return Account(new_id(), login, full_name, role, _hash(password))

    def _existing(self, account_id: UUID) -> Account:
        account = self._accounts.get(account_id)
        if account is None:
            raise OperationRefused("account.unknown")
        return account

    def _note(self, before: Account | None, after: Account) -> None:
        """The audit entry's account: who it is, and its role and state before → after (never
        a password, nor its hash)."""
        fields = tuple(
            FieldChange(name, _shown(before, name), _shown(after, name))
            for name in ("login", "full_name", "role", "disabled")
            if before is None or _shown(before, name) != _shown(after, name)
        )
        kind = RecordChangeKind.CREATED if before is None else RecordChangeKind.CHANGED
        self._access.store.note(AuditedRecord("account", after.id, kind, fields))

    def _note_password(self, account: Account) -> None:
        changed = (FieldChange("password", None, None),)  # that it changed: never what to
        self._access.store.note(
            AuditedRecord("account", account.id, RecordChangeKind.CHANGED, changed)
        )

    def _save_quietly(self, account: Account) -> None:
        """Failed-attempt counts are kept whoever is (not) signed in."""
        with self._access.store.transaction():
            self._accounts.save(account)


def _shown(account: Account | None, name: str) -> str | None:
    return None if account is None else str(getattr(account, name))


def _password_problems(password: str) -> list[Problem]:
    if len(unicodedata.normalize("NFC", password)) < MIN_PASSWORD_LENGTH:
        return [Problem("password", "too_short", {"min": MIN_PASSWORD_LENGTH})]
    return []


def _check_password(password: str) -> None:
    if problems := _password_problems(password):
        raise ValidationFailed(problems)


def _secret(password: str) -> bytes:
    # The same letters typed with another input method (NFD "ư") are the same password.
    return unicodedata.normalize("NFC", password).encode("utf-8")


def _hash(password: str) -> str:
    return nacl.pwhash.argon2id.str(_secret(password)).decode("ascii")


def _matches(stored: str, password: str) -> bool:
    try:
        return bool(nacl.pwhash.argon2id.verify(stored.encode("ascii"), _secret(password)))
    except nacl.exceptions.InvalidkeyError:
        return False
