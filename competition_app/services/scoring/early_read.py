"""The event page's entry progress, read from the file while Qt, the window and the database
layer are still loading (begun by `app.prepare_start`; the window decides whether it keeps it:
`ui.window.early_progress`).

Counting a city contest's progress is half a second of SQLite reading 900,000 marks twice; the
window, SQLAlchemy's import and the database's opening are as long again, on the UI thread,
before the event page could ask. So the same count (`entry_progress.progress_at_head`, the same
SQL) starts with the window, read-only, in a process of its own (`early_count`): on the other
core, and not taking turns with the imports at one interpreter (in a thread, SQLite's every row
waited for the interpreter and the read ended long after the page was ready). A bundled
executable (or an embedded interpreter) cannot start a module, so there it runs in a thread.

The page takes it only for the file and event it opened and at the change stamp its session
opened at: anything saved between the read and the session (on this or any station) makes the
page count again the full way. One start, one use: a second page, a reload, another database
always count afresh.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from competition_app.services.scoring.entry_progress import EarlyProgress, TradeProgress

_WAIT_SECONDS = 60  # a read kept waiting longer (a file locked by a writer) is not worth having
_lock = threading.Lock()
_pending: _EarlyRead | None = None


class _EarlyRead:
    def __init__(self, path: Path, event_id: int | None) -> None:
        self.path, self.event_id = path, event_id
        self.child: subprocess.Popen[bytes] | None = None
        self.thread: threading.Thread | None = None
        self._found: EarlyProgress | None = None

    def start(self) -> None:
        if getattr(sys, "frozen", False) or not sys.executable:
            self.thread = threading.Thread(target=self._read, name="early-progress", daemon=True)
            self.thread.start()
            return
        args = [str(self.path)] + ([str(self.event_id)] if self.event_id is not None else [])
        self.child = subprocess.Popen(
            [sys.executable, "-m", "competition_app.services.scoring.early_count", *args],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),  # no console on Windows
        )

    def _read(self) -> None:
        try:
            from competition_app.services.scoring.early_count import read

            self._found = read(str(self.path), self.event_id)
        except Exception:  # nothing lost: the page counts the full way
            self._found = None

    def found(self) -> EarlyProgress | None:
        """What the read found, once it has ended (None: the page counts the full way)."""
        if self.thread is not None:
            self.thread.join(_WAIT_SECONDS)
            return self._found
        if self.child is not None:
            self._found = self._answer(self.child)
            self.child = None  # reaped
        return self._found

    def stop(self) -> None:
        """A read no one will take: its process ended and reaped."""
        if self.child is not None:
            self.child.kill()
            self.child.communicate()
            self.child = None

    @staticmethod
    def _answer(child: subprocess.Popen[bytes]) -> EarlyProgress | None:
        try:
            out, _ = child.communicate(timeout=_WAIT_SECONDS)
        except subprocess.TimeoutExpired:
            child.kill()
            child.communicate()
            return None
        if child.returncode != 0:
            return None
        from competition_app.services.scoring.early_count import decode

        return decode(out.decode("utf-8", "replace"))


def start(db: str | Path, event_id: int | None) -> bool:
    """Begin reading the progress of `event_id` (the only event when None) in `db`, if it is an
    existing file; whether a read began."""
    global _pending
    from competition_app.storage.plain_sqlite import sqlite_file  # sqlite3: not on every start

    path = sqlite_file(db)
    if path is None or not path.is_file():
        return False
    with _lock:
        if _pending is not None and (_pending.path, _pending.event_id) == (path, event_id):
            return True  # begun at process start (`start_for_window`), not yet taken
    read = _EarlyRead(path, event_id)
    try:
        read.start()
    except OSError:  # no process to be had (a full process table): the page counts itself
        return False
    with _lock:
        earlier, _pending = _pending, read
    if earlier is not None:
        earlier.stop()
    return True


def take(db: str | Path | None, event_id: int, stamp: int | None) -> list[TradeProgress] | None:
    """The progress read at start, if it is of this file and event at this change stamp (waits
    for the read to end; call it off the UI thread). None otherwise, and for every later call."""
    global _pending
    from competition_app.storage.plain_sqlite import sqlite_file

    with _lock:
        read, _pending = _pending, None
    if read is None:
        return None
    found = read.found()  # always waited for: no child left behind unreaped
    if found is None or db is None or stamp is None or sqlite_file(db) != read.path:
        return None
    if found.event_id != event_id or found.stamp != stamp:
        return None
    return found.trades


def discard() -> None:
    """Drop a read no page will take, its process ended and reaped."""
    global _pending
    with _lock:
        read, _pending = _pending, None
    if read is not None:
        read.stop()
