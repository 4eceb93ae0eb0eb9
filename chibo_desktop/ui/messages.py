"""Turning the core's codes into sentences a person can act on (translated to Vietnamese).

Each sentence names the field and says what to do. Parameters are filled in after translation.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from chibo_desktop.domain.accounts import Role
from chibo_desktop.domain.dates import format_date
from chibo_desktop.domain.enums import (
    CellKind,
    DisciplineLevel,
    DistinctionKind,
    Gender,
    Membership,
    MemberStatus,
    PostKind,
    TheoryLevel,
    UnitLevel,
)
from chibo_desktop.services.checks import Finding
from chibo_desktop.services.errors import OperationRefused, Problem, ValidationFailed
from chibo_desktop.services.member_records import TimelineEvent
from chibo_desktop.services.undo import CommandLabel

_CONTEXT = "Messages"
APP_TITLE = QT_TRANSLATE_NOOP("Messages", "Chi bộ Desktop")
_UNEXPECTED = QT_TRANSLATE_NOOP(
    "Messages", "Something went wrong and nothing was changed. Details: {error}"
)
_OR = QT_TRANSLATE_NOOP("Messages", " or ")

FIELD_LABELS = {
    "full_name": QT_TRANSLATE_NOOP("Messages", "Full name"),
    "login": QT_TRANSLATE_NOOP("Messages", "Sign-in name"),
    "password": QT_TRANSLATE_NOOP("Messages", "Password"),
    "current_password": QT_TRANSLATE_NOOP("Messages", "Current password"),
    "other_name": QT_TRANSLATE_NOOP("Messages", "Other name"),
    "gender": QT_TRANSLATE_NOOP("Messages", "Gender"),
    "birth_date": QT_TRANSLATE_NOOP("Messages", "Date of birth"),
    "ethnicity": QT_TRANSLATE_NOOP("Messages", "Ethnicity"),
    "religion": QT_TRANSLATE_NOOP("Messages", "Religion"),
    "personal_id": QT_TRANSLATE_NOOP("Messages", "Personal ID number"),
    "party_card": QT_TRANSLATE_NOOP("Messages", "Party card number"),
    "admission_date": QT_TRANSLATE_NOOP("Messages", "Admission date"),
    "official_date": QT_TRANSLATE_NOOP("Messages", "Official date"),
    "status": QT_TRANSLATE_NOOP("Messages", "Status"),
    "status_date": QT_TRANSLATE_NOOP("Messages", "Status date"),
    "unit_id": QT_TRANSLATE_NOOP("Messages", "Cell"),
    "phone": QT_TRANSLATE_NOOP("Messages", "Phone"),
    "notes": QT_TRANSLATE_NOOP("Messages", "Notes"),
    "name": QT_TRANSLATE_NOOP("Messages", "Name"),
    "code": QT_TRANSLATE_NOOP("Messages", "Code"),
    "kind": QT_TRANSLATE_NOOP("Messages", "Type of cell"),
    "parent_id": QT_TRANSLATE_NOOP("Messages", "Belongs to"),
    "founded_on": QT_TRANSLATE_NOOP("Messages", "Founded on"),
    "dissolved_on": QT_TRANSLATE_NOOP("Messages", "Dissolved on"),
    "office_name": QT_TRANSLATE_NOOP("Messages", "Office name"),
    "place_name": QT_TRANSLATE_NOOP("Messages", "Place name"),
    "root_name": QT_TRANSLATE_NOOP("Messages", "Party organisation"),
    # Transfers, the 213 list and admissions.
    "member_id": QT_TRANSLATE_NOOP("Messages", "Member"),
    "person_name": QT_TRANSLATE_NOOP("Messages", "Name of the incoming member"),
    "from_unit_id": QT_TRANSLATE_NOOP("Messages", "From cell"),
    "to_unit_id": QT_TRANSLATE_NOOP("Messages", "To cell"),
    "other_organisation": QT_TRANSLATE_NOOP("Messages", "Other Party organisation"),
    "moved_on": QT_TRANSLATE_NOOP("Messages", "Moved on"),
    "arrived_on": QT_TRANSLATE_NOOP("Messages", "Letter presented on"),
    "ends_on": QT_TRANSLATE_NOOP("Messages", "Until"),
    "returned_on": QT_TRANSLATE_NOOP("Messages", "Returned on"),
    "workplace": QT_TRANSLATE_NOOP("Messages", "Workplace and cell"),
    "left_on": QT_TRANSLATE_NOOP("Messages", "Left on"),
    "comment": QT_TRANSLATE_NOOP("Messages", "Comment"),
    "text": QT_TRANSLATE_NOOP("Messages", "Correction text"),
    "written_on": QT_TRANSLATE_NOOP("Messages", "Written on"),
    "year": QT_TRANSLATE_NOOP("Messages", "Year"),
    "course_on": QT_TRANSLATE_NOOP("Messages", "Awareness course certificate"),
    "application_on": QT_TRANSLATE_NOOP("Messages", "Application date"),
    "introducer_count": QT_TRANSLATE_NOOP("Messages", "Introducers"),
    "cell_vote_on": QT_TRANSLATE_NOOP("Messages", "Cell vote date"),
    "votes_for": QT_TRANSLATE_NOOP("Messages", "Votes in favour"),
    "decision_on": QT_TRANSLATE_NOOP("Messages", "Admission decision date"),
    "ceremony_on": QT_TRANSLATE_NOOP("Messages", "Ceremony date"),
    "members": QT_TRANSLATE_NOOP("Messages", "Number of members"),
    "cells": QT_TRANSLATE_NOOP("Messages", "Number of cells"),
    "years": QT_TRANSLATE_NOOP("Messages", "Number of years"),
    # The 2025 member record (phiếu đảng viên) and the records of a member's file.
    "ceremony_date": QT_TRANSLATE_NOOP("Messages", "Admission ceremony date"),
    "card_issued_on": QT_TRANSLATE_NOOP("Messages", "Card issue date"),
    "card_issued_place": QT_TRANSLATE_NOOP("Messages", "Card issued at"),
    "life_history_number": QT_TRANSLATE_NOOP("Messages", "Life-history number"),
    "birth_place": QT_TRANSLATE_NOOP("Messages", "Place of birth registration"),
    "hometown": QT_TRANSLATE_NOOP("Messages", "Hometown"),
    "residence_province": QT_TRANSLATE_NOOP("Messages", "Province or city"),
    "residence_commune": QT_TRANSLATE_NOOP("Messages", "Commune or ward"),
    "residence_address": QT_TRANSLATE_NOOP("Messages", "Village, group, house number"),
    "education": QT_TRANSLATE_NOOP("Messages", "General education"),
    "qualification": QT_TRANSLATE_NOOP("Messages", "Professional qualification"),
    "theory_level": QT_TRANSLATE_NOOP("Messages", "Political theory"),
    "foreign_language": QT_TRANSLATE_NOOP("Messages", "Foreign language"),
    "it_skill": QT_TRANSLATE_NOOP("Messages", "Computer skills"),
    "post": QT_TRANSLATE_NOOP("Messages", "Post"),
    "started_on": QT_TRANSLATE_NOOP("Messages", "Start date"),
    "ended_on": QT_TRANSLATE_NOOP("Messages", "End date"),
    "decision": QT_TRANSLATE_NOOP("Messages", "Decision number"),
    "decision_number": QT_TRANSLATE_NOOP("Messages", "Decision number"),
    "decided_on": QT_TRANSLATE_NOOP("Messages", "Decision date"),
    "title": QT_TRANSLATE_NOOP("Messages", "Content"),
    "discipline": QT_TRANSLATE_NOOP("Messages", "Form of discipline"),
    "issuer": QT_TRANSLATE_NOOP("Messages", "Decided by"),
    "awarded_on": QT_TRANSLATE_NOOP("Messages", "Date awarded"),
    "effective_on": QT_TRANSLATE_NOOP("Messages", "Effective date"),
    "note": QT_TRANSLATE_NOOP("Messages", "Note"),
    # The annual evaluation.
    "review_on": QT_TRANSLATE_NOOP("Messages", "Review date"),
    "by": QT_TRANSLATE_NOOP("Messages", "Your name"),
    "reason": QT_TRANSLATE_NOOP("Messages", "Reason"),
    "form": QT_TRANSLATE_NOOP("Messages", "Self-assessment form"),
    "general_score": QT_TRANSLATE_NOOP("Messages", "Score for the general criteria"),
    "task_score": QT_TRANSLATE_NOOP("Messages", "Score for the results of tasks"),
    "self_level": QT_TRANSLATE_NOOP("Messages", "Self-assessed level"),
    "proposed_level": QT_TRANSLATE_NOOP("Messages", "Level the cell proposes"),
    "final_level": QT_TRANSLATE_NOOP("Messages", "Final level"),
    "tasks_late_percent": QT_TRANSLATE_NOOP("Messages", "Tasks behind schedule (%)"),
    "tasks_above_percent": QT_TRANSLATE_NOOP("Messages", "Tasks done above the requirement (%)"),
    "tasks_undone_percent": QT_TRANSLATE_NOOP("Messages", "Tasks not done (%)"),
    "residence_comment": QT_TRANSLATE_NOOP("Messages", "Comment of the residence area (213)"),
    "host_comment": QT_TRANSLATE_NOOP("Messages", "Comment of the host organisation"),
    "discipline_decision": QT_TRANSLATE_NOOP("Messages", "Decision on the discipline"),
    "cap_exception_decision": QT_TRANSLATE_NOOP("Messages", "Decision allowing a higher cap"),
    "reference": QT_TRANSLATE_NOOP("Messages", "Decision"),
}

_PROBLEMS = {
    "required": QT_TRANSLATE_NOOP(
        "Messages", "{field}: this field is required; please fill it in."
    ),
    "too_long": QT_TRANSLATE_NOOP(
        "Messages", "{field}: too long (at most {max} characters); please shorten it."
    ),
    "needs_family_and_given_name": QT_TRANSLATE_NOOP(
        "Messages", "{field}: write the family name and the given name (e.g. Nguyễn Văn An)."
    ),
    "taken": QT_TRANSLATE_NOOP(
        "Messages", "{field}: another account already has this name; choose another."
    ),
    "too_short": QT_TRANSLATE_NOOP(
        "Messages", "{field}: at least {min} characters, so that it cannot easily be guessed."
    ),
    "wrong": QT_TRANSLATE_NOOP("Messages", "{field}: not right; please type it again."),
    "digits_only": QT_TRANSLATE_NOOP(
        "Messages", "{field}: “{value}” must contain digits only; please check it."
    ),
    "digit_count": QT_TRANSLATE_NOOP(
        "Messages", "{field}: must have {expected} digits, but {actual} were entered."
    ),
    "bad_phone": QT_TRANSLATE_NOOP(
        "Messages", "{field}: “{value}” is not a phone number (9 to 12 digits)."
    ),
    "date_in_future": QT_TRANSLATE_NOOP(
        "Messages", "{field}: {date} is in the future; please check the year."
    ),
    "date_too_early": QT_TRANSLATE_NOOP(
        "Messages", "{field}: {date} is before 1900; please check the year."
    ),
    "admitted_too_young": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: the member would have been {age} years old when admitted; "
        "please check the date of birth and the admission date.",
    ),
    "required_with_official_date": QT_TRANSLATE_NOOP(
        "Messages", "{field}: a member with an official date must have an admission date."
    ),
    "official_before_admission": QT_TRANSLATE_NOOP(
        "Messages", "{field}: cannot be before the admission date ({admission})."
    ),
    "required_for_status": QT_TRANSLATE_NOOP(
        "Messages", "{field}: enter the date the status “{status}” took effect."
    ),
    "not_a_cell": QT_TRANSLATE_NOOP(
        "Messages", "{field}: “{unit}” is not a cell; members belong to a cell."
    ),
    "unit_dissolved": QT_TRANSLATE_NOOP(
        "Messages", "{field}: “{unit}” was dissolved on {on}; choose another cell."
    ),
    "duplicate_number": QT_TRANSLATE_NOOP(
        "Messages", "{field}: {value} is already recorded for {other}; please check it."
    ),
    "bad_code": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: “{value}” may contain only Latin letters, digits, “-”, “_” and “.”.",
    ),
    "duplicate_code": QT_TRANSLATE_NOOP(
        "Messages", "{field}: {value} is already used by another unit; choose another code."
    ),
    "cell_cannot_contain_units": QT_TRANSLATE_NOOP(
        "Messages", "{field}: “{parent}” is a cell and cannot contain other units."
    ),
    "dissolved_before_founded": QT_TRANSLATE_NOOP(
        "Messages", "{field}: cannot be before the founding date."
    ),
    "out_of_range": QT_TRANSLATE_NOOP("Messages", "{field}: must be between {min} and {max}."),
    "before_start": QT_TRANSLATE_NOOP("Messages", "{field}: cannot be before {start}."),
    "before_the_year": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: a decision on the level of {year} cannot be dated before {year}; please check "
        "the date.",
    ),
    "same_cell": QT_TRANSLATE_NOOP(
        "Messages", "{field}: choose a cell other than the current one."
    ),
    "official_has_no_end": QT_TRANSLATE_NOOP(
        "Messages", "{field}: an official transfer has no end date (only temporary ones do)."
    ),
    "temporary_duration": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: a temporary transfer lasts from {min} months to under {max} months; "
        "this one is {months} months.",
    ),
    "candidate_age": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: the candidate was {years} years {months} months old at the cell's vote; "
        "the rule is from 18 to 60 years.",
    ),
    "course_expired": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: the certificate expired on {expired} (valid 60 months); "
        "the candidate must attend the course again.",
    ),
    "too_few_introducers": QT_TRANSLATE_NOOP(
        "Messages", "{field}: {needed} official members must introduce the candidate."
    ),
    "two_thirds_not_reached": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: {for} of {total} official members approved; at least two thirds are needed.",
    ),
    "more_votes_than_voters": QT_TRANSLATE_NOOP(
        "Messages", "{field}: more votes than official members; please check."
    ),
    "not_residential": QT_TRANSLATE_NOOP(
        "Messages", "{field}: the 213 list is kept by residential cells only."
    ),
    "comment_exists": QT_TRANSLATE_NOOP(
        "Messages", "{field}: there is already a comment for {year}; edit that one."
    ),
    "bad_date": QT_TRANSLATE_NOOP(
        "Messages", "{field}: “{value}” is not a date; write it as dd/mm/yyyy, e.g. 05/02/1975."
    ),
    "ended_before_started": QT_TRANSLATE_NOOP(
        "Messages", "{field}: cannot be before the start date."
    ),
    "not_a_badge": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: there is no {years}-year badge; badges are for 30, 40, 45, 50 … 90 years.",
    ),
    "ceremony_before_admission": QT_TRANSLATE_NOOP(
        "Messages", "{field}: cannot be before the admission date ({admission})."
    ),
    "official_before_probation_end": QT_TRANSLATE_NOOP(
        "Messages", "{field}: the 12-month probation ends on {end}; it cannot be earlier."
    ),
    "card_before_admission": QT_TRANSLATE_NOOP(
        "Messages", "{field}: the card cannot be issued before the admission date ({admission})."
    ),
    # Importing a roster file.
    "incomplete_date": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: “{value}” is not a full date; write the day, month and year as dd/mm/yyyy, "
        "e.g. 05/02/1975.",
    ),
    "leading_zeros_lost": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: “{value}” was stored by Excel as a number and lost its leading zeros "
        "(probably {suggested}); format the column as Text and type the number again.",
    ),
    "scientific_notation": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: “{value}” is a long number shown by Excel in scientific notation, with digits "
        "lost; format the column as Text and type the number again.",
    ),
    "bad_gender": QT_TRANSLATE_NOOP("Messages", "{field}: “{value}” is neither “Nam” nor “Nữ”."),
    "bad_theory_level": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: “{value}” is not Sơ cấp, Trung cấp, Cao cấp or Cử nhân "
        "(leave it empty when not trained).",
    ),
    "cell_not_found": QT_TRANSLATE_NOOP(
        "Messages", "{field}: there is no cell named “{cell}”; create it or correct the name."
    ),
    "duplicate_on_roster": QT_TRANSLATE_NOOP(
        "Messages", "{field}: {value} is already on the roster, for {other} ({unit})."
    ),
    "same_person_on_roster": QT_TRANSLATE_NOOP(
        "Messages", "{field}: {other}, born {birth}, is already on the roster ({unit})."
    ),
    "duplicate_in_file": QT_TRANSLATE_NOOP(
        "Messages", "{field}: {value} is also on row {row} of this file."
    ),
    "same_person_in_file": QT_TRANSLATE_NOOP(
        "Messages", "{field}: the same name and date of birth are on row {row} of this file."
    ),
    # The annual evaluation.
    "score_range": QT_TRANSLATE_NOOP("Messages", "{field}: give from 0 to {maximum} points."),
    "no_score_scale": QT_TRANSLATE_NOOP(
        "Messages", "{field}: the rules of {year} have no 100-point scale; leave it empty."
    ),
    "percent_range": QT_TRANSLATE_NOOP("Messages", "{field}: write a percentage from 0 to 100."),
    "review_date_in_year": QT_TRANSLATE_NOOP(
        "Messages", "{field}: the review date must be in {year}."
    ),
}

_REFUSALS = {
    "meeting.already_held": QT_TRANSLATE_NOOP(
        "Messages",
        "This meeting has already been held and its minutes are started, so it cannot be moved "
        "or deleted. Open its minutes (“Minutes…”) to see or correct them.",
    ),
    "meeting.locked": QT_TRANSLATE_NOOP(
        "Messages",
        "These minutes are finalised and can no longer be edited; add a dated annex instead.",
    ),
    "meeting.not_finalised": QT_TRANSLATE_NOOP("Messages", "Finalise the minutes first."),
    "meeting.not_held": QT_TRANSLATE_NOOP(
        "Messages", "The meeting has not been held yet; there are no minutes to finalise."
    ),
    "meeting.adopt_at_later_meeting": QT_TRANSLATE_NOOP(
        "Messages", "Minutes are adopted at a later meeting of the same cell."
    ),
    "attachment.too_large": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} is larger than {limit_mb} MB; scan it again at a lower resolution.",
    ),
    "attachment.not_a_scan": QT_TRANSLATE_NOOP(
        "Messages", "{file} is not a PDF, PNG or JPEG file; attach the scan itself."
    ),
    "attachment.not_openable": QT_TRANSLATE_NOOP(
        "Messages",
        "{file} is not a PDF, PNG or JPEG scan, so it is not opened: a file of another kind "
        "could start a program. Ask whoever attached it to attach the scan itself.",
    ),
    "attachment.damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "The stored copy of {file} is damaged; attach the scan again from the paper.",
    ),
    "file.unreadable": QT_TRANSLATE_NOOP("Messages", "{file} could not be read: {detail}"),
    "file.not_found": QT_TRANSLATE_NOOP(
        "Messages", "{file} was not found (moved, or the USB stick was removed); choose it again."
    ),
    "minutes.unknown_format": QT_TRANSLATE_NOOP(
        "Messages", "{path}: only .pdf and .docx files can be written."
    ),
    "access.not_signed_in": QT_TRANSLATE_NOOP(
        "Messages",
        "No one is signed in: sign in with your account to make changes (on the command line: "
        "--user NAME before the command).",
    ),
    "access.read_only": QT_TRANSLATE_NOOP(
        "Messages",
        "Your account may read and print, not make changes. Ask the administrator if you need "
        "to change the data.",
    ),
    "access.administrators_only": QT_TRANSLATE_NOOP(
        "Messages",
        "Only an administrator may do this (accounts, the office's keys and partners, restoring "
        "a backup). Ask the administrator.",
    ),
    "account.first_exists": QT_TRANSLATE_NOOP(
        "Messages", "The first administrator has been set up already: sign in with that account."
    ),
    "account.unknown_login": QT_TRANSLATE_NOOP(
        "Messages", "There is no account “{login}”. Check the sign-in name."
    ),
    "account.unknown": QT_TRANSLATE_NOOP(
        "Messages", "This account no longer exists; close the window and open it again."
    ),
    "account.wrong_password": QT_TRANSLATE_NOOP(
        "Messages",
        "The password is wrong. {left} more tries, then the account is locked for 15 minutes.",
    ),
    "account.locked": QT_TRANSLATE_NOOP(
        "Messages",
        "Too many wrong passwords: the account is locked until {until}. Try again then, or ask "
        "the administrator to set a new password.",
    ),
    "account.disabled": QT_TRANSLATE_NOOP(
        "Messages", "The account “{login}” has been stopped by the administrator."
    ),
    "account.last_administrator": QT_TRANSLATE_NOOP(
        "Messages",
        "At least one administrator who can sign in must remain: make another account an "
        "administrator first.",
    ),
    "record.replica_read_only": QT_TRANSLATE_NOOP(
        "Messages",
        "This belongs to a commune's data, which arrived in its package: at the upper level it "
        "can be read, not changed or added to. Changes are made at the commune and sent up "
        "again.",
    ),
    "record.changed_elsewhere": QT_TRANSLATE_NOOP(
        "Messages",
        "This record was changed by another action in the meantime; "
        "nothing was saved. Please open it again.",
    ),
    "member.not_found": QT_TRANSLATE_NOOP(
        "Messages", "This member no longer exists (perhaps deleted); nothing was changed."
    ),
    "unit.not_found": QT_TRANSLATE_NOOP(
        "Messages", "This unit no longer exists; nothing was changed."
    ),
    "unit.already_dissolved": QT_TRANSLATE_NOOP(
        "Messages", "“{unit}” was already dissolved on {on}."
    ),
    "unit.still_has_members": QT_TRANSLATE_NOOP(
        "Messages",
        "“{unit}” still has {count} members. Move them to another cell first, then dissolve it.",
    ),
    "unit.still_has_units": QT_TRANSLATE_NOOP(
        "Messages", "“{unit}” still contains units that are not dissolved: {children}."
    ),
    "transfer.not_incoming": QT_TRANSLATE_NOOP(
        "Messages", "Only an incoming transfer can be received."
    ),
    "unit.merge_needs_two_cells": QT_TRANSLATE_NOOP(
        "Messages", "Members of “{unit}” can only be moved to another open cell, not to “{target}”."
    ),
    "candidate.already_admitted": QT_TRANSLATE_NOOP(
        "Messages", "{name} has already been admitted."
    ),
    "candidate.not_admitted": QT_TRANSLATE_NOOP(
        "Messages", "{name} has not been admitted yet; record the admission decision first."
    ),
    "member.already_official": QT_TRANSLATE_NOOP(
        "Messages", "{name} is already an official member."
    ),
    "site.already_set_up": QT_TRANSLATE_NOOP(
        "Messages", "This database is already set up; nothing was changed."
    ),
    "record.not_found": QT_TRANSLATE_NOOP(
        "Messages", "This entry no longer exists (perhaps deleted or undone); nothing was changed."
    ),
    "import.changed_since_preview": QT_TRANSLATE_NOOP(
        "Messages",
        "The roster changed after the preview was made; nothing was imported. "
        "Please check the file again.",
    ),
    "import.columns_missing": QT_TRANSLATE_NOOP(
        "Messages", "{count} required columns were not found; nothing was imported."
    ),
    "import.rows_have_problems": QT_TRANSLATE_NOOP(
        "Messages",
        "{count} rows have problems; nothing was imported. Correct them, "
        "or choose to import only the good rows.",
    ),
    "import.nothing_to_import": QT_TRANSLATE_NOOP(
        "Messages", "There are no good rows to import; nothing was imported."
    ),
    "evaluation.year_not_opened": QT_TRANSLATE_NOOP(
        "Messages",
        "The review of {year} has not been opened yet; open the year first "
        "(tab “Evaluation and classification”).",
    ),
    "evaluation.year_closed": QT_TRANSLATE_NOOP(
        "Messages",
        "The review of {year} is closed and can only be read; reopen it, giving a reason, "
        "to change something.",
    ),
    "evaluation.year_not_closed": QT_TRANSLATE_NOOP(
        "Messages", "The review of {year} is not closed, so there is nothing to reopen."
    ),
    "evaluation.member_already_evaluated": QT_TRANSLATE_NOOP(
        "Messages",
        "This member already has an evaluation for the year; open it to change it. "
        "Nothing was saved.",
    ),
    "evaluation.unit_already_evaluated": QT_TRANSLATE_NOOP(
        "Messages",
        "This organisation already has a level for the year; open it to change it. "
        "Nothing was saved.",
    ),
    "evaluation.no_commune": QT_TRANSLATE_NOOP(
        "Messages", "This unit does not belong to a commune Party organisation."
    ),
    "evaluation.decided_by_upper": QT_TRANSLATE_NOOP(
        "Messages",
        "The upper level decided this organisation's level ({reference} of {on}); it cannot be "
        "set otherwise here. Nothing was saved.",
    ),
    "evaluation.not_upper_level": QT_TRANSLATE_NOOP(
        "Messages", "Only the upper level records its decisions on a commune's level."
    ),
    "evaluation.incomplete": QT_TRANSLATE_NOOP(
        "Messages",
        "The year cannot be closed yet: {count} things must be corrected first (see “Check…”).",
    ),
}

_FINDINGS = {
    "sqlite.integrity": QT_TRANSLATE_NOOP(
        "Messages", "The database file is damaged: {detail}. Restore the newest backup."
    ),
    "sqlite.foreign_key": QT_TRANSLATE_NOOP(
        "Messages", "Table {table}, row {rowid}: refers to a missing record in {parent}."
    ),
    "site.missing": QT_TRANSLATE_NOOP(
        "Messages", "This database has not been set up (no office is recorded)."
    ),
    "core.unstamped": QT_TRANSLATE_NOOP(
        "Messages",
        "Table {table}: {count} records have no version stamp (written outside the program).",
    ),
    "core.history_out_of_order": QT_TRANSLATE_NOOP(
        "Messages", "Table {table}: {count} history entries are newer than their record."
    ),
    "core.member_outside_cell": QT_TRANSLATE_NOOP(
        "Messages", "{count} members are attached to a unit that is not a cell."
    ),
    "core.status_not_newest_change": QT_TRANSLATE_NOOP(
        "Messages", "{count} members have a status that differs from their newest status change."
    ),
    "core.name_index": QT_TRANSLATE_NOOP(
        "Messages", "The name search index does not match the members ({detail})."
    ),
    "core.stale_name_keys": QT_TRANSLATE_NOOP(
        "Messages", "{count} members have search/sort keys that do not match their names."
    ),
}

_UNDO_ACTIONS = {
    "member.add": QT_TRANSLATE_NOOP("Messages", "add member {subject}"),
    "member.edit": QT_TRANSLATE_NOOP("Messages", "edit member {subject}"),
    "member.delete": QT_TRANSLATE_NOOP("Messages", "delete member {subject}"),
    "unit.create": QT_TRANSLATE_NOOP("Messages", "create unit {subject}"),
    "unit.rename": QT_TRANSLATE_NOOP("Messages", "rename unit {subject}"),
    "unit.dissolve": QT_TRANSLATE_NOOP("Messages", "dissolve unit {subject}"),
    "transfer.add": QT_TRANSLATE_NOOP("Messages", "record a transfer of {subject}"),
    "transfer.edit": QT_TRANSLATE_NOOP("Messages", "edit a transfer of {subject}"),
    "transfer.receive": QT_TRANSLATE_NOOP("Messages", "receive {subject}"),
    "unit.dissolve_into": QT_TRANSLATE_NOOP("Messages", "dissolve {subject} and move its members"),
    "resident213.add": QT_TRANSLATE_NOOP("Messages", "add {subject} to the 213 list"),
    "resident213.edit": QT_TRANSLATE_NOOP("Messages", "edit {subject} in the 213 list"),
    "comment213.add": QT_TRANSLATE_NOOP("Messages", "comment on {subject}"),
    "comment213.edit": QT_TRANSLATE_NOOP("Messages", "edit the comment on {subject}"),
    "candidate.add": QT_TRANSLATE_NOOP("Messages", "add candidate {subject}"),
    "candidate.edit": QT_TRANSLATE_NOOP("Messages", "edit candidate {subject}"),
    "candidate.admit": QT_TRANSLATE_NOOP("Messages", "admit {subject}"),
    "candidate.ceremony": QT_TRANSLATE_NOOP("Messages", "record the ceremony of {subject}"),
    "member.recognise": QT_TRANSLATE_NOOP("Messages", "recognise {subject} as official"),
    "post.add": QT_TRANSLATE_NOOP("Messages", "add a post of {subject}"),
    "post.edit": QT_TRANSLATE_NOOP("Messages", "edit a post of {subject}"),
    "post.delete": QT_TRANSLATE_NOOP("Messages", "delete a post of {subject}"),
    "distinction.add": QT_TRANSLATE_NOOP("Messages", "add an award or discipline of {subject}"),
    "distinction.edit": QT_TRANSLATE_NOOP("Messages", "edit an award or discipline of {subject}"),
    "distinction.delete": QT_TRANSLATE_NOOP(
        "Messages", "delete an award or discipline of {subject}"
    ),
    "badge.add": QT_TRANSLATE_NOOP("Messages", "add a Party badge of {subject}"),
    "badge.edit": QT_TRANSLATE_NOOP("Messages", "edit a Party badge of {subject}"),
    "badge.delete": QT_TRANSLATE_NOOP("Messages", "delete a Party badge of {subject}"),
    "status.add": QT_TRANSLATE_NOOP("Messages", "change the status of {subject}"),
    "status.edit": QT_TRANSLATE_NOOP("Messages", "edit a status change of {subject}"),
    "status.delete": QT_TRANSLATE_NOOP("Messages", "delete a status change of {subject}"),
    "import.roster": QT_TRANSLATE_NOOP("Messages", "import {count} members from {subject}"),
    "meeting.generate": QT_TRANSLATE_NOOP("Messages", "plan the meetings of {subject}"),
    "meeting.add": QT_TRANSLATE_NOOP("Messages", "add a meeting of {subject}"),
    "meeting.reschedule": QT_TRANSLATE_NOOP("Messages", "move a meeting of {subject}"),
    "meeting.remove": QT_TRANSLATE_NOOP("Messages", "remove a meeting of {subject}"),
    "meeting_plan.edit": QT_TRANSLATE_NOOP("Messages", "edit the meeting plan of {subject}"),
    "agenda_template.edit": QT_TRANSLATE_NOOP("Messages", "edit an agenda template"),
    "minutes_annex.add": QT_TRANSLATE_NOOP(
        "Messages", "add a correction to the minutes of {subject}"
    ),
    "evaluation.member": QT_TRANSLATE_NOOP("Messages", "enter the evaluation of {subject}"),
    "evaluation.unit": QT_TRANSLATE_NOOP("Messages", "enter the level of {subject}"),
    "evaluation.upper_decision": QT_TRANSLATE_NOOP(
        "Messages", "record the upper level's decision on {subject}"
    ),
    "evaluation.members": QT_TRANSLATE_NOOP(
        "Messages", "enter the evaluations of {count} members ({subject})"
    ),
    # Changes the audit log names that are not steps of the undo history
    "meeting.start": QT_TRANSLATE_NOOP("Messages", "start the minutes of {subject}"),
    "minutes.save": QT_TRANSLATE_NOOP("Messages", "write the minutes of {subject}"),
    "minutes.finalise": QT_TRANSLATE_NOOP("Messages", "finalise the minutes of {subject}"),
    "minutes.adopt": QT_TRANSLATE_NOOP(
        "Messages", "record the adoption of the minutes of {subject}"
    ),
    "attachment.add": QT_TRANSLATE_NOOP("Messages", "attach the signed scan of {subject}"),
    "evaluation_year.open": QT_TRANSLATE_NOOP("Messages", "open the review of {subject}"),
    "evaluation_year.close": QT_TRANSLATE_NOOP("Messages", "close the review of {subject}"),
    "evaluation_year.reopen": QT_TRANSLATE_NOOP("Messages", "reopen the review of {subject}"),
    "site.setup": QT_TRANSLATE_NOOP("Messages", "set up the office {subject}"),
    "demo.generate": QT_TRANSLATE_NOOP("Messages", "make the demo data of {subject}"),
    "account.first": QT_TRANSLATE_NOOP("Messages", "create the first administrator, {subject}"),
    "account.add": QT_TRANSLATE_NOOP("Messages", "add the account of {subject}"),
    "account.edit": QT_TRANSLATE_NOOP("Messages", "change the account of {subject}"),
    "account.password": QT_TRANSLATE_NOOP("Messages", "set a new password for {subject}"),
    "account.own_password": QT_TRANSLATE_NOOP("Messages", "change one's own password"),
    "sync.keys_replaced": QT_TRANSLATE_NOOP("Messages", "replace the keys of {subject}"),
    "sync.enrol": QT_TRANSLATE_NOOP("Messages", "install the enrolment file of {subject}"),
    "sync.key_revoked": QT_TRANSLATE_NOOP("Messages", "revoke a key of {subject}"),
    "sync.conflict_decided": QT_TRANSLATE_NOOP("Messages", "decide on a set-aside record"),
    "sync.waiting_applied": QT_TRANSLATE_NOOP(
        "Messages", "apply a set-aside record from {subject}"
    ),
    "sync.sent_data": QT_TRANSLATE_NOOP("Messages", "send data to {subject}"),
    "sync.sent_decisions": QT_TRANSLATE_NOOP("Messages", "send decisions to {subject}"),
    "sync.sent_transfer": QT_TRANSLATE_NOOP("Messages", "send a member's transfer to {subject}"),
    "sync.received_data": QT_TRANSLATE_NOOP("Messages", "receive data from {subject}"),
    "sync.received_receipt": QT_TRANSLATE_NOOP("Messages", "receive a receipt from {subject}"),
    "sync.received_decisions": QT_TRANSLATE_NOOP("Messages", "receive decisions from {subject}"),
    "sync.received_transfer": QT_TRANSLATE_NOOP(
        "Messages", "receive a member's transfer from {subject}"
    ),
}

GENDERS = {
    Gender.MALE: QT_TRANSLATE_NOOP("Messages", "Male"),
    Gender.FEMALE: QT_TRANSLATE_NOOP("Messages", "Female"),
}
MEMBERSHIPS = {
    Membership.PROBATIONARY: QT_TRANSLATE_NOOP("Messages", "Probationary"),
    Membership.OFFICIAL: QT_TRANSLATE_NOOP("Messages", "Official"),
}
STATUSES = {
    MemberStatus.ACTIVE: QT_TRANSLATE_NOOP("Messages", "Active"),
    MemberStatus.EXEMPT: QT_TRANSLATE_NOOP("Messages", "Exempt from Party work"),
    MemberStatus.SUSPENDED: QT_TRANSLATE_NOOP("Messages", "Suspended"),
    MemberStatus.TRANSFERRED_OUT: QT_TRANSLATE_NOOP("Messages", "Transferred out"),
    MemberStatus.DIED: QT_TRANSLATE_NOOP("Messages", "Died"),
    MemberStatus.STRUCK_OFF: QT_TRANSLATE_NOOP("Messages", "Struck off"),
    MemberStatus.EXPELLED: QT_TRANSLATE_NOOP("Messages", "Expelled"),
    MemberStatus.RESIGNED: QT_TRANSLATE_NOOP("Messages", "Resigned"),
}
ROLES = {
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("Messages", "Administrator"),
    Role.EDITOR: QT_TRANSLATE_NOOP("Messages", "Editor"),
    Role.VIEWER: QT_TRANSLATE_NOOP("Messages", "Viewer"),
}
CELL_KINDS = {
    CellKind.RESIDENTIAL: QT_TRANSLATE_NOOP("Messages", "Residential"),
    CellKind.AGENCY: QT_TRANSLATE_NOOP("Messages", "Agency"),
    CellKind.SCHOOL: QT_TRANSLATE_NOOP("Messages", "School"),
    CellKind.HEALTH: QT_TRANSLATE_NOOP("Messages", "Health station"),
    CellKind.ENTERPRISE: QT_TRANSLATE_NOOP("Messages", "Enterprise"),
    CellKind.MILITARY: QT_TRANSLATE_NOOP("Messages", "Military"),
    CellKind.POLICE: QT_TRANSLATE_NOOP("Messages", "Police"),
    CellKind.OTHER: QT_TRANSLATE_NOOP("Messages", "Other"),
}
UNIT_LEVELS = {
    UnitLevel.PROVINCE: QT_TRANSLATE_NOOP("Messages", "Provincial committee"),
    UnitLevel.DISTRICT: QT_TRANSLATE_NOOP("Messages", "District committee"),
    UnitLevel.COMMUNE: QT_TRANSLATE_NOOP("Messages", "Commune committee"),
    UnitLevel.PARTIAL: QT_TRANSLATE_NOOP("Messages", "Partial committee"),
    UnitLevel.CELL: QT_TRANSLATE_NOOP("Messages", "Cell"),
}


def tr(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


def label(table: dict[Any, str], key: Any) -> str:
    return tr(table[key])


def _shown(value: Any) -> str:
    if isinstance(value, datetime):  # a moment: the local time, then the day
        local = value.astimezone()
        return f"{local:%H:%M} {format_date(local.date())}"
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, tuple):
        return tr(_OR).join(str(v) for v in value)
    if isinstance(value, MemberStatus):
        return label(STATUSES, value)
    return str(value)


def _fill(template: str, params: dict[str, Any]) -> str:
    return tr(template).format(**{k: _shown(v) for k, v in params.items()})


def field_label(field: str) -> str:
    """ "cells[2].name" → "Name"; the index is shown by the form that owns the list."""
    return tr(FIELD_LABELS.get(field.rsplit(".", 1)[-1], field))


def describe_problem(problem: Problem) -> str:
    template = _PROBLEMS.get(problem.code, problem.code)
    return _fill(template, {"field": field_label(problem.field), **problem.params})


def describe_refusal(refusal: OperationRefused) -> str:
    return _fill(_REFUSALS.get(refusal.code, refusal.code), refusal.params)


def describe_finding(finding: Finding) -> str:
    return _fill(_FINDINGS.get(finding.code, finding.code), finding.params)


def describe_undo(command: CommandLabel) -> str:
    template = _UNDO_ACTIONS.get(command.action, command.action)
    return _fill(template, {"subject": command.subject, "count": command.count})


def describe_error(error: BaseException) -> str:
    if isinstance(error, ValidationFailed):
        return "\n".join(describe_problem(p) for p in error.problems)
    if isinstance(error, OperationRefused):
        return describe_refusal(error)
    return _fill(_UNEXPECTED, {"error": f"{type(error).__name__}: {error}"})


# -- a member's file and timeline ---------------------------------------------------------------
THEORY_LEVELS = {
    TheoryLevel.ELEMENTARY: QT_TRANSLATE_NOOP("Messages", "Elementary"),
    TheoryLevel.INTERMEDIATE: QT_TRANSLATE_NOOP("Messages", "Intermediate"),
    TheoryLevel.ADVANCED: QT_TRANSLATE_NOOP("Messages", "Advanced"),
    TheoryLevel.BACHELOR: QT_TRANSLATE_NOOP("Messages", "Bachelor"),
}
NO_THEORY = QT_TRANSLATE_NOOP("Messages", "Not trained")
POST_KINDS = {
    PostKind.SECRETARY: QT_TRANSLATE_NOOP("Messages", "Secretary"),
    PostKind.DEPUTY_SECRETARY: QT_TRANSLATE_NOOP("Messages", "Deputy secretary"),
    PostKind.COMMITTEE_MEMBER: QT_TRANSLATE_NOOP("Messages", "Committee member"),
    PostKind.STANDING_MEMBER: QT_TRANSLATE_NOOP("Messages", "Standing committee member"),
}
DISTINCTION_KINDS = {
    DistinctionKind.AWARD: QT_TRANSLATE_NOOP("Messages", "Award"),
    DistinctionKind.DISCIPLINE: QT_TRANSLATE_NOOP("Messages", "Discipline"),
}
DISCIPLINE_LEVELS = {
    DisciplineLevel.REPRIMAND: QT_TRANSLATE_NOOP("Messages", "Reprimand"),
    DisciplineLevel.WARNING: QT_TRANSLATE_NOOP("Messages", "Warning"),
    DisciplineLevel.DISMISSAL: QT_TRANSLATE_NOOP("Messages", "Dismissal from post"),
    DisciplineLevel.EXPULSION: QT_TRANSLATE_NOOP("Messages", "Expulsion"),
}
# In the status form ACTIVE is chosen to end an exemption or a suspension, so it says so.
STATUS_CHOICES = {
    **STATUSES,
    MemberStatus.ACTIVE: QT_TRANSLATE_NOOP("Messages", "Restored / active"),
}
BADGE_NAME = QT_TRANSLATE_NOOP("Messages", "{years}-year Party badge")

# A timeline line is a sentence about the member, not a state, hence wording apart from STATUSES.
_TIMELINE_STATUSES = {
    MemberStatus.ACTIVE: QT_TRANSLATE_NOOP("Messages", "Restored to Party activity"),
    MemberStatus.EXEMPT: QT_TRANSLATE_NOOP("Messages", "Exempt from Party work and activity"),
    MemberStatus.SUSPENDED: QT_TRANSLATE_NOOP("Messages", "Party activity suspended"),
    MemberStatus.TRANSFERRED_OUT: QT_TRANSLATE_NOOP(
        "Messages", "Party activity transferred elsewhere"
    ),
    MemberStatus.DIED: QT_TRANSLATE_NOOP("Messages", "Passed away"),
    MemberStatus.STRUCK_OFF: QT_TRANSLATE_NOOP("Messages", "Struck off the roll of members"),
    MemberStatus.EXPELLED: QT_TRANSLATE_NOOP("Messages", "Expelled from the Party"),
    MemberStatus.RESIGNED: QT_TRANSLATE_NOOP("Messages", "Left the Party at own request"),
}
_EVENTS = {
    "born": QT_TRANSLATE_NOOP("Messages", "Born"),
    "born_in": QT_TRANSLATE_NOOP("Messages", "Born in {place}"),
    "admitted": QT_TRANSLATE_NOOP("Messages", "Admitted to the Party (admission decision)"),
    "ceremony": QT_TRANSLATE_NOOP("Messages", "Admission ceremony"),
    "official": QT_TRANSLATE_NOOP("Messages", "Recognised as an official member"),
    "card_issued": QT_TRANSLATE_NOOP("Messages", "Party card issued"),
    "card_issued_number": QT_TRANSLATE_NOOP("Messages", "Party card no. {card} issued"),
    "post_started": QT_TRANSLATE_NOOP("Messages", "Began holding the post of {post} — {unit}"),
    "post_ended": QT_TRANSLATE_NOOP("Messages", "Stopped holding the post of {post} — {unit}"),
    "award": QT_TRANSLATE_NOOP("Messages", "Award: {title}"),
    "discipline": QT_TRANSLATE_NOOP("Messages", "Discipline ({level}): {title}"),
    "with_note": QT_TRANSLATE_NOOP("Messages", "{event}: {note}"),
    "with_decision": QT_TRANSLATE_NOOP("Messages", "{event} (decision {decision})"),
}


def _event_text(key: str, **params: Any) -> str:
    return tr(_EVENTS[key]).format(**params)


def _distinction_text(kind: str, params: dict[str, Any]) -> str:
    if kind == "award":
        text = _event_text("award", title=params["title"])
    else:
        level = params.get("discipline")
        # Mid-sentence the level reads in lower case ("Kỷ luật khiển trách: …").
        shown = label(DISCIPLINE_LEVELS, level).lower() if level else ""
        text = _event_text("discipline", level=shown, title=params["title"])
    decision = params.get("decision")
    return _event_text("with_decision", event=text, decision=decision) if decision else text


def describe_event(event: TimelineEvent) -> str:
    """One line of a member's timeline as a sentence (the date is shown beside it)."""
    kind, p = event.kind, event.params
    if kind == "born" and p.get("place"):
        return _event_text("born_in", place=p["place"])
    if kind == "card_issued" and p.get("card"):
        return _event_text("card_issued_number", card=p["card"])
    if kind in ("post_started", "post_ended"):
        return _event_text(kind, post=label(POST_KINDS, p["post"]), unit=p["unit"])
    if kind in ("award", "discipline"):
        return _distinction_text(kind, p)
    if kind == "badge":
        return tr(BADGE_NAME).format(years=p["years"])
    if kind == "status":
        wording = _TIMELINE_STATUSES.get(p["status"]) or STATUSES.get(p["status"])
        text = tr(wording) if wording else str(p["status"])
        return _event_text("with_note", event=text, note=p["note"]) if p.get("note") else text
    return tr(_EVENTS[kind]) if kind in _EVENTS else kind
