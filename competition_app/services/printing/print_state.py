"""What every printed paper needs to know of its event and trade: the event, its date, and
whether a trade's results are final (domain.final_state) or would print as a draft."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy.orm import Session

from competition_app.domain.errors import UserError
from competition_app.domain.final_state import draft_reasons
from competition_app.domain.results import ResultRow
from competition_app.services.context import Context
from competition_app.services.results.results import compute
from competition_app.services.scoring.verification import status_in_session
from competition_app.storage.models import Event, Trade


def load_event(s: Session, event_id: int) -> Event:
    ev = s.get(Event, event_id)
    if ev is None:
        raise UserError(f"没有编号为 {event_id} 的赛事")
    return ev


def trade_draft_reasons(s: Session, trade: Trade, rows: Sequence[ResultRow]) -> tuple[str, ...]:
    """Why the trade's papers would be a draft today (domain.final_state), () when final."""
    return draft_reasons(
        locked=trade.locked, rows=rows, unverified=status_in_session(s, trade).provisional
    )


def draft_state(
    ctx: Context, event_id: int, trade_code: str | None = None
) -> dict[str, tuple[str, ...]]:
    """For the window, before it prints: each trade's name and why it would print as a draft
    (only the trades that would)."""
    with ctx.db.reading() as s:
        ev = load_event(s, event_id)
        out = {}
        for trade in ev.trades:
            if trade_code not in (None, trade.code):
                continue
            reasons = trade_draft_reasons(s, trade, compute(s, trade).rows)
            if reasons:
                out[trade.name] = reasons
        return out


def event_date(ev: Event) -> date:
    try:
        return date.fromisoformat(ev.date)
    except ValueError:
        return date.today()
