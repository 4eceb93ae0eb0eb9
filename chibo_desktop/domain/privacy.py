"""Keeping personal numbers out of text that leaves the records: logs and error reports.

DOMAIN.md "Sensitivity": logs never contain ID or card numbers. A personal ID (CCCD) has 12
digits, an old identity card (CMND) 9, a Party card 8 or 12 (``validation``); people also type
them in groups ("001 186 012 345"). Any run of 8 or more digits is masked, and any run of 9 or
more in groups separated by single spaces or dots (8 such digits are a date, "21.11.2026"). The
program's own record ids are kept: 32 hexadecimal digits, or the 36 characters of a UUID, with
at least one letter among them.
"""

from __future__ import annotations

import re

_HEX_ID = r"(?=[0-9]*[a-f])[0-9a-f]{32}"
_UUID = r"(?=[0-9-]*[a-f])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_TOKENS = re.compile(
    rf"(?P<id>\b(?:{_UUID}|{_HEX_ID})\b)|(?P<number>(?<!\d)\d(?:[ .]?\d){{7,}}(?!\d))",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
MASK = "*"


def _masked(match: re.Match[str]) -> str:
    number = match.group("number")
    if number is None:
        return match.group("id")
    if number.isdigit() or len(_DIGIT.findall(number)) >= 9:
        return _DIGIT.sub(MASK, number)
    return number


def mask_numbers(text: str) -> str:
    """``text`` with every number that may be a personal ID or Party card number masked, digit
    by digit (its length and grouping stay readable)."""
    return _TOKENS.sub(_masked, text)
