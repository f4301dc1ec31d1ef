"""One trade's results read with the standard library alone, for the `results` command.

The command is a whole process (a script, a scoreboard polling every few seconds), and importing
SQLAlchemy and the ORM took 0.3 s of its 0.5. When the database is a SQLite file at this app's
schema and the trade is neither blind nor verified, its rules and entries are read with the same
SQL as every other read (`storage.trade_reads`) and ranked by the same engine. Anything else
(a server, a file to migrate or not a database, a log-in, a blind or verified trade, an event
or trade that is not there) is left to `results_for`, where its words and checks live.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from competition_app.domain.errors import UserError
from competition_app.domain.tabulation import tabulate
from competition_app.services.collector import collector_paused
from competition_app.services.results.trade_results import TradeResults
from competition_app.services.setup.summaries import event_info, trade_summary
from competition_app.services.setup.trade_switches import double_entry, is_blind, ranked_by_group
from competition_app.storage import stored_json
from competition_app.storage.plain_sqlite import reading_at_head
from competition_app.storage.trade_reads import read_entries, read_rules


class _Settings:
    def __init__(self, text: str | None) -> None:
        loaded = stored_json.loads(text) if text else {}
        self.settings: dict[str, Any] = loaded if isinstance(loaded, dict) else {}


def plain_results(
    db: str | Path, event_id: int, trade_code: str, group: str | None = None
) -> TradeResults | None:
    """The results `results_for` gives, or None where only it may answer (see the module)."""
    try:
        with collector_paused(), reading_at_head(db) as read:
            if read is None:
                return None
            events = read(
                "SELECT id, name, date, organizer, venue, team_best_n, settings FROM event"
                " WHERE id = ?",
                (event_id,),
            )
            trades = read(
                "SELECT id, event_id, code, name, preset, locked, locked_by, settings FROM trade"
                " WHERE event_id = ? AND code = ?",
                (event_id, trade_code),
            )
            if not events or not trades:
                return None
            trade = _Settings(trades[0][7])
            if is_blind(trade) or double_entry(trade):
                return None
            trade_id = trades[0][0]
            rules, criteria = read_rules(read, trade_id, trade_code, trade.settings)
            entries = read_entries(
                read, trade_id, criteria, blind=is_blind(trade), grouped=ranked_by_group(trade)
            )
            result = tabulate(rules, entries)
            ((trade_count,),) = read("SELECT count(*) FROM trade WHERE event_id = ?", (event_id,))
            ((people,),) = read("SELECT count(*) FROM contestant WHERE event_id = ?", (event_id,))
            event = event_info(events[0][:6], _Settings(events[0][6]).settings, trade_count, people)
            info = trade_summary(trades[0][:7], trade.settings, rules, len(result.rows))
            return TradeResults(event, info, result, group)
    except (sqlite3.Error, UserError):
        # a file damaged past its header, rules that no longer parse: the full way words it
        return None
