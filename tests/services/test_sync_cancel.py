"""Stopping an import midway: the province is importing several communes' packages from a stick
and the clerk presses Cancel. The package under way is finished (each is all or nothing), the
ones not reached are left untouched and said as such, the receipts of the ones applied are on the
stick, and importing the same packages again carries on where it stopped. Real database files
and a "USB" folder (tests/sync_sites.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from db_dump import dump, query
from services.conftest import member_draft
from sync_sites import enrol, export, fingerprint, import_all, make_commune, make_upper, opened

from chibo_desktop.domain.progress import CancelToken
from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.domain.sync import ConflictReason
from chibo_desktop.services.sync import ImportResult, PackageStatus

COMMUNES = {
    "Tân Lập": ["Nguyễn Thị Hường", "Trần Văn Ước"],
    "Kỳ Anh": ["Lê Đình Ấn", "Phạm Thị Ngọc Ánh"],
    "Cẩm Xuyên": ["Hoàng Văn Khải", "Đặng Thị Yến"],
}


def names_in(lines: list[str], names: list[str]) -> set[str]:
    """The names that appear in the database's dump."""
    return {n for n in names if any(n in line for line in lines)}


def members_of(path: Path) -> set[str]:
    with opened(path) as ws:
        return {m.full_name for m in ws.members.page(MemberQuery(), 0, 1000)}


def import_stopping_after(
    path: Path, packages: list[Path], confirmed: set[str], after: int
) -> tuple[list[ImportResult], list[tuple[int, int]]]:
    """Import, the token cancelled from the progress report once ``after`` packages are done
    (as the window's Cancel button does while a package is applied)."""
    token = CancelToken()
    reported: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        reported.append((done, total))
        if done == after:
            token.cancel()

    with opened(path) as ws:
        results = ws.sync.import_packages(
            packages, confirmed=confirmed, progress=progress, cancel=token
        )
    return results, reported


@pytest.fixture
def stick(tmp_path: Path, chibo_home: Path) -> tuple[Path, Path, dict[str, Path]]:
    """A province and three communes, each of which wrote its first package to the stick."""
    upper, usb = tmp_path / "tinh.sqlite", tmp_path / "usb"
    usb.mkdir()
    make_upper(upper)
    communes = {}
    for n, (place, members) in enumerate(COMMUNES.items()):
        communes[place] = tmp_path / f"xa-{n}.sqlite"
        make_commune(communes[place], place, members)
        enrol(communes[place], upper, usb)
        export(communes[place], usb)
    return upper, usb, communes


def test_a_cancelled_import_stops_between_packages_and_carries_on_when_run_again(
    stick: tuple[Path, Path, dict[str, Path]],
) -> None:
    upper, usb, communes = stick
    packages = sorted(usb.glob("chibo-data-*.chibo"))
    assert len(packages) == 3
    confirmed = {fingerprint(path) for path in communes.values()}
    everyone = [n for names in COMMUNES.values() for n in names]
    untouched = {p: p.read_bytes() for p in packages}

    # When the clerk cancels while the first package is applied
    results, reported = import_stopping_after(upper, packages, confirmed, after=1)

    # Then the first package is applied whole and the other two are not started
    assert reported == [(1, 3)]
    assert [r.preview.path for r in results] == packages
    first, *rest = results
    assert first.applied and first.preview.status == PackageStatus.READY
    assert first.preview.header is not None
    sender = first.preview.header.sender_name.removeprefix("Văn phòng Đảng ủy xã ")
    assert [(r.applied, r.preview.status, r.receipt) for r in rest] == [
        (False, PackageStatus.NOT_STARTED, None)
    ] * 2
    # And the ledger holds the first package only, and the database its members only
    ledger = query(upper, "SELECT package_id FROM package_ledger")
    assert ledger == [(first.preview.header.package_id.hex,)]
    assert names_in(dump(upper), everyone) == set(COMMUNES[sender])
    assert members_of(upper) == set(COMMUNES[sender])
    # And the first commune's receipt is on the stick (and it takes it), the packages as they
    # were
    assert first.receipt is not None and first.receipt.parent == usb
    assert sorted(usb.glob("chibo-receipt-*.chibo")) == [first.receipt]
    [taken] = import_all(communes[sender], [first.receipt])
    assert taken.applied
    assert {p: p.read_bytes() for p in packages} == untouched

    # When the same packages are imported again
    again = import_all(upper, packages, confirmed)

    # Then the first was already applied and the other two are applied now
    assert [r.preview.status for r in again] == [PackageStatus.ALREADY_APPLIED] + [
        PackageStatus.READY
    ] * 2
    assert [r.applied for r in again] == [False, True, True]
    assert members_of(upper) == set(everyone)
    assert len(query(upper, "SELECT package_id FROM package_ledger")) == 3
    assert all(r.receipt is not None for r in again)


def test_an_import_cancelled_before_it_starts_changes_nothing(
    stick: tuple[Path, Path, dict[str, Path]], chibo_home: Path
) -> None:
    upper, usb, communes = stick
    packages = sorted(usb.glob("chibo-data-*.chibo"))
    before = dump(upper)
    token = CancelToken()
    token.cancel()
    with opened(upper) as ws:
        results = ws.sync.import_packages(
            packages, confirmed={fingerprint(p) for p in communes.values()}, cancel=token
        )
    assert [r.preview.status for r in results] == [PackageStatus.NOT_STARTED] * 3
    assert not any(r.applied for r in results)
    assert dump(upper) == before
    assert not list(usb.glob("chibo-receipt-*"))
    assert not list(chibo_home.glob("**/*-before-import.sqlite"))  # not even a backup taken


def test_a_cancelled_check_says_which_packages_it_did_not_look_at(
    stick: tuple[Path, Path, dict[str, Path]],
) -> None:
    upper, usb, _ = stick
    packages = sorted(usb.glob("chibo-data-*.chibo"))
    before = dump(upper)
    token = CancelToken()
    reported: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        reported.append((done, total))
        token.cancel()  # Cancel pressed while the first package was checked

    # When the check of the stick's three packages is cancelled during the first
    with opened(upper) as ws:
        previews = ws.sync.inspect(packages, progress, token)

    # Then the first is checked (a first package: its fingerprint to confirm), the other two not
    assert reported == [(1, 3)]
    assert [p.path for p in previews] == packages
    assert [p.status for p in previews] == [PackageStatus.NEEDS_CONFIRMATION] + [
        PackageStatus.NOT_STARTED
    ] * 2
    assert previews[0].header is not None and previews[1].header is None
    # And nothing changed
    assert dump(upper) == before
    assert not list(usb.glob("chibo-receipt-*"))


def test_a_record_waiting_for_its_parent_still_waits_after_a_stop_and_is_applied_after(
    tmp_path: Path, chibo_home: Path
) -> None:
    """Order independence across a stop: a commune's later package (a new member) reaches a
    province before the package with the member's cell; the import is stopped between them."""
    upper, commune, usb = tmp_path / "tinh.sqlite", tmp_path / "xa.sqlite", tmp_path / "usb"
    usb.mkdir()
    make_upper(upper)
    make_commune(commune, "Tân Lập", COMMUNES["Tân Lập"])
    enrol(commune, upper, usb)
    # Given a copy of the province that never received the commune's first package
    # (packages are imported in the order of their paths: the later one's folder sorts first)
    later, earlier = tmp_path / "a", tmp_path / "b"
    later.mkdir()
    earlier.mkdir()
    first = export(commune, earlier).path
    province_copy = tmp_path / "tinh-ban-sao.sqlite"
    shutil.copyfile(upper, province_copy)
    # And the commune's second package, sent after the receipt of its first: the new member only
    # (with the audit entries of sending, receiving the receipt and adding)
    [applied] = import_all(upper, [first], {fingerprint(commune)})
    assert applied.receipt is not None
    import_all(commune, [applied.receipt])
    with opened(commune) as ws:
        cell = next(u for u in ws.units.all() if u.is_cell)
        ws.members.add(member_draft(cell.id, "Võ Thị Sáu"))
    second = export(commune, later)
    assert second.header.counts == {"member": 1, "audit_entry": 3}

    # When the copy imports both, stopped after the first one it applies (the second package)
    results, _ = import_stopping_after(
        province_copy, [first, second.path], {fingerprint(commune)}, after=1
    )

    # Then the new member waits for its cell in the conflict inbox, and the first package is
    # not started
    assert [r.preview.path for r in results] == [second.path, first]
    assert results[0].applied and results[1].preview.status == PackageStatus.NOT_STARTED
    with opened(province_copy) as ws:
        [waiting] = ws.sync.conflicts()
        assert waiting.reason is ConflictReason.MISSING_PARENT
        assert waiting.incoming["full_name"] == "Võ Thị Sáu"
    assert members_of(province_copy) == set()

    # When the import is run again, the cell arrives and the waiting member is applied with it
    again = import_all(province_copy, [first, second.path])
    assert [r.preview.status for r in again] == [
        PackageStatus.ALREADY_APPLIED,
        PackageStatus.READY,
    ]
    with opened(province_copy) as ws:
        assert ws.sync.conflicts() == []
    assert members_of(province_copy) == {*COMMUNES["Tân Lập"], "Võ Thị Sáu"}
    assert members_of(province_copy) == members_of(upper) | {"Võ Thị Sáu"}
