"""A bar per trade in the event overview's progress column: marks entered out of expected."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from competition_app.services.scoring.entry_progress import TradeProgress

# the state column's colours, a shade stronger: locked green, complete blue, still entering amber
# (light enough for the dark percentage on top)
LOCKED, COMPLETE, ENTERING, TRACK = "#86efac", "#93c5fd", "#fcd34d", "#e2e8f0"


def bar_fraction(p: TradeProgress) -> float:
    return p.entered / p.expected if p.expected else 0.0


def bar_colour(p: TradeProgress) -> str:
    if p.locked:
        return LOCKED
    return COMPLETE if p.expected and p.entered >= p.expected else ENTERING


class ProgressBarDelegate(QStyledItemDelegate):
    """Draws the row's TradeProgress (the model's payload) as a bar with its percentage on it."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        model = index.model()  # the event view's ProgressTableModel, whose payload is the row's
        progress = model.payload(index.row())  # type: ignore[attr-defined]
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        rect = QRectF(option.rect).adjusted(6, 6, -6, -6)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(TRACK))
        painter.drawRoundedRect(rect, 3, 3)
        done = rect.adjusted(0, 0, -rect.width() * (1 - bar_fraction(progress)), 0)
        if done.width() > 0:
            painter.setBrush(QColor(bar_colour(progress)))
            painter.drawRoundedRect(done, 3, 3)
        painter.setPen(QColor("#0f172a"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(index.data()))
        painter.restore()
