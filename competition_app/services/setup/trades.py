"""A trade's rules as stored (component and criterion rows plus settings) and as the engine wants them."""

from __future__ import annotations

from typing import Any, Protocol

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session, selectinload

from competition_app.domain.errors import LockedError, UserError, ValidationError
from competition_app.domain.rules import TradeRules
from competition_app.domain.rules_io import rules_from_mapping, rules_to_mapping
from competition_app.services.context import Context
from competition_app.services.integrity import audit
from competition_app.services.integrity.permissions import require
from competition_app.services.setup.summaries import TradeInfo as TradeInfo
from competition_app.services.setup.summaries import trade_summary
from competition_app.storage.models import (
    Component,
    ComponentScore,
    Contestant,
    Criterion,
    CriterionMark,
    Trade,
)
from competition_app.storage.prepared import Prepared
from competition_app.storage.trade_reads import rules_of


def load_rules(trade: Trade) -> TradeRules:
    return rules_of(
        trade.code,
        trade.settings,
        [(c.code, c.name, str(c.weight), str(c.max_score)) for c in trade.components],
        [(c.code, c.name, c.component_code, str(c.max_mark), c.kind) for c in trade.criteria],
    )


def store_rules(session: Session, trade: Trade, rules: TradeRules) -> None:
    """Write rules onto a trade, keeping the ids of components and criteria that stay."""
    mapping = rules_to_mapping(rules)
    mapping.pop("components", None)
    mapping.pop("criteria", None)
    trade.settings = {**trade.settings, "rules": mapping}

    comps = {c.code: c for c in trade.components}
    keep = {c.code for c in rules.components}
    for code, row in comps.items():
        if code not in keep:
            _refuse_if_scored(
                session, ComponentScore.component_id == row.id, f"组成部分“{row.name}”"
            )
            trade.components.remove(row)
    for pos, spec in enumerate(rules.components):
        row = comps.get(spec.code) or Component(code=spec.code)
        row.name, row.weight, row.max_score, row.position = (
            spec.name,
            spec.weight,
            spec.max_score,
            pos,
        )
        if spec.code not in comps:
            trade.components.append(row)

    crits = {c.code: c for c in trade.criteria}
    keep = {c.code for c in rules.criteria}
    for code, crow in crits.items():
        if code not in keep:
            _refuse_if_scored(
                session, CriterionMark.criterion_id == crow.id, f"评分项“{crow.name}”"
            )
            trade.criteria.remove(crow)
    for pos, cspec in enumerate(rules.criteria):
        crow = crits.get(cspec.code) or Criterion(code=cspec.code)
        crow.name, crow.component_code, crow.max_mark = cspec.name, cspec.component, cspec.max_mark
        crow.kind, crow.position = cspec.kind, pos
        if cspec.code not in crits:
            trade.criteria.append(crow)


def _refuse_if_scored(session: Session, where: Any, what: str) -> None:
    if session.execute(select(func.count()).where(where)).scalar_one():
        raise UserError(f"{what}已有成绩，不能删除")


def trade_info(
    session: Session,
    trade: Trade,
    contestants: int | None = None,
    rules: TradeRules | None = None,
) -> TradeInfo:
    """The trade as the pages show it; `contestants` and `rules` when the caller has them."""
    count = (
        session.execute(
            select(func.count()).select_from(Contestant).where(Contestant.trade_id == trade.id)
        ).scalar_one()
        if contestants is None
        else contestants
    )
    row = (
        trade.id,
        trade.event_id,
        trade.code,
        trade.name,
        trade.preset,
        trade.locked,
        trade.locked_by,
    )
    rules = rules if rules is not None else load_rules(trade)
    return trade_summary(row, trade.settings, rules, count)


def find_trade(session: Session, event_id: int, code: str) -> Trade:
    trade = session.scalars(
        select(Trade).where(Trade.event_id == event_id, Trade.code == code)
    ).first()
    if trade is None:
        raise UserError(f"赛事 {event_id} 没有工种“{code}”")
    return trade


def list_trades(ctx: Context, event_id: int) -> list[TradeInfo]:
    """Every trade of the event, in two queries whatever their number, and three more (the
    components and criteria) when a trade's rules are not parsed yet in this version."""
    from competition_app.services.setup.trade_facts import cached_facts, trade_facts

    with ctx.db.reading() as s:
        trades = s.scalars(
            select(Trade).where(Trade.event_id == event_id).order_by(Trade.position)
        ).all()
        parsed = {t.id: cached_facts(ctx, t) for t in trades}
        unparsed = [tid for tid, facts in parsed.items() if facts is None]
        if unparsed:  # their rules are parsed from their components and criteria: one load
            s.scalars(
                select(Trade)
                .where(Trade.id.in_(unparsed))
                .options(selectinload(Trade.components), selectinload(Trade.criteria))
                .execution_options(populate_existing=True)
            ).all()
        counts = dict(
            s.execute(
                select(Contestant.trade_id, func.count())
                .where(Contestant.event_id == event_id)
                .group_by(Contestant.trade_id)
            )
            .tuples()
            .all()
        )
        # the rules parsed once per version of the trade: every page asks for the trades
        return [
            trade_info(s, t, counts.get(t.id, 0), (parsed[t.id] or trade_facts(ctx, t)).rules)
            for t in trades
        ]


def trade_presets(ctx: Context, event_id: int) -> list[str]:
    """The rule presets the event's trades were set up from, each once, in order (the event
    page says them; no trade's rules are parsed for it)."""
    with ctx.db.reading() as s:
        found = _PRESETS.rows(s, event_id=event_id)
    return sorted(p for (p,) in found if p)


# of the table, not the mapped class: the event page asks it as the window starts, before
# anything else of the ORM (a mapped class's statement configures every mapper first)
_PRESETS = Prepared(
    lambda: (
        select(Trade.__table__.c.preset)
        .where(Trade.__table__.c.event_id == bindparam("event_id"))
        .distinct()
    )
)


def trade_names(ctx: Context, event_id: int) -> list[str]:
    """The names of the event's trades in their order (a page's filter needs no more)."""
    with ctx.db.reading() as s:
        return list(
            s.scalars(select(Trade.name).where(Trade.event_id == event_id).order_by(Trade.position))
        )


def get_trade(ctx: Context, event_id: int, code: str) -> TradeInfo:
    with ctx.db.reading() as s:
        return trade_info(s, find_trade(s, event_id, code))


def marks_entered(s: Session, trade_id: int) -> int:
    """How many criterion marks the trade has: once there is one, what they were typed under
    (work-piece codes, single entry) may no longer change."""
    return s.execute(
        select(func.count())
        .select_from(CriterionMark)
        .join(Criterion, Criterion.id == CriterionMark.criterion_id)
        .where(Criterion.trade_id == trade_id)
    ).scalar_one()


class TradeLike(Protocol):
    """What a save needs of a trade: a mapped `Trade`, or the `TradeRow` a save reads itself."""

    @property
    def id(self) -> int: ...
    @property
    def event_id(self) -> int: ...
    @property
    def code(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def settings(self) -> dict[str, Any]: ...
    @property
    def locked(self) -> bool: ...
    @property
    def version(self) -> int: ...


def ensure_unlocked(trade: TradeLike) -> None:
    if trade.locked:
        raise LockedError(f"工种“{trade.name}”的成绩已由裁判长锁定，不能修改")


def update_trade(
    ctx: Context,
    trade_id: int,
    *,
    name: str | None = None,
    rules_mapping: dict[str, Any] | None = None,
    groups: list[str] | None = None,
) -> TradeInfo:
    """Change a trade's name, groups or rules in one step; invalid rules are refused whole."""
    require(ctx, "settings")
    with ctx.db.unit_of_work() as s:
        trade = s.get(Trade, trade_id)
        if trade is None:
            raise UserError("工种不存在")
        ensure_unlocked(trade)
        old = {"name": trade.name, **rules_to_mapping(load_rules(trade))}
        if name is not None:
            if not name.strip():
                raise ValidationError([])
            trade.name = name.strip()
        if groups is not None:
            trade.settings = {**trade.settings, "groups": groups}
        if rules_mapping is not None:
            store_rules(s, trade, rules_from_mapping(rules_mapping, where=trade.code))
        trade.version += 1
        s.flush()
        new = {"name": trade.name, **rules_to_mapping(load_rules(trade))}
        audit.record(
            s,
            ctx,
            "trade.rules",
            event_id=trade.event_id,
            entity="trade",
            key=trade.code,
            old=old,
            new=new,
        )
        return trade_info(s, trade)
