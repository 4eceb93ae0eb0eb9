"""The column beside a form that says, while it is filled in, what the rules find in it: the
minutes of a meeting and a member's annual evaluation."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from chibo_desktop.domain.findings import Finding, Severity
from chibo_desktop.ui.widgets.readable import hint

BLOCKING_COLOUR = "#c0392b"
WARNING_COLOUR = "#a36200"  # amber dark enough to read on white
FINE_COLOUR = "#1e7b34"


class FindingsPanel(QFrame):
    link_activated = Signal(str)  # the link a finding's sentence holds was followed

    def __init__(self, minimum_width: int, maximum_width: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(minimum_width)
        self.setMaximumWidth(maximum_width)
        title = QLabel(self.tr("Checked against the rules"))
        bold = QFont()
        bold.setBold(True)
        title.setFont(bold)
        self.profile = hint("")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.labels: list[QLabel] = []  # one a finding; kept hidden when fewer are found
        holder = QWidget()
        self._box = QVBoxLayout(holder)
        self._box.setContentsMargins(0, 0, 4, 0)
        self._box.setSpacing(10)
        self._box.addStretch(1)
        area = QScrollArea()
        area.setWidget(holder)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        column = QVBoxLayout(self)
        column.addWidget(title)
        column.addWidget(self.profile)
        column.addWidget(self.summary)
        column.addWidget(area, 1)

    def set_profile(self, title: str) -> None:
        self.profile.setText(self.tr("According to: {profile}").format(profile=title))

    def show_findings(
        self,
        summary: str,
        colour: str | None,
        findings: list[Finding],
        sentence_html: Callable[[Finding], str],
    ) -> None:
        """``summary`` in bold ``colour`` (plain without one), then the findings that must be
        corrected and those to take note of, each tagged so and told by ``sentence_html``."""
        self.summary.setText(
            f'<b style="color:{colour}">{html.escape(summary)}</b>'
            if colour
            else html.escape(summary)
        )
        ordered = [f for f in findings if f.severity is Severity.BLOCKING] + [
            f for f in findings if f.severity is Severity.WARNING
        ]
        while len(self.labels) < len(ordered):
            label = QLabel()
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
            label.linkActivated.connect(self.link_activated)
            self._box.insertWidget(self._box.count() - 1, label)
            self.labels.append(label)
        for label, finding in zip(self.labels, ordered, strict=False):
            label.setText(self._tagged(finding, sentence_html(finding)))
            label.show()
        for label in self.labels[len(ordered) :]:
            label.hide()

    def sentences(self) -> list[str]:
        """The findings shown, as HTML."""
        return [label.text() for label in self.labels if not label.isHidden()]

    def _tagged(self, finding: Finding, sentence: str) -> str:
        if finding.severity is Severity.BLOCKING:
            tag, colour = self.tr("Must correct"), BLOCKING_COLOUR
        else:
            tag, colour = self.tr("Take note"), WARNING_COLOUR
        return (
            f'<span style="background:{colour}; color:white;">&nbsp;{html.escape(tag)}&nbsp;'
            f"</span> {sentence}"
        )
