"""Re-check sampling (抽样复核): draw a trade's re-check list, confirm or correct each score
sheet, and say whether the re-check is complete (the lock waits for it where the rules say so).

The rule (who is drawn, the error rate, the escalation) is domain.recheck; here it is applied to
what is stored. A correction is a mark saved through scoring.write_mark, so it is audited as a
mark change (`mark.recheck`) and every result computed afterwards has it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.orm import Session

from competition_app.domain.blind_codes import printed
from competition_app.domain.entries import Entry
from competition_app.domain.errors import UserError
from competition_app.domain.lot_drawing import new_seed
from competition_app.domain.marks import check_mark, plain
from competition_app.domain.recheck import (
    Candidate,
    CheckState,
    Part,
    Progress,
    draw_sample,
    percent,
    progress,
    sheet_digest,
)
from competition_app.domain.results import ResultRow
from competition_app.domain.rules import RecheckRules
from competition_app.domain.tabulation import tabulate
from competition_app.services.contest_day.blind_results import hidden_identities
from competition_app.services.context import Context
from competition_app.services.integrity import audit
from competition_app.services.integrity.permissions import require
from competition_app.services.results.results import trade_entries
from competition_app.services.scoring.recusal import check_recusal
from competition_app.services.scoring.scoring import audit_subject, double_entry, write_mark
from competition_app.services.scoring.verification import settle_pass
from competition_app.services.setup.trades import ensure_unlocked, load_rules
from competition_app.storage.models import Contestant, Criterion, RecheckItem, RecheckRound, Trade


@dataclass(frozen=True)
class RecheckRow:
    """One score sheet on the re-check list, as the checker and the chief judge read it."""

    contestant_id: int
    label: str  # entry number, or the work-piece code while a blind trade is not decrypted
    name: str  # "" while identities are hidden
    unit: str
    group: str
    rank: int | None
    total: Decimal | None
    part: Part
    state: CheckState  # pending also when the sheet's marks changed after its check
    stale: bool  # checked once, then a mark changed: to be checked again
    checked_by: str
    corrections: tuple[str, ...]  # "p1@3: 40 → 42"


@dataclass(frozen=True)
class RecheckStatus:
    trade_id: int
    trade_code: str
    trade_name: str
    required: bool  # the trade's rules: no lock until complete
    rules: RecheckRules  # as drawn (or the trade's, before a draw)
    drawn: bool
    seed: int | None
    drawn_by: str
    drawn_at: datetime | None
    round: int
    rows: tuple[RecheckRow, ...]
    progress: Progress | None
    identities_hidden: bool
    decimals: int = 2
    rest: int = 0  # ranked sheets outside the top part when drawn: the sample came from these

    @property
    def complete(self) -> bool:
        return self.progress is not None and self.progress.complete

    @property
    def rate_text(self) -> str:
        return percent(self.progress.rate if self.progress else Fraction(0))

    def summary(self) -> str:
        """One line for the command line, the window and the lock's refusal."""
        if not self.drawn or self.progress is None:
            return "尚未抽取复核样本"
        p = self.progress
        text = (
            f"已复核 {p.checked}/{len(p.required)} 份评分表，抽查 {p.sample_size} 份中更正 "
            f"{p.corrected_in_sample} 份（差错率 {self.rate_text}，阈值 {percent(self.rules.error_rate)}）"
        )
        if p.escalated:
            text += "，已扩大为全部复核"
        return text


def _trade(s: Session, trade_id: int) -> Trade:
    trade = s.get(Trade, trade_id)
    if trade is None:
        raise UserError("工种不存在")
    return trade


def _round(s: Session, trade: Trade) -> RecheckRound | None:
    return s.scalars(select(RecheckRound).where(RecheckRound.trade_id == trade.id)).first()


def _drawn_rules(r: RecheckRound, trade_rules: RecheckRules) -> RecheckRules:
    st = r.settings
    return RecheckRules(
        required=trade_rules.required,
        top=int(st["top"]),
        share=Decimal(st["share"]),
        error_rate=Decimal(st["error_rate"]),
    )


@dataclass
class _Sheet:
    """What the service knows of a trade while working on its re-check, in one read."""

    entries: dict[str, Entry]  # by contestant id (text), as the engine keys them
    rows: dict[str, ResultRow]
    # By entry number: the draw depends on the numbers, not on ids, so another database with the
    # same contestants and seed draws the same list.
    ranked: list[Candidate]
    key_of: dict[str, str]  # entry number -> contestant id (text)

    def digest(self, key: str) -> str:
        e = self.entries[key]
        return sheet_digest(e.marks, e.scores)


def _sheet(s: Session, trade: Trade) -> _Sheet:
    entries = trade_entries(s, trade)
    result = tabulate(load_rules(trade), entries)
    rows = {r.key: r for r in result.rows}
    ranked = [Candidate(r.number, r.group, r.rank) for r in result.rows if r.rank is not None]
    return _Sheet({e.key: e for e in entries}, rows, ranked, {e.number: e.key for e in entries})


def _number(sheet: _Sheet, key: str) -> str:
    return sheet.entries[key].number


def _checks(items: list[RecheckItem], sheet: _Sheet) -> dict[str, CheckState]:
    """The items still standing: checked, and with the marks they were checked with."""
    out: dict[str, CheckState] = {}
    for it in items:
        key = str(it.contestant_id)
        if it.state != "pending" and key in sheet.entries and it.digest == sheet.digest(key):
            out[_number(sheet, key)] = "corrected" if it.state == "corrected" else "confirmed"
    return out


def _progress(
    r: RecheckRound, items: list[RecheckItem], sheet: _Sheet, rules: RecheckRules
) -> Progress:
    drawn: dict[str, Part] = {
        _number(sheet, str(it.contestant_id)): "sample" if it.part == "sample" else "top"
        for it in items
        if str(it.contestant_id) in sheet.entries
    }
    return progress(sheet.ranked, rules, drawn, _checks(items, sheet), escalated=r.escalated)


def _items(s: Session, r: RecheckRound) -> list[RecheckItem]:
    return list(s.scalars(select(RecheckItem).where(RecheckItem.round_id == r.id)))


def status_in_session(s: Session, trade: Trade) -> RecheckStatus:
    trade_rules = load_rules(trade)
    r = _round(s, trade)
    codes = hidden_identities(s, trade)
    base = dict(
        trade_id=trade.id,
        trade_code=trade.code,
        trade_name=trade.name,
        required=trade_rules.recheck.required,
        identities_hidden=codes is not None,
        decimals=trade_rules.rounding.decimals,
    )
    if r is None:
        return RecheckStatus(
            rules=trade_rules.recheck, drawn=False, seed=None, drawn_by="", drawn_at=None,
            round=0, rows=(), progress=None, **base,
        )  # fmt: skip
    rules = _drawn_rules(r, trade_rules.recheck)
    sheet = _sheet(s, trade)
    items = _items(s, r)
    prog = _progress(r, items, sheet, rules)
    checks = _checks(items, sheet)
    by_key = {str(it.contestant_id): it for it in items}
    required = [sheet.key_of[n] for n in prog.required]
    listed = [k for k in by_key if k in sheet.rows] + [k for k in required if k not in by_key]
    order = {"top": 0, "sample": 1, "full": 2}
    rows: list[RecheckRow] = []
    for key in listed:
        it = by_key.get(key)
        row = sheet.rows[key]
        part: Part = it.part if it else ("full" if prog.escalated else "top")  # type: ignore[assignment]
        state: CheckState = checks.get(row.number, "pending")
        rows.append(
            RecheckRow(
                contestant_id=int(key),
                label=printed(codes.get(key, f"#{key}")) if codes is not None else row.number,
                name="" if codes is not None else row.name,
                unit="" if codes is not None else row.unit,
                group=row.group,
                rank=row.rank,
                total=row.total,
                part=part,
                state=state,
                stale=it is not None and it.state != "pending" and row.number not in checks,
                checked_by=it.checked_by if it else "",
                corrections=tuple(_shown_correction(c) for c in (it.corrections if it else [])),
            )
        )
    rows.sort(key=lambda x: (order[x.part], x.rank or 10**9, x.label))
    return RecheckStatus(
        rules=rules, drawn=True, seed=r.seed, drawn_by=r.drawn_by, drawn_at=r.drawn_at,
        round=r.round, rows=tuple(rows), progress=prog, rest=int(r.settings.get("rest", 0)),
        **base,
    )  # fmt: skip


def _shown_correction(c: dict[str, str]) -> str:
    judge = f"@{c['judge']}" if c.get("judge") not in (None, "", "0") else ""
    return f"{c['criterion']}{judge}: {c['old'] or '（空）'} → {c['new']}"


def recheck_status(ctx: Context, trade_id: int) -> RecheckStatus:
    with ctx.db.reading() as s:
        return status_in_session(s, _trade(s, trade_id))


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
        trade = _trade(s, trade_id)
        ensure_unlocked(trade)
        rules = load_rules(trade).recheck
        sheet = _sheet(s, trade)
        missing = [
            r
            for r in sheet.rows.values()
            if r.rank is None and r.status in ("ok", "out_of_competition")
        ]
        if missing:
            raise UserError(
                f"工种“{trade.name}”还有 {len(missing)} 名选手成绩未录完，名次未定，不能抽取复核样本"
            )
        previous = _round(s, trade)
        old = None
        if previous is not None:
            if not redraw_reason.strip():
                raise UserError(
                    f"工种“{trade.name}”已于 {previous.drawn_at:%Y-%m-%d %H:%M} 抽取复核样本"
                    f"（种子 {previous.seed}）；重新抽取须写明原因"
                )
            done = [it for it in _items(s, previous) if it.state != "pending"]
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
) -> tuple[RecheckRound, RecheckItem, _Sheet, RecheckRules]:
    """The item a check is recorded on: drawn, or added because the re-check now requires the
    sheet (escalated to everybody, or moved into the top part)."""
    r = _round(s, trade)
    if r is None:
        raise UserError(f"工种“{trade.name}”尚未抽取复核样本")
    rules = _drawn_rules(r, load_rules(trade).recheck)
    sheet = _sheet(s, trade)
    items = _items(s, r)
    item = next((it for it in items if it.contestant_id == contestant_id), None)
    if item is None:
        prog = _progress(r, items, sheet, rules)
        if _number(sheet, str(contestant_id)) not in prog.required:
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
        trade = _trade(s, trade_id)
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
        trade = _trade(s, trade_id)
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
        mark = check_mark(value, trade_rules.mark_limit(spec), decimals=trade_rules.mark_decimals)
        check_recusal(s, trade, c, judge_id, crit.id)
        note = f"抽样复核更正{'：' + reason.strip() if reason.strip() else ''}"
        old = write_mark(
            s, ctx, c, trade, crit, mark, judge_id=judge_id, action="mark.recheck", reason=note
        )
        if old == mark:
            raise UserError("更正的分数与原分数相同；分数无误请用“确认”")
        if double_entry(trade):
            settle_pass(s, ctx, c, crit, judge_id, mark)
        s.flush()
        item.state = "corrected"
        item.checked_by, item.checked_at = ctx.actor, datetime.now().replace(microsecond=0)
        item.corrections = [
            *item.corrections,
            {"criterion": criterion_code, "judge": str(judge_id),
             "old": "" if old is None else format(old, "f"), "new": format(mark, "f")},
        ]  # fmt: skip
        after = _sheet(s, trade)
        item.digest = after.digest(str(c.id))
        s.flush()
        prog = _progress(r, _items(s, r), after, rules)
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


def lock_refusal(s: Session, trade: Trade) -> str | None:
    """Why the trade may not be locked yet because of its re-check, or None."""
    if not load_rules(trade).recheck.required:
        return None
    st = status_in_session(s, trade)
    if st.complete:
        return None
    return f"工种“{trade.name}”抽样复核未完成（{st.summary()}），不能锁定"
