"""A trade's contest-day options: blind marking, verified entry, lot capacities, session start
times, end time and the appeal window; kept in the trade's settings beside its rules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from competition_app.domain.appeals import DEFAULT_APPEAL_HOURS, parse_hours, parse_when
from competition_app.domain.errors import UserError
from competition_app.domain.late_arrival import check_session_starts
from competition_app.domain.lot_drawing import check_capacities
from competition_app.services.context import Context
from competition_app.services.integrity import audit
from competition_app.services.integrity.permissions import require
from competition_app.services.setup.trades import ensure_unlocked, marks_entered
from competition_app.storage.models import Trade


@dataclass(frozen=True)
class TradeOptions:
    blind: bool = False  # judges see work-piece codes only; same-unit recusal does not apply
    double_entry: bool = False  # every mark typed twice by two people (复核)
    lot_capacities: tuple[int, ...] = ()  # places per session; () = one session for everybody
    session_starts: tuple[datetime, ...] = ()  # per session; a check-in after it is late (迟到)
    ends_at: datetime | None = None  # when the trade ends: the appeal window starts here
    appeal_hours: Decimal = DEFAULT_APPEAL_HOURS


def options_of(settings: dict[str, Any]) -> TradeOptions:
    ends = settings.get("ends_at")
    return TradeOptions(
        blind=bool(settings.get("blind", False)),
        double_entry=bool(settings.get("double_entry", False)),
        lot_capacities=tuple(int(c) for c in settings.get("lots", {}).get("capacities", ())),
        session_starts=tuple(
            parse_when(t, what="场次开始时间") for t in settings.get("lots", {}).get("starts", ())
        ),
        ends_at=parse_when(ends, what="结束时间") if ends else None,
        appeal_hours=parse_hours(settings.get("appeal_hours", DEFAULT_APPEAL_HOURS)),
    )


def trade_options(ctx: Context, trade_id: int) -> TradeOptions:
    with ctx.db.reading() as s:
        return options_of(_trade(s, trade_id).settings)


def marks_in_trade(ctx: Context, trade_id: int) -> int:
    """How many marks the trade has: blind marking and verified entry wait for none."""
    with ctx.db.reading() as s:
        return marks_entered(s, trade_id)


def _trade(s: Session, trade_id: int) -> Trade:
    trade = s.get(Trade, trade_id)
    if trade is None:
        raise UserError("工种不存在")
    return trade


def set_trade_options(
    ctx: Context,
    trade_id: int,
    *,
    blind: bool | None = None,
    double_entry: bool | None = None,
    lot_capacities: tuple[int, ...] | None = None,
    session_starts: tuple[datetime, ...] | None = None,
    ends_at: datetime | str | None = None,
    clear_ends_at: bool = False,
    appeal_hours: Decimal | str | None = None,
) -> TradeOptions:
    """Change some options (None leaves one as it is); audited with old and new values.
    `clear_ends_at` takes a (mistaken) end time away again: no appeal is then accepted until one
    is set. An empty `lot_capacities` or `session_starts` removes those.

    Blind marking and verified entry change how marks are taken, so they are refused on a locked
    trade; verified entry cannot be switched on once marks exist (they were never verified), nor
    blind marking switched either way (the judges saw the names, or saw only codes; and whether
    a judge of the contestant's unit stands aside, so which marks count, turns on it).
    Session start times decide who checked in late, so they too stay as they are once the trade
    is locked. The end time and appeal window may be set after the lock: appeals come after it.
    """
    require(ctx, "settings")
    if clear_ends_at and ends_at is not None:
        raise UserError("不能同时设置和清除结束时间")
    with ctx.db.unit_of_work() as s:
        trade = _trade(s, trade_id)
        settings = dict(trade.settings)
        old = options_of(settings)
        if blind is not None and blind != old.blind:
            ensure_unlocked(trade)
            marked = marks_entered(s, trade.id)
            if marked and blind:
                raise UserError(
                    f"工种“{trade.name}”已有 {marked} 个分数，不能再改为盲评：裁判已看到选手"
                )
            if marked:
                raise UserError(
                    f"工种“{trade.name}”已有 {marked} 个分数，不能再取消盲评：须由加密裁判解密"
                )
            settings["blind"] = blind
        if double_entry is not None and double_entry != old.double_entry:
            ensure_unlocked(trade)
            if double_entry:
                marked = marks_entered(s, trade.id)
                if marked:
                    raise UserError(f"工种“{trade.name}”已有 {marked} 个分数，不能再启用复核")
            settings["double_entry"] = double_entry
        if lot_capacities is not None:
            ensure_unlocked(trade)
            caps = check_capacities(lot_capacities) if lot_capacities else ()
            settings["lots"] = {**settings.get("lots", {}), "capacities": list(caps)}
        starts = None if session_starts is None else check_session_starts(session_starts)
        if starts is not None and starts != old.session_starts:
            ensure_unlocked(trade)
            settings["lots"] = {**settings.get("lots", {}), "starts": [_stored(t) for t in starts]}
        if clear_ends_at:
            settings.pop("ends_at", None)
        if ends_at is not None:
            when = parse_when(ends_at, what="结束时间") if isinstance(ends_at, str) else ends_at
            settings["ends_at"] = _stored(when)
        if appeal_hours is not None:
            settings["appeal_hours"] = format(parse_hours(appeal_hours), "f")
        return _save(s, ctx, trade, old, settings)


def remember_lot_capacities(s: Session, ctx: Context, trade: Trade, caps: tuple[int, ...]) -> None:
    """Keep the capacities a draw was made with as the trade's own (audited when they change), in
    the draw's unit of work, so the next draw and the lots page start from them."""
    settings = dict(trade.settings)
    old = options_of(settings)
    settings["lots"] = {**settings.get("lots", {}), "capacities": list(check_capacities(caps))}
    _save(s, ctx, trade, old, settings)


def _save(
    s: Session, ctx: Context, trade: Trade, old: TradeOptions, settings: dict[str, Any]
) -> TradeOptions:
    new = options_of(settings)
    if new != old:
        trade.settings = settings
        trade.version += 1
        audit.record(
            s,
            ctx,
            "trade.options",
            event_id=trade.event_id,
            entity="trade",
            key=trade.code,
            old=_shown(old),
            new=_shown(new),
        )
    return new


def _stored(when: datetime) -> str:
    return when.replace(microsecond=0).isoformat(sep=" ")


def _shown(o: TradeOptions) -> dict[str, Any]:
    return {
        "blind": o.blind,
        "double_entry": o.double_entry,
        "lot_capacities": list(o.lot_capacities),
        "session_starts": [t.isoformat(sep=" ") for t in o.session_starts],
        "ends_at": o.ends_at.isoformat(sep=" ") if o.ends_at else None,
        "appeal_hours": format(o.appeal_hours, "f"),
    }
