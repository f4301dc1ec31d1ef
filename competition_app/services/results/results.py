"""Results: the engine run on what is stored, per trade and group, and team standings."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from competition_app.domain.blind_codes import mask_result
from competition_app.domain.entries import Entry
from competition_app.domain.errors import UserError
from competition_app.domain.results import ResultRow, TeamStanding, TradeResult
from competition_app.domain.rules import TradeRules
from competition_app.domain.tabulation import tabulate
from competition_app.domain.teams import team_standings
from competition_app.services.collector import collector_paused
from competition_app.services.contest_day.blind_results import hidden_identities, identities_hidden
from competition_app.services.context import Context
from competition_app.services.results.trade_results import TradeResults as TradeResults
from competition_app.services.results.two_cores import Rank, ranking_read
from competition_app.services.scoring.verification import status_in_session
from competition_app.services.setup.events import get_event
from competition_app.services.setup.trade_switches import is_blind, ranked_by_group
from competition_app.services.setup.trades import find_trade, load_rules, trade_info
from competition_app.storage.models import (
    Trade,
)
from competition_app.storage.plain_rows import driver_rows
from competition_app.storage.trade_reads import read_entries


def trade_entries(s: Session, trade: Trade) -> list[Entry]:
    """Everything the engine needs for one trade (see `trade_reads.read_entries`)."""
    codes = {c.id: c.code for c in trade.criteria}  # loaded with the trade's rules
    return read_entries(
        driver_rows(s), trade.id, codes, blind=is_blind(trade), grouped=ranked_by_group(trade)
    )


def compute(s: Session, trade: Trade, rules: TradeRules | None = None) -> TradeResult:
    """The engine's result with names: for printing once identities may be shown, and for
    internal comparisons. What people see goes through `visible`."""
    return tabulate(rules or load_rules(trade), trade_entries(s, trade))


def visible(
    s: Session, trade: Trade, rules: TradeRules | None = None, rank: Rank | None = None
) -> tuple[TradeResult, bool]:
    """The result as anyone may see it, and whether identities are hidden (blind, undecrypted).
    `rank` works the result out (`compute`, or a `two_cores.Ranker` of the read)."""
    result = (rank or compute)(s, trade, rules)
    codes = hidden_identities(s, trade)
    if codes is None:
        return result, False
    return mask_result(result, codes), True


def results_for(
    ctx: Context, event_id: int, trade_code: str, group: str | None = None
) -> TradeResults:
    event = get_event(ctx, event_id)
    with collector_paused(), ctx.db.reading() as s:
        trade = find_trade(s, event_id, trade_code)
        rules = load_rules(trade)
        result, hidden = visible(s, trade, rules)
        return TradeResults(
            event,
            trade_info(s, trade, contestants=len(result.rows), rules=rules),
            result,
            group,
            provisional=status_in_session(s, trade).provisional,
            identities_hidden=hidden,
        )


def all_results(ctx: Context, event_id: int) -> list[TradeResults]:
    """Every trade of the event ranked afresh, in one read, on two cores when it pays
    (`two_cores`).

    The cyclic collector is held off meanwhile: the entries of a city contest (900,000 marks
    in nested dicts) hold no cycles, and its full passes over them took a fifth of the time."""
    event = get_event(ctx, event_id)
    with collector_paused(), ranking_read(ctx, event_id) as (s, rank):
        trades = s.scalars(
            select(Trade)
            .where(Trade.event_id == event_id)
            .order_by(Trade.position)
            # every trade's rules in two statements, not two per trade
            .options(selectinload(Trade.components), selectinload(Trade.criteria))
        )
        out: dict[int, TradeResults] = {}
        ordered = list(trades)
        for t in rank.own_first(ordered):
            rules = load_rules(t)
            result, hidden = visible(s, t, rules, rank)
            info = trade_info(s, t, contestants=len(result.rows), rules=rules)
            out[t.id] = TradeResults(event, info, result, identities_hidden=hidden)
        return [out[t.id] for t in ordered]


def event_standings(
    ctx: Context, event_id: int, trade_code: str | None = None
) -> list[TeamStanding]:
    """Units ranked by the sum of their best N totals (N from the event; all when unset).

    A blind trade not yet decrypted is left out: a unit's total there (one contestant, say)
    would tie a unit to a work-piece code's result. `withheld_from_standings` names them.
    """
    event = get_event(ctx, event_id)
    rows: list[ResultRow] = []
    with collector_paused(), ranking_read(ctx, event_id, trade_code) as (s, rank):
        q = select(Trade).where(Trade.event_id == event_id)
        if trade_code:
            q = q.where(Trade.code == trade_code)
            find_trade(s, event_id, trade_code)
        trades = list(s.scalars(q))
        shown = [t for t in trades if not identities_hidden(s, t)]
        if trade_code and not shown:
            raise UserError(f"工种“{trades[0].name}”为盲评，解密前不计算团体成绩")
        ranked = {t.id: rank(s, t).rows for t in rank.own_first(shown)}
        for t in shown:
            rows.extend(ranked[t.id])
    return team_standings(rows, event.team_best_n)


def withheld_from_standings(ctx: Context, event_id: int) -> list[str]:
    """Names of the blind trades not yet decrypted, which team standings leave out."""
    with ctx.db.reading() as s:
        trades = s.scalars(select(Trade).where(Trade.event_id == event_id).order_by(Trade.position))
        return [t.name for t in trades if identities_hidden(s, t)]
