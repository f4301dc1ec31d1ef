"""The day's progress on the projector: a dozen trades a slide at most, every trade once, in the
board's order, so that a city contest's 74 trades stay readable from the back of the hall."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from competition_app.domain.public_board import BoardLine
from competition_app.services.results.scoreboard import BoardTrade, Scoreboard
from competition_app.ui.scoreboard.board_window import ScoreboardWindow
from competition_app.ui.scoreboard.slides import (
    PROGRESS_PER_SLIDE,
    day_slides,
    progress_share,
)


def trades(n: int) -> tuple[BoardTrade, ...]:
    return tuple(
        BoardTrade(f"t{i}", f"工种{i:02d}", False, False, False, i, 100, ()) for i in range(n)
    )


def progress_pages(board: Scoreboard) -> list[tuple[BoardTrade, ...]]:
    return [
        tuple(progress_share(board.trades, s.part))
        for s in day_slides(board)
        if s.kind == "progress"
    ]


def test_a_city_contests_74_trades_take_seven_slides_of_eleven_or_eight():
    board = Scoreboard("市赛", trades(74))
    pages = progress_pages(board)
    assert [len(p) for p in pages] == [11, 11, 11, 11, 11, 11, 8]
    assert [t for p in pages for t in p] == list(board.trades)
    keys = [s.key for s in day_slides(board)]
    assert len(set(keys)) == len(keys)  # each slide is found again after a refresh


def test_a_district_contest_keeps_one_progress_slide():
    assert [len(p) for p in progress_pages(Scoreboard("区赛", trades(12)))] == [12]
    assert [len(p) for p in progress_pages(Scoreboard("区赛", trades(13)))] == [7, 6]
    assert [len(p) for p in progress_pages(Scoreboard("区赛", ()))] == [0]


@given(st.integers(min_value=0, max_value=300))
def test_every_trade_is_on_one_progress_slide_in_order(n):
    board = Scoreboard("赛事", trades(n))
    pages = progress_pages(board)
    assert [t for p in pages for t in p] == list(board.trades)
    assert all(len(p) <= PROGRESS_PER_SLIDE for p in pages)
    assert len(pages) == max(1, -(-n // PROGRESS_PER_SLIDE))
    assert n == 0 or all(pages)  # no empty slide in the round


def test_the_board_paints_each_trade_on_one_page_and_numbers_them(qtbot: Any, session):
    window = ScoreboardWindow(session, "day")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_board(Scoreboard("市赛", trades(30)))
    pages = []
    for _ in window.slides:
        window.grab()
        pages.append(list(window.drawn))
        window.timer.timeout.emit()
    names = [t.name for t in trades(30)]
    on = [[n for n in names if n in page] for page in pages]
    assert [len(o) for o in on] == [10, 10, 10]
    assert sorted(n for o in on for n in o) == names
    assert [next(x for x in p if x.startswith("评分录入进度")) for p in pages] == [
        "评分录入进度（1/3）",
        "评分录入进度（2/3）",
        "评分录入进度（3/3）",
    ]


def _drawn_line(line: BoardLine, english: bool) -> list[str]:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from competition_app.ui.scoreboard.board_painter import BoardPainter

    image = QImage(1366, 768, QImage.Format.Format_RGB32)
    p = QPainter(image)
    try:
        painter = BoardPainter(p, QRectF(0, 0, 1366, 768), "", english)
        painter._line(QRectF(0, 0, 600, 40), line)
    finally:
        p.end()
    return painter.drawn


def test_a_shared_place_is_worded_in_the_boards_language(qt_app, english) -> None:
    tied = BoardLine("3", "1003", "80.50", tied=True)
    assert _drawn_line(tied, True)[0] == "=3"
    assert _drawn_line(BoardLine("2", "1002", "88.00"), True)[0] == "2"


def test_a_shared_place_reads_bing_lie_in_chinese(qt_app) -> None:
    assert _drawn_line(BoardLine("3", "1003", "80.50", tied=True), False)[0] == "并列3"
