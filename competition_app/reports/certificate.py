"""Award certificates (获奖证书): a page per contestant, drawn from a Layout, as PDF bytes."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.units import mm

from competition_app import safe_write
from competition_app.domain.final_state import WATERMARK, draft_footer
from competition_app.reports.dates import cn_date, cn_upper_date, en_date, iso_date
from competition_app.reports.draft_marks import draw_stamp, draw_watermark
from competition_app.reports.font_runs import FallbackCanvas
from competition_app.reports.fonts import SANS, register_fonts
from competition_app.reports.layouts import BorderSpec, FieldSpec, Layout, TextSpec
from competition_app.reports.progress import ProgressCallback, report_progress
from competition_app.reports.qr import draw_qr
from competition_app.reports.styles import DRAFT_RED
from competition_app.reports.text_fit import Fit, fit_text, text_width

DESIGN_FORM = "CertificateDesign"


@dataclass(frozen=True)
class CertificateData:
    """What one certificate says. `code` is the verification code (domain.certificate_codes)."""

    serial: str
    code: str
    name: str
    unit: str
    trade: str
    award: str
    title: str
    event: str
    date: date | str
    issuer: str
    group: str = ""
    # Why this is only a draft (trade not locked ...): watermarked, reasons at the foot, and no
    # serial or code is issued for it. () on a real certificate.
    draft: tuple[str, ...] = ()
    qr: str = ""  # what the QR code holds: the signed statement; the code when empty
    fingerprint: str = ""  # of the event's public key, printed so a checker knows which key
    rank: str = ""  # e.g. "第 3 名", "并列第 4 名"
    promotion: str = ""  # e.g. "晋升技师"
    # English values for bilingual layouts (set per event); the Chinese ones when not set
    english: dict[str, str] = field(default_factory=dict)


def placeholder_values(item: CertificateData) -> dict[str, str]:
    """The values a layout's `{placeholders}` are filled with."""
    return {
        "serial": item.serial,
        "code": item.code,
        "name": item.name,
        "unit": item.unit,
        "trade": item.trade,
        "group": item.group,
        "trade_group": f"{item.trade}（{item.group}）" if item.group else item.trade,
        "award": item.award,
        "title": item.title,
        "honour": "、".join(x for x in (item.award, item.title) if x),
        "event": item.event,
        "date": cn_date(item.date),
        "date_upper": cn_upper_date(item.date),
        "date_en": en_date(item.date),
        "date_iso": iso_date(item.date),
        "issuer": item.issuer,
        "fingerprint": item.fingerprint,
        "rank": item.rank,
        "promotion": item.promotion,
        "qr": item.qr or item.code,
        **_english_values(item),
    }


def _english_values(item: CertificateData) -> dict[str, str]:
    """`{x_en}`: the English value set for the event, or ""; `{x_bi}`: "中文 / English", or the
    Chinese alone when no English is set (so a bilingual layout never prints a stray slash)."""
    zh = {
        "trade": item.trade,
        "group": item.group,
        "honour": "、".join(x for x in (item.award, item.title) if x),
        "event": item.event,
        "issuer": item.issuer,
    }
    out: dict[str, str] = {}
    for key, value in zh.items():
        en = item.english.get(key, "")
        out[f"{key}_en"] = en
        out[f"{key}_bi"] = f"{value} / {en}" if en and value else value
    group_en = item.english.get("group", "")
    trade_en = item.english.get("trade", "")
    zh_tg = f"{item.trade}（{item.group}）" if item.group else item.trade
    en_tg = f"{trade_en} ({group_en})" if trade_en and group_en else trade_en
    out["trade_group_bi"] = f"{zh_tg} / {en_tg}" if en_tg else zh_tg
    return out


HARD_MIN_SIZE = 4.0  # below a field's min_size, but printed small beats printed over


def fit_field(field: FieldSpec, text: str) -> Fit:
    """The size and lines `text` is printed at so it stays inside the field's box.

    A box with a height never overflows it: past the field's `min_size` the text goes on
    shrinking (to 4 pt) rather than run into the next field, such as the date under the issuers.
    """
    height = field.height * mm if field.height else None
    fit = fit_text(
        text, field.font, field.size, field.width * mm, min_size=field.min_size, height=height
    )
    if height is not None and len(fit.lines) * fit.leading > height + 1e-6:
        fit = fit_text(
            text, field.font, fit.size, field.width * mm, min_size=HARD_MIN_SIZE, height=height
        )
    return fit


def _line_x(x: float, width: float, line_width: float, align: str) -> float:
    if align == "centre":
        return x + (width - line_width) / 2
    if align == "right":
        return x + width - line_width
    return x


class _Painter:
    """Draws one layout on a canvas; everything derived from the layout is computed once."""

    def __init__(
        self, canvas: FallbackCanvas, layout: Layout, offset_mm: tuple[float, float]
    ) -> None:
        self.canvas = canvas
        self.layout = layout
        self.page_h = layout.height * mm
        self.dx, self.dy = offset_mm[0] * mm, offset_mm[1] * mm
        self.colours: dict[str, Color] = {}

    def colour(self, hex_colour: str) -> Color:
        if hex_colour not in self.colours:
            self.colours[hex_colour] = HexColor(hex_colour)
        return self.colours[hex_colour]

    def _text_lines(
        self,
        lines: Sequence[str],
        x: float,
        y: float,
        width: float,
        font: str,
        size: float,
        leading: float,
        align: str,
        colour: str,
        spacing: float = 0.0,
    ) -> None:
        c = self.canvas
        c.setFont(font, size)
        c.setFillColor(self.colour(colour))
        for i, line in enumerate(lines):
            w = text_width(line, font, size) + spacing * max(0, len(line) - 1)
            lx = _line_x(x, width, w, align)
            if spacing:
                c.drawString(lx, y - i * leading, line, charSpace=spacing)
            else:
                c.drawString(lx, y - i * leading, line)

    def design(self) -> None:
        """Background, border, images and fixed wording: drawn once, into a reusable form."""
        c, lay = self.canvas, self.layout
        w, h = lay.width * mm, lay.height * mm
        c.beginForm(DESIGN_FORM, lowerx=0, lowery=0, upperx=w, uppery=h)
        if lay.background is not None:
            c.drawImage(str(lay.background), 0, 0, w, h, mask="auto")
        if lay.border is not None:
            self._border(lay.border, w, h)
        for img in lay.images:
            c.drawImage(
                str(img.path),
                img.x * mm,
                h - (img.y + img.height) * mm,
                img.width * mm,
                img.height * mm,
                mask="auto",
                preserveAspectRatio=True,
            )
        for line in lay.lines:
            c.setStrokeColor(self.colour(line.colour))
            c.setLineWidth(line.width)
            c.line(line.x1 * mm, h - line.y1 * mm, line.x2 * mm, h - line.y2 * mm)
        for t in lay.texts:
            self._static(t)
        c.endForm()

    def _static(self, t: TextSpec) -> None:
        size = t.size
        natural = text_width(t.text, t.font, size) + t.spacing * max(0, len(t.text) - 1)
        spacing = t.spacing
        if natural > t.width * mm:  # fixed wording is short; shrink rather than overflow
            spacing = 0.0
            size = fit_text(t.text, t.font, size, t.width * mm, min_size=size / 3).size
        self._text_lines(
            [t.text], t.x * mm, self.page_h - t.y * mm, t.width * mm, t.font, size, size,
            t.align, t.colour, spacing,
        )  # fmt: skip

    def _border(self, b: BorderSpec, w: float, h: float) -> None:
        c = self.canvas
        m = b.margin * mm
        main, accent = self.colour(b.colour), self.colour(b.accent)
        c.saveState()
        if b.style == "line":
            c.setStrokeColor(main)
            c.setLineWidth(1.6)
            c.rect(m, m, w - 2 * m, h - 2 * m)
            c.setLineWidth(0.6)
            c.rect(m + 1.8 * mm, m + 1.8 * mm, w - 2 * m - 3.6 * mm, h - 2 * m - 3.6 * mm)
            c.restoreState()
            return
        band = 5 * mm
        # A red band with a fine gold line on it, then gold and red rules inside it.
        c.setFillColor(main)
        c.rect(m, m, w - 2 * m, h - 2 * m, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.rect(m + band, m + band, w - 2 * (m + band), h - 2 * (m + band), stroke=0, fill=1)
        c.setStrokeColor(accent)
        c.setLineWidth(0.7)
        inset = m + 1.2 * mm
        c.rect(inset, inset, w - 2 * inset, h - 2 * inset)
        inner = m + band + 1.6 * mm
        c.setLineWidth(1.2)
        c.rect(inner, inner, w - 2 * inner, h - 2 * inner)
        c.setStrokeColor(main)
        c.setLineWidth(0.5)
        inner2 = inner + 1.4 * mm
        c.rect(inner2, inner2, w - 2 * inner2, h - 2 * inner2)
        # Gold corner frets (回纹) inside each corner.
        c.setStrokeColor(accent)
        c.setLineWidth(1.0)
        leg, step = 14 * mm, 2.2 * mm
        for cx, sx in ((inner2, 1), (w - inner2, -1)):
            for cy, sy in ((inner2, 1), (h - inner2, -1)):
                for k in (1, 2):
                    d = k * step
                    length = leg - (k - 1) * 4 * mm
                    p = c.beginPath()
                    p.moveTo(cx + sx * d, cy + sy * (d + length))
                    p.lineTo(cx + sx * d, cy + sy * d)
                    p.lineTo(cx + sx * (d + length), cy + sy * d)
                    c.drawPath(p, stroke=1, fill=0)
                dot = 1.6 * mm
                c.setFillColor(accent)
                c.rect(cx + sx * 3 * step - (sx < 0) * dot, cy + sy * 3 * step - (sy < 0) * dot,
                       dot, dot, stroke=0, fill=1)  # fmt: skip
        c.restoreState()

    def field(self, f: FieldSpec, values: dict[str, str]) -> None:
        x = f.x * mm + self.dx
        if f.key == "qr":
            size = f.width * mm
            code = values["qr"]
            if code:
                draw_qr(self.canvas, code, x, self.page_h - f.y * mm - self.dy - size, size)
            return
        text = f.text.format_map(values)
        if not text:
            return
        width = f.width * mm
        y = self.page_h - f.y * mm - self.dy
        natural = text_width(text, f.font, f.size) + f.spacing * max(0, len(text) - 1)
        if f.spacing and natural <= width and "\n" not in text:
            self._text_lines(
                [text], x, y, width, f.font, f.size, f.size, f.align, f.colour, f.spacing
            )
            return
        fit = fit_field(f, text)
        if f.valign == "bottom":  # the last line on the baseline, the others above it
            y += (len(fit.lines) - 1) * fit.leading
        self._text_lines(fit.lines, x, y, width, f.font, fit.size, fit.leading, f.align, f.colour)


def _draft_marks(canvas: FallbackCanvas, layout: Layout, reasons: Sequence[str]) -> None:
    w, h = layout.width * mm, layout.height * mm
    draw_watermark(canvas, WATERMARK, w, h)
    draw_stamp(canvas, WATERMARK, w - 26 * mm, h - 24 * mm)  # inside any border
    fit = fit_text(draft_footer(reasons), SANS, 9, w - 40 * mm, min_size=6)
    canvas.saveState()
    canvas.setFillColor(DRAFT_RED)
    canvas.setFont(SANS, fit.size)
    for i, line in enumerate(fit.lines):
        canvas.drawCentredString(w / 2, 6 * mm + (len(fit.lines) - 1 - i) * fit.leading, line)
    canvas.restoreState()


def render_certificates(
    items: Sequence[CertificateData],
    layout: Layout,
    *,
    preprinted: bool = False,
    offset_mm: tuple[float, float] = (0.0, 0.0),
    progress: ProgressCallback | None = None,
) -> bytes:
    """The certificates as one PDF, a page each.

    `preprinted=True` prints only the fields (no background, border, heading, labels or images),
    for stock that already carries the design; `offset_mm=(dx, dy)` moves every field right and
    down by that much to match the printer. `progress(done, total)` is called after each page and
    may return False to cancel, which raises Cancelled.
    """
    register_fonts()
    buf = io.BytesIO()
    canvas = FallbackCanvas(
        buf,
        pagesize=(layout.width * mm, layout.height * mm),
        initialFontName=SANS,
        invariant=rl_config.invariant,
        pageCompression=1,
    )
    canvas.setTitle(f"获奖证书（{len(items)} 份）")
    canvas.setCreator("competition_app")
    painter = _Painter(canvas, layout, offset_mm)
    if not preprinted:
        painter.design()
    total = len(items)
    for i, item in enumerate(items):
        if not preprinted:
            canvas.doForm(DESIGN_FORM)
        values = placeholder_values(item)
        for f in layout.fields:
            painter.field(f, values)
        if item.draft:
            _draft_marks(canvas, layout, item.draft)
        canvas.showPage()
        report_progress(progress, i + 1, total)
    canvas.save()
    return buf.getvalue()


def write_certificates(
    path: Path | str,
    items: Sequence[CertificateData],
    layout: Layout,
    *,
    preprinted: bool = False,
    offset_mm: tuple[float, float] = (0.0, 0.0),
    progress: ProgressCallback | None = None,
) -> None:
    """render_certificates, written to `path` (nothing is written when cancelled)."""
    pdf = render_certificates(
        items, layout, preprinted=preprinted, offset_mm=offset_mm, progress=progress
    )
    safe_write.write_bytes(Path(path), pdf)
