"""Who and what a save is about: the contestant and their trade, read as plain rows.

Every keystroke saved on the grid reads them; as mapped objects that read cost more than the
rest of the save together. The rules that look at them (the lock, recusal, the audit subject)
take anything with these attributes: a mapped object or these rows.
"""

from __future__ import annotations

from typing import NamedTuple, Protocol

from sqlalchemy import String, bindparam, select, type_coerce
from sqlalchemy.orm import Session

from competition_app.services.setup.trade_row import TradeRow as TradeRow
from competition_app.services.setup.trade_row import settings_text
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
    trade = TradeRow(tid, event_id, code, name, settings_text(settings), bool(locked), version)
    return ContestantRow(*row[:n]), trade
