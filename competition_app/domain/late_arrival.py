"""Late arrival (迟到) at check-in: the sessions' start times, and how late a check-in was.

A trade may give each session of its draw a start time (one per session, in session order).
A contestant checked in after the start of their session is late: admitted, but flagged, since
whether a late contestant may still compete is the chief steward's call under the contest's rules.
Lateness is counted in begun minutes: 20 seconds after the start is "1 minute late", never 0.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time

from competition_app.domain.errors import UserError

_DATE = r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})"
_TIME = r"(\d{1,2}):(\d{2})(?::(\d{2}))?"
_FULL = re.compile(rf"{_DATE}(?:\s+|T){_TIME}")
_TIME_ONLY = re.compile(_TIME)


def parse_session_starts(text: str) -> tuple[datetime, ...]:
    """Start times as typed, one per session: "2022-07-20 08:30, 13:30, 2022-07-21 08:30".

    A time alone is on the day of the time before it, so the first one needs its date. Empty text
    is no start times (nobody is flagged late).
    """
    cleaned = text.replace("：", ":").strip()
    if not cleaned:
        return ()
    out: list[datetime] = []
    day: date | None = None
    for n, raw in enumerate(re.split(r"[,，;；\n]", cleaned), start=1):
        item = raw.strip()
        full = _FULL.fullmatch(item)
        only = None if full else _TIME_ONLY.fullmatch(item)
        try:
            if full:
                y, mo, d, h, mi, s = full.groups()
                day = date(int(y), int(mo), int(d))
                at = time(int(h), int(mi), int(s or 0))
            elif only and day is not None:
                h, mi, s = only.groups()
                at = time(int(h), int(mi), int(s or 0))
            elif only:
                raise UserError(f"第 1 场开始时间“{item}”须写明日期，如 2022-07-20 08:30")
            else:
                raise UserError(
                    f"第 {n} 场开始时间“{item}”应写成 2022-07-20 08:30（同一天的可只写 13:30）"
                )
        except ValueError:
            raise UserError(f"第 {n} 场开始时间“{item}”不是有效的日期时间") from None
        out.append(datetime.combine(day, at))
    return check_session_starts(out)


def check_session_starts(starts: Iterable[datetime]) -> tuple[datetime, ...]:
    """Sessions run in order (two may start together, in different rooms): refuse one that starts
    before the session before it, the usual sign of a mistyped time or a missing date."""
    out = tuple(s.replace(microsecond=0, tzinfo=None) for s in starts)
    for n in range(1, len(out)):
        if out[n] < out[n - 1]:
            raise UserError(
                f"第 {n + 1} 场开始时间 {out[n]:%Y-%m-%d %H:%M} 早于第 {n} 场"
                f"（{out[n - 1]:%Y-%m-%d %H:%M}）；不是同一天的请写明日期"
            )
    return out


def format_session_starts(starts: Sequence[datetime]) -> str:
    """The start times as parse_session_starts reads them, a time alone when on the same day."""
    parts: list[str] = []
    for n, s in enumerate(starts):
        shown = s.strftime("%H:%M:%S" if s.second else "%H:%M")
        same_day = n > 0 and starts[n - 1].date() == s.date()
        parts.append(shown if same_day else f"{s:%Y-%m-%d} {shown}")
    return ", ".join(parts)


def session_start(session: int | None, starts: Sequence[datetime]) -> datetime | None:
    """When this contestant's session starts: their session's time; before the draw everybody is in
    the one session, the first. None when no time is set for the session (nobody is late)."""
    index = (session or 1) - 1
    return starts[index] if 0 <= index < len(starts) else None


def minutes_late(arrived: datetime, starts_at: datetime | None) -> int:
    """Begun minutes between the start and the check-in; 0 when on time or no start is set."""
    if starts_at is None or arrived <= starts_at:
        return 0
    return math.ceil((arrived - starts_at).total_seconds() / 60)
