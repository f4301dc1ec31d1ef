"""The score distribution on the chief judge's internal sheet: a bar per score band and a
dashed line at each award's cut (domain.distribution), as the results page draws it."""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from competition_app.domain.distribution import Bin, Distribution
from competition_app.domain.public_board import total_text
from competition_app.reports.fonts import SANS
from competition_app.reports.styles import INK, MUTED, RULE

BAR = colors.HexColor("#7c9cc9")
# the window's cut colours (ui/results/histogram.py): first, second, third, other tiers
CUTS = [colors.HexColor(c) for c in ("#b7791f", "#4f46e5", "#c2410c", "#15803d")]
LABEL_EVERY = 4  # bands between two labelled totals (every 20 points of 100)


class DistributionFigure(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """Counts up, totals across from the labelled edge below the lowest total to the top."""

    PLOT = 32 * mm
    AXIS = 5 * mm
    LEFT = 8 * mm
    LABEL = 4 * mm  # a row per cut label above the bars

    def __init__(self, distribution: Distribution, decimals: int) -> None:
        super().__init__()
        self.d = distribution
        self.decimals = decimals
        self.width = 0.0
        self.height = self.AXIS + self.PLOT + self.LABEL * (len(distribution.cuts) + 1)
        self.spaceAfter = 3 * mm

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        self.width = aW
        return aW, self.height

    def first_shown(self) -> int:
        occupied = [i for i, b in enumerate(self.d.bins) if b.count]
        return (min(occupied, default=0) // LABEL_EVERY) * LABEL_EVERY

    def x_of(self, total: Decimal) -> float:
        low = self.d.bins[self.first_shown()].low
        plot = self.width - self.LEFT - 2 * mm
        return float(self.LEFT + plot * float((total - low) / (self.d.top - low)))

    def draw(self) -> None:
        c, d = self.canv, self.d
        first = self.first_shown()
        peak = max(b.count for b in d.bins) or 1
        base, right = self.AXIS, self.width - 2 * mm
        c.setFont(SANS, 7.5)
        c.setFillColor(MUTED)
        title = f"分数分布（已排名 {d.ranked} 人，每 {(d.top / len(d.bins)).normalize():f} 分一档）"
        c.drawString(0, self.height - self.LABEL + 1, title)
        c.drawRightString(self.LEFT - 1.5 * mm, base + self.PLOT - 2, str(peak))
        c.drawRightString(self.LEFT - 1.5 * mm, base - 1, "0")
        c.setFillColor(BAR)
        for b in d.bins[first:]:
            if b.count:
                left, w = self.x_of(b.low), self.x_of(b.high) - self.x_of(b.low)
                c.rect(left + 0.3, base, w - 0.6, self.PLOT * b.count / peak, stroke=0, fill=1)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.line(self.LEFT, base, right, base)
        c.setFillColor(INK)
        edges: list[Bin | None] = [*d.bins[first:], None]
        for k, above in enumerate(edges):
            if k % LABEL_EVERY:
                continue
            edge = d.top if above is None else above.low
            c.line(self.x_of(edge), base, self.x_of(edge), base - 1 * mm)
            c.drawCentredString(self.x_of(edge), base - 3.8 * mm, f"{edge.normalize():f}")
        spots = []
        for k, cut in enumerate(d.cuts):
            x, y = self.x_of(cut.total), base + self.PLOT + self.LABEL * (len(d.cuts) - k - 1)
            spots.append((k, cut, x, y))
            c.setStrokeColor(CUTS[min(k, len(CUTS) - 1)])
            c.setDash(2, 1.5)
            c.setLineWidth(0.9)
            c.line(x, base, x, y + self.LABEL - 1 * mm)
        c.setDash()
        # the labels over the lines, each on white, so one line never runs through another's
        for k, cut, x, y in spots:
            text = f"{cut.award} ≥ {total_text(cut.total, self.decimals)}"
            w = c.stringWidth(text, SANS, 7.5) + 1 * mm
            left = x + 0.8 * mm if x + 0.8 * mm + w <= right else x - 0.8 * mm - w
            c.setFillColor(colors.white)
            c.rect(left, y - 0.6 * mm, w, self.LABEL - 0.4 * mm, stroke=0, fill=1)
            c.setFillColor(CUTS[min(k, len(CUTS) - 1)])
            c.drawString(left + 0.5 * mm, y + 1, text)
