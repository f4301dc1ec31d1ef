"""Which characters the shipped fonts draw, and the characters of a text that none of them draws.

A character "is drawn" by a font only if the font maps it to a glyph with an outline: AR PL UKai
maps 䶮 to an empty glyph, which prints as a gap, and a character mapped to glyph 0 (.notdef)
prints as the font's box. White space counts as drawn. Names must print whole on certificates,
so a registration import names every text with a character no font draws (`missing_characters`);
the fonts' character maps are read from their files (`truetype_cmap`), not by loading them into
ReportLab, so the check costs an import a few hundredths of a second, not 0.7 s.
"""

from __future__ import annotations

from functools import cache, lru_cache
from itertools import pairwise

from competition_app.reports.font_files import FALLBACK_CHAINS, FONT_FILES, font_file
from competition_app.reports.truetype_cmap import GlyphCoverage, UnsupportedFont, read_coverage


def drawn_code_points(coverage: GlyphCoverage) -> frozenset[int]:
    """The code points a font with `coverage` draws (see the module's docstring)."""
    outlined = coverage.outlined
    n = len(outlined)
    return frozenset(
        cp
        for cp, g in coverage.char_to_glyph.items()
        if (0 < g < n and outlined[g]) or chr(cp).isspace()
    )


def _reportlab_coverage(font: str) -> GlyphCoverage:
    """The coverage of a font registered with ReportLab, from ReportLab's own parse of it."""
    from reportlab.pdfbase import pdfmetrics

    from competition_app.reports.fonts import register_fonts

    register_fonts()
    face = pdfmetrics.getFont(font).face
    pos = face.glyphPos
    outlined = tuple(b > a for a, b in pairwise(pos))
    return GlyphCoverage(dict(face.charToGlyph), outlined)


@cache
def drawable(font: str) -> frozenset[int]:
    """Code points `font` draws."""
    if font in FONT_FILES:
        try:
            return drawn_code_points(read_coverage(*font_file(font)))
        except UnsupportedFont:
            pass
    return drawn_code_points(_reportlab_coverage(font))


def chain(font: str) -> tuple[str, ...]:
    """The fonts tried in turn for text set in `font` (the font itself first)."""
    return FALLBACK_CHAINS.get(font, (font,))


def font_for(ch: str, fonts: tuple[str, ...]) -> str | None:
    """The first of `fonts` that draws `ch`, or None."""
    cp = ord(ch)
    for f in fonts:
        if cp in drawable(f):
            return f
    return None


@cache
def _all_fonts() -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for fonts in FALLBACK_CHAINS.values():
        seen.update(dict.fromkeys(fonts))
    return tuple(seen)


def missing_characters(text: str) -> list[str]:
    """The characters of `text`, in order and once each, that no bundled font draws."""
    return list(_missing(text))


@lru_cache(maxsize=65536)
def _missing(text: str) -> tuple[str, ...]:
    # a registration file of 30,000 rows repeats its units and most of its characters
    return tuple(ch for ch in dict.fromkeys(text) if ord(ch) >= 0x20 and not _drawn(ch))


@cache
def _drawn(ch: str) -> bool:
    return font_for(ch, _all_fonts()) is not None
