"""Who and what a save is about: the contestant and their trade, read as plain rows.

Every keystroke saved on the grid reads them; as mapped objects that read cost more than the
rest of the save together. The rules that look at them (the lock, recusal, the audit subject)
take anything with these attributes: a mapped object or these rows.
"""

from __future__ import annotations

from typing import Any, NamedTuple, Protocol

from sqlalchemy import bindparam, select
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


class TradeRow(NamedTuple):
    id: int
    event_id: int
    code: str
    name: str
    settings: dict[str, Any]
    locked: bool
    version: int


_CONTESTANT_FIELDS = ContestantRow._fields
_TRADE_FIELDS = TradeRow._fields

_READ = Prepared(
    lambda: (
        select(
            *(getattr(Contestant, f) for f in _CONTESTANT_FIELDS),
            *(getattr(Trade, f) for f in _TRADE_FIELDS),
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
    n = len(_CONTESTANT_FIELDS)
    c = ContestantRow(*row[:n])
    t = row[n:]
    return c, TradeRow(t[0], t[1], t[2], t[3], t[4] or {}, bool(t[5]), t[6])
