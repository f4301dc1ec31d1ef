"""The engine's answer for a trade: a row per contestant with components, total, rank and award."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from competition_app.domain.entries import Status

# Flags a row can carry; the GUI and the reports show them, the chief judge acts on them.
FLAG_MISSING = "missing_marks"  # some criterion or component not entered: no total, not ranked
FLAG_TIE_DECISION = "tie_needs_decision"  # tie left in a place where shared places are forbidden
FLAG_SPREAD = "panel_spread"  # a panel's marks differ by more than the tolerance
FLAG_BOUNDARY_TIE = "boundary_tie"  # tied across an award boundary: both got the higher award

FLAG_LABELS: dict[str, str] = {
    FLAG_MISSING: "成绩未录完",
    FLAG_TIE_DECISION: "并列待裁判长裁定",
    FLAG_SPREAD: "评分差异超限",
    FLAG_BOUNDARY_TIE: "并列跨奖项",
}


@dataclass(frozen=True)
class ResultRow:
    key: str
    number: str
    name: str
    unit: str
    team: str
    group: str
    status: Status
    components: dict[str, Decimal | None]
    total: Decimal | None
    time: Decimal | None = None
    rank: int | None = None  # None: not ranked (absent, disqualified, missing marks)
    tied: bool = False
    award: str = ""
    titles: tuple[str, ...] = ()
    promotion: str = ""
    ws_scale: int | None = None
    flags: tuple[str, ...] = ()
    # criteria whose panel spread exceeded the tolerance
    spread_criteria: tuple[str, ...] = ()

    @property
    def note(self) -> str:
        """What a result sheet prints in its note column, in the organiser's words."""
        from competition_app.domain.entries import STATUS_LABELS

        parts: list[str] = []
        if self.status != "ok":
            parts.append(STATUS_LABELS[self.status])
        parts.extend(FLAG_LABELS[f] for f in self.flags if f in FLAG_LABELS)
        return "；".join(parts)


@dataclass(frozen=True)
class TradeResult:
    rows: tuple[ResultRow, ...]  # ranked rows by rank, then unranked rows by number
    flags: tuple[str, ...] = field(default=())

    @property
    def ranked(self) -> tuple[ResultRow, ...]:
        return tuple(r for r in self.rows if r.rank is not None)


@dataclass(frozen=True)
class TeamStanding:
    rank: int
    team: str
    total: Decimal
    counted: int
