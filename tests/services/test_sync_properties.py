"""Order does not matter: any order of a set of packages from two communes, with any of them
repeated, leaves the province's database holding the same records as applying them in the order
they were written. Packages after the first carry only changes (each commune took its receipts
back), so a package may arrive before the records its own records point at."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from services.conftest import member_draft
from sync_orders import check_any_order, in_written_order
from sync_sites import enrol, export, fingerprint, make_commune, make_upper, opened, rename

from chibo_desktop.domain.entities import Member, Unit, new_id
from chibo_desktop.domain.enums import CellKind, MemberStatus, UnitLevel
from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.services.workspace import Workspace


def _receipted(upper: Path, commune: Path, package: Path, confirmed: set[str]) -> None:
    """Apply ``package`` at ``upper`` and take its receipt back to the commune."""
    with opened(upper) as ws:
        [result] = ws.sync.import_packages([package], confirmed=confirmed)
    assert result.applied and result.receipt is not None
    with opened(commune) as ws:
        ws.sync.import_packages([result.receipt])


def _member(ws: Workspace, name: str) -> Member:
    query = MemberQuery(on_roll_only=False)
    return next(m for m in ws.members.page(query, 0, 1000) if m.full_name == name)


@pytest.fixture(scope="module")
def written(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Path, list[Path], set[str]]]:
    """The province before any import, six packages (three from each commune, the later two
    with changes only), and the communes' fingerprints."""
    root = tmp_path_factory.mktemp("offices")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CHIBO_HOME", str(root / "home"))
        usb, upper, scratch = root / "usb", root / "tinh.sqlite", root / "scratch.sqlite"
        usb.mkdir()
        make_upper(upper)
        a, b = root / "tan-lap.sqlite", root / "hoa-binh.sqlite"
        make_commune(a, "Tân Lập", ["Nguyễn Thị Hường", "Trần Văn Ước", "Lê Đình Ấn"])
        make_commune(b, "Hòa Bình", ["Vũ Văn Hòa", "Đặng Thị Mỹ"])
        for commune in (a, b):
            enrol(commune, upper, usb)
        confirmed = {fingerprint(a), fingerprint(b)}
        shutil.copy(upper, scratch)  # receipts come from a copy; the province stays empty
        packages = []

        # Tân Lập: everything; then a correction, a member who died and one who left the
        # list by mistake; then another correction
        packages.append(export(a, usb).path)
        _receipted(scratch, a, packages[-1], confirmed)
        rename(a, "Nguyễn Thị Hường", "Nguyễn Thị Hương")
        with opened(a) as ws:
            ws.records.change_status(
                _member(ws, "Lê Đình Ấn").id, MemberStatus.DIED, date(2026, 3, 2)
            )
        packages.append(export(a, usb).path)
        _receipted(scratch, a, packages[-1], confirmed)
        rename(a, "Trần Văn Ước", "Trần Văn Ướt")
        packages.append(export(a, usb).path)

        # Hòa Bình: everything; then a new cell with a new member; then that member's status
        packages.append(export(b, usb).path)
        _receipted(scratch, b, packages[-1], confirmed)
        with opened(b) as ws:
            commune = next(u for u in ws.units.all() if u.level is UnitLevel.COMMUNE)
            cell = Unit(new_id(), "Chi bộ Trạm Y tế xã Hòa Bình", UnitLevel.CELL, "CB-TYT",
                        parent_id=commune.id, kind=CellKind.HEALTH)  # fmt: skip
            ws.units.create(cell)
            ws.members.add(member_draft(cell.id, "Hồ Thị Xuân"))
        packages.append(export(b, usb).path)
        _receipted(scratch, b, packages[-1], confirmed)
        with opened(b) as ws:
            ws.records.change_status(
                _member(ws, "Hồ Thị Xuân").id, MemberStatus.EXEMPT, date(2026, 6, 1)
            )
        packages.append(export(b, usb).path)
        yield upper, packages, confirmed


def test_any_order_with_repeats_gives_the_same_province(
    written: tuple[Path, list[Path], set[str]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    upper, packages, confirmed = written
    expected = in_written_order(upper, packages, confirmed, tmp_path_factory)
    assert len(expected["member"]) == 6 and len(expected["unit"]) == 8
    check_any_order(upper, packages, confirmed, tmp_path_factory, expected, examples=12)
