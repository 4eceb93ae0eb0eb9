"""Refusals the services raise. The core speaks in codes; the ui says them in Vietnamese."""

from __future__ import annotations

from typing import Any

from chibo_desktop.domain.validation import Problem, ValidationFailed

__all__ = ["OperationRefused", "Problem", "ValidationFailed"]


class OperationRefused(Exception):
    """The operation cannot be done as asked; nothing was changed."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params
