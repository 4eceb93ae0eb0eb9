"""Local accounts: who may use the program on this PC, and what each role may do.

Accounts belong to the installation (they never travel in a package). Passwords are kept only as
argon2id hashes; there is no default password: the first administrator chooses one."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from uuid import UUID

MIN_PASSWORD_LENGTH = 8
MAX_FAILED_SIGN_INS = 5  # wrong passwords in a row before the account is locked …
LOCKED_FOR = timedelta(minutes=15)  # … for this long


class Role(StrEnum):
    ADMINISTRATOR = "administrator"  # everything, and the accounts, keys and restores
    EDITOR = "editor"  # reads and changes the data, sends and receives packages
    VIEWER = "viewer"  # reads and prints


class Permission(StrEnum):
    EDIT = "edit"  # change the data (and everything that writes it: imports, packages)
    ADMINISTER = "administer"  # accounts, the office's keys and partners, restoring backups


PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMINISTRATOR: frozenset(Permission),
    Role.EDITOR: frozenset({Permission.EDIT}),
    Role.VIEWER: frozenset(),
}


@dataclass(frozen=True, slots=True)
class Account:
    id: UUID
    login: str  # as typed at sign-in, compared by ``login_key``
    full_name: str
    role: Role
    password_hash: str
    failed_sign_ins: int = 0
    locked_until: datetime | None = None
    disabled: bool = False

    def may(self, permission: Permission) -> bool:
        return not self.disabled and permission in PERMISSIONS[self.role]

    def locked_at(self, now: datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until


def login_key(login: str) -> str:
    """Sign-in names match whatever the case and Unicode form typed ("Hường" = "HƯỜNG")."""
    return unicodedata.normalize("NFC", login.strip()).casefold()
