"""What the score grid shows before anything is typed: headers, which cells take typing and why
not, and the counter, from the demo's real rows."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt

from competition_app.domain.marks import plain
from competition_app.services.scoring.score_grid import entry_counts, load_grid
from competition_app.ui.scoring.score_grid_cells import ScoreGridCells
from tests.ui.scoring.test_scoring_view import trade_id

EDITABLE = Qt.ItemFlag.ItemIsEditable


def cells(qtbot: Any, ctx: Any, event_id: int, *, locked: bool = False) -> ScoreGridCells:
    grid = load_grid(ctx, trade_id(ctx, event_id, "fitter"))
    if locked:
        grid = replace(grid, trade=replace(grid.trade, locked=True))
    model = ScoreGridCells()
    with qtbot.waitSignal(model.counts_changed) as counted:
        model.set_grid(grid)
    assert tuple(counted.args) == entry_counts(
        grid.columns, grid.rows, [r.values for r in grid.rows]
    )
    return model


def test_headers_name_the_cell_and_its_maximum(qtbot, ctx, demo_event_id):
    model = cells(qtbot, ctx, demo_event_id)
    first = model.first_entry_column()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(first)] == [
        "姓名",
        "组别",
        "状态",
    ]
    gc = model.columns[0]
    header = model.headerData(first, Qt.Orientation.Horizontal)
    assert header.startswith(gc.name + "\n")
    if gc.limit is not None:
        assert f"≤{plain(gc.limit)}" in header
    assert model.headerData(0, Qt.Orientation.Vertical) == model.grid.rows[0].number


def test_a_competing_contestants_cell_takes_typing_and_info_columns_do_not(
    qtbot, ctx, demo_event_id
):
    model = cells(qtbot, ctx, demo_event_id)
    row = next(i for i, r in enumerate(model.grid.rows) if r.expected)
    col = model.first_entry_column()
    assert model.read_only_reason(row, col) == ""
    assert model.flags(model.index(row, col)) & EDITABLE
    assert model.read_only_reason(row, 0) == "这一列不能录入"
    assert not model.flags(model.index(row, 0)) & EDITABLE


def test_a_locked_trade_or_a_user_without_the_right_reads_only_and_says_why(
    qtbot, ctx, demo_event_id
):
    model = cells(qtbot, ctx, demo_event_id, locked=True)
    col = model.first_entry_column()
    assert model.locked
    assert model.read_only_reason(0, col).startswith("已锁定")
    assert not model.flags(model.index(0, col)) & EDITABLE
    assert not model.may_clear(0, col)
    model = cells(qtbot, ctx, demo_event_id)
    model.may_enter = False
    assert model.read_only_reason(0, col) == "当前用户无权录入成绩，评分表只读。"
    assert not model.flags(model.index(0, col)) & EDITABLE


def test_a_contestant_who_does_not_compete_is_passed_over(qtbot, ctx, demo_event_id):
    model = cells(qtbot, ctx, demo_event_id)
    absent = next(i for i, r in enumerate(model.grid.rows) if not r.expected)
    present = next(i for i, r in enumerate(model.grid.rows) if r.expected)
    col = model.first_entry_column()
    assert model.skipped(absent, col) and not model.skipped(present, col)
