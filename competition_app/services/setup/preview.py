"""What a trade's current marks would give under rules still being edited (nothing is saved)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from competition_app.domain.errors import UserError
from competition_app.domain.results import TradeResult
from competition_app.domain.rules_io import rules_from_mapping
from competition_app.domain.tabulation import tabulate
from competition_app.services.context import Context
from competition_app.services.results.results import trade_entries
from competition_app.storage.models import Trade


def preview_results(ctx: Context, trade_id: int, rules_mapping: Mapping[str, Any]) -> TradeResult:
    """Rank the stored marks of a trade by unsaved rules; ValidationError if the rules are bad."""
    with ctx.db.reading() as s:
        trade = s.get(Trade, trade_id)
        if trade is None:
            raise UserError("工种不存在")
        rules = rules_from_mapping(rules_mapping, where=trade.code)
        entries = trade_entries(s, trade)
    return tabulate(rules, entries)
