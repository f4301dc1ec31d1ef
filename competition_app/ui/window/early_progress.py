"""Whether the window keeps the entry progress read begun as the process started
(`services.scoring.early_read`): only when the page it shows first is the event page."""

from __future__ import annotations

from competition_app.services.scoring.early_read import discard, start, take

__all__ = ["discard", "start", "start_for_window", "take"]


def start_for_window(db: str | None, event_id: int | None, *, demo: bool = False) -> bool:
    """Keep (or begin) the read if the window about to open shows `db`'s event page first (the
    page it showed last, as the window does); otherwise let go of one begun for it. The demo
    builds its event first, so there is nothing to read ahead."""
    if db is None or demo:
        return False
    from competition_app.ui.window import preferences  # QtCore's QSettings, not a window yet

    if str(preferences.app_settings().value("window/view", "event")) != "event":
        discard()  # begun before Qt loaded (`app.prepare_start`), for a page not shown first
        return False
    return start(db, event_id)  # the one begun at process start, if it is of this file
