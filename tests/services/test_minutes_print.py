"""The printed minutes through the service: the stored record, the cell and the commune above it,
written to a real file (or nothing at all)."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import docx
import pytest
from meeting_helpers import held, planned
from pypdf import PdfReader

from chibo_desktop.domain.entities import Member, Unit
from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.minutes_print import PrintedDocument
from chibo_desktop.services.workspace import Workspace


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_finalised_minutes_print_with_their_cell_commune_and_code(
    workspace: Workspace, dong: Unit, cell_members: list[Member], tmp_path: Path
) -> None:
    record = held(workspace, planned(workspace, dong, date(2026, 2, 3)))
    workspace.meetings.finalise(record.meeting.id, on=date(2026, 2, 4))
    code = workspace.meetings.get(record.meeting.id).short_code

    target = workspace.minutes_print.write(
        record.meeting.id, PrintedDocument.MINUTES, tmp_path / "bien-ban.pdf"
    )

    text = pdf_text(target.read_bytes())
    assert "ĐẢNG BỘ XÃ TÂN LẬP" in text and "CHI BỘ THÔN ĐÔNG" in text
    assert "Tân Lập, ngày 03 tháng 02 năm 2026" in text
    assert f"Mã biên bản: {code}" in text
    assert "Trần Thị Lan" in text  # the minute-taker signs on the left
    # no fee note typed: the roll's fee marks say it (the exempt member was not asked)
    assert "Tình hình đóng đảng phí: 5/6 đồng chí đã đóng." in text.replace("\n", " ")

    resolution = workspace.minutes_print.write(
        record.meeting.id, PrintedDocument.RESOLUTION, tmp_path / "nghi-quyet.docx"
    )
    words = "\n".join(p.text for p in docx.Document(str(resolution)).paragraphs)
    assert "NGHỊ QUYẾT" in words


def test_an_unknown_format_is_refused_and_writes_nothing(
    workspace: Workspace, dong: Unit, cell_members: list[Member], tmp_path: Path
) -> None:
    record = held(workspace, planned(workspace, dong, date(2026, 2, 3)))
    usb = tmp_path / "usb"
    usb.mkdir()
    with pytest.raises(OperationRefused) as refused:
        workspace.minutes_print.write(record.meeting.id, PrintedDocument.MINUTES, usb / "bb.odt")
    assert refused.value.code == "minutes.unknown_format"
    assert list(usb.iterdir()) == []
