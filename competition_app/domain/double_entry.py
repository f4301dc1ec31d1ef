"""Verified entry (复核): each mark typed twice by two people; equal passes verify the mark.

Pass 1 and pass 2 are entered independently (the second person never sees the first value);
pass 3 is the chief judge's resolution of a mismatch and settles the mark whatever the passes say.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

PassNo = Literal[1, 2]
RESOLUTION_PASS = 3

PassState = Literal["none", "waiting", "verified", "mismatch", "resolved"]
STATE_LABELS: dict[str, str] = {
    "none": "未录入",
    "waiting": "待另一遍",
    "verified": "一致",
    "mismatch": "不一致",
    "resolved": "裁判长已裁定",
}


def pass_state(
    first: Decimal | None, second: Decimal | None, resolution: Decimal | None = None
) -> PassState:
    """Where one mark stands. 8.5 and 8.50 are the same mark."""
    if resolution is not None:
        return "resolved"
    if first is None and second is None:
        return "none"
    if first is None or second is None:
        return "waiting"
    return "verified" if first == second else "mismatch"


def settled_value(
    first: Decimal | None, second: Decimal | None, resolution: Decimal | None = None
) -> Decimal | None:
    """The mark that counts: the resolution, or the passes when they agree; else none yet."""
    state = pass_state(first, second, resolution)
    if state == "resolved":
        return resolution
    if state == "verified":
        return first
    return None


def second_user_refusal(pass_no: PassNo, user: str, other_pass_user: str | None) -> str | None:
    """Why `user` may not enter this pass, or None. The two passes need two different people."""
    if other_pass_user is not None and other_pass_user == user:
        other = 2 if pass_no == 1 else 1
        return f"第{other}遍已由“{user}”录入，第{pass_no}遍须由另一人录入"
    return None


@dataclass(frozen=True)
class VerificationCounts:
    expected: int  # marks the trade needs
    verified: int  # agreed or resolved
    waiting: int  # one pass entered
    mismatched: int
    missing: int  # no pass yet

    @property
    def complete(self) -> bool:
        return self.verified == self.expected


def count_states(states: Iterable[PassState], expected: int) -> VerificationCounts:
    """Counts over the marks a trade needs; `states` holds one state per needed mark entered."""
    verified = waiting = mismatched = 0
    seen = 0
    for state in states:
        seen += 1
        if state in ("verified", "resolved"):
            verified += 1
        elif state == "waiting":
            waiting += 1
        elif state == "mismatch":
            mismatched += 1
        else:
            seen -= 1
    return VerificationCounts(expected, verified, waiting, mismatched, max(0, expected - seen))
