"""Progress reporting and cancellation for long renders (hundreds of certificates)."""

from __future__ import annotations

from collections.abc import Callable

# Called with (done, total) after each page; returning False asks the renderer to stop.
ProgressCallback = Callable[[int, int], bool | None]


class Cancelled(Exception):
    """The person printing cancelled the job; no PDF was produced."""


def report_progress(progress: ProgressCallback | None, done: int, total: int) -> None:
    """Tell `progress` how far the render is; raise Cancelled when it answers False."""
    if progress is not None and progress(done, total) is False:
        raise Cancelled(f"cancelled after {done} of {total}")
