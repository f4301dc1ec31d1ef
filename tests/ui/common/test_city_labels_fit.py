"""A city contest's long labels fit the columns made for them: a tied rank in Chinese, and a
trade with a long name and a number (网络与信息安全管理员（2）) on the contestants page."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

from competition_app.services.results.results import results_for
from competition_app.ui.registration.contestant_model import ContestantTableModel
from competition_app.ui.results.result_model import ResultTableModel

PADDING = 12  # a cell's margins and grid line


def width_of(model, key: str) -> int:
    return next(c.width for c in model.columns if c.key == key)


def test_a_tied_rank_and_a_long_trade_name_fit_their_columns(qtbot, ctx, demo_event_id):
    table = QTableView()
    qtbot.addWidget(table)
    fm = table.fontMetrics()
    rules = results_for(ctx, demo_event_id, "fitter").rules
    for compact in (False, True):  # the results page, and the trades page's preview
        results = ResultTableModel(compact=compact)
        results.columns = results.columns_for(rules, with_group=True)
        assert width_of(results, "rank") >= fm.horizontalAdvance("15（并列）") + PADDING
    # the preview's rank, number, name and group leave its total in view (as at 64 px a rank)
    assert sum(c.width for c in results.columns[:4]) <= 64 + 84 + 150 + 64
    people = ContestantTableModel()
    assert width_of(people, "trade") >= fm.horizontalAdvance("网络与信息安全管理员（2）") + PADDING
