"""What the engine is given about one contestant of a trade: status, marks, scores and time."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

Status = Literal["ok", "absent", "disqualified", "out_of_competition"]
STATUSES: tuple[Status, ...] = ("ok", "absent", "disqualified", "out_of_competition")
# Who competes: drawn, expected at check-in, marked and ranked. Out-of-competition contestants
# (不参与评奖) compete for a place but take no award; absent and disqualified ones are void.
COMPETING: tuple[Status, ...] = ("ok", "out_of_competition")
VOID: tuple[Status, ...] = ("absent", "disqualified")


def competes(status: str) -> bool:
    return status in COMPETING


def eligible_for_awards(status: str) -> bool:
    """Only a contestant of status ok takes an award, a title or a place in a team's total."""
    return status == "ok"


STATUS_LABELS: dict[str, str] = {
    "ok": "正常",
    "absent": "缺考",
    "disqualified": "取消资格",
    "out_of_competition": "不参与评奖",
}


@dataclass(frozen=True)
class Entry:
    """One contestant's input to the engine.

    `marks` maps criterion code -> judge key -> mark; a criterion or judge that is missing was not
    entered (never read as zero). `scores` holds directly entered component scores (theory).
    `time` is completion time in minutes. `decided_order` is the chief judge's decision for a tie
    that the rules may not break (lower comes first), applied after the whole tie-break chain.
    """

    key: str
    number: str = ""
    name: str = ""
    unit: str = ""
    team: str = ""
    group: str = ""
    status: Status = "ok"
    marks: Mapping[str, Mapping[str, Decimal]] = field(default_factory=dict)
    scores: Mapping[str, Decimal] = field(default_factory=dict)
    time: Decimal | None = None
    decided_order: int | None = None
