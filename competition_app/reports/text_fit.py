"""Measuring text and fitting it into a box: shrink to fit one line, else wrap, never overflow."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from competition_app.reports.font_runs import runs_width
from competition_app.reports.fonts import register_fonts

# A line may not start with these (Chinese typesetting: 避头点), nor end with the openers.
_NO_LINE_START = frozenset("，。、；：！？）》」』”’%)]},.;:!?")
_NO_LINE_END = frozenset("（《「『“‘([{")
LEADING = 1.25  # line height as a multiple of the font size
_STEP = 0.25  # font sizes are chosen in quarter points, so output is stable


@lru_cache(maxsize=65536)
def _unit_width(text: str, font: str) -> float:
    register_fonts()  # measuring may come before any rendering
    return float(runs_width(text, font, 1.0))  # rare characters in their fallback font's widths


def text_width(text: str, font: str, size: float) -> float:
    """Width in points of `text` set in `font` at `size` (cached: names and units repeat)."""
    return _unit_width(text, font) * size


@dataclass(frozen=True)
class Fit:
    """How a text is set in its box: the font size chosen and the lines at that size."""

    size: float
    lines: tuple[str, ...]

    @property
    def leading(self) -> float:
        return self.size * LEADING


_PAIRS = {"（": "）", "“": "”", "《": "》", "(": ")", "「": "」"}
_GROUP_MAX = 8  # a bracketed or quoted run up to this long moves to the next line whole


def _tokens(text: str) -> list[str]:
    """Units kept whole unless too wide alone: Latin words and numbers, single CJK characters,
    and short bracketed or quoted runs such as （职工组） or “北岸匠星”."""
    out: list[str] = []
    word = ""
    i = 0
    while i < len(text):
        ch = text[i]
        close = _PAIRS.get(ch)
        if close is not None:
            end = text.find(close, i + 1, i + _GROUP_MAX + 2)
            if end != -1:
                if word:
                    out.append(word)
                    word = ""
                out.append(text[i : end + 1])
                i = end + 1
                continue
        if ch.isascii() and not ch.isspace():
            word += ch
        else:
            if word:
                out.append(word)
                word = ""
            out.append(ch)
        i += 1
    if word:
        out.append(word)
    return out


def _split_long(token: str, font: str, size: float, width: float) -> list[str]:
    pieces: list[str] = []
    cur, cur_w = "", 0.0
    for ch in token:
        w = text_width(ch, font, size)
        if cur and cur_w + w > width:
            pieces.append(cur)
            cur, cur_w = "", 0.0
        cur += ch
        cur_w += w
    if cur:
        pieces.append(cur)
    return pieces


def wrap_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy line breaking for mixed Chinese/Latin text; explicit newlines are kept.

    Widths add up glyph by glyph (ReportLab applies no kerning to TrueType text), so a line is
    measured as it grows instead of re-measuring every prefix.
    """
    lines: list[str] = []
    for para in text.split("\n"):
        if text_width(para, font, size) <= width:
            lines.append(para)
            continue
        cur, cur_w = "", 0.0
        for tok in _tokens(para):
            tok_w = text_width(tok, font, size)
            if cur_w + tok_w <= width:
                cur += tok
                cur_w += tok_w
                continue
            if tok.isspace():
                lines.append(cur)
                cur, cur_w = "", 0.0
                continue
            if tok_w > width:
                pieces = _split_long(tok, font, size, width)
                first_w = text_width(pieces[0], font, size)
                if cur and cur_w + first_w <= width:
                    cur += pieces.pop(0)
                if cur:
                    lines.append(cur)
                lines.extend(pieces[:-1])
                cur = pieces[-1] if pieces else ""
                cur_w = text_width(cur, font, size)
                continue
            # Carry one character over when the new line would start with a closing mark or the
            # old one end with an opening mark, as Chinese typesetting requires.
            carry = len(cur) > 1 and (tok[0] in _NO_LINE_START or cur[-1] in _NO_LINE_END)
            last_w = text_width(cur[-1], font, size) if carry else 0.0
            if carry and last_w + tok_w <= width:
                lines.append(cur[:-1])
                cur, cur_w = cur[-1] + tok, last_w + tok_w
            else:
                if cur:
                    lines.append(cur.rstrip())
                cur = tok.lstrip()
                cur_w = text_width(cur, font, size)
        lines.append(cur)
    return lines


def _floor_step(size: float) -> float:
    return math.floor(size / _STEP + 1e-9) * _STEP


def fit_text(
    text: str,
    font: str,
    size: float,
    width: float,
    *,
    min_size: float,
    height: float | None = None,
) -> Fit:
    """Choose the font size and lines that keep `text` inside `width` (and `height`, if given).

    One-line fields shrink until the text fits, down to `min_size`, then wrap at `min_size`.
    Boxes with a height wrap first and shrink until the lines fit the height, down to `min_size`.
    Lines never exceed `width`; only at `min_size` can a box run taller than `height`.
    """
    min_size = min(min_size, size)
    if height is None:
        natural = text_width(text, font, size)
        if natural <= width and "\n" not in text:
            return Fit(size, (text,))
        if "\n" not in text:
            shrunk = _floor_step(size * width / natural)
            if shrunk >= min_size:
                return Fit(shrunk, (text,))
        return Fit(min_size, tuple(wrap_lines(text, font, min_size, width)))
    s = size
    while True:
        lines = wrap_lines(text, font, s, width)
        if len(lines) * s * LEADING <= height + 1e-6 or s <= min_size:
            return Fit(s, tuple(lines))
        s = max(min_size, s - 0.5)
