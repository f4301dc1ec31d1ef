"""QR codes drawn straight onto a canvas as one filled path (ReportLab's encoder, no widget)."""

from __future__ import annotations

from reportlab.graphics.barcode import qrencoder
from reportlab.pdfgen.canvas import Canvas

QUIET_MODULES = 2  # white modules kept inside the box on each side


def qr_modules(data: str) -> list[list[bool]]:
    """The QR matrix for `data` at error-correction level M, smallest version that holds it.

    An upper-case code such as `JB2022-0001-7K3QX9MZ` uses the compact alphanumeric mode.
    """
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(data)
    code.make()
    return [[bool(m) for m in row] for row in code.modules]


def draw_qr(canvas: Canvas, data: str, x: float, y: float, size: float) -> None:
    """Draw the QR code of `data` in the square with bottom-left (x, y) and side `size` (points).

    The modules are written as PDF operators in module units under one transformation: each run
    of dark modules in a row is one `re` with integer coordinates, filled black in one go inside
    q/Q (so the canvas's own colour state is untouched). Formatting a hundred float rectangles per
    code through ReportLab's path object costs more than the rest of the page.
    """
    modules = qr_modules(data)
    count = len(modules)
    box = size / (count + 2 * QUIET_MODULES)
    left = x + QUIET_MODULES * box
    top = y + size - QUIET_MODULES * box
    # Module (c, r) maps to (left + c*box, top - r*box): y grows downward, one unit per module.
    ops = [f"q 0 g {box:.4f} 0 0 {-box:.4f} {left:.4f} {top:.4f} cm"]
    for r, row in enumerate(modules):
        c = 0
        while c < count:
            if not row[c]:
                c += 1
                continue
            start = c
            while c < count and row[c]:
                c += 1
            ops.append(f"{start} {r} {c - start} 1 re")
    ops.append("f Q")
    canvas.addLiteral(" ".join(ops))
