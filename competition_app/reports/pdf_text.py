"""Many short strings written into one PDF text object: the cells of a long table.

`canvas.drawString` builds a text object per string (BT, Tm, Tf, Tj, ET, every number through
ReportLab's pure-Python fp_str): for the 300,000 cells of a 30,000-row sheet that was most of
the time. A `TextBatch` puts a page's strings in one text object, and works out each distinct
string's operators once per document: a unit's name recurs on hundreds of rows. The string is cut
into the runs of `font_runs`, so 陈𠮷 and 刘䶮 print in the rare-character fonts exactly as
`FallbackCanvas.drawString` prints them, and set through ReportLab's own TrueType subsets (the
fonts are embedded as for any other text).
"""

from __future__ import annotations

from typing import Literal
from weakref import WeakKeyDictionary

from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from competition_app.reports.font_runs import font_runs
from competition_app.reports.text_fit import text_width

Align = Literal["left", "centre", "right"]
# (text, font, size) -> (width in points, the text's Tf/Tj operators)
_Ops = dict[tuple[str, str, float], tuple[float, str]]
# Subset codes are handed out per document (TTFont.splitString(text, doc)), so are the operators.
_BY_DOCUMENT: WeakKeyDictionary[object, _Ops] = WeakKeyDictionary()


def _num(value: float) -> str:
    return f"{value:.3f}"


def colour_op(colour: Color, *, stroke: bool = False) -> str:
    """The PDF operator setting the fill (or stroke) colour to an opaque RGB `colour`."""
    return f"{_num(colour.red)} {_num(colour.green)} {_num(colour.blue)} {'RG' if stroke else 'rg'}"


class TextBatch:
    """Strings drawn on `canvas` between `open()` and `close()`, in one text object.

    Only text and colour operators may come in between (PDF allows nothing else in a text
    object); the canvas's own state (font, colour) is not changed.
    """

    def __init__(self, canvas: Canvas, font: str, size: float) -> None:
        self._canvas = canvas
        self._doc = canvas._doc
        self._ops = _BY_DOCUMENT.setdefault(self._doc, {})
        self.font, self.size = font, size
        self._code: list[str] = []

    def open(self) -> None:
        self._code = ["BT"]

    def set_font(self, font: str, size: float) -> None:
        self.font, self.size = font, size

    def set_colour(self, colour: Color) -> None:
        self._code.append(colour_op(colour))

    def width(self, text: str) -> float:
        return self._entry(text)[0]

    def draw(self, x: float, y: float, text: str, align: Align = "left") -> None:
        """`text` with its left end, centre or right end at `x`, baseline at `y`."""
        if not text:
            return
        width, ops = self._entry(text)
        if align == "centre":
            x -= width / 2
        elif align == "right":
            x -= width
        self._code.append(f"1 0 0 1 {_num(x)} {_num(y)} Tm {ops}")

    def close(self) -> None:
        self._code.append("ET")
        self._canvas.addLiteral("\n".join(self._code))
        self._code = []

    def _entry(self, text: str) -> tuple[float, str]:
        key = (text, self.font, self.size)
        hit = self._ops.get(key)
        if hit is None:
            hit = self._ops[key] = (text_width(text, self.font, self.size), self._operators(text))
        return hit

    def _operators(self, text: str) -> str:
        size = _num(self.size)
        parts = []
        runs = ((text, self.font),) if text.isascii() else font_runs(text, self.font)
        for run, font in runs:
            face = pdfmetrics.getFont(font)
            for subset, chunk in face.splitString(run, self._doc):
                name = face.getSubsetInternalName(subset, self._doc)
                parts.append(f"{name} {size} Tf ({escapePDF(chunk)}) Tj")
        return " ".join(parts)
