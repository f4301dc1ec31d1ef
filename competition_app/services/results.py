"""Results: the engine run on what is stored, per trade and group, and team standings."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from competition_app.domain.entries import Entry, Status
from competition_app.domain.results import ResultRow, TeamStanding, TradeResult
from competition_app.domain.rules import TradeRules
from competition_app.domain.tabulation import tabulate
from competition_app.domain.teams import team_standings
from competition_app.services.context import Context
from competition_app.services.events import EventInfo, get_event
from competition_app.services.trades import TradeInfo, find_trade, load_rules, trade_info
from competition_app.services.verification import status_in_session
from competition_app.storage.models import (
    Component,
    ComponentScore,
    Contestant,
    Criterion,
    CriterionMark,
    Trade,
)


@dataclass(frozen=True)
class TradeResults:
    event: EventInfo
    trade: TradeInfo
    result: TradeResult
    group: str | None = None
    # Verified entry (复核) is on and some mark is not yet verified: the results are provisional.
    provisional: bool = False

    @property
    def rules(self) -> TradeRules:
        return self.trade.rules

    @property
    def rows(self) -> tuple[ResultRow, ...]:
        if self.group is None:
            return self.result.rows
        return tuple(r for r in self.result.rows if r.group == self.group)


def trade_entries(s: Session, trade: Trade) -> list[Entry]:
    """Everything the engine needs for one trade, in three queries whatever the size."""
    contestants = s.execute(
        select(
            Contestant.id,
            Contestant.number,
            Contestant.name,
            Contestant.unit,
            Contestant.team,
            Contestant.group_name,
            Contestant.status,
            Contestant.time_minutes,
            Contestant.decided_order,
        ).where(Contestant.trade_id == trade.id)
    ).all()
    marks: dict[int, dict[str, dict[str, Decimal]]] = defaultdict(lambda: defaultdict(dict))
    for cid, code, judge, mark in s.execute(
        select(
            CriterionMark.contestant_id, Criterion.code, CriterionMark.judge_id, CriterionMark.mark
        )
        .join(Criterion, CriterionMark.criterion_id == Criterion.id)
        .where(Criterion.trade_id == trade.id)
    ):
        marks[cid][code][str(judge)] = mark
    scores: dict[int, dict[str, Decimal]] = defaultdict(dict)
    for cid, code, score in s.execute(
        select(ComponentScore.contestant_id, Component.code, ComponentScore.score)
        .join(Component, ComponentScore.component_id == Component.id)
        .where(Component.trade_id == trade.id)
    ):
        scores[cid][code] = score
    status: Status
    out = []
    for c in contestants:
        status = c.status
        out.append(
            Entry(
                key=str(c.id),
                number=c.number,
                name=c.name,
                unit=c.unit,
                team=c.team,
                group=c.group_name,
                status=status,
                marks={k: dict(v) for k, v in marks.get(c.id, {}).items()},
                scores=scores.get(c.id, {}),
                time=c.time_minutes,
                decided_order=c.decided_order,
            )
        )
    return out


def compute(s: Session, trade: Trade) -> TradeResult:
    return tabulate(load_rules(trade), trade_entries(s, trade))


def results_for(
    ctx: Context, event_id: int, trade_code: str, group: str | None = None
) -> TradeResults:
    event = get_event(ctx, event_id)
    with ctx.db.reading() as s:
        trade = find_trade(s, event_id, trade_code)
        return TradeResults(
            event,
            trade_info(s, trade),
            compute(s, trade),
            group,
            provisional=status_in_session(s, trade).provisional,
        )


def event_standings(
    ctx: Context, event_id: int, trade_code: str | None = None
) -> list[TeamStanding]:
    """Units ranked by the sum of their best N totals (N from the event; all when unset)."""
    event = get_event(ctx, event_id)
    rows: list[ResultRow] = []
    with ctx.db.reading() as s:
        q = select(Trade).where(Trade.event_id == event_id)
        if trade_code:
            q = q.where(Trade.code == trade_code)
            find_trade(s, event_id, trade_code)
        for trade in s.scalars(q):
            rows.extend(compute(s, trade).rows)
    return team_standings(rows, event.team_best_n)
