"""Every save says where, what, whose and old → new; a replaced mark looks different; Ctrl+Z
takes this station's last save back through the service; cells nobody types into are skipped
and say why."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMainWindow
from sqlalchemy import select

from competition_app.services.context import Context
from competition_app.services.results.locking import lock_trade
from competition_app.services.scoring.score_grid import GridColumn
from competition_app.services.scoring.scoring import record_mark
from competition_app.storage.models import AuditEntry, Contestant, Judge, Trade
from competition_app.ui.scoring.grid_undo import CellChange
from competition_app.ui.scoring.save_line import SaveLine
from competition_app.ui.scoring.scoring_view import ScoringView
from tests.ui.scoring.test_scoring_view import stored, trade_id, type_mark

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot: Any, session: Any) -> QMainWindow:
    """The page inside a main window, which has the status bar the saves are told in."""
    w = QMainWindow()
    qtbot.addWidget(w)
    w.setCentralWidget(ScoringView(session))
    w.resize(1300, 700)
    w.show()
    w.centralWidget().activate()
    return w


@pytest.fixture
def view(window: QMainWindow) -> ScoringView:
    v = window.centralWidget()
    assert isinstance(v, ScoringView)
    return v


def judge_column(view: ScoringView, code: str, judge: str) -> GridColumn:
    return view.model.columns[view.entry_column(code, judge) - view.model.first_entry_column()]


def audit_of(ctx: Context, key: str) -> list[tuple[str, str]]:
    with ctx.db.reading() as s:
        return [
            (e.old_value, e.new_value)
            for e in s.scalars(
                select(AuditEntry).where(AuditEntry.entity_key == key).order_by(AuditEntry.id)
            )
        ]


def test_a_first_entry_and_a_replaced_mark_say_who_what_where_and_differ(qtbot, window, view):
    view.select_trade("fitter")
    gc = judge_column(view, "f1", "QG3")
    index = view.cell("1045", view.entry_column("f1", "QG3"))  # still without marks
    type_mark(qtbot, view, index, "30", K.Key_Tab)
    first = view.save_line.text()
    assert first.startswith("已录入 1045 · 尺寸精度 · 裁判 QG3 " + gc.judge_name)
    assert "：30" in first and "→" not in first
    assert view.save_line.level == "success"
    assert window.statusBar().currentMessage() == first

    type_mark(qtbot, view, view.cell("1045", view.entry_column("f1", "QG3")), "34.5")
    second = view.save_line.text()
    assert second.startswith("已修改 1045 · 尺寸精度 · 裁判 QG3")
    assert "30 → 34.5" in second and "替换了原有分数" in second
    assert view.save_line.level == "warning"  # looks different from a first entry
    assert window.statusBar().currentMessage() == second

    view.table.setCurrentIndex(view.cell("1045", view.entry_column("f1", "QG3")))
    qtbot.keyClick(view.table, K.Key_Delete)
    assert view.save_line.text().startswith("已清除 1045 · 尺寸精度")
    assert "34.5 → 未录入" in view.save_line.text()
    assert view.save_line.level == "warning"


def test_a_blind_grid_names_the_work_piece_code(qtbot):
    gc = GridColumn("mark", "f1", "尺寸精度", Decimal(40), 1, 7, "QG3", "王五")
    line = SaveLine()
    qtbot.addWidget(line)
    text, level = line.describe(CellChange(-1, "KRW-358", gc, Decimal("34.3"), Decimal(30), 2))
    assert text.startswith("已修改 KRW-358 · 尺寸精度 · 裁判 QG3 王五：34.3 → 30")
    assert level == "warning"


def test_ctrl_z_undoes_the_last_save_through_the_service_audited(qtbot, view, ctx, demo_event_id):
    view.select_trade("electrician")
    col = view.entry_column("e2")
    before = stored(ctx, demo_event_id, "electrician", "1050", "e2")
    type_mark(qtbot, view, view.cell("1050", col), "7")
    assert stored(ctx, demo_event_id, "electrician", "1050", "e2") == Decimal(7)
    assert view.undo_button.isEnabled()
    view.table.setCurrentIndex(view.cell("1070", col))  # the clerk has moved on
    qtbot.keyClick(view.table, K.Key_Z, CTRL)
    assert stored(ctx, demo_event_id, "electrician", "1050", "e2") == before
    assert view.cell("1050", col).data() == str(before).rstrip("0").rstrip(".")
    assert view.save_line.text().startswith("已撤销 1050 · 安装工艺")
    assert f"7 → {view.cell('1050', col).data()}" in view.save_line.text()
    assert view.save_line.level == "info"
    # the cursor goes back to the cell put back
    assert view.table.currentIndex() == view.cell("1050", col)
    assert view.table.selectionModel().selectedIndexes() == [view.cell("1050", col)]
    # audited as changes like any other: typed, then taken back
    trail = audit_of(ctx, "1050/e2/-")
    assert len(trail) == 2 and trail[1][1] == trail[0][0]
    # nothing more to undo
    assert not view.undo_button.isEnabled()
    assert not view.undo_last()
    assert "没有可撤销" in view.save_line.text()


def test_undo_is_refused_when_someone_else_changed_the_cell_since(qtbot, view, ctx, demo_event_id):
    view.select_trade("electrician")
    col = view.entry_column("e3")
    type_mark(qtbot, view, view.cell("1051", col), "20")
    change = view.model.last_save
    # another station saves over it
    record_mark(ctx, change.key, "e3", Decimal(21), expected_version=change.version)
    qtbot.keyClick(view.table, K.Key_Z, CTRL)
    assert stored(ctx, demo_event_id, "electrician", "1051", "e3") == Decimal(21)
    assert "未撤销" in view.save_line.text() and "另一台记分电脑" in view.save_line.text()
    assert view.save_line.level == "error"
    assert view.cell("1051", col).data() == "21"  # their value is shown


def move_judge_into_a_unit(ctx: Context, event_id: int) -> None:
    """The demo's judges come from outside bodies; move fitter judge QG2 into 1002's unit."""
    with ctx.db.unit_of_work() as s:
        fitter = s.scalars(
            select(Trade).where(Trade.event_id == event_id, Trade.code == "fitter")
        ).one()
        unit = s.scalars(
            select(Contestant.unit).where(
                Contestant.trade_id == fitter.id, Contestant.number == "1002"
            )
        ).one()
        s.scalars(
            select(Judge).where(Judge.event_id == event_id, Judge.code == "QG2")
        ).one().unit = unit


def test_recused_cells_are_read_only_and_tab_skips_them(qtbot, view, ctx, demo_event_id):
    move_judge_into_a_unit(ctx, demo_event_id)
    view.select_trade("electrician")
    view.select_trade("fitter")
    recused = view.cell("1002", view.entry_column("f1", "QG2"))
    assert not recused.flags() & Qt.ItemFlag.ItemIsEditable
    view.table.setCurrentIndex(view.cell("1002", view.entry_column("f1", "QG1")))
    view.table.setFocus()
    qtbot.keyClick(view.table, K.Key_Tab)
    assert view.table.currentIndex() == view.cell("1002", view.entry_column("f1", "QG3"))
    # and typing with Tab from the cell before does the same
    type_mark(qtbot, view, view.cell("1002", view.entry_column("f1", "QG1")), "30", K.Key_Tab)
    assert view.table.currentIndex() == view.cell("1002", view.entry_column("f1", "QG3"))
    # a recused cell counts neither in 已录入 x / y nor in 只看未录完 (score_grid.entry_counts)
    _entered, expected = view.model.counts()
    assert expected == sum(
        1
        for r in view.model.grid.rows
        if r.expected
        for i, c in enumerate(view.model.columns)
        if c.kind != "time" and r.recusal(i) is None
    )


def test_absent_rows_are_greyed_and_enter_skips_them(qtbot, view, ctx, demo_event_id):
    from competition_app.ui.common import stylesheet

    view.select_trade("fitter")
    col = view.entry_column("f2", "QG1")
    absent = view.cell("1008", col)  # the demo's 8th contestant is absent
    assert view.model.grid.rows[view.proxy.mapToSource(absent).row()].status == "absent"
    assert absent.data(Qt.ItemDataRole.BackgroundRole).name() == stylesheet.ABSENT_ROW
    assert absent.data(Qt.ItemDataRole.ForegroundRole).name() == stylesheet.MUTED_TEXT
    type_mark(qtbot, view, view.cell("1007", col), "15")
    assert view.table.currentIndex() == view.cell("1009", col)
    view.table.setFocus()
    qtbot.keyClick(view.table, K.Key_Up)  # the arrows still go everywhere
    qtbot.keyClick(view.table, K.Key_Up)
    assert view.table.currentIndex() == view.cell("1007", col)


def test_typing_in_a_locked_trade_says_locked(qtbot, view, ctx, session, demo_event_id):
    view.select_trade("electrician")
    lock_trade(ctx, trade_id(ctx, demo_event_id, "electrician"))
    session.notify()
    view.table.setCurrentIndex(view.cell("1057", view.entry_column("e1")))
    view.table.setFocus()
    qtbot.keyClicks(view.table, "5")
    assert not [e for e in view.table.findChildren(QLineEdit, "CellEditor") if e.isVisible()]
    assert "已锁定" in view.messages.text()


def test_in_english_the_save_line_and_the_refusals_are_english(qtbot, session):
    from competition_app.ui.window.translation import install_translators

    assert install_translators("en")
    view = ScoringView(session)
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    view.activate()
    view.select_trade("fitter")
    assert view.undo_button.text() == "Undo last save"
    type_mark(qtbot, view, view.cell("1046", view.entry_column("f1", "QG1")), "31")
    assert view.save_line.text().startswith("Entered 1046 · 尺寸精度 · judge QG1")
    type_mark(qtbot, view, view.cell("1046", view.entry_column("f1", "QG1")), "32")
    assert "Changed 1046" in view.save_line.text() and "31 → 32" in view.save_line.text()
    assert view.undo_last()
    assert view.save_line.text().startswith("Undone 1046") and "32 → 31" in view.save_line.text()


def test_a_mark_left_in_a_recused_cell_can_be_cleared_not_changed(qtbot, view, ctx, demo_event_id):
    move_judge_into_a_unit(ctx, demo_event_id)  # after the demo's marks were typed
    view.select_trade("electrician")
    view.select_trade("fitter")
    assert stored(ctx, demo_event_id, "fitter", "1002", "f1", "QG2") is not None
    recused = view.cell("1002", view.entry_column("f1", "QG2"))
    view.table.setCurrentIndex(recused)
    view.table.setFocus()
    qtbot.keyClicks(view.table, "9")
    assert "须回避" in view.messages.text() and "Delete" in view.messages.text()
    qtbot.keyClick(view.table, K.Key_Delete)
    assert stored(ctx, demo_event_id, "fitter", "1002", "f1", "QG2") is None
    assert view.save_line.text().startswith("已清除 1002 · 尺寸精度 · 裁判 QG2")
