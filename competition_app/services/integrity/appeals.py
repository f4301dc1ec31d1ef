"""Appeals (申诉): record within the window, decide, and apply a changed mark showing what moved."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from competition_app.domain.appeals import (
    DECISIONS,
    RankChange,
    appeal_deadline,
    check_window,
    rank_changes,
)
from competition_app.domain.errors import UserError
from competition_app.domain.marks import parse_mark
from competition_app.services.context import Context
from competition_app.services.integrity import audit
from competition_app.services.integrity.permissions import require
from competition_app.services.results.results import visible
from competition_app.services.scoring.scoring import double_entry, write_mark, write_score
from competition_app.services.scoring.verification import settle_pass
from competition_app.services.setup.trade_options import options_of
from competition_app.services.setup.trades import find_trade, load_rules
from competition_app.storage.models import (
    Appeal,
    Component,
    Contestant,
    Criterion,
    Trade,
)


@dataclass(frozen=True)
class AppealInfo:
    id: int
    trade_code: str
    number: str
    name: str
    received_at: datetime
    deadline: datetime | None
    reason: str
    status: str  # open, upheld, rejected
    decision_note: str
    decided_by: str
    decided_at: datetime | None
    recorded_by: str


@dataclass(frozen=True)
class AppealChange:
    """One mark to change because of an appeal: a criterion (with its judge) or a direct score."""

    number: str
    code: str  # criterion code, or the code of a directly entered component (theory)
    value: Decimal | str
    judge_id: int = 0


@dataclass(frozen=True)
class AppealOutcome:
    appeal: AppealInfo
    marks_changed: int
    changes: tuple[RankChange, ...]  # contestants whose rank, award or total moved


def _info(s: Session, a: Appeal) -> AppealInfo:
    trade = s.get(Trade, a.trade_id)
    assert trade is not None
    c = s.get(Contestant, a.contestant_id) if a.contestant_id else None
    opts = options_of(trade.settings)
    deadline = appeal_deadline(opts.ends_at, opts.appeal_hours) if opts.ends_at else None
    return AppealInfo(
        a.id,
        trade.code,
        a.number,
        c.name if c else "",
        a.received_at,
        deadline,
        a.reason,
        a.status,
        a.decision_note,
        a.decided_by,
        a.decided_at,
        a.recorded_by,
    )


def record_appeal(
    ctx: Context,
    event_id: int,
    trade_code: str,
    number: str,
    reason: str,
    *,
    received_at: datetime | None = None,
) -> AppealInfo:
    """Record a written appeal. Refused when it came in after the window (the trade's end time
    plus its appeal hours, 2 by default); the trade's end time must be set first."""
    require(ctx, "appeals")
    if not reason.strip():
        raise UserError("申诉须写明事由")
    received = (received_at or datetime.now()).replace(microsecond=0)
    with ctx.db.unit_of_work() as s:
        trade = find_trade(s, event_id, trade_code)
        opts = options_of(trade.settings)
        if opts.ends_at is None:
            raise UserError(f"工种“{trade.name}”未设置结束时间，无法判断申诉时限；请先设置结束时间")
        check_window(received, opts.ends_at, opts.appeal_hours)
        c = s.scalars(
            select(Contestant).where(
                Contestant.trade_id == trade.id, Contestant.number == number.strip()
            )
        ).first()
        if c is None:
            raise UserError(f"工种“{trade.name}”没有参赛证号“{number}”的选手")
        a = Appeal(
            event_id=event_id,
            trade_id=trade.id,
            contestant_id=c.id,
            number=c.number,
            received_at=received,
            reason=reason.strip(),
            status="open",
            recorded_by=ctx.actor,
        )
        s.add(a)
        s.flush()
        audit.record(
            s,
            ctx,
            "appeal.record",
            event_id=event_id,
            entity="appeal",
            key=str(a.id),
            new={
                "trade": trade.code,
                "number": c.number,
                "received_at": received.isoformat(sep=" "),
                "reason": a.reason,
            },
        )
        return _info(s, a)


def list_appeals(ctx: Context, event_id: int, trade_code: str | None = None) -> list[AppealInfo]:
    with ctx.db.reading() as s:
        q = select(Appeal).where(Appeal.event_id == event_id).order_by(Appeal.id)
        if trade_code:
            q = q.where(Appeal.trade_id == find_trade(s, event_id, trade_code).id)
        return [_info(s, a) for a in s.scalars(q)]


def find_appeal(ctx: Context, event_id: int, appeal_id: int) -> AppealInfo:
    """The appeal a user named by its number, if it belongs to the event."""
    with ctx.db.reading() as s:
        a = s.get(Appeal, appeal_id)
        if a is None or a.event_id != event_id:
            raise UserError(f"赛事 {event_id} 没有编号为 {appeal_id} 的申诉")
        return _info(s, a)


def _appeal(s: Session, appeal_id: int) -> Appeal:
    a = s.get(Appeal, appeal_id)
    if a is None:
        raise UserError(f"没有编号为 {appeal_id} 的申诉")
    return a


def decide_appeal(ctx: Context, appeal_id: int, decision: str, note: str) -> AppealInfo:
    """The chief judge's (arbitration's) ruling: upheld or rejected, with the grounds."""
    require(ctx, "decide_appeals")
    if decision not in DECISIONS:
        raise UserError(f"裁定应为 {' 或 '.join(DECISIONS)}")
    if not note.strip():
        raise UserError("裁定须写明理由")
    with ctx.db.unit_of_work() as s:
        a = _appeal(s, appeal_id)
        if a.status != "open":
            raise UserError(f"申诉 {a.id} 已裁定（{a.status}），裁定为最终结果")
        a.status, a.decision_note = decision, note.strip()
        a.decided_by, a.decided_at = ctx.actor, datetime.now().replace(microsecond=0)
        audit.record(
            s,
            ctx,
            "appeal.decide",
            event_id=a.event_id,
            entity="appeal",
            key=str(a.id),
            old="open",
            new=decision,
            reason=a.decision_note,
        )
        return _info(s, a)


def apply_appeal_change(
    ctx: Context, appeal_id: int, changes: Sequence[AppealChange]
) -> AppealOutcome:
    """Change marks because an appeal was upheld, and say whose rank or award moved.

    The trade stays locked: the marks are changed in one unit of work, each audited with the
    appeal as its reason, and the results before and after are computed in the same transaction.
    """
    require(ctx, "decide_appeals")
    if not changes:
        raise UserError("没有要修改的分数")
    with ctx.db.unit_of_work() as s:
        a = _appeal(s, appeal_id)
        if a.status != "upheld":
            raise UserError(f"申诉 {a.id} 未裁定成立，不能据此修改分数")
        trade = s.get(Trade, a.trade_id)
        assert trade is not None
        rules = load_rules(trade)
        reason = f"申诉 {a.id}：{a.decision_note}"
        before, _hidden = visible(s, trade)  # a blind trade not yet decrypted: by code
        changed = 0
        for ch in changes:
            c = s.scalars(
                select(Contestant).where(
                    Contestant.trade_id == trade.id, Contestant.number == ch.number.strip()
                )
            ).first()
            if c is None:
                raise UserError(f"工种“{trade.name}”没有参赛证号“{ch.number}”的选手")
            text = format(ch.value, "f") if isinstance(ch.value, Decimal) else ch.value
            crit = s.scalars(
                select(Criterion).where(Criterion.trade_id == trade.id, Criterion.code == ch.code)
            ).first()
            decimals = rules.mark_decimals
            if crit is not None:
                spec = rules.criterion(ch.code)
                mark = parse_mark(text, rules.mark_limit(spec), decimals=rules.mark_places(spec))
                old = write_mark(
                    s,
                    ctx,
                    c,
                    trade,
                    crit,
                    mark,
                    judge_id=ch.judge_id,
                    action="mark.appeal",
                    reason=reason,
                )
                if double_entry(trade):
                    settle_pass(s, ctx, c, crit, ch.judge_id, mark)
                changed += old != mark
                continue
            comp = s.scalars(
                select(Component).where(Component.trade_id == trade.id, Component.code == ch.code)
            ).first()
            if comp is None or not rules.is_direct(ch.code):
                raise UserError(f"工种“{trade.name}”没有评分项或可直接录入的成绩“{ch.code}”")
            score = parse_mark(text, comp.max_score, decimals=decimals)
            # the one save path of a stored value (mark_store): versioned, sealed, audited
            old_score = write_score(
                s, ctx, c, trade, comp.code, comp.id, score, action="score.appeal", reason=reason
            )
            changed += old_score != score
        s.flush()
        after, _hidden = visible(s, trade)
        moved = rank_changes(before.rows, after.rows)
        audit.record(
            s,
            ctx,
            "appeal.apply",
            event_id=a.event_id,
            entity="appeal",
            key=str(a.id),
            new={
                "marks_changed": changed,
                "moved": [
                    [m.number, m.old_rank, m.new_rank, m.old_award, m.new_award] for m in moved
                ],
            },
            reason=reason,
        )
        return AppealOutcome(_info(s, a), changed, moved)
