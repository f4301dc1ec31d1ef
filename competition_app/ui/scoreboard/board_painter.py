"""Drawing one board slide with QPainter: type sized from the screen's height, to be read from
the back of a hall; Chinese first, the English below it when the window runs in English."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from competition_app.domain.public_board import BoardLine
from competition_app.services.results.scoreboard import BoardTrade
from competition_app.ui.scoreboard.slides import Slide, progress_share

BACKGROUND = "#0b1f3a"
INK = "#f8fafc"
MUTED = "#9fb3cf"
ACCENT = "#fbbf24"
TRACK = "#1e3a5f"
BAR_LIVE, BAR_DONE, BAR_LOCKED = "#f59e0b", "#60a5fa", "#34d399"
AWARD_INK = ("#fcd34d", "#e2e8f0", "#fdba74", "#86efac")  # first, second, third, other tiers
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


def _tr(text: str) -> str:
    return QCoreApplication.translate("Scoreboard", text)


def place(line: BoardLine) -> str:
    """A line's place as the board shows it: 并列3 for a shared third place (=3 in English)."""
    return _tr("并列%1").replace("%1", line.place) if line.tied else line.place


class BoardPainter:
    """Paints into `rect`; every string drawn is kept in `drawn`, so tests read what is shown."""

    def __init__(self, p: QPainter, rect: QRectF, family: str, english: bool) -> None:
        self.p, self.rect, self.family, self.english = p, rect, family, english
        self.u = rect.height() / 100  # one hundredth of the screen's height
        self.drawn: list[str] = []

    # -- primitives -------------------------------------------------------------------------------
    def text(
        self,
        box: QRectF,
        text: str,
        size: float,
        colour: str = INK,
        align: Qt.AlignmentFlag = LEFT,
        bold: bool = False,
    ) -> None:
        """One line, shrunk until it fits its box (a long unit never runs into the next column)."""
        if not text:
            return
        font = QFont(self.family)
        font.setBold(bold)
        px = size * self.u
        font.setPixelSize(max(int(px), 8))
        while px > 8 and QFontMetricsF(font).horizontalAdvance(text) > box.width():
            px *= 0.92
            font.setPixelSize(int(px))
        self.p.setFont(font)
        self.p.setPen(QColor(colour))
        self.p.drawText(box, align, text)
        self.drawn.append(text)

    def both(self, zh: str, translated: str) -> str:
        """A short label: Chinese, then the English beside it in the English UI."""
        return f"{zh} {translated}" if self.english and translated != zh else zh

    def heading(self, zh: str, translated: str, y: float, size: float, colour: str = INK) -> float:
        """A centred heading in Chinese, with the English below in the English UI; returns the
        height used."""
        r = self.rect
        self.text(
            QRectF(r.left(), y, r.width(), size * 1.4 * self.u), zh, size, colour, CENTER, True
        )
        used = size * 1.4 * self.u
        if self.english and translated != zh:
            small = size * 0.45
            self.text(
                QRectF(r.left(), y + used, r.width(), small * 1.5 * self.u),
                translated,
                small,
                MUTED,
                CENTER,
            )
            used += small * 1.5 * self.u
        return used

    def bar(self, box: QRectF, fraction: float, colour: str) -> None:
        self.p.setPen(Qt.PenStyle.NoPen)
        self.p.setBrush(QColor(TRACK))
        radius = box.height() / 2
        self.p.drawRoundedRect(box, radius, radius)
        if fraction > 0:
            done = QRectF(box.left(), box.top(), box.width() * min(fraction, 1.0), box.height())
            self.p.setBrush(QColor(colour))
            self.p.drawRoundedRect(done, radius, radius)

    def footer(self, text: str) -> None:
        r = self.rect
        self.text(
            QRectF(
                r.left() + 3 * self.u, r.bottom() - 6 * self.u, r.width() - 6 * self.u, 5 * self.u
            ),
            text,
            2.6,
            MUTED,
            RIGHT,
        )

    # -- slides -----------------------------------------------------------------------------------
    def paint(self, slide: Slide, event_name: str, trades: Sequence[BoardTrade], page: str) -> None:
        self.p.fillRect(self.rect, QColor(BACKGROUND))
        if slide.kind == "progress":
            self.progress(event_name, progress_share(trades, slide.part), slide.part)
        elif slide.kind == "leaderboard":
            self.leaderboard(slide)
        elif slide.kind == "title":
            self.title(slide)
        elif slide.kind == "stage":
            self.stage(slide)
        else:
            self.heading("暂无可揭晓的工种", _tr("暂无可揭晓的工种"), 38 * self.u, 6)
            self.text(
                QRectF(self.rect.left(), 55 * self.u, self.rect.width(), 6 * self.u),
                _tr("成绩锁定并确认无待裁定事项后，才会在颁奖时揭晓"),
                3,
                MUTED,
                CENTER,
            )
        self.footer(page)

    def progress(
        self, event_name: str, trades: Sequence[BoardTrade], part: tuple[int, int] = (0, 1)
    ) -> None:
        u, r = self.u, self.rect
        self.text(QRectF(r.left(), 3 * u, r.width(), 6 * u), event_name, 3.6, MUTED, CENTER)
        index, parts = part
        of = f"（{index + 1}/{parts}）" if parts > 1 else ""
        heading = (
            "评分录入进度" + of,
            _tr("评分录入进度") + of.replace("（", " (").replace("）", ")"),
        )
        y = 9 * u + self.heading(*heading, 9 * u, 6.5)
        y += 3 * u
        row = min(11 * u, (r.bottom() - 8 * u - y) / max(len(trades), 1))
        for t in trades:
            fraction = t.entered / t.expected if t.expected else 0.0
            if t.locked:
                state, colour = self.both("已锁定", _tr("已锁定")), BAR_LOCKED
            elif t.expected and t.entered >= t.expected:
                state, colour = self.both("已录完", _tr("已录完")), BAR_DONE
            else:
                state, colour = self.both("录入中", _tr("录入中")), BAR_LIVE
            left = r.left() + 6 * u
            self.text(
                QRectF(left, y, r.width() * 0.22, row), t.name, row / u * 0.42, INK, LEFT, True
            )
            bar_left = left + r.width() * 0.23
            bar_w = r.width() * 0.48
            self.bar(QRectF(bar_left, y + row * 0.3, bar_w, row * 0.4), fraction, colour)
            percent = f"{int(fraction * 100)}%" if t.expected else "—"
            right = bar_left + bar_w + 2 * u
            self.text(QRectF(right, y, 12 * u, row), percent, row / u * 0.38, INK, LEFT, True)
            self.text(
                QRectF(right + 13 * u, y, r.right() - right - 15 * u, row),
                state,
                row / u * 0.3,
                MUTED,
            )
            y += row

    def leaderboard(self, slide: Slide) -> None:
        assert slide.trade is not None and slide.group is not None
        u, r, t, g = self.u, self.rect, slide.trade, slide.group
        group = f" · {g.group}" if g.group else ""
        y = 3 * u + self.heading(f"{t.name}{group}", f"{t.name}{group}", 3 * u, 6)
        zh_note = "实时排名 · 成绩未锁定，以公示为准"
        self.text(QRectF(r.left(), y, r.width(), 4.5 * u), zh_note, 3, ACCENT, CENTER)
        y += 4.5 * u
        if self.english and _tr(zh_note) != zh_note:
            self.text(QRectF(r.left(), y, r.width(), 3.5 * u), _tr(zh_note), 2.4, MUTED, CENTER)
            y += 3.5 * u
        fraction = t.entered / t.expected if t.expected else 0.0
        self.bar(
            QRectF(r.left() + 25 * u, y + 1.5 * u, r.width() - 50 * u, 1.6 * u), fraction, BAR_LIVE
        )
        y += 5 * u
        who = "工件号" if t.blind else "参赛证号"
        columns = 2 if len(g.leaderboard) > 8 else 1
        row = 7.5 * u
        per_column = max(int((r.bottom() - 9 * u - y - row) / row), 1)
        lines = g.leaderboard[: per_column * columns]
        width = (r.width() - 10 * u) / columns
        for c in range(columns):
            x = r.left() + 5 * u + c * width
            heads = (("名次", _tr("名次")), (who, _tr(who)), ("总成绩", _tr("总成绩")))
            for (zh, en), (dx, w, align) in zip(heads, self._cells(width), strict=True):
                self.text(QRectF(x + dx, y, w, row * 0.7), self.both(zh, en), 2.6, MUTED, align)
            for i, line in enumerate(lines[c * per_column : (c + 1) * per_column]):
                self._line(QRectF(x, y + row * (0.8 + i), width, row), line)

    def _cells(self, width: float) -> list[tuple[float, float, Qt.AlignmentFlag]]:
        """Place, entry number (or code), total: where each sits in a column `width` wide."""
        return [
            (0, width * 0.22, LEFT),
            (width * 0.24, width * 0.4, LEFT),
            (width * 0.66, width * 0.28, RIGHT),
        ]

    def _line(self, box: QRectF, line: BoardLine) -> None:
        size = box.height() / self.u * 0.55
        for (dx, w, align), text, colour in zip(
            self._cells(box.width()),
            (place(line), line.entry, line.total),
            (ACCENT, INK, INK),
            strict=True,
        ):
            self.text(
                QRectF(box.left() + dx, box.top(), w, box.height()), text, size, colour, align, True
            )

    def title(self, slide: Slide) -> None:
        assert slide.trade is not None and slide.group is not None
        u = self.u
        group = slide.group.group
        y = 26 * u + self.heading(slide.trade.name, slide.trade.name, 26 * u, 13, INK)
        if group:
            y += self.heading(group, group, y, 7, MUTED)
        self.heading("获奖名单揭晓", _tr("获奖名单揭晓"), y + 4 * u, 7, ACCENT)

    def stage(self, slide: Slide) -> None:
        assert slide.trade is not None and slide.group is not None and slide.stage is not None
        u, r = self.u, self.rect
        stages = slide.group.stages
        tier = len(stages) - 1 - stages.index(slide.stage)  # 0: the first prize
        colour = AWARD_INK[min(tier, len(AWARD_INK) - 1)]
        group = f" · {slide.group.group}" if slide.group.group else ""
        self.text(
            QRectF(r.left(), 2.5 * u, r.width(), 5 * u),
            f"{slide.trade.name}{group}",
            3.6,
            MUTED,
            CENTER,
        )
        y = 7 * u + self.heading(slide.stage.award, slide.stage.award, 7 * u, 11, colour) + 2 * u
        lines = slide.stage.lines
        columns = 2 if len(lines) > 7 else 1
        per_column = -(-len(lines) // columns)
        row = min(12 * u, (r.bottom() - 8 * u - y) / max(per_column, 1))
        # one column keeps to the middle of a wide screen, so a name stays near its place
        width = (r.width() - 8 * u) / columns if columns > 1 else min(r.width() * 0.74, 150 * u)
        left = r.left() + (r.width() - width * columns) / 2
        for i, line in enumerate(lines):
            c, k = divmod(i, per_column)
            box = QRectF(left + c * width, y + k * row, width, row)
            self._winner(box, line, slide.trade.blind)

    def _winner(self, box: QRectF, line: BoardLine, blind: bool) -> None:
        """Place, then the name large and the unit beside it (a blind trade: the code)."""
        u, h = self.u, box.height()
        self.text(
            QRectF(box.left(), box.top(), box.width() * 0.1, h),
            place(line),
            h / u * 0.4,
            ACCENT,
            LEFT,
            True,
        )
        left = box.left() + box.width() * 0.11
        if blind or not line.name:
            self.text(
                QRectF(left, box.top(), box.width() * 0.6, h),
                line.entry,
                h / u * 0.5,
                INK,
                LEFT,
                True,
            )
        else:
            self.text(
                QRectF(left, box.top(), box.width() * 0.27, h),
                line.name,
                h / u * 0.5,
                INK,
                LEFT,
                True,
            )
            self.text(
                QRectF(left + box.width() * 0.28, box.top(), box.width() * 0.4, h),
                line.unit,
                h / u * 0.3,
                MUTED,
            )
        self.text(
            QRectF(box.left() + box.width() * 0.8, box.top(), box.width() * 0.13, h),
            line.total,
            h / u * 0.36,
            INK,
            RIGHT,
        )


def _strings() -> None:  # pragma: no cover - read by pyside6-lupdate
    for text in (
        QCoreApplication.translate("Scoreboard", "暂无可揭晓的工种"),
        QCoreApplication.translate("Scoreboard", "成绩锁定并确认无待裁定事项后，才会在颁奖时揭晓"),
        QCoreApplication.translate("Scoreboard", "评分录入进度"),
        QCoreApplication.translate("Scoreboard", "已锁定"),
        QCoreApplication.translate("Scoreboard", "已录完"),
        QCoreApplication.translate("Scoreboard", "录入中"),
        QCoreApplication.translate("Scoreboard", "实时排名 · 成绩未锁定，以公示为准"),
        QCoreApplication.translate("Scoreboard", "名次"),
        QCoreApplication.translate("Scoreboard", "参赛证号"),
        QCoreApplication.translate("Scoreboard", "工件号"),
        QCoreApplication.translate("Scoreboard", "总成绩"),
        QCoreApplication.translate("Scoreboard", "获奖名单揭晓"),
        QCoreApplication.translate("Scoreboard", "并列%1"),
    ):
        del text
