"""Verified entry (复核): two independent passes per mark, the verified mark, mismatches and their
resolution by the chief judge, and whether a trade's results are still provisional."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from competition_app.domain.blind_codes import printed
from competition_app.domain.double_entry import (
    RESOLUTION_PASS,
    PassNo,
    PassState,
    VerificationCounts,
    count_states,
    pass_state,
    second_user_refusal,
)
from competition_app.domain.entries import COMPETING
from competition_app.domain.errors import PermissionDenied, UserError
from competition_app.domain.marks import check_mark
from competition_app.services.context import Context
from competition_app.services.integrity import audit
from competition_app.services.integrity.permissions import require
from competition_app.services.scoring.recusal import check_recusal, is_blind, trade_judges
from competition_app.services.scoring.score_grid import grid_columns
from competition_app.services.scoring.scoring import audit_subject, double_entry, write_mark
from competition_app.services.setup.trade_facts import trade_facts
from competition_app.services.setup.trades import ensure_unlocked, load_rules
from competition_app.storage.models import (
    BlindCode,
    Contestant,
    Criterion,
    MarkEntry,
    Trade,
)

Key = tuple[int, str, int]  # contestant id, criterion code, judge id


class SamePersonRefused(PermissionDenied):
    """The second pass must be entered by someone other than the first."""


@dataclass(frozen=True)
class PassResult:
    """What the person entering a pass learns: the state, never the other pass's value."""

    state: PassState


@dataclass(frozen=True)
class Mismatch:
    contestant_id: int
    label: str  # entry number, or the work-piece code when marking is blind
    criterion: str
    judge_id: int
    first: Decimal
    second: Decimal
    first_by: str
    second_by: str


@dataclass(frozen=True)
class VerificationStatus:
    enabled: bool
    counts: VerificationCounts
    mismatches: tuple[Mismatch, ...]

    @property
    def provisional(self) -> bool:
        return self.enabled and not self.counts.complete


def _trade_of(s: Session, contestant_id: int) -> tuple[Contestant, Trade]:
    c = s.get(Contestant, contestant_id)
    if c is None:
        raise UserError("该选手不存在")
    t = s.get(Trade, c.trade_id)
    assert t is not None
    return c, t


def _criterion(s: Session, trade: Trade, code: str) -> Criterion:
    row = s.scalars(
        select(Criterion).where(Criterion.trade_id == trade.id, Criterion.code == code)
    ).first()
    if row is None:
        raise UserError(f"工种“{trade.name}”没有评分项“{code}”")
    return row


def _entries(s: Session, c: Contestant, crit: Criterion, judge_id: int) -> dict[int, MarkEntry]:
    return {
        e.pass_no: e
        for e in s.scalars(
            select(MarkEntry).where(
                MarkEntry.contestant_id == c.id,
                MarkEntry.criterion_id == crit.id,
                MarkEntry.judge_id == judge_id,
            )
        )
    }


def enter_pass(
    ctx: Context,
    contestant_id: int,
    criterion_code: str,
    value: Decimal,
    *,
    pass_no: PassNo,
    judge_id: int = 0,
) -> PassResult:
    """Enter pass 1 or 2 of one mark. When both passes agree the mark is stored as verified.

    The person may correct their own pass while the other pass is not yet entered; a pass entered
    by someone else is theirs; the same person may not enter both passes. A mismatch is settled
    by the chief judge (resolve_mismatch), never by retyping.
    """
    require(ctx, "marks")
    if pass_no not in (1, 2):
        raise UserError("只能录入第1遍或第2遍")
    if not ctx.user and not ctx.clerk.strip():
        # Without users there is no log-in to tell the two people apart: they say who they are.
        raise UserError("单机模式下复核录入须注明录入员姓名（两遍须由两人分别录入）")
    with ctx.db.unit_of_work() as s:
        c, trade = _trade_of(s, contestant_id)
        ensure_unlocked(trade)
        if not double_entry(trade):
            raise UserError(f"工种“{trade.name}”未启用复核")
        crit, mark = _checked_mark(ctx, s, trade, criterion_code, value)
        check_recusal(s, trade, c, judge_id, crit.id)
        entries = _entries(s, c, crit, judge_id)
        state = _state(entries)
        if state in ("verified", "resolved"):
            raise UserError("该分数已核对一致，修改须由裁判长处理")
        if state == "mismatch":
            # Frozen: letting a pass be retyped after "mismatch" would let someone probe for the
            # other pass's value. The chief judge checks the paper sheet and resolves.
            raise UserError("两遍录入不一致，须由裁判长核对原始评分表后裁定")
        mine, other = entries.get(pass_no), entries.get(3 - pass_no)
        if mine is not None and mine.entered_by != ctx.actor:
            raise UserError(f"第{pass_no}遍已由“{mine.entered_by}”录入")
        refusal = second_user_refusal(
            pass_no, ctx.actor, other.entered_by if other is not None else None
        )
        if refusal:
            raise SamePersonRefused(refusal)
        old = mine.mark if mine else None
        entries[pass_no] = _put_pass(s, ctx, c, crit, judge_id, pass_no, mark, mine)
        key = f"{audit_subject(s, c, trade)}/{criterion_code}/{judge_id or '-'}/第{pass_no}遍"
        # The pass's value stays out of the trail until the mark is settled: a second person
        # reading the trail must not learn the first pass.
        audit.record(
            s,
            ctx,
            "mark.pass",
            event_id=c.event_id,
            entity="mark_entry",
            key=key,
            old="（已录）" if old is not None else None,
            new="（已录）",
        )
        state = _state(entries)
        if state == "verified":
            write_mark(
                s,
                ctx,
                c,
                trade,
                crit,
                mark,
                judge_id=judge_id,
                action="mark.verified",
                reason="两遍录入一致",
            )
        return PassResult(state)


def resolve_mismatch(
    ctx: Context,
    contestant_id: int,
    criterion_code: str,
    value: Decimal,
    *,
    judge_id: int = 0,
    reason: str,
) -> None:
    """The chief judge settles a mark (after checking the paper sheet): the value counts, audited
    with both passes and the reason."""
    require(ctx, "resolve")
    if not reason.strip():
        raise UserError("裁定须写明依据（如：核对原始评分表）")
    with ctx.db.unit_of_work() as s:
        c, trade = _trade_of(s, contestant_id)
        ensure_unlocked(trade)
        crit, mark = _checked_mark(ctx, s, trade, criterion_code, value)
        entries = _entries(s, c, crit, judge_id)
        first, second = entries.get(1), entries.get(2)
        _put_pass(s, ctx, c, crit, judge_id, RESOLUTION_PASS, mark, entries.get(RESOLUTION_PASS))
        passes = {"第1遍": first.mark if first else None, "第2遍": second.mark if second else None}
        audit.record(
            s,
            ctx,
            "mark.resolve",
            event_id=c.event_id,
            entity="mark_entry",
            key=f"{audit_subject(s, c, trade)}/{criterion_code}/{judge_id or '-'}",
            old={k: format(v, "f") if v is not None else None for k, v in passes.items()},
            new=mark,
            reason=reason.strip(),
        )
        write_mark(
            s,
            ctx,
            c,
            trade,
            crit,
            mark,
            judge_id=judge_id,
            action="mark.verified",
            reason=f"裁判长裁定：{reason.strip()}",
        )


def _checked_mark(
    ctx: Context, s: Session, trade: Trade, code: str, value: Decimal
) -> tuple[Criterion, Decimal]:
    """The criterion of `code` and the value checked against its range and places: what a
    pass and a resolution both check before they store anything."""
    rules = trade_facts(ctx, trade).rules
    crit = _criterion(s, trade, code)
    spec = rules.criterion(code)
    return crit, check_mark(value, rules.mark_limit(spec), decimals=rules.mark_places(spec))


def _put_pass(
    s: Session,
    ctx: Context,
    c: Contestant,
    crit: Criterion,
    judge_id: int,
    pass_no: int,
    mark: Decimal,
    row: MarkEntry | None,
) -> MarkEntry:
    """Store one pass (or the chief judge's resolution) of a mark, entered by the actor: the
    one way a pass is written, for enter_pass and resolve_mismatch alike."""
    if row is None:
        row = MarkEntry(
            contestant_id=c.id,
            criterion_id=crit.id,
            judge_id=judge_id,
            pass_no=pass_no,
            mark=mark,
            entered_by=ctx.actor,
        )
        s.add(row)
    else:
        # a pass is corrected only by the one who entered it (enter_pass checks), so this
        # changes the entering name only for a resolution made again by another chief judge
        row.mark, row.entered_by = mark, ctx.actor
    s.flush()
    return row


def settle_pass(
    s: Session, ctx: Context, c: Contestant, crit: Criterion, judge_id: int, mark: Decimal
) -> None:
    """On a verified-entry trade, a mark changed after verification (an upheld appeal, a
    re-check correction) is the settled one, as a chief judge's resolution would be."""
    row = s.scalars(
        select(MarkEntry).where(
            MarkEntry.contestant_id == c.id,
            MarkEntry.criterion_id == crit.id,
            MarkEntry.judge_id == judge_id,
            MarkEntry.pass_no == RESOLUTION_PASS,
        )
    ).first()
    _put_pass(s, ctx, c, crit, judge_id, RESOLUTION_PASS, mark, row)


def _state(entries: dict[int, MarkEntry]) -> PassState:
    def value(n: int) -> Decimal | None:
        e = entries.get(n)
        return e.mark if e is not None else None

    return pass_state(value(1), value(2), value(RESOLUTION_PASS))


def _passes(s: Session, trade: Trade) -> defaultdict[Key, dict[int, MarkEntry]]:
    """Every pass and resolution of the trade's marks, by mark."""
    passes: defaultdict[Key, dict[int, MarkEntry]] = defaultdict(dict)
    for e, code in s.execute(
        select(MarkEntry, Criterion.code)
        .join(Criterion, Criterion.id == MarkEntry.criterion_id)
        .where(Criterion.trade_id == trade.id)
    ).tuples():
        passes[(e.contestant_id, code, e.judge_id)][e.pass_no] = e
    return passes


def status_in_session(s: Session, trade: Trade) -> VerificationStatus:
    """Counts over every mark the trade needs (scored contestants x criterion columns)."""
    if not double_entry(trade):
        return VerificationStatus(False, count_states((), 0), ())
    rules = load_rules(trade)
    columns = [c for c in grid_columns(rules, trade_judges(s, trade)) if c.kind == "mark"]
    people = {
        c.id: c
        for c in s.scalars(
            select(Contestant).where(
                Contestant.trade_id == trade.id, Contestant.status.in_(COMPETING)
            )
        )
    }
    passes = _passes(s, trade)
    needed = [(cid, col.code, col.judge_id) for cid in people for col in columns]
    states = [_state(passes[k]) for k in needed if k in passes]
    mismatches = []
    for k in needed:
        entries = passes.get(k)
        if entries and _state(entries) == "mismatch":
            first, second = entries[1], entries[2]
            mismatches.append(
                Mismatch(
                    k[0],
                    audit_subject(s, people[k[0]], trade),
                    k[1],
                    k[2],
                    first.mark,
                    second.mark,
                    first.entered_by,
                    second.entered_by,
                )
            )
    mismatches.sort(key=lambda m: (m.label, m.criterion, m.judge_id))
    return VerificationStatus(True, count_states(states, len(needed)), tuple(mismatches))


def verification_status(ctx: Context, trade_id: int) -> VerificationStatus:
    with ctx.db.reading() as s:
        trade = s.get(Trade, trade_id)
        if trade is None:
            raise UserError("工种不存在")
        return status_in_session(s, trade)


@dataclass(frozen=True)
class MarkPasses:
    """Where one mark stands for the entry screen: its state and which passes are in, never a
    value (the second person must not learn the first pass)."""

    state: PassState
    passes: frozenset[int]  # of 1 and 2


def pass_overview(ctx: Context, trade_id: int) -> dict[tuple[str, str, int], MarkPasses]:
    """Every mark of the trade that has a pass or a resolution, keyed by (row label, criterion,
    judge id). The row label is the entry number, or the printed work-piece code when marking
    is blind, as the grids show them; so a reloaded grid shows what is waiting for which pass."""
    with ctx.db.reading() as s:
        trade = s.get(Trade, trade_id)
        if trade is None:
            raise UserError("工种不存在")
        if is_blind(trade):
            label_of = {
                cid: printed(code)
                for cid, code in s.execute(
                    select(BlindCode.contestant_id, BlindCode.workpiece_code).where(
                        BlindCode.trade_id == trade.id
                    )
                ).tuples()
            }
        else:
            label_of = {
                cid: number
                for cid, number in s.execute(
                    select(Contestant.id, Contestant.number).where(Contestant.trade_id == trade.id)
                ).tuples()
            }
        return {
            (label_of[cid], code, judge): MarkPasses(
                _state(entries), frozenset(n for n in entries if n in (1, 2))
            )
            for (cid, code, judge), entries in _passes(s, trade).items()
            if cid in label_of
        }


def pass_state_of(
    ctx: Context, contestant_id: int, criterion_code: str, judge_id: int = 0
) -> PassState:
    """Where one mark stands (for the entry screen), without any value."""
    with ctx.db.reading() as s:
        c, trade = _trade_of(s, contestant_id)
        return _state(_entries(s, c, _criterion(s, trade, criterion_code), judge_id))
