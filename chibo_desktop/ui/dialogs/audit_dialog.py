"""Nhật ký thay đổi: every change, who made it and when, what it was before and after; filtered
by person, days, member and kind of change, and at the upper level by commune."""

from __future__ import annotations

import html
from datetime import UTC
from uuid import UUID

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from chibo_desktop.domain.audit import (
    AUDIT_KINDS,
    NO_RECORD,
    AuditedRecord,
    AuditEntry,
    AuditQuery,
    CommandLabel,
    FieldChange,
    RecordChangeKind,
    Step,
)
from chibo_desktop.domain.dates import format_date
from chibo_desktop.services.audit import AuditService
from chibo_desktop.ui.messages import describe_undo, field_label
from chibo_desktop.ui.screen_fit import fit_to_screen
from chibo_desktop.ui.widgets.date_field import DateField
from chibo_desktop.ui.widgets.readable import PROBLEM_COLOUR, hint, make_readable, message

_CONTEXT = "AuditDialog"
KINDS = {
    "members": QT_TRANSLATE_NOOP("AuditDialog", "Members and their records"),
    "organisation": QT_TRANSLATE_NOOP("AuditDialog", "Organisation and set-up"),
    "meetings": QT_TRANSLATE_NOOP("AuditDialog", "Meetings and minutes"),
    "evaluations": QT_TRANSLATE_NOOP("AuditDialog", "Evaluation and classification"),
    "register": QT_TRANSLATE_NOOP("AuditDialog", "Transfers, admissions, 213 list"),
    "exchange": QT_TRANSLATE_NOOP("AuditDialog", "Data exchange (USB)"),
    "accounts": QT_TRANSLATE_NOOP("AuditDialog", "Accounts"),
}
TABLES = {
    "member": QT_TRANSLATE_NOOP("AuditDialog", "Member"),
    "unit": QT_TRANSLATE_NOOP("AuditDialog", "Unit"),
    "party_post": QT_TRANSLATE_NOOP("AuditDialog", "Party post"),
    "distinction": QT_TRANSLATE_NOOP("AuditDialog", "Award or discipline"),
    "badge": QT_TRANSLATE_NOOP("AuditDialog", "Party badge"),
    "status_change": QT_TRANSLATE_NOOP("AuditDialog", "Status change"),
    "transfer": QT_TRANSLATE_NOOP("AuditDialog", "Transfer"),
    "resident_213": QT_TRANSLATE_NOOP("AuditDialog", "213 list entry"),
    "comment_213": QT_TRANSLATE_NOOP("AuditDialog", "213 comment"),
    "candidate": QT_TRANSLATE_NOOP("AuditDialog", "Candidate"),
    "meeting": QT_TRANSLATE_NOOP("AuditDialog", "Meeting"),
    "attendance": QT_TRANSLATE_NOOP("AuditDialog", "Attendance"),
    "meeting_task": QT_TRANSLATE_NOOP("AuditDialog", "Task"),
    "minutes_annex": QT_TRANSLATE_NOOP("AuditDialog", "Correction to minutes"),
    "attachment": QT_TRANSLATE_NOOP("AuditDialog", "Attached scan"),
    "meeting_plan": QT_TRANSLATE_NOOP("AuditDialog", "Meeting plan"),
    "agenda_template": QT_TRANSLATE_NOOP("AuditDialog", "Agenda template"),
    "member_evaluation": QT_TRANSLATE_NOOP("AuditDialog", "Member's evaluation"),
    "unit_evaluation": QT_TRANSLATE_NOOP("AuditDialog", "Unit's evaluation"),
    "evaluation_year": QT_TRANSLATE_NOOP("AuditDialog", "Review year"),
    "upper_decision": QT_TRANSLATE_NOOP("AuditDialog", "Upper level's decision"),
    "rule_profile": QT_TRANSLATE_NOOP("AuditDialog", "Rules"),
    "account": QT_TRANSLATE_NOOP("AuditDialog", "Account"),
    "package": QT_TRANSLATE_NOOP("AuditDialog", "Package"),
    "peer": QT_TRANSLATE_NOOP("AuditDialog", "Office exchanging data"),
    "site_key": QT_TRANSLATE_NOOP("AuditDialog", "This office's key"),
    "sync_conflict": QT_TRANSLATE_NOOP("AuditDialog", "Set-aside record"),
}
_STEPS = {
    Step.UNDONE: QT_TRANSLATE_NOOP("AuditDialog", "Undo: {action}"),
    Step.REDONE: QT_TRANSLATE_NOOP("AuditDialog", "Redo: {action}"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def describe_entry(entry: AuditEntry) -> str:
    """ "Sửa đảng viên Trần Thị Hương", "Hoàn tác: …"."""
    action = describe_undo(CommandLabel(entry.action, entry.subject, entry.count))
    action = action[:1].upper() + action[1:]
    if entry.step in _STEPS:
        return _tr(_STEPS[entry.step]).format(action=action)
    return action


class AuditDialog(QDialog):
    WHEN, WHO, WHAT, WHERE = range(4)

    def __init__(
        self,
        audit: AuditService,
        site_names: dict[UUID, str],
        parent: QWidget | None = None,
    ) -> None:
        """``site_names``: this office and, at the upper level, the communes (by site id)."""
        super().__init__(parent)
        self._audit = audit
        self._site_names = site_names
        self.setWindowTitle(self.tr("Change log"))
        fit_to_screen(self, 1100, 680)
        make_readable(self)
        self._entries: list[AuditEntry] = []

        self.who = QComboBox()
        self.who.addItem(self.tr("Everyone"), None)
        for person in audit.people():
            self.who.addItem(person, person)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Every kind of change"), None)
        for key in AUDIT_KINDS:
            self.kind.addItem(_tr(KINDS[key]), key)
        self.since = DateField()
        self.until = DateField()
        self.member = QLineEdit()
        self.member.setPlaceholderText(self.tr("Name (with or without tone marks), card or ID no."))
        self.member.setClearButtonEnabled(True)
        self.site = QComboBox()
        self.site.addItem(self.tr("Every office"), None)
        for site_id in audit.sites():
            self.site.addItem(site_names.get(site_id, str(site_id)), site_id)
        several_sites = self.site.count() > 2
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.clicked.connect(self.show_entries)

        days = QHBoxLayout()
        days.addWidget(self.since)
        days.addWidget(QLabel(self.tr("to")))
        days.addWidget(self.until)
        form = QFormLayout()
        form.addRow(self.tr("&Person"), self.who)
        form.addRow(self.tr("&Kind of change"), self.kind)
        days_label = QLabel(self.tr("&Days from"))
        days_label.setBuddy(self.since)
        form.addRow(days_label, days)
        form.addRow(self.tr("&Member"), self.member)
        if several_sites:
            form.addRow(self.tr("&Office"), self.site)
        self.problem = message(PROBLEM_COLOUR)
        self.problem.hide()
        filters = QHBoxLayout()
        filters.addLayout(form, 1)
        filters.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignBottom)

        self.table = QTableWidget(0, 4 if several_sites else 3)
        headers = [self.tr("When"), self.tr("Who"), self.tr("What was done")]
        if several_sites:
            headers.append(self.tr("Office"))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            self.WHAT, QHeaderView.ResizeMode.Stretch
        )
        self.table.itemSelectionChanged.connect(self._show_details)
        self.empty = hint("")
        self.empty.hide()
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.count = QLabel()

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setSizes([420, 200])
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.problem)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        # Typing a name filters after a pause, not at every letter.
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(400)
        self._typing.timeout.connect(self.show_entries)
        self.member.textChanged.connect(self._typing.start)
        for combo in (self.who, self.kind, self.site):
            combo.currentIndexChanged.connect(self.show_entries)
        for field in (self.since, self.until):
            field.edit.editingFinished.connect(self.show_entries)
        self.show_entries()

    def query(self) -> AuditQuery | None:
        """The filters as a query; None (said) when a day cannot be read."""
        try:
            since, until = self.since.value(), self.until.value()
        except ValueError:
            self.problem.setText(self.tr("Write the days as dd/mm/yyyy, e.g. 01/11/2026."))
            self.problem.show()
            return None
        self.problem.hide()
        return AuditQuery(
            who=self.who.currentData(),
            since=since,
            until=until,
            member_text=self.member.text(),
            kind=self.kind.currentData(),
            site=self.site.currentData(),
        )

    def show_entries(self) -> None:
        query = self.query()
        if query is None:
            return
        self._entries = self._audit.entries(query)
        self.table.setRowCount(len(self._entries))
        for row, entry in enumerate(self._entries):
            local = entry.at.replace(tzinfo=UTC).astimezone()
            cells = {
                self.WHEN: f"{format_date(local.date())} {local:%H:%M}",
                self.WHO: entry.who or self.tr("(before accounts)"),
                self.WHAT: describe_entry(entry),
            }
            if self.table.columnCount() > self.WHERE:
                cells[self.WHERE] = self._site_names.get(entry.origin_site, "")  # type: ignore[arg-type]
            for column, text in cells.items():
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        for column in (self.WHEN, self.WHO):
            self.table.resizeColumnToContents(column)
        filtered = query != AuditQuery()
        self.empty.setText(
            self.tr("No change matches these filters.")
            if filtered
            else self.tr("Nothing has been changed yet.")
        )
        self.empty.setVisible(not self._entries)
        self.count.setText(
            self.tr("{count} changes shown (the newest {limit} at most).").format(
                count=len(self._entries), limit=query.limit
            )
        )
        if self._entries:
            self.table.selectRow(0)
        self._show_details()  # also when the first row was already the one selected

    def _show_details(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.details.clear()
            return
        entry = self._entries[rows[0].row()]
        lines = [f"<b>{html.escape(describe_entry(entry))}</b>"]
        lines += [self._record_line(record) for record in entry.records]
        self.details.setHtml("<br>".join(lines))

    def _record_line(self, record: AuditedRecord) -> str:
        table = _tr(TABLES[record.table]) if record.table in TABLES else record.table
        if record.record_id == NO_RECORD:
            templates = {
                RecordChangeKind.CREATED: self.tr("and {count} more records created: {table}"),
                RecordChangeKind.CHANGED: self.tr("and {count} more records changed: {table}"),
                RecordChangeKind.DELETED: self.tr("and {count} more records deleted: {table}"),
            }
            return html.escape(templates[record.kind].format(count=record.count, table=table))
        name = self._audit.record_name(record.table, record.record_id)
        subject = f"{table} {name}" if name else table
        kinds = {
            RecordChangeKind.CREATED: self.tr("{subject}: created"),
            RecordChangeKind.CHANGED: self.tr("{subject}: changed"),
            RecordChangeKind.DELETED: self.tr("{subject}: deleted"),
        }
        line = html.escape(kinds[record.kind].format(subject=subject))
        changes = [self._change(change) for change in record.fields]
        return line + "".join(f"<br>&nbsp;&nbsp;• {c}" for c in changes)

    def _change(self, change: FieldChange) -> str:
        label = field_label(change.name)
        if change.before is None and change.after is None:
            return html.escape(self.tr("{field}: changed").format(field=label))
        empty = self.tr("(empty)")
        before = change.before if change.before not in (None, "") else empty
        after = change.after if change.after not in (None, "") else empty
        if change.before is None:
            return html.escape(f"{label}: {after}")
        return html.escape(f"{label}: {before} → {after}")
