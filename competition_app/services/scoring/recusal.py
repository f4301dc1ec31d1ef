"""Judges on trades and criteria panels, declared conflicts, and the recusal check on every mark (回避)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

from sqlalchemy import Select, bindparam, delete, insert, select
from sqlalchemy.orm import Session

from competition_app.domain.errors import PermissionDenied, UserError
from competition_app.domain.recusal import stand_aside
from competition_app.services.context import Context
from competition_app.services.integrity import audit
from competition_app.services.integrity.permissions import require
from competition_app.services.scoring.save_subject import ContestantLike
from competition_app.services.setup.trade_switches import is_blind as is_blind
from competition_app.services.setup.trades import TradeLike
from competition_app.storage.models import (
    Contestant,
    Criterion,
    Judge,
    JudgeConflict,
    Trade,
    judge_panel,
    judge_trade,
)
from competition_app.storage.prepared import Prepared


class RecusalRefused(PermissionDenied):
    """The judge must stand aside for this contestant (same unit, or a declared conflict)."""


ConflictKind = Literal["same_unit", "declared"]


@dataclass(frozen=True)
class ConflictInfo:
    judge_id: int
    judge_code: str
    judge_name: str
    contestant_id: int
    number: str
    name: str
    unit: str
    kind: ConflictKind
    reason: str


@dataclass(frozen=True)
class JudgeAssignment:
    judge_id: int
    code: str
    name: str
    unit: str
    role: str
    criteria: tuple[str, ...]  # empty: the judge marks every criterion of the trade


class _JudgeFacts(NamedTuple):
    code: str
    name: str
    unit: str
    declared: str | None
    panelled: bool


def _judge_and_conflict() -> Select[Any]:
    # the judge and a declared conflict in one statement: this runs on every save of a mark
    declared_reason = (
        select(JudgeConflict.reason)
        .where(
            JudgeConflict.judge_id == bindparam("judge_id"),
            JudgeConflict.contestant_id == bindparam("contestant_id"),
        )
        .limit(1)
        .scalar_subquery()
    )
    has_panel = (
        select(judge_panel.c.judge_id)
        .join(Criterion, Criterion.id == judge_panel.c.criterion_id)
        .where(judge_panel.c.judge_id == bindparam("judge_id"),
               Criterion.trade_id == bindparam("trade_id"))
        .exists()
    )  # fmt: skip
    return select(Judge.code, Judge.name, Judge.unit, declared_reason, has_panel).where(
        Judge.id == bindparam("judge_id")
    )


_JUDGE_AND_CONFLICT = Prepared(_judge_and_conflict)


def recusal_reason(
    s: Session,
    trade: TradeLike,
    contestant: ContestantLike,
    judge_id: int,
    criterion_id: int | None = None,
) -> str | None:
    """Why this judge may not give this contestant a mark (for this criterion), or None."""
    if not judge_id:
        return None
    judge = _JUDGE_AND_CONFLICT.first(
        s, judge_id=judge_id, contestant_id=contestant.id, trade_id=trade.id
    )
    if judge is None:
        return None
    judge = _JudgeFacts(*judge)
    declared, panelled = judge.declared, bool(judge.panelled)
    # the panel is read only for a judge who has one (most mark every criterion)
    panel = _panel_ids(s, judge_id, trade.id) if criterion_id is not None and panelled else ()
    ground = stand_aside(
        declared=declared,
        judge_unit=judge.unit,
        contestant_unit=contestant.unit,
        blind=is_blind(trade),
        panel=panel,
        criterion=criterion_id,
    )
    if ground is None:
        return None
    # With blind marking the judge sees only a work-piece code: name the piece, not the person.
    who = "该工件的选手" if is_blind(trade) else f"选手 {contestant.number} {contestant.name}"
    if ground.ground == "declared":
        return (
            f"裁判 {judge.code} {judge.name} 已登记须回避{who}：{ground.detail or '（未写原因）'}"
        )
    if ground.ground == "same_unit":
        return f"裁判 {judge.code} {judge.name} 与{who}同属“{judge.unit}”，须回避"
    crit = s.get(Criterion, criterion_id)
    name = crit.name if crit else str(criterion_id)
    return f"裁判 {judge.code} {judge.name} 不在评分项“{name}”的评分组中"


def check_recusal(
    s: Session,
    trade: TradeLike,
    contestant: ContestantLike,
    judge_id: int,
    criterion_id: int | None = None,
) -> None:
    reason = recusal_reason(s, trade, contestant, judge_id, criterion_id)
    if reason:
        raise RecusalRefused(reason)


def trade_judges(s: Session, trade: Trade) -> list[Judge]:
    """The judges on a trade, in one query (not one per judge through `Judge.trades`)."""
    return list(
        s.scalars(
            select(Judge)
            .join(judge_trade, judge_trade.c.judge_id == Judge.id)
            .where(judge_trade.c.trade_id == trade.id, Judge.event_id == trade.event_id)
            .order_by(Judge.id)
        )
    )


def declared_conflicts(
    s: Session, trade: Trade, *, contestant_id: int | None = None
) -> dict[tuple[int, int], str]:
    """(judge id, contestant id) -> the declared reason, for the trade's contestants (or one)."""
    query = (
        select(JudgeConflict.judge_id, JudgeConflict.contestant_id, JudgeConflict.reason)
        .join(Contestant, JudgeConflict.contestant_id == Contestant.id)
        .where(Contestant.trade_id == trade.id)
    )
    if contestant_id is not None:
        query = query.where(JudgeConflict.contestant_id == contestant_id)
    return {(jid, cid): reason for jid, cid, reason in s.execute(query).tuples()}


def criteria_panels(s: Session, trade: Trade) -> dict[int, set[int]]:
    """judge id -> the criterion ids of the judge's panel in the trade (a judge not listed, or
    listed with none, marks every criterion)."""
    panels: dict[int, set[int]] = {}
    for jid, crit in s.execute(
        select(judge_panel.c.judge_id, judge_panel.c.criterion_id)
        .join(Criterion, Criterion.id == judge_panel.c.criterion_id)
        .where(Criterion.trade_id == trade.id)
    ):
        panels.setdefault(jid, set()).add(crit)
    return panels


def _panel_ids(s: Session, judge_id: int, trade_id: int) -> set[int]:
    return set(
        s.scalars(
            select(judge_panel.c.criterion_id)
            .join(Criterion, Criterion.id == judge_panel.c.criterion_id)
            .where(judge_panel.c.judge_id == judge_id, Criterion.trade_id == trade_id)
        )
    )


def _trade(s: Session, trade_id: int) -> Trade:
    trade = s.get(Trade, trade_id)
    if trade is None:
        raise UserError("工种不存在")
    return trade


def _judge(s: Session, judge_id: int) -> Judge:
    judge = s.get(Judge, judge_id)
    if judge is None:
        raise UserError("该裁判不存在")
    return judge


def assign_judge(
    ctx: Context, judge_id: int, trade_id: int, criteria: Sequence[str] = ()
) -> JudgeAssignment:
    """Put a judge on a trade, on the panels of `criteria` only (or on every criterion when empty)."""
    require(ctx, "assign_judges")
    with ctx.db.unit_of_work() as s:
        trade = _trade(s, trade_id)
        judge = _judge(s, judge_id)
        if judge.event_id != trade.event_id:
            raise UserError("裁判与工种不属于同一赛事")
        by_code = {c.code: c for c in trade.criteria}
        unknown = [c for c in criteria if c not in by_code]
        if unknown:
            raise UserError(f"工种“{trade.name}”没有评分项：{', '.join(unknown)}")
        old = _assignment(s, judge, trade)
        if all(t.id != trade.id for t in judge.trades):
            judge.trades.append(trade)
        s.execute(
            delete(judge_panel).where(
                judge_panel.c.judge_id == judge.id,
                judge_panel.c.criterion_id.in_([c.id for c in trade.criteria]),
            )
        )
        if criteria:
            s.execute(
                insert(judge_panel),
                [
                    {"judge_id": judge.id, "criterion_id": by_code[c].id}
                    for c in dict.fromkeys(criteria)
                ],
            )
        s.flush()
        new = _assignment(s, judge, trade)
        assert new is not None
        audit.record(
            s,
            ctx,
            "judge.assign",
            event_id=trade.event_id,
            entity="judge",
            key=f"{judge.code}/{trade.code}",
            old=list(old.criteria) if old else None,
            new=list(new.criteria) or "全部评分项",
        )
        return new


def unassign_judge(ctx: Context, judge_id: int, trade_id: int) -> None:
    require(ctx, "assign_judges")
    with ctx.db.unit_of_work() as s:
        trade = _trade(s, trade_id)
        judge = _judge(s, judge_id)
        if all(t.id != trade.id for t in judge.trades):
            return
        s.execute(
            delete(judge_panel).where(
                judge_panel.c.judge_id == judge.id,
                judge_panel.c.criterion_id.in_([c.id for c in trade.criteria]),
            )
        )
        judge.trades = [t for t in judge.trades if t.id != trade.id]
        audit.record(
            s,
            ctx,
            "judge.unassign",
            event_id=trade.event_id,
            entity="judge",
            key=f"{judge.code}/{trade.code}",
        )


def _assignment(s: Session, judge: Judge, trade: Trade) -> JudgeAssignment | None:
    if all(t.id != trade.id for t in judge.trades):
        return None
    panel = _panel_ids(s, judge.id, trade.id)
    codes = tuple(c.code for c in trade.criteria if c.id in panel)
    return JudgeAssignment(judge.id, judge.code, judge.name, judge.unit, judge.role, codes)


def judge_assignments(ctx: Context, trade_id: int) -> list[JudgeAssignment]:
    """The judges of a trade and their criteria panels, for the assignment screen (two
    queries whatever the number of judges)."""
    with ctx.db.reading() as s:
        trade = _trade(s, trade_id)
        criteria = {c.id: c.code for c in trade.criteria}
        panels: dict[int, set[int]] = {}
        for judge_id, criterion_id in s.execute(
            select(judge_panel.c.judge_id, judge_panel.c.criterion_id).where(
                judge_panel.c.criterion_id.in_(list(criteria))
            )
        ):
            panels.setdefault(judge_id, set()).add(criterion_id)
        return [
            JudgeAssignment(
                j.id,
                j.code,
                j.name,
                j.unit,
                j.role,
                tuple(code for cid, code in criteria.items() if cid in panels.get(j.id, ())),
            )
            for j in sorted(trade_judges(s, trade), key=lambda j: j.code)
        ]


def declare_conflict(ctx: Context, judge_id: int, contestant_id: int, reason: str) -> None:
    """Record that a judge must not mark a contestant (relative, coach, former colleague ...)."""
    require(ctx, "assign_judges")
    if not reason.strip():
        raise UserError("登记回避须写明原因")
    with ctx.db.unit_of_work() as s:
        judge = _judge(s, judge_id)
        c = s.get(Contestant, contestant_id)
        if c is None or c.event_id != judge.event_id:
            raise UserError("该选手不存在")
        row = s.scalars(
            select(JudgeConflict).where(
                JudgeConflict.judge_id == judge_id, JudgeConflict.contestant_id == contestant_id
            )
        ).first()
        old = row.reason if row else None
        if row is None:
            row = JudgeConflict(judge_id=judge_id, contestant_id=contestant_id)
            s.add(row)
        row.reason, row.declared_by = reason.strip(), ctx.actor
        audit.record(
            s,
            ctx,
            "judge.conflict",
            event_id=c.event_id,
            entity="judge_conflict",
            key=f"{judge.code}/{c.number}",
            old=old,
            new=row.reason,
        )


def withdraw_conflict(ctx: Context, judge_id: int, contestant_id: int, reason: str) -> None:
    require(ctx, "assign_judges")
    if not reason.strip():
        raise UserError("撤销回避须写明原因")
    with ctx.db.unit_of_work() as s:
        row = s.scalars(
            select(JudgeConflict).where(
                JudgeConflict.judge_id == judge_id, JudgeConflict.contestant_id == contestant_id
            )
        ).first()
        if row is None:
            return
        judge = _judge(s, judge_id)
        c = s.get(Contestant, contestant_id)
        assert c is not None
        s.delete(row)
        audit.record(
            s,
            ctx,
            "judge.conflict_withdrawn",
            event_id=c.event_id,
            entity="judge_conflict",
            key=f"{judge.code}/{c.number}",
            old=row.reason,
            reason=reason.strip(),
        )


def conflicts_for_trade(ctx: Context, trade_id: int) -> list[ConflictInfo]:
    """Every judge-contestant pair of a trade that must not meet: declared conflicts, and the same
    unit while marking is not blind. Judges are those assigned to the trade."""
    with ctx.db.reading() as s:
        trade = _trade(s, trade_id)
        blind = is_blind(trade)
        judges = trade_judges(s, trade)
        contestants = list(s.scalars(select(Contestant).where(Contestant.trade_id == trade.id)))
        by_id = {c.id: c for c in contestants}
        declared = {
            (d.judge_id, d.contestant_id): d.reason
            for d in s.scalars(
                select(JudgeConflict).where(JudgeConflict.contestant_id.in_(list(by_id)))
            )
        }
        judge_by_id = {j.id: j for j in judges}
        # a declared conflict counts even for a judge not (yet) on the trade
        for jid, _cid in declared:
            if jid not in judge_by_id:
                j = s.get(Judge, jid)
                if j is not None:
                    judge_by_id[jid] = j
        out: list[ConflictInfo] = []
        for j in sorted(judge_by_id.values(), key=lambda j: j.code):
            for c in sorted(contestants, key=lambda c: c.number):
                ground = stand_aside(
                    declared=declared.get((j.id, c.id)),
                    judge_unit=j.unit,
                    contestant_unit=c.unit,
                    blind=blind,
                )
                if ground is None:
                    continue
                declared_kind = ground.ground == "declared"
                out.append(
                    ConflictInfo(
                        j.id,
                        j.code,
                        j.name,
                        c.id,
                        c.number,
                        c.name,
                        c.unit,
                        "declared" if declared_kind else "same_unit",
                        ground.detail if declared_kind else f"同单位：{c.unit}",
                    )
                )
        return out
