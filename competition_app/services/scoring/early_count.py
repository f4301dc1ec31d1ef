"""`python -m competition_app.services.scoring.early_count FILE [EVENT]`: an event's entry
progress read from a SQLite file at this app's schema (`entry_progress.progress_at_head`), as
one line of JSON on stdout, `null` where only the full way answers.

The app starts it as it starts, before Qt loads (services/scoring/early_read.py): a process of
its own, so the count runs on the other core while the window and the database layer load,
without the two taking turns at one interpreter. A count kept by an earlier start for this very
state of the file (`progress_cache`) is taken instead of counting again.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from competition_app.services.scoring.entry_progress import EarlyProgress, progress_at_head
from competition_app.services.scoring.progress_cache import (
    ProgressCache,
    trades_json,
    trades_of_json,
)


def encode(found: EarlyProgress | None) -> str:
    if found is None:
        return "null"
    return json.dumps(
        {"event": found.event_id, "stamp": found.stamp, "trades": trades_json(found.trades)}
    )


def decode(text: str) -> EarlyProgress | None:
    """What `encode` wrote; None for anything else (a child that failed or said nothing)."""
    try:
        data: Any = json.loads(text)
        if data is None:
            return None
        return EarlyProgress(int(data["event"]), int(data["stamp"]), trades_of_json(data["trades"]))
    except (ValueError, TypeError, KeyError):
        return None


def read(path: str, event_id: int | None) -> EarlyProgress | None:
    """The count, taken from the one kept for this state of the file when there is one."""
    return progress_at_head(path, event_id, kept=ProgressCache.beside_settings(Path(path)))


def main(argv: list[str]) -> int:
    path, event = argv[0], argv[1] if len(argv) > 1 else ""
    found = read(path, int(event) if event else None)
    sys.stdout.write(encode(found) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
