"""Lot drawing per trade: draw (or redraw, audited), show, and verify a stored draw from its seed."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from competition_app.domain.entries import COMPETING
from competition_app.domain.errors import ConflictError, UserError
from competition_app.domain.lot_drawing import (
    LotAssignment,
    check_capacities,
    draw_differences,
    draw_lots,
    new_seed,
)
from competition_app.domain.tabulation import number_key
from competition_app.services.context import Context
from competition_app.services.integrity import audit
from competition_app.services.integrity.permissions import require
from competition_app.services.setup.trade_options import options_of, remember_lot_capacities
from competition_app.services.setup.trades import ensure_unlocked, find_trade
from competition_app.storage.models import AuditEntry, Contestant, LotDraw, LotPlace, Trade


@dataclass(frozen=True)
class LotRow:
    contestant_id: int
    number: str
    name: str
    unit: str
    session: int
    station: int
    order: int


@dataclass(frozen=True)
class LotResult:
    """A trade's draw as stored: printed with its seed, so anyone can redo it."""

    trade_code: str
    trade_name: str
    seed: int
    capacities: tuple[int, ...]
    drawn_by: str
    drawn_at: datetime
    round: int  # 1 for the first draw, 2 after one redraw ...
    rows: tuple[LotRow, ...]  # by session, then station


@dataclass(frozen=True)
class LotCheck:
    seed: int
    ok: bool
    differences: tuple[str, ...]


def draw_trade_lots(
    ctx: Context,
    event_id: int,
    trade_code: str,
    *,
    seed: int | None = None,
    capacities: tuple[int, ...] | None = None,
    force: bool = False,
) -> LotResult:
    """Draw session, workstation and lot number for the trade's contestants.

    `capacities` are the places per session (default: the trade's stored setting
    ``settings["lots"]["capacities"]``, else one session holding everybody); capacities given
    become the trade's setting (audited as an options change). A fresh seed comes from
    the operating system unless one is given (as for a draw made in public with dice). A trade
    already drawn is redrawn only with `force`, and the redraw is audited with both seeds.
    """
    require(ctx, "lots")
    if seed is not None and seed < 0:
        raise UserError("抽签种子应为非负整数")
    with ctx.db.unit_of_work() as s:
        trade = find_trade(s, event_id, trade_code)
        ensure_unlocked(trade)
        previous = s.scalars(select(LotDraw).where(LotDraw.trade_id == trade.id)).first()
        people = {
            c.number: c
            for c in s.scalars(
                select(Contestant).where(
                    Contestant.trade_id == trade.id, Contestant.status.in_(COMPETING)
                )
            )
        }
        if not people:
            raise UserError(f"工种“{trade.name}”没有可以参加抽签的选手")
        given = capacities is not None
        if capacities is None:
            capacities = options_of(trade.settings).lot_capacities or (len(people),)
        caps = check_capacities(capacities)
        seed = new_seed() if seed is None else seed
        drawn = draw_lots(people, caps, seed)
        # asked only of a draw that can be made: a redraw confirmed, then refused for its
        # capacities, had asked to void the draw for nothing
        if previous is not None and not force:
            raise ConflictError(
                f"工种“{trade.name}”已于 {previous.drawn_at:%Y-%m-%d %H:%M} 抽签（种子 {previous.seed}），"
                "重新抽签须确认（命令行加 --force）"
            )
        if given:
            remember_lot_capacities(s, ctx, trade, caps)
        s.execute(delete(LotPlace).where(LotPlace.trade_id == trade.id))
        if previous is not None:
            s.delete(previous)
            s.flush()
        row = LotDraw(
            trade_id=trade.id,
            seed=seed,
            capacities=list(caps),
            numbers=sorted(people, key=number_key),
            drawn_by=ctx.actor,
            drawn_at=datetime.now().replace(microsecond=0),
            round=(previous.round + 1) if previous else 1,
        )
        s.add(row)
        s.execute(
            insert(LotPlace),
            [
                {
                    "contestant_id": people[a.number].id,
                    "trade_id": trade.id,
                    "session": a.session,
                    "station": a.station,
                    "draw_order": a.order,
                }
                for a in drawn
            ],
        )
        s.flush()
        audit.record(
            s,
            ctx,
            "lots.redraw" if previous else "lots.draw",
            event_id=event_id,
            entity="trade",
            key=trade.code,
            old={"seed": previous.seed, "capacities": previous.capacities} if previous else None,
            new={"seed": seed, "capacities": list(caps), "contestants": len(drawn)},
        )
        return _result(s, trade, row)


def _result(s: Session, trade: Trade, draw: LotDraw) -> LotResult:
    rows = [
        LotRow(c.id, c.number, c.name, c.unit, p.session, p.station, p.draw_order)
        for p, c in s.execute(
            select(LotPlace, Contestant)
            .join(Contestant, Contestant.id == LotPlace.contestant_id)
            .where(LotPlace.trade_id == trade.id)
        ).tuples()
    ]
    rows.sort(key=lambda r: (r.session, r.station))
    return LotResult(
        trade.code,
        trade.name,
        draw.seed,
        tuple(draw.capacities),
        draw.drawn_by,
        draw.drawn_at,
        draw.round,
        tuple(rows),
    )


def lot_result(ctx: Context, event_id: int, trade_code: str) -> LotResult | None:
    """The stored draw of a trade, or None before the draw."""
    with ctx.db.reading() as s:
        trade = find_trade(s, event_id, trade_code)
        draw = s.scalars(select(LotDraw).where(LotDraw.trade_id == trade.id)).first()
        return None if draw is None else _result(s, trade, draw)


def verify_lots(ctx: Context, event_id: int, trade_code: str) -> LotCheck:
    """Redo the draw from the stored seed, numbers and capacities and compare with the places
    stored; also check the seed is the one the audit trail recorded for the draw."""
    with ctx.db.reading() as s:
        trade = find_trade(s, event_id, trade_code)
        draw = s.scalars(select(LotDraw).where(LotDraw.trade_id == trade.id)).first()
        if draw is None:
            raise UserError(f"工种“{trade.name}”尚未抽签")
        expected = draw_lots(draw.numbers, draw.capacities, draw.seed)
        stored = [
            LotAssignment(number, session, station, order)
            for number, session, station, order in s.execute(
                select(Contestant.number, LotPlace.session, LotPlace.station, LotPlace.draw_order)
                .join(Contestant, Contestant.id == LotPlace.contestant_id)
                .where(LotPlace.trade_id == trade.id)
            ).tuples()
        ]
        differences = list(draw_differences(expected, stored))
        recorded = s.scalars(
            select(AuditEntry)
            .where(
                AuditEntry.event_id == event_id,
                AuditEntry.entity == "trade",
                AuditEntry.entity_key == trade.code,
                AuditEntry.action.in_(("lots.draw", "lots.redraw")),
            )
            .order_by(AuditEntry.id.desc())
            .limit(1)
        ).first()
        if recorded is None:
            differences.append("审计记录中没有这次抽签")
        elif _recorded_seed(recorded.new_value) != draw.seed:
            differences.append(f"种子 {draw.seed} 与审计记录（第 {recorded.id} 条）不符")
        return LotCheck(draw.seed, not differences, tuple(differences))


def _recorded_seed(text: str) -> int | None:
    try:
        value = json.loads(text).get("seed")
    except (ValueError, AttributeError):
        return None
    return value if isinstance(value, int) else None
