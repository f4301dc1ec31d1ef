"""One page of a ruled table drawn straight on the canvas: header row, rows, shading, rules.

The look is the one ReportLab's Table gave with the grid style this replaced (shaded header,
zebra rows, fine inner grid, heavier box and header rules, text centred vertically in its cell),
at the same positions, but without building a Table and its cell styles for every page: on a
30,000-row sheet that machinery took two thirds of the time. Widths, wrapping and row heights are decided before
(paged_table); this only paints.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from competition_app.reports.fonts import SANS
from competition_app.reports.pdf_text import Align, TextBatch, colour_op
from competition_app.reports.styles import (
    CELL_PAD_X,
    CELL_PAD_Y,
    GRID,
    HEADER_FILL,
    INK,
    RULE,
    TABLE_HEADER_SIZE,
    ZEBRA_FILL,
)
from competition_app.reports.text_fit import LEADING

_TOP_PAD = CELL_PAD_Y
_BOTTOM_PAD = CELL_PAD_Y + 1


@dataclass(frozen=True)
class TableRows:
    """What a page of the table is drawn from: wrapped cells (lines joined by "\\n") and the
    row heights, all decided beforehand."""

    widths: Sequence[float]
    aligns: Sequence[Align]
    header: Sequence[str]
    header_height: float
    cells: Sequence[Sequence[str | Flowable]]
    heights: Sequence[float]
    font_size: float
    # (row index into `cells`, column) -> text colour, for the few cells not printed in ink
    colours: Mapping[tuple[int, int], Color]


def _n(value: float) -> str:
    return f"{value:.3f}"


def paint_page(canvas: Canvas, rows: TableRows, start: int, stop: int) -> None:
    """Rows [start, stop) under the header row, the table's bottom left corner at (0, 0)."""
    heights = rows.heights[start:stop]
    total = rows.header_height + sum(heights)
    xs = [0.0, *accumulate(rows.widths)]
    width = xs[-1]
    # tops[0] the table's top, tops[1] the header's bottom, tops[k + 1] row k's bottom.
    tops = [total, total - rows.header_height]
    for h in heights:
        tops.append(tops[-1] - h)
    canvas.saveState()
    _shade(canvas, rows, tops, width)
    _text(canvas, rows, start, stop, xs, tops)
    _flowables(canvas, rows, start, stop, xs, tops)
    _rules(canvas, xs, tops)
    canvas.restoreState()


def _shade(canvas: Canvas, rows: TableRows, tops: Sequence[float], width: float) -> None:
    code = [colour_op(HEADER_FILL), f"n 0 {_n(tops[1])} {_n(width)} {_n(tops[0] - tops[1])} re f"]
    if len(tops) > 3:  # zebra rows from two rows on, every second one shaded
        code.append(colour_op(ZEBRA_FILL))
        code.extend(
            f"n 0 {_n(tops[k + 1])} {_n(width)} {_n(tops[k] - tops[k + 1])} re f"
            for k in range(2, len(tops) - 1, 2)
        )
    canvas.addLiteral("\n".join(code))


def _anchor_x(align: Align, left: float, width: float) -> float:
    if align == "left":
        return left + CELL_PAD_X
    if align == "right":
        return left + width - CELL_PAD_X
    return left + width / 2


def _text(
    canvas: Canvas,
    rows: TableRows,
    start: int,
    stop: int,
    xs: Sequence[float],
    tops: Sequence[float],
) -> None:
    batch = TextBatch(canvas, SANS, TABLE_HEADER_SIZE)
    batch.open()
    batch.set_colour(INK)
    size, leading = TABLE_HEADER_SIZE, TABLE_HEADER_SIZE * LEADING
    bottom, height = tops[1], tops[0] - tops[1]
    for c, title in enumerate(rows.header):
        _cell(batch, title, _anchor_x("centre", xs[c], rows.widths[c]), "centre",
              bottom, height, size, leading)  # fmt: skip
    size = rows.font_size
    leading = size * LEADING
    batch.set_font(SANS, size)
    anchors = [_anchor_x(a, x, w) for a, x, w in zip(rows.aligns, xs, rows.widths, strict=False)]
    aligns = rows.aligns
    colours = rows.colours
    for k in range(start, stop):
        bottom = tops[k - start + 2]
        height = tops[k - start + 1] - bottom
        for c, cell in enumerate(rows.cells[k]):
            if not isinstance(cell, str) or not cell:
                continue
            colour = colours.get((k, c)) if colours else None
            if colour is not None:
                batch.set_colour(colour)
            _cell(batch, cell, anchors[c], aligns[c], bottom, height, size, leading)
            if colour is not None:
                batch.set_colour(INK)
    batch.close()


def _cell(
    batch: TextBatch,
    text: str,
    x: float,
    align: Align,
    bottom: float,
    height: float,
    size: float,
    leading: float,
) -> None:
    """The lines of `text` centred vertically in the cell, as ReportLab's Table sets them."""
    if "\n" not in text:
        batch.draw(x, bottom + (_BOTTOM_PAD + height - _TOP_PAD + leading) / 2 - size, text, align)
        return
    lines = text.split("\n")
    y = bottom + (_BOTTOM_PAD + height - _TOP_PAD + len(lines) * leading) / 2 - size
    for line in lines:
        batch.draw(x, y, line, align)
        y -= leading


def _flowables(
    canvas: Canvas,
    rows: TableRows,
    start: int,
    stop: int,
    xs: Sequence[float],
    tops: Sequence[float],
) -> None:
    """Cells holding a drawing (a tick box), placed as the Table placed them."""
    for k in range(start, stop):
        for c, cell in enumerate(rows.cells[k]):
            if isinstance(cell, str):
                continue
            bottom = tops[k - start + 2]
            height = tops[k - start + 1] - bottom
            col_w = rows.widths[c]
            w, h = cell.wrapOn(canvas, col_w - 2 * CELL_PAD_X, height)
            align = rows.aligns[c]
            if align == "left":
                x = xs[c] + CELL_PAD_X
            elif align == "right":
                x = xs[c] + col_w - CELL_PAD_X - w
            else:
                x = xs[c] + (col_w - w) / 2
            y = bottom + (height + _BOTTOM_PAD - _TOP_PAD + h) / 2 - h
            cell.drawOn(canvas, x, y)


def _rules(canvas: Canvas, xs: Sequence[float], tops: Sequence[float]) -> None:
    """The rules in the order the grid style drew them: header rules, last row, inner grid,
    header column rules, box; round caps."""
    left, right = xs[0], xs[-1]
    top, head, bottom = tops[0], tops[1], tops[-1]

    def h(y: float) -> str:
        return f"n {_n(left)} {_n(y)} m {_n(right)} {_n(y)} l S"

    def v(x: float, y0: float, y1: float) -> str:
        return f"n {_n(x)} {_n(y0)} m {_n(x)} {_n(y1)} l S"

    rule = colour_op(RULE, stroke=True)
    code = ["1 J", rule, "1 w", h(top), ".75 w", h(head), "1 w", h(bottom)]
    inner = xs[1:-1]
    code.extend([colour_op(GRID, stroke=True), ".25 w"])
    code.extend(h(y) for y in tops[2:-1])  # between the rows
    code.extend(v(x, head, bottom) for x in inner)
    code.extend(v(x, top, head) for x in inner)  # between the headings
    code.extend([rule, ".75 w", h(top), h(bottom), v(left, top, bottom), v(right, top, bottom)])
    canvas.addLiteral("\n".join(code))
