"""A member transferring between two communes: the sending commune writes a transfer package
(the member's record and history) for the receiving one, which applies it and takes the member
onto its roll when the letter is presented; at the province the two communes' packages agree in
either order, and any order of them, repeated or not, gives the same province."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from db_dump import dump
from sync_orders import applied_in_order, check_any_order, in_written_order, records
from sync_sites import (
    LETTER,
    MOVER,
    export,
    fingerprint,
    import_all,
    member_named,
    opened,
    three_offices,
    transfer_out,
)

from chibo_desktop.domain.entities import Transfer, new_id
from chibo_desktop.domain.enums import MemberStatus, TransferDirection
from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.domain.rules import Level
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.sync import PackageStatus
from chibo_desktop.sync.package import PackageKind, read_header


def arrive(receiving: Path, on: date) -> None:
    """The letter is presented at Hòa Bình: MOVER joins its first cell."""
    with opened(receiving) as ws:
        [waiting] = [t for t in ws.transfers.all() if t.direction is TransferDirection.IN]
        cell = next(u for u in ws.units.all() if u.is_cell)
        ws.transfers.save(dataclasses.replace(waiting, arrived_on=on, to_unit_id=cell.id))


@pytest.fixture
def offices(tmp_path: Path, chibo_home: Path) -> dict[str, Path]:
    """The province; Tân Lập (sending) and Hòa Bình (receiving), each enrolled with the
    province, and Tân Lập holding Hòa Bình's enrolment file; both first packages applied."""
    places = three_offices(tmp_path)
    for commune in ("sending", "receiving"):
        sent = export(places[commune], places["usb"])
        import_all(places["upper"], [sent.path], {fingerprint(places[commune])})
    for receipt in places["usb"].glob("chibo-receipt-*"):
        receipt.unlink()
    return places


def write_transfer(sending: Path, out: Transfer, usb: Path) -> Path:
    with opened(sending) as ws:
        [receiving] = [p for p in ws.sync.peers() if p.name.endswith("Hòa Bình")]
        return ws.sync.write_transfer(out.id, receiving.site_id, usb).path


def test_the_member_moves_with_their_history(offices: dict[str, Path]) -> None:
    sending, receiving, usb = offices["sending"], offices["receiving"], offices["usb"]
    # Given Tân Lập recorded the transfer out and wrote the transfer package
    out = transfer_out(sending)
    package = write_transfer(sending, out, usb)
    header = read_header(package.read_bytes())
    assert header.kind is PackageKind.TRANSFER
    assert header.counts["member"] == 1 and header.counts["member_evaluation"] == 1
    raw = package.read_bytes()
    # The header names the offices only; the person is sealed inside
    assert MOVER.encode() not in raw and b"Tr\\u1ea7n" not in raw

    # When Hòa Bình applies it (after checking Tân Lập's fingerprint)
    [first] = import_all(receiving, [package])
    assert first.preview.status == PackageStatus.NEEDS_CONFIRMATION
    [applied] = import_all(receiving, [package], {fingerprint(sending)})
    assert applied.applied and applied.receipt is None

    # Then the member waits for the letter: known, not yet on the roll, Tân Lập's cells hidden
    with opened(receiving) as ws:
        mover = member_named(ws, MOVER)
        assert mover.status is MemberStatus.TRANSFERRED_OUT
        assert ws.members.count(MemberQuery()) == 1
        assert {u.name for u in ws.units.all()} == {
            "Đảng bộ xã Hòa Bình", "Chi bộ thôn 1 xã Hòa Bình", "Chi bộ thôn 2 xã Hòa Bình"
        }  # fmt: skip
        [waiting] = [t for t in ws.transfers.all() if t.direction is TransferDirection.IN]
        assert waiting.member_id == mover.id and waiting.arrived_on is None
        assert waiting.letter_number == LETTER and waiting.other_organisation.endswith("Tân Lập")
        assert ws.checks.run() == []

    # When the letter is presented
    arrive(receiving, date(2026, 9, 15))

    # Then the member is on Hòa Bình's roll, in its cell, with the history from Tân Lập
    with opened(receiving) as ws:
        mover = member_named(ws, MOVER)
        assert mover.status is MemberStatus.ACTIVE and mover.status_date == date(2026, 9, 15)
        assert ws.units.get(mover.unit_id).name == "Chi bộ thôn 1 xã Hòa Bình"
        assert ws.members.count(MemberQuery()) == 2
        kept = ws.evaluations.member_evaluation(mover.id, 2025)
        assert kept is not None and kept.final_level is Level.GOOD
        statuses = [c.status for c in ws.records.file(mover.id).status_changes]
        assert MemberStatus.TRANSFERRED_OUT in statuses and MemberStatus.ACTIVE in statuses
        assert ws.checks.run() == []

    # And applying the package again changes nothing
    before = dump(receiving)
    [again] = import_all(receiving, [package])
    assert again.preview.status == PackageStatus.ALREADY_APPLIED
    assert dump(receiving) == before


def test_a_transfer_package_needs_an_official_transfer_out(offices: dict[str, Path]) -> None:
    with opened(offices["sending"]) as ws:
        [receiving] = [p for p in ws.sync.peers() if p.name.endswith("Hòa Bình")]
        [upper] = [p for p in ws.sync.peers() if p.name.endswith("Hà Tĩnh")]
        with pytest.raises(OperationRefused) as refused:
            ws.sync.write_transfer(new_id(), receiving.site_id, offices["usb"])
        assert refused.value.code == "sync.not_a_transfer_out"
    out = transfer_out(offices["sending"])
    with opened(offices["sending"]) as ws:
        with pytest.raises(OperationRefused) as refused:
            ws.sync.write_transfer(out.id, upper.site_id, offices["usb"])
        assert refused.value.code == "sync.transfer_to_a_commune"
    assert not list(offices["usb"].glob("chibo-transfer-*"))


@pytest.fixture(scope="module")
def moved(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, list[Path], set[str]]]:
    """The province with nothing applied, and four packages: each commune's first, Tân Lap's
    after the transfer out, Hòa Bình's after the member arrived."""
    root = tmp_path_factory.mktemp("moved")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CHIBO_HOME", str(root / "home"))
        places = three_offices(root)
        upper, usb = places["upper"], places["usb"]
        pristine = root / "pristine.sqlite"
        shutil.copy(upper, pristine)
        confirmed = {fingerprint(places["sending"]), fingerprint(places["receiving"])}
        packages = []
        for commune in ("sending", "receiving"):
            packages.append(export(places[commune], usb).path)
            [result] = import_all(upper, [packages[-1]], confirmed)
            assert result.receipt is not None
            import_all(places[commune], [result.receipt])
        out = transfer_out(places["sending"])
        packages.append(export(places["sending"], usb).path)
        transfer = write_transfer(places["sending"], out, usb)
        import_all(places["receiving"], [transfer], {fingerprint(places["sending"])})
        arrive(places["receiving"], date(2026, 9, 15))
        packages.append(export(places["receiving"], usb).path)
        yield pristine, packages, confirmed


def test_at_the_province_the_transfer_reconciles_in_either_order(
    moved: tuple[Path, list[Path], set[str]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    pristine, packages, confirmed = moved
    first_a, first_b, after_out, after_arrival = packages
    states = []
    for order in (packages, [first_a, first_b, after_arrival, after_out]):
        where = tmp_path_factory.mktemp("order")
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("CHIBO_HOME", str(where / "home"))
            province = applied_in_order(pristine, order, confirmed, where)
            with opened(province) as ws:
                mover = member_named(ws, MOVER)
                assert mover.status is MemberStatus.ACTIVE
                assert ws.units.get(mover.unit_id).name == "Chi bộ thôn 1 xã Hòa Bình"
                assert ws.sync.conflicts() == []
                assert ws.evaluations.member_evaluation(mover.id, 2025) is not None
        states.append(records(province))
    assert states[0] == states[1]


def test_any_order_of_the_two_communes_packages_gives_the_same_province(
    moved: tuple[Path, list[Path], set[str]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    pristine, packages, confirmed = moved
    expected = in_written_order(pristine, packages, confirmed, tmp_path_factory)
    check_any_order(pristine, packages, confirmed, tmp_path_factory, expected, examples=10)
