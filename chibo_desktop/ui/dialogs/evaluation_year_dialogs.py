"""The decisions on a commune's review year: opening it (with its review date), the check list of
what is missing or breaks a rule, closing it, and reopening a closed year with a name and a
reason (kept for ever)."""

from __future__ import annotations

import html
from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from chibo_desktop.domain.dates import format_date
from chibo_desktop.domain.entities import Changes
from chibo_desktop.domain.evaluation import EvaluationYear, default_review_date, new_member_cutoff
from chibo_desktop.domain.findings import Finding, Severity
from chibo_desktop.domain.rules import ClassificationRules
from chibo_desktop.domain.validation import Problem
from chibo_desktop.services.evaluations import EvaluationService
from chibo_desktop.ui.dialogs.form_dialog import FormDialog
from chibo_desktop.ui.evaluation_texts import describe_evaluation_finding
from chibo_desktop.ui.screen_fit import fit_to_screen
from chibo_desktop.ui.widgets.date_field import DateField
from chibo_desktop.ui.widgets.findings_panel import BLOCKING_COLOUR, FINE_COLOUR, WARNING_COLOUR
from chibo_desktop.ui.widgets.readable import hint, make_readable


class OpenYearDialog(FormDialog):
    """Open the year's review, or move the review date of a year already open."""

    def __init__(
        self,
        evaluations: EvaluationService,
        commune_id: UUID,
        commune_name: str,
        year: int,
        current: EvaluationYear | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._evaluations = evaluations
        self._commune_id = commune_id
        self._year = year
        self._rules = evaluations.rules(year)
        self.setWindowTitle(
            self.tr("Open the review of {year}").format(year=year)
            if current is None
            else self.tr("Review date of {year}").format(year=year)
        )
        about = QLabel(
            self.tr(
                "{commune}: the review of {year} is opened for filling in the members' and the "
                "cells' results. Everything should be finished before 31 December."
            ).format(commune=commune_name, year=year)
            if current is None
            else self.tr("{commune}: change the review date of {year}.").format(
                commune=commune_name, year=year
            )
        )
        about.setWordWrap(True)
        self.review_on = DateField()
        self.review_on.set_value(current.review_on if current else default_review_date(year))
        self.cutoff = hint("")
        self.review_on.edit.textChanged.connect(self._show_cutoff)
        self.form.addRow(about)
        self.form.addRow(self.tr("&Review date *"), self.review_on)
        self.form.addRow("", self.cutoff)
        self.save_button.setText(self.tr("Open the year") if current is None else self.tr("Save"))
        self._show_cutoff()

    def _show_cutoff(self) -> None:
        try:
            on = self.review_on.value()
        except ValueError:
            on = None
        if on is None:
            self.cutoff.setText(
                self.tr("Write the date as dd/mm/yyyy, e.g. 31/12/{year}.").format(year=self._year)
            )
            return
        months = self._rules.review_min_months_since_admission
        self.cutoff.setText(
            self.tr(
                "Members admitted after {cutoff} (less than {months} months before the review "
                "date), exempt members and suspended members are not reviewed."
            ).format(cutoff=format_date(new_member_cutoff(on, months)), months=months)
        )

    def submit(self) -> Changes | list[Problem]:
        dates, problems = self.read_dates("review_on")
        if problems:
            return problems
        review_on = dates["review_on"]
        if review_on is None:
            return [Problem("review_on", "required")]
        return self._evaluations.open_year(self._commune_id, self._year, review_on)


class CloseYearDialog(FormDialog):
    """Lock the year: after this nothing of it changes until someone reopens it."""

    def __init__(
        self,
        evaluations: EvaluationService,
        commune_id: UUID,
        year: int,
        warnings: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._evaluations = evaluations
        self._commune_id = commune_id
        self._year = year
        self.setWindowTitle(self.tr("Close the review of {year}").format(year=year))
        text = self.tr(
            "Nothing blocks closing the review of {year}. Once it is closed, no result of the "
            "year can be changed until someone reopens it, giving a reason."
        ).format(year=year)
        if warnings:
            text += "\n\n" + self.tr(
                "%n note(s) remain: they are kept as recorded (see “Check…”).", "", warnings
            )
        about = QLabel(text)
        about.setWordWrap(True)
        self.by = QLineEdit()
        self.by.setPlaceholderText(self.tr("The name of the person closing the year"))
        self.form.addRow(about)
        self.form.addRow(self.tr("Closed &by *"), self.by)
        self.save_button.setText(self.tr("Close the year"))

    def submit(self) -> Changes | list[Problem]:
        if not self.by.text().strip():
            return [Problem("by", "required")]
        return self._evaluations.close_year(self._commune_id, self._year, self.by.text())


class ReopenYearDialog(FormDialog):
    """Open a closed year again: who and why, both required and kept with the year."""

    def __init__(
        self,
        evaluations: EvaluationService,
        commune_id: UUID,
        record: EvaluationYear,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._evaluations = evaluations
        self._commune_id = commune_id
        self._year = record.year
        self.setMinimumWidth(560)
        self.setWindowTitle(self.tr("Reopen the review of {year}").format(year=record.year))
        about = QLabel(
            self.tr(
                "The review of {year} was closed on {date} by {name}. Reopening it lets the "
                "results be changed again; your name and the reason are kept with the year "
                "for ever."
            ).format(
                year=record.year,
                date=format_date(record.closed_on),
                name=record.closed_by or "—",
            )
        )
        about.setWordWrap(True)
        self.form.addRow(about)
        if record.reopenings:
            lines = [
                self.tr("{date}, {name}: {reason}").format(
                    date=format_date(r.on), name=r.by, reason=r.reason
                )
                for r in record.reopenings
            ]
            earlier = hint("\n".join("• " + line for line in lines))
            self.form.addRow(self.tr("Reopened before:"), earlier)
        self.by = QLineEdit()
        self.by.setPlaceholderText(self.tr("The name of the person reopening the year"))
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(
            self.tr("e.g. The commune committee's decision no. 12 corrects a member's level")
        )
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 16)
        self.form.addRow(self.tr("Your &name *"), self.by)
        self.form.addRow(self.tr("Reason for &reopening *"), self.reason)
        self.save_button.setText(self.tr("Reopen the year"))

    def submit(self) -> Changes | list[Problem]:
        return self._evaluations.reopen_year(
            self._commune_id, self._year, self.by.text(), self.reason.toPlainText()
        )


class CheckDialog(QDialog):
    """What is missing or breaks a rule in the year, blocking first, one sentence each. Opening
    a line (double-click or Enter) goes to the member or the cell it is about."""

    finding_chosen = Signal(object)  # the Finding

    def __init__(
        self,
        findings: list[Finding],
        rules: ClassificationRules,
        year: int,
        profile_title: str,
        closing: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        make_readable(self)
        self.setWindowTitle(self.tr("Check the review of {year}").format(year=year))
        fit_to_screen(self, 860, 520)
        self.findings = sorted(findings, key=lambda f: f.severity is not Severity.BLOCKING)
        blocking = sum(f.severity is Severity.BLOCKING for f in findings)
        notes = len(findings) - blocking
        if blocking:
            summary = (
                self.tr("The year cannot be closed yet: %n thing(s) to correct.", "", blocking)
                if closing
                else self.tr("To correct before closing the year: %n.", "", blocking)
            )
            colour = BLOCKING_COLOUR
        elif notes:
            summary = self.tr("Nothing to correct; %n note(s). The year can be closed.", "", notes)
            colour = FINE_COLOUR
        else:
            summary = self.tr("Nothing to correct: the year can be closed.")
            colour = FINE_COLOUR
        self.summary = QLabel(f'<b style="color:{colour}">{html.escape(summary)}</b>')
        self.summary.setWordWrap(True)
        source = hint(self.tr("According to: {profile}").format(profile=profile_title))
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setSpacing(2)
        bold = QFont(self.font())
        bold.setBold(True)
        for finding in self.findings:
            if finding.severity is Severity.BLOCKING:
                tag, colour = self.tr("Must correct"), BLOCKING_COLOUR
            else:
                tag, colour = self.tr("Take note"), WARNING_COLOUR
            sentence = describe_evaluation_finding(finding, rules, with_unit=True)
            item = QListWidgetItem(f"{tag} — {sentence}")
            item.setData(Qt.ItemDataRole.UserRole, finding)
            item.setForeground(QBrush(QColor(colour)))
            item.setToolTip(self.tr("Double-click to go there"))
            self.list.addItem(item)
        self.list.itemActivated.connect(self._chosen)
        self.list.setVisible(bool(findings))
        go_hint = hint(self.tr("Double-click a line to go to the member or the cell."))
        go_hint.setVisible(bool(findings))
        buttons = QDialogButtonBox()
        self.go_button = buttons.addButton(
            self.tr("&Go there"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.go_button.setVisible(bool(findings))
        self.go_button.clicked.connect(lambda: self._chosen(self.list.currentItem()))
        buttons.addButton(self.tr("&Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(source)
        layout.addWidget(self.list, 1)
        layout.addWidget(go_hint)
        if not findings:
            layout.addStretch(1)
        layout.addWidget(buttons)
        if findings:
            self.list.setCurrentRow(0)

    def sentences(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.finding_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        self.accept()
