"""Characters no bundled font can draw, found before anything is printed or imported.

A name printed with a box or a gap is a wrong name on a certificate or a check-in sheet, so every
text that will be printed is checked first and each bad one is named with its row and character:
"第 12 行 陈\ue000：字库缺字 U+E000".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from competition_app.domain.errors import UserError
from competition_app.reports.font_coverage import missing_characters


def missing_glyph_lines(rows: Iterable[tuple[str, Sequence[str]]]) -> list[str]:
    """One line per text with undrawable characters; `rows` are (where, texts) pairs such as
    ("第 12 行", [name, unit, trade])."""
    out: list[str] = []
    for where, texts in rows:
        for text in dict.fromkeys(texts):  # each text once, in order
            missing = missing_characters(text)
            if missing:
                codes = "、".join(f"U+{ord(ch):04X}" for ch in missing)
                gap = "" if where.endswith("）") else " "
                out.append(f"{where}{gap}{text}：字库缺字 {codes}")
    return out


class MissingGlyphs(UserError):
    """Texts to print hold characters that no bundled font draws; `lines` names each one."""

    def __init__(self, lines: Sequence[str]) -> None:
        self.lines = tuple(lines)
        super().__init__(
            "以下文字含有字库中没有的字，打印会缺字（核对后可用 --allow-missing-glyphs 照样打印）：\n"
            + "\n".join(self.lines)
        )


def ensure_drawable(rows: Iterable[tuple[str, Sequence[str]]], *, allow: bool = False) -> None:
    """Raise MissingGlyphs unless every text can be drawn (or `allow` says print anyway)."""
    if allow:
        return
    lines = missing_glyph_lines(rows)
    if lines:
        raise MissingGlyphs(lines)
