"""One trade's results as every page, paper and command shows them."""

from __future__ import annotations

from dataclasses import dataclass

from competition_app.domain.results import ResultRow, TradeResult
from competition_app.domain.rules import TradeRules
from competition_app.services.setup.summaries import EventInfo, TradeInfo


@dataclass(frozen=True)
class TradeResults:
    event: EventInfo
    trade: TradeInfo
    result: TradeResult
    group: str | None = None
    # Verified entry (复核) is on and some mark is not yet verified: the results are provisional.
    provisional: bool = False
    # A blind trade not yet decrypted: rows carry work-piece codes, never names or units.
    identities_hidden: bool = False

    @property
    def rules(self) -> TradeRules:
        return self.trade.rules

    @property
    def rows(self) -> tuple[ResultRow, ...]:
        if self.group is None:
            return self.result.rows
        return tuple(r for r in self.result.rows if r.group == self.group)
