"""What every figure's process shares: the clock, peak memory, copies of the databases."""

from __future__ import annotations

import json
import resource
import shutil
import sqlite3
import time
from pathlib import Path
from typing import Any

EVENT_ID = 1
IDLE_SECONDS = 10  # open_event_city: how long the shown window is watched for CPU use


def mb(kib: int) -> float:
    return round(kib / 1024, 1)


def peak_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def children_peak_kib() -> int:
    """The peak resident memory of the biggest child process waited for (a whole-process
    figure: the CLI, measured from here)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss


def cpu_seconds() -> float:
    """CPU time of this process so far, every thread (user + system)."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def children_cpu_seconds() -> float:
    """CPU time of the child processes waited for so far (a helper process, say)."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


before_kib: list[int] = []
# What a figure adds to its JSON line besides the seconds (idle CPU, a child's peak memory).
extra: dict[str, Any] = {}


def clock() -> float:
    """Start the clock: what the process holds now is the set-up, not the figure."""
    if not before_kib:
        before_kib.append(peak_kib())
    return time.perf_counter()


def say(facts: dict[str, Any]) -> None:
    """A line the parent reads (runner.run_process: "shown", for instance)."""
    print(json.dumps(facts), flush=True)


def copy_db(src: Path, dst: Path) -> Path:
    """Copy a SQLite database with its WAL (a database file alone may miss the last commits)."""
    for suffix in ("", "-wal", "-shm"):
        target = Path(str(dst) + suffix)
        if target.exists():
            target.unlink()
        source = Path(str(src) + suffix)
        if source.exists():
            shutil.copyfile(source, target)
    return dst


def context(db: Path) -> Any:
    from competition_app.services.context import Context
    from competition_app.storage.database import Database

    return Context(Database(db))


def bare_sqlite(path: Path, *, fresh: bool = True) -> sqlite3.Connection:
    """A plain connection with the pragmas the app uses, so durability costs the same."""
    if fresh and path.exists():
        path.unlink()
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    return con


def isolate_qt_settings(work: Path) -> None:
    """QSettings (the page last shown, window geometry) in the work folder, not the user's."""
    from PySide6.QtCore import QSettings

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(work / "qt-settings"))
