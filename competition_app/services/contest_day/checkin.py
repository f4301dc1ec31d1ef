"""Check-in (检录): present or absent by entry number (typed or scanned), who is still missing, and
who came late (after their session's start time, a trade option)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from competition_app.domain.entries import COMPETING
from competition_app.domain.errors import UserError
from competition_app.domain.late_arrival import minutes_late, session_start
from competition_app.services.context import Context
from competition_app.services.integrity import audit
from competition_app.services.integrity.permissions import require
from competition_app.services.setup.trade_options import options_of
from competition_app.services.setup.trades import ensure_unlocked, find_trade
from competition_app.storage.models import BlindCode, Checkin, Contestant, LotPlace, Trade


@dataclass(frozen=True)
class CheckinResult:
    """What the check-in desk shows after a scan: who it is and where they go."""

    contestant_id: int
    number: str
    name: str
    unit: str
    trade_code: str
    trade_name: str
    session: int | None  # None before the draw
    station: int | None
    already: bool  # was checked in before this scan
    at: datetime  # when first checked in
    checkin_code: str = ""  # 一次加密 code to hand over, when the trade has codes
    starts_at: datetime | None = None  # the start of their session, when the trade sets one
    late_minutes: int = 0  # 迟到: begun minutes after the start at the first check-in

    @property
    def late(self) -> bool:
        return self.late_minutes > 0


@dataclass(frozen=True)
class MissingRow:
    contestant_id: int
    number: str
    name: str
    unit: str
    session: int | None
    station: int | None


@dataclass(frozen=True)
class LateRow(MissingRow):
    """A contestant checked in after their session's start: admitted, but flagged 迟到."""

    at: datetime  # checked in
    starts_at: datetime
    minutes: int


@dataclass(frozen=True)
class SessionCount:
    session: int | None
    expected: int
    present: int
    absent: int
    late: int = 0  # of those present


def now() -> datetime:
    """The check-in clock (tests set it, to check in at a chosen time)."""
    return datetime.now().replace(microsecond=0)


def scanned_number(text: str) -> str:
    """An entry number as a barcode scanner types it: digits, maybe a prefix, then Enter."""
    return text.strip().strip("\r\n").strip()


def _contestant(s: Session, event_id: int, number: str) -> tuple[Contestant, Trade]:
    number = scanned_number(number)
    if not number:
        raise UserError("参赛证号为空")
    c = s.scalars(
        select(Contestant).where(Contestant.event_id == event_id, Contestant.number == number)
    ).first()
    if c is None:
        raise UserError(f"没有参赛证号“{number}”的选手")
    trade = s.get(Trade, c.trade_id)
    assert trade is not None
    return c, trade


def check_in(ctx: Context, event_id: int, number: str) -> CheckinResult:
    """Mark a contestant present. A second scan only says so; a contestant marked absent who turns
    up after all (late, within the time the rules allow) is set back to normal, audited.

    A check-in after the start of the contestant's session (trade option `session_starts`) is
    accepted and flagged late, with the minutes, in the result and in the audit entry.
    """
    require(ctx, "checkin")
    with ctx.db.unit_of_work() as s:
        c, trade = _contestant(s, event_id, number)
        if c.status == "disqualified":
            raise UserError(f"选手 {c.number} {c.name} 已被取消资格")
        row = s.get(Checkin, c.id)
        place = s.get(LotPlace, c.id)
        session = place.session if place else None
        starts_at = session_start(session, options_of(trade.settings).session_starts)
        already = row is not None and row.present
        if not already:
            ensure_unlocked(trade)
            at = now()
            if row is None:
                row = Checkin(contestant_id=c.id)
                s.add(row)
            row.present, row.at, row.by = True, at, ctx.actor
            if c.status == "absent":
                c.status = "ok"
                c.version += 1
                audit.record(
                    s,
                    ctx,
                    "contestant.status",
                    event_id=event_id,
                    entity="contestant",
                    key=c.number,
                    old="absent",
                    new="ok",
                    reason="检录：迟到到场",
                )
            late = minutes_late(at, starts_at)
            audit.record(
                s,
                ctx,
                "checkin",
                event_id=event_id,
                entity="contestant",
                key=c.number,
                new="late" if late else "present",
                reason=_late_reason(late, session, starts_at),
            )
            s.flush()
        assert row is not None
        code = s.get(BlindCode, c.id)
        return CheckinResult(
            c.id,
            c.number,
            c.name,
            c.unit,
            trade.code,
            trade.name,
            place.session if place else None,
            place.station if place else None,
            already,
            row.at,
            code.checkin_code if code else "",
            starts_at,
            minutes_late(row.at, starts_at),
        )


def _late_reason(late: int, session: int | None, starts_at: datetime | None) -> str:
    if not late or starts_at is None:
        return ""
    which = f"第 {session} 场" if session else "比赛"
    return f"迟到 {late} 分钟（{which} {starts_at:%Y-%m-%d %H:%M} 开始）"


def mark_absent(ctx: Context, event_id: int, number: str, *, reason: str = "") -> None:
    """缺考: the contestant did not come; status absent (not ranked, no award), audited."""
    require(ctx, "checkin")
    with ctx.db.unit_of_work() as s:
        c, trade = _contestant(s, event_id, number)
        ensure_unlocked(trade)
        row = s.get(Checkin, c.id)
        if row is not None and row.present:
            raise UserError(f"选手 {c.number} {c.name} 已检录到场，不能记为缺考")
        if row is None:
            row = Checkin(contestant_id=c.id)
            s.add(row)
        row.present, row.at, row.by = False, now(), ctx.actor
        if c.status != "absent":
            old = c.status
            c.status = "absent"
            c.version += 1
            audit.record(
                s,
                ctx,
                "contestant.status",
                event_id=event_id,
                entity="contestant",
                key=c.number,
                old=old,
                new="absent",
                reason=reason or "检录：缺考",
            )


def _people(s: Session, trade: Trade) -> list[tuple[Contestant, LotPlace | None, Checkin | None]]:
    rows = s.execute(
        select(Contestant, LotPlace, Checkin)
        .outerjoin(LotPlace, LotPlace.contestant_id == Contestant.id)
        .outerjoin(Checkin, Checkin.contestant_id == Contestant.id)
        .where(Contestant.trade_id == trade.id)
    ).tuples()
    return list(rows)


def missing(
    ctx: Context, event_id: int, trade_code: str, session: int | None = None
) -> list[MissingRow]:
    """Contestants expected and not yet checked in (nor marked absent), by session and station."""
    with ctx.db.reading() as s:
        trade = find_trade(s, event_id, trade_code)
        out = [
            MissingRow(
                c.id, c.number, c.name, c.unit, p.session if p else None, p.station if p else None
            )
            for c, p, ck in _people(s, trade)
            if c.status in COMPETING
            and ck is None
            and (session is None or (p is not None and p.session == session))
        ]
    return sorted(out, key=lambda r: (r.session or 0, r.station or 0, r.number))


def late_arrivals(
    ctx: Context, event_id: int, trade_code: str, session: int | None = None
) -> list[LateRow]:
    """Contestants checked in after their session's start, by session and station."""
    with ctx.db.reading() as s:
        trade = find_trade(s, event_id, trade_code)
        starts = options_of(trade.settings).session_starts
        out: list[LateRow] = []
        for c, p, ck in _people(s, trade):
            if (
                ck is None
                or not ck.present
                or (session is not None and (p is None or p.session != session))
            ):
                continue
            start = session_start(p.session if p else None, starts)
            minutes = minutes_late(ck.at, start)
            if minutes and start is not None:
                out.append(
                    LateRow(
                        c.id,
                        c.number,
                        c.name,
                        c.unit,
                        p.session if p else None,
                        p.station if p else None,
                        ck.at,
                        start,
                        minutes,
                    )
                )
    return sorted(out, key=lambda r: (r.session or 0, r.station or 0, r.number))


def checkin_summary(ctx: Context, event_id: int, trade_code: str) -> list[SessionCount]:
    """Per session: how many are expected, present (and of them late) and absent."""
    with ctx.db.reading() as s:
        trade = find_trade(s, event_id, trade_code)
        starts = options_of(trade.settings).session_starts
        counts: dict[int | None, list[int]] = {}
        for c, p, ck in _people(s, trade):
            if c.status not in COMPETING and c.status != "absent":
                continue
            session = p.session if p else None
            n = counts.setdefault(session, [0, 0, 0, 0])
            n[0] += 1
            if ck is not None and ck.present:
                n[1] += 1
                n[3] += minutes_late(ck.at, session_start(session, starts)) > 0
            elif c.status == "absent":
                n[2] += 1
    return [SessionCount(k, *v) for k, v in sorted(counts.items(), key=lambda kv: kv[0] or 0)]
