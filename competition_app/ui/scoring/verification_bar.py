"""The strip above the grid of a trade with verified entry (复核): which pass is being typed, how
many marks are verified, waiting or in disagreement, and the way to the mismatch list."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from competition_app.domain.errors import UserError
from competition_app.services.context import Context
from competition_app.services.scoring.verification import VerificationStatus, verification_status
from competition_app.services.setup.trades import TradeInfo
from competition_app.ui.scoring.mismatch_dialog import MismatchDialog

REFRESH_MS = 400  # after a burst of typing, the counts are read once


class VerificationBar(QFrame):
    """Signals:
    pass_changed(int): the user switched to pass 1 or 2.
    settled(): the chief judge settled marks in the mismatch list (the grid reloads).
    clerk_changed(str): single-user mode: the name of the person typing this pass.
    """

    pass_changed = Signal(int)
    settled = Signal()
    clerk_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("VerificationBar")
        self.ctx: Context | None = None
        self.trade: TradeInfo | None = None
        self.trade_id = 0
        self.may_resolve = False
        self.dialog: MismatchDialog | None = None
        self.status: VerificationStatus | None = None
        self.pass_combo = QComboBox()
        self.pass_combo.addItem(self.tr("第 1 遍录入"), 1)
        self.pass_combo.addItem(self.tr("第 2 遍录入"), 2)
        self.pass_combo.currentIndexChanged.connect(self._pass_switched)
        # Without users there is no log-in to tell the two people apart: each types their name.
        self.clerk_label = QLabel(self.tr("录入员"))
        self.clerk_edit = QLineEdit()
        self.clerk_edit.setPlaceholderText(self.tr("您的姓名"))
        self.clerk_edit.setMaximumWidth(120)
        self.clerk_edit.setToolTip(
            self.tr("未设用户时，复核的每一遍记在录入员名下；两遍须由两人分别录入")
        )
        self.clerk_edit.textChanged.connect(lambda text: self.clerk_changed.emit(text.strip()))
        self.counts = QLabel()
        self.counts.setObjectName("Counter")
        self.mismatch_button = QPushButton(self.tr("不一致列表…"))
        self.mismatch_button.clicked.connect(lambda: self.show_mismatches())
        note = QLabel(self.tr("复核：每个分数由两人各录一遍，互不可见；一致才生效"))
        note.setObjectName("Muted")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 4, 10, 4)
        lay.addWidget(QLabel(self.tr("本机录入")))
        lay.addWidget(self.pass_combo)
        lay.addWidget(self.clerk_label)
        lay.addWidget(self.clerk_edit)
        lay.addSpacing(12)
        lay.addWidget(note, 1)
        lay.addWidget(self.counts, 0, Qt.AlignmentFlag.AlignRight)
        lay.addWidget(self.mismatch_button)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)

    def _pass_switched(self, _index: int) -> None:
        # The other pass is typed by another person: they give their own name.
        self.clerk_edit.clear()
        self.pass_changed.emit(int(self.pass_combo.currentData()))

    def pass_no(self) -> int:
        return int(self.pass_combo.currentData())

    def set_pass(self, pass_no: int) -> None:
        self.pass_combo.setCurrentIndex(self.pass_combo.findData(pass_no))

    def attach(self, ctx: Context, trade: TradeInfo, *, may_resolve: bool) -> None:
        self.ctx, self.trade, self.trade_id = ctx, trade, trade.id
        self.may_resolve = may_resolve
        for w in (self.clerk_label, self.clerk_edit):
            w.setVisible(not ctx.user)
        self.refresh()

    def show_mismatches(self) -> MismatchDialog | None:
        """The mismatch list; the chief judge settles marks there (others only read it)."""
        if self.ctx is None or self.trade is None:
            return None
        dialog = MismatchDialog(self.ctx, self.trade, may_resolve=self.may_resolve, parent=self)

        def closed() -> None:
            if dialog.resolved:
                self.settled.emit()
            self.refresh()

        dialog.finished.connect(lambda _r: closed())
        self.dialog = dialog
        dialog.open()
        return dialog

    def schedule(self) -> None:
        """Read the counts again shortly (a mark was just entered)."""
        self.timer.start()

    def refresh(self) -> VerificationStatus | None:
        if self.ctx is None:
            return None
        try:
            self.status = verification_status(self.ctx, self.trade_id)
        except UserError:
            return None  # the server is away: the next save or reload tries again
        n = self.status.counts
        self.counts.setText(
            self.tr("已核对 %1 / %2 · 待另一遍 %3 · 不一致 %4")
            .replace("%1", str(n.verified))
            .replace("%2", str(n.expected))
            .replace("%3", str(n.waiting))
            .replace("%4", str(n.mismatched))
        )
        self.mismatch_button.setText(self.tr("不一致列表（%1）…").replace("%1", str(n.mismatched)))
        self.mismatch_button.setEnabled(n.mismatched > 0)
        return self.status
