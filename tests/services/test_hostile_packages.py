"""Hostile packages and enrolment files at real offices. Whatever a stick carries — random bytes, a
real package damaged anywhere, or content sealed and signed with the sender's real keys but
written by a faulty or hostile program — importing it ends in the package applied or in the
program's own refusal, which the window words for a person; a refused file leaves the database
exactly as it was, and an applied one leaves it whole (SQLite's checks pass)."""

from __future__ import annotations

import base64
import copy
import dataclasses
import hashlib
import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

import pytest
from db_dump import dump, query
from hostile_values import (
    FUZZ,
    any_text,
    hex_ids,
    json_values,
    like,
    scalars,
    tricky_text,
)
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from sync_sites import (
    enrol,
    export,
    fingerprint,
    import_all,
    make_commune,
    make_upper,
    opened,
    rename,
)

from chibo_desktop.domain.entities import Transfer, new_id
from chibo_desktop.domain.enums import TransferDirection, TransferKind
from chibo_desktop.domain.evaluation import UpperDecision
from chibo_desktop.domain.meetings import MAX_ATTACHMENT_BYTES
from chibo_desktop.domain.queries import MemberQuery
from chibo_desktop.domain.rules import Level
from chibo_desktop.services.demo import DemoSettings
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.sync import PackageStatus
from chibo_desktop.services.workspace import Workspace
from chibo_desktop.storage.exchange import TABLES
from chibo_desktop.sync.enrolment import ENROLMENT_KIND
from chibo_desktop.sync.fields import canonical_json
from chibo_desktop.sync.keys import SiteKeys
from chibo_desktop.sync.package import (
    MAGIC,
    PackageHeader,
    PackageKind,
    build_package,
    read_header,
    verify_and_open,
)
from chibo_desktop.ui import sync_texts

TODAY = date(2026, 11, 21)
SCAN = b"%PDF-1.4\n% bien ban da ky\n" + bytes(range(256)) * 4


@dataclass(frozen=True)
class Sites:
    """A province and a commune (demo data: meetings, evaluations, a signed scan) that have
    exchanged their first package and receipt, and a second commune enrolled with the first;
    files each of them can receive next."""

    upper: Path
    commune: Path
    other: Path  # the commune a member of ``commune`` moves to
    upper_keys: SiteKeys
    commune_keys: SiteKeys
    other_keys: SiteKeys
    data: bytes  # the commune's next package (a member renamed), not yet applied
    receipt: bytes  # the province's receipt of the first package, not yet taken back
    decisions: bytes  # the province's decisions on the commune's levels
    transfer: bytes  # the commune's transfer package of a member, for ``other``
    enrolment: bytes  # the province's enrolment file


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sites]:
    root = tmp_path_factory.mktemp("hostile-offices")
    usb = root / "usb"
    usb.mkdir()
    upper, commune, other = root / "tinh.sqlite", root / "xa.sqlite", root / "xa-khac.sqlite"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CHIBO_HOME", str(root / "home"))
        make_upper(upper)
        with opened(commune) as ws:
            ws.demo.generate(DemoSettings(12, 2, 1, seed=3, today=TODAY, meeting_cells=1))
            held = next(m for m in ws.meetings.in_year(_cells(ws), 2026) if m.state.locked)
            (root / "bien-ban.pdf").write_bytes(SCAN)
            ws.meetings.attach_scan(held.id, root / "bien-ban.pdf")
        enrol(commune, upper, usb)
        [first] = import_all(upper, [export(commune, usb).path], {fingerprint(commune)})
        assert first.applied and first.receipt is not None
        with opened(commune) as ws:
            member = ws.members.page(MemberQuery(), 0, 1)[0]
        rename(commune, member.full_name, member.full_name + " Anh")
        data = export(commune, usb).path.read_bytes()
        with opened(upper) as ws:
            [peer] = ws.sync.peers()
            assert peer.unit_id is not None
            ws.evaluations.decide_as_upper(
                UpperDecision(new_id(), peer.unit_id, 2026, Level.GOOD, "15-QĐ/TU", TODAY, "")
            )
            decisions = ws.sync.send_decisions(peer.site_id, usb).path.read_bytes()
            ws.sync.write_enrolment(usb / "tinh.chibo-enrol")
        make_commune(other, "Hòa Bình", ["Vũ Văn Hòa"])
        enrol(other, commune, usb)  # each commune installs the other's enrolment file
        enrol(commune, other, usb)
        transfer = _transfer(commune, other, usb)
        keys = {}
        for place in (upper, commune, other):
            with opened(place) as ws:
                keys[place] = ws.sync.keys()
        yield Sites(
            upper,
            commune,
            other,
            keys[upper],
            keys[commune],
            keys[other],
            data,
            first.receipt.read_bytes(),
            decisions,
            transfer,
            (usb / "tinh.chibo-enrol").read_bytes(),
        )


def _transfer(commune: Path, other: Path, usb: Path) -> bytes:
    """The commune's transfer package of one of its members, for the other commune."""
    with opened(other) as ws:
        receiving = ws.setup.site()
        assert receiving is not None
    with opened(commune) as ws:
        mover = ws.members.page(MemberQuery(), 0, 2)[1]
        out = Transfer(
            new_id(),
            TransferKind.OFFICIAL,
            TransferDirection.OUT,
            date(2026, 9, 1),
            member_id=mover.id,
            from_unit_id=mover.unit_id,
            other_organisation="Đảng bộ xã Hòa Bình",
            moved_on=date(2026, 8, 20),
            letter_number="Giấy giới thiệu số 15-GGT/ĐU",
        )
        ws.transfers.save(out)
        return ws.sync.write_transfer(out.id, receiving.id, usb).path.read_bytes()


def _cells(ws: Workspace) -> list[UUID]:
    return [u.id for u in ws.units.all() if u.is_cell]


def _copy(database: Path, folder: Path) -> Path:
    """A copy of a closed database file in ``folder`` (one per test: examples share it)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / database.name
    shutil.copy(database, target)
    return target


def _whole(database: Path) -> None:
    """SQLite's own checks: the file is sound and every reference points at a record."""
    assert query(database, "PRAGMA integrity_check") == [("ok",)]
    assert query(database, "PRAGMA foreign_key_check") == []


def _said(code: str, params: dict[str, object], file: str) -> str:
    """The refusal as the window says it; a code without its own sentence fails the test."""
    assert code in sync_texts._REASONS, f"no sentence for the refusal {code!r}"
    text = sync_texts.describe_sync_refusal(code, **{"file": file, **params})
    assert file in text or "{" not in text
    return text


def _received(ws: Workspace, package: Path) -> None:
    """Import ``package`` at the open database: applied, or refused with nothing changed."""
    before = dump(ws.path)
    [checked] = ws.sync.inspect([package])  # what the window shows before importing
    assert checked.status in (PackageStatus.READY, PackageStatus.REJECTED), checked.status
    if checked.status == PackageStatus.REJECTED:
        _said(checked.rejection, checked.rejection_params, package.name)
    assert dump(ws.path) == before
    [result] = ws.sync.import_packages([package], receipts_to=package.parent)
    preview = result.preview
    if result.applied:
        _whole(ws.path)
        return
    assert preview.status == PackageStatus.REJECTED, preview.status
    _said(preview.rejection, preview.rejection_params, package.name)
    assert dump(ws.path) == before


# -- any bytes ---------------------------------------------------------------------------------
@st.composite
def damaged(draw: st.DrawFn, original: bytes) -> bytes:
    """Random bytes, or the real package cut short, lengthened or changed anywhere."""
    how = draw(st.sampled_from(["random", "magic", "cut", "mutate"]))
    if how == "random":
        return draw(st.binary(max_size=2048))
    if how == "magic":
        return MAGIC + draw(st.binary(max_size=2048))
    if how == "cut":
        return original[: draw(st.integers(0, len(original) - 1))]
    mutated = bytearray(original)
    for _ in range(draw(st.integers(1, 4))):
        index = draw(st.integers(0, len(mutated) - 1))
        action = draw(st.sampled_from(["set", "delete", "insert"]))
        if action == "set":
            mutated[index] = draw(st.integers(0, 255))
        elif action == "delete":
            del mutated[index]
        else:
            mutated[index:index] = draw(st.binary(min_size=1, max_size=8))
    return bytes(mutated)


def test_any_bytes_as_a_package_are_refused_and_change_nothing(
    sites: Sites, tmp_path: Path
) -> None:
    province = _copy(sites.upper, tmp_path)
    package = tmp_path / "goi.chibo"

    with opened(province) as ws:

        @settings(FUZZ, max_examples=60)
        @given(damaged(sites.data))
        def refused(content: bytes) -> None:
            assume(content != sites.data)
            package.write_bytes(content)
            before = dump(province)
            [result] = ws.sync.import_packages([package])
            assert not result.applied and result.preview.status == PackageStatus.REJECTED
            _said(result.preview.rejection, result.preview.rejection_params, package.name)
            assert dump(province) == before

        refused()


# -- content signed with the sender's real keys ------------------------------------------------
def _ids(payload: dict[str, Any]) -> list[str]:
    """Every record id the payload holds: a hostile value may well be another record's."""
    records = payload.get("records")
    if not isinstance(records, dict):
        return []
    return [
        row["id"]
        for rows in records.values()
        if isinstance(rows, list)
        for row in rows
        if isinstance(row, dict) and isinstance(row.get("id"), str)
    ]


def _rows(payload: dict[str, Any]) -> list[tuple[str, list[Any]]]:
    records = payload.get("records")
    if not isinstance(records, dict):
        return []
    return [(t, rows) for t, rows in records.items() if isinstance(rows, list) and rows]


@st.composite
def column_values(draw: st.DrawFn, payload: dict[str, Any]) -> Any:
    ids = _ids(payload)
    choices = [scalars, json_values(6), hex_ids, tricky_text]
    if ids:
        choices.append(st.sampled_from(ids))
    return draw(st.one_of(choices))


def _set_value(draw: st.DrawFn, payload: dict[str, Any]) -> None:
    tables = _rows(payload)
    if not tables:
        return
    _table, rows = draw(st.sampled_from(tables))
    index = draw(st.integers(0, len(rows) - 1))
    row = rows[index]
    if not isinstance(row, dict) or not row:
        rows[index] = draw(column_values(payload))
        return
    numbers = sorted(c for c, v in row.items() if type(v) is int)
    how = draw(st.sampled_from(["number", "column", "column", "new"]))
    if how == "number" and numbers:
        # the values a check of the type alone lets through: SQLite's and the clock's limits
        column = draw(st.sampled_from(numbers))
        row[column] = draw(like(row[column]))
    elif how != "new":
        column = draw(st.sampled_from(sorted(row)))
        row[column] = draw(like(row[column]) if draw(st.booleans()) else column_values(payload))
    else:
        row[draw(any_text)] = draw(column_values(payload))
    if isinstance(row.get("version"), int) and draw(st.booleans()):
        row["version"] += draw(st.integers(1, 1000))  # as the sender's program stamps a change


def _drop_column(draw: st.DrawFn, payload: dict[str, Any]) -> None:
    tables = _rows(payload)
    if not tables:
        return
    _table, rows = draw(st.sampled_from(tables))
    row = rows[draw(st.integers(0, len(rows) - 1))]
    if isinstance(row, dict) and row:
        del row[draw(st.sampled_from(sorted(row)))]


def _move_row(draw: st.DrawFn, payload: dict[str, Any]) -> None:
    """A row dropped, repeated, or put in another table (known to the program or not)."""
    tables = _rows(payload)
    if not tables:
        return
    _table, rows = draw(st.sampled_from(tables))
    row = rows.pop(draw(st.integers(0, len(rows) - 1)))
    how = draw(st.sampled_from(["drop", "twice", "elsewhere"]))
    if how == "twice":
        rows += [row, copy.deepcopy(row)]
    elif how == "elsewhere":
        other = draw(st.sampled_from(sorted(TABLES)) | any_text)
        target = payload["records"].setdefault(other, [])
        if isinstance(target, list):
            target.append(row)


def _replace_part(draw: st.DrawFn, payload: dict[str, Any]) -> None:
    """A table, or anything at the top of the payload, replaced by any JSON value."""
    where = draw(st.sampled_from(["table", "top"]))
    if where == "table" and isinstance(payload.get("records"), dict):
        table = draw(st.sampled_from(sorted(TABLES)) | any_text)
        payload["records"][table] = draw(json_values())
        return
    keys = ["records", "blobs", "since_change", "through_change", "full", "receipt", "transfer"]
    payload[draw(st.sampled_from(keys) | any_text)] = draw(json_values())


def _change_blob(draw: st.DrawFn, payload: dict[str, Any]) -> None:
    """An attached file's bytes changed, made unreadable or replaced by another file."""
    blobs = payload.get("blobs")
    if not isinstance(blobs, dict):
        return
    content = draw(st.binary(max_size=64) | st.just(b"MZ\x90\x00 not a scan"))
    digest = hashlib.sha256(content).hexdigest()
    encoded = base64.b64encode(content).decode("ascii")
    key = draw(st.sampled_from([*sorted(blobs), digest]) if blobs else st.just(digest))
    blobs[key] = draw(st.sampled_from([encoded, encoded + "!", "%%%", ""]) | json_values(3))
    for _table, rows in _rows(payload):
        for row in rows:
            if isinstance(row, dict) and "sha256" in row and draw(st.booleans()):
                row["sha256"] = digest


def _top_document(draw: st.DrawFn, payload: dict[str, Any]) -> None:
    """A value of the payload itself, or of the receipt or transfer it carries: the change
    numbers a data package or a receipt says it covers, the transfer's dates and ids."""
    documents = [payload] + [payload[k] for k in ("receipt", "transfer") if k in payload]
    target = draw(st.sampled_from([d for d in documents if isinstance(d, dict)] or [{}]))
    keys = sorted(k for k in target if k not in ("records", "blobs"))
    key = draw(st.sampled_from(keys) if keys else any_text)
    target[key] = draw(like(target.get(key)) | column_values(payload))


# Mostly values changed, as they reach the checks of each column.
MUTATIONS = (
    *[_set_value] * 8,
    *[_top_document] * 2,
    _drop_column,
    _move_row,
    _replace_part,
    _change_blob,
)


@st.composite
def hostile_payloads(draw: st.DrawFn, original: dict[str, Any]) -> dict[str, Any]:
    """The sender's real content with a few changes a faulty or hostile program could make, or
    (less often) any JSON object at all."""
    if draw(st.integers(0, 9)) == 7:
        anything = draw(st.dictionaries(any_text | tricky_text, json_values(), max_size=5))
        return {**anything, **{k: original[k] for k in ("package_id", "sender_site")}}
    payload = copy.deepcopy(original)
    for _ in range(draw(st.integers(1, 3))):
        draw(st.sampled_from(MUTATIONS))(draw, payload)
    return payload


@st.composite
def hostile_headers(draw: st.DrawFn, original: PackageHeader) -> PackageHeader:
    """The package's header as signed, maybe with a number, time, unit or kind the sender's
    program got wrong (a new package id is given to each package sent)."""
    changes: dict[str, Any] = {}
    if draw(st.integers(0, 3)) == 3:
        changes["sequence"] = draw(st.integers(1, 2**63 - 1) | st.integers(1, 5))
    if draw(st.integers(0, 3)) == 3:
        changes["created_at"] = draw(
            st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30))
        ).replace(tzinfo=UTC)
    if draw(st.integers(0, 9)) == 7:
        changes["sender_unit"] = draw(st.none() | st.uuids(version=4))
    if draw(st.integers(0, 9)) == 7:
        changes["kind"] = draw(st.sampled_from(list(PackageKind)))
    return dataclasses.replace(original, **changes)


def _fuzz_signed(
    receiver: Path, template: bytes, sender: SiteKeys, recipient: SiteKeys, folder: Path, n: int
) -> None:
    """``n`` packages signed and sealed like ``template`` (their identity inside matching their
    header, as the real program seals it) with hostile content, each received at ``receiver``."""
    header = read_header(template)
    original = verify_and_open(template, header, header.sender_keys, recipient)
    package = folder / "goi-ky-that.chibo"

    @settings(FUZZ, max_examples=n)
    @given(hostile_headers(header), hostile_payloads(original))
    def received(signed: PackageHeader, payload: dict[str, Any]) -> None:
        signed = dataclasses.replace(signed, package_id=uuid4())
        payload = {**payload}
        for key in ("package_id", "sender_site"):
            if payload.get(key) == original[key]:
                payload[key] = str(getattr(signed, key))
        package.write_bytes(build_package(signed, payload, sender, recipient.public))
        _received(ws, package)

    with opened(receiver) as ws:
        received()


def test_hostile_content_of_a_communes_signed_package(sites: Sites, tmp_path: Path) -> None:
    province = _copy(sites.upper, tmp_path)
    _fuzz_signed(province, sites.data, sites.commune_keys, sites.upper_keys, tmp_path, 70)


@pytest.mark.parametrize("kind", ["receipt", "decisions"])
def test_hostile_content_of_the_provinces_signed_package(
    sites: Sites, tmp_path: Path, kind: str
) -> None:
    commune = _copy(sites.commune, tmp_path)
    template = sites.receipt if kind == "receipt" else sites.decisions
    _fuzz_signed(commune, template, sites.upper_keys, sites.commune_keys, tmp_path, 30)


def test_hostile_content_of_a_communes_signed_transfer_package(
    sites: Sites, tmp_path: Path
) -> None:
    other = _copy(sites.other, tmp_path)
    _fuzz_signed(other, sites.transfer, sites.commune_keys, sites.other_keys, tmp_path, 30)


# -- what the fuzzing found ---------------------------------------------------------------------
@dataclass
class Resealed:
    """A package like a real one, its content open to change, then signed and sealed again as
    a faulty or hostile program holding the sender's keys would."""

    header: PackageHeader
    payload: dict[str, Any]
    sender: SiteKeys
    recipient: SiteKeys

    def write(self, folder: Path) -> Path:
        package = folder / "goi.chibo"
        sealed = build_package(self.header, self.payload, self.sender, self.recipient.public)
        package.write_bytes(sealed)
        return package


def _resealed(
    template: bytes, sender: SiteKeys, recipient: SiteKeys, **header_changes: Any
) -> Resealed:
    original = read_header(template)
    header = dataclasses.replace(original, package_id=uuid4(), **header_changes)
    payload = verify_and_open(template, original, original.sender_keys, recipient)
    payload["package_id"] = str(header.package_id)
    return Resealed(header, payload, sender, recipient)


def _first_member(payload: dict[str, Any]) -> dict[str, Any]:
    return payload["records"]["member"][0]  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("change", "detail"),
    [
        # A stamp SQLite cannot hold, or one that leaves the clock no room: every later write
        # at the province would fail.
        (lambda p: _first_member(p).update(version=2**63), "bad version"),
        (lambda p: _first_member(p).update(version=2**62 + 5), "bad version"),
        (lambda p: p.update(through_change=2**63), "not a count"),
    ],
)
def test_numbers_beyond_what_is_stored_refuse_the_package(
    sites: Sites, tmp_path: Path, change: Any, detail: str
) -> None:
    province = _copy(sites.upper, tmp_path)
    package = _resealed(sites.data, sites.commune_keys, sites.upper_keys)
    change(package.payload)
    before = dump(province)

    [result] = import_all(province, [package.write(tmp_path)])

    assert result.preview.rejection == "malformed_payload"
    assert detail in str(result.preview.rejection_params["detail"])
    assert dump(province) == before


def test_a_value_beyond_what_is_stored_sets_its_record_aside(sites: Sites, tmp_path: Path) -> None:
    province = _copy(sites.upper, tmp_path)
    package = _resealed(sites.data, sites.commune_keys, sites.upper_keys)
    task = package.payload["records"]["meeting_task"][0]
    task.update(position=2**63, version=task["version"] + 1)

    [result] = import_all(province, [package.write(tmp_path)])

    assert result.applied
    [conflict] = result.preview.outcome.conflicts  # type: ignore[union-attr]
    assert (conflict.table_name, conflict.reason.value) == ("meeting_task", "invalid")
    _whole(province)


def test_a_sequence_far_ahead_lists_only_the_newest_missing_packages(
    sites: Sites, tmp_path: Path
) -> None:
    province = _copy(sites.upper, tmp_path)
    package = _resealed(sites.data, sites.commune_keys, sites.upper_keys, sequence=2**40)
    package.payload["since_change"] = 10**9  # after changes the province never received

    [result] = import_all(province, [package.write(tmp_path)])

    assert result.applied
    assert result.preview.missing_sequences == tuple(range(2**40 - 100, 2**40))


def test_checking_a_package_without_its_senders_unit_says_so(sites: Sites, tmp_path: Path) -> None:
    province = _copy(sites.upper, tmp_path)
    package = _resealed(sites.data, sites.commune_keys, sites.upper_keys, sender_unit=None)

    with opened(province) as ws:
        [checked] = ws.sync.inspect([package.write(tmp_path)])

    assert (checked.status, checked.rejection) == (PackageStatus.REJECTED, "sync.no_sender_unit")


@pytest.mark.parametrize(
    ("media_type", "content"),
    [
        ("application/x-msdownload", b"MZ\x90\x00 a program"),
        ("application/pdf", b"MZ\x90\x00 a program named a scan"),
        ("application/pdf", b"%PDF-1.4 " + b"\0" * MAX_ATTACHMENT_BYTES),
    ],
)
def test_an_attached_file_that_is_no_scan_is_not_stored_from_a_package(
    sites: Sites, tmp_path: Path, media_type: str, content: bytes
) -> None:
    province = _copy(sites.upper, tmp_path)
    package = _resealed(sites.data, sites.commune_keys, sites.upper_keys)
    # Given the commune's package, signed, with one more attachment: a program, or too large
    [scan] = package.payload["records"]["attachment"]
    digest = hashlib.sha256(content).hexdigest()
    added = {**scan, "id": uuid4().hex, "sha256": digest, "media_type": media_type}
    package.payload["records"]["attachment"].append(added)
    package.payload["blobs"][digest] = base64.b64encode(content).decode("ascii")

    [result] = import_all(province, [package.write(tmp_path)])

    # Then the package applies, but those bytes are not kept: the attachment says it is damaged
    assert result.applied
    assert query(province, "SELECT 1 FROM attachment_blob WHERE sha256 = ?", (digest,)) == []
    with opened(province) as ws:
        stored = next(
            a for a in ws.meetings.attachments(UUID(scan["meeting_id"])) if a.sha256 == digest
        )
        with pytest.raises(OperationRefused) as refused:
            ws.meetings.scan_copy(stored)
    assert refused.value.code == "attachment.damaged"


# -- enrolment files ---------------------------------------------------------------------------
def _signed_enrolment(document: dict[str, Any], keys: SiteKeys) -> bytes:
    """An enrolment file whose signature is right for whatever it says (a hostile program
    holding ``keys``), laid out as the program writes it."""
    unsigned = {k: v for k, v in document.items() if k != "signature"}
    signature = base64.b64encode(keys.sign(canonical_json(unsigned))).decode("ascii")
    text = json.dumps({**unsigned, "signature": signature}, ensure_ascii=False, indent=2)
    return text.encode("utf-8")


@st.composite
def hostile_enrolments(draw: st.DrawFn, original: bytes, keys: SiteKeys) -> bytes:
    """Random bytes, the real file damaged, or a document signed with real keys whose fields
    a faulty or hostile program filled."""
    how = draw(st.sampled_from(["bytes", "damaged", "signed", "signed", "signed"]))
    if how == "bytes":
        return draw(st.binary(max_size=512))
    if how == "damaged":
        return draw(damaged(original))
    document = json.loads(original)
    for _ in range(draw(st.integers(1, 3))):
        key = draw(st.sampled_from(sorted(document)) | any_text)
        document[key] = draw(like(document.get(key)) | json_values(4))
    if draw(st.booleans()):
        document["keys"] = keys.public.to_text()  # the keys it is signed with
        document["kind"] = ENROLMENT_KIND
    if draw(st.integers(0, 9)) == 7:
        document.pop(draw(st.sampled_from(sorted(document))))
    return _signed_enrolment(document, keys)


def test_hostile_enrolment_files_at_a_commune(sites: Sites, tmp_path: Path) -> None:
    commune = _copy(sites.commune, tmp_path)
    stranger = SiteKeys.generate()
    enrolment = tmp_path / "tinh-uy.chibo-enrol"

    with opened(commune) as ws:

        @settings(FUZZ, max_examples=60)
        @given(hostile_enrolments(sites.enrolment, stranger))
        def installed(content: bytes) -> None:
            enrolment.write_bytes(content)
            before = dump(commune)
            try:
                peer = ws.sync.enrol(enrolment)
            except OperationRefused as refused:
                _said(refused.code, refused.params, enrolment.name)
                assert dump(commune) == before
            else:
                assert ws.sync.peer_keys(peer.site_id)
                _whole(commune)

        installed()
