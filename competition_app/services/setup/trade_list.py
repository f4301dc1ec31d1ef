"""Adding and removing an event's trades after the wizard (renaming is update_trade).

Removing a trade takes its contestants, marks and scores with it, so the caller first asks
`trade_contents` and passes back the number of marks the user agreed to lose: if anyone saved a
mark in between, the removal is refused rather than taking more than was agreed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from competition_app.domain.errors import UserError
from competition_app.domain.presets import PRESETS
from competition_app.domain.rules_io import rules_from_mapping
from competition_app.services.context import Context
from competition_app.services.integrity import audit
from competition_app.services.integrity.permissions import require
from competition_app.services.setup.trades import (
    TradeInfo,
    ensure_unlocked,
    store_rules,
    trade_info,
)
from competition_app.storage.models import (
    Component,
    ComponentScore,
    Contestant,
    Criterion,
    CriterionMark,
    Event,
    Trade,
)

CODE = re.compile(r"^[A-Za-z0-9_\-]+$")


@dataclass(frozen=True)
class TradeContents:
    """What removing a trade would take with it."""

    trade_id: int
    code: str
    name: str
    contestants: int
    marks: int  # criterion marks and directly entered scores

    @property
    def empty(self) -> bool:
        return not self.contestants and not self.marks


def add_trade(
    ctx: Context,
    event_id: int,
    code: str,
    name: str,
    preset: str,
    groups: tuple[str, ...] = (),
) -> TradeInfo:
    """A new trade with the rules of a preset, after the event's other trades (audited)."""
    require(ctx, "settings")
    code, name = code.strip(), name.strip()
    if not CODE.match(code):
        raise UserError("工种代码只能用字母、数字、下划线和连字符")
    if not name:
        raise UserError("工种名称不能为空")
    if preset not in PRESETS:
        raise UserError(f"没有规则预设“{preset}”")
    rules = rules_from_mapping({"preset": preset}, where=code)
    with ctx.db.unit_of_work() as s:
        if s.get(Event, event_id) is None:
            raise UserError(f"没有编号为 {event_id} 的赛事")
        if s.scalars(
            select(Trade.id).where(Trade.event_id == event_id, Trade.code == code)
        ).first():
            raise UserError(f"工种代码“{code}”已被使用")
        last = s.execute(
            select(func.max(Trade.position)).where(Trade.event_id == event_id)
        ).scalar_one()
        trade = Trade(
            event_id=event_id,
            code=code,
            name=name,
            preset=preset,
            position=(last or 0) + 1,
            settings={"groups": [g for g in groups if g]},
        )
        s.add(trade)
        store_rules(s, trade, rules)
        s.flush()
        audit.record(
            s,
            ctx,
            "trade.add",
            event_id=event_id,
            entity="trade",
            key=code,
            new={"name": name, "preset": preset, "groups": list(groups)},
        )
        return trade_info(s, trade)


def trade_contents(ctx: Context, trade_id: int) -> TradeContents:
    with ctx.db.reading() as s:
        return _contents(s, _trade(s, trade_id))


def _trade(s: Session, trade_id: int) -> Trade:
    trade = s.get(Trade, trade_id)
    if trade is None:
        raise UserError("工种不存在")
    return trade


def _contents(s: Session, trade: Trade) -> TradeContents:
    people = s.execute(
        select(func.count()).select_from(Contestant).where(Contestant.trade_id == trade.id)
    ).scalar_one()
    marks = s.execute(
        select(func.count())
        .select_from(CriterionMark)
        .join(Criterion, CriterionMark.criterion_id == Criterion.id)
        .where(Criterion.trade_id == trade.id)
    ).scalar_one()
    scores = s.execute(
        select(func.count())
        .select_from(ComponentScore)
        .join(Component, ComponentScore.component_id == Component.id)
        .where(Component.trade_id == trade.id)
    ).scalar_one()
    return TradeContents(trade.id, trade.code, trade.name, people, marks + scores)


def remove_trade(ctx: Context, trade_id: int, *, agreed_marks: int = 0) -> None:
    """Remove a trade with its contestants, marks and scores (audited with what it held).

    A locked trade is refused; so is one holding more marks than `agreed_marks`, the number
    the user was shown (trade_contents) and confirmed.
    """
    require(ctx, "settings")
    with ctx.db.unit_of_work() as s:
        trade = _trade(s, trade_id)
        ensure_unlocked(trade)
        held = _contents(s, trade)  # counted where it is deleted: nothing slips in between
        if held.marks > agreed_marks:
            raise UserError(
                f"工种“{trade.name}”已有 {held.marks} 个分数，删除前须确认（确认的是 {agreed_marks} 个）"
            )
        event_id = trade.event_id
        s.execute(delete(Contestant).where(Contestant.trade_id == trade_id))
        s.delete(trade)
        s.flush()
        audit.record(
            s,
            ctx,
            "trade.remove",
            event_id=event_id,
            entity="trade",
            key=held.code,
            old={"name": held.name, "contestants": held.contestants, "marks": held.marks},
        )
