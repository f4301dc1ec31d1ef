"""`python -m competition_app.services.scoring.early_count FILE [EVENT]`: an event's entry
progress read from a SQLite file at this app's schema (`entry_progress.progress_at_head`), as
one line of JSON on stdout, `null` where only the full way answers.

The app starts it as it starts, before Qt loads (services/scoring/early_read.py): a process of
its own, so the count runs on the other core while the window and the database layer load,
without the two taking turns at one interpreter.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from competition_app.services.scoring.entry_progress import (
    EarlyProgress,
    TradeProgress,
    progress_at_head,
)


def encode(found: EarlyProgress | None) -> str:
    if found is None:
        return "null"
    trades = [
        [p.trade_id, p.code, p.name, p.contestants, p.entered, p.expected, p.locked, p.locked_by]
        for p in found.trades
    ]
    return json.dumps({"event": found.event_id, "stamp": found.stamp, "trades": trades})


def decode(text: str) -> EarlyProgress | None:
    """What `encode` wrote; None for anything else (a child that failed or said nothing)."""
    try:
        data: Any = json.loads(text)
        if data is None:
            return None
        trades = [
            TradeProgress(int(t), str(c), str(n), int(a), int(e), int(x), bool(lk), str(by))
            for t, c, n, a, e, x, lk, by in data["trades"]
        ]
        return EarlyProgress(int(data["event"]), int(data["stamp"]), trades)
    except (ValueError, TypeError, KeyError):
        return None


def main(argv: list[str]) -> int:
    path, event = argv[0], argv[1] if len(argv) > 1 else ""
    found = progress_at_head(path, int(event) if event else None)
    sys.stdout.write(encode(found) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
