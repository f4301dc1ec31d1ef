"""Score entry with the keyboard: commit at once, refuse bad marks, empty is not zero, locks."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from competition_app.services.context import Context
from competition_app.services.results.locking import lock_trade
from competition_app.services.scoring.score_grid import load_grid
from competition_app.services.scoring.scoring import record_mark
from competition_app.services.setup.trades import list_trades
from competition_app.storage.database import Database
from competition_app.ui.scoring.scoring_view import ScoringView

K = Qt.Key


@pytest.fixture
def view(qtbot: Any, session: Any) -> ScoringView:
    v = ScoringView(session)
    qtbot.addWidget(v)
    v.resize(1200, 700)
    v.show()
    v.activate()
    return v


def trade_id(ctx: Context, event_id: int, code: str) -> int:
    return next(t.id for t in list_trades(ctx, event_id) if t.code == code)


def stored(
    ctx: Context, event_id: int, code: str, number: str, column: str, judge: str = ""
) -> Decimal | None:
    grid = load_grid(ctx, trade_id(ctx, event_id, code))
    row = next(r for r in grid.rows if r.number == number)
    i = next(i for i, c in enumerate(grid.columns) if c.code == column and c.judge_code == judge)
    return row.values[i]


def open_editor(qtbot: Any, view: ScoringView, index: QModelIndex, first_key: str) -> QLineEdit:
    """Select a cell and start typing in it, as a user does (the first key opens the editor)."""
    view.table.setCurrentIndex(index)
    view.table.setFocus()
    qtbot.keyClicks(view.table, first_key)
    editors = [e for e in view.table.findChildren(QLineEdit, "CellEditor") if e.isVisible()]
    assert len(editors) == 1
    return editors[0]


def type_mark(
    qtbot: Any, view: ScoringView, index: QModelIndex, text: str, key: Qt.Key = K.Key_Return
) -> QLineEdit:
    editor = open_editor(qtbot, view, index, text[0])
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, key)
    return editor


def test_a_typed_mark_is_committed_at_once_and_enter_moves_down(qtbot, view, ctx, demo_event_id):
    view.select_trade("electrician")
    col = view.entry_column("e1")
    start = view.cell("1050", col)
    type_mark(qtbot, view, start, "12.5")
    assert stored(ctx, demo_event_id, "electrician", "1050", "e1") == Decimal("12.5")
    assert view.table.currentIndex().row() == start.row() + 1
    assert view.table.currentIndex().column() == col
    assert view.table.state() != view.table.State.EditingState
    assert start.data() == "12.5"


def test_tab_moves_right_after_committing(qtbot, view, ctx, demo_event_id):
    view.select_trade("electrician")
    col = view.entry_column("e2")
    start = view.cell("1051", col)
    type_mark(qtbot, view, start, "29", K.Key_Tab)
    assert stored(ctx, demo_event_id, "electrician", "1051", "e2") == Decimal(29)
    assert (view.table.currentIndex().row(), view.table.currentIndex().column()) == (
        start.row(),
        col + 1,
    )


@pytest.mark.parametrize(
    ("text", "reason"),
    [("25", "超出范围"), ("abc", "不是数字"), ("-1", "超出范围"), ("3.14159", "最多")],
)
def test_a_bad_mark_is_refused_on_the_spot_and_never_saved(
    qtbot, view, ctx, demo_event_id, text, reason
):
    view.select_trade("electrician")
    index = view.cell("1052", view.entry_column("e1"))  # e1 is out of 20
    before = stored(ctx, demo_event_id, "electrician", "1052", "e1")
    editor = type_mark(qtbot, view, index, text)
    assert reason in view.messages.text()
    assert "未保存" in view.messages.text()
    # the editor stays open on the bad text, so it can be corrected at once
    assert editor.isVisible() and editor.text() == text
    assert view.table.currentIndex() == index
    assert stored(ctx, demo_event_id, "electrician", "1052", "e1") == before
    # corrected, it goes through
    editor.selectAll()
    qtbot.keyClicks(editor, "19")
    qtbot.keyClick(editor, K.Key_Return)
    assert stored(ctx, demo_event_id, "electrician", "1052", "e1") == Decimal(19)
    assert view.messages.text() == ""


def test_enter_on_the_last_row_goes_on_to_the_next_criterions_first_row(
    qtbot, view, ctx, demo_event_id
):
    """A judge's form is one criterion for everyone: typed a column at a time, Enter past the
    last contestant goes to the top of the next column instead of staying on the cell just
    typed (where the next mark would replace it)."""
    view.select_trade("electrician")
    col = view.entry_column("e1")
    last = view.proxy.rowCount() - 1
    index = view.proxy.index(last, col)
    number = view.model.grid.rows[view.proxy.mapToSource(index).row()].number
    type_mark(qtbot, view, index, "12")
    assert stored(ctx, demo_event_id, "electrician", number, "e1") == Decimal(12)
    current = view.table.currentIndex()
    # the next column, at its first row anyone types into (an absent contestant is passed over)
    assert current.column() == col + 1 and current.row() <= 2
    assert current != index


def test_an_absent_contestants_greyed_cells_say_why(qtbot, view, ctx, demo_event_id):
    view.select_trade("fitter")
    grid = view.model.grid
    absent = next(r for r in grid.rows if r.status == "absent")
    index = view.model.index(grid.rows.index(absent), view.model.first_entry_column())
    tip = view.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "缺考：不录分" in tip  # the blind grid hides the status column; the cell says it


def test_a_refusal_names_its_cell_and_goes_when_the_clerk_takes_the_value_back(
    qtbot, view, ctx, demo_event_id
):
    view.select_trade("electrician")
    index = view.cell("1052", view.entry_column("e1"))
    editor = type_mark(qtbot, view, index, "150")
    assert "1052 · " in view.save_line.text() and "未保存" in view.save_line.text()
    qtbot.keyClick(editor, K.Key_Escape)  # the clerk takes it back
    assert view.messages.text() == "" and "未保存" not in view.save_line.text()


def test_another_trade_opens_at_its_top_with_no_word_of_the_last_ones_cell(
    qtbot, view, ctx, demo_event_id
):
    view.select_trade("electrician")
    index = view.cell("1052", view.entry_column("e1"))
    type_mark(qtbot, view, index, "150")
    view.table.scrollToBottom()
    view.select_trade("fitter")
    assert "1052" not in view.save_line.text() and "未保存" not in view.save_line.text()
    assert view.table.verticalScrollBar().value() == 0


def send_text(widget: Any, text: str) -> None:
    """Characters as a Chinese input method delivers them (QTest only types ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def test_full_width_digits_from_a_chinese_ime_are_read(qtbot, view, ctx, demo_event_id):
    view.select_trade("electrician")
    index = view.cell("1053", view.entry_column("e3"))
    view.table.setCurrentIndex(index)
    send_text(view.table, "３")
    editor = next(e for e in view.table.findChildren(QLineEdit, "CellEditor") if e.isVisible())
    send_text(editor, "２。５")
    assert editor.text() == "３２。５"
    qtbot.keyClick(editor, K.Key_Return)
    assert stored(ctx, demo_event_id, "electrician", "1053", "e3") == Decimal("32.5")


def test_clearing_a_cell_deletes_the_mark_which_is_not_zero(qtbot, view, ctx, demo_event_id):
    view.select_trade("electrician")
    entered, expected = view.model.counts()
    index = view.cell("1054", view.entry_column("e4"))
    view.table.setCurrentIndex(index)
    qtbot.keyClick(view.table, K.Key_Delete)
    assert stored(ctx, demo_event_id, "electrician", "1054", "e4") is None
    assert index.data() == ""
    assert view.model.counts() == (entered - 1, expected)
    assert view.counter.text() == f"已录入 {entered - 1} / {expected}"
    # a zero is a mark
    type_mark(qtbot, view, index, "0")
    assert stored(ctx, demo_event_id, "electrician", "1054", "e4") == Decimal(0)
    assert view.counter.text() == f"已录入 {entered} / {expected}"


def test_a_committed_mark_survives_reopening_the_database(
    qtbot, view, ctx, demo_path, demo_event_id
):
    view.select_trade("cnc_lathe")
    type_mark(qtbot, view, view.cell("1100", view.entry_column("c2")), "47.5")
    view.close()
    ctx.db.dispose()
    reopened = Context(Database(demo_path))
    try:
        assert stored(reopened, demo_event_id, "cnc_lathe", "1100", "c2") == Decimal("47.5")
    finally:
        reopened.db.dispose()


def test_panel_columns_one_per_judge_and_the_missing_filter(qtbot, view, ctx, demo_event_id):
    view.select_trade("fitter")
    headers = [
        view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())
    ]
    judges = sorted({c.judge_code for c in view.model.columns if c.judge_code})
    assert len(judges) == 3  # the fitter panel
    for code in judges:
        assert f"尺寸精度\n{code} ≤40" in headers
    view.only_missing.setChecked(True)
    numbers = [
        view.proxy.headerData(r, Qt.Orientation.Vertical) for r in range(view.proxy.rowCount())
    ]
    assert numbers == ["1045", "1046", "1047"]
    entered, expected = view.model.counts()
    assert view.counter.text() == f"已录入 {entered} / {expected}"
    assert entered < expected


def test_a_row_stays_while_its_marks_are_typed_with_the_missing_filter_on(
    qtbot, view, ctx, demo_event_id
):
    view.select_trade("electrician")
    view.table.setCurrentIndex(view.cell("1060", view.entry_column("e1")))
    qtbot.keyClick(view.table, K.Key_Delete)
    view.only_missing.setChecked(True)
    assert view.proxy.rowCount() == 1
    type_mark(qtbot, view, view.cell("1060", view.entry_column("e1")), "10")
    assert view.proxy.rowCount() == 1  # not re-filtered under the user's hands
    view.only_missing.setChecked(False)
    view.only_missing.setChecked(True)
    assert view.proxy.rowCount() == 0


def test_recused_judge_cell_takes_no_typing_and_says_why(qtbot, view, ctx, demo_event_id):
    from sqlalchemy import select

    from competition_app.storage.models import Contestant, Judge, Trade

    # The demo's judges come from outside bodies; move one into a contestant's unit.
    with ctx.db.unit_of_work() as s:
        fitter = s.scalars(
            select(Trade).where(Trade.event_id == demo_event_id, Trade.code == "fitter")
        ).one()
        unit = s.scalars(
            select(Contestant.unit).where(
                Contestant.trade_id == fitter.id, Contestant.status == "ok"
            )
        ).first()
        judges = s.scalars(select(Judge).where(Judge.event_id == demo_event_id)).all()
        next(j for j in judges if fitter in j.trades and j.role == "judge").unit = unit
    view.select_trade("electrician")
    view.select_trade("fitter")
    grid = view.model.grid
    pairs = [
        (r, i)
        for r, row in enumerate(grid.rows)
        for i, c in enumerate(grid.columns)
        if c.judge_unit and c.judge_unit == row.unit and row.status == "ok"
    ]
    assert pairs, "a judge shares a unit with a contestant"
    r, i = pairs[0]
    index = view.proxy.mapFromSource(view.model.index(r, i + 3))
    assert not index.flags() & Qt.ItemFlag.ItemIsEditable
    before = stored(
        ctx,
        demo_event_id,
        "fitter",
        grid.rows[r].number,
        grid.columns[i].code,
        grid.columns[i].judge_code,
    )
    view.table.setCurrentIndex(index)
    view.table.setFocus()
    qtbot.keyClicks(view.table, "5")
    # no editor opens; the page says why
    assert not [e for e in view.table.findChildren(QLineEdit, "CellEditor") if e.isVisible()]
    assert "须回避" in view.messages.text()
    after = stored(
        ctx,
        demo_event_id,
        "fitter",
        grid.rows[r].number,
        grid.columns[i].code,
        grid.columns[i].judge_code,
    )
    assert after == before


def test_someone_elses_save_is_a_conflict_showing_their_value(qtbot, view, ctx, demo_event_id):
    view.select_trade("electrician")
    index = view.cell("1055", view.entry_column("e2"))
    row = view.model.grid.rows[view.proxy.mapToSource(index).row()]
    seen = next(
        v
        for c, v in zip(
            view.model.columns,
            view.model._versions[view.proxy.mapToSource(index).row()],
            strict=True,
        )
        if c.code == "e2"
    )
    # another scoring station saves first
    record_mark(ctx, row.contestant_id, "e2", Decimal("21"), expected_version=seen)
    type_mark(qtbot, view, index, "22")
    assert "另一台记分电脑" in view.messages.text() and "21" in view.messages.text()
    assert stored(ctx, demo_event_id, "electrician", "1055", "e2") == Decimal(21)
    # the grid now shows their value, and the next edit goes through
    index = view.cell("1055", view.entry_column("e2"))
    assert index.data() == "21"
    type_mark(qtbot, view, index, "22")
    assert stored(ctx, demo_event_id, "electrician", "1055", "e2") == Decimal(22)


def test_time_and_direct_scores_are_entered_too(qtbot, view, ctx, demo_event_id):
    view.select_trade("electrician")
    type_mark(qtbot, view, view.cell("1056", view.entry_column("theory")), "88")
    assert stored(ctx, demo_event_id, "electrician", "1056", "theory") == Decimal(88)
    type_mark(qtbot, view, view.cell("1056", view.entry_column("time")), "1:35")
    assert stored(ctx, demo_event_id, "electrician", "1056", "time") == Decimal(95)
    type_mark(qtbot, view, view.cell("1056", view.entry_column("theory")), "101")
    assert "超出范围" in view.messages.text()


def test_a_locked_trade_is_read_only_with_a_banner(qtbot, view, ctx, session, demo_event_id):
    view.select_trade("electrician")
    assert not view.banner.isVisible()
    lock_trade(ctx, trade_id(ctx, demo_event_id, "electrician"))
    session.notify()
    assert view.banner.isVisible()
    assert "锁定" in view.banner_text.text()
    index = view.cell("1057", view.entry_column("e1"))
    assert not index.flags() & Qt.ItemFlag.ItemIsEditable
    before = stored(ctx, demo_event_id, "electrician", "1057", "e1")
    view.table.setCurrentIndex(index)
    qtbot.keyClicks(view.table, "5")
    assert not [e for e in view.table.findChildren(QLineEdit, "CellEditor") if e.isVisible()]
    qtbot.keyClick(view.table, K.Key_Delete)
    assert stored(ctx, demo_event_id, "electrician", "1057", "e1") == before
    assert not view.import_button.isEnabled()


def test_locked_elsewhere_refuses_the_save_and_shows_the_banner(qtbot, view, ctx, demo_event_id):
    view.select_trade("electrician")
    lock_trade(ctx, trade_id(ctx, demo_event_id, "electrician"))  # another station locks
    index = view.cell("1058", view.entry_column("e1"))
    type_mark(qtbot, view, index, "7")
    assert "锁定" in view.messages.text()
    assert view.banner.isVisible()


def test_go_to_number_and_blind_names(qtbot, view):
    view.select_trade("fitter")
    view.only_missing.setChecked(True)
    assert view.go_to_number("1003")  # filtered out: the filter is lifted to show it
    assert not view.only_missing.isChecked()
    assert view.proxy.headerData(view.table.currentIndex().row(), Qt.Orientation.Vertical) == "1003"
    assert not view.go_to_number("9999")
    assert "9999" in view.messages.text()
    view.hide_names.setChecked(True)
    assert view.table.isColumnHidden(0)


def test_set_status_from_the_grid(qtbot, view, ctx, demo_event_id):
    view.select_trade("electrician")
    row = view.model.row_of_number("1059")
    view.set_contestant_status(row, "absent")
    assert view.model.grid.rows[view.model.row_of_number("1059")].status == "absent"


def test_marks_typed_while_the_server_is_away_wait_and_are_saved_later(
    qtbot, session, ctx, demo_event_id
):
    from competition_app.domain.errors import ConnectionLost
    from competition_app.services.scoring.pending import PendingCells
    from competition_app.services.scoring.score_grid import save_cell

    down = {"calls": 2}

    def flaky(*args: Any) -> Any:
        if down["calls"]:
            down["calls"] -= 1
            raise ConnectionLost()
        return save_cell(*args)

    view = ScoringView(session)
    qtbot.addWidget(view)
    view.model.pending = PendingCells(ctx, flaky)  # the station's link to the server drops
    view.show()
    view.activate()
    view.select_trade("electrician")
    index = view.cell("1061", view.entry_column("e1"))
    type_mark(qtbot, view, index, "11")
    assert index.data() == "11"  # shown as typed
    assert "尚未保存" in view.messages.text()
    assert stored(ctx, demo_event_id, "electrician", "1061", "e1") != Decimal(11)
    assert view.model.retry_timer.isActive()
    view.model.retry_pending()  # still down
    assert len(view.model.pending) == 1
    view.model.retry_pending()  # back
    assert len(view.model.pending) == 0 and not view.model.retry_timer.isActive()
    assert stored(ctx, demo_event_id, "electrician", "1061", "e1") == Decimal(11)
    assert "均已保存" in view.messages.text()


def test_another_stations_marks_appear_without_disturbing_typing(
    qtbot, view, ctx, session, demo_event_id
):
    view.select_trade("electrician")
    index = view.cell("1062", view.entry_column("e2"))
    row = view.model.grid.rows[view.proxy.mapToSource(index).row()]
    editor = open_editor(qtbot, view, view.cell("1063", view.entry_column("e1")), "1")
    record_mark(ctx, row.contestant_id, "e2", Decimal("3"))  # saved on another station
    assert session.check_for_changes()
    assert editor.isVisible()  # the user's edit is not pulled away
    qtbot.keyClick(editor, K.Key_Escape)
    qtbot.waitUntil(lambda: view.cell("1062", view.entry_column("e2")).data() == "3")
