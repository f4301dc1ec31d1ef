"""Who and what a save is about: the contestant and their trade, read as plain rows.

Every keystroke saved on the grid reads them; as mapped objects that read cost more than the
rest of the save together. The rules that look at them (the lock, recusal, the audit subject)
take anything with these attributes: a mapped object or these rows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple, Protocol

from sqlalchemy import String, bindparam, select, type_coerce
from sqlalchemy.orm import Session

from competition_app.storage.models import Contestant, Trade
from competition_app.storage.prepared import Prepared


class ContestantLike(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def event_id(self) -> int: ...
    @property
    def trade_id(self) -> int: ...
    @property
    def number(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def unit(self) -> str: ...


class ContestantRow(NamedTuple):
    id: int
    event_id: int
    trade_id: int
    number: str
    name: str
    unit: str


@dataclass(frozen=True)
class TradeRow:
    """A trade as a save reads it: its settings kept as the stored JSON text, parsed once per
    distinct text (the settings hold the whole scoring plan; parsing and re-serialising them
    for the facts' cache cost a tenth of a save)."""

    id: int
    event_id: int
    code: str
    name: str
    settings_text: str
    locked: bool
    version: int

    @property
    def settings(self) -> dict[str, Any]:
        return _parsed(self.settings_text)


@lru_cache(maxsize=256)
def _parsed(text: str) -> dict[str, Any]:
    found = json.loads(text) if text else {}
    return found if isinstance(found, dict) else {}


_READ = Prepared(
    lambda: (
        select(
            *(getattr(Contestant, f) for f in ContestantRow._fields),
            Trade.id,
            Trade.event_id,
            Trade.code,
            Trade.name,
            type_coerce(Trade.settings, String),  # the stored text, parsed only when it changes
            Trade.locked,
            Trade.version,
        )
        .join(Trade, Trade.id == Contestant.trade_id)
        .where(Contestant.id == bindparam("contestant_id"))
    )
)


def read_subject(s: Session, contestant_id: int) -> tuple[ContestantRow, TradeRow] | None:
    """The contestant and their trade in one statement; None when there is no such contestant."""
    row = _READ.first(s, contestant_id=contestant_id)
    if row is None:
        return None
    n = len(ContestantRow._fields)
    tid, event_id, code, name, settings, locked, version = row[n:]
    if not isinstance(settings, str):  # PostgreSQL's driver parses JSON itself
        settings = json.dumps(settings, sort_keys=True) if settings else ""
    trade = TradeRow(tid, event_id, code, name, settings, bool(locked), version)
    return ContestantRow(*row[:n]), trade
