"""Composition root of the desktop app: database, services context, Qt application, main window."""

from __future__ import annotations


def run_app(db: str, *, event_id: int | None = None, demo: bool = False) -> int:
    from competition_app.ui.window import early_progress

    # the event page's count begun before the window's modules and Qt's widgets are loaded
    early_progress.start_for_window(db, event_id, demo=demo)
    from competition_app.ui.window.application import run

    return run(db, event_id=event_id, demo=demo)
