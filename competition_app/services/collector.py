"""Python's cyclic garbage collector held off while a bulk import builds what it keeps.

A registration import keeps every row of the file until the whole file is checked (nothing is
written if one row is bad), so tens of thousands of new objects survive each collection, and the
collector runs full passes over the whole heap (the ORM's objects with it) again and again:
~0.4 s of a 30,000-row import, and not one object freed, since rows hold no reference cycles.
Counted, so that overlapping imports (a worker thread and the command line) resume it only when
the last one ends, and only if it was running when the first one began.

The window's start holds it too (`pause_for_start` … `resume_after_start`): importing Qt,
SQLAlchemy, the models and the window makes objects that live as long as the process, and the
collections they set off (some 180, one of them full) took a tenth of a second of the city
event's opening, freeing nothing. When it ends, what the start made is frozen (`gc.freeze`):
those objects live as long as the process, and left in the youngest generation (where a held
collector leaves everything) the first two collections after the start walked all of them again
(~0.09 s of the city event's opening, between its count arriving and its page showing it),
and every full collection after would have too. Refcounting still frees them; only a cycle
among them would be kept, and the start leaves a few hundred such objects at most.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0
_resume = False
_starting = False  # the window's start holds it (pause_for_start)


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic collection inside the block; what was running before runs again after it."""
    _hold()
    try:
        yield
    finally:
        _release()


def pause_for_start() -> None:
    """Hold the collector from the process's start until `resume_after_start` (once)."""
    global _starting
    with _lock:
        if _starting:
            return
        _starting = True
    _hold()


def resume_after_start() -> None:
    """The window has opened its start-up database: collect again (unless an import still holds
    it). Does nothing when the start did not pause it (a window made in a test)."""
    global _starting
    with _lock:
        if not _starting:
            return
        _starting = False
    gc.freeze()  # see the module's docstring: the start's objects, collected never again
    _release()


def _hold() -> None:
    global _holders, _resume
    with _lock:
        if _holders == 0:
            _resume = gc.isenabled()
            gc.disable()
        _holders += 1


def _release() -> None:
    global _holders
    with _lock:
        _holders -= 1
        if _holders == 0 and _resume:
            gc.enable()
