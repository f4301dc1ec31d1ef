"""The helper process's side of ranking an event on two cores (`two_cores` is the window's side).

It is started with the standard library alone on its path (`python -I -S`), so it imports no
SQLAlchemy and no Qt: it starts in ~0.08 s. It reads the trades it is given from the SQLite file
in one read transaction, with the same SQL (`storage.trade_reads`) and the same engine
(`domain.tabulation.tabulate`) as the process that started it, and writes:

- the line `BEGUN` as soon as its read transaction has its snapshot, so that the other side can
  check that nothing was committed between its own snapshot and this one;
- then the results, `{trade id: TradeResult}`, pickled, and exits 0.

Anything else (the file not at this app's schema, a trade gone, a damaged setting) ends it with
another exit code and no results, and the other side ranks those trades itself.
"""

from __future__ import annotations

import gc
import json
import pickle
import sys
from typing import Any, BinaryIO

BEGUN = b"begun\n"
NOT_READABLE = 3  # the file is not one this code can read plainly (reading_at_head: None)
NOT_FOUND = 4  # a trade it was given is not there (deleted since)


def rank_trades(db: str, trade_ids: list[int], out: BinaryIO) -> int:
    """Rank each trade of `trade_ids` in one snapshot of `db`; write BEGUN, then the results."""
    from competition_app.domain.tabulation import tabulate
    from competition_app.storage import stored_json
    from competition_app.storage.plain_sqlite import reading_at_head
    from competition_app.storage.trade_reads import read_entries, read_rules

    with reading_at_head(db) as read:
        if read is None:
            return NOT_READABLE
        out.write(BEGUN)
        out.flush()
        results: dict[int, Any] = {}
        for trade_id in trade_ids:
            rows = read("SELECT code, settings FROM trade WHERE id = ?", (trade_id,))
            if not rows:
                return NOT_FOUND
            code, text = rows[0]
            loaded = stored_json.loads(text) if text else {}
            settings = loaded if isinstance(loaded, dict) else {}
            rules, criteria = read_rules(read, trade_id, code, settings)
            results[trade_id] = tabulate(rules, read_entries(read, trade_id, criteria))
    pickle.dump(results, out, protocol=pickle.HIGHEST_PROTOCOL)
    out.flush()
    return 0


def main(argv: list[str]) -> int:
    """`argv`: the database file and the trade ids as a JSON list."""
    # A process of one job whose objects hold no cycles and die with it (see services.collector).
    gc.disable()
    db, ids = argv[0], json.loads(argv[1])
    return rank_trades(db, [int(i) for i in ids], sys.stdout.buffer)
