"""A trade made blind as if before its marks, for tests on a database whose marks are there
already (the demo builds them, the example event imports them): the options refuse blind
marking once marks exist (`set_trade_options`), as the contest does."""

from __future__ import annotations

from competition_app.services.context import Context
from competition_app.storage.models import Trade


def blind_from_the_start(ctx: Context, trade_id: int) -> None:
    with ctx.db.unit_of_work() as s:
        trade = s.get(Trade, trade_id)
        assert trade is not None
        trade.settings = {**trade.settings, "blind": True}
        trade.version += 1
