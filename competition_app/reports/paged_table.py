"""A long table that lays itself out one page at a time: linear in rows, header on every page.

ReportLab's LongTable re-measures the rest of the table at every page break, which gets slow on
tens of thousands of rows. Here every row's height is known up front (the cells are wrapped once,
with cached widths), so a page break is a bisection over running heights and each page becomes its
own flowable, painted straight on the canvas (table_paint) with the header row repeated. Rows
never split across pages.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import TypeAlias

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from competition_app.reports.fonts import SANS
from competition_app.reports.pdf_text import Align
from competition_app.reports.styles import (
    CELL_PAD_X,
    CELL_PAD_Y,
    TABLE_FONT_SIZE,
    TABLE_HEADER_SIZE,
)
from competition_app.reports.table_paint import TableRows, paint_page
from competition_app.reports.text_fit import LEADING, text_width, wrap_lines

Cell: TypeAlias = "str | Flowable"


@dataclass(frozen=True)
class Column:
    """One column: heading, alignment, and how it takes width.

    A rigid column (`flex == 0`) is as wide as its widest cell, so numbers and marks never wrap;
    `width_mm` is its floor. Flexible columns (names, units, notes) share what is left by their
    `flex` weight, never less than `width_mm`, and wrap their text when they must. A flexible
    column with `whole_mm` first gets its natural width up to that many millimetres, before the
    others share the rest: a name is not wrapped onto three lines to give a unit one line less.
    A flexible column with `yields_when_empty` (a note printed from the data) needs no more than
    its content and heading on one line: with nothing to say it gives its floor up to the text
    that would wrap. Columns written in by hand (signatures, marks) keep their floor.
    """

    title: str
    width_mm: float
    align: Align = "centre"
    flex: float = 0.0
    whole_mm: float = 0.0
    yields_when_empty: bool = False


def natural_widths(
    columns: Sequence[Column], rows: Iterable[Sequence[Cell]], font_size: float
) -> list[float]:
    """Each column's width in points (padding included) if no cell had to wrap."""
    widest = [0.0] * len(columns)
    for row in rows:
        for i, cell in enumerate(row):
            if isinstance(cell, str):
                w = text_width(cell, SANS, font_size)
                if w > widest[i]:
                    widest[i] = w
    out = []
    for col, w in zip(columns, widest, strict=True):
        # Headings may wrap onto two lines in a flexible column but not in a rigid one.
        head = text_width(col.title, SANS, TABLE_HEADER_SIZE)
        if col.flex:
            head = head / 2
        out.append(max(w, head) + 2 * CELL_PAD_X + 0.5)
    return out


def typical_widths(
    columns: Sequence[Column], rows: Sequence[Sequence[Cell]], font_size: float, share: float = 0.9
) -> list[float]:
    """Each column's width (padding included) that `share` of its cells fit in on one line: a
    single long name or unit should wrap in its own row, not make every other row wrap."""
    out = []
    for i, col in enumerate(columns):
        widths = sorted(
            text_width(row[i], SANS, font_size) for row in rows if isinstance(row[i], str)
        )
        head = text_width(col.title, SANS, TABLE_HEADER_SIZE) / (2 if col.flex else 1)
        cell = widths[min(len(widths) - 1, int(share * len(widths)))] if widths else 0.0
        out.append(max(cell, head) + 2 * CELL_PAD_X + 0.5)
    return out


def minimum_width(columns: Sequence[Column], natural: Sequence[float]) -> float:
    """The narrowest the table can be without wrapping a rigid column."""
    return sum(
        max(float(c.width_mm * mm), n) if not c.flex else float(c.width_mm * mm)
        for c, n in zip(columns, natural, strict=True)
    )


def plan_widths(
    columns: Sequence[Column],
    natural: Sequence[float],
    available: float,
    typical: Sequence[float] | None = None,
) -> list[float]:
    """Column widths in points filling `available`, from the content.

    `typical` (see typical_widths) is what most cells of a column need: flexible columns are
    first sized on it, so one outlier wraps rather than every row; the rest goes up to natural.

    Rigid columns get their natural width. Flexible ones are sized for the fewest lines a row
    needs: the smallest k such that every flexible column, given natural/k of width (never less
    than its floor, and a `whole_mm` column its natural width up to that), fits; so a long note
    and a long unit each wrap onto two lines rather than one on a single line and the other on
    five. What is left is spread by weight, first up to each column's natural width. If even the
    minimums do not fit, every column shrinks in proportion.
    """
    pad = 2 * CELL_PAD_X + 0.5
    # An empty 备注 (yields_when_empty) gives its floor up to the names and units that wrap.
    floors = [
        min(c.width_mm * mm, max(n, text_width(c.title, SANS, TABLE_HEADER_SIZE) + pad))
        if c.flex and c.yields_when_empty
        else c.width_mm * mm
        for c, n in zip(columns, natural, strict=True)
    ]
    widths = [
        max(f, n) if not c.flex else f for c, f, n in zip(columns, floors, natural, strict=True)
    ]
    flex = [i for i, c in enumerate(columns) if c.flex]
    rest = available - sum(widths)
    if rest < 0 or not flex:
        total = sum(widths)
        return [w * available / total for w in widths]
    rigid = sum(widths[i] for i in range(len(columns)) if i not in flex)
    most = list(typical) if typical is not None else list(natural)

    def need(i: int, lines: int) -> float:
        aim = min(most[i], natural[i])
        whole = min(aim, columns[i].whole_mm * mm) if columns[i].whole_mm else 0.0
        # 8 % slack: lines break between words and characters, not at exact fractions.
        share = (aim - pad) / lines * 1.08 + pad if lines > 1 else aim
        return float(max(floors[i], whole, min(aim, share)))

    for lines in range(1, 13):
        wanted = {i: need(i, lines) for i in flex}
        if rigid + sum(wanted.values()) <= available + 1e-6:
            for i, w in wanted.items():
                widths[i] = w
            break
    rest = available - sum(widths)
    # A name (`whole_mm`) gets its whole width, up to that, before the others share the rest:
    # even the one long name of a sheet is not wrapped onto three lines.
    for i in flex:
        if columns[i].whole_mm and rest > 1e-6:
            grant = min(rest, max(0.0, min(natural[i], columns[i].whole_mm * mm) - widths[i]))
            widths[i] += grant
            rest -= grant
    # Hand out the rest by weight, never beyond a column's natural width, then beyond.
    wanting = [i for i in flex if natural[i] > widths[i]]
    while rest > 1e-6 and wanting:
        weight = sum(columns[i].flex for i in wanting)
        share = {i: rest * columns[i].flex / weight for i in wanting}
        for i in wanting:
            grant = min(share[i], natural[i] - widths[i])
            widths[i] += grant
            rest -= grant
        wanting = [i for i in wanting if natural[i] - widths[i] > 1e-6]
    if rest > 1e-6:
        weight = sum(columns[i].flex for i in flex)
        for i in flex:
            widths[i] += rest * columns[i].flex / weight
    return widths


class CheckBox(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """An empty square to tick by hand (the 缺考 column of a check-in sheet)."""

    def __init__(self, size: float = 3.6 * mm) -> None:
        super().__init__()
        self.size = size
        self.width = self.height = size

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setLineWidth(0.6)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)


@lru_cache(maxsize=4096)
def _wrapped_cell(text: str, inner: float, size: float) -> str:
    """The cell's text with line breaks, lines balanced so no line is left with one character.

    Cached: a unit's name recurs on hundreds of rows.
    """
    if "\n" not in text and text_width(text, SANS, size) <= inner:
        return text
    lines = wrap_lines(text, SANS, size, inner)
    # Narrow the measure while the line count stays the same: even lines, no orphans.
    lo, hi = inner / 2, inner
    for _ in range(8):
        mid = (lo + hi) / 2
        if len(wrap_lines(text, SANS, size, mid)) == len(lines):
            hi = mid
        else:
            lo = mid
    return "\n".join(wrap_lines(text, SANS, size, hi))


class _Rows:
    """The wrapped cells and running heights shared by every page of one PagedTable."""

    def __init__(
        self,
        columns: Sequence[Column],
        widths: Sequence[float],
        rows: Iterable[Sequence[Cell]],
        font_size: float,
        min_row_height: float = 0.0,
        colours: Mapping[tuple[int, int], Color] | None = None,
    ) -> None:
        self.columns = columns
        self.widths = list(widths)
        leading = font_size * LEADING
        pad = 2 * CELL_PAD_Y + 1
        header = [
            self._wrap(c.title, w, TABLE_HEADER_SIZE) for c, w in zip(columns, widths, strict=True)
        ]
        header_height = max(s.count("\n") + 1 for s in header) * TABLE_HEADER_SIZE * LEADING + pad
        cells: list[list[Cell]] = []
        heights: list[float] = []
        floor = max(leading + pad, min_row_height)
        for row in rows:
            out: list[Cell] = []
            h = floor
            for cell, w in zip(row, self.widths, strict=True):
                if isinstance(cell, str):
                    text = self._wrap(cell, w, font_size)
                    if "\n" in text:
                        h = max(h, (text.count("\n") + 1) * leading + pad)
                    out.append(text)
                else:
                    h = max(h, cell.wrap(w, 1000)[1] + pad)
                    out.append(cell)
            cells.append(out)
            heights.append(h)
        self.cells = cells
        self.heights = heights
        self.cumulative = [0.0, *accumulate(heights)]
        self.header_height = header_height
        self.paint = TableRows(
            widths=self.widths,
            aligns=[c.align for c in columns],
            header=header,
            header_height=header_height,
            cells=cells,
            heights=heights,
            font_size=font_size,
            colours=colours or {},
        )

    @staticmethod
    def _wrap(text: str, width: float, size: float) -> str:
        return _wrapped_cell(text, width - 2 * CELL_PAD_X, size)

    def height(self, start: int, stop: int) -> float:
        return self.header_height + self.cumulative[stop] - self.cumulative[start]


class _Page(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """Rows [start, stop) of a PagedTable under its header row: what one page holds."""

    def __init__(self, rows: _Rows, start: int, stop: int) -> None:
        super().__init__()
        self._rows, self._start, self._stop = rows, start, stop
        self.width = sum(rows.widths)
        self.height = rows.height(start, stop)
        self.hAlign = "CENTER"

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        paint_page(self.canv, self._rows.paint, self._start, self._stop)


class PagedTable(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """Rows [start, end) of a table; splitting yields one page's rows and the remainder.

    `keep_with_tail` is the height of what must follow the table on the same page (closing text,
    signature lines): when the last rows would fit but that would not, the last `KEEP_ROWS` rows
    move to the next page with it, so signatures never stand alone on a page.
    """

    KEEP_ROWS = 3

    def __init__(
        self,
        columns: Sequence[Column],
        widths: Sequence[float],
        rows: Iterable[Sequence[Cell]],
        *,
        font_size: float = TABLE_FONT_SIZE,
        min_row_height: float = 0.0,
        colours: Mapping[tuple[int, int], Color] | None = None,
        keep_with_tail: float = 0.0,
        _shared: _Rows | None = None,
        _start: int = 0,
    ) -> None:
        super().__init__()
        self._rows = _shared or _Rows(columns, widths, rows, font_size, min_row_height, colours)
        self._start = _start
        self._tail = keep_with_tail
        self.width = sum(self._rows.widths)
        self.height = self._rows.height(_start, len(self._rows.cells))

    def __len__(self) -> int:
        return len(self._rows.cells) - self._start

    def _tail_squeezed(self, aH: float) -> bool:
        return self._tail > 0 and self.height <= aH + 1e-6 < self.height + self._tail

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        if self._tail_squeezed(aH):
            return self.width, self.height + self._tail  # too tall: the frame will split us
        return self.width, self.height

    def split(self, aW: float, aH: float) -> list[Flowable]:
        rows = self._rows
        start, end = self._start, len(rows.cells)
        # Largest stop with height(start, stop) <= aH.
        target = aH - rows.header_height + rows.cumulative[start]
        stop = min(end, bisect_right(rows.cumulative, target + 1e-6) - 1)
        if stop == end and self._tail_squeezed(aH):
            stop = end - min(self.KEEP_ROWS, end - start)
            if stop <= start:
                return []  # the few rows left go over with the tail
        if stop <= start:
            return []  # not even one row fits: let the frame move on to the next page
        page = _Page(rows, start, stop)
        if stop == end:
            return [page]
        rest = PagedTable(
            rows.columns,
            rows.widths,
            (),
            keep_with_tail=self._tail,
            _shared=rows,
            _start=stop,
        )
        return [page, rest]

    def draw(self) -> None:
        paint_page(self.canv, self._rows.paint, self._start, len(self._rows.cells))
