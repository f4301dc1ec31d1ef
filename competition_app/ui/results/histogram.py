"""The spread of a trade's totals drawn with QPainter: a bar per score band (domain.distribution)
and a dashed line at each award tier's lowest total; one panel per group, side by side."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from competition_app.domain.distribution import Distribution
from competition_app.domain.public_board import total_text

BAR = "#7c9cc9"
# Darker kin of the award chips' colours (ui/common/stylesheet.AWARD_COLOURS), so a line reads
# on white and still matches its row's colour in the table.
CUT_COLOURS = ("#b7791f", "#4f46e5", "#c2410c", "#15803d")
LABEL_EVERY = 4  # bins between two labelled edges: every 20 points of a 100-point total


class ScoreHistogram(QWidget):
    """Counts on the vertical axis, totals 0..the trade's top on the horizontal one."""

    TITLE = 26
    AXIS = 22  # the totals under the bars
    LEFT = 34  # the counts beside them
    RIGHT = 22  # half the last edge's label ("100"), centred under the plot's right end
    GAP = 28  # between two groups' panels
    CUT_LABEL = 18  # each cut line's label row above the bars

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.distributions: list[Distribution] = []
        self.decimals = 2
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(180)

    def set_distributions(self, distributions: Sequence[Distribution], decimals: int) -> None:
        self.distributions = list(distributions)
        self.decimals = decimals
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 320)

    # -- geometry (what paintEvent draws; the tests read it) --------------------------------------
    def plot_rects(self) -> list[QRectF]:
        """The area of each panel's bars, in the order of `distributions`."""
        n = max(len(self.distributions), 1)
        width = (self.width() - self.GAP * (n - 1)) / n
        cuts = max((len(d.cuts) for d in self.distributions), default=0)
        top = self.TITLE + self.CUT_LABEL * cuts + 4
        height = max(self.height() - top - self.AXIS, 20)
        return [
            QRectF(i * (width + self.GAP) + self.LEFT, top, width - self.LEFT - self.RIGHT, height)
            for i in range(n)
        ]

    def first_shown(self) -> int:
        """The first bin drawn: below the lowest total of any panel, on a labelled edge (every
        fourth), so a field of 55 to 95 is not squeezed into the right half of an empty axis."""
        occupied = [i for d in self.distributions for i, b in enumerate(d.bins) if b.count]
        return (min(occupied, default=0) // LABEL_EVERY) * LABEL_EVERY

    def x_of(self, plot: QRectF, d: Distribution, total: Decimal) -> float:
        low = d.bins[self.first_shown()].low
        return plot.left() + plot.width() * float((total - low) / (d.top - low))

    @staticmethod
    def count_axis(peak: int) -> tuple[int, int]:
        """The step between count gridlines (whole numbers, at most five lines) and the axis top."""
        step = max(1, -(-peak // 4))
        return step, step * -(-max(peak, 1) // step)

    def bar_rects(self, index: int) -> list[QRectF]:
        """The bars of panel `index` from `first_shown()` on; an empty bin's has no height."""
        d, plot = self.distributions[index], self.plot_rects()[index]
        _, peak = self.count_axis(max((b.count for b in d.bins), default=0))
        out = []
        for b in d.bins[self.first_shown() :]:
            left, right = self.x_of(plot, d, b.low), self.x_of(plot, d, b.high)
            h = plot.height() * b.count / peak
            out.append(QRectF(left + 1, plot.bottom() - h, right - left - 2, h))
        return out

    def cut_xs(self, index: int) -> list[float]:
        d, plot = self.distributions[index], self.plot_rects()[index]
        return [self.x_of(plot, d, c.total) for c in d.cuts]

    # -- drawing ----------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink, muted = self.palette().text().color(), QColor("#64748b")
        if not any(d.ranked for d in self.distributions):
            p.setPen(muted)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("还没有已排名的选手"))
            p.end()
            return
        for i, (d, plot) in enumerate(zip(self.distributions, self.plot_rects(), strict=True)):
            self._panel(p, i, d, plot, ink, muted)
        p.end()

    def _panel(
        self, p: QPainter, i: int, d: Distribution, plot: QRectF, ink: QColor, muted: QColor
    ) -> None:
        fm = self.fontMetrics()
        head = (
            self.tr("%1：已排名 %2 人")
            .replace("%1", d.group or self.tr("全部"))
            .replace("%2", str(d.ranked))
        )
        p.setPen(ink)
        p.drawText(
            QRectF(plot.left() - self.LEFT, 0, plot.width() + self.LEFT, self.TITLE),
            Qt.AlignmentFlag.AlignVCenter,
            head,
        )
        step, peak = self.count_axis(max(b.count for b in d.bins))
        p.setPen(QPen(QColor("#e2e8f0"), 1))
        for value in range(0, peak + 1, step):
            y = plot.bottom() - plot.height() * value / peak
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(muted)
            p.drawText(
                QRectF(plot.left() - self.LEFT, y - 9, self.LEFT - 6, 18),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(value),
            )
            p.setPen(QPen(QColor("#e2e8f0"), 1))
        for rect in self.bar_rects(i):
            if rect.height() > 0:
                p.fillRect(rect, QColor(BAR))
        p.setPen(QPen(muted, 1))
        p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        first = self.first_shown()
        for k, b in enumerate((*d.bins[first:], None)):
            if k % LABEL_EVERY:
                continue
            edge = d.top if b is None else b.low
            x = self.x_of(plot, d, edge)
            p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            p.drawText(
                QRectF(x - 30, plot.bottom() + 4, 60, self.AXIS - 4),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                f"{edge.normalize():f}",
            )
        cuts = list(enumerate(zip(d.cuts, self.cut_xs(i), strict=True)))
        for k, (_cut, x) in cuts:
            p.setPen(QPen(self._cut_colour(k), 2, Qt.PenStyle.DashLine))
            label_y = self.TITLE + self.CUT_LABEL * k
            p.drawLine(QPointF(x, label_y + self.CUT_LABEL - 2), QPointF(x, plot.bottom()))
        # the labels over the lines, each on white, so one line never runs through another's
        for k, (cut, x) in cuts:
            colour = self._cut_colour(k)
            label_y = self.TITLE + self.CUT_LABEL * k
            text = f"{cut.award} ≥ {total_text(cut.total, self.decimals)}"
            w = fm.horizontalAdvance(text) + 6
            # the label beside its line, turned to the left near the panel's right edge
            left = x + 4 if x + 4 + w <= plot.right() + 8 else x - 4 - w
            box = QRectF(left, label_y, w, self.CUT_LABEL)
            p.fillRect(box, self.palette().base())
            p.setPen(colour)
            p.drawText(box.adjusted(3, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, text)

    @staticmethod
    def _cut_colour(k: int) -> QColor:
        return QColor(CUT_COLOURS[min(k, len(CUT_COLOURS) - 1)])
