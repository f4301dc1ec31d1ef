"""The projector board on the demo event: no names by day, codes for a blind trade, the ceremony's
reveal from third prize to first on the keys, only locked trades, refreshed on session news."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from competition_app.domain.blind_codes import is_code, normalize_code
from competition_app.services.contest_day.blind_codes import generate_codes
from competition_app.services.registration.contestants import list_contestants
from competition_app.services.results.locking import lock_trade
from competition_app.services.results.scoreboard import scoreboard
from competition_app.services.setup.trades import get_trade
from competition_app.ui.scoreboard.board_window import ScoreboardWindow
from tests.blind_trades import blind_from_the_start
from tests.ui.helpers import wait_task


def board_on(qtbot: Any, session: Any, mode: str) -> ScoreboardWindow:
    board = ScoreboardWindow(session, mode)  # type: ignore[arg-type]
    qtbot.addWidget(board)
    board.resize(1366, 768)
    board.show()
    board.show_board(scoreboard(session.ctx, session.event_id))
    return board


def shown(board: ScoreboardWindow) -> list[str]:
    board.grab()  # paints: `drawn` is what the hall reads
    return board.drawn


def every_day_page(board: ScoreboardWindow) -> list[list[str]]:
    """Each page of the day's round, turned by the board's own timer (driven, not waited for)."""
    pages = []
    for _ in board.slides:
        pages.append(shown(board))
        board.timer.timeout.emit()
    return pages


def test_the_day_board_shows_no_names_units_or_id_numbers(qtbot, session, ctx, demo_event_id):
    board = board_on(qtbot, session, "day")
    assert board.timer.isActive() and len(board.slides) > 1
    people = list_contestants(ctx, demo_event_id)
    secret = {p.name for p in people} | {p.id_number for p in people if p.id_number}
    secret |= {p.unit for p in people if p.unit}
    pages = every_day_page(board)
    assert board.index == 0  # the round came back to the start
    fitter = next(p for p in pages if "钳工 · 职工组" in p)
    assert "1043" in fitter  # entry numbers are shown ...
    assert not secret & {text for page in pages for text in page}  # ... never who they are


def test_a_blind_trade_shows_work_piece_codes_only(qtbot, session, ctx, demo_event_id):
    welder = get_trade(ctx, demo_event_id, "welder")
    blind_from_the_start(ctx, welder.id)
    generate_codes(ctx, demo_event_id, "welder")
    numbers = {p.number for p in list_contestants(ctx, demo_event_id, "welder")}
    board = board_on(qtbot, session, "day")
    page = next(p for p in every_day_page(board) if "焊工" in p and "工件号" in p)
    entries = [s for s in page if is_code(normalize_code(s))]
    assert len(entries) >= 10
    assert not numbers & set(page)


@pytest.fixture
def electricians_locked(ctx: Any, demo_event_id: int) -> None:
    lock_trade(ctx, get_trade(ctx, demo_event_id, "electrician").id)


def test_the_ceremony_lists_only_locked_trades(
    qtbot, session, ctx, demo_event_id, electricians_locked
):
    board = board_on(qtbot, session, "ceremony")
    assert {s.trade.code for s in board.slides if s.trade} == {"electrician"}
    assert not board.timer.isActive()  # the ceremony turns only on a key
    assert "钳工" not in {t for _ in board.slides for t in shown(board)}


def test_the_reveal_goes_third_second_first_on_the_keys(
    qtbot, session, ctx, demo_event_id, electricians_locked
):
    board = board_on(qtbot, session, "ceremony")
    assert board.current().kind == "title" and "电工" in shown(board)
    seen = []
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_PageDown):
        qtbot.keyClick(board, key)
        seen.append(board.current().stage.award)
    assert seen == ["三等奖", "二等奖", "一等奖"]
    page = shown(board)
    assert "一等奖" in page and "林天" in page  # names are read out at the ceremony
    qtbot.keyClick(board, Qt.Key.Key_Space)
    assert board.current().stage.award == "一等奖"  # the last stage stays
    qtbot.keyClick(board, Qt.Key.Key_Left)
    assert board.current().stage.award == "二等奖"
    qtbot.mouseClick(board, Qt.MouseButton.LeftButton)
    assert board.current().stage.award == "一等奖"


def test_a_lock_elsewhere_reaches_the_ceremony_board(qtbot, session, ctx, demo_event_id):
    board = board_on(qtbot, session, "ceremony")
    assert board.current().kind == "nothing"
    lock_trade(ctx, get_trade(ctx, demo_event_id, "welder").id)
    session.notify()
    wait_task(qtbot, board, timeout=30_000)
    assert [s.kind for s in board.slides][:2] == ["title", "stage"]
    assert board.slides[0].trade.code == "welder"


def test_esc_leaves_full_screen(qtbot, session):
    board = ScoreboardWindow(session, "day")
    qtbot.addWidget(board)
    board.open_on(None)
    qtbot.waitUntil(board.isFullScreen)
    qtbot.keyClick(board, Qt.Key.Key_Escape)
    assert not board.isFullScreen()
    wait_task(qtbot, board, timeout=30_000)
    assert board.slides[0].kind == "progress"
