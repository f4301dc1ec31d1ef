"""What the projector scoreboard (大屏) may show: never more than the public notice (成绩公示).

The one home of that rule. The notice shows place (并列 for a tie), entry number, name, unit,
marks and award, and never an ID number or a flag meant for the judges; a blind trade before
decryption shows work-piece codes only. The board shows less still:
- During the day (a trade not yet locked) the live leaderboard is a place, an entry number
  (a work-piece code for a blind trade) and a total: no name and no unit, since a hall of
  contestants is watching, and no award, which is not decided until the lock.
- At the ceremony a trade is revealed only when its results are final (locked, no tie left for
  the chief judge, verified entry complete: domain.final_state), award tier by award tier from
  the lowest (third prize) up to the first: place, entry number, name, unit, total and award,
  or codes only while a blind trade is still undecrypted.
Rows are `ResultRow`s as the services hand them to anyone (already masked when blind), which
carry no ID numbers; the board reads only the fields listed here, so a new field stays off it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from competition_app.domain.distribution import cut_lines
from competition_app.domain.results import ResultRow


@dataclass(frozen=True)
class BoardLine:
    place: str  # "3" ("—" for none); a shared place is the same number, `tied`
    entry: str  # entry number, or work-piece code (blind, undecrypted)
    total: str  # at the trade's decimals
    name: str = ""  # "" whenever the board may not show it
    unit: str = ""
    award: str = ""
    # shared with another (并列): the board words it in its own language (并列3, =3), so the
    # place stays a bare number here
    tied: bool = False


@dataclass(frozen=True)
class RevealStage:
    """One click of the ceremony: every row of one award tier."""

    award: str
    lines: tuple[BoardLine, ...]


def place_text(row: ResultRow) -> str:
    """The place's number, "—" for none (a shared one is marked by `BoardLine.tied`)."""
    return "—" if row.rank is None else str(row.rank)


def total_text(total: Decimal | None, decimals: int) -> str:
    if total is None:
        return "—"
    return str(total.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP))


def leaderboard(rows: Iterable[ResultRow], decimals: int) -> tuple[BoardLine, ...]:
    """The day's live ranking of an unlocked trade: ranked rows only, no name, unit or award."""
    return tuple(
        BoardLine(place_text(r), r.number, total_text(r.total, decimals), tied=r.tied)
        for r in rows
        if r.rank is not None
    )


def may_reveal(draft_reasons: Sequence[str]) -> bool:
    """A trade is revealed at the ceremony only when its results are final (no draft reason)."""
    return not draft_reasons


def reveal_stages(
    rows: Sequence[ResultRow], decimals: int, *, identities_hidden: bool
) -> tuple[RevealStage, ...]:
    """The ceremony's stages for one group: each award tier, lowest first (third prize, then
    second, then first); within a tier, in the order of the results (best place first)."""
    stages = []
    for cut in reversed(cut_lines(rows)):
        lines = tuple(
            BoardLine(
                place_text(r),
                r.number,
                total_text(r.total, decimals),
                name="" if identities_hidden else r.name,
                unit="" if identities_hidden else r.unit,
                award=r.award,
                tied=r.tied,
            )
            for r in rows
            if r.award == cut.award and r.rank is not None
        )
        stages.append(RevealStage(cut.award, lines))
    return tuple(stages)
