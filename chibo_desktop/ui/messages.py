"""Turning the core's codes into sentences a person can act on (translated to Vietnamese).

Each sentence names the field and says what to do. Parameters are filled in after translation.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from chibo_desktop.domain.dates import format_date
from chibo_desktop.domain.enums import CellKind, Gender, Membership, MemberStatus, UnitLevel
from chibo_desktop.services.checks import Finding
from chibo_desktop.services.errors import OperationRefused, Problem, ValidationFailed
from chibo_desktop.services.undo import CommandLabel

_CONTEXT = "Messages"
APP_TITLE = QT_TRANSLATE_NOOP("Messages", "Chi bộ Desktop")
_UNEXPECTED = QT_TRANSLATE_NOOP(
    "Messages", "Something went wrong and nothing was changed. Details: {error}"
)
_OR = QT_TRANSLATE_NOOP("Messages", " or ")

FIELD_LABELS = {
    "full_name": QT_TRANSLATE_NOOP("Messages", "Full name"),
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
    "members": QT_TRANSLATE_NOOP("Messages", "Number of members"),
    "cells": QT_TRANSLATE_NOOP("Messages", "Number of cells"),
    "years": QT_TRANSLATE_NOOP("Messages", "Number of years"),
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
    "bad_date": QT_TRANSLATE_NOOP(
        "Messages", "{field}: “{value}” is not a date; write it as dd/mm/yyyy, e.g. 05/02/1975."
    ),
}

_REFUSALS = {
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
    "site.already_set_up": QT_TRANSLATE_NOOP(
        "Messages", "This database is already set up; nothing was changed."
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
    return _fill(_UNDO_ACTIONS.get(command.action, command.action), {"subject": command.subject})


def describe_error(error: BaseException) -> str:
    if isinstance(error, ValidationFailed):
        return "\n".join(describe_problem(p) for p in error.problems)
    if isinstance(error, OperationRefused):
        return describe_refusal(error)
    return _fill(_UNEXPECTED, {"error": f"{type(error).__name__}: {error}"})
