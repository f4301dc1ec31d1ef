"""成绩 → 评分分析 on the demo's real marks: the table and the bars show the domain's numbers."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from competition_app.domain.judge_analysis import OFFSET_FULL_BAR, analyse_judges, shown
from competition_app.services.results.results import trade_entries
from competition_app.services.setup.trades import find_trade, load_rules
from competition_app.ui.results.offset_chart import HARSH, LENIENT
from competition_app.ui.results.results_view import ResultsView

from ..helpers import column_values, wait_task


@pytest.fixture
def results(qtbot: Any, session: Any) -> ResultsView:
    v = ResultsView(session)
    qtbot.addWidget(v)
    v.resize(1200, 700)
    v.show()
    v.activate()
    wait_task(qtbot, v)
    return v


def _domain(ctx: Any, event_id: int, code: str) -> dict[str, tuple[str, ...]]:
    """judge id -> (marks, mean offset, flagged share, trimmed high, trimmed low), as the domain
    computes them straight from the stored entries."""
    with ctx.db.reading() as s:
        trade = find_trade(s, event_id, code)
        analysis = analyse_judges(load_rules(trade), trade_entries(s, trade))
    return {
        r.judge: (str(r.marks), shown(r.mean_offset), shown(r.flagged_share),
                  str(r.trimmed_high), str(r.trimmed_low))
        for r in analysis.judges
    }  # fmt: skip


def open_analysis(qtbot: Any, view: ResultsView, code: str) -> Any:
    view.select_trade(code)
    wait_task(qtbot, view)
    view.analysis_button.click()
    wait_task(qtbot, view, "analysis_task")
    dialog = view.analysis_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    return dialog


def test_the_welders_table_shows_what_the_domain_computes(
    qtbot, qtmodeltester, results, ctx, demo_event_id
):
    dialog = open_analysis(qtbot, results, "welder")
    model = dialog.model
    expected = _domain(ctx, demo_event_id, "welder")
    assert len(expected) == 5  # the five welding judges marked
    shown_rows = {
        model.payload(r).numbers.judge: model.row_values(r)[2:] for r in range(model.rowCount())
    }
    assert {k: v for k, v in shown_rows.items() if k in expected} == expected
    assert column_values(model, 0)[:5] == ["HG1", "HG2", "HG3", "HG4", "HG5"]
    # The trimmed mean drops one highest and one lowest of every five-judge panel.
    assert sum(int(v) for v in column_values(model, 5)) == dialog.analysis.panels
    assert "正值偏宽" in dialog.legend.text()
    qtmodeltester.check(model)


def test_each_bar_leans_the_way_of_its_judge_and_in_its_colour(qtbot, results):
    dialog = open_analysis(qtbot, results, "welder")
    chart = dialog.chart
    qtbot.waitUntil(lambda: chart.isVisible() and chart.width() > 300)
    image = chart.grab().toImage()
    ratio = image.devicePixelRatio()
    zero = chart.zero_x()
    longest = max(r.width() for r in chart.bar_rects() if r is not None)
    half = (chart.width() - chart.LABEL - 2 * chart.VALUE) / 2
    extent = max(abs(v) for _, v, _ in chart.bars if v is not None)
    # the longest bar fills its half when it is half a point or more, else in proportion
    assert longest == pytest.approx(half * float(extent / max(extent, OFFSET_FULL_BAR)))
    for (_, value, _), rect in zip(chart.bars, chart.bar_rects(), strict=True):
        if not value:
            continue
        assert (rect.left() >= zero) == (value > 0)
        centre = rect.center()
        pixel = image.pixelColor(int(centre.x() * ratio), int(centre.y() * ratio))
        assert pixel == QColor(LENIENT if value > 0 else HARSH)
    row = next(i for i, (_, v, _) in enumerate(chart.bars) if v)
    offset = dialog.model.index(row, 3).data(Qt.ItemDataRole.ForegroundRole)  # as the bar
    assert offset == QColor(LENIENT if chart.bars[row][1] > 0 else HARSH)


def test_printing_the_sheet_from_the_dialog(qtbot, results, tmp_path):
    dialog = open_analysis(qtbot, results, "electronics")
    assert "x3 焊接工艺" in dialog.summary.text()  # a judgement aspect's agreement
    out = tmp_path / "analysis.pdf"
    dialog.print_sheet(out)
    wait_task(qtbot, dialog, "print_task")
    assert out.read_bytes().startswith(b"%PDF") and str(out) in dialog.message.text()


def test_a_judge_cannot_open_it(qtbot, staff, demo_event_id):
    from competition_app.ui.window.session import EventSession

    session = EventSession(staff["judge"], demo_event_id)
    view = ResultsView(session)
    qtbot.addWidget(view)
    view.show()
    view.activate()
    wait_task(qtbot, view)
    assert not view.analysis_button.isEnabled()
    chief = ResultsView(EventSession(staff["chief_judge"], demo_event_id))
    qtbot.addWidget(chief)
    chief.show()
    chief.activate()
    wait_task(qtbot, chief)
    assert chief.analysis_button.isEnabled()


def test_offsets_of_a_hundredth_are_slivers_and_two_points_fill_the_half(qtbot):
    from fractions import Fraction

    from competition_app.ui.results.offset_chart import OffsetChart

    chart = OffsetChart()
    qtbot.addWidget(chart)
    chart.resize(700, 200)
    half = (chart.width() - chart.LABEL - 2 * chart.VALUE) / 2
    chart.set_bars([("J1", Fraction(1, 100), "0.01"), ("J2", Fraction(-1, 100), "-0.01")])
    assert all(r is not None and r.width() < half * 0.05 for r in chart.bar_rects())
    chart.set_bars([("J1", Fraction(2), "2.00"), ("J2", Fraction(-1), "-1.00")])
    widths = [r.width() for r in chart.bar_rects() if r is not None]
    assert widths == [pytest.approx(half), pytest.approx(half / 2)]
