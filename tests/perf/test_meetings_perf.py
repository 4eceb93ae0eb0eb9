"""The minutes of the shared commune's biggest meeting (2,000 members, two years of meetings),
printed and opened in the editor.

Part of the performance suite: ``python -m pytest --perf tests/perf -s`` (see ``conftest.py``).
Nothing here is a timed assertion: each figure is recorded beside a baseline measured in the same
run — a bare ReportLab document holding the same paragraphs and tables (Helvetica, no Party
format), and a bare QDialog with six empty tabs — and the test asserts only that the answers are
right. Targets: the minutes PDF ≤ 150 ms, the editor open ≤ 200 ms.
"""

from __future__ import annotations

import io
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from perf_data import Dataset
from perf_report import Record
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QVBoxLayout, QWidget
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from chibo_desktop.domain.meetings import MeetingState, summarise
from chibo_desktop.services.minutes_print import PrintedDocument
from chibo_desktop.services.workspace import open_workspace
from chibo_desktop.ui.dialogs.minutes_editor import MinutesEditor

TODAY = date(2026, 11, 21)  # as the shared data's
REPEATS = 15


def median_ms(action: Callable[[], object]) -> float:
    action()  # the first run loads fonts and warms caches: not what a user waits for twice
    times = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def bare_pdf(paragraphs: list[str], rows: list[list[str]]) -> bytes:
    out = io.BytesIO()
    style = getSampleStyleSheet()["BodyText"]
    story: list = [Paragraph(text, style) for text in paragraphs]
    story.append(Table(rows))
    SimpleDocTemplate(out).build(story)
    return out.getvalue()


def bare_dialog() -> None:
    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    tabs = QTabWidget()
    for number in range(6):
        tabs.addTab(QWidget(), str(number))
    layout.addWidget(tabs)
    dialog.resize(1366, 768)
    dialog.show()
    QApplication.processEvents()
    dialog.close()


@pytest.mark.perf
def test_minutes_pdf_and_editor_of_the_biggest_meeting(
    tmp_path: Path, qapp: object, commune: Dataset, record: Record
) -> None:
    ws = open_workspace(commune.copy_to(tmp_path / "commune.sqlite"))
    try:
        # Given the demo commune, and its finalised meeting with the most members on the roll
        cells = [u.id for u in ws.units.all() if u.is_cell]
        meetings = [m for m in ws.meetings.in_year(cells, TODAY.year) if m.state.locked]
        records = [ws.meetings.record(m.id) for m in meetings]
        biggest = max(records, key=lambda r: (len(r.attendance), len(r.tasks)))
        meeting_id = biggest.meeting.id
        figures = summarise(biggest.attendance)

        # When the minutes are rendered to PDF (in memory, as the print preview does)
        pdf = ws.minutes_print.render(meeting_id, PrintedDocument.MINUTES)
        pdf_ms = median_ms(lambda: ws.minutes_print.render(meeting_id, PrintedDocument.MINUTES))
        pages = PdfReader(io.BytesIO(pdf)).pages
        text = "\n".join(page.extract_text() for page in pages)
        paragraphs = [line for line in text.splitlines() if line.strip()]
        rows = [[a.member_name, a.standing.value] for a in biggest.attendance]
        baseline_pdf_ms = median_ms(lambda: bare_pdf(paragraphs, rows))

        # and the editor opens on it, and on a draft (its rule panel checks the year's lapses)
        def open_editor(target_id: object) -> None:
            editor = MinutesEditor(ws.meetings, ws.minutes_print, target_id, lambda _c: None)
            editor.resize(1366, 768)
            editor.show()
            QApplication.processEvents()
            editor.close()

        draft = next(
            m
            for m in ws.meetings.in_year(cells, TODAY.year)
            if m.state is MeetingState.DRAFT and m.unit_id == biggest.meeting.unit_id
        )
        finalised_ms = median_ms(lambda: open_editor(meeting_id))
        draft_ms = median_ms(lambda: open_editor(draft.id))
        baseline_dialog_ms = median_ms(bare_dialog)

        # Then the figures (the PDF holds the roll's figures; nothing is timed-asserted)
        assert f"có mặt {figures.present}/{figures.required}" in text
        about = (
            f"{figures.total}-member cell: {len(pages)} pages, {len(biggest.tasks)} tasks, "
            f"{len(biggest.meeting.minutes.agenda)} agenda items"
        )
        for what, ms, base, name, target in (
            ("minutes PDF", pdf_ms, baseline_pdf_ms, "bare ReportLab", 150),
            ("minutes editor open: finalised minutes", finalised_ms, baseline_dialog_ms,
             "bare QDialog", 200),
            ("minutes editor open: draft with rule panel", draft_ms, baseline_dialog_ms,
             "bare QDialog", 200),
        ):  # fmt: skip
            record(what, ms, "ms", target=target, baseline=base, baseline_name=name, note=about)
    finally:
        ws.close()
