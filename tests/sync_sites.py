"""Offices for the USB handoff's tests: a province and its communes, each a real database file,
opened one at a time (the program holds one database per process), and a "USB" folder between
them."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from services.conftest import member_draft

from chibo_desktop.domain.entities import Member, Transfer, new_id
from chibo_desktop.domain.enums import (
    CellKind,
    SiteRole,
    TransferDirection,
    TransferKind,
    UnitLevel,
)
from chibo_desktop.domain.evaluation import MemberEvaluation
from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.domain.rules import Level
from chibo_desktop.domain.sync import Peer
from chibo_desktop.services.setup import CellDraft
from chibo_desktop.services.sync import ExportResult, ImportResult
from chibo_desktop.services.workspace import Workspace, open_workspace

PROVINCE = "Tỉnh ủy Hà Tĩnh"


@contextmanager
def opened(path: Path) -> Iterator[Workspace]:
    workspace = open_workspace(path)
    try:
        yield workspace
    finally:
        workspace.close()


def make_upper(path: Path) -> None:
    with opened(path) as ws:
        ws.setup.initialize(
            office_name="Văn phòng Tỉnh ủy Hà Tĩnh",
            place_name="Hà Tĩnh",
            role=SiteRole.UPPER,
            root_name=PROVINCE,
        )
        ws.sync.keys()


def make_commune(path: Path, place: str, members: list[str], cells: int = 2) -> None:
    """A commune with ``cells`` residential cells and the members shared out among them."""
    with opened(path) as ws:
        ws.setup.initialize(
            office_name=f"Văn phòng Đảng ủy xã {place}",
            place_name=place,
            role=SiteRole.COMMUNE,
            root_name=f"Đảng bộ xã {place}",
            cells=[
                CellDraft(f"Chi bộ thôn {n + 1} xã {place}", CellKind.RESIDENTIAL)
                for n in range(cells)
            ],
        )
        ws.sync.keys()
        cell_ids = [u.id for u in ws.units.all() if u.is_cell]
        for n, name in enumerate(members):
            ws.members.add(
                member_draft(
                    cell_ids[n % len(cell_ids)], name, birth_date=date(1970 + n % 30, 5, 1)
                )
            )


def two_offices(folder: Path, members: list[str]) -> dict[str, Path]:
    """A province and the commune Tân Lập (``members`` in 2 cells), enrolled with each other's
    keys only through files on the stick; nothing sent yet."""
    places = {
        "upper": folder / "tinh.sqlite",
        "commune": folder / "tan-lap.sqlite",
        "usb": folder / "usb",
    }
    places["usb"].mkdir()
    make_upper(places["upper"])
    make_commune(places["commune"], "Tân Lập", members)
    enrol(places["commune"], places["upper"], places["usb"])
    return places


def enrol(commune: Path, upper: Path, usb: Path) -> Peer:
    with opened(upper) as ws:
        ws.sync.write_enrolment(usb / "tinh-uy.chibo-enrol")
    with opened(commune) as ws:
        return ws.sync.enrol(usb / "tinh-uy.chibo-enrol")


def export(commune: Path, usb: Path, full: bool = False) -> ExportResult:
    with opened(commune) as ws:
        return ws.sync.export(usb, full=full)


def fingerprint(path: Path) -> str:
    with opened(path) as ws:
        return ws.sync.fingerprint()


def import_all(
    path: Path, packages: list[Path], confirmed: set[str] | None = None
) -> list[ImportResult]:
    with opened(path) as ws:
        return ws.sync.import_packages(packages, confirmed=confirmed or set())


def rename(commune: Path, old: str, new: str) -> None:
    with opened(commune) as ws:
        member = next(
            m
            for m in ws.members.page(MemberQuery(on_roll_only=False), 0, 10_000)
            if m.full_name == old
        )
        ws.members.update(dataclasses.replace(member, full_name=new))


def member_named(ws: Workspace, name: str) -> Member:
    everyone = ws.members.page(MemberQuery(on_roll_only=False), 0, 1000)
    return next(m for m in everyone if m.full_name == name)


MOVER = "Trần Văn Ước"  # moves from Tân Lập to Hòa Bình
LETTER = "Giấy giới thiệu số 15-GGT/ĐU"


def three_offices(root: Path) -> dict[str, Path]:
    """The province; Tân Lập (sending) and Hòa Bình (receiving), each enrolled with the
    province, and Tân Lập holding Hòa Bình's enrolment file; nothing sent yet."""
    places = {
        "upper": root / "tinh.sqlite",
        "sending": root / "tan-lap.sqlite",
        "receiving": root / "hoa-binh.sqlite",
        "usb": root / "usb",
    }
    places["usb"].mkdir()
    make_upper(places["upper"])
    make_commune(places["sending"], "Tân Lập", ["Nguyễn Thị Hường", MOVER, "Lê Đình Ấn"])
    make_commune(places["receiving"], "Hòa Bình", ["Vũ Văn Hòa"])
    for commune in ("sending", "receiving"):
        enrol(places[commune], places["upper"], places["usb"])
    with opened(places["receiving"]) as ws:
        ws.sync.write_enrolment(places["usb"] / "hoa-binh.chibo-enrol")
    with opened(places["sending"]) as ws:
        ws.sync.enrol(places["usb"] / "hoa-binh.chibo-enrol")
    return places


def transfer_out(commune: Path) -> Transfer:
    """Tân Lập records MOVER's official transfer to Hòa Bình (after a 2025 review of him)."""
    with opened(commune) as ws:
        mover = member_named(ws, MOVER)
        root = next(u for u in ws.units.all() if u.level is UnitLevel.COMMUNE)
        ws.evaluations.open_year(root.id, 2025, date(2025, 12, 20))
        ws.evaluations.save_member(
            MemberEvaluation(new_id(), mover.id, 2025, mover.unit_id, final_level=Level.GOOD)
        )
        out = Transfer(
            new_id(),
            TransferKind.OFFICIAL,
            TransferDirection.OUT,
            date(2026, 9, 1),
            member_id=mover.id,
            from_unit_id=mover.unit_id,
            other_organisation="Đảng bộ xã Hòa Bình",
            moved_on=date(2026, 8, 20),
            letter_number=LETTER,
        )
        ws.transfers.save(out)
        return out
