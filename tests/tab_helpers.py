"""Driving the window's tabs in tests on a real database: the commune and its cells, a member
added to one, a tab held as the window holds it, and a double click as a person gives it."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView, QWidget

from chibo_desktop.domain.entities import Changes, Member, Unit, new_id
from chibo_desktop.domain.enums import Gender
from chibo_desktop.services.workspace import Workspace
from chibo_desktop.ui import i18n

TabWidget = TypeVar("TabWidget", bound=QWidget)


def cells(workspace: Workspace) -> dict[str, Unit]:
    return {u.name: u for u in workspace.units.all() if u.is_cell}


def commune(workspace: Workspace) -> Unit:
    return next(u for u in workspace.units.all() if u.parent_id is None)


def add_member(workspace: Workspace, name: str, cell: Unit, **changes: object) -> Member:
    """An official member of ``cell`` since 1996, born in 1970, with ``changes``."""
    member = Member(
        id=new_id(),
        full_name=name,
        unit_id=cell.id,
        gender=Gender.MALE,
        birth_date=date(1970, 1, 1),
        admission_date=date(1995, 5, 5),
        official_date=date(1996, 5, 20),
    )
    member = dataclasses.replace(member, **changes)
    workspace.members.add(member)
    return member


def held_as_in_window(qtbot, make: Callable[[Callable[[Changes], None]], TabWidget]) -> TabWidget:
    """``make(on_changes)``, in English, as the window holds it: every change the tab reports is
    applied back to it, and listed in its ``applied``."""
    i18n.install("en")
    applied: list[Changes] = []

    def on_changes(changes: Changes) -> None:
        applied.append(changes)
        widget.apply_changes(changes)  # type: ignore[attr-defined]

    widget = make(on_changes)
    widget.applied = applied  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    return widget


def double_click(qtbot, table: QTableView, row: int) -> None:
    """As a person does it: the view acts on a double click only where the button was pressed."""
    centre = table.visualRect(table.model().index(row, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
