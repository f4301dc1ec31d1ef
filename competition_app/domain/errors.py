"""Errors a user can fix (bad input, forbidden action) as distinct from bugs in the program."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


class UserError(Exception):
    """A mistake the person at the keyboard can put right; shown in plain words, not logged."""


@dataclass(frozen=True)
class Problem:
    """One bad field or row: where it is (`file:row:column`, or a settings path) and why."""

    location: str
    reason: str

    def __str__(self) -> str:
        return f"{self.location}: {self.reason}" if self.location else self.reason


class ValidationError(UserError):
    """Input refused as a whole; `problems` lists every bad field, not only the first."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class PermissionDenied(UserError):
    """The acting user's role does not allow the action."""


class LockedError(UserError):
    """The trade is locked by the chief judge: marks, times and statuses are read-only."""


class ConflictError(UserError):
    """Someone else changed the same record first (another scoring station)."""
