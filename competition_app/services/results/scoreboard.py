"""The projector board's data (大屏): each trade's entry progress, its live leaderboard while
unlocked, and its ceremony stages once final, cut to what domain.public_board allows."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from competition_app.domain.public_board import (
    BoardLine,
    RevealStage,
    leaderboard,
    may_reveal,
    reveal_stages,
)
from competition_app.services.collector import collector_paused
from competition_app.services.context import Context
from competition_app.services.printing.print_state import trade_draft_reasons
from competition_app.services.results.results import visible
from competition_app.services.results.two_cores import ranking_read
from competition_app.services.scoring.score_grid import TradeProgress, entry_progress
from competition_app.services.setup.events import get_event
from competition_app.services.setup.trades import trade_info
from competition_app.storage.models import Trade


@dataclass(frozen=True)
class BoardGroup:
    """One ranking of a trade: a group, or the whole trade ("" ) when it has none."""

    group: str
    leaderboard: tuple[BoardLine, ...]  # empty once the trade is locked
    stages: tuple[RevealStage, ...]  # empty until the results are final


@dataclass(frozen=True)
class BoardTrade:
    code: str
    name: str
    locked: bool
    final: bool  # locked with nothing left to decide: the ceremony may reveal it
    blind: bool  # identities hidden (work-piece codes only)
    entered: int
    expected: int
    groups: tuple[BoardGroup, ...]


@dataclass(frozen=True)
class Scoreboard:
    event_name: str
    trades: tuple[BoardTrade, ...]

    @property
    def live(self) -> tuple[BoardTrade, ...]:
        """The trades whose leaderboard the day shows: not yet locked."""
        return tuple(t for t in self.trades if not t.locked)

    @property
    def ceremony(self) -> tuple[BoardTrade, ...]:
        """The trades the ceremony may reveal: locked and final."""
        return tuple(t for t in self.trades if t.final)


def scoreboard(ctx: Context, event_id: int) -> Scoreboard:
    """Everything the board shows, computed afresh from what is stored."""
    event = get_event(ctx, event_id)
    progress: dict[str, TradeProgress] = {p.code: p for p in entry_progress(ctx, event_id)}
    trades = []
    with collector_paused(), ranking_read(ctx, event_id) as (s, rank):
        ordered = list(
            s.scalars(select(Trade).where(Trade.event_id == event_id).order_by(Trade.position))
        )
        infos = {t.id: trade_info(s, t) for t in ordered}
        seen = {t.id: visible(s, t, infos[t.id].rules, rank) for t in rank.own_first(ordered)}
        for t in ordered:
            info = infos[t.id]
            decimals = info.rules.rounding.decimals
            result, hidden = seen[t.id]
            final = t.locked and may_reveal(trade_draft_reasons(s, t, result.rows))
            names = info.groups or ("",)
            groups = []
            for g in names:
                rows = [r for r in result.rows if not g or r.group == g]
                groups.append(
                    BoardGroup(
                        g,
                        () if t.locked else leaderboard(rows, decimals),
                        reveal_stages(rows, decimals, identities_hidden=hidden) if final else (),
                    )
                )
            p = progress.get(t.code)
            trades.append(
                BoardTrade(
                    t.code,
                    t.name,
                    t.locked,
                    final,
                    hidden,
                    p.entered if p else 0,
                    p.expected if p else 0,
                    tuple(groups),
                )
            )
    return Scoreboard(event.name, tuple(trades))
