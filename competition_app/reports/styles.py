"""Paragraph styles, colours and margins shared by the printed documents."""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from competition_app.reports.fonts import SANS, register_fonts

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#444444")
HEADER_FILL = colors.HexColor("#e6e9ef")
ZEBRA_FILL = colors.HexColor("#f6f7f9")
GRID = colors.HexColor("#9aa0a6")  # the fine rules between a table's cells
DRAFT_RED = colors.HexColor("#b3261e")  # draft watermark and the reasons in the footer

MARGIN = 15 * mm
FOOTER_Y = 8 * mm

TABLE_FONT_SIZE = 9.0
TABLE_HEADER_SIZE = 9.0
CELL_PAD_X = 3.0
CELL_PAD_Y = 2.5


@cache
def paragraph_styles() -> dict[str, ParagraphStyle]:
    """The named paragraph styles, all set in the embedded sans font."""
    register_fonts()
    base = ParagraphStyle("base", fontName=SANS, fontSize=10.5, leading=15, textColor=INK)
    return {
        "body": base,
        "title": ParagraphStyle(
            "title", parent=base, fontSize=18, leading=26, alignment=TA_CENTER, spaceAfter=2
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=base, fontSize=13, leading=19, alignment=TA_CENTER, spaceAfter=4
        ),
        "meta": ParagraphStyle("meta", parent=base, fontSize=9.5, leading=14, textColor=MUTED),
        "meta_right": ParagraphStyle(
            "meta_right", parent=base, fontSize=9.5, leading=14, alignment=TA_RIGHT
        ),
        "closing": ParagraphStyle("closing", parent=base, fontSize=10.5, leading=17),
        "signature": ParagraphStyle(
            "signature", parent=base, fontSize=11, leading=16, alignment=TA_LEFT
        ),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
    }
