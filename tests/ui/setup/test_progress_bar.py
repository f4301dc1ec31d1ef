"""The event overview's progress column: a bar per trade, as long as the marks entered."""

from __future__ import annotations

from typing import Any

import pytest

from competition_app.services.scoring.score_grid import TradeProgress
from competition_app.ui.setup.event_view import EventView
from competition_app.ui.setup.progress_bar import (
    COMPLETE,
    ENTERING,
    LOCKED,
    ProgressBarDelegate,
    bar_colour,
    bar_fraction,
)

from ..helpers import wait_task


def progress(entered: int, expected: int, locked: bool = False) -> TradeProgress:
    return TradeProgress(1, "fitter", "钳工", 48, entered, expected, locked, "")


@pytest.mark.parametrize(
    ("item", "fraction", "colour"),
    [
        pytest.param(progress(691, 736), 691 / 736, ENTERING, id="entering"),
        pytest.param(progress(736, 736), 1.0, COMPLETE, id="complete"),
        pytest.param(progress(736, 736, locked=True), 1.0, LOCKED, id="locked"),
        pytest.param(progress(0, 0), 0.0, ENTERING, id="nothing-to-enter"),
    ],
)
def test_bar_length_and_colour(item: TradeProgress, fraction: float, colour: str) -> None:
    assert bar_fraction(item) == pytest.approx(fraction)
    assert bar_colour(item) == colour


def test_the_overview_draws_a_bar_per_trade(qtbot: Any, session: Any) -> None:
    view = EventView(session)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    view.activate()
    wait_task(qtbot, view)
    keys = [c.key for c in view.model.columns]
    column = keys.index("percent")
    assert isinstance(view.table.itemDelegateForColumn(column), ProgressBarDelegate)
    assert view.model.rowCount() == 5
    assert view.model.index(0, column).data() == "93%"
    assert not view.grab().isNull()
