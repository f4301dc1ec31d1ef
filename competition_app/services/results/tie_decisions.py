"""The chief judge's decision on a tie (裁定并列), recorded and cleared.

A trade with `forbid_shared_top` flags a tie within its top places (并列待裁判长裁定) and prints
its papers as drafts until the tie is decided. The decision is the order of the tied
contestants, stored as each one's `decided_order` (which ranking reads after the whole
tie-break chain: domain.ranking), with the chief judge's reason in the audit trail. Which ties
there are, and whether an order decides one, is domain.tie_decisions; here it is applied to what
is stored, in one unit of work, refused once the trade is locked.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from competition_app.domain.blind_codes import mask_identity, normalize_code, printed
from competition_app.domain.entries import Entry
from competition_app.domain.errors import UserError
from competition_app.domain.tabulation import tabulate
from competition_app.domain.tie_decisions import Tie, decided_orders, tie_of, ties
from competition_app.services.contest_day.blind_results import hidden_identities
from competition_app.services.context import Context
from competition_app.services.integrity import audit
from competition_app.services.integrity.permissions import require
from competition_app.services.results.results import trade_entries
from competition_app.services.setup.trades import ensure_unlocked, find_trade, load_rules
from competition_app.storage.models import Contestant, Trade


@dataclass(frozen=True)
class TiedContestant:
    """One contestant of a tie as the chief judge sees it (no name while a blind trade is not
    decrypted: `number` is then the work-piece code)."""

    number: str
    name: str
    unit: str
    total: Decimal | None
    rank: int | None  # the competition rank now (each their own once the tie is decided)
    decided_order: int | None  # the decision that stands for them, if any


@dataclass(frozen=True)
class TieInfo:
    """A tie of a trade, its contestants in their order now (decided, or by entry number)."""

    trade_code: str
    trade_name: str
    group: str
    contestants: tuple[TiedContestant, ...]
    decided: bool
    locked: bool


@dataclass(frozen=True)
class _Read:
    trade: Trade
    entries: list[Entry]
    ties: list[Tie]


def _read(s: Session, event_id: int, trade_code: str) -> _Read:
    trade = find_trade(s, event_id, trade_code)
    entries = trade_entries(s, trade)
    codes = hidden_identities(s, trade)
    if codes is not None:  # a blind trade before decryption: work-piece codes, no names
        entries = [mask_identity(e, codes.get(e.key)) for e in entries]
    rules = load_rules(trade)
    return _Read(trade, entries, ties(rules, entries))


def _typed(number: str, read: _Read) -> str:
    """An entry number as typed, in the form the tie lists it (a code as printed)."""
    number = number.strip()
    if any(e.number == number for e in read.entries):
        return number
    code = printed(normalize_code(number))
    return code if any(e.number == code for e in read.entries) else number


def _tie_for(read: _Read, number: str) -> Tie:
    entry = next((e for e in read.entries if e.number == number), None)
    if entry is None:
        raise UserError(f"工种“{read.trade.name}”中没有参赛证号（或工件号）{number}")
    tie = tie_of(read.ties, entry.key)
    if tie is None:
        raise UserError(f"{number} 没有与他人并列，无需裁定")
    return tie


def _info(s: Session, read: _Read, tie: Tie) -> TieInfo:
    rules = load_rules(read.trade)
    rows = {r.key: r for r in tabulate(rules, read.entries).rows}
    decided = {e.key: e.decided_order for e in read.entries}
    members = [rows[k] for k in tie.keys]
    if tie.decided:
        members.sort(key=lambda r: decided[r.key] or 0)
    return TieInfo(
        read.trade.code,
        read.trade.name,
        tie.group,
        tuple(
            TiedContestant(
                r.number,
                r.name,
                r.unit,
                r.total,
                r.rank,
                decided[r.key] if tie.decided else None,
            )
            for r in members
        ),
        tie.decided,
        bool(read.trade.locked),
    )


def tie_containing(ctx: Context, event_id: int, trade_code: str, number: str) -> TieInfo:
    """The tie the contestant with entry `number` (or work-piece code) is in; refused when they
    share no place."""
    with ctx.db.reading() as s:
        read = _read(s, event_id, trade_code)
        return _info(s, read, _tie_for(read, _typed(number, read)))


def decide_tie(
    ctx: Context, event_id: int, trade_code: str, order: Sequence[str], reason: str
) -> TieInfo:
    """Record the chief judge's order for a tie: `order` lists every tied contestant's entry
    number (or work-piece code), first place first. The reason (drawn lots, the regulations'
    further criterion, the panel's vote ...) is required and goes into the audit trail."""
    require(ctx, "lock")
    if not reason.strip():
        raise UserError("裁定并列必须填写依据")
    if not order:
        raise UserError("请按名次先后列出并列的选手")
    with ctx.db.unit_of_work() as s:
        read = _read(s, event_id, trade_code)
        ensure_unlocked(read.trade)
        given = [_typed(n, read) for n in order]
        tie = _tie_for(read, given[0])
        orders = decided_orders(tie, given)
        new = {"group": tie.group, "order": given} if tie.group else {"order": given}
        return _apply(s, ctx, "tie.decide", read, tie, orders, new, reason)


def clear_tie_decision(
    ctx: Context, event_id: int, trade_code: str, number: str, reason: str
) -> TieInfo:
    """Withdraw the decision on the tie the contestant is in: they share the place again."""
    require(ctx, "lock")
    if not reason.strip():
        raise UserError("撤销裁定必须填写原因")
    with ctx.db.unit_of_work() as s:
        read = _read(s, event_id, trade_code)
        ensure_unlocked(read.trade)
        tie = _tie_for(read, _typed(number, read))
        decided = {e.key: e.decided_order for e in read.entries}
        held = {k: None for k in tie.keys if decided.get(k) is not None}
        if not held:
            raise UserError("这一并列尚未裁定")
        return _apply(s, ctx, "tie.clear", read, tie, held, {"order": []}, reason)


def _apply(
    s: Session,
    ctx: Context,
    action: str,
    read: _Read,
    tie: Tie,
    orders: Mapping[str, int | None],
    new: Mapping[str, object],
    reason: str,
) -> TieInfo:
    """Write the decided orders and audit them with the order that stood before; the tie as it
    stands after, read again in the same unit of work."""
    before = _standing(read, tie)
    _write(s, orders)
    audit.record(
        s,
        ctx,
        action,
        event_id=read.trade.event_id,
        entity="trade",
        key=read.trade.code,
        old={"order": before} if before else None,
        new=new,
        reason=reason.strip(),
    )
    read = _read(s, read.trade.event_id, read.trade.code)
    now = tie_of(read.ties, tie.keys[0])
    assert now is not None and now.keys == tie.keys  # only decided orders were written
    return _info(s, read, now)


def _standing(read: _Read, tie: Tie) -> list[str]:
    """The tie's order as decided now (its numbers, first place first); [] when undecided."""
    if not tie.decided:
        return []
    decided = {e.key: e.decided_order or 0 for e in read.entries}
    return [n for _, n in sorted(zip((decided[k] for k in tie.keys), tie.numbers, strict=True))]


def _write(s: Session, orders: Mapping[str, int | None]) -> None:
    """Each contestant's decided order, through the ORM (its flush re-seals the row); the
    version moves on, so a station editing the contestant meanwhile is told to reload."""
    for key, order in orders.items():
        person = s.get(Contestant, int(key))
        assert person is not None  # read in this unit of work
        person.decided_order = order
        person.version += 1
    s.flush()
