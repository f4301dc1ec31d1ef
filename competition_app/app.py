"""Composition root of the desktop app: database, services context, Qt application, main window."""

from __future__ import annotations


def prepare_start(db: str | None, *, event_id: int | None = None, demo: bool = False) -> None:
    """What the start does before Qt's widgets and the window's modules load (the benchmarks'
    start-up figures begin the same way)."""
    from competition_app.services import collector

    # no cyclic collections while the start imports and builds what lives as long as the
    # process (resumed once the window has opened its database: AppController._open)
    collector.pause_for_start()
    if db is not None and not demo:
        from competition_app.services.scoring import early_read

        # the event page's count begun before Qt itself is loaded: which page the window shows
        # first is known only once it reads its QSettings, and it lets go of the read then if
        # that is another page (AppController: early_progress.start_for_window)
        early_read.start(db, event_id)


def run_app(db: str, *, event_id: int | None = None, demo: bool = False) -> int:
    prepare_start(db, event_id=event_id, demo=demo)
    from competition_app.ui.window.application import run

    return run(db, event_id=event_id, demo=demo)
