"""Results: the engine run on what is stored, per trade and group, and team standings."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session, selectinload

from competition_app.domain.blind_codes import mask_result
from competition_app.domain.entries import Entry, Status
from competition_app.domain.errors import UserError
from competition_app.domain.results import ResultRow, TeamStanding, TradeResult
from competition_app.domain.rules import TradeRules
from competition_app.domain.tabulation import tabulate
from competition_app.domain.teams import team_standings
from competition_app.services.collector import collector_paused
from competition_app.services.contest_day.blind_results import hidden_identities, identities_hidden
from competition_app.services.context import Context
from competition_app.services.scoring.verification import status_in_session
from competition_app.services.setup.events import EventInfo, get_event
from competition_app.services.setup.trades import TradeInfo, find_trade, load_rules, trade_info
from competition_app.storage.models import (
    Component,
    ComponentScore,
    Contestant,
    CriterionMark,
    Trade,
)
from competition_app.storage.plain_rows import plain_rows, plain_rows_each


@dataclass(frozen=True)
class TradeResults:
    event: EventInfo
    trade: TradeInfo
    result: TradeResult
    group: str | None = None
    # Verified entry (复核) is on and some mark is not yet verified: the results are provisional.
    provisional: bool = False
    # A blind trade not yet decrypted: rows carry work-piece codes, never names or units.
    identities_hidden: bool = False

    @property
    def rules(self) -> TradeRules:
        return self.trade.rules

    @property
    def rows(self) -> tuple[ResultRow, ...]:
        if self.group is None:
            return self.result.rows
        return tuple(r for r in self.result.rows if r.group == self.group)


class _Decimals(dict[str, Decimal]):
    """Mark text -> its Decimal, made on first sight (a contest has few distinct marks)."""

    def __missing__(self, text: str) -> Decimal:
        value = self[text] = Decimal(text)
        return value


class _JudgeKeys(dict[int, str]):
    """Judge id -> the judge's key in an entry's marks."""

    def __missing__(self, judge: int) -> str:
        key = self[judge] = str(judge)
        return key


class _Panels(dict[int, dict[str, dict[str, Decimal]]]):
    """Contestant id -> criterion code -> judge key -> mark, a contestant's dict made when first
    marked."""

    def __missing__(self, contestant: int) -> dict[str, dict[str, Decimal]]:
        panels: dict[str, dict[str, Decimal]] = {}
        self[contestant] = panels
        return panels


def trade_entries(s: Session, trade: Trade) -> list[Entry]:
    """Everything the engine needs for one trade, in three queries whatever the size."""
    contestants = plain_rows(
        s,
        select(
            Contestant.id,
            Contestant.number,
            Contestant.name,
            Contestant.unit,
            Contestant.team,
            Contestant.group_name,
            Contestant.status,
            Contestant.time_minutes,  # DecimalText: its text here
            Contestant.decided_order,
        )
        .where(Contestant.trade_id == trade.id)
        # in a fixed order on every backend: the groups come in the order of their first
        # entry, and PostgreSQL returns rows in no promised order (certificates and sheets
        # would change order between two prints)
        .order_by(Contestant.id),
    )
    # The marks are the bulk (900,000 in a city contest): read criterion by criterion as plain
    # tuples off the covering index, each distinct mark text turned into a Decimal once. A
    # criterion's rows come by contestant, so one panel's marks are consecutive rows.
    marks: dict[int, dict[str, dict[str, Decimal]]] = _Panels()
    exact: dict[str, Decimal] = _Decimals()
    judges: dict[int, str] = _JudgeKeys()
    codes = {c.id: c.code for c in trade.criteria}  # loaded with the trade's rules
    by_criterion = select(
        CriterionMark.contestant_id, CriterionMark.judge_id, CriterionMark.mark
    ).where(CriterionMark.criterion_id == bindparam("criterion"))
    # the covering index's own order (free on SQLite), so that which of two equal marks a
    # trimmed mean drops is the same on every backend and every read
    by_criterion = by_criterion.order_by(CriterionMark.contestant_id, CriterionMark.judge_id)
    for criterion_id, rows in plain_rows_each(s, by_criterion, "criterion", sorted(codes)):
        code = codes[criterion_id]
        panel: dict[str, Decimal] = {}
        last = None
        for cid, judge, text in rows:
            if cid != last:
                panel = marks[cid][code] = {}
                last = cid
            panel[judges[judge]] = exact[text]
    scores: dict[int, dict[str, Decimal]] = defaultdict(dict)
    for cid, code, score in s.execute(
        select(ComponentScore.contestant_id, Component.code, ComponentScore.score)
        .join(Component, ComponentScore.component_id == Component.id)
        .where(Component.trade_id == trade.id)
    ):
        scores[cid][code] = score
    status: Status
    out = []
    for cid, number, name, unit, team, group, status, minutes, decided in contestants:
        out.append(
            Entry(
                key=str(cid),
                number=number,
                name=name,
                unit=unit,
                team=team,
                group=group,
                status=status,
                marks=marks.get(cid, {}),
                scores=scores.get(cid, {}),
                time=None if minutes is None else Decimal(minutes),
                decided_order=decided,
            )
        )
    return out


def compute(s: Session, trade: Trade, rules: TradeRules | None = None) -> TradeResult:
    """The engine's result with names: for printing once identities may be shown, and for
    internal comparisons. What people see goes through `visible`."""
    return tabulate(rules or load_rules(trade), trade_entries(s, trade))


def visible(
    s: Session, trade: Trade, rules: TradeRules | None = None
) -> tuple[TradeResult, bool]:
    """The result as anyone may see it, and whether identities are hidden (blind, undecrypted)."""
    result = compute(s, trade, rules)
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
    """Every trade of the event ranked afresh, in one read (the results and printing pages).

    The cyclic collector is held off meanwhile: the entries of a city contest (900,000 marks
    in nested dicts) hold no cycles, and its full passes over them took a fifth of the time."""
    event = get_event(ctx, event_id)
    with collector_paused(), ctx.db.reading() as s:
        trades = s.scalars(
            select(Trade)
            .where(Trade.event_id == event_id)
            .order_by(Trade.position)
            # every trade's rules in two statements, not two per trade
            .options(selectinload(Trade.components), selectinload(Trade.criteria))
        )
        out = []
        for t in trades:
            rules = load_rules(t)
            result, hidden = visible(s, t, rules)
            info = trade_info(s, t, contestants=len(result.rows), rules=rules)
            out.append(TradeResults(event, info, result, identities_hidden=hidden))
        return out


def event_standings(
    ctx: Context, event_id: int, trade_code: str | None = None
) -> list[TeamStanding]:
    """Units ranked by the sum of their best N totals (N from the event; all when unset).

    A blind trade not yet decrypted is left out: a unit's total there (one contestant, say)
    would tie a unit to a work-piece code's result. `withheld_from_standings` names them.
    """
    event = get_event(ctx, event_id)
    rows: list[ResultRow] = []
    with collector_paused(), ctx.db.reading() as s:
        q = select(Trade).where(Trade.event_id == event_id)
        if trade_code:
            q = q.where(Trade.code == trade_code)
            find_trade(s, event_id, trade_code)
        for trade in s.scalars(q):
            if not identities_hidden(s, trade):
                rows.extend(compute(s, trade).rows)
            elif trade_code:
                raise UserError(f"工种“{trade.name}”为盲评，解密前不计算团体成绩")
    return team_standings(rows, event.team_best_n)


def withheld_from_standings(ctx: Context, event_id: int) -> list[str]:
    """Names of the blind trades not yet decrypted, which team standings leave out."""
    with ctx.db.reading() as s:
        trades = s.scalars(select(Trade).where(Trade.event_id == event_id).order_by(Trade.position))
        return [t.name for t in trades if identities_hidden(s, t)]
