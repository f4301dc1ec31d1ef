"""Ranking many trades at once on two cores: a helper process ranks part of them, in the same
snapshot of the database as this process's read.

Ranking every trade of a city contest (74 trades, 900,000 marks) takes ~1.4 s of one core, half
reading the marks and half the exact scoring, and a venue's laptop has two cores or more. The
projector board, the team standings and `all_results` rank every trade, so a helper process
(`helper_process`) ranks about half of the work (contestants × criteria) while this one ranks
the rest.

What the user is shown is exactly what ranking every trade here, in this read, gives:
- the same data and rules: the helper reads the same file with the same SQL and the same
  engine (`storage.trade_reads`, `domain.tabulation`);
- the same snapshot: `PRAGMA data_version`, on a connection of this process's own, is read
  before either snapshot begins and again once both have. A different value means something
  was committed in between (another station's save, say): the helper's results are dropped
  and its trades ranked here, in this read;
- a helper that cannot start, fails, or gives anything but its results the same way: its trades
  are ranked here, and nothing of it reaches the user.

Only for a SQLite file, with two cores or more, and work big enough to repay starting a process
(~0.1 s) and taking its results back; not from a frozen build, whose executable is not Python.
"""

from __future__ import annotations

import json
import logging
import os
import pickle
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

import competition_app
from competition_app.domain.results import TradeResult
from competition_app.domain.rules import TradeRules
from competition_app.services.context import Context
from competition_app.services.results.helper_process import BEGUN
from competition_app.storage.models import Trade
from competition_app.storage.plain_sqlite import sqlite_file

log = logging.getLogger(__name__)

# How a trade's result is worked out in a read: `results.compute`, or a read's `Ranker`.
Rank = Callable[[Session, Trade, TradeRules | None], TradeResult]

# Below this much work (contestants × criteria over the trades) one process ranks it all: a
# district contest is ranked in well under the ~0.1 s a helper takes to start.
LEAST_WORK = 100_000
# The helper also starts Python and pickles its results, and this process unpickles them:
# it is given a little less than half.
HELPER_SHARE = 0.46
# How long a listener waits for this process's read to begin (it begins at once, unless the
# caller failed first: then the helper is stopped anyway).
_PATIENCE_S = 60.0

_WORK = (
    "SELECT t.id,"
    " (SELECT count(*) FROM contestant c WHERE c.trade_id = t.id)"
    " * (SELECT count(*) FROM criterion k WHERE k.trade_id = t.id)"
    " FROM trade t WHERE t.event_id = ? ORDER BY t.position, t.id"
)
# A process of one job whose objects hold no cycles and die with it: no cyclic collection
# (see services.collector).
_CHILD = (
    "import gc, sys; gc.disable();"
    " from competition_app.services.results.helper_process import main;"
    " sys.exit(main(sys.argv[1:]))"
)


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _data_version(con: sqlite3.Connection) -> int:
    return int(con.execute("PRAGMA data_version").fetchone()[0])


def split_work(work: list[tuple[int, int]], share: float = HELPER_SHARE) -> set[int]:
    """The trades (ids) the helper ranks: the largest first, each to the side with less work
    for its share, so that both sides end at about the same time."""
    helper: set[int] = set()
    mine = theirs = 0.0
    for trade_id, amount in sorted(work, key=lambda w: -w[1]):
        if theirs / share <= mine / (1 - share):
            helper.add(trade_id)
            theirs += amount
        else:
            mine += amount
    return helper


class _Helper:
    """A started helper process, its trades, and what tells whether its snapshot is ours."""

    def __init__(
        self, path: Path, side: sqlite3.Connection, before: int, trade_ids: set[int]
    ) -> None:
        self.side = side
        self.before = before
        self.trade_ids = trade_ids
        self.started = time.monotonic()
        self.begun = threading.Event()  # the helper's read has its snapshot
        self.read_begun = threading.Event()  # this process's read has its snapshot
        self.checked = threading.Event()  # `after` is read, or will never be
        self.after: int | None = None
        self.ended_early = False
        self.payload = b""
        self._results: dict[int, TradeResult] | None = None
        # What a failing helper says goes to a file, not a pipe: a pipe left unread while the
        # results' pipe is read could fill and stop the helper for good.
        self.errors = tempfile.TemporaryFile()  # noqa: SIM115 - closed by stop(), always called
        try:
            self.proc = self._start(path)
        except BaseException:
            self.errors.close()
            raise
        self.listener = threading.Thread(target=self._listen, name="ranking-helper", daemon=True)
        try:
            self.listener.start()
        except RuntimeError:  # no thread to be had: nothing left running
            self.stop()
            raise

    def _start(self, path: Path) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [
                sys.executable,
                "-P",  # the current folder is not searched: the same app as this one, not a
                "-c",  # checkout that happens to be where the window was started
                _CHILD,
                str(path),
                json.dumps(sorted(self.trade_ids)),
                str(Path(competition_app.__file__).resolve()),
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=self.errors,
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )

    def _listen(self) -> None:
        stdout = self.proc.stdout
        assert stdout is not None
        try:
            if stdout.readline() != BEGUN:
                self.ended_early = True  # failed before its read began, or said something else
            else:
                self.begun.set()
                # Both snapshots have begun: nothing committed since `before` means they are one.
                if self.read_begun.wait(_PATIENCE_S):
                    try:
                        self.after = _data_version(self.side)
                    except sqlite3.Error:  # the file busy: the results are not taken
                        self.after = None
                self.checked.set()
                if self.after == self.before:
                    self.payload = stdout.read()
        except (OSError, ValueError):
            pass
        finally:
            self.checked.set()

    def results(self) -> dict[int, TradeResult]:
        """The helper's results if they are ours to use, else {} (its trades ranked here)."""
        if self._results is None:
            self._results = self._take()
            if not self._results:
                self.stop()  # nothing more wanted of it
        return self._results

    def _patience(self) -> float:
        # the helper has about as much to do as this process: a helper taking far longer than
        # this process took for its own share is stuck (a disk, a machine swapping)
        return 10.0 + 2 * (time.monotonic() - self.started)

    def _take(self) -> dict[int, TradeResult]:
        self.checked.wait(self._patience())
        if self.after is None or self.after != self.before:
            if self.after is not None:
                log.info("a commit came between the two reads: the helper's trades ranked here")
            elif self.ended_early:
                with suppress(subprocess.TimeoutExpired):
                    self.proc.wait(5)  # its output ended: it is ending
                self._failed()
            return {}
        self.listener.join(self._patience())
        if self.listener.is_alive():
            return {}
        try:
            code = self.proc.wait(5)
        except subprocess.TimeoutExpired:
            return {}
        if code != 0 or not self.payload:
            self._failed()
            return {}
        try:
            got = pickle.loads(self.payload)  # written by our own child, from our own code
        except Exception:  # a torn payload is a helper that failed: its trades ranked here
            return {}
        finally:
            self.payload = b""
        if not isinstance(got, dict) or set(got) != self.trade_ids:
            return {}
        return got

    def _failed(self) -> None:
        """Say in the log how the helper ended and what it wrote (a traceback, say)."""
        try:
            self.errors.seek(0)
            said = self.errors.read()[-4000:].decode("utf-8", "replace")
        except (OSError, ValueError):
            said = ""
        log.warning(
            "ranking helper ended with %s; its trades ranked here\n%s", self.proc.returncode, said
        )

    def stop(self) -> None:
        """The helper ended (killed if still running) and reaped, its pipe and files closed."""
        if self.proc.poll() is None:
            self.proc.kill()
        self.read_begun.set()  # a listener still waiting for this read goes on, and ends
        with suppress(subprocess.TimeoutExpired):
            self.proc.wait(5)
        if self.listener.ident is not None:
            self.listener.join(5)
        if self.proc.stdout is not None:
            self.proc.stdout.close()
        self.errors.close()
        if not self.listener.is_alive():  # never closed under a listener still reading it
            self.side.close()


def _start_helper(ctx: Context, event_id: int) -> _Helper | None:
    path = sqlite_file(ctx.db.url)
    if path is None or not path.is_file() or getattr(sys, "frozen", False) or _cores() < 2:
        return None
    side: sqlite3.Connection | None = None
    try:
        side = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=5)
        side.execute("PRAGMA query_only=ON")
        before = _data_version(side)
        work = [(int(i), int(n)) for i, n in side.execute(_WORK, (event_id,))]
        if len(work) < 2 or sum(n for _i, n in work) < LEAST_WORK:
            side.close()
            return None
        return _Helper(path, side, before, split_work(work))
    except (OSError, RuntimeError, sqlite3.Error, subprocess.SubprocessError):
        if side is not None:
            side.close()
        return None


class Ranker:
    """Each trade's result in one read: the helper's when it ranked the trade in this read's
    snapshot, else worked out here (`compute`)."""

    def __init__(self, helper: _Helper | None) -> None:
        self._helper = helper
        self.helped: set[int] = set()  # trades whose result came from the helper

    def own_first(self, trades: Sequence[Trade]) -> list[Trade]:
        """`trades` in the order to rank them: this process's own first, so that it works while
        the helper does, and takes the helper's results only once its own are done."""
        theirs = self._helper.trade_ids if self._helper is not None else set()
        return [t for t in trades if t.id not in theirs] + [t for t in trades if t.id in theirs]

    def __call__(self, s: Session, trade: Trade, rules: TradeRules | None = None) -> TradeResult:
        from competition_app.services.results.results import compute

        helper = self._helper
        if helper is not None and trade.id in helper.trade_ids:
            result = helper.results().get(trade.id)
            if result is not None:
                self.helped.add(trade.id)
                return result
        return compute(s, trade, rules)


@contextmanager
def ranking_read(
    ctx: Context, event_id: int, trade_code: str | None = None
) -> Iterator[tuple[Session, Ranker]]:
    """A read of the event (`Database.reading`) and a `Ranker` for its trades, which ranks part
    of them in a helper process when that pays (see the module); for one trade (`trade_code`),
    never."""
    helper = None if trade_code else _start_helper(ctx, event_id)
    try:
        with ctx.db.reading() as s:
            if helper is not None:
                # the read's snapshot begins with its first read of the file, here, after
                # `before` was read and before `after` is
                s.execute(text("SELECT 1 FROM trade LIMIT 1")).all()
                helper.read_begun.set()
            yield s, Ranker(helper)
    finally:
        if helper is not None:
            helper.stop()
