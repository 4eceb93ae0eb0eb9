"""Accounts on a shared commune PC: the first administrator, signing in, five wrong passwords
lock the account for a while, and what each role may do is refused in the services themselves
(not only greyed out in the window). Real database files."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from db_dump import dump, query
from services.conftest import MakeMember
from sync_sites import opened

from chibo_desktop.domain.accounts import LOCKED_FOR, Role
from chibo_desktop.domain.backups import Retention
from chibo_desktop.domain.entities import Unit
from chibo_desktop.domain.validation import ValidationFailed
from chibo_desktop.services.accounts import AccountService
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.workspace import Workspace
from chibo_desktop.storage.accounts import AccountRepository

ADMIN_PASSWORD = "Đảng ủy xã 2026"
CLERK_PASSWORD = "văn thư Tân Lập"
READER_PASSWORD = "chỉ xem thôi"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 21, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def refusal(action: Callable[[], object]) -> OperationRefused:
    with pytest.raises(OperationRefused) as refused:
        action()
    return refused.value


@pytest.fixture
def office(workspace: Workspace) -> Workspace:
    """The commune with its administrator, a clerk (editor) and a reader (viewer); no one
    signed in."""
    workspace.accounts.create_first_administrator("quantri", "Nguyễn Văn Quản", ADMIN_PASSWORD)
    workspace.accounts.add("vanthu", "Trần Thị Thư", Role.EDITOR, CLERK_PASSWORD)
    workspace.accounts.add("doc", "Lê Văn Đọc", Role.VIEWER, READER_PASSWORD)
    workspace.accounts.sign_out()
    return workspace


def test_the_first_administrator_chooses_a_password_and_is_the_only_first(
    workspace: Workspace, db_path: Path
) -> None:
    # Given a new database: no account, so nothing is guarded yet
    assert not workspace.accounts.any_exist()

    # When the first administrator is made with too short a password, nothing is saved
    with pytest.raises(ValidationFailed) as invalid:
        workspace.accounts.create_first_administrator("quantri", "Nguyễn Văn Quản", "1234567")
    assert [(p.field, p.code) for p in invalid.value.problems] == [("password", "too_short")]
    assert query(db_path, "SELECT COUNT(*) FROM account") == [(0,)]

    # When it is made properly, it is signed in
    admin = workspace.accounts.create_first_administrator(
        " quantri ", "Nguyễn Văn Quản", ADMIN_PASSWORD
    )
    assert workspace.accounts.signed_in == admin
    assert (admin.login, admin.role) == ("quantri", Role.ADMINISTRATOR)

    # Then there is no second "first" administrator, and the file holds no password
    refused = refusal(
        lambda: workspace.accounts.create_first_administrator("khac", "Người Khác", "mật khẩu dài")
    )
    assert refused.code == "account.first_exists"
    [(stored,)] = query(db_path, "SELECT password_hash FROM account")
    assert str(stored).startswith("$argon2id$")
    raw = b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*"))
    assert ADMIN_PASSWORD.encode() not in raw


def test_five_wrong_passwords_lock_the_account_for_a_while_even_across_a_restart(
    office: Workspace, db_path: Path
) -> None:
    clock = Clock()
    accounts = AccountService(office.access, AccountRepository(), now=clock)

    # When the clerk's password is typed wrong four times, each says how many tries are left
    lefts = [refusal(lambda: accounts.sign_in("vanthu", "sai mật khẩu")) for _ in range(4)]
    assert [(r.code, r.params["left"]) for r in lefts] == [
        ("account.wrong_password", left) for left in (4, 3, 2, 1)
    ]
    # … and the fifth time locks the account for LOCKED_FOR
    fifth = refusal(lambda: accounts.sign_in("vanthu", "sai mật khẩu"))
    assert fifth.code == "account.locked" and fifth.params["until"] == clock.now + LOCKED_FOR
    assert office.accounts.signed_in is None

    # Then the right password is refused too while it is locked, also after a restart
    office.close()
    with opened(db_path) as reopened:
        again = AccountService(reopened.access, AccountRepository(), now=clock)
        clock.now += LOCKED_FOR - timedelta(seconds=1)
        assert refusal(lambda: again.sign_in("vanthu", CLERK_PASSWORD)).code == "account.locked"
        # … and once the time is over, the right password signs in and the count starts again
        clock.now += timedelta(seconds=1)
        clerk = again.sign_in("vanthu", CLERK_PASSWORD)
        assert clerk.failed_sign_ins == 0 and clerk.locked_until is None
        assert refusal(lambda: again.sign_in("vanthu", "sai")).params["left"] == 4
        # Other accounts were never locked
        assert again.sign_in("quantri", ADMIN_PASSWORD).role is Role.ADMINISTRATOR


def test_sign_in_names_and_passwords_match_whatever_the_case_and_input_method(
    office: Workspace,
) -> None:
    typed_nfd = unicodedata.normalize("NFD", CLERK_PASSWORD)
    assert typed_nfd != CLERK_PASSWORD
    assert office.accounts.sign_in("  VanThu ", typed_nfd).login == "vanthu"
    unknown = refusal(lambda: office.accounts.sign_in("van thu", CLERK_PASSWORD))
    assert (unknown.code, unknown.params) == ("account.unknown_login", {"login": "van thu"})


def test_each_role_is_held_to_what_it_may_do_in_the_services(
    office: Workspace, db_path: Path, draft: MakeMember, dong: Unit
) -> None:
    before = dump(db_path)

    # Not signed in: nothing is written
    refused = refusal(lambda: office.members.add(draft("Phạm Văn Chưa")))
    assert refused.code == "access.not_signed_in"

    # A viewer reads, but may not add a member, rename a cell or send data
    office.accounts.sign_in("doc", READER_PASSWORD)
    for action in (
        lambda: office.members.add(draft("Phạm Văn Xem")),
        lambda: office.units.rename(dong.id, "Chi bộ thôn Đông Mới"),
        lambda: office.sync.import_packages([]),
    ):
        refused = refusal(action)
        assert refused.code == "access.read_only"

    # An editor changes the data, but not the accounts or the office's keys
    office.accounts.sign_in("vanthu", CLERK_PASSWORD)
    added = draft("Phạm Văn Sửa")
    office.members.add(added)
    assert office.members.get(added.id) is not None
    for action in (
        lambda: office.accounts.add("moi", "Người Mới", Role.EDITOR, "mật khẩu mới"),
        lambda: office.sync.replace_keys(),
        lambda: office.backups.check_may_restore(),
        lambda: office.backups.set_retention(Retention(1, 1, 1)),
        lambda: office.backups.to_stick(db_path.parent, "mật khẩu của USB"),
        lambda: office.accounts.set_password(office.accounts.all()[0].id, "mật khẩu mới"),
    ):
        refused = refusal(action)
        assert refused.code == "access.administrators_only"
    assert [a.login for a in office.accounts.all()] == ["doc", "quantri", "vanthu"]
    # … and the only change in the file is the editor's member
    after = dump(db_path)
    assert any("Phạm Văn Sửa" in line for line in after)
    assert not any("Phạm Văn Xem" in line or "Phạm Văn Chưa" in line for line in after)
    assert len(before) < len(after)


def test_the_administrator_manages_accounts_and_one_administrator_always_remains(
    office: Workspace,
) -> None:
    admin = office.accounts.sign_in("quantri", ADMIN_PASSWORD)
    clerk = next(a for a in office.accounts.all() if a.login == "vanthu")

    # The clerk forgot the password: the administrator sets a new one
    office.accounts.set_password(clerk.id, "mật khẩu mới 2026")
    # … and stops the reader from signing in
    reader = next(a for a in office.accounts.all() if a.login == "doc")
    office.accounts.change(reader.id, reader.full_name, Role.VIEWER, disabled=True)

    # The last administrator cannot become an editor nor be disabled
    for role, disabled in ((Role.EDITOR, False), (Role.ADMINISTRATOR, True)):
        with pytest.raises(OperationRefused) as refused:
            office.accounts.change(admin.id, admin.full_name, role, disabled)
        assert refused.value.code == "account.last_administrator"
    # … but can once another administrator exists
    office.accounts.change(clerk.id, clerk.full_name, Role.ADMINISTRATOR, disabled=False)
    office.accounts.change(admin.id, admin.full_name, Role.EDITOR, disabled=False)
    assert office.accounts.signed_in is not None
    assert office.accounts.signed_in.role is Role.EDITOR  # what the window now allows

    office.accounts.sign_out()
    assert refusal(lambda: office.accounts.sign_in("vanthu", CLERK_PASSWORD)).code == (
        "account.wrong_password"
    )
    assert office.accounts.sign_in("vanthu", "mật khẩu mới 2026").role is Role.ADMINISTRATOR
    assert refusal(lambda: office.accounts.sign_in("doc", READER_PASSWORD)).code == (
        "account.disabled"
    )


def test_changing_ones_own_password_needs_the_current_one(office: Workspace) -> None:
    office.accounts.sign_in("doc", READER_PASSWORD)
    with pytest.raises(ValidationFailed) as wrong:
        office.accounts.change_own_password("không phải", "mật khẩu mới 2026")
    assert [(p.field, p.code) for p in wrong.value.problems] == [("current_password", "wrong")]
    office.accounts.change_own_password(READER_PASSWORD, "mật khẩu mới 2026")
    office.accounts.sign_out()
    assert office.accounts.sign_in("doc", "mật khẩu mới 2026").login == "doc"
