"""The helper process's side of ranking an event on two cores (`two_cores` is the window's side).

It imports no SQLAlchemy and no Qt (`python -P -c`, the current folder left out of its path so
that it runs the same copy of the app as the window, which it checks): it starts in ~0.05 s. It reads the trades it is given from the SQLite file
in one read transaction, with the same SQL (`storage.trade_reads`) and the same engine
(`domain.tabulation.tabulate`) as the process that started it, and writes:

- the line `BEGUN` as soon as its read transaction has its snapshot, so that the other side can
  check that nothing was committed between its own snapshot and this one;
- then the results, `{trade id: TradeResult}`, pickled, and exits 0.

Anything else (the file not at this app's schema, a trade gone, a damaged setting) ends it with
another exit code and no results, and the other side ranks those trades itself.
"""

from __future__ import annotations

import json
import pickle
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

BEGUN = b"begun\n"
NOT_READABLE = 3  # the file is not one this code can read plainly (reading_at_head: None)
NOT_FOUND = 4  # a trade it was given is not there (deleted since)
NOT_SETTINGS = 5  # a trade's settings are JSON but not the mapping the app writes
OTHER_APP = 6  # it imported another copy of the app than the process that started it


@dataclass(frozen=True)
class _Stored:
    """A trade's settings as read (what `trade_switches` asks of a trade)."""

    settings: dict[str, Any]


def rank_trades(db: str, trade_ids: list[int], out: BinaryIO) -> int:
    """Rank each trade of `trade_ids` in one snapshot of `db`; write BEGUN, then the results."""
    from competition_app.domain.tabulation import tabulate
    from competition_app.services.setup.trade_switches import is_blind, ranked_by_group
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
            settings = stored_json.loads(text) if text else {}
            if not isinstance(settings, dict):  # the other side words it, as it always does
                return NOT_SETTINGS
            rules, criteria = read_rules(read, trade_id, code, settings)
            stored = _Stored(settings)
            entries = read_entries(
                read, trade_id, criteria, blind=is_blind(stored), grouped=ranked_by_group(stored)
            )
            results[trade_id] = tabulate(rules, entries)
    pickle.dump(results, out, protocol=pickle.HIGHEST_PROTOCOL)
    out.flush()
    return 0


def main(argv: list[str]) -> int:
    """`argv`: the database file, the trade ids as a JSON list, and the file of the package
    that started it (`competition_app/__init__.py`): a helper that imported another copy of
    the app ends without ranking."""
    import competition_app

    db, ids, package = argv[0], json.loads(argv[1]), argv[2]
    if Path(competition_app.__file__).resolve() != Path(package):
        return OTHER_APP
    return rank_trades(db, [int(i) for i in ids], sys.stdout.buffer)
