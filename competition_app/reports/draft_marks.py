"""What makes a draft look like one on paper: a pale watermark across every page and a stamp."""

from __future__ import annotations

import math

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from competition_app.reports.fonts import SANS
from competition_app.reports.styles import DRAFT_RED
from competition_app.reports.text_fit import text_width


def draw_watermark(canvas: Canvas, text: str, width: float, height: float) -> None:
    """`text` large and pale along the page's diagonal, under or over whatever the page holds."""
    diagonal = math.hypot(width, height)
    size = min(110.0, diagonal * 0.7 / max(1.0, text_width(text, SANS, 1.0)))
    canvas.saveState()
    canvas.setFillColor(DRAFT_RED)
    canvas.setFillAlpha(0.13)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(math.degrees(math.atan2(height, width)))
    canvas.setFont(SANS, size)
    canvas.drawCentredString(0, -size * 0.35, text)
    canvas.restoreState()


def draw_stamp(canvas: Canvas, text: str, right: float, top: float) -> None:
    """`text` in a red box whose top right corner is at (`right`, `top`): the same words as the
    watermark, level, where the eye looks first (and where text extraction finds them)."""
    size = 10.0
    w = text_width(text, SANS, size) + 4 * mm
    h = size + 2.2 * mm
    canvas.saveState()
    canvas.setStrokeColor(DRAFT_RED)
    canvas.setFillColor(DRAFT_RED)
    canvas.setLineWidth(1)
    canvas.rect(right - w, top - h, w, h, stroke=1, fill=0)
    canvas.setFont(SANS, size)
    canvas.drawCentredString(right - w / 2, top - h + 1.1 * mm + size * 0.18, text)
    canvas.restoreState()
