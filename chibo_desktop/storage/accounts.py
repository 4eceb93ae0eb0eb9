"""The local accounts table (written by services/accounts.py, always in a transaction)."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from chibo_desktop.domain.accounts import Account, Role, login_key
from chibo_desktop.storage.sync_state import read_time, stored_time
from chibo_desktop.storage.tables import AccountRow


class AccountRepository:
    def count(self) -> int:
        return int(AccountRow.select().count())

    def all(self) -> list[Account]:
        return [_account(r) for r in AccountRow.select().order_by(AccountRow.login_key).dicts()]

    def get(self, account_id: UUID) -> Account | None:
        row = AccountRow.select().where(AccountRow.id == account_id).dicts().first()
        return _account(row) if row else None

    def by_login(self, login: str) -> Account | None:
        row = AccountRow.select().where(AccountRow.login_key == login_key(login)).dicts().first()
        return _account(row) if row else None

    def save(self, account: Account) -> None:
        values = {
            "login_key": login_key(account.login),
            "login": account.login,
            "full_name": account.full_name,
            "role": account.role.value,
            "password_hash": account.password_hash,
            "failed_sign_ins": account.failed_sign_ins,
            "locked_until": stored_time(account.locked_until),
            "disabled": account.disabled,
        }
        if not AccountRow.update(**values).where(AccountRow.id == account.id).execute():
            AccountRow.insert(id=account.id, **values).execute()


def _account(row: dict[str, Any]) -> Account:
    return Account(
        id=row["id"],
        login=row["login"],
        full_name=row["full_name"],
        role=Role(row["role"]),
        password_hash=row["password_hash"],
        failed_sign_ins=row["failed_sign_ins"],
        locked_until=read_time(row["locked_until"]),
        disabled=bool(row["disabled"]),
    )
