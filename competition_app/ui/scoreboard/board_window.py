"""The projector scoreboard window (大屏): full screen on a chosen display, the day's progress and
live leaderboards cycling on a timer, or the ceremony's reveal driven by a key or a click."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QScreen
from PySide6.QtWidgets import QWidget

from competition_app.services.results.scoreboard import Scoreboard, scoreboard
from competition_app.ui.common.workers import Task, run_task
from competition_app.ui.scoreboard.board_painter import BoardPainter
from competition_app.ui.scoreboard.slides import Mode, Slide, slides_for
from competition_app.ui.window.session import EXTERNAL, EventSession
from competition_app.ui.window.translation import current_language

FORWARD = {Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Down}
BACK = {Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up}
REFRESH_DELAY_MS = 1500
# what the board shows changes with these (session.TOPICS); users, lots, audit do not move it
TOPICS = {
    "marks",
    "lock",
    "contestants",
    "rules",
    "options",
    "codes",
    "checkin",
    "appeals",
    "event",
    EXTERNAL,
}


class ScoreboardWindow(QWidget):
    """A window of its own; `mode` is "day" or "ceremony".

    During the day the pages turn every `seconds` (the `timer`); at the ceremony they turn only
    on Space, Right or PageDown (or a click), Left or PageUp goes back. Esc leaves full screen.
    """

    def __init__(
        self,
        session: EventSession,
        mode: Mode = "day",
        seconds: int = 12,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.mode: Mode = mode
        self.board: Scoreboard | None = None
        self.slides: list[Slide] = []
        self.index = 0
        self.task: Task | None = None
        self.drawn: list[str] = []  # the strings of the last paint: what the hall read
        self.english = current_language() == "en"
        self.setWindowTitle(self.tr("大屏显示"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.timer = QTimer(self)
        self.timer.setInterval(seconds * 1000)
        self.timer.timeout.connect(self.advance)
        # a busy scoring hall saves marks every few seconds: one recomputation for a burst
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(REFRESH_DELAY_MS)
        self.refresh_timer.timeout.connect(self.refresh)
        session.changed.connect(self._changed)
        session.destroyed.connect(self.close)  # the event closed: nothing left to show

    # -- data ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Recompute the board off the UI thread; the slide on show stays on show."""
        ctx, event_id = self.session.ctx, self.session.event_id
        if self.task is not None and not self.task.done:
            self.task.cancel()
        self.task = run_task(
            self,
            lambda progress: scoreboard(ctx, event_id),
            self.show_board,
            label="",
            on_error=lambda exc: (
                None
            ),  # a failed refresh keeps what was shown; the next change retries
            on_cancel=lambda: None,
            show_after_ms=3_600_000,  # never a progress dialog on the projector
        )

    def _changed(self, topic: str) -> None:
        if topic in TOPICS and not self.refresh_timer.isActive():
            self.refresh_timer.start()

    def show_board(self, board: Scoreboard) -> None:
        current = self.slides[self.index].key if self.slides else None
        self.board = board
        self.slides = slides_for(board, self.mode)
        keys = [s.key for s in self.slides]
        self.index = keys.index(current) if current in keys else min(self.index, len(keys) - 1)
        self._run_timer()
        self.update()

    def set_mode(self, mode: Mode) -> None:
        self.mode = mode
        self.index = 0
        if self.board is not None:
            self.slides = slides_for(self.board, mode)
        self._run_timer()
        self.update()

    def _run_timer(self) -> None:
        if self.mode == "day" and len(self.slides) > 1:
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.timer.stop()

    def current(self) -> Slide | None:
        return self.slides[self.index] if self.slides else None

    # -- turning pages --------------------------------------------------------------------------------
    def advance(self) -> None:
        """The next page; the day's pages go round, the ceremony stops at its last."""
        if not self.slides:
            return
        if self.mode == "day":
            self.index = (self.index + 1) % len(self.slides)
        else:
            self.index = min(self.index + 1, len(self.slides) - 1)
        self.update()

    def back(self) -> None:
        if not self.slides:
            return
        if self.mode == "day":
            self.index = (self.index - 1) % len(self.slides)
        else:
            self.index = max(self.index - 1, 0)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key == Qt.Key.Key_Escape:
            self.showNormal()
            self.unsetCursor()
        elif key in FORWARD:
            self.advance()
            if self.mode == "day":
                self.timer.start()  # a page turned by hand stays its full time
        elif key in BACK:
            self.back()
        elif key in (Qt.Key.Key_F11, Qt.Key.Key_F):
            self.showFullScreen()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.advance()
        elif event.button() == Qt.MouseButton.RightButton:
            self.back()

    # -- showing ----------------------------------------------------------------------------------------
    def open_on(self, screen: QScreen | None) -> None:
        """Full screen on that display (the window's own screen when None)."""
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.activateWindow()
        self.refresh()

    def page_text(self) -> str:
        slide = self.current()
        if slide is None:
            return ""
        page = f"{self.index + 1} / {len(self.slides)}"
        if self.mode == "ceremony":
            hint = self.tr("空格 / → 下一项 · ← 上一项 · Esc 退出全屏")
        else:
            hint = self.tr("每 %1 秒切换").replace("%1", str(self.timer.interval() // 1000))
        return f"{hint}  ·  {page}"

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter = BoardPainter(p, QRectF(self.rect()), self.font().family(), self.english)
        slide = self.current()
        if slide is None or self.board is None:
            p.fillRect(self.rect(), Qt.GlobalColor.black)
            self.drawn = []
        else:
            painter.paint(slide, self.board.event_name, self.board.trades, self.page_text())
            self.drawn = painter.drawn
        p.end()


def other_screen(window: QWidget) -> QScreen | None:
    """The display the board should go to: one the main window is not on, if there is one."""
    screens = QGuiApplication.screens()
    mine = window.screen()
    return next((s for s in screens if s is not mine), mine)
