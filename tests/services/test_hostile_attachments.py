"""Hostile attachments: whatever file a person picks as the signed scan of the minutes, under
whatever name, attaching it ends in a scan stored once under its SHA-256 or in a refusal worded
for a person with nothing changed; a copy opened for viewing is only ever a scan, with the
extension of what its bytes are; a package's attachment that is no scan is never stored."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from db_dump import dump, execute, query
from hostile_values import FUZZ, any_text, tricky_text
from hypothesis import given, settings
from hypothesis import strategies as st
from meeting_helpers import held, planned

from chibo_desktop.domain.entities import Member, Unit
from chibo_desktop.domain.meetings import MAX_ATTACHMENT_BYTES, SCAN_SUFFIXES
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.workspace import Workspace
from chibo_desktop.ui import messages

SCAN_STARTS = (b"%PDF-", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")
NOT_SCANS = (b"MZ\x90\x00", b"PK\x03\x04", b"#!/bin/sh\n", b"\xd0\xcf\x11\xe0", b"%PD", b"")


@pytest.fixture
def finalised(workspace: Workspace, dong: Unit, cell_members: list[Member]) -> Workspace:
    """The minutes of January's meeting of Chi bộ thôn Đông, finalised."""
    record = held(workspace, planned(workspace, dong, date(2026, 1, 3)))
    workspace.meetings.finalise(record.meeting.id, on=date(2026, 1, 4))
    return workspace


contents = st.builds(
    lambda start, rest: start + rest,
    st.sampled_from(SCAN_STARTS + NOT_SCANS),
    st.binary(max_size=256),
) | st.binary(max_size=64)
file_names = st.one_of(
    st.sampled_from(["bien-ban.pdf", "scan.exe.pdf", "CON.pdf", "..\\..\\x.pdf", ".pdf"]),
    any_text.map(lambda t: t[:60] + ".pdf"),
    tricky_text.map(lambda t: t[:60]),
).filter(lambda name: name not in ("", ".", "..") and "/" not in name and "\x00" not in name)


def test_any_file_attached_as_the_signed_scan(finalised: Workspace, tmp_path: Path) -> None:
    ws = finalised
    [meeting] = [m for m in ws.meetings.in_year(ws.units.subtree_ids(ws.site.unit_id), 2026)]
    folder = tmp_path / "usb"
    folder.mkdir()

    @settings(FUZZ, max_examples=60)
    @given(contents, file_names)
    def attached(content: bytes, name: str) -> None:
        path = folder / name
        path.write_bytes(content)
        before = dump(ws.path)
        try:
            attachment = ws.meetings.attach_scan(meeting.id, path)
        except OperationRefused as refused:
            assert refused.code in messages._REFUSALS, refused.code
            assert path.name in messages.describe_refusal(refused)
            assert not content.startswith(SCAN_STARTS)
            assert dump(ws.path) == before
            return
        finally:
            path.unlink()
        # Stored once, under the hash of its bytes
        digest = hashlib.sha256(content).hexdigest()
        assert attachment.sha256 == digest
        stored = query(ws.path, "SELECT data FROM attachment_blob WHERE sha256 = ?", (digest,))
        assert stored == [(content,)]
        # Opened as a copy whose extension is that of its bytes, in a folder of its own
        copy = ws.meetings.scan_copy(attachment)
        assert copy.suffix == SCAN_SUFFIXES[attachment.media_type]
        assert content.startswith(
            {".pdf": b"%PDF-", ".png": b"\x89PNG", ".jpg": b"\xff\xd8\xff"}[copy.suffix]
        )
        assert copy.read_bytes() == content
        assert copy.parent.name.startswith("chibo-scan-") and len(list(copy.parent.iterdir())) == 1
        assert copy.stem.upper() not in ("CON", "") and "\\" not in copy.name

    attached()


def test_a_scan_larger_than_the_limit_is_refused_before_it_is_read(
    finalised: Workspace, tmp_path: Path
) -> None:
    ws = finalised
    [meeting] = ws.meetings.in_year(ws.units.subtree_ids(ws.site.unit_id), 2026)
    path = tmp_path / "bien-ban-lon.pdf"
    with path.open("wb") as big:  # a sparse file: its size without writing it
        big.write(b"%PDF-1.4\n")
        big.truncate(MAX_ATTACHMENT_BYTES + 1)
    before = dump(ws.path)

    with pytest.raises(OperationRefused) as refused:
        ws.meetings.attach_scan(meeting.id, path)

    assert refused.value.code == "attachment.too_large"
    assert dump(ws.path) == before


@pytest.mark.parametrize(
    ("media_type", "content"),
    [
        ("application/x-msdownload", b"MZ\x90\x00 a program"),
        ("application/pdf", b"MZ\x90\x00 a program named a scan"),
        ("image/png", b"%PDF-1.4 a scan named another kind"),
    ],
)
def test_a_stored_attachment_that_is_no_scan_is_never_opened(
    finalised: Workspace, tmp_path: Path, media_type: str, content: bytes
) -> None:
    ws = finalised
    [meeting] = ws.meetings.in_year(ws.units.subtree_ids(ws.site.unit_id), 2026)
    scan = tmp_path / "bien-ban.pdf"
    scan.write_bytes(b"%PDF-1.4\n% ky ten\n")
    attachment = ws.meetings.attach_scan(meeting.id, scan)
    # Given the stored record and bytes changed behind the program's back (as another
    # program, or an older release importing a package, could have left them)
    digest = hashlib.sha256(content).hexdigest()
    execute(ws.path, "INSERT INTO attachment_blob (sha256, data) VALUES (?, ?)", (digest, content))
    execute(
        ws.path,
        "UPDATE attachment SET sha256 = ?, media_type = ? WHERE id = ?",
        (digest, media_type, attachment.id.hex),
    )
    [changed] = ws.meetings.attachments(meeting.id)

    with pytest.raises(OperationRefused) as refused:
        ws.meetings.scan_copy(changed)

    assert refused.value.code == "attachment.not_openable"
    assert "bien-ban.pdf" in messages.describe_refusal(refused.value)
