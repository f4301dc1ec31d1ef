"""The calibration page for pre-printed certificate stock, and the check that offsets fit.

Printed on plain paper and held against a sheet of the stock (to the light), a millimetre grid
with every field's box shows where the printer will put each field; the offsets (--dx/--dy) are
then adjusted until the boxes sit on the stock's blanks. An offset that would push a field off
the sheet is refused before anything is printed.
"""

from __future__ import annotations

import io

from reportlab import rl_config
from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm

from competition_app.reports.font_runs import FallbackCanvas
from competition_app.reports.fonts import SANS, register_fonts
from competition_app.reports.layouts import FieldSpec, Layout
from competition_app.reports.text_fit import LEADING

_GRID_FINE = HexColor("#d9dde3")
_GRID_MID = HexColor("#aab1bb")
_GRID_BOLD = HexColor("#5f6b7a")
_BOX = HexColor("#c0392b")


def field_box(f: FieldSpec, offset_mm: tuple[float, float]) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) of a field's box in mm from the sheet's top-left, moved."""
    dx, dy = offset_mm
    if f.key == "qr":
        top, bottom = f.y, f.y + f.width
    elif f.height and f.valign == "bottom":
        top, bottom = f.y - f.height, f.y
    elif f.height:
        top, bottom = f.y - f.size * 0.8 / mm, f.y + f.height
    else:
        top, bottom = f.y - f.size * 0.8 / mm, f.y + f.size * (LEADING - 0.8) / mm
    return f.x + dx, top + dy, f.x + f.width + dx, bottom + dy


def fields_off_page(layout: Layout, offset_mm: tuple[float, float]) -> list[str]:
    """The fields an offset pushes (partly) off the sheet, each with by how much."""
    out = []
    for f in layout.fields:
        left, top, right, bottom = field_box(f, offset_mm)
        over = max(-left, -top, right - layout.width, bottom - layout.height)
        if over > 1e-6:
            out.append(f"{f.key}（超出纸边 {over:.1f} 毫米）")
    return out


def render_calibration(layout: Layout, offset_mm: tuple[float, float] = (0.0, 0.0)) -> bytes:
    """One page the size of the stock: a millimetre grid, numbered every 10 mm, and each field's
    box (moved by the offset) labelled with its key."""
    register_fonts()
    w, h = layout.width * mm, layout.height * mm
    buf = io.BytesIO()
    c = FallbackCanvas(buf, pagesize=(w, h), initialFontName=SANS, invariant=rl_config.invariant)
    c.setTitle(f"套打校准页 {layout.name}")
    c.setCreator("competition_app")
    for step, colour, width in ((1, _GRID_FINE, 0.2), (5, _GRID_MID, 0.35), (10, _GRID_BOLD, 0.5)):
        c.setStrokeColor(colour)
        c.setLineWidth(width)
        for x in range(0, int(layout.width) + 1, step):
            c.line(x * mm, 0, x * mm, h)
        for y in range(0, int(layout.height) + 1, step):
            c.line(0, h - y * mm, w, h - y * mm)
    c.setFillColor(_GRID_BOLD)
    c.setFont(SANS, 5.5)
    for x in range(10, int(layout.width), 10):
        c.drawString(x * mm + 0.6 * mm, h - 3 * mm, str(x))
    for y in range(10, int(layout.height), 10):
        c.drawString(0.8 * mm, h - y * mm - 2.4 * mm, str(y))
    c.setStrokeColor(_BOX)
    c.setFillColor(_BOX)
    c.setLineWidth(0.8)
    for f in layout.fields:
        left, top, right, bottom = field_box(f, offset_mm)
        c.rect(left * mm, h - bottom * mm, (right - left) * mm, (bottom - top) * mm)
        c.setFont(SANS, 7)
        c.drawString(left * mm + 1 * mm, h - bottom * mm + 1 * mm, f.key)
    dx, dy = offset_mm
    caption = (
        f"套打校准页：{layout.name}　偏移 右 {dx:+.1f} 毫米、下 {dy:+.1f} 毫米"
        "（用普通纸打印，对着证书纸透光比对，红框应落在证书的空白处）"
    )
    c.setFillColorRGB(1, 1, 1)
    c.rect(w * 0.1, h - 24 * mm, w * 0.8, 8 * mm, stroke=0, fill=1)
    c.setFillColor(_BOX)
    c.setFont(SANS, 9)
    c.drawCentredString(w / 2, h - 21 * mm, caption)
    c.showPage()
    c.save()
    return buf.getvalue()
