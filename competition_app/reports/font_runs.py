"""Font fallback: each run of text is set in the first font of its chain that draws all of it.

No one TrueType font that ReportLab can embed covers GB 18030: WenQuanYi Micro Hei and AR PL UKai
draw the common characters, the rare-character fonts (a cut of HanaMin A for CJK Extension A,
HanaMin B for Extensions B to F) draw what they lack, such as 䶮 (U+4DAE) and 𠮷 (U+20BB7).
A character "is drawn" by a font only if the font maps it to a glyph with an outline: AR PL
UKai maps 䶮 to an empty glyph, which prints as a gap.

`FallbackCanvas` splits every drawString into runs, so tables and fixed layouts fall back with no
help from their callers; paragraphs get the same runs as `<font name=...>` markup (`markup`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from competition_app.reports.font_coverage import chain, drawable, font_for
from competition_app.reports.fonts import register_fonts

Run = tuple[str, str]  # (text, font name)


@lru_cache(maxsize=65536)
def font_runs(text: str, font: str) -> tuple[Run, ...]:
    """`text` cut into maximal runs, each in the first font of `font`'s chain that draws it.

    A character no font of the chain draws stays in `font` (it prints as the font's box); such
    characters are refused before printing (see `font_coverage.missing_characters`), never
    printed silently.
    Control characters (line breaks) stay with the run they are in.
    """
    register_fonts()  # the runs are measured and drawn in these fonts
    fonts = chain(font)
    own = drawable(font)
    if all(ord(ch) in own or ord(ch) < 0x20 for ch in text):
        return ((text, font),) if text else ()
    runs: list[list[str]] = []
    for ch in text:
        f = font if ord(ch) < 0x20 else (font_for(ch, fonts) or font)
        if runs and runs[-1][1] == f:
            runs[-1][0] += ch
        else:
            runs.append([ch, f])
    return tuple((t, f) for t, f in runs)


def runs_width(text: str, font: str, size: float) -> float:
    """Width in points of `text` as drawn with fallback (each run in its own font's metrics)."""
    return float(sum(pdfmetrics.stringWidth(t, f, size) for t, f in font_runs(text, font)))


def markup(text: str, font: str) -> str:
    """`text` escaped for a Paragraph set in `font`, with `<font name=...>` around each run that
    needs a fallback font; line breaks become `<br/>`."""
    parts = []
    for t, f in font_runs(text, font):
        body = escape(t).replace("\n", "<br/>")
        parts.append(body if f == font else f'<font name="{f}">{body}</font>')
    return "".join(parts)


class FallbackCanvas(Canvas):  # type: ignore[misc]  # ReportLab ships no type hints
    """A canvas whose drawString, drawRightString and drawCentredString fall back by run.

    ReportLab's Table draws its string cells through these three, so a table in a document made
    on this canvas needs nothing else.
    """

    def _runs(self, text: str) -> tuple[Run, ...]:
        if text.isascii():  # marks, numbers, codes: every primary face has ASCII
            return ((text, self._fontname),)
        return font_runs(text, self._fontname)

    def _draw_runs(self, x: float, y: float, runs: tuple[Run, ...], kw: dict[str, Any]) -> None:
        font, size, leading = self._fontname, self._fontsize, self._leading
        space = float(kw.get("charSpace") or 0)
        for t, f in runs:
            self.setFont(f, size, leading)
            super().drawString(x, y, t, **kw)
            x += pdfmetrics.stringWidth(t, f, size) + space * len(t)
        self.setFont(font, size, leading)

    def _width(self, runs: tuple[Run, ...], kw: dict[str, Any]) -> float:
        space = float(kw.get("charSpace") or 0)
        n = sum(len(t) for t, _ in runs)
        width = sum(float(pdfmetrics.stringWidth(t, f, self._fontsize)) for t, f in runs)
        return width + space * max(0, n - 1)

    def drawString(self, x: float, y: float, text: str, *args: Any, **kw: Any) -> None:
        runs = self._runs(text)
        if len(runs) <= 1 or args:
            super().drawString(x, y, text, *args, **kw)
            return
        self._draw_runs(x, y, runs, kw)

    def drawRightString(self, x: float, y: float, text: str, *args: Any, **kw: Any) -> None:
        runs = self._runs(text)
        if len(runs) <= 1 or args:
            super().drawRightString(x, y, text, *args, **kw)
            return
        self._draw_runs(x - self._width(runs, kw), y, runs, kw)

    def drawCentredString(self, x: float, y: float, text: str, *args: Any, **kw: Any) -> None:
        runs = self._runs(text)
        if len(runs) <= 1 or args:
            super().drawCentredString(x, y, text, *args, **kw)
            return
        self._draw_runs(x - self._width(runs, kw) / 2, y, runs, kw)
