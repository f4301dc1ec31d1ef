"""A bar per judge's mean offset from a zero line, drawn with QPainter: right lenient, left harsh."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from competition_app.domain.judge_analysis import offset_scale

# The printed sheet's colours (reports/judge_analysis.py), so screen and paper read alike.
LENIENT = "#c8631a"
HARSH = "#2f6db5"

Bar = tuple[str, Fraction | None, str]  # label, exact offset, offset as shown


class OffsetChart(QWidget):
    """A bar reaches the edge of its half at `offset_scale` (the longest, or half a point); a
    judge with nothing analysed has none."""

    ROW = 24
    LABEL = 150
    VALUE = 52
    HEAD = 22

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self.bars = list(bars)
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(560, self.HEAD + self.ROW * max(len(self.bars), 1) + 6)

    def zero_x(self) -> float:
        return self.LABEL + self.VALUE + self._half()

    def _half(self) -> float:
        return max(40.0, (self.width() - self.LABEL - 2 * self.VALUE) / 2)

    def bar_rects(self) -> list[QRectF | None]:
        """Where each judge's bar is drawn (None: no bar), in the order of `bars`."""
        scale = offset_scale(v for _, v, _ in self.bars)
        zero, half = self.zero_x(), self._half()
        out: list[QRectF | None] = []
        for i, (_, value, _) in enumerate(self.bars):
            if value is None:
                out.append(None)
                continue
            length = float(value / scale) * half
            top = self.HEAD + i * self.ROW + 5
            out.append(QRectF(min(zero, zero + length), top, abs(length), self.ROW - 10))
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        muted, ink = QColor("#64748b"), self.palette().text().color()
        zero = self.zero_x()
        p.setPen(muted)
        head = QRectF(0, 0, self.width(), self.HEAD)
        p.drawText(
            head.adjusted(zero + 6, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, self.tr("偏宽 →")
        )
        right = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
        p.drawText(QRectF(0, 0, zero - 6, self.HEAD), right, self.tr("← 偏严"))
        for i, ((label, value, text), rect) in enumerate(
            zip(self.bars, self.bar_rects(), strict=True)
        ):
            row = QRectF(0, self.HEAD + i * self.ROW, self.width(), self.ROW)
            p.setPen(ink)
            elided = self.fontMetrics().elidedText(
                label, Qt.TextElideMode.ElideRight, self.LABEL - 8
            )
            p.drawText(row.adjusted(4, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, elided)
            if rect is None or value is None:
                continue
            p.fillRect(rect, QColor(LENIENT if value > 0 else HARSH))
            p.setPen(ink)
            if value >= 0:
                where = QRectF(rect.right() + 4, row.top(), self.VALUE, self.ROW)
                p.drawText(where, Qt.AlignmentFlag.AlignVCenter, text)
            else:
                where = QRectF(rect.left() - 4 - self.VALUE, row.top(), self.VALUE, self.ROW)
                p.drawText(where, right, text)
        p.setPen(QPen(muted, 1.5))
        p.drawLine(int(zero), self.HEAD, int(zero), self.HEAD + self.ROW * len(self.bars))
        p.end()
