"""Events: create from a definition, export back, list, and the event's details."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, bindparam, func, select
from sqlalchemy.orm import Session

from competition_app.domain.errors import UserError
from competition_app.io.event_file import (
    EventDefinition,
    JudgeDefinition,
    TradeDefinition,
    date_problem,
)
from competition_app.services.context import Context
from competition_app.services.integrity import audit
from competition_app.services.integrity.permissions import require
from competition_app.services.setup.summaries import EventInfo as EventInfo
from competition_app.services.setup.summaries import event_info
from competition_app.services.setup.trades import load_rules, store_rules
from competition_app.storage.models import Contestant, Event, Judge, Trade
from competition_app.storage.prepared import Prepared


def create_event(ctx: Context, d: EventDefinition) -> int:
    """Create an event, its trades and judges in one unit of work; returns the new id."""
    require(ctx, "events")
    with ctx.db.unit_of_work() as s:
        ev = Event(
            name=d.name,
            date=d.date,
            organizer=d.organizer,
            venue=d.venue,
            team_best_n=d.team_best_n,
            secret=secrets.token_hex(32),
            settings=dict(d.settings),
        )
        s.add(ev)
        s.flush()
        trades: dict[str, Trade] = {}
        for pos, t in enumerate(d.trades):
            trade = Trade(
                event_id=ev.id,
                code=t.code,
                name=t.name,
                preset=t.preset,
                position=pos,
                settings={"groups": list(t.groups)},
            )
            s.add(trade)
            store_rules(s, trade, t.rules)
            trades[t.code] = trade
        for j in d.judges:
            s.add(
                Judge(
                    event_id=ev.id,
                    code=j.code,
                    name=j.name,
                    unit=j.unit,
                    role=j.role,
                    trades=[trades[c] for c in j.trades],
                )
            )
        s.flush()
        audit.record(
            s,
            ctx,
            "event.create",
            event_id=ev.id,
            entity="event",
            key=str(ev.id),
            new={"name": d.name, "trades": [t.code for t in d.trades]},
        )
        return ev.id


def export_event(ctx: Context, event_id: int) -> EventDefinition:
    with ctx.db.reading() as s:
        ev = _event(s, event_id)
        judges = s.scalars(select(Judge).where(Judge.event_id == event_id).order_by(Judge.id))
        return EventDefinition(
            name=ev.name,
            date=ev.date,
            organizer=ev.organizer,
            venue=ev.venue,
            team_best_n=ev.team_best_n,
            settings=dict(ev.settings),
            trades=tuple(
                TradeDefinition(
                    code=t.code,
                    name=t.name,
                    rules=load_rules(t),
                    preset=t.preset,
                    groups=tuple(t.settings.get("groups", [])),
                )
                for t in ev.trades
            ),
            judges=tuple(
                JudgeDefinition(j.code, j.name, j.unit, j.role, tuple(t.code for t in j.trades))
                for j in judges
            ),
        )


def _event(s: Session, event_id: int) -> Event:
    ev = s.get(Event, event_id)
    if ev is None:
        raise UserError(f"没有编号为 {event_id} 的赛事")
    return ev


def _info(s: Session, ev: Event) -> EventInfo:
    n = s.execute(
        select(func.count()).select_from(Contestant).where(Contestant.event_id == ev.id)
    ).scalar_one()
    row = (ev.id, ev.name, ev.date, ev.organizer, ev.venue, ev.team_best_n)
    return event_info(row, ev.settings, len(ev.trades), n)


def _events_read() -> Select[Any]:
    """Each event's stored fields and its numbers of trades and contestants, one row an event.
    Of the tables, not the mapped classes: the window's start shows the event (or the list to
    choose one from) before anything else of the ORM is used, and a statement of a mapped class
    relates every mapper first (~30 ms)."""
    ev, trade, person = Event.__table__.c, Trade.__table__.c, Contestant.__table__.c
    return select(
        ev.id, ev.name, ev.date, ev.organizer, ev.venue, ev.team_best_n, ev.settings,
        select(func.count()).where(trade.event_id == ev.id).scalar_subquery(),
        select(func.count()).where(person.event_id == ev.id).scalar_subquery(),
    ).order_by(ev.id)  # fmt: skip


_EVENTS = Prepared(_events_read)
_EVENT = Prepared(lambda: _events_read().where(Event.__table__.c.id == bindparam("event_id")))
# the trades' settings, read through their type as the ORM reads them: a damaged one is said
# as the event opens or the events are listed (as when their trades were loaded to be
# counted), not by whichever page needs that trade first
_ALL_TRADE_SETTINGS = Prepared(lambda: select(Trade.__table__.c.settings))
_TRADE_SETTINGS = Prepared(
    lambda: select(Trade.__table__.c.settings).where(
        Trade.__table__.c.event_id == bindparam("event_id")
    )
)


def _read_info(found: Any) -> EventInfo:
    *row, settings, trades, contestants = found
    return event_info(tuple(row), settings or {}, int(trades), int(contestants))


def list_events(ctx: Context) -> list[EventInfo]:
    with ctx.db.reading() as s:
        found = _EVENTS.rows(s)
        _ALL_TRADE_SETTINGS.rows(s)
    return [_read_info(row) for row in found]


def get_event(ctx: Context, event_id: int) -> EventInfo:
    with ctx.db.reading() as s:
        found = _EVENT.first(s, event_id=event_id)
        _TRADE_SETTINGS.rows(s, event_id=event_id)
    if found is None:
        raise UserError(f"没有编号为 {event_id} 的赛事")
    return _read_info(found)


@dataclass(frozen=True)
class EventDetails:
    """What the organizer may change after the wizard (the trades have their own page)."""

    name: str
    date: str
    organizer: str
    venue: str
    issuer: str
    notice_days: int


MAX_NOTICE_DAYS = 60


def update_event(ctx: Context, event_id: int, details: EventDetails) -> EventInfo:
    """Change the event's name, dates, organizer, venue, issuer or notice period (audited with
    every field that changed, old and new); returns the event as it now is."""
    require(ctx, "events")
    name = details.name.strip()
    if not name:
        raise UserError("赛事名称不能为空")
    if not 0 <= details.notice_days <= MAX_NOTICE_DAYS:
        raise UserError(f"公示期应为 0–{MAX_NOTICE_DAYS} 个工作日")
    if date_problem(details.date.strip()):
        raise UserError(date_problem(details.date.strip()))
    with ctx.db.unit_of_work() as s:
        ev = _event(s, event_id)
        before = _details(ev)
        after = EventDetails(
            name,
            details.date.strip(),
            details.organizer.strip(),
            details.venue.strip(),
            details.issuer.strip(),
            details.notice_days,
        )
        old = {k: v for k, v in before.__dict__.items() if getattr(after, k) != v}
        if old:
            ev.name, ev.date, ev.organizer, ev.venue = (
                after.name,
                after.date,
                after.organizer,
                after.venue,
            )
            settings = dict(ev.settings)
            settings["issuer"] = after.issuer
            settings["notice_days"] = after.notice_days
            ev.settings = settings
            audit.record(
                s,
                ctx,
                "event.update",
                event_id=ev.id,
                entity="event",
                key=str(ev.id),
                old=old,
                new={k: getattr(after, k) for k in old},
            )
        s.flush()
        return _info(s, ev)


def _details(ev: Event) -> EventDetails:
    return EventDetails(
        ev.name,
        ev.date,
        ev.organizer,
        ev.venue,
        str(ev.settings.get("issuer", ev.organizer)),
        int(ev.settings.get("notice_days", 5)),
    )
