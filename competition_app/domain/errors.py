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


class ConnectionLost(UserError):
    """The database server cannot be reached (a venue network, a stopped server): nothing was
    saved, and the same action can simply be tried again once the connection is back.

    Reads raise it too, with the same words (a save usually reads first, the role check for
    one): a view that was only refreshing may show its own.
    """

    def __init__(self, message: str = "") -> None:
        super().__init__(message or "与数据库服务器的连接中断，分数尚未保存，恢复后将自动重试")
