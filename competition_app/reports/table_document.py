"""Titled, paged table documents (result sheet, check-in sheet, score forms) rendered to bytes.

A section is a title block, a table whose header repeats on every page, closing text and
signature lines; every page carries "第 x 页 / 共 y 页".
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4, landscape, portrait
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from competition_app.domain.final_state import WATERMARK, draft_footer
from competition_app.reports.draft_marks import draw_stamp, draw_watermark
from competition_app.reports.font_runs import markup
from competition_app.reports.fonts import SANS, register_fonts
from competition_app.reports.page_numbers import PageCountCanvas, draw_footer
from competition_app.reports.paged_table import (
    Cell,
    Column,
    PagedTable,
    minimum_width,
    natural_widths,
    plan_widths,
    typical_widths,
)
from competition_app.reports.styles import MARGIN, RULE, TABLE_FONT_SIZE, paragraph_styles
from competition_app.reports.text_fit import text_width

PORTRAIT_FRAME: float = A4[0] - 2 * MARGIN  # points


@dataclass(frozen=True)
class TableSection:
    """One titled table with its text before and after; a document is one or more sections,
    each starting on a new page."""

    title: str
    columns: Sequence[Column]
    rows: Sequence[Sequence[Cell]]
    subtitle: str = ""
    meta_left: str = ""  # one line under the title, e.g. "场次：第1场"
    meta_right: str = ""  # e.g. "日期：2022年7月20日"
    intro: Sequence[str] = ()  # paragraphs before the table
    closing: Sequence[str] = ()  # paragraphs after the table
    signatures: Sequence[str] = ()  # labels of signature lines, e.g. ("裁判员签字", "日期")
    sign_off: Sequence[str] = ()  # right-aligned lines at the end: organizer, date
    empty_text: str = "（无）"
    font_size: float = TABLE_FONT_SIZE
    min_row_height_mm: float = 0.0  # room to write by hand (signatures, marks)
    # (row index into `rows`, column) -> text colour, for the few cells not printed in ink.
    colours: Mapping[tuple[int, int], Color] = field(default_factory=dict, compare=False)
    footer: str = ""  # this section's footer (title, trade, group), else the document's
    # The rows the column widths are measured on, when not this section's own: the whole
    # trade's, so a group printed on its own has the widths of every other group.
    sizing_rows: Sequence[Sequence[Cell]] | None = None
    # Drawings printed between the table and the closing text (the judge analysis's bars).
    figures: Sequence[Flowable] = field(default=(), compare=False)


def _rows(section: TableSection) -> Sequence[Sequence[Cell]]:
    if section.rows:
        return section.rows
    return [[section.empty_text] + [""] * (len(section.columns) - 1)]


def _sizing(section: TableSection) -> Sequence[Sequence[Cell]]:
    return section.sizing_rows or _rows(section)


def _natural(section: TableSection) -> list[float]:
    return natural_widths(section.columns, _sizing(section), section.font_size)


def needs_landscape(section: TableSection, natural: Sequence[float] | None = None) -> bool:
    """Landscape when the columns, at their narrowest, do not fit across a portrait A4 page.

    In practice this follows the column count: the usual sheet (two components, no ID numbers)
    fits in portrait, a third component or an ID column turns the page.
    """
    if natural is None:
        natural = _natural(section)
    return minimum_width(section.columns, natural) > PORTRAIT_FRAME


def _p(text: str, style: str) -> Paragraph:
    return Paragraph(markup(text, SANS), paragraph_styles()[style])


def _meta_line(left: str, right: str, width: float) -> Table:
    styles = paragraph_styles()
    t = Table(
        [
            [
                Paragraph(markup(left, SANS), styles["meta"]),
                Paragraph(markup(right, SANS), styles["meta_right"]),
            ]
        ],
        colWidths=[width * 0.6, width * 0.4],
    )
    t.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), SANS),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
    )
    return t


def signature_lines(labels: Sequence[str], width: float) -> Table:
    """Labels each followed by a blank line to sign on, across `width`, as many rows as needed
    to give every blank at least 35 mm."""
    size = paragraph_styles()["signature"].fontSize
    gap = 6 * mm
    min_blank = 35 * mm
    rows: list[list[str]] = []
    per_row = len(labels)
    while per_row > 1:
        labels_w = sum(text_width(f"{lb}：", SANS, size) + 2 for lb in labels[:per_row])
        if (width - labels_w - gap * (per_row - 1)) / per_row >= min_blank:
            break
        per_row -= 1
    for k in range(0, len(labels), per_row):
        rows.append(list(labels[k : k + per_row]))
    label_ws = [max(text_width(f"{lb}：", SANS, size) + 2 for lb in labels[c::per_row])
                for c in range(per_row)]  # fmt: skip
    blank = (width - sum(label_ws) - gap * (per_row - 1)) / per_row
    col_widths: list[float] = []
    for c in range(per_row):
        col_widths.extend([label_ws[c], blank] + ([gap] if c < per_row - 1 else []))
    data = []
    for row in rows:
        cells: list[str] = []
        for c in range(per_row):
            cells.extend([f"{row[c]}：" if c < len(row) else "", ""])
            if c < per_row - 1:
                cells.append("")
        data.append(cells)
    cmds: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for r, row in enumerate(data):
        for c in range(per_row):
            if row[c * 3]:
                cmds.append(("LINEBELOW", (c * 3 + 1, r), (c * 3 + 1, r), 0.6, RULE))
    return Table(data, colWidths=col_widths, rowHeights=[11 * mm] * len(data), style=cmds)


def _height(flowables: Sequence[Flowable], width: float) -> float:
    return float(
        sum(f.wrap(width, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flowables)
    )


def _section_story(
    section: TableSection, widths: Sequence[float], width: float, height: float
) -> list[Flowable]:
    story: list[Flowable] = [_p(section.title, "title")]
    if section.subtitle:
        story.append(_p(section.subtitle, "subtitle"))
    if section.meta_left or section.meta_right:
        story.append(_meta_line(section.meta_left, section.meta_right, width))
    story.extend(_p(text, "body") for text in section.intro)
    story.append(Spacer(1, 2 * mm))
    rows = _rows(section)
    ending: list[Flowable] = [Spacer(1, 4 * mm), *section.figures]
    ending.extend(_p(text, "closing") for text in section.closing)
    if section.signatures:
        ending.append(Spacer(1, 2 * mm))
        ending.append(signature_lines(section.signatures, width))
    if section.sign_off:
        ending.append(Spacer(1, 6 * mm))
        ending.extend(_p(line, "meta_right") for line in section.sign_off)
    tail = _height(ending, width)
    story.append(
        PagedTable(
            section.columns,
            widths,
            rows,
            font_size=section.font_size,
            min_row_height=section.min_row_height_mm * mm,
            colours=section.colours,
            keep_with_tail=tail if tail < height / 2 else 0.0,
        )
    )
    # The closing text and signatures stay together, on the page of the table's last rows.
    story.append(KeepTogether(ending))
    return story


class _FooterMark(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """Takes no room; when drawn, makes `text` the footer of this page and those after it."""

    def __init__(self, holder: list[str], text: str) -> None:
        super().__init__()
        self.holder, self.text = holder, text
        self.width = self.height = 0

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.holder[0] = self.text


def column_widths(
    sections: Sequence[TableSection],
    *,
    landscape_pages: bool | None = None,
    max_portrait_columns: int | None = None,
    same_widths: bool = False,
) -> tuple[bool, list[list[float]]]:
    """(landscape?, each section's column widths in points), as render_sections lays them out."""
    register_fonts()
    naturals = [_natural(s) for s in sections]
    typicals = [typical_widths(s.columns, _sizing(s), s.font_size) for s in sections]
    if same_widths and len({tuple(c.title for c in s.columns) for s in sections}) == 1:
        widest = [max(col) for col in zip(*naturals, strict=True)]
        naturals = [widest for _ in sections]
        usual = [max(col) for col in zip(*typicals, strict=True)]
        typicals = [usual for _ in sections]
    if landscape_pages is None:
        landscape_pages = any(
            needs_landscape(s, n)
            or (max_portrait_columns is not None and len(s.columns) > max_portrait_columns)
            for s, n in zip(sections, naturals, strict=True)
        )
    pagesize = landscape(A4) if landscape_pages else portrait(A4)
    width = pagesize[0] - 2 * MARGIN
    return landscape_pages, [
        plan_widths(s.columns, n, width, typ)
        for s, n, typ in zip(sections, naturals, typicals, strict=True)
    ]


def render_sections(
    sections: Sequence[TableSection],
    *,
    title: str,
    footer_left: str = "",
    landscape_pages: bool | None = None,
    max_portrait_columns: int | None = None,
    draft: Sequence[str] = (),
    same_widths: bool = False,
) -> bytes:
    """The PDF of `sections`, one after another (each from a new page); bytes, nothing written.

    `landscape_pages=None` decides: landscape when a section has more than
    `max_portrait_columns` columns or its columns cannot fit across a portrait page.
    `draft` lists why the document is not final: then every page carries the watermark and,
    in the footer, the reasons. `same_widths=True` gives sections with the same columns (the
    groups of one trade) the same column widths, from the content of them all.
    """
    register_fonts()
    landscape_pages, plans = column_widths(
        sections,
        landscape_pages=landscape_pages,
        max_portrait_columns=max_portrait_columns,
        same_widths=same_widths,
    )
    pagesize = landscape(A4) if landscape_pages else portrait(A4)
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author="",
        creator="competition_app",
        initialFontName=SANS,
        pageCompression=1,
    )
    frame = Frame(
        MARGIN,
        MARGIN,
        pagesize[0] - 2 * MARGIN,
        pagesize[1] - 2 * MARGIN,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    reasons = draft_footer(draft)
    current = [footer_left]  # the footer of the section being laid out

    def on_page_end(canv: Canvas, _doc: object) -> None:
        # Drawn at the end of the page, so a section begun on it has set its footer; the
        # watermark goes over the content (shaded rows would hide it), pale enough to read.
        draw_footer(canv, current[0], reasons)
        if reasons:
            draw_watermark(canv, WATERMARK, pagesize[0], pagesize[1])
            draw_stamp(canv, WATERMARK, pagesize[0] - MARGIN, pagesize[1] - 5 * mm)

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=on_page_end)])
    story: list[Flowable] = []
    for i, (section, widths) in enumerate(zip(sections, plans, strict=True)):
        if i:
            story.append(PageBreak())
        story.append(_FooterMark(current, section.footer or footer_left))
        story.extend(_section_story(section, widths, frame._width, frame._height))
    doc.build(story, canvasmaker=PageCountCanvas)
    return buf.getvalue()
