"""An event and a trade as the pages and the commands show them (plain values, no database)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from competition_app.domain.rules import TradeRules


@dataclass(frozen=True)
class EventInfo:
    id: int
    name: str
    date: str
    organizer: str
    venue: str
    team_best_n: int | None
    trades: int
    contestants: int
    issuer: str = ""
    notice_days: int = 5


@dataclass(frozen=True)
class TradeInfo:
    id: int
    event_id: int
    code: str
    name: str
    preset: str
    groups: tuple[str, ...]
    locked: bool
    locked_by: str
    rules: TradeRules
    contestants: int = 0


def event_info(
    row: tuple[int, str, str, str, str, int | None],
    settings: Mapping[str, Any],
    trades: int,
    contestants: int,
) -> EventInfo:
    """The event from its stored (id, name, date, organizer, venue, team_best_n) and settings:
    the issuer of certificates is the organizer unless named."""
    id_, name, date, organizer, venue, team_best_n = row
    return EventInfo(
        id=id_,
        name=name,
        date=date,
        organizer=organizer,
        venue=venue,
        team_best_n=team_best_n,
        trades=trades,
        contestants=contestants,
        issuer=str(settings.get("issuer", organizer)),
        notice_days=int(settings.get("notice_days", 5)),
    )


def trade_summary(
    row: tuple[int, int, str, str, str, bool, str],
    settings: Mapping[str, Any],
    rules: TradeRules,
    contestants: int,
) -> TradeInfo:
    """The trade from its stored (id, event_id, code, name, preset, locked, locked_by), its
    settings (the groups it ranks separately) and its rules."""
    id_, event_id, code, name, preset, locked, locked_by = row
    return TradeInfo(
        id=id_,
        event_id=event_id,
        code=code,
        name=name,
        preset=preset,
        groups=tuple(settings.get("groups", [])),
        locked=bool(locked),
        locked_by=locked_by,
        rules=rules,
        contestants=contestants,
    )
