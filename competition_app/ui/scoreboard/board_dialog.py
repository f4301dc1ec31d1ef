"""视图 → 大屏显示…: which display the board goes to, day or ceremony, and how fast pages turn."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from competition_app.ui.scoreboard.board_window import ScoreboardWindow, other_screen
from competition_app.ui.scoreboard.slides import Mode
from competition_app.ui.window.session import EventSession

if TYPE_CHECKING:
    from competition_app.ui.window.main_window import MainWindow


class ScoreboardDialog(QDialog):
    """The display chooser; `accepted` opens the board."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("大屏显示"))
        self.setMinimumWidth(480)
        lay = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "在投影或第二块屏幕上全屏显示：白天显示录入进度和未锁定工种的实时排名（不显示姓名）；"
                "颁奖时按三等奖、二等奖、一等奖的顺序逐项揭晓已锁定工种的获奖名单。"
            )
        )
        note.setWordWrap(True)
        lay.addWidget(note)
        form = QFormLayout()
        self.screen_combo = QComboBox()
        self.screens = QGuiApplication.screens()
        for i, s in enumerate(self.screens, start=1):
            size = s.geometry().size()
            name = f" {s.name()}" if s.name() else ""
            self.screen_combo.addItem(f"{i}.{name} ({size.width()}×{size.height()})")
        preferred = other_screen(parent) if parent is not None else None
        if preferred in self.screens:
            self.screen_combo.setCurrentIndex(self.screens.index(preferred))
        form.addRow(self.tr("显示器"), self.screen_combo)
        self.mode_combo = QComboBox()
        self.mode_combo.addItem(self.tr("比赛进行中：进度与实时排名"), "day")
        self.mode_combo.addItem(self.tr("颁奖：逐项揭晓获奖名单"), "ceremony")
        form.addRow(self.tr("内容"), self.mode_combo)
        self.seconds = QSpinBox()
        self.seconds.setRange(5, 120)
        self.seconds.setValue(12)
        self.seconds.setSuffix(self.tr(" 秒"))
        form.addRow(self.tr("翻页间隔"), self.seconds)
        lay.addLayout(form)
        hint = QLabel(self.tr("颁奖时：空格、→ 或 PageDown 下一项，← 上一项；Esc 退出全屏。"))
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        lay.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("开始显示"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def chosen_screen(self) -> QScreen | None:
        i = self.screen_combo.currentIndex()
        return self.screens[i] if 0 <= i < len(self.screens) else None

    def mode(self) -> Mode:
        return "ceremony" if self.mode_combo.currentData() == "ceremony" else "day"


def start_board(
    session: EventSession, dialog: ScoreboardDialog, parent: QWidget | None
) -> ScoreboardWindow:
    board = ScoreboardWindow(session, dialog.mode(), dialog.seconds.value(), parent)
    board.open_on(dialog.chosen_screen())
    return board


def open_scoreboard(w: MainWindow) -> ScoreboardDialog | None:
    """Ask where and what, then show the board; one board at a time (a second replaces it)."""
    session = w.session
    if session is None:
        return None
    dialog = ScoreboardDialog(w)

    def accepted() -> None:
        old = getattr(w, "scoreboard", None)
        if old is not None:
            old.close()
        w.scoreboard = start_board(session, dialog, w)

    dialog.accepted.connect(accepted)
    w.scoreboard_dialog = dialog
    dialog.open()
    return dialog
