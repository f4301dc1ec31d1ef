"""The results page's score distribution tab: the bars and cut lines drawn are the domain's."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from competition_app.domain.distribution import trade_distributions
from competition_app.services.results.results import results_for
from competition_app.ui.results.results_view import ResultsView

from ..helpers import wait_task


@pytest.fixture
def results(qtbot: Any, session: Any) -> ResultsView:
    v = ResultsView(session)
    qtbot.addWidget(v)
    v.resize(1200, 700)
    v.show()
    v.activate()
    wait_task(qtbot, v)
    v.select_trade("fitter")
    wait_task(qtbot, v)
    v.tabs.setCurrentWidget(v.histogram)
    return v


def test_a_panel_per_group_with_the_domains_bins_and_cut_lines(results, ctx, demo_event_id):
    res = results_for(ctx, demo_event_id, "fitter")
    expected = trade_distributions(res.rules, res.rows, ("职工组", "学生组"))
    chart = results.histogram
    assert chart.distributions == list(expected)
    first = chart.first_shown()
    for i, d in enumerate(expected):
        assert d.ranked == sum(1 for r in res.rows if r.group == d.group and r.rank is not None)
        bars = chart.bar_rects(i)
        counts = [b.count for b in d.bins[first:]]
        assert len(bars) == len(counts)
        # heights in proportion to the counts; the tallest bar fills the panel's count axis
        unit = max(b.height() for b in bars) / max(counts)
        assert [round(b.height() / unit) for b in bars] == counts
        lowest = {}
        for r in res.rows:
            if r.group == d.group and r.award:
                lowest[r.award] = min(lowest.get(r.award, r.total), r.total)
        assert [(c.award, c.total) for c in d.cuts] == [
            (a, lowest[a]) for a in ("一等奖", "二等奖", "三等奖")
        ]
        # each line sits at its total on the axis under the bars
        plot, low = chart.plot_rects()[i], d.bins[first].low
        for cut, x in zip(d.cuts, chart.cut_xs(i), strict=True):
            read = float(low) + (x - plot.left()) / plot.width() * float(d.top - low)
            assert read == pytest.approx(float(cut.total))
    assert chart.grab().width() > 0


def test_one_group_chosen_one_panel(results, qtbot):
    results.select_trade("fitter", "学生组")
    wait_task(qtbot, results)
    (d,) = results.histogram.distributions
    assert d.group == "学生组" and d.top == Decimal(100)


def test_the_last_edge_label_has_room_inside_its_panel(results):
    """The top of the axis ("100") is drawn centred under the plot's right end: half of it
    must fall inside the panel, before the next panel or the widget's edge."""
    chart = results.histogram
    half = chart.fontMetrics().horizontalAdvance("100") / 2
    plots = chart.plot_rects()
    for i, plot in enumerate(plots):
        end = plots[i + 1].left() - chart.LEFT if i + 1 < len(plots) else chart.width()
        assert plot.right() + half <= end
