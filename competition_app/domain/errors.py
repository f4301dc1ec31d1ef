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


class ProblemList(list[Problem]):
    """The problems found in a file: the first LISTED kept, the rest only counted. A 50 MB file
    of one bad value over and over holds millions of problems; kept, they took gigabytes, and
    nobody reads past the first screenfuls."""

    LISTED = 1000

    def __init__(self) -> None:
        super().__init__()
        self.unlisted = 0

    def append(self, problem: Problem) -> None:
        if len(self) < self.LISTED:
            super().append(problem)
        else:
            self.unlisted += 1


class ValidationError(UserError):
    """Input refused as a whole; `problems` lists every bad field, not only the first (of a
    ProblemList past its LISTED, the first ones and a line counting the rest); `total` counts
    them all."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        listed = tuple(problems)
        unlisted = problems.unlisted if isinstance(problems, ProblemList) else 0
        self.total = len(listed) + unlisted
        if unlisted:
            listed += (Problem("", f"另有 {unlisted} 处问题未列出"),)
        self.problems: tuple[Problem, ...] = listed
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
