"""Python's cyclic garbage collector held off while a bulk import builds what it keeps.

A registration import keeps every row of the file until the whole file is checked (nothing is
written if one row is bad), so tens of thousands of new objects survive each collection, and the
collector runs full passes over the whole heap (the ORM's objects with it) again and again:
~0.4 s of a 30,000-row import, and not one object freed, since rows hold no reference cycles.
Counted, so that overlapping imports (a worker thread and the command line) resume it only when
the last one ends, and only if it was running when the first one began.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0
_resume = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic collection inside the block; what was running before runs again after it."""
    global _holders, _resume
    with _lock:
        if _holders == 0:
            _resume = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _resume:
                gc.enable()
