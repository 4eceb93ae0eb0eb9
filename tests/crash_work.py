"""An office's day of work for the crash-safety harness (tests/services/test_crash_safety.py):
the operations of ``plan.json``, one after another through the services, each noted in a
journal once it has returned (so: committed). Run in a process that is killed at a random point
(tests/killed_process.py)."""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any
from uuid import UUID

from chibo_desktop.services.workspace import Workspace, open_workspace


def office_day(
    db: Path, journal: Path, files: Path, done: Callable[[int], None] = lambda _number: None
) -> None:
    plan = json.loads((files / "plan.json").read_text(encoding="utf-8"))
    ws = open_workspace(db)
    try:
        with journal.open("a", encoding="utf-8") as log:
            for number, operation in enumerate(plan["operations"]):
                _run(ws, operation, files)
                log.write(f"{number}\n")
                log.flush()
                os.fsync(log.fileno())
                done(number)
    finally:
        ws.close()


def _run(ws: Workspace, operation: dict[str, Any], files: Path) -> None:
    kind = operation["kind"]
    if kind == "edit":
        member = ws.members.get(UUID(operation["member"]))
        assert member is not None
        ws.members.update(dataclasses.replace(member, phone=operation["phone"]))
    elif kind == "move":
        ws.transfers.dissolve_into(
            UUID(operation["from"]), UUID(operation["to"]), date.fromisoformat(operation["on"])
        )
    elif kind == "import":
        table = ws.roster_import.read(files / operation["file"])
        preview = ws.roster_import.analyse(table, ws.roster_import.guess_mapping(table))
        ws.roster_import.apply(preview)
    elif kind == "backup":
        ws.backups.take()
    else:
        raise ValueError(kind)
