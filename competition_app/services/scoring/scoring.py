"""Entering marks: one mark, score or time at a time from the grid, or a whole score file."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from competition_app.domain.errors import ConflictError, UserError
from competition_app.domain.marks import check_mark
from competition_app.services.context import Context
from competition_app.services.integrity import audit
from competition_app.services.integrity.permissions import require
from competition_app.services.scoring.recusal import check_recusal, is_blind
from competition_app.services.setup.trades import ensure_unlocked, load_rules
from competition_app.storage.models import (
    BlindCode,
    Component,
    ComponentScore,
    Contestant,
    Criterion,
    CriterionMark,
    Trade,
)


@dataclass(frozen=True)
class Saved:
    """What the grid shows after a save: the stored value and its version for the next edit."""

    value: Decimal | None
    version: int


def _contestant_and_trade(s: Session, contestant_id: int) -> tuple[Contestant, Trade]:
    c = s.get(Contestant, contestant_id)
    if c is None:
        raise UserError("该选手不存在")
    t = s.get(Trade, c.trade_id)
    assert t is not None
    return c, t


def record_mark(
    ctx: Context,
    contestant_id: int,
    criterion_code: str,
    value: Decimal | None,
    *,
    judge_id: int = 0,
    expected_version: int | None = None,
) -> Saved:
    """Store (or clear, with None) one criterion mark, checked against the criterion's range.

    `expected_version` is the version the station last saw (0: it saw no mark); if someone else
    saved in between, the save is refused showing their value, never silently overwritten.
    A judge who must stand aside for the contestant (recusal.py) is refused with the reason; a
    trade with verified entry takes marks only through verification.enter_pass.
    """
    require(ctx, "marks")
    with ctx.db.unit_of_work() as s:
        c, trade = _contestant_and_trade(s, contestant_id)
        ensure_unlocked(trade)
        if double_entry(trade):
            raise UserError(f"工种“{trade.name}”启用了复核，分数须由两人各录一遍")
        rules = load_rules(trade)
        crit_row = s.scalars(
            select(Criterion).where(
                Criterion.trade_id == trade.id, Criterion.code == criterion_code
            )
        ).first()
        if crit_row is None:
            raise UserError(f"工种“{trade.name}”没有评分项“{criterion_code}”")
        crit = rules.criterion(criterion_code)
        mark = _checked(value, rules.mark_limit(crit), rules.mark_decimals)
        if mark is not None:
            check_recusal(s, trade, c, judge_id, crit_row.id)
        existing = s.scalars(
            select(CriterionMark).where(
                CriterionMark.contestant_id == c.id,
                CriterionMark.criterion_id == crit_row.id,
                CriterionMark.judge_id == judge_id,
            )
        ).first()
        _check_version(
            existing.version if existing else 0,
            existing.mark if existing else None,
            expected_version,
        )
        old = existing.mark if existing else None
        where = mark_key(s, c, trade, criterion_code, judge_id)
        if mark is None:
            if existing is not None:
                s.delete(existing)
            saved = Saved(None, 0)  # no row now: the next save expects version 0
        elif existing is None:
            s.add(
                CriterionMark(
                    contestant_id=c.id,
                    criterion_id=crit_row.id,
                    judge_id=judge_id,
                    mark=mark,
                    entered_by=ctx.actor,
                )
            )
            saved = Saved(mark, 1)
        elif existing.mark == mark:
            # Nothing changes, so nothing is written: every write is audited (changes.py relies
            # on it) and other stations' versions stay valid.
            saved = Saved(mark, existing.version)
        else:
            existing.mark, existing.entered_by = mark, ctx.actor
            existing.version += 1
            saved = Saved(mark, existing.version)
        if old != mark:
            audit.record(
                s,
                ctx,
                "mark",
                event_id=c.event_id,
                entity="criterion_mark",
                key=where,
                old=old,
                new=mark,
            )
        return saved


def _checked(value: Decimal | None, limit: Decimal, decimals: int) -> Decimal | None:
    """The value to store (None clears it), checked against the range and places however it
    was typed: the grid or the command line parsed the text, once, at their edge."""
    return None if value is None else check_mark(value, limit, decimals=decimals)


def _check_version(current: int, current_value: Decimal | None, expected: int | None) -> None:
    if expected is not None and expected != current:
        shown = "（已清空）" if current_value is None else str(current_value)
        raise ConflictError(f"另一台记分电脑刚刚保存了这个分数：{shown}。请核对后再修改。")


def record_score(
    ctx: Context,
    contestant_id: int,
    component_code: str,
    value: Decimal | None,
    *,
    expected_version: int | None = None,
) -> Saved:
    """Store or clear a directly entered component score (e.g. the theory exam result)."""
    require(ctx, "marks")
    with ctx.db.unit_of_work() as s:
        c, trade = _contestant_and_trade(s, contestant_id)
        ensure_unlocked(trade)
        rules = load_rules(trade)
        comp_row = s.scalars(
            select(Component).where(
                Component.trade_id == trade.id, Component.code == component_code
            )
        ).first()
        if comp_row is None or not rules.is_direct(component_code):
            raise UserError(f"“{component_code}”不能直接录入分数")
        score = _checked(value, comp_row.max_score, rules.mark_decimals)
        existing = s.scalars(
            select(ComponentScore).where(
                ComponentScore.contestant_id == c.id, ComponentScore.component_id == comp_row.id
            )
        ).first()
        _check_version(
            existing.version if existing else 0,
            existing.score if existing else None,
            expected_version,
        )
        old = existing.score if existing else None
        if score is None:
            if existing is not None:
                s.delete(existing)
            saved = Saved(None, 0)  # no row now: the next save expects version 0
        elif existing is None:
            s.add(
                ComponentScore(
                    contestant_id=c.id, component_id=comp_row.id, score=score, entered_by=ctx.actor
                )
            )
            saved = Saved(score, 1)
        elif existing.score == score:
            saved = Saved(score, existing.version)  # unchanged: nothing written, as for marks
        else:
            existing.score, existing.entered_by = score, ctx.actor
            existing.version += 1
            saved = Saved(score, existing.version)
        if old != score:
            audit.record(
                s,
                ctx,
                "score",
                event_id=c.event_id,
                entity="component_score",
                key=f"{audit_subject(s, c, trade)}/{component_code}",
                old=old,
                new=score,
            )
        return saved


def record_time(ctx: Context, contestant_id: int, minutes: Decimal | None) -> None:
    require(ctx, "marks")
    with ctx.db.unit_of_work() as s:
        c, trade = _contestant_and_trade(s, contestant_id)
        ensure_unlocked(trade)
        if minutes is not None and minutes < 0:
            raise UserError("用时不能为负数")
        old = c.time_minutes
        if old != minutes:  # unchanged: nothing written, as for marks
            c.time_minutes = minutes
            c.version += 1
            audit.record(
                s,
                ctx,
                "time",
                event_id=c.event_id,
                entity="contestant",
                key=audit_subject(s, c, trade),
                old=old,
                new=minutes,
            )


def clear_marks(ctx: Context, trade_id: int) -> None:
    """Remove every mark of a trade (used when a trade is rebuilt before the contest)."""
    require(ctx, "settings")
    with ctx.db.unit_of_work() as s:
        trade = s.get(Trade, trade_id)
        if trade is None:
            return
        ensure_unlocked(trade)
        ids = select(Criterion.id).where(Criterion.trade_id == trade_id)
        s.execute(delete(CriterionMark).where(CriterionMark.criterion_id.in_(ids)))
        audit.record(s, ctx, "marks.clear", event_id=trade.event_id, entity="trade", key=trade.code)


# -- shared with verification.py and appeals.py ----------------------------------------------


def double_entry(trade: Trade) -> bool:
    """Whether the trade's marks are entered twice and verified (复核)."""
    return bool(trade.settings.get("double_entry", False))


def audit_subject(s: Session, c: Contestant, trade: Trade) -> str:
    """How the audit trail and the mismatch list name a contestant: by entry number, or by
    work-piece code when marking is blind, so nothing there links codes to people before
    decryption (theory scores and times included)."""
    if not is_blind(trade):
        return c.number
    code = s.scalars(
        select(BlindCode.workpiece_code).where(
            BlindCode.contestant_id == c.id, BlindCode.trade_id == trade.id
        )
    ).first()
    return code or f"#{c.id}"


def mark_key(s: Session, c: Contestant, trade: Trade, criterion_code: str, judge_id: int) -> str:
    return f"{audit_subject(s, c, trade)}/{criterion_code}/{judge_id or '-'}"


def write_mark(
    s: Session,
    ctx: Context,
    c: Contestant,
    trade: Trade,
    criterion: Criterion,
    mark: Decimal | None,
    *,
    judge_id: int = 0,
    action: str = "mark",
    reason: str = "",
) -> Decimal | None:
    """Store (or clear) a mark already checked, with its audit entry; returns the old mark.

    For the checked paths that are not record_mark: a verified or resolved pass, an appeal.
    """
    existing = s.scalars(
        select(CriterionMark).where(
            CriterionMark.contestant_id == c.id,
            CriterionMark.criterion_id == criterion.id,
            CriterionMark.judge_id == judge_id,
        )
    ).first()
    old = existing.mark if existing else None
    if old == mark:
        return old
    if mark is None:
        assert existing is not None
        s.delete(existing)
    elif existing is None:
        s.add(
            CriterionMark(
                contestant_id=c.id,
                criterion_id=criterion.id,
                judge_id=judge_id,
                mark=mark,
                entered_by=ctx.actor,
            )
        )
    else:
        existing.mark, existing.entered_by = mark, ctx.actor
        existing.version += 1
    s.flush()
    audit.record(
        s,
        ctx,
        action,
        event_id=c.event_id,
        entity="criterion_mark",
        key=mark_key(s, c, trade, criterion.code, judge_id),
        old=old,
        new=mark,
        reason=reason,
    )
    return old
