"""Entering marks: one mark, score or time at a time from the grid, or a whole score file."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import bindparam, delete, select
from sqlalchemy.orm import Session

from competition_app.domain.errors import UserError
from competition_app.domain.marks import check_mark
from competition_app.domain.panel_marks import mixed_reason
from competition_app.services.context import Context
from competition_app.services.integrity import audit
from competition_app.services.integrity.permissions import require
from competition_app.services.scoring.mark_store import Saved as Saved
from competition_app.services.scoring.mark_store import mark_slot, save_value, score_slot
from competition_app.services.scoring.recusal import check_recusal, is_blind
from competition_app.services.scoring.save_subject import (
    ContestantLike,
    ContestantRow,
    TradeRow,
    read_subject,
)
from competition_app.services.setup.trade_facts import TradeFacts, trade_facts
from competition_app.services.setup.trade_switches import double_entry as double_entry
from competition_app.services.setup.trades import TradeLike, ensure_unlocked
from competition_app.storage.models import (
    BlindCode,
    Contestant,
    Criterion,
    CriterionMark,
    Judge,
    Trade,
)
from competition_app.storage.prepared import Prepared


def _contestant_and_trade(
    s: Session, ctx: Context, contestant_id: int
) -> tuple[Contestant, Trade, TradeFacts]:
    """The contestant and their trade in one statement, with the trade's parsed rules."""
    row = s.execute(
        select(Contestant, Trade)
        .join(Trade, Trade.id == Contestant.trade_id)
        .where(Contestant.id == contestant_id)
    ).first()
    if row is None:
        raise UserError("该选手不存在")
    c, t = row
    return c, t, trade_facts(ctx, t)


def _subject(
    s: Session, ctx: Context, contestant_id: int
) -> tuple[ContestantRow, TradeRow, TradeFacts]:
    """The contestant and their trade as plain rows (save_subject.py), with the trade's rules."""
    found = read_subject(s, contestant_id)
    if found is None:
        raise UserError("该选手不存在")
    c, t = found
    return c, t, trade_facts(ctx, t, s)


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
    with ctx.db.unit_of_work() as s:
        require(ctx, "marks", s)  # in the save's own transaction: one statement, not three
        c, trade, facts = _subject(s, ctx, contestant_id)
        ensure_unlocked(trade)
        if double_entry(trade):
            raise UserError(f"工种“{trade.name}”启用了复核，分数须由两人各录一遍")
        criterion_id = facts.criteria.get(criterion_code)
        if criterion_id is None:
            raise UserError(f"工种“{trade.name}”没有评分项“{criterion_code}”")
        rules = facts.rules
        crit = rules.criterion(criterion_code)
        mark = _checked(value, rules.mark_limit(crit), rules.mark_places(crit))
        if mark is not None:
            check_recusal(s, trade, c, judge_id, criterion_id)
            _refuse_mixed(s, c, trade, criterion_code, criterion_id, judge_id)
        saved, _old = save_value(
            s,
            ctx,
            mark_slot(c.id, criterion_id, judge_id),
            mark,
            expected_version=expected_version,
            action="mark",
            event_id=c.event_id,
            key=mark_key(s, c, trade, criterion_code, judge_id),
        )
        return saved


def _marks_of(named: bool) -> Prepared:
    judged = CriterionMark.judge_id != 0 if named else CriterionMark.judge_id == 0
    return Prepared(
        lambda: (
            select(Judge.code)
            .select_from(CriterionMark)
            .outerjoin(Judge, Judge.id == CriterionMark.judge_id)
            .where(
                CriterionMark.contestant_id == bindparam("cid"),
                CriterionMark.criterion_id == bindparam("crit"),
                judged,
            )
            .order_by(Judge.code)
        )
    )


# the judges' marks of a contestant's criterion, and the one mark given without a judge
_NAMED, _UNNAMED = _marks_of(True), _marks_of(False)


def _refuse_mixed(
    s: Session, c: ContestantLike, trade: TradeLike, code: str, criterion_id: int, judge_id: int
) -> None:
    """A mark without a judge beside judges' marks, or the other way round, is refused
    (domain.panel_marks)."""
    unnamed = not judge_id
    others = (_NAMED if unnamed else _UNNAMED).rows(s, cid=c.id, crit=criterion_id)
    if others:
        number = audit_subject(s, c, trade)
        judges = [str(row[0] or "?") for row in others]
        raise UserError(mixed_reason(number, code, unnamed=unnamed, judges=judges))


def _checked(value: Decimal | None, limit: Decimal, decimals: int) -> Decimal | None:
    """The value to store (None clears it), checked against the range and places however it
    was typed: the grid or the command line parsed the text, once, at their edge."""
    return None if value is None else check_mark(value, limit, decimals=decimals)


def record_score(
    ctx: Context,
    contestant_id: int,
    component_code: str,
    value: Decimal | None,
    *,
    expected_version: int | None = None,
) -> Saved:
    """Store or clear a directly entered component score (e.g. the theory exam result)."""
    with ctx.db.unit_of_work() as s:
        require(ctx, "marks", s)  # in the save's own transaction: one statement, not three
        c, trade, facts = _subject(s, ctx, contestant_id)
        ensure_unlocked(trade)
        component = facts.components.get(component_code)
        if component is None or not facts.rules.is_direct(component_code):
            raise UserError(f"“{component_code}”不能直接录入分数")
        component_id, max_score = component
        score = _checked(value, max_score, facts.rules.mark_decimals)
        saved, _old = save_value(
            s,
            ctx,
            score_slot(c.id, component_id),
            score,
            expected_version=expected_version,
            action="score",
            event_id=c.event_id,
            key=score_key(s, c, trade, component_code),
        )
        return saved


def record_time(ctx: Context, contestant_id: int, minutes: Decimal | None) -> None:
    require(ctx, "marks")
    with ctx.db.unit_of_work() as s:
        c, trade, _facts = _contestant_and_trade(s, ctx, contestant_id)
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


def audit_subject(s: Session, c: ContestantLike, trade: TradeLike) -> str:
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


def mark_key(
    s: Session, c: ContestantLike, trade: TradeLike, criterion_code: str, judge_id: int
) -> str:
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
    _saved, old = save_value(
        s,
        ctx,
        mark_slot(c.id, criterion.id, judge_id),
        mark,
        expected_version=None,
        action=action,
        event_id=c.event_id,
        key=mark_key(s, c, trade, criterion.code, judge_id),
        reason=reason,
    )
    return old


def score_key(s: Session, c: ContestantLike, trade: TradeLike, component_code: str) -> str:
    return f"{audit_subject(s, c, trade)}/{component_code}"


def write_score(
    s: Session,
    ctx: Context,
    c: Contestant,
    trade: Trade,
    component_code: str,
    component_id: int,
    score: Decimal | None,
    *,
    action: str = "score",
    reason: str = "",
) -> Decimal | None:
    """Store (or clear) a direct score already checked, with its audit entry; returns the old
    score. For the checked paths that are not record_score: a re-check correction."""
    _saved, old = save_value(
        s,
        ctx,
        score_slot(c.id, component_id),
        score,
        expected_version=None,
        action=action,
        event_id=c.event_id,
        key=score_key(s, c, trade, component_code),
        reason=reason,
    )
    return old
