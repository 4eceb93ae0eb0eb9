"""Everything that happened to a member, one dated line per event, oldest first.

Oldest first because the clerk checks it against the paper life history (lý lịch đảng viên),
which tells the same story in the same order; a member's timeline is a dozen lines, so the
newest is never far down.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QTextBrowser, QWidget

from chibo_desktop.domain.dates import format_date
from chibo_desktop.services.member_records import TimelineEvent
from chibo_desktop.ui.messages import describe_event

_DISCIPLINE_COLOUR = "#a93226"
_DATE_COLOUR = "#333"


class MemberTimeline(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.document().setDocumentMargin(12)

    def show_events(self, events: list[TimelineEvent]) -> None:
        if not events:
            self.setHtml(html.escape(self.tr("Nothing recorded yet.")))
            return
        rows = []
        for event in events:
            text = html.escape(describe_event(event))
            if event.kind == "discipline":
                text = f'<span style="color:{_DISCIPLINE_COLOUR}">{text}</span>'
            rows.append(
                f'<tr><td style="color:{_DATE_COLOUR}; white-space:nowrap; padding-right:18px">'
                f"{format_date(event.day)}</td><td>{text}</td></tr>"
            )
        self.setHtml(f'<table cellspacing="0" cellpadding="4">{"".join(rows)}</table>')
