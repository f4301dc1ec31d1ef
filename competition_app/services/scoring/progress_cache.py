"""The event page's entry progress kept from one start to the next, for the state it counted.

Counting a city contest's progress reads its 900,000 marks twice (0.4-0.7 s of SQLite, on the
other core while the window and the database layer load: `early_read`), and the page waited for
it. Opened again with nothing changed (the laptop restarted, the app reopened to print), the
count would come out the same: it is kept in a small file beside the settings and taken when
the database is in the state it was counted at.

That state is the audit chain's head (its last entry's id and hash) and the event's change
stamp: every committed change writes an entry, so the same head is the same marks, contestants,
judges and rules. Also checked: the database file, the schema revision and `COUNT_RULES`
(bumped when the count's rules change), so an upgraded app counts afresh. Kept by whatever
counted last, the read at start (`early_count`) and the event page's own counts after a change,
so the state a session was left in is the one the next start finds counted. Only the read at
start takes a kept count.

Nothing here may stop a start: a file that is missing, damaged, of another database or another
app version reads as "not kept", and a write that fails (a full disk, a read-only folder) is
let go.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from competition_app.services.scoring.entry_progress import TradeProgress

# Bump when what `progress_of` counts changes: a count kept by an older app is not taken.
COUNT_RULES = 1
_FOLDER = "progress-counts"


@dataclass(frozen=True)
class CountedAt:
    """The state of a database a count was made at."""

    schema: str
    event_id: int
    stamp: int
    head_id: int
    head_hash: str


def trades_json(trades: list[TradeProgress]) -> list[list[Any]]:
    return [
        [p.trade_id, p.code, p.name, p.contestants, p.entered, p.expected, p.locked, p.locked_by]
        for p in trades
    ]


def trades_of_json(data: Any) -> list[TradeProgress]:
    """What `trades_json` made; ValueError, TypeError or KeyError for anything else."""
    from competition_app.services.scoring.entry_progress import TradeProgress

    if not isinstance(data, list):
        raise TypeError("not a list of trades")
    return [
        TradeProgress(int(t), str(c), str(n), int(a), int(e), int(x), bool(lk), str(by))
        for t, c, n, a, e, x, lk, by in data
    ]


class ProgressCache:
    """The counts kept for one database file, in `folder` (one file per database and event)."""

    def __init__(self, database: Path, folder: Path) -> None:
        self.database = str(Path(database).resolve())
        self.folder = folder

    @classmethod
    def beside_settings(cls, database: Path) -> ProgressCache:
        from competition_app.settings import settings_path

        return cls(database, settings_path().parent / _FOLDER)

    def _file(self, event_id: int) -> Path:
        name = hashlib.sha256(f"{self.database}\x00{event_id}".encode()).hexdigest()[:24]
        return self.folder / f"{name}.json"

    def _identity(self, at: CountedAt) -> dict[str, Any]:
        return {
            "rules": COUNT_RULES,
            "database": self.database,
            "schema": at.schema,
            "event": at.event_id,
            "stamp": at.stamp,
            "head": [at.head_id, at.head_hash],
        }

    def recall(self, at: CountedAt) -> list[TradeProgress] | None:
        """The count kept for exactly this state, or None."""
        try:
            data = json.loads(self._file(at.event_id).read_text(encoding="utf-8"))
            if not isinstance(data, dict) or data.get("at") != self._identity(at):
                return None
            return trades_of_json(data["trades"])
        except (OSError, ValueError, TypeError, KeyError):
            return None

    def keep(self, at: CountedAt, trades: list[TradeProgress]) -> None:
        """Keep this count for the next start; whole or not at all, failures let go."""
        from competition_app.safe_write import WriteFailed, write_text

        text = json.dumps({"at": self._identity(at), "trades": trades_json(trades)})
        try:
            write_text(self._file(at.event_id), text)
        except (OSError, WriteFailed):
            return
