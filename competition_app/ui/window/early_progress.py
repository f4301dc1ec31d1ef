"""The event page's entry progress, read from the file while the window and the database layer
are still loading.

Counting a city contest's progress is half a second of SQLite reading 900,000 marks twice; the
window, SQLAlchemy's import and the database's opening are as long again, on the UI thread,
before the event page could ask. SQLite does not hold the interpreter while it reads, so the same
count (`entry_progress.progress_at_head`, the same SQL) runs on the other core meanwhile, from a
bare read-only sqlite3 connection in a thread of its own. The page takes it only for the file and
event it opened and at the change stamp its session opened at: anything saved between the read
and the session (on this or any station) makes the page count again the full way. One start, one
use: a second page, a reload, another database always count afresh.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from competition_app.services.scoring.entry_progress import EarlyProgress, TradeProgress

_SWITCH_SECONDS = 0.001
_lock = threading.Lock()
_pending: _EarlyRead | None = None


class _EarlyRead:
    def __init__(self, path: Path, event_id: int | None) -> None:
        self.path, self.event_id = path, event_id
        self.found: EarlyProgress | None = None
        self.thread = threading.Thread(target=self._run, name="early-progress", daemon=True)

    def _run(self) -> None:
        # SQLite gives the interpreter back while it reads but needs it again for every row it
        # returns: at the default 5 ms hand-over, the imports on the UI thread kept each row
        # waiting (the read took three times as long); 1 ms while the read runs
        interval = sys.getswitchinterval()
        sys.setswitchinterval(min(interval, _SWITCH_SECONDS))
        try:
            # imported here: the window's own start does not wait for it
            from competition_app.services.scoring.entry_progress import progress_at_head

            self.found = progress_at_head(self.path, self.event_id)
        except Exception:  # nothing lost: the page counts the full way
            self.found = None
        finally:
            sys.setswitchinterval(interval)


def _file(db: str | Path) -> Path | None:
    text = str(db)
    if "://" in text or text == ":memory:":
        return None
    return Path(text).expanduser().resolve()


def start(db: str | Path, event_id: int | None) -> bool:
    """Begin reading the progress of `event_id` (the only event when None) in `db`, if it is an
    existing file; whether a read began."""
    global _pending
    path = _file(db)
    if path is None or not path.is_file():
        return False
    read = _EarlyRead(path, event_id)
    with _lock:
        _pending = read
    read.thread.start()
    return True


def take(db: str | Path | None, event_id: int, stamp: int | None) -> list[TradeProgress] | None:
    """The progress read at start, if it is of this file and event at this change stamp (waits
    for the read to end; call it off the UI thread). None otherwise, and for every later call."""
    global _pending
    with _lock:
        read, _pending = _pending, None
    if read is None or db is None or stamp is None:
        return None
    read.thread.join()
    found = read.found
    if found is None or _file(db) != read.path:
        return None
    if found.event_id != event_id or found.stamp != stamp:
        return None
    return found.trades
