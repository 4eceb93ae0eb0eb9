"""A member's page: the full record (phiếu đảng viên) in tabs, the member's Party posts, awards and
discipline, badges and status changes, and the timeline of everything that happened to them.

The fields of the first three tabs are saved together by "Save", and problems are listed in
Vietnamese while the page stays open. The lists are separate records: each entry is saved as soon
as its small form is confirmed (one undoable command each), so "Cancel" leaves them saved, and
``changes`` holds everything the page wrote so the window can refresh and offer undo.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from chibo_desktop.domain.catalogues import (
    ETHNICITIES,
    GENERAL_EDUCATION,
    QUALIFICATIONS,
    RELIGIONS,
)
from chibo_desktop.domain.dates import add_months, format_date
from chibo_desktop.domain.entities import (
    Badge,
    Changes,
    Distinction,
    Member,
    PartyPost,
    StatusChange,
    Unit,
    new_id,
)
from chibo_desktop.domain.enums import DistinctionKind, Gender, MemberStatus, TheoryLevel
from chibo_desktop.domain.validation import PROBATION_MONTHS, Problem, normalise_member
from chibo_desktop.services.errors import OperationRefused, ValidationFailed
from chibo_desktop.services.member_records import MemberRecordService
from chibo_desktop.services.members import MemberService
from chibo_desktop.ui.dialogs.member_record_dialogs import (
    BadgeDialog,
    DistinctionDialog,
    PostDialog,
    StatusChangeDialog,
    mark_problems,
)
from chibo_desktop.ui.dialogs.message_box import confirm, inform
from chibo_desktop.ui.messages import (
    GENDERS,
    MEMBERSHIPS,
    NO_THEORY,
    STATUSES,
    THEORY_LEVELS,
    describe_refusal,
    label,
    tr,
)
from chibo_desktop.ui.screen_fit import fit_to_screen
from chibo_desktop.ui.table_models.member_record_table_models import (
    BadgeTableModel,
    DistinctionTableModel,
    PostTableModel,
    StatusChangeTableModel,
)
from chibo_desktop.ui.widgets.date_field import DateField, read_dates
from chibo_desktop.ui.widgets.member_timeline import MemberTimeline
from chibo_desktop.ui.widgets.readable import PROBLEM_COLOUR, coloured, hint, make_readable
from chibo_desktop.ui.widgets.record_list import RecordList

_PREFERRED_SIZE = (1120, 690)  # fits 1366×768 with a taskbar; smaller screens get a share
_FORM_MAX_WIDTH = 800  # a form column wider than this is hard to follow from label to field
_DATE_WIDTH = 170
_NUMBER_WIDTH = 260


class MemberDialog(QDialog):
    def __init__(
        self,
        members: MemberService,
        cells: list[Unit],
        member: Member | None = None,
        default_cell: UUID | None = None,
        parent: QWidget | None = None,
        *,
        records: MemberRecordService | None = None,
        units: list[Unit] | None = None,
    ) -> None:
        """``records`` adds the lists and the timeline; ``units`` are where posts can be held
        (cells and committees; the cells when not given)."""
        super().__init__(parent)
        self._members = members
        self._records = records
        self._original = member
        self._post_units = units if units is not None else cells
        self.changes = Changes()
        self._fields: dict[str, QWidget] = {}
        self._pages: list[tuple[QGroupBox, ...]] = []  # the form groups of each form tab
        self.setWindowTitle(self.tr("Member’s page") if member else self.tr("Add a member"))
        make_readable(self)

        self.heading = QLabel()
        heading_font = QFont(self.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.3)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.subheading = hint("")

        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(True)
        self.tabs.addTab(self._personal_tab(), self.tr("&1. Personal"))
        self.tabs.addTab(self._party_tab(cells, member), self.tr("&2. Party"))
        self.tabs.addTab(self._education_tab(), self.tr("&3. Education"))
        if records is not None:
            self._add_record_tabs()

        self.problems_label = coloured(QLabel(), PROBLEM_COLOUR)
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._problems_area = QScrollArea()
        self._problems_area.setWidget(self.problems_label)
        self._problems_area.setWidgetResizable(True)
        self._problems_area.setFrameShape(QFrame.Shape.NoFrame)
        self._problems_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._problems_area.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 8)
        self._problems_area.hide()

        buttons = QDialogButtonBox()
        save = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setDefault(True)
        save.setToolTip(self.tr("Save the fields of the first three tabs"))
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self._problems_area)
        layout.addWidget(buttons)

        self._load(member or self._blank(cells, default_cell))
        if member is not None and records is not None:
            self._reload_records()
        self._show_heading()
        self._line_up_labels()
        fit_to_screen(self, *_PREFERRED_SIZE)
        self.full_name.setFocus()

    # -- building the tabs -------------------------------------------------------------------------
    def _personal_tab(self) -> QWidget:
        self.full_name = QLineEdit()
        self.full_name.setPlaceholderText(self.tr("e.g. Nguyễn Văn An"))
        self.other_name = QLineEdit()
        self.gender = QComboBox()
        for gender in Gender:
            self.gender.addItem(label(GENDERS, gender), gender.value)
        self.birth_date = DateField()
        self.ethnicity = self._editable_combo(ETHNICITIES)
        self.religion = self._editable_combo(RELIGIONS)
        self.personal_id = QLineEdit()
        self.personal_id.setPlaceholderText(self.tr("12 digits"))
        self.phone = QLineEdit()
        identity = self._form(self.tr("Identity"))
        self._row(identity, self.tr("&Full name *"), "full_name", self.full_name)
        self._row(identity, self.tr("O&ther name"), "other_name", self.other_name)
        self._row(identity, self.tr("&Gender"), "gender", self.gender)
        self._row(identity, self.tr("Date of &birth *"), "birth_date", self.birth_date)
        self._row(identity, self.tr("&Ethnicity"), "ethnicity", self.ethnicity)
        self._row(identity, self.tr("Relig&ion"), "religion", self.religion)
        self._row(identity, self.tr("Personal ID &number"), "personal_id", self.personal_id)
        self._row(identity, self.tr("Ph&one"), "phone", self.phone)

        self.birth_place = QLineEdit()
        self.birth_place.setPlaceholderText(self.tr("e.g. xã Tân Lập, tỉnh Phú Thọ"))
        self.hometown = QLineEdit()
        self.residence_province = QLineEdit()
        self.residence_commune = QLineEdit()
        self.residence_address = QLineEdit()
        self.residence_address.setPlaceholderText(self.tr("e.g. thôn Đông"))
        origin = self._form(self.tr("Origin"))
        self._row(origin, self.tr("Birth registered &at"), "birth_place", self.birth_place)
        self._row(origin, self.tr("&Hometown"), "hometown", self.hometown)
        residence = self._form(self.tr("Permanent residence"))
        province, commune = self.residence_province, self.residence_commune
        self._row(residence, self.tr("&Province or city"), "residence_province", province)
        self._row(residence, self.tr("&Commune or ward"), "residence_commune", commune)
        self._row(
            residence,
            self.tr("&Village, group, house no."),
            "residence_address",
            self.residence_address,
        )
        no_districts = self.tr(
            "Since 1 July 2025 there are no districts: write the province and the commune or ward."
        )
        self._add_hint(residence, no_districts)
        return self._page(identity, origin, residence)

    def _party_tab(self, cells: list[Unit], member: Member | None) -> QWidget:
        self.unit = QComboBox()
        for cell in cells:
            # A dissolved cell takes no new members, but a member still recorded there shows it.
            if cell.dissolved_on is None or (member is not None and member.unit_id == cell.id):
                self.unit.addItem(cell.name, cell.id.hex)  # Qt compares strings, not UUID objects
        self.admission_date = DateField()
        self.ceremony_date = DateField()
        self.official_date = DateField()
        self.probation_hint = hint("")
        self.life_history_number = QLineEdit()
        admission = self._form(self.tr("Membership"))
        self._row(admission, self.tr("&Cell *"), "unit_id", self.unit)
        self._row(admission, self.tr("&Admission date *"), "admission_date", self.admission_date)
        seniority = self.tr("The date of the admission decision; Party seniority counts from it.")
        self._add_hint(admission, seniority)
        self._row(admission, self.tr("Admission ce&remony"), "ceremony_date", self.ceremony_date)
        self._row(admission, self.tr("O&fficial date"), "official_date", self.official_date)
        self._add_hint(admission, self.probation_hint)
        life_history = self.life_history_number
        self._row(admission, self.tr("&Life-history number"), "life_history_number", life_history)
        for field in (self.ceremony_date, self.official_date):
            field.edit.textChanged.connect(self._show_probation)

        self.party_card = QLineEdit()
        self.party_card.setPlaceholderText(self.tr("8 or 12 digits"))
        self.card_issued_on = DateField()
        self.card_issued_place = QLineEdit()
        self.card_issued_place.setPlaceholderText(self.tr("e.g. Tỉnh ủy Phú Thọ"))
        card = self._form(self.tr("Party card details"))
        self._row(card, self.tr("Party card n&umber"), "party_card", self.party_card)
        self._row(card, self.tr("Issued o&n"), "card_issued_on", self.card_issued_on)
        self._row(card, self.tr("Issued b&y"), "card_issued_place", self.card_issued_place)

        activity = self._form(self.tr("Activity"))
        if member is None:  # a new member may come with a status (e.g. entered after dying)
            self.status = QComboBox()
            for status in MemberStatus:
                self.status.addItem(label(STATUSES, status), status.value)
            self.status_date = DateField()
            self._row(activity, self.tr("&Status"), "status", self.status)
            self._row(activity, self.tr("Status dat&e"), "status_date", self.status_date)
        else:  # changes of status are logged with their date, so they go through the Status tab
            self.status_text = QLabel()
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.addWidget(self.status_text, 1)
            if self._records is not None:
                change = QPushButton(self.tr("Change the &status…"))
                change.clicked.connect(self._add_status_change)
                row_layout.addWidget(change)
            self._form_of(activity).addRow(self.tr("Status"), row)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.notes.setTabChangesFocus(True)
        self._row(activity, self.tr("N&otes"), "notes", self.notes)
        return self._page(admission, card, activity)

    def _education_tab(self) -> QWidget:
        self.education = self._editable_combo(GENERAL_EDUCATION)
        self.qualification = self._editable_combo(QUALIFICATIONS)
        self.theory_level = QComboBox()
        self.theory_level.addItem(tr(NO_THEORY), "")
        for level in TheoryLevel:
            self.theory_level.addItem(label(THEORY_LEVELS, level), level.value)
        self.foreign_language = QLineEdit()
        self.foreign_language.setPlaceholderText(self.tr("e.g. Tiếng Anh B1"))
        self.it_skill = QLineEdit()
        self.it_skill.setPlaceholderText(self.tr("e.g. Ứng dụng CNTT cơ bản"))
        education = self._form(self.tr("Education and training"))
        self._row(education, self.tr("&General education"), "education", self.education)
        qualification, language = self.qualification, self.foreign_language
        self._row(education, self.tr("&Professional qualification"), "qualification", qualification)
        self._row(education, self.tr("Political &theory"), "theory_level", self.theory_level)
        self._row(education, self.tr("&Foreign language"), "foreign_language", language)
        self._row(education, self.tr("&Computer skills"), "it_skill", self.it_skill)
        self._add_hint(
            education,
            self.tr(
                "General education is written as grades completed / grades of the school system, "
                "e.g. 12/12 or 7/10."
            ),
        )
        return self._page(education)

    def _add_record_tabs(self) -> None:
        titles = (
            self.tr("&4. Party posts"),
            self.tr("&5. Awards, discipline"),
            self.tr("&6. Badges"),
            self.tr("&7. Status"),
        )
        if self._original is None:
            note = self.tr(
                "Save the member first (the “Save” button), then open them again from the "
                "roster to add Party posts, awards and discipline, badges and status changes."
            )
            for title in titles:
                self.tabs.addTab(self._note(note), title)
            self.tabs.addTab(
                self._note(self.tr("The timeline appears once the member is saved.")),
                self.tr("&8. Timeline"),
            )
            return
        posts = PostTableModel(self)
        posts.set_unit_names({u.id: u.name for u in self._post_units})
        self.posts = self._record_list(
            posts,
            self.tr("No Party posts recorded yet."),
            [(self.tr("&Add a post…"), self._add_post)],
            self._edit_post,
        )
        self.distinctions = self._record_list(
            DistinctionTableModel(self),
            self.tr("No awards or discipline recorded yet."),
            [
                (self.tr("Add an &award…"), lambda: self._add_distinction(DistinctionKind.AWARD)),
                (
                    self.tr("Add a d&iscipline…"),
                    lambda: self._add_distinction(DistinctionKind.DISCIPLINE),
                ),
            ],
            self._edit_distinction,
        )
        self.badges = self._record_list(
            BadgeTableModel(self),
            self.tr("No Party badges recorded yet."),
            [(self.tr("&Add a badge…"), self._add_badge)],
            self._edit_badge,
        )
        self.status_changes = self._record_list(
            StatusChangeTableModel(self),
            self.tr("No change of status recorded: the member has been active throughout."),
            [(self.tr("Change the &status…"), self._add_status_change)],
            self._edit_status_change,
        )
        for title, page in zip(
            titles, (self.posts, self.distinctions, self.badges, self.status_changes), strict=True
        ):
            self.tabs.addTab(page, title)
        self.timeline = MemberTimeline()
        self.tabs.addTab(self.timeline, self.tr("&8. Timeline"))

    def _record_list(
        self,
        model: object,
        empty_text: str,
        adds: list[tuple[str, Callable[[], None]]],
        on_edit: Callable[[object], None],
    ) -> RecordList:
        records = RecordList(model, empty_text)
        for text, on_click in adds:
            records.add_button(text, on_click)
        records.edit_requested.connect(on_edit)
        records.delete_requested.connect(self._delete_record)
        return records

    # -- small building helpers --------------------------------------------------------------------
    @staticmethod
    def _editable_combo(values: tuple[str, ...]) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.addItems(values)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setMaxVisibleItems(15)
        return combo

    @staticmethod
    def _form(title: str) -> QGroupBox:
        group = QGroupBox(title)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        return group

    @staticmethod
    def _form_of(group: QGroupBox) -> QFormLayout:
        form = group.layout()
        assert isinstance(form, QFormLayout)
        return form

    def _row(self, group: QGroupBox, text: str, field: str, widget: QWidget) -> None:
        if isinstance(widget, DateField):
            widget.setMaximumWidth(_DATE_WIDTH)
        elif field in ("personal_id", "phone", "party_card", "life_history_number"):
            widget.setMaximumWidth(_NUMBER_WIDTH)
        self._form_of(group).addRow(text, widget)
        self._fields[field] = widget

    def _add_hint(self, group: QGroupBox, text: str | QLabel) -> None:
        """A grey sentence under the field above it, in the field column."""
        self._form_of(group).addRow("", text if isinstance(text, QLabel) else hint(text))

    def _page(self, *groups: QGroupBox) -> QScrollArea:
        """A tab of forms that scrolls when the screen is small or the text large."""
        self._pages.append(groups)
        inner = QWidget()
        inner.setMaximumWidth(_FORM_MAX_WIDTH)
        column = QVBoxLayout(inner)
        for group in groups:
            column.addWidget(group)
        column.addStretch(1)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.addWidget(inner, 1)
        row.addStretch(0)
        area = QScrollArea()
        area.setWidget(holder)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the last field to the buttons
        return area

    def _line_up_labels(self) -> None:
        """One label column for all the groups of a tab, so that their fields line up (once the
        page has the dialog's font, which decides the widths)."""
        for groups in self._pages:
            captions = [
                item.widget()
                for group in groups
                for row in range(self._form_of(group).rowCount())
                if (item := self._form_of(group).itemAt(row, QFormLayout.ItemRole.LabelRole))
            ]
            width = max(caption.sizeHint().width() for caption in captions)
            for caption in captions:
                caption.setMinimumWidth(width)

    @staticmethod
    def _note(text: str) -> QLabel:
        note = hint(text)
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setMargin(24)
        return note

    # -- showing the member ------------------------------------------------------------------------
    @staticmethod
    def _blank(cells: list[Unit], default_cell: UUID | None) -> Member:
        unit_id = default_cell or (cells[0].id if cells else new_id())
        return Member(id=new_id(), full_name="", unit_id=unit_id, gender=Gender.MALE)

    def _load(self, m: Member) -> None:
        self.full_name.setText(m.full_name)
        self.other_name.setText(m.other_name)
        self.gender.setCurrentIndex(self.gender.findData(m.gender.value))
        self.birth_date.set_value(m.birth_date)
        self.ethnicity.setCurrentText(m.ethnicity)
        self.religion.setCurrentText(m.religion)
        self.personal_id.setText(m.personal_id)
        self.phone.setText(m.phone)
        self.birth_place.setText(m.birth_place)
        self.hometown.setText(m.hometown)
        self.residence_province.setText(m.residence_province)
        self.residence_commune.setText(m.residence_commune)
        self.residence_address.setText(m.residence_address)
        self.unit.setCurrentIndex(max(0, self.unit.findData(m.unit_id.hex)))
        self.admission_date.set_value(m.admission_date)
        self.ceremony_date.set_value(m.ceremony_date)
        self.official_date.set_value(m.official_date)
        self.life_history_number.setText(m.life_history_number)
        self.party_card.setText(m.party_card)
        self.card_issued_on.set_value(m.card_issued_on)
        self.card_issued_place.setText(m.card_issued_place)
        self.notes.setPlainText(m.notes)
        self.education.setCurrentText(m.education)
        self.qualification.setCurrentText(m.qualification)
        theory = m.theory_level.value if m.theory_level else ""
        self.theory_level.setCurrentIndex(max(0, self.theory_level.findData(theory)))
        self.foreign_language.setText(m.foreign_language)
        self.it_skill.setText(m.it_skill)
        if self._original is None:
            self.status.setCurrentIndex(self.status.findData(m.status.value))
            self.status_date.set_value(m.status_date)
        self._show_probation()

    def _show_heading(self) -> None:
        m = self._original
        if m is None:
            self.heading.setText(self.tr("New member"))
            self.subheading.setText(self.tr("Fields marked * are required."))
            return
        self.heading.setText(m.full_name)
        cell = self.unit.itemText(max(0, self.unit.findData(m.unit_id.hex)))
        status = label(STATUSES, m.status)
        if m.status_date:
            status = self.tr("{status} since {date}").format(
                status=status, date=format_date(m.status_date)
            )
        self.subheading.setText(
            " · ".join(part for part in (cell, label(MEMBERSHIPS, m.membership), status) if part)
        )
        self.status_text.setText(status)

    def _show_probation(self) -> None:
        """ "Probationary until …" while the ceremony is known and the official date is not."""
        try:
            ceremony, official = self.ceremony_date.value(), self.official_date.value()
        except ValueError:
            ceremony = official = None
        if ceremony is None or official is not None:
            self.probation_hint.hide()
            return
        end = add_months(ceremony, PROBATION_MONTHS)
        text = self.tr("Probationary until {date}.").format(date=format_date(end))
        if end <= date.today():
            text += " " + self.tr(
                "The probation is over: the cell should consider recognising the member as "
                "official, then enter the official date."
            )
        self.probation_hint.setText(text)
        self.probation_hint.show()

    # -- the lists ---------------------------------------------------------------------------------
    def _reload_records(self) -> None:
        """Read the member's file again after a write (a status change also changes the member,
        whose new version the main fields must be saved over)."""
        assert self._records is not None and self._original is not None
        record = self._records.file(self._original.id)
        self._original = record.member
        self.posts.model.set_records(record.posts)
        self.distinctions.model.set_records(record.distinctions)
        self.badges.model.set_records(record.badges)
        self.status_changes.model.set_records(record.status_changes)
        self.timeline.show_events(self._records.timeline(self._original.id))
        self._show_heading()

    def _run_form(self, form: QDialog, records: RecordList, record_id: UUID | None) -> None:
        if not form.exec():
            return
        self.changes = self.changes | form.changes  # type: ignore[attr-defined]
        self._reload_records()
        if record_id is not None:
            records.select(record_id)

    def _member_now(self) -> Member:
        assert self._original is not None
        return self._original

    def _add_post(self) -> None:
        assert self._records is not None
        form = PostDialog(self._records, self._member_now(), self._post_units, parent=self)
        self._run_form(form, self.posts, None)

    def _edit_post(self, post: PartyPost) -> None:
        assert self._records is not None
        form = PostDialog(self._records, self._member_now(), self._post_units, post, self)
        self._run_form(form, self.posts, post.id)

    def _add_distinction(self, kind: DistinctionKind) -> None:
        assert self._records is not None
        form = DistinctionDialog(self._records, self._member_now(), kind=kind, parent=self)
        self._run_form(form, self.distinctions, None)

    def _edit_distinction(self, distinction: Distinction) -> None:
        assert self._records is not None
        form = DistinctionDialog(self._records, self._member_now(), distinction, parent=self)
        self._run_form(form, self.distinctions, distinction.id)

    def _add_badge(self) -> None:
        assert self._records is not None
        awarded = [self.badges.model.record_at(r) for r in range(self.badges.model.rowCount())]
        form = BadgeDialog(self._records, self._member_now(), awarded, parent=self)
        self._run_form(form, self.badges, None)

    def _edit_badge(self, badge: Badge) -> None:
        assert self._records is not None
        awarded = [self.badges.model.record_at(r) for r in range(self.badges.model.rowCount())]
        form = BadgeDialog(self._records, self._member_now(), awarded, badge, self)
        self._run_form(form, self.badges, badge.id)

    def _add_status_change(self) -> None:
        assert self._records is not None
        self.tabs.setCurrentWidget(self.status_changes)
        form = StatusChangeDialog(self._records, self._member_now(), parent=self)
        self._run_form(form, self.status_changes, None)

    def _edit_status_change(self, change: StatusChange) -> None:
        assert self._records is not None
        form = StatusChangeDialog(self._records, self._member_now(), change, self)
        self._run_form(form, self.status_changes, change.id)

    def _delete_record(self, record: PartyPost | Distinction | Badge | StatusChange) -> None:
        assert self._records is not None
        lists = {
            PartyPost: self.posts,
            Distinction: self.distinctions,
            Badge: self.badges,
            StatusChange: self.status_changes,
        }
        title = self.tr("Delete an entry")
        question = self.tr(
            "Delete this entry from the file of {name}?\n\n{entry}\n\n"
            "It can be undone after closing this page (Edit ▸ Undo, Ctrl+Z)."
        ).format(name=self._member_now().full_name, entry=lists[type(record)].summary(record))
        if not confirm(self, title, question, self.tr("Delete")):
            return
        try:
            self.changes = self.changes | self._records.delete(record)
        except OperationRefused as refused:
            inform(self, title, describe_refusal(refused), warning=True)
        self._reload_records()

    # -- the main fields ---------------------------------------------------------------------------
    def _chosen_unit(self) -> UUID | None:
        chosen = self.unit.currentData()
        return UUID(hex=chosen) if chosen else None

    def _dates(self) -> tuple[dict[str, date | None], list[Problem]]:
        names = ["birth_date", "admission_date", "ceremony_date", "official_date", "card_issued_on"]
        if self._original is None:
            names.append("status_date")
        return read_dates({name: self._fields[name] for name in names})  # type: ignore[misc]

    def member(self) -> tuple[Member, list[Problem]]:
        """The member as typed, and any dates that could not be read."""
        dates, problems = self._dates()
        base = self._original or Member(
            id=new_id(), full_name="", unit_id=self._chosen_unit(), gender=Gender.MALE
        )
        theory = self.theory_level.currentData()
        typed = dataclasses.replace(
            base,
            full_name=self.full_name.text(),
            other_name=self.other_name.text(),
            gender=Gender(self.gender.currentData()),
            ethnicity=self.ethnicity.currentText(),
            religion=self.religion.currentText(),
            personal_id=self.personal_id.text(),
            phone=self.phone.text(),
            birth_place=self.birth_place.text(),
            hometown=self.hometown.text(),
            residence_province=self.residence_province.text(),
            residence_commune=self.residence_commune.text(),
            residence_address=self.residence_address.text(),
            unit_id=self._chosen_unit(),
            life_history_number=self.life_history_number.text(),
            party_card=self.party_card.text(),
            card_issued_place=self.card_issued_place.text(),
            notes=self.notes.toPlainText(),
            education=self.education.currentText(),
            qualification=self.qualification.currentText(),
            theory_level=TheoryLevel(theory) if theory else None,
            foreign_language=self.foreign_language.text(),
            it_skill=self.it_skill.text(),
            **dates,
        )
        if self._original is None:
            typed = dataclasses.replace(typed, status=MemberStatus(self.status.currentData()))
        return typed, problems

    def _save(self) -> None:
        typed, problems = self.member()
        if problems:  # show every other problem of the form too, not only the unreadable dates
            unreadable = {p.field for p in problems}
            others = [p for p in self._members.problems(typed) if p.field not in unreadable]
            self._show_problems(problems + others)
            return
        if self._original is not None and normalise_member(typed) == normalise_member(
            self._original
        ):
            self.accept()  # nothing typed: no empty "edit member" to undo
            return
        try:
            if self._original is None:
                written = self._members.add(typed)
            else:
                written = self._members.update(typed)
        except ValidationFailed as failed:
            self._show_problems(failed.problems)
            return
        except OperationRefused as refused:
            self.problems_label.setText(describe_refusal(refused))
            self._problems_area.show()
            return
        self.changes = self.changes | written
        self.accept()

    def _show_problems(self, problems: list[Problem]) -> None:
        first = mark_problems(self._fields, self.problems_label, problems)
        self._problems_area.show()
        if first is not None:
            for index in range(self.tabs.count()):
                if self.tabs.widget(index).isAncestorOf(first):
                    self.tabs.setCurrentIndex(index)
            first.setFocus(Qt.FocusReason.OtherFocusReason)
