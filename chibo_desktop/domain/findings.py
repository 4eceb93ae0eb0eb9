"""What a rule check says: a code with parameters, which the ui turns into a plain sentence.

A blocking finding stops the next step (finalising minutes, closing a year's review) until it is
put right; a warning is a rule that was not met, which the record states truthfully.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    BLOCKING = "blocking"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    severity: Severity
    params: dict[str, Any] = field(default_factory=dict)
