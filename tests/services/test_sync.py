"""The USB handoff between real database files and a "USB" folder: a commune enrols with its
province, sends its data up, gets a receipt back; the province refuses anything damaged, forged,
misaddressed or replayed, and its database is then exactly as before."""

from __future__ import annotations

import dataclasses
import re
import shutil
from datetime import date
from pathlib import Path

import pytest
from db_dump import dump, query
from services.conftest import member_draft
from sync_sites import (
    PROVINCE,
    enrol,
    export,
    fingerprint,
    import_all,
    make_commune,
    make_upper,
    opened,
    rename,
    two_offices,
)

from chibo_desktop.domain.entities import Unit, new_id
from chibo_desktop.domain.enums import CellKind, SiteRole, UnitLevel
from chibo_desktop.domain.meetings import Meeting, MeetingKind
from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.services import sync as sync_service
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.sync import PackageStatus
from chibo_desktop.sync.keys import SiteKeys
from chibo_desktop.sync.package import Limits

MEMBERS = ["Nguyễn Thị Hường", "Trần Văn Ước", "Lê Đình Ấn", "Phạm Thị Ngọc Ánh"]


@pytest.fixture
def offices(tmp_path: Path, chibo_home: Path) -> dict[str, Path]:
    """A province and the commune Tân Lập (4 members in 2 cells), enrolled; nothing sent yet."""
    return two_offices(tmp_path, MEMBERS)


def first_package(offices: dict[str, Path]) -> Path:
    """The commune's first package, applied at the province after its fingerprint was checked."""
    sent = export(offices["commune"], offices["usb"])
    [result] = import_all(offices["upper"], [sent.path], {fingerprint(offices["commune"])})
    assert result.applied
    return sent.path


def test_a_commune_sends_its_roster_up_and_gets_a_receipt_back(offices: dict[str, Path]) -> None:
    upper, commune, usb = offices["upper"], offices["commune"], offices["usb"]
    # Given a commune that installed its province's enrolment file
    with opened(commune) as ws:
        peer = ws.sync.upper()
        assert peer is not None and peer.role is SiteRole.UPPER and peer.name.endswith("Hà Tĩnh")

    # When it writes its first package to the stick
    sent = export(commune, usb)
    assert sent.full and sent.header.sequence == 1
    assert sent.path.parent == usb and sent.path.suffix == ".chibo"
    assert not list(usb.glob("*.partial"))
    assert sent.header.counts["member"] == 4

    # Then the province sees who sent it and waits for the fingerprint to be checked
    with opened(upper) as ws:
        [preview] = ws.sync.inspect([sent.path])
    assert preview.status == PackageStatus.NEEDS_CONFIRMATION
    assert preview.sender_fingerprint == fingerprint(commune)
    assert (
        preview.header is not None and preview.header.sender_name == "Văn phòng Đảng ủy xã Tân Lập"
    )

    # When the operator confirms it, the commune's tree and members appear under the province
    [result] = import_all(upper, [sent.path], {fingerprint(commune)})
    assert result.applied and result.receipt is not None and result.receipt.parent == usb
    outcome = result.preview.outcome
    assert outcome is not None and outcome.tables["member"].new == 4 and not outcome.conflicts
    with opened(upper) as ws:
        units = {u.name: u for u in ws.units.all()}
        province = units[PROVINCE]
        assert units["Đảng bộ xã Tân Lập"].parent_id == province.id
        assert units["Đảng bộ xã Tân Lập"].level is UnitLevel.COMMUNE
        names = {m.full_name for m in ws.members.page(MemberQuery(), 0, 100)}
        assert names == set(MEMBERS)
        [peer] = ws.sync.peers()
        assert peer.role is SiteRole.COMMUNE and peer.last_package_at == sent.header.created_at

    # And the commune, importing the receipt, knows the province accepted it
    [applied] = import_all(commune, [result.receipt])
    assert applied.applied
    with opened(commune) as ws:
        upper_peer = ws.sync.upper()
        assert upper_peer is not None and upper_peer.last_receipt_at is not None


def test_after_a_receipt_only_the_changes_travel(offices: dict[str, Path]) -> None:
    upper, commune, usb = offices["upper"], offices["commune"], offices["usb"]
    first_package(offices)
    [receipt] = sorted(usb.glob("chibo-receipt-*"))
    import_all(commune, [receipt])

    # When one member's name is corrected at the commune
    rename(commune, "Trần Văn Ước", "Trần Văn Ướt")
    sent = export(commune, usb)

    # Then the next package carries that member only (and the audit log's entries since the
    # first package: the package sent, its receipt received, the correction), and the province
    # updates it
    assert not sent.full and sent.header.sequence == 2
    assert sent.header.counts == {"member": 1, "audit_entry": 3}
    [result] = import_all(upper, [sent.path])
    outcome = result.preview.outcome
    assert outcome is not None and outcome.tables["member"].updated == 1
    with opened(upper) as ws:
        names = {m.full_name for m in ws.members.page(MemberQuery(), 0, 100)}
    assert "Trần Văn Ướt" in names and "Trần Văn Ước" not in names
    from_commune = query(
        upper,
        "SELECT action, subject FROM audit_entry WHERE origin_site != (SELECT id FROM site) "
        "ORDER BY version",
    )
    assert from_commune[-3:] == [
        ("sync.sent_data", "Văn phòng Tỉnh ủy Hà Tĩnh"),
        ("sync.received_receipt", "Văn phòng Tỉnh ủy Hà Tĩnh"),
        ("member.edit", "Trần Văn Ướt"),
    ]


def test_at_the_upper_level_a_communes_records_are_read_only(offices: dict[str, Path]) -> None:
    upper = offices["upper"]
    first_package(offices)
    before = dump(upper)
    with opened(upper) as ws:
        member = next(m for m in ws.members.page(MemberQuery(), 0, 100))
        with pytest.raises(OperationRefused) as refused:
            ws.members.update(dataclasses.replace(member, full_name="Sửa ở tỉnh"))
    assert refused.value.code == "record.replica_read_only"
    assert dump(upper) == before


def test_at_the_upper_level_nothing_new_is_placed_inside_a_communes_data(
    offices: dict[str, Path],
) -> None:
    upper = offices["upper"]
    first_package(offices)
    before = dump(upper)
    with opened(upper) as ws:
        units = ws.units.all()
        root = next(u for u in units if u.level is UnitLevel.COMMUNE)
        cell = next(u for u in units if u.is_cell)
        attempts = {
            "a member in the commune's cell": lambda: ws.members.add(
                member_draft(cell.id, "Thêm ở tỉnh")
            ),
            "a meeting of the commune's cell": lambda: ws.meetings.add(
                Meeting(new_id(), cell.id, MeetingKind.REGULAR, date(2026, 12, 5))
            ),
            "a cell under the commune": lambda: ws.units.create(
                Unit(
                    new_id(), "Chi bộ lập ở tỉnh", UnitLevel.CELL, "", root.id, CellKind.RESIDENTIAL
                )
            ),
        }
        for attempt in attempts.values():
            with pytest.raises(OperationRefused) as refused:
                attempt()
            assert refused.value.code == "record.replica_read_only"
    assert dump(upper) == before

    # The province's own organisations are its own to add to
    with opened(upper) as ws:
        province = next(u for u in ws.units.all() if u.parent_id is None)
        ws.units.create(
            Unit(new_id(), "Chi bộ Văn phòng", UnitLevel.CELL, "", province.id, CellKind.AGENCY)
        )
        assert any(u.name == "Chi bộ Văn phòng" for u in ws.units.all())


def test_a_package_applied_twice_says_when_and_changes_nothing(offices: dict[str, Path]) -> None:
    upper = offices["upper"]
    package = first_package(offices)
    before = dump(upper)

    [again] = import_all(upper, [package])

    assert again.preview.status == PackageStatus.ALREADY_APPLIED and not again.applied
    assert again.preview.applied_on is not None
    assert dump(upper) == before


def test_an_older_package_after_a_newer_one_changes_nothing(offices: dict[str, Path]) -> None:
    upper, commune, usb = offices["upper"], offices["commune"], offices["usb"]
    # Given two packages written one after the other, the second with a correction
    old = export(commune, usb)
    rename(commune, "Lê Đình Ấn", "Lê Đình Ẩn")
    new = export(commune, usb)

    # When the province gets the newer one first, then the older one
    import_all(upper, [new.path], {fingerprint(commune)})
    import_all(upper, [old.path])

    # Then the correction stands
    with opened(upper) as ws:
        names = {m.full_name for m in ws.members.page(MemberQuery(), 0, 100)}
    assert "Lê Đình Ẩn" in names and "Lê Đình Ấn" not in names


def test_a_damaged_first_package_is_refused_not_offered_for_confirmation(
    offices: dict[str, Path],
) -> None:
    sent = export(offices["commune"], offices["usb"])
    data = sent.path.read_bytes()
    sent.path.write_bytes(data[:-100] + bytes([data[-100] ^ 0x01]) + data[-99:])

    with opened(offices["upper"]) as ws:
        [preview] = ws.sync.inspect([sent.path])

    assert preview.status == PackageStatus.REJECTED and preview.rejection == "bad_signature"


def test_without_confirmation_a_first_package_applies_nothing(offices: dict[str, Path]) -> None:
    upper = offices["upper"]
    sent = export(offices["commune"], offices["usb"])
    before = dump(upper)

    [result] = import_all(upper, [sent.path], confirmed={"0000 0000 0000 0000 0000 0000 0000 0000"})

    assert result.preview.status == PackageStatus.NEEDS_CONFIRMATION and not result.applied
    assert dump(upper) == before


def test_a_gap_is_shown_and_heals_with_the_next_receipt(offices: dict[str, Path]) -> None:
    upper, commune, usb = offices["upper"], offices["commune"], offices["usb"]
    # Given packages 1 and 2 applied and receipted, then the province restored to before 2
    first_package(offices)
    import_all(commune, sorted(usb.glob("chibo-receipt-*")))
    restored = upper.with_name("before-2.sqlite")
    shutil.copy(upper, restored)
    rename(commune, "Nguyễn Thị Hường", "Nguyễn Thị Hương")
    second = export(commune, usb)
    [applied] = import_all(upper, [second.path])
    import_all(commune, [applied.receipt])
    shutil.copy(restored, upper)
    for extra in ("-wal", "-shm"):
        Path(f"{upper}{extra}").unlink(missing_ok=True)

    # When package 3 arrives: it starts after package 2, which this database never saw
    rename(commune, "Phạm Thị Ngọc Ánh", "Phạm Thị Ngọc Anh")
    third = export(commune, usb)
    [result] = import_all(upper, [third.path])

    # Then the gap is named, and the receipt tells the commune where the province stands
    assert result.applied and result.preview.missing_sequences == (2,)
    import_all(commune, [result.receipt])
    fourth = export(commune, usb)
    [healed] = import_all(upper, [fourth.path])
    assert healed.preview.missing_sequences == ()
    with opened(upper) as ws:
        names = {m.full_name for m in ws.members.page(MemberQuery(), 0, 100)}
        [peer] = ws.sync.peers()
    assert {"Nguyễn Thị Hương", "Phạm Thị Ngọc Anh"} <= names and peer.missing_sequences == ()


def test_the_package_holds_no_name_or_id_in_the_clear(offices: dict[str, Path]) -> None:
    # Given members with an ID number and a party card number
    with opened(offices["commune"]) as ws:
        for n, member in enumerate(ws.members.page(MemberQuery(), 0, 10)):
            ws.members.update(
                dataclasses.replace(member, personal_id=f"03819500{n:04}", party_card=f"0912{n:04}")
            )
    sent = export(offices["commune"], offices["usb"])
    data = sent.path.read_bytes()

    # Then neither names nor numbers appear in the file, in any common encoding
    for text in [*MEMBERS, *(f"03819500{n:04}" for n in range(4)), "09120000"]:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert text.encode(encoding) not in data
    # and what "strings" would show (runs of printable ASCII) is the header only
    header_end = 12 + int.from_bytes(data[8:12], "big")  # MAGIC, u32 length, the header
    body = data[header_end:]
    assert b"Nguy" not in data and not re.search(rb"\d{8}", body)


# -- refusals: each leaves the province's database exactly as it was ----------------------------


def _flip(offset: int) -> object:
    def damage(data: bytes) -> bytes:
        position = offset if offset >= 0 else len(data) + offset
        return data[:position] + bytes([data[position] ^ 0x01]) + data[position + 1 :]

    return damage


DAMAGE = {
    "a bit of the header": (_flip(40), None),
    "a bit of the payload": (_flip(-200), "bad_signature"),
    "a bit of the signature": (_flip(-1), "bad_signature"),
    "cut short": (lambda data: data[: len(data) // 2], "truncated"),
    "extra bytes after it": (lambda data: data + b"\x00" * 10, "trailing_bytes"),
    "not a package at all": (lambda data: b"MZ\x90\x00" + data[4:], "not_a_package"),
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_damaged_package_is_refused_and_changes_nothing(
    offices: dict[str, Path], damage: str
) -> None:
    upper, commune, usb = offices["upper"], offices["commune"], offices["usb"]
    first_package(offices)
    rename(commune, "Trần Văn Ước", "Trần Văn Ướt")
    sent = export(commune, usb)
    change, code = DAMAGE[damage]
    sent.path.write_bytes(change(sent.path.read_bytes()))  # type: ignore[operator]
    before = dump(upper)

    [result] = import_all(upper, [sent.path])

    assert result.preview.status == PackageStatus.REJECTED and not result.applied
    if code is not None:
        assert result.preview.rejection == code
    assert dump(upper) == before


def test_a_package_for_another_province_is_refused(
    offices: dict[str, Path], tmp_path: Path
) -> None:
    # Given another province, whose database the package was not written for
    other = tmp_path / "other.sqlite"
    make_upper(other)
    sent = export(offices["commune"], offices["usb"])
    before = dump(other)

    [result] = import_all(other, [sent.path], {fingerprint(offices["commune"])})

    assert result.preview.rejection == "wrong_recipient"
    assert dump(other) == before


def test_a_commune_that_replaced_its_keys_is_confirmed_again(offices: dict[str, Path]) -> None:
    upper, commune, usb = offices["upper"], offices["commune"], offices["usb"]
    first_package(offices)
    old = fingerprint(commune)
    # Given the commune made new keys (a PC replaced, say)
    with opened(commune) as ws:
        new = ws.sync.replace_keys().display_fingerprint
    assert new != old
    rename(commune, "Trần Văn Ước", "Trần Văn Ướt")
    sent = export(commune, usb)

    # When its next package arrives, the new fingerprint must be checked first
    [waiting] = import_all(upper, [sent.path])
    assert waiting.preview.status == PackageStatus.NEEDS_CONFIRMATION
    assert waiting.preview.sender_fingerprint == new
    [applied] = import_all(upper, [sent.path], {new})

    # Then it is applied, and the old key is kept as replaced (its packages still open)
    assert applied.applied
    with opened(upper) as ws:
        [peer] = ws.sync.peers()
        states = sorted(k.state.value for k in ws.sync.peer_keys(peer.site_id))
    assert states == ["active", "replaced"]


def test_a_revoked_key_is_refused(offices: dict[str, Path]) -> None:
    upper, commune, usb = offices["upper"], offices["commune"], offices["usb"]
    first_package(offices)
    with opened(upper) as ws:
        [peer] = ws.sync.peers()
        [key] = ws.sync.peer_keys(peer.site_id)
        ws.sync.revoke_key(peer.site_id, key.fingerprint)
    rename(commune, "Trần Văn Ước", "Trần Văn Ướt")
    sent = export(commune, usb)
    before = dump(upper)

    [result] = import_all(upper, [sent.path])

    assert result.preview.rejection == "sync.revoked_key"
    assert dump(upper) == before


def test_oversized_packages_and_payloads_are_refused_before_reading(
    offices: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    upper = offices["upper"]
    sent = export(offices["commune"], offices["usb"])
    before = dump(upper)
    size = sent.path.stat().st_size

    monkeypatch.setattr(sync_service, "_LIMITS", Limits(max_file_bytes=size - 1))
    [too_big] = import_all(upper, [sent.path], {fingerprint(offices["commune"])})
    monkeypatch.setattr(sync_service, "_LIMITS", Limits(max_payload_bytes=100))
    [bomb] = import_all(upper, [sent.path], {fingerprint(offices["commune"])})

    assert too_big.preview.rejection == "too_large"
    assert bomb.preview.rejection in ("too_large", "payload_too_large")
    assert dump(upper) == before


def test_a_signed_package_with_records_this_program_cannot_read_is_refused_whole(
    offices: dict[str, Path],
) -> None:
    upper, commune, usb = offices["upper"], offices["commune"], offices["usb"]
    # Given a package signed with the commune's real key, with a table no release writes
    with opened(commune) as ws:
        keys = ws.sync.keys()
        sent = ws.sync.export(usb)
    forged = _repacked(sent.path, keys, upper, {"records": {"salary": [{"id": "x"}]}})
    before = dump(upper)

    [result] = import_all(upper, [forged], {fingerprint(commune)})

    assert result.preview.rejection == "malformed_payload"
    assert dump(upper) == before


def test_records_outside_the_senders_units_go_to_the_conflict_inbox(
    offices: dict[str, Path], tmp_path: Path
) -> None:
    upper, usb = offices["upper"], offices["usb"]
    # Given the province holding commune Tân Lập, and another commune whose package claims one
    # of Tân Lập's members (same id, its own cell)
    first_package(offices)
    other = tmp_path / "hoa-binh.sqlite"
    make_commune(other, "Hòa Bình", ["Vũ Văn Hòa"])
    enrol(other, upper, usb)
    with opened(upper) as ws:
        taken = next(m for m in ws.members.page(MemberQuery(), 0, 100) if m.full_name == MEMBERS[0])
    with opened(other) as ws:
        cell = next(u for u in ws.units.all() if u.is_cell)
        keys = ws.sync.keys()
        sent = ws.sync.export(usb)
    claimed = _repacked(sent.path, keys, upper, None, member_id=taken.id.hex, unit_id=cell.id.hex)

    [result] = import_all(upper, [claimed], {fingerprint(other)})

    # Then the claim is set aside with both versions; the rest of its package is applied
    assert result.applied
    with opened(upper) as ws:
        [conflict] = ws.sync.conflicts()
        kept = next(m for m in ws.members.page(MemberQuery(), 0, 100) if m.id == taken.id)
    assert conflict.table_name == "member" and conflict.record_id == taken.id
    assert conflict.reason.value == "two_writers" and conflict.local is not None
    assert kept.full_name == MEMBERS[0] and kept.unit_id == taken.unit_id

    # When a person decides for the package's version, it replaces the one here (kept in history)
    with opened(upper) as ws:
        ws.sync.decide(conflict.id, keep_incoming=True, by="Lê Văn Tâm")
        claimed_now = next(m for m in ws.members.page(MemberQuery(), 0, 100) if m.id == taken.id)
        assert ws.sync.conflicts() == []
        with pytest.raises(OperationRefused) as twice:
            ws.sync.decide(conflict.id, keep_incoming=False, by="Lê Văn Tâm")
    assert claimed_now.full_name == "Người mạo danh" and claimed_now.unit_id == cell.id
    assert twice.value.code == "sync.conflict_decided"


def _repacked(
    package: Path,
    keys: SiteKeys,
    upper: Path,
    payload: dict[str, object] | None,
    member_id: str = "",
    unit_id: str = "",
) -> Path:
    """The package re-signed with the sender's key after changing its content: ``payload``
    instead, or one more member record (``member_id`` in ``unit_id``), as a faulty or hostile
    program holding that key could write it."""
    import dataclasses
    import uuid

    from chibo_desktop.sync.package import build_package, read_header, verify_and_open

    data = package.read_bytes()
    header = read_header(data)
    with opened(upper) as ws:
        own = ws.sync.keys()
    opened_payload = verify_and_open(data, header, header.sender_keys, own)
    if payload is None:
        records = opened_payload["records"]
        assert isinstance(records, dict)
        member = dict(records["member"][0])
        member.update(id=member_id, unit_id=unit_id, full_name="Người mạo danh")
        records["member"].append(member)
        payload = opened_payload
    header = dataclasses.replace(header, package_id=uuid.uuid4(), sequence=header.sequence + 1)
    payload = {
        **payload,
        "package_id": str(header.package_id),
        "sender_site": str(header.sender_site),
    }
    forged = package.with_name("forged.chibo")
    forged.write_bytes(build_package(header, payload, keys, own.public))
    return forged


def test_another_communes_sealed_content_under_its_own_signature_is_refused(
    offices: dict[str, Path], tmp_path: Path
) -> None:
    upper, commune, usb = offices["upper"], offices["commune"], offices["usb"]
    # Given commune Hòa Bình, enrolled too, re-signing what Tân Lập sealed as if it were its own
    other = tmp_path / "hoa-binh.sqlite"
    make_commune(other, "Hòa Bình", ["Vũ Văn Hòa"])
    enrol(other, upper, usb)
    first_package(offices)
    rename(commune, "Trần Văn Ước", "Trần Văn Ướt")
    stolen = export(commune, usb)
    with opened(other) as ws:
        keys = ws.sync.keys()
        own = ws.sync.export(usb)
    borrowed = _borrowed(own.path, stolen.path, keys, upper)
    before = dump(upper)

    [result] = import_all(upper, [borrowed], {fingerprint(other)})

    assert result.preview.rejection == "malformed_payload"
    assert dump(upper) == before


def _borrowed(own: Path, stolen: Path, keys: SiteKeys, upper: Path) -> Path:
    """``own``'s header, signed by its sender, around the content another office sealed."""
    from chibo_desktop.sync.package import build_package, read_header, verify_and_open

    with opened(upper) as ws:
        province = ws.sync.keys()
    stolen_data = stolen.read_bytes()
    content = verify_and_open(
        stolen_data, read_header(stolen_data), read_header(stolen_data).sender_keys, province
    )
    header = read_header(own.read_bytes())
    forged = own.with_name("borrowed.chibo")
    forged.write_bytes(build_package(header, content, keys, province.public))
    return forged


def test_export_without_an_upper_level_is_refused(tmp_path: Path, chibo_home: Path) -> None:
    commune = tmp_path / "alone.sqlite"
    make_commune(commune, "Xuân Lộc", ["Đỗ Văn Một"])
    with opened(commune) as ws, pytest.raises(OperationRefused) as refused:
        ws.sync.export(tmp_path)
    assert refused.value.code == "sync.no_upper_level"
