"""Shared makings for service tests: the set-up commune's units and member drafts."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Any
from uuid import UUID

import pytest

from chibo_desktop.domain.entities import Member, Unit, new_id
from chibo_desktop.domain.enums import Gender, MemberStatus
from chibo_desktop.services.workspace import Workspace

MakeMember = Callable[..., Member]


@pytest.fixture
def cells(workspace: Workspace) -> dict[str, Unit]:
    """The three cells of the conftest commune, by name."""
    return {u.name: u for u in workspace.units.all() if u.is_cell}


@pytest.fixture
def commune(workspace: Workspace) -> Unit:
    site = workspace.site
    assert site is not None and site.unit_id is not None
    unit = workspace.units.get(site.unit_id)
    assert unit is not None
    return unit


@pytest.fixture
def dong(cells: dict[str, Unit]) -> Unit:
    return cells["Chi bộ thôn Đông"]


@pytest.fixture
def doai(cells: dict[str, Unit]) -> Unit:
    return cells["Chi bộ thôn Đoài"]


def member_draft(unit_id: UUID, full_name: str = "Nguyễn Văn Đức", **changes: Any) -> Member:
    """A valid new member (not yet saved)."""
    member = Member(
        id=new_id(),
        full_name=full_name,
        unit_id=unit_id,
        gender=Gender.MALE,
        birth_date=date(1975, 4, 30),
        admission_date=date(2000, 2, 3),
        official_date=date(2001, 2, 3),
    )
    return dataclasses.replace(member, **changes)


@pytest.fixture
def draft(dong: Unit) -> MakeMember:
    """A valid unsaved member, in Chi bộ thôn Đông unless told otherwise."""

    def make(full_name: str = "Nguyễn Văn Đức", **changes: Any) -> Member:
        changes.setdefault("unit_id", dong.id)
        return member_draft(full_name=full_name, **changes)

    return make


@pytest.fixture
def add_member(workspace: Workspace, draft: MakeMember) -> MakeMember:
    """Add a member through the service and return it as saved."""

    def add(full_name: str = "Nguyễn Văn Đức", **changes: Any) -> Member:
        new = draft(full_name, **changes)
        workspace.members.add(new)
        saved = workspace.members.get(new.id)
        assert saved is not None
        return saved

    return add


@pytest.fixture
def cell_members(dong: Unit, add_member: MakeMember) -> list[Member]:
    """Chi bộ thôn Đông: official members, a probationary one and an exempt one."""
    return [
        add_member("Nguyễn Văn Bình"),
        add_member("Trần Thị Lan"),
        add_member("Lê Văn Tám"),
        add_member("Phạm Thị Hoa", official_date=None, admission_date=date(2025, 12, 1)),
        add_member("Đỗ Văn Nam", status=MemberStatus.EXEMPT, status_date=date(2024, 1, 2)),
        add_member("Vũ Văn Khải"),
    ]
