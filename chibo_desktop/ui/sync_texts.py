"""The words of the USB handoff in the user's language: why a package or an enrolment file was
refused, and what a person can do about it. Shared by the window and the command line."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from chibo_desktop.domain.sync import PeerKey
from chibo_desktop.sync.keys import PublicKeys

_CONTEXT = "Sync"
_ASK_AGAIN = QT_TRANSLATE_NOOP("Sync", "Ask the sender to write the package again.")
_REASONS = {
    "not_a_package": QT_TRANSLATE_NOOP(
        "Sync", "{file}: not a Chi bộ Desktop package, or badly damaged; check the file chosen."
    ),
    "truncated": QT_TRANSLATE_NOOP(
        "Sync",
        "{file}: the file is incomplete (the stick may have been pulled out while it was being "
        "written).",
    ),
    "trailing_bytes": QT_TRANSLATE_NOOP(
        "Sync", "{file}: the file has extra data at its end; it may have been tampered with."
    ),
    "malformed_header": QT_TRANSLATE_NOOP("Sync", "{file}: the package is damaged."),
    "malformed_payload": QT_TRANSLATE_NOOP("Sync", "{file}: the package's content is damaged."),
    "unknown_format": QT_TRANSLATE_NOOP(
        "Sync",
        "{file}: made by a newer version of Chi bộ Desktop; update the program, then import "
        "it again.",
    ),
    "too_large": QT_TRANSLATE_NOOP(
        "Sync", "{file}: larger than any package can be; it was not opened."
    ),
    "payload_too_large": QT_TRANSLATE_NOOP(
        "Sync", "{file}: its content unpacks to more than any package can hold; it was not read."
    ),
    "wrong_recipient": QT_TRANSLATE_NOOP(
        "Sync", "{file}: the package is addressed to another office; it cannot be opened here."
    ),
    "bad_signature": QT_TRANSLATE_NOOP(
        "Sync",
        "{file}: the signature does not match: the file was changed or damaged after it was "
        "written. Do not use it.",
    ),
    "undecryptable": QT_TRANSLATE_NOOP(
        "Sync", "{file}: the package cannot be opened with this office's key."
    ),
    "sync.revoked_key": QT_TRANSLATE_NOOP(
        "Sync",
        "{file}: signed with a key that was revoked. The sender must make new keys and send "
        "their enrolment file.",
    ),
    "sync.key_of_another_site": QT_TRANSLATE_NOOP(
        "Sync", "{file}: signed with the key of another office; it was not opened."
    ),
    "sync.unit_changed": QT_TRANSLATE_NOOP(
        "Sync",
        "{file}: the sender now says it owns another unit than before; nothing was applied. "
        "Check with the sender.",
    ),
    "sync.no_sender_unit": QT_TRANSLATE_NOOP(
        "Sync", "{file}: the sender has not set up its own unit; nothing was applied."
    ),
    "sync.not_for_this_site": QT_TRANSLATE_NOOP(
        "Sync",
        "{file}: this kind of package is not for this office (a commune sends data to its upper "
        "level and transferring members to other communes; the upper level sends receipts and "
        "decisions back).",
    ),
    "sync.decisions_from_upper_only": QT_TRANSLATE_NOOP(
        "Sync", "Only an upper level sends decisions down to its communes."
    ),
    "sync.transfer_from_commune_only": QT_TRANSLATE_NOOP(
        "Sync", "Only a commune writes a transfer package, for the commune a member moves to."
    ),
    "sync.unknown_office": QT_TRANSLATE_NOOP(
        "Sync",
        "This office does not exchange data with that one yet: install its enrolment file first.",
    ),
    "sync.transfer_to_a_commune": QT_TRANSLATE_NOOP(
        "Sync",
        "A transfer package goes to the commune the member moves to: install that commune's "
        "enrolment file, then choose it.",
    ),
    "sync.not_a_transfer_out": QT_TRANSLATE_NOOP(
        "Sync",
        "Choose an official transfer out of a member of this commune: only such a transfer "
        "takes the member's record to another commune.",
    ),
    "sync.transfer_not_clean": QT_TRANSLATE_NOOP(
        "Sync",
        "{file}: {count} of the member's records could not be applied cleanly; nothing was "
        "applied. Ask the sending commune to write the transfer package again.",
    ),
    "sync.unsupported_kind": QT_TRANSLATE_NOOP(
        "Sync", "{file}: this program cannot apply packages of this kind yet."
    ),
    "sync.unreadable": QT_TRANSLATE_NOOP(
        "Sync", "{file}: the file cannot be read; the stick may have been removed."
    ),
    "sync.no_upper_level": QT_TRANSLATE_NOOP(
        "Sync",
        "This office has no upper level to send to yet: install the upper level's enrolment "
        "file first.",
    ),
    "sync.no_key": QT_TRANSLATE_NOOP(
        "Sync", "There is no valid key for {site}; install its newest enrolment file."
    ),
    "sync.stick_full": QT_TRANSLATE_NOOP(
        "Sync", "The stick in {folder} is full: delete old files from it or use another stick."
    ),
    "sync.stick_read_only": QT_TRANSLATE_NOOP(
        "Sync",
        "Cannot write to {folder}: the stick is write-protected or the folder is read-only. "
        "Slide the stick's lock off or choose another folder.",
    ),
    "sync.stick_removed": QT_TRANSLATE_NOOP(
        "Sync", "{folder} is no longer there: the stick was removed. Put it back and try again."
    ),
    "sync.no_folder": QT_TRANSLATE_NOOP(
        "Sync", "The folder {folder} does not exist; choose another place to write to."
    ),
    "sync.write_failed": QT_TRANSLATE_NOOP(
        "Sync", "Could not write to {folder}; try again or choose another folder."
    ),
    "sync.written_badly": QT_TRANSLATE_NOOP(
        "Sync",
        "{file} did not read back as it was written: the stick may be failing. Use another stick.",
    ),
    "sync.enrolment_not_an_enrolment": QT_TRANSLATE_NOOP(
        "Sync", "{file}: not an enrolment file of Chi bộ Desktop."
    ),
    "sync.enrolment_unknown_format": QT_TRANSLATE_NOOP(
        "Sync", "{file}: made by a newer version of Chi bộ Desktop; update the program."
    ),
    "sync.enrolment_malformed": QT_TRANSLATE_NOOP("Sync", "{file}: the enrolment file is damaged."),
    "sync.enrolment_bad_signature": QT_TRANSLATE_NOOP(
        "Sync",
        "{file}: the enrolment file was changed after it was written; ask for a new one.",
    ),
    "sync.enrolment_of_this_site": QT_TRANSLATE_NOOP(
        "Sync", "{file}: this is this office's own enrolment file."
    ),
    "sync.enrolment_same_role": QT_TRANSLATE_NOOP(
        "Sync",
        "{file}: the enrolment file of another upper level; an upper level installs the files of "
        "communes only.",
    ),
    "sync.unknown_key": QT_TRANSLATE_NOOP("Sync", "No such key is known for this office."),
    "sync.conflict_decided": QT_TRANSLATE_NOOP("Sync", "This conflict has already been decided."),
    "sync.conflict_unusable": QT_TRANSLATE_NOOP(
        "Sync",
        "The package's version cannot be used (it is damaged, or points at a record that is not "
        "here); keep the version here.",
    ),
    "site.not_set_up": QT_TRANSLATE_NOOP(
        "Sync", "This database has no office set up yet; set it up first."
    ),
    "site.already_set_up": QT_TRANSLATE_NOOP(
        "Sync", "This database already has its office set up."
    ),
}
# Reasons the sender can cure by writing the package again.
_WRITE_AGAIN = {"truncated", "trailing_bytes", "malformed_header", "malformed_payload"}


def display_fingerprint(key: PeerKey) -> str:
    """A peer's key fingerprint as people read it out and compare it."""
    return PublicKeys(key.verify_key, key.box_key).display_fingerprint


def describe_sync_refusal(code: str, **params: Any) -> str:
    """The refusal's sentence; an unknown code is shown as it is rather than hidden."""
    source = _REASONS.get(code)
    if source is None:
        return f"{params.get('file', '')}: {code}".lstrip(": ")
    values = {"file": "", "folder": "", "site": "", **params}
    text = QCoreApplication.translate(_CONTEXT, source).format(**values)
    if code in _WRITE_AGAIN:
        text += " " + QCoreApplication.translate(_CONTEXT, _ASK_AGAIN)
    return text
