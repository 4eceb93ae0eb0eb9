"""Enrolment files (``.chibo-enrol``): a site's identity card, signed with its own key.

The upper level writes one and hands it to each commune, which installs the upper level's public
keys from it. The self-signature proves that whoever made the file holds the private keys and
catches damage; it does not prove who that is: the operators compare the fingerprint (by phone or
on paper) for that.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from chibo_desktop.domain.enums import SiteRole
from chibo_desktop.sync.fields import (
    DuplicateKey,
    Invalid,
    Rejected,
    canonical_json,
    document_problem,
    enum_field,
    keys_field,
    load_strict_json,
    optional_uuid_field,
    text_field,
    utc_field,
    utc_text,
    uuid_field,
)
from chibo_desktop.sync.keys import SIGNATURE_BYTES, PublicKeys, SiteKeys, verify

ENROLMENT_FORMAT = 1
ENROLMENT_KIND = "chibo-enrolment"
ENROLMENT_SUFFIX = ".chibo-enrol"
MAX_ENROLMENT_BYTES = 64 * 1024
ENROLMENT_REJECTION_CODES = frozenset(
    {"not_an_enrolment", "unknown_format", "malformed", "bad_signature"}
)

_MAX_NAME_CHARS = 500
_MAX_CODE_CHARS = 200
_UTF8_BOM = b"\xef\xbb\xbf"
_FIELDS = frozenset(
    {
        "format",
        "kind",
        "site_id",
        "site_name",
        "role",
        "unit_id",
        "unit_code",
        "unit_name",
        "keys",
        "created_at",
        "signature",
    }
)


class EnrolmentRejected(Rejected):
    """A file that cannot be accepted as an enrolment; ``code`` is one of
    ``ENROLMENT_REJECTION_CODES``."""


@dataclass(frozen=True, slots=True)
class Enrolment:
    """Who a site is and its public keys."""

    site_id: UUID
    site_name: str  # the office, NFC
    role: SiteRole
    unit_id: UUID | None  # the root unit the site owns
    unit_code: str
    unit_name: str
    keys: PublicKeys
    created_at: datetime  # timezone-aware UTC


def _document(enrolment: Enrolment) -> dict[str, object]:
    return {
        "format": ENROLMENT_FORMAT,
        "kind": ENROLMENT_KIND,
        "site_id": str(enrolment.site_id),
        "site_name": enrolment.site_name,
        "role": SiteRole(enrolment.role).value,
        "unit_id": None if enrolment.unit_id is None else str(enrolment.unit_id),
        "unit_code": enrolment.unit_code,
        "unit_name": enrolment.unit_name,
        "keys": enrolment.keys.to_text(),
        "created_at": utc_text(enrolment.created_at),
    }


def write_enrolment(enrolment: Enrolment, keys: SiteKeys) -> bytes:
    """The file's bytes, signed with ``keys`` (which must be the enrolment's own).

    Raises ValueError for keys that do not match or fields a reader would reject.
    """
    if keys.public != enrolment.keys:
        raise ValueError("an enrolment is signed with the keys it announces")
    document = _document(enrolment)
    signature = keys.sign(canonical_json(document))
    document["signature"] = base64.b64encode(signature).decode("ascii")
    # Indented so that a person opening the file sees what it says; the signature covers the
    # canonical form, not this layout.
    text = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    data = text.encode("utf-8")
    try:
        reread = read_enrolment(data)
    except EnrolmentRejected as rejected:
        raise ValueError(f"a reader would reject this enrolment: {rejected}") from rejected
    if reread != enrolment:
        raise ValueError("the enrolment does not survive a round trip")
    return data


def _signature_field(value: object) -> bytes:
    if not isinstance(value, str) or not value.isascii():
        raise Invalid("signature")
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as error:
        raise Invalid("signature") from error
    if len(raw) != SIGNATURE_BYTES or base64.b64encode(raw).decode("ascii") != value:
        raise Invalid("signature")
    return raw


def read_enrolment(data: bytes) -> Enrolment:
    """Parse and check an enrolment file; raises ``EnrolmentRejected`` on anything wrong."""
    if not isinstance(data, bytes):
        raise TypeError("an enrolment is read from bytes")
    if len(data) > MAX_ENROLMENT_BYTES:
        raise EnrolmentRejected(
            "not_an_enrolment", reason="too_large", limit=MAX_ENROLMENT_BYTES, size=len(data)
        )
    # Windows editors add a byte order mark; it carries no meaning.
    data = data.removeprefix(_UTF8_BOM)
    try:
        document = load_strict_json(data.decode("utf-8"))
    except DuplicateKey as error:
        # JSON, but two values for one field: which one would the signature vouch for?
        raise EnrolmentRejected("malformed", reason="duplicate_key") from error
    except (ValueError, RecursionError) as error:
        raise EnrolmentRejected("not_an_enrolment", reason="not_json") from error
    if not isinstance(document, dict) or document.get("kind") != ENROLMENT_KIND:
        raise EnrolmentRejected("not_an_enrolment", reason="kind")
    problem = document_problem(document, ENROLMENT_FORMAT, _FIELDS)
    if problem is not None:
        code, params = problem
        raise EnrolmentRejected(code, **params)
    try:
        keys = keys_field(document["keys"], "keys")
        signature = _signature_field(document["signature"])
    except Invalid as error:
        raise EnrolmentRejected("malformed", field=str(error)) from error
    unsigned = {name: value for name, value in document.items() if name != "signature"}
    try:
        message = canonical_json(unsigned)
    except (ValueError, TypeError) as error:  # e.g. a lone surrogate that UTF-8 cannot hold
        raise EnrolmentRejected("malformed") from error
    # The signature before the fields: a changed field is a tampered file, whatever it now says.
    if not verify(keys, message, signature):
        raise EnrolmentRejected("bad_signature")
    try:
        return Enrolment(
            site_id=uuid_field(document["site_id"], "site_id"),
            site_name=text_field(document["site_name"], "site_name", max_chars=_MAX_NAME_CHARS),
            role=enum_field(SiteRole, document["role"], "role"),
            unit_id=optional_uuid_field(document["unit_id"], "unit_id"),
            unit_code=text_field(
                document["unit_code"], "unit_code", max_chars=_MAX_CODE_CHARS, allow_empty=True
            ),
            unit_name=text_field(
                document["unit_name"], "unit_name", max_chars=_MAX_NAME_CHARS, allow_empty=True
            ),
            keys=keys,
            created_at=utc_field(document["created_at"], "created_at"),
        )
    except Invalid as error:
        raise EnrolmentRejected("malformed", field=str(error)) from error
