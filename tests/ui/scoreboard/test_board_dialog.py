"""视图 → 大屏显示…: a display chooser, then the board full screen; it closes with the event."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from competition_app.ui.window.main_window import MainWindow
from tests.ui.helpers import wait_task


def test_the_view_menu_opens_the_board_on_the_chosen_display(qtbot, ctx, demo_event_id):
    window = MainWindow(ctx, demo_event_id)
    qtbot.addWidget(window)
    action = next(a for a in window.view_menu.actions() if a.text() == "大屏显示…")
    action.trigger()
    dialog = window.scoreboard_dialog
    assert dialog.isVisible()
    assert dialog.screen_combo.count() == len(QGuiApplication.screens())
    dialog.mode_combo.setCurrentIndex(1)
    dialog.accept()
    board = window.scoreboard
    qtbot.waitUntil(board.isFullScreen)
    assert board.mode == "ceremony" and board.screen() is dialog.chosen_screen()
    wait_task(qtbot, board, timeout=30_000)
    assert board.current().kind == "nothing"  # nothing locked in the demo yet
    window.close_event()
    qtbot.waitUntil(lambda: not board.isVisible())
