"""The result sheet / public notice (成绩公示表) of one trade and group, as PDF bytes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from reportlab.lib import colors

from competition_app.domain.distribution import Distribution
from competition_app.domain.entries import STATUS_LABELS
from competition_app.domain.id_number import mask_id_number
from competition_app.domain.results import FLAG_LABELS, FLAG_MISSING, ResultRow
from competition_app.reports.dates import cn_date
from competition_app.reports.distribution_figure import DistributionFigure
from competition_app.reports.paged_table import Column
from competition_app.reports.table_document import TableSection, render_sections

NOT_AVAILABLE = "—"  # no mark entered, or not ranked: never printed as 0
_ATTENTION = colors.HexColor("#b3261e")


@dataclass(frozen=True)
class ResultSheetData:
    """What one result sheet shows. `id_numbers` maps ResultRow.key -> ID number, printed masked."""

    event_title: str
    trade: str
    components: Sequence[tuple[str, str]]  # (component code, column heading)
    rows: Sequence[ResultRow]
    group: str = ""
    decimals: int = 2
    id_numbers: Mapping[str, str] | None = None
    notice_period: str = ""  # e.g. "公示期：2022年7月21日至7月27日（5个工作日）"
    date: date | str = ""
    organizer: str = ""
    show_ws_scale: bool = False
    # The chief judge's internal sheet (评分差异超限, 并列待裁判长裁定 ... in the note column) rather
    # than the public notice, which shows only what the public should read.
    internal: bool = False
    draft: tuple[str, ...] = ()  # why the sheet is not final (domain.final_state); () if it is
    objection: tuple[str, ...] = ()  # where and how to object: lines printed under the notice
    signatures: tuple[str, ...] = ("裁判员签字", "裁判长签字")
    seal: bool = True  # "（盖章）" beside the organizer
    # The rows the column widths come from when not `rows` alone: the whole trade's, so each
    # group printed on its own gets the same columns as the others.
    sizing_rows: Sequence[ResultRow] | None = None
    # The group's score distribution, drawn under the table of the internal sheet only.
    distribution: Distribution | None = None


def format_mark(value: Decimal | None, decimals: int) -> str:
    """A mark with exactly `decimals` places (half-up), or a dash when there is none."""
    if value is None:
        return NOT_AVAILABLE
    return str(value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP))


def format_rank(row: ResultRow) -> str:
    """The place, marked 并列 when shared, so a tie is never hidden from the trophy makers."""
    if row.rank is None:
        return NOT_AVAILABLE
    return f"并列{row.rank}" if row.tied else str(row.rank)


def _columns(data: ResultSheetData) -> list[Column]:
    cols = [
        Column("名次", 8),
        Column("参赛证号", 14),
        Column("姓名", 12, flex=1, whole_mm=45),
    ]
    if data.id_numbers is not None:
        cols.append(Column("身份证号", 34))
    cols.append(Column("单位", 36, align="left", flex=4))
    cols.extend(Column(name, 12, align="right") for _code, name in data.components)
    cols.append(Column("总成绩", 12, align="right"))
    if data.show_ws_scale:
        cols.append(Column("世赛分", 10, align="right"))
    cols.extend(
        [Column("奖项", 10), Column("称号", 10), Column("备注", 12, flex=2, yields_when_empty=True)]
    )
    return cols


def _cells(data: ResultSheetData, row: ResultRow) -> list[str]:
    cells = [format_rank(row), row.number, row.name]
    if data.id_numbers is not None:
        id_number = data.id_numbers.get(row.key, "")
        cells.append(mask_id_number(id_number) if id_number else "")
    cells.append(row.unit)
    cells.extend(format_mark(row.components.get(c), data.decimals) for c, _ in data.components)
    cells.append(format_mark(row.total, data.decimals))
    if data.show_ws_scale:
        cells.append(NOT_AVAILABLE if row.ws_scale is None else str(row.ws_scale))
    cells.extend([row.award, "、".join(row.titles), row.note if data.internal else _public(row)])
    return cells


def _public(row: ResultRow) -> str:
    """The note the public reads: absent, disqualified, out of competition, marks missing (why a
    row has no rank); never a flag meant for the judges (评分差异超限, 并列待裁判长裁定 …)."""
    parts = [] if row.status == "ok" else [STATUS_LABELS[row.status]]
    if FLAG_MISSING in row.flags:
        parts.append(FLAG_LABELS[FLAG_MISSING])
    return "；".join(parts)


def result_sheet_section(data: ResultSheetData, *, footer: str = "") -> TableSection:
    """The sheet as a section, so a caller can put several trades in one PDF."""
    rows = data.rows
    note_col = len(_columns(data)) - 1
    # Notes that need someone's attention (flags, absences) print in red.
    flagged = {
        (i, note_col): _ATTENTION
        for i, row in enumerate(rows)
        if (row.flags and data.internal) or row.status != "ok" or FLAG_MISSING in row.flags
    }

    group = f"（{data.group}）" if data.group else ""
    kind = sheet_kind(data)
    awarded = sum(1 for r in rows if r.award)
    closing = [
        "名次栏“并列”表示名次相同；“—”表示无成绩或不排名（成绩未录完、缺考、取消资格）。",
    ]
    if data.notice_period and not data.internal:
        closing.append(data.notice_period)
        closing.extend(data.objection)
    organizer = f"{data.organizer}（盖章）" if data.organizer and data.seal else data.organizer
    return TableSection(
        title=data.event_title,
        subtitle=f"{data.trade}{group}{kind}",
        columns=_columns(data),
        rows=[_cells(data, r) for r in rows],
        meta_left=f"参赛 {len(rows)} 人，获奖 {awarded} 人",
        meta_right=f"日期：{cn_date(data.date)}" if data.date else "",
        closing=closing,
        signatures=(*data.signatures, "日期"),
        sign_off=[line for line in (organizer, cn_date(data.date)) if line],
        colours=flagged,
        footer=footer,
        figures=[DistributionFigure(data.distribution, data.decimals)]
        if data.internal and data.distribution is not None and data.distribution.ranked
        else [],
        sizing_rows=None
        if data.sizing_rows is None
        else [_cells(data, r) for r in data.sizing_rows],
    )


def sheet_kind(data: ResultSheetData) -> str:
    """The document's name: the public notice, the plain result sheet, or the internal sheet."""
    if data.internal:
        return "成绩审核表（内部，不得公示）"
    return "成绩公示" if data.notice_period else "成绩表"


def footer_text(data: ResultSheetData) -> str:
    """Title, trade and group: the footer of every page, so a loose page still says what it is."""
    group = f"（{data.group}）" if data.group else ""
    return f"{data.event_title} · {data.trade}{group}{sheet_kind(data)}"


# Rank, number, name, unit, two components, total, award, title, note: what fits portrait A4.
PORTRAIT_MAX_COLUMNS = 10


def render_result_sheet(data: ResultSheetData) -> bytes:
    """The result sheet as PDF bytes.

    Portrait A4 for up to ten columns (the usual two components), landscape beyond that (a third
    component, ID numbers or the WorldSkills scale) or when the content cannot fit portrait.
    """
    group = f"（{data.group}）" if data.group else ""
    return render_sections(
        [result_sheet_section(data)],
        max_portrait_columns=PORTRAIT_MAX_COLUMNS,
        title=f"{data.event_title} {data.trade}{group}成绩",
        footer_left=footer_text(data),
        draft=data.draft,
    )
