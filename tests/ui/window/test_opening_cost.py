"""Opening an event builds the page shown, not all of them, and reads a fixed amount."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event

from competition_app.services.context import Context
from competition_app.services.setup.trade_list import add_trade
from competition_app.ui.window import preferences
from competition_app.ui.window.main_window import MainWindow

from ..helpers import wait_task


def test_opening_an_event_builds_only_the_page_shown(qtbot, ctx, demo_event_id):
    preferences.app_settings().setValue("window/view", "event")
    w = MainWindow(ctx, demo_event_id)
    qtbot.addWidget(w)
    w.show()
    assert w.current_view() is w.views["event"]
    others = [n for n in w.views.names() if n != "event"]
    assert others and not any(w.views.is_built(n) for n in others)
    assert w.stack.count() == 3  # the welcome and opening pages, and the event page
    results = w.show_view("results")
    assert results is not None and w.stack.currentWidget() is results and results.isVisible()
    assert w.views.is_built("results") and not w.views.is_built("scoring")


def _statements_to_open(qtbot: Any, ctx: Context, event_id: int) -> int:
    seen: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    preferences.app_settings().setValue("window/view", "event")
    event.listen(ctx.db.engine, "before_cursor_execute", count)
    try:
        w = MainWindow(ctx, event_id)
        qtbot.addWidget(w)
        w.show()
        wait_task(qtbot, w.views["event"])
        w.session.poll_timer.stop()
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", count)
    assert w.views["event"].model.rowCount() > 0
    w.close()
    return len(seen)


def test_the_event_page_opens_in_the_same_statements_whatever_the_number_of_trades(
    qtbot, ctx, demo_event_id
):
    before = _statements_to_open(qtbot, ctx, demo_event_id)
    for i in range(4):
        add_trade(ctx, demo_event_id, f"more{i}", f"工种{i}", "cn-provincial")
    assert _statements_to_open(qtbot, ctx, demo_event_id) == before
