"""Backups in tests: a commune's real database file changed, backed up and damaged on the disk,
and a modal window answered as a person answers it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from db_dump import query
from PySide6.QtWidgets import QAbstractButton, QWidget
from services.conftest import member_draft
from sync_sites import opened

from chibo_desktop.services.backups import BackupReason

MEMBERS = ["Nguyễn Thị Hường", "Trần Văn Ước", "Lê Đình Ấn"]
PASSWORD = "Tân Lập 2026!"


def on_roll(path: Path) -> set[str]:
    """The names of the members (not deleted) in the database file."""
    return {name for (name,) in query(path, "SELECT full_name FROM member WHERE deleted = 0")}


def add_member(path: Path, name: str) -> None:
    with opened(path) as ws:
        cell = next(u for u in ws.units.all() if u.is_cell)
        ws.members.add(member_draft(cell.id, name))


def take(path: Path, reason: BackupReason = BackupReason.MANUAL) -> Path:
    with opened(path) as ws:
        return ws.backups.take(reason).path


def corrupt_member_table(path: Path) -> None:
    """Scribble over the first bytes of the member table's root page (the file stays a
    database SQLite opens; its check finds the page damaged)."""
    [(root,)] = query(path, "SELECT rootpage FROM sqlite_master WHERE name = 'member'")
    [(page_size,)] = query(path, "PRAGMA page_size")
    with path.open("r+b") as stream:
        stream.seek((root - 1) * page_size)
        stream.write(b"\xff" * 16)


def button(widget: QWidget, text: str) -> QAbstractButton:
    """The button of ``widget`` reading ``text`` (its accelerator's & left out)."""
    found = [b for b in widget.findChildren(QAbstractButton) if b.text().replace("&", "") == text]
    assert found, (
        f"no button {text!r} in {[b.text() for b in widget.findChildren(QAbstractButton)]}"
    )
    return found[0]


def click(text: str) -> Callable[[QWidget], None]:
    """An answer to a modal window: press its button reading ``text``."""
    return lambda modal: button(modal, text).click()
