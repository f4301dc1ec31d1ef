"""Page footers reading "第 x 页 / 共 y 页", printed in one pass.

Each footer draws "第 x 页 / 共 " itself and refers to a form XObject for "y 页"; the canvas
defines that form when the document is saved and the page count is known. Unlike keeping every
page in memory until the end, this costs nothing per page, which matters at a thousand pages.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from competition_app.reports.font_runs import FallbackCanvas
from competition_app.reports.fonts import SANS
from competition_app.reports.styles import DRAFT_RED, FOOTER_Y, MARGIN, MUTED
from competition_app.reports.text_fit import fit_text, text_width

PAGE_COUNT_FORM = "PageCount"
FOOTER_SIZE = 8.5


def page_label(page: int, pages: int) -> str:
    return f"第 {page} 页 / 共 {pages} 页"


class PageCountCanvas(FallbackCanvas):
    """A canvas in the embedded font (with fallback for rare characters) that defines the
    page-count form when it is saved."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["initialFontName"] = SANS
        super().__init__(*args, **kwargs)
        self._pages_shown = 0

    def showPage(self) -> None:
        self._pages_shown += 1
        super().showPage()

    def save(self) -> None:
        if self._code:  # an unfinished last page counts too
            self.showPage()
        self.beginForm(PAGE_COUNT_FORM, lowerx=-5, lowery=-5, upperx=120, uppery=20)
        self.setFont(SANS, FOOTER_SIZE)
        self.setFillColor(MUTED)
        self.drawString(0, 0, f"{self._pages_shown} 页")
        self.endForm()
        super().save()


def draw_footer(canvas: Canvas, footer_left: str = "", draft: str = "") -> None:
    """Draw this page's footer; call from a page template's onPage callback.

    The left text (trade and group) and, on a draft, the reasons it is one (right, in red) keep
    clear of the centred page number: each shrinks, then wraps upwards, within its side.
    """
    page = canvas.getPageNumber()
    head = f"第 {page} 页 / 共 "
    # Centre as if the count had two digits; the form supplies the real one.
    head_w = text_width(head, SANS, FOOTER_SIZE)
    total_w = head_w + text_width("00 页", SANS, FOOTER_SIZE)
    x = (canvas._pagesize[0] - total_w) / 2
    canvas.saveState()
    canvas.setFont(SANS, FOOTER_SIZE)
    canvas.setFillColor(MUTED)
    canvas.drawString(x, FOOTER_Y, head)
    canvas.translate(x + head_w, FOOTER_Y)
    canvas.doForm(PAGE_COUNT_FORM)
    canvas.restoreState()
    room = x - MARGIN - 4 * mm
    right = canvas._pagesize[0] - MARGIN
    for text, colour, align in ((footer_left, MUTED, "left"), (draft, DRAFT_RED, "right")):
        if not text:
            continue
        fit = fit_text(text, SANS, FOOTER_SIZE, room, min_size=6)
        canvas.saveState()
        canvas.setFont(SANS, fit.size)
        canvas.setFillColor(colour)
        top = FOOTER_Y + (len(fit.lines) - 1) * fit.leading
        for i, line in enumerate(fit.lines):
            if align == "left":
                canvas.drawString(MARGIN, top - i * fit.leading, line)
            else:
                canvas.drawRightString(right, top - i * fit.leading, line)
        canvas.restoreState()
