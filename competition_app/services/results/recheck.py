"""Re-check sampling (抽样复核): draw a trade's re-check list, confirm or correct each score
sheet. Where it stands, and what the lock waits for, is recheck_status.

The rule (who is drawn, the error rate, the escalation) is domain.recheck; here it is applied to
what is stored. A correction is a mark saved through scoring.write_mark, or a direct score through
scoring.write_score, so it is audited as a change (`mark.recheck`, `score.recheck`) and every
result computed afterwards has it.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from competition_app.domain.errors import UserError
from competition_app.domain.lot_drawing import new_seed
from competition_app.domain.marks import check_mark, plain
from competition_app.domain.recheck import draw_sample, percent
from competition_app.domain.rules import RecheckRules
from competition_app.services.context import Context
from competition_app.services.integrity import audit
from competition_app.services.integrity.permissions import require
from competition_app.services.results.recheck_status import (
    RecheckStatus,
    Sheet,
    current_round,
    drawn_rules,
    read_sheet,
    round_items,
    round_progress,
    sheet_number,
    status_in_session,
    trade_by_id,
)
from competition_app.services.scoring.recusal import check_recusal
from competition_app.services.scoring.scoring import (
    audit_subject,
    double_entry,
    write_mark,
    write_score,
)
from competition_app.services.scoring.verification import settle_pass
from competition_app.services.setup.trade_facts import trade_facts
from competition_app.services.setup.trades import ensure_unlocked, load_rules
from competition_app.storage.models import (
    Contestant,
    Criterion,
    Judge,
    RecheckItem,
    RecheckRound,
    Trade,
)


def draw_recheck(
    ctx: Context, trade_id: int, seed: int | None = None, *, redraw_reason: str = ""
) -> RecheckStatus:
    """The chief judge draws the re-check list from the ranking as it stands (every competing
    contestant ranked: no marks missing). The seed is audited with the list, so anyone can redo
    the draw. A drawn list is drawn again only with a reason and only before any sheet was
    checked (otherwise a sample could be redrawn until it suited someone)."""
    require(ctx, "recheck")
    if seed is not None and seed < 0:
        raise UserError("种子不能为负数")
    with ctx.db.unit_of_work() as s:
        trade = trade_by_id(s, trade_id)
        ensure_unlocked(trade)
        rules = load_rules(trade).recheck
        sheet = read_sheet(s, trade)
        missing = [
            r
            for r in sheet.rows.values()
            if r.rank is None and r.status in ("ok", "out_of_competition")
        ]
        if missing:
            raise UserError(
                f"工种“{trade.name}”还有 {len(missing)} 名选手成绩未录完，名次未定，不能抽取复核样本"
            )
        previous = current_round(s, trade)
        old = None
        if previous is not None:
            if not redraw_reason.strip():
                raise UserError(
                    f"工种“{trade.name}”已于 {previous.drawn_at:%Y-%m-%d %H:%M} 抽取复核样本"
                    f"（种子 {previous.seed}）；重新抽取须写明原因"
                )
            done = [it for it in round_items(s, previous) if it.state != "pending"]
            if done:
                raise UserError(f"已有 {len(done)} 份评分表复核过，不能重新抽取复核样本")
            old = {"seed": previous.seed, "round": previous.round}
            s.delete(previous)
            s.flush()
        seed = new_seed() if seed is None else seed
        drawn = draw_sample(sheet.ranked, rules, seed)
        r = RecheckRound(
            trade_id=trade.id,
            seed=seed,
            settings={"top": rules.top, "share": plain(rules.share),
                      "error_rate": plain(rules.error_rate), "rest": drawn.rest},
            drawn_by=ctx.actor,
            round=(old["round"] + 1) if old else 1,
            escalated=False,
        )  # fmt: skip
        s.add(r)
        s.flush()
        for part, keys in (("top", drawn.top), ("sample", drawn.sample)):
            for number in keys:
                cid = int(sheet.key_of[number])
                s.add(RecheckItem(round_id=r.id, contestant_id=cid, part=part, corrections=[]))
        s.flush()
        subject = {n: _subject(s, trade, sheet.key_of[n]) for n in drawn.drawn}
        audit.record(
            s,
            ctx,
            "recheck.redraw" if old else "recheck.draw",
            event_id=trade.event_id,
            entity="trade",
            key=trade.code,
            old=old,
            new={
                "seed": seed,
                **r.settings,
                "top_part": [subject[k] for k in drawn.top],
                "sample": [subject[k] for k in drawn.sample],
            },
            reason=redraw_reason.strip(),
        )
        return status_in_session(s, trade)


def _subject(s: Session, trade: Trade, key: str) -> str:
    c = s.get(Contestant, int(key))
    assert c is not None
    return audit_subject(s, c, trade)  # by work-piece code on a blind trade


def _item_for_check(
    s: Session, trade: Trade, contestant_id: int
) -> tuple[RecheckRound, RecheckItem, Sheet, RecheckRules]:
    """The item a check is recorded on: drawn, or added because the re-check now requires the
    sheet (escalated to everybody, or moved into the top part)."""
    r = current_round(s, trade)
    if r is None:
        raise UserError(f"工种“{trade.name}”尚未抽取复核样本")
    rules = drawn_rules(r, load_rules(trade).recheck)
    sheet = read_sheet(s, trade)
    items = round_items(s, r)
    item = next((it for it in items if it.contestant_id == contestant_id), None)
    if item is None:
        prog = round_progress(r, items, sheet, rules)
        if sheet_number(sheet, str(contestant_id)) not in prog.required:
            raise UserError("该选手不在复核名单中")
        item = RecheckItem(
            round_id=r.id, contestant_id=contestant_id,
            part="full" if prog.escalated else "top", corrections=[],
        )  # fmt: skip
        s.add(item)
    return r, item, sheet, rules


def _contestant(s: Session, trade: Trade, contestant_id: int) -> Contestant:
    c = s.get(Contestant, contestant_id)
    if c is None or c.trade_id != trade.id:
        raise UserError("该选手不存在")
    return c


def confirm_sheet(ctx: Context, trade_id: int, contestant_id: int) -> RecheckStatus:
    """The checker found every mark of the sheet as on paper. A sheet corrected before stays
    corrected (it did have an error); confirming it again records the new check."""
    require(ctx, "marks")
    with ctx.db.unit_of_work() as s:
        trade = trade_by_id(s, trade_id)
        ensure_unlocked(trade)
        c = _contestant(s, trade, contestant_id)
        _r, item, sheet, _rules = _item_for_check(s, trade, c.id)
        old = item.state
        item.state = "corrected" if item.state == "corrected" else "confirmed"
        item.checked_by, item.checked_at = ctx.actor, datetime.now().replace(microsecond=0)
        item.digest = sheet.digest(str(c.id))
        audit.record(
            s, ctx, "recheck.confirm", event_id=trade.event_id, entity="recheck_item",
            key=f"{trade.code}/{audit_subject(s, c, trade)}", old=old, new=item.state,
        )  # fmt: skip
        s.flush()
        return status_in_session(s, trade)


def correct_mark(
    ctx: Context,
    trade_id: int,
    contestant_id: int,
    criterion_code: str,
    value: Decimal,
    *,
    judge_id: int = 0,
    reason: str = "",
) -> RecheckStatus:
    """The checker found a mark that differs from the paper sheet: the mark is saved (audited as
    `mark.recheck`, results recomputed from it), the sheet counts as corrected, and the re-check
    escalates to every ranked sheet as soon as the sample's error rate passes the threshold."""
    require(ctx, "marks")
    with ctx.db.unit_of_work() as s:
        trade = trade_by_id(s, trade_id)
        ensure_unlocked(trade)
        c = _contestant(s, trade, contestant_id)
        r, item, _sheet_before, rules = _item_for_check(s, trade, c.id)
        trade_rules = load_rules(trade)
        crit = s.scalars(
            select(Criterion).where(
                Criterion.trade_id == trade.id, Criterion.code == criterion_code
            )
        ).first()
        if crit is None:
            raise UserError(f"工种“{trade.name}”没有评分项“{criterion_code}”")
        spec = trade_rules.criterion(criterion_code)
        mark = check_mark(
            value, trade_rules.mark_limit(spec), decimals=trade_rules.mark_places(spec)
        )
        check_recusal(s, trade, c, judge_id, crit.id)
        old = write_mark(
            s, ctx, c, trade, crit, mark, judge_id=judge_id, action="mark.recheck",
            reason=_note(reason),
        )  # fmt: skip
        if old == mark:
            raise UserError("更正的分数与原分数相同；分数无误请用“确认”")
        if double_entry(trade):
            settle_pass(s, ctx, c, crit, judge_id, mark)
        judge = s.get(Judge, judge_id) if judge_id else None
        correction = {"criterion": criterion_code, "judge": judge.code if judge else ""}
        return _corrected(s, ctx, trade, c, r, item, rules, correction, old, mark)


def correct_score(
    ctx: Context,
    trade_id: int,
    contestant_id: int,
    component_code: str,
    value: Decimal,
    *,
    reason: str = "",
) -> RecheckStatus:
    """The same for a directly entered component score (a theory exam result): part of the
    sheet, saved through the score's save path and audited as `score.recheck`."""
    require(ctx, "marks")
    with ctx.db.unit_of_work() as s:
        trade = trade_by_id(s, trade_id)
        ensure_unlocked(trade)
        c = _contestant(s, trade, contestant_id)
        r, item, _sheet_before, rules = _item_for_check(s, trade, c.id)
        facts = trade_facts(ctx, trade)
        component = facts.components.get(component_code)
        if component is None or not facts.rules.is_direct(component_code):
            raise UserError(f"“{component_code}”不能直接录入分数")
        component_id, max_score = component
        score = check_mark(value, max_score, decimals=facts.rules.mark_decimals)
        old = write_score(
            s, ctx, c, trade, component_code, component_id, score, action="score.recheck",
            reason=_note(reason),
        )  # fmt: skip
        if old == score:
            raise UserError("更正的分数与原分数相同；分数无误请用“确认”")
        correction = {"component": component_code, "judge": ""}
        return _corrected(s, ctx, trade, c, r, item, rules, correction, old, score)


def _note(reason: str) -> str:
    return f"抽样复核更正{'：' + reason.strip() if reason.strip() else ''}"


def _corrected(
    s: Session,
    ctx: Context,
    trade: Trade,
    c: Contestant,
    r: RecheckRound,
    item: RecheckItem,
    rules: RecheckRules,
    correction: dict[str, str],
    old: Decimal | None,
    new: Decimal,
) -> RecheckStatus:
    """The sheet counts as corrected, checked with the value just saved; past the threshold,
    the re-check escalates (audited once)."""
    s.flush()
    item.state = "corrected"
    item.checked_by, item.checked_at = ctx.actor, datetime.now().replace(microsecond=0)
    item.corrections = [
        *item.corrections,
        {**correction, "old": "" if old is None else format(old, "f"), "new": format(new, "f")},
    ]
    after = read_sheet(s, trade)
    item.digest = after.digest(str(c.id))
    s.flush()
    prog = round_progress(r, round_items(s, r), after, rules)
    if prog.escalated and not r.escalated:
        r.escalated, r.escalated_at = True, datetime.now().replace(microsecond=0)
        audit.record(
            s, ctx, "recheck.escalate", event_id=trade.event_id, entity="trade",
            key=trade.code, old=None,
            new={"corrected": prog.corrected_in_sample, "sample": prog.sample_size,
                 "rate": percent(prog.rate), "threshold": percent(rules.error_rate)},
        )  # fmt: skip
    s.flush()
    return status_in_session(s, trade)
