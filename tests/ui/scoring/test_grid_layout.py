"""The grid never writes where the clerk cannot see: saved column layouts are kept per database
and trade and dropped when they do not fit, and the cell typed into is the cell saved."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy import update

from competition_app.services.context import Context
from competition_app.services.scoring.score_grid import load_grid
from competition_app.storage.database import Database
from competition_app.storage.models import Trade
from competition_app.ui.scoring.scoring_view import ScoringView
from competition_app.ui.window.session import EventSession

K = Qt.Key


@pytest.fixture
def small_fitter(demo_template: tuple[Path, int], tmp_path: Path) -> Iterator[Context]:
    """Another database whose trade "fitter" is a small grid (the demo's electrician: one mark
    column per criterion, no panel), against the demo's fitter with a panel of three judges."""
    path = tmp_path / "other.db"
    shutil.copy(demo_template[0], path)
    db = Database(path)
    event_id = demo_template[1]
    with db.unit_of_work() as s:
        s.execute(
            update(Trade)
            .where(Trade.event_id == event_id, Trade.code == "fitter")
            .values(code="fitter_old")
        )
        s.execute(
            update(Trade)
            .where(Trade.event_id == event_id, Trade.code == "electrician")
            .values(code="fitter")
        )
    yield Context(db)
    db.dispose()


def open_view(qtbot: Any, ctx: Context, event_id: int) -> ScoringView:
    view = ScoringView(EventSession(ctx, event_id))
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)  # so that the focus can be checked
    view.activate()
    view.select_trade("fitter")
    return view


def all_values(ctx: Context, trade_id: int) -> dict[tuple[str, str], Decimal | None]:
    grid = load_grid(ctx, trade_id)
    return {
        (r.number, c.key): v for r in grid.rows for c, v in zip(grid.columns, r.values, strict=True)
    }


def fully_visible(view: ScoringView, index: QModelIndex) -> bool:
    rect = view.table.visualRect(index)
    return (
        not view.table.isColumnHidden(index.column())
        and view.table.columnWidth(index.column()) > 20
        and view.table.viewport().rect().contains(rect)
    )


def test_a_layout_from_a_smaller_grid_in_another_database_never_hides_the_cell_typed_into(
    qtbot, small_fitter, ctx, demo_event_id
):
    """The report: a 9-column "fitter" grid in one database, then the 20-column "fitter" of
    another; Tab and typing must save into the cell the clerk sees, and only there."""
    small = open_view(qtbot, small_fitter, demo_event_id)
    assert small.model.columnCount() == 9
    small.table.setColumnWidth(4, 140)  # the clerk widens a column
    small.save_state()  # as the window does when the database is closed
    small.close()

    view = open_view(qtbot, ctx, demo_event_id)
    assert view.model.columnCount() == 20
    header = view.table.horizontalHeader()
    assert header.count() == 20
    for col in range(view.model.first_entry_column(), 20):
        assert not view.table.isColumnHidden(col) and view.table.columnWidth(col) > 20
    # a wide grid scrolls: every column is reachable
    assert header.length() > view.table.viewport().width()
    assert view.table.horizontalScrollBar().maximum() >= (
        header.length() - view.table.viewport().width()
    )

    trade = view.model.grid.trade.id
    before = all_values(ctx, trade)
    # 1002, 尺寸精度 by the second judge; Tab moves on to the third judge's column
    start = view.cell("1002", view.entry_column("f1", "QG2"))
    view.table.setCurrentIndex(start)
    view.table.setFocus()
    qtbot.keyClick(view.table, K.Key_Tab)
    current = view.table.currentIndex()
    target = view.proxy.mapToSource(current)
    gc = view.model.grid_column(target.column())
    assert (view.model.grid.rows[target.row()].number, gc.code, gc.judge_code) == (
        "1002",
        "f1",
        "QG3",
    )
    assert fully_visible(view, current)
    qtbot.keyClicks(view.table, "3")
    editor = next(e for e in view.table.findChildren(QLineEdit, "CellEditor") if e.isVisible())
    assert QApplication.focusWidget() is editor
    assert view.table.viewport().rect().contains(editor.geometry())
    qtbot.keyClicks(editor, "0")
    qtbot.keyClick(editor, K.Key_Tab)

    after = all_values(ctx, trade)
    changed = {k: (before[k], after[k]) for k in after if before[k] != after[k]}
    assert changed == {("1002", gc.key): (before[("1002", gc.key)], Decimal(30))}
    # the next cell is current, visible and has the focus
    assert fully_visible(view, view.table.currentIndex())
    assert view.table.hasFocus()


def test_a_layout_is_kept_for_its_database_and_trade(qtbot, ctx, demo_event_id):
    view = open_view(qtbot, ctx, demo_event_id)
    view.table.setColumnWidth(5, 150)
    view.save_state()
    view.close()
    again = open_view(qtbot, ctx, demo_event_id)
    assert again.table.columnWidth(5) == 150


def test_a_layout_made_for_other_columns_is_dropped(qtbot, ctx, demo_event_id):
    from competition_app.ui.window import preferences

    view = open_view(qtbot, ctx, demo_event_id)
    key = view._tables[0][0]
    view.table.setColumnWidth(5, 150)
    view.save_state()
    # the marking scheme changed since (a criterion more): the layout does not fit any more
    columns = [*view.model.column_keys(), "mark:f6:0"]
    assert not preferences.restore_header(key, view.table.horizontalHeader(), columns)
    assert preferences.app_settings().value(f"layouts/{key}/state") is None
    view.close()
    again = open_view(qtbot, ctx, demo_event_id)
    assert again.table.columnWidth(5) == 86


def test_no_entry_column_is_hidden_or_too_narrow_to_read(qtbot, ctx, demo_event_id):
    view = open_view(qtbot, ctx, demo_event_id)
    view.table.setColumnHidden(6, True)
    view.table.horizontalHeader().resizeSection(7, 0)  # below the header's minimum
    view.save_state()
    view.close()
    again = open_view(qtbot, ctx, demo_event_id)
    for col in range(again.model.first_entry_column(), again.model.columnCount()):
        assert not again.table.isColumnHidden(col)
        assert again.table.columnWidth(col) >= 40


def test_the_current_cell_is_always_scrolled_into_view(qtbot, ctx, demo_event_id):
    view = open_view(qtbot, ctx, demo_event_id)
    last = view.cell("1040", view.model.columnCount() - 1)
    view.table.setCurrentIndex(last)
    assert fully_visible(view, last)
    first = view.cell("1001", view.model.first_entry_column())
    view.table.setCurrentIndex(first)
    assert fully_visible(view, first)


def test_other_tables_check_a_restored_layout_against_their_columns(qtbot):
    from PySide6.QtWidgets import QTableView

    from competition_app.ui.common.table_support import (
        TableColumn,
        TupleTableModel,
        apply_widths,
        remember_widths,
    )

    three = [TableColumn("a", "A", 80), TableColumn("b", "B", 90), TableColumn("c", "C", 100)]
    table = QTableView()
    qtbot.addWidget(table)
    model = TupleTableModel(three)
    table.setModel(model)
    apply_widths(table, three, "probe")
    table.setColumnWidth(1, 170)
    remember_widths(table, "probe")
    apply_widths(table, three, "probe")
    assert table.columnWidth(1) == 170
    # the same key, other columns: the widths the columns ask for
    four = [TableColumn("a", "A", 80), TableColumn("x", "X", 60), *three[1:]]
    model.set_columns(four)
    apply_widths(table, four, "probe")
    assert [table.columnWidth(i) for i in range(3)] == [80, 60, 90]


def test_a_width_remembered_narrower_than_its_heading_now_is_widened(qtbot):
    from PySide6.QtWidgets import QTableView

    from competition_app.ui.common.table_support import (
        TableColumn,
        TupleTableModel,
        apply_widths,
        heading_width,
        remember_widths,
    )

    chinese = [TableColumn("station", "工位", 60), TableColumn("name", "姓名", 90),
               TableColumn("unit", "单位", 100)]  # fmt: skip
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(TupleTableModel(chinese))
    apply_widths(table, chinese, "probe-language")
    table.setColumnWidth(0, 40)  # as narrow as the two characters allow
    remember_widths(table, "probe-language")
    # the window now in English: the same columns, a longer heading
    english = [TableColumn("station", "Station", 60), TableColumn("name", "Name", 90),
               TableColumn("unit", "Unit", 100)]  # fmt: skip
    table.setModel(TupleTableModel(english))
    apply_widths(table, english, "probe-language")
    assert table.columnWidth(0) >= heading_width(table, "Station") > 40
    assert table.columnWidth(1) == 90  # a remembered width that fits is kept


def test_in_english_no_status_or_group_label_is_clipped(qtbot, ctx, demo_event_id):
    from competition_app.domain.entries import STATUSES
    from competition_app.ui.window.translation import install_translators, status_label

    assert install_translators("en")
    view = open_view(qtbot, ctx, demo_event_id)
    status = view.model.info_columns.index("status")
    metrics = view.table.fontMetrics()
    for s in STATUSES:
        assert metrics.horizontalAdvance(status_label(s)) + 8 <= view.table.columnWidth(status)
    combo = view.group_combo
    assert combo.sizeHint().width() >= combo.fontMetrics().horizontalAdvance("All groups")
