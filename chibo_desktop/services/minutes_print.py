"""The printed minutes and resolution of a meeting, as PDF or Word, from the stored record.

The document libraries (ReportLab, python-docx) are imported when the first document is made, not
with the program: with openpyxl they took a third of the window's start, and opening the window
needs none of them."""

from __future__ import annotations

import io
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO
from uuid import UUID

from chibo_desktop.services.errors import OperationRefused
from chibo_desktop.services.files import write_atomically
from chibo_desktop.services.meetings import MeetingService
from chibo_desktop.storage.repositories import UnitRepository
from chibo_desktop.storage.store import Store

if TYPE_CHECKING:
    from chibo_desktop.reports.minutes import MinutesPrint


class PrintedDocument(StrEnum):
    MINUTES = "minutes"  # biên bản
    RESOLUTION = "resolution"  # nghị quyết / kết luận


class MinutesPrintService:
    def __init__(self, meetings: MeetingService, units: UnitRepository, store: Store) -> None:
        self._meetings = meetings
        self._units = units
        self._store = store

    def document(self, meeting_id: UUID) -> MinutesPrint:
        """What the printout shows: the stored minutes, the cell, the committee above it, and
        the meeting profile in force on the meeting's date."""
        from chibo_desktop.reports.minutes import MinutesPrint  # on the first print

        record = self._meetings.record(meeting_id)
        cell = self._units.get(record.meeting.unit_id)
        superior = self._units.get(cell.parent_id) if cell and cell.parent_id else None
        site = self._store.site()
        return MinutesPrint(
            record=record,
            cell_name=cell.name if cell else "",
            superior_name=superior.name if superior else "",
            place_name=site.place_name if site else "",
            rules=self._meetings.rules_for(record.meeting),
        )

    def render(self, meeting_id: UUID, document: PrintedDocument, suffix: str = ".pdf") -> bytes:
        """The document in memory (the print preview reads the PDF from here)."""
        buffer = io.BytesIO()
        self._writer(document, suffix, Path(f"{document.value}{suffix}"))(
            self.document(meeting_id), buffer
        )
        return buffer.getvalue()

    def write(self, meeting_id: UUID, document: PrintedDocument, destination: Path) -> Path:
        """Write ``.pdf`` or ``.docx`` (by the file's suffix) through a temporary file, so a
        failed write never leaves a half-written document under the chosen name."""
        writer = self._writer(document, destination.suffix.lower(), destination)
        printable = self.document(meeting_id)
        write_atomically(destination, lambda stream: writer(printable, stream))
        return destination

    @staticmethod
    def _writer(
        document: PrintedDocument, suffix: str, path: Path
    ) -> Callable[[MinutesPrint, BinaryIO], None]:
        from chibo_desktop.reports import minutes, minutes_docx  # on the first print

        writers: dict[tuple[PrintedDocument, str], Callable[[MinutesPrint, BinaryIO], None]] = {
            (PrintedDocument.MINUTES, ".pdf"): minutes.write_minutes_pdf,
            (PrintedDocument.RESOLUTION, ".pdf"): minutes.write_resolution_pdf,
            (PrintedDocument.MINUTES, ".docx"): minutes_docx.write_minutes_docx,
            (PrintedDocument.RESOLUTION, ".docx"): minutes_docx.write_resolution_docx,
        }
        writer = writers.get((document, suffix))
        if writer is None:
            raise OperationRefused("minutes.unknown_format", path=path)
        return writer
