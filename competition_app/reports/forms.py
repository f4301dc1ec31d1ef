"""Competition-day forms: check-in sheet, lot result, score forms, desk cards, team standings.

Each takes a small dataclass of plain data and returns PDF bytes.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

from reportlab import rl_config
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from competition_app.domain.id_number import mask_id_number
from competition_app.domain.results import TeamStanding
from competition_app.reports.dates import cn_date
from competition_app.reports.font_runs import FallbackCanvas as Canvas
from competition_app.reports.fonts import SANS, register_fonts
from competition_app.reports.paged_table import CheckBox, Column
from competition_app.reports.result_sheet import format_mark
from competition_app.reports.styles import INK, MUTED
from competition_app.reports.table_document import TableSection, render_sections
from competition_app.reports.text_fit import fit_text


def _trade_group(trade: str, group: str) -> str:
    return f"{trade}（{group}）" if group else trade


# --- 检录表 check-in sheet -----------------------------------------------------------------


@dataclass(frozen=True)
class CheckinEntry:
    seat: str  # 工位号 / 赛位号 drawn by lot
    number: str  # 参赛证号
    name: str
    unit: str
    id_number: str = ""  # printed masked


@dataclass(frozen=True)
class CheckinSheetData:
    event_title: str
    trade: str
    session: str  # e.g. "第1场  08:30—11:30"
    entries: Sequence[CheckinEntry]
    group: str = ""
    venue: str = ""
    date: date | str = ""


def render_checkin_sheet(data: CheckinSheetData) -> bytes:
    """检录表: one row per contestant of the session, with room to sign and a 缺考 box."""
    return render_sections(
        [checkin_sheet_section(data)],
        title=f"检录表 {data.trade} {data.session}",
        footer_left=data.session,
    )


def checkin_sheet_section(data: CheckinSheetData) -> TableSection:
    """One session's check-in sheet, so several sessions can share one PDF."""
    columns = [
        Column("序号", 7),
        Column("工位号", 10),
        Column("参赛证号", 14),
        Column("姓名", 12, flex=1, whole_mm=45),
        Column("单位", 30, align="left", flex=3),
        Column("身份证号", 20),
        Column("选手签名", 32, flex=2),
        Column("缺考", 8),
    ]
    rows = [
        [str(i), e.seat, e.number, e.name, e.unit,
         mask_id_number(e.id_number) if e.id_number else "", "", CheckBox()]
        for i, e in enumerate(data.entries, 1)
    ]  # fmt: skip
    place = "　".join(x for x in (data.venue, cn_date(data.date) if data.date else "") if x)
    section = TableSection(
        title=data.event_title,
        subtitle=f"{_trade_group(data.trade, data.group)}检录表",
        columns=columns,
        rows=rows,
        meta_left=f"场次：{data.session}",
        meta_right=place,
        closing=[f"应到 {len(rows)} 人，实到 ______ 人，缺考 ______ 人。缺考者在“缺考”栏内打 √。"],
        signatures=("检录员签字", "裁判长签字", "日期"),
        min_row_height_mm=9,
    )
    return section


# --- 抽签结果 lot result ---------------------------------------------------------------------


@dataclass(frozen=True)
class LotEntry:
    number: str
    name: str
    unit: str
    session: str  # 场次
    seat: str  # 工位号
    order: str = ""  # 出场顺序, where the trade has one


@dataclass(frozen=True)
class LotResultData:
    event_title: str
    trade: str
    entries: Sequence[LotEntry]  # in the order to print (usually by session, then seat)
    group: str = ""
    date: date | str = ""
    note: str = ""  # e.g. how and when the lots were drawn


def render_lot_result(data: LotResultData) -> bytes:
    """抽签结果: who competes in which session and at which workstation."""
    with_order = any(e.order for e in data.entries)
    columns = [
        Column("序号", 7),
        Column("参赛证号", 14),
        Column("姓名", 12, flex=1, whole_mm=45),
        Column("单位", 40, align="left", flex=4),
        Column("场次", 10),
        Column("工位号", 10),
    ]
    if with_order:
        columns.append(Column("出场顺序", 15))
    rows = []
    for i, e in enumerate(data.entries, 1):
        row = [str(i), e.number, e.name, e.unit, e.session, e.seat]
        if with_order:
            row.append(e.order)
        rows.append(row)
    section = TableSection(
        title=data.event_title,
        subtitle=f"{_trade_group(data.trade, data.group)}抽签结果",
        columns=columns,
        rows=rows,
        meta_left=f"共 {len(rows)} 人",
        meta_right=f"抽签日期：{cn_date(data.date)}" if data.date else "",
        closing=[data.note] if data.note else [],
        signatures=("抽签负责人签字", "监督员签字", "日期"),
    )
    return render_sections([section], title=f"抽签结果 {data.trade}", footer_left=data.trade)


# --- 评分表 blank judge score form -------------------------------------------------------------


@dataclass(frozen=True)
class ScoreFormData:
    """A blank form for one criterion. Contestants appear by code only: there is no name here,
    so a judge's paper can never reveal whose work is whose."""

    event_title: str
    trade: str
    criterion_code: str
    criterion_name: str
    max_mark: Decimal
    codes: Sequence[str]  # 加密号 as printed (JFS-693), in marking order
    group: str = ""
    session: str = ""
    judge: str = ""  # e.g. "裁判员 3号"; blank for a form any judge may take
    # Rows to print when there are no codes yet: the form then has no code column at all.
    blank_rows: int = 0


def score_form_section(data: ScoreFormData) -> TableSection:
    criterion = f"{data.criterion_code}　{data.criterion_name}"
    # The criterion heads the mark column, so every continuation page repeats it.
    mark = Column(f"{data.criterion_name} 得分（满分 {data.max_mark}）", 40, flex=1)
    intro: list[str] = []
    if data.codes:
        columns = [Column("序号", 10), Column("加密号", 26), mark, Column("备注", 40, flex=2)]
        rows = [[str(i), code, "", ""] for i, code in enumerate(data.codes, 1)]
    else:
        columns = [Column("序号", 10), mark, Column("备注", 40, flex=2)]
        rows = [[str(i), "", ""] for i in range(1, data.blank_rows + 1)]
        intro.append("加密号尚未生成：本表不列加密号，评分时请在备注栏写明工件上的加密号。")
    meta = "　".join(x for x in (f"场次：{data.session}" if data.session else "", data.judge) if x)
    return TableSection(
        title=data.event_title,
        subtitle=f"{_trade_group(data.trade, data.group)}评分表",
        columns=columns,
        rows=rows,
        meta_left=f"评分项目：{criterion}",
        meta_right=f"满分：{data.max_mark} 分" + (f"　{meta}" if meta else ""),
        intro=intro,
        closing=["得分不得超过满分，未评的项目请留空，不要填 0；改动处请划改并签名。"],
        signatures=("评分裁判签字", "日期"),
        min_row_height_mm=8,
        font_size=11,
        footer=f"{_trade_group(data.trade, data.group)}　评分项目：{criterion}",
    )


def render_score_forms(forms: Sequence[ScoreFormData]) -> bytes:
    """Blank score forms, one criterion per section (each starts a new page)."""
    if not forms:
        raise ValueError("no score forms to print")
    first = forms[0]
    return render_sections(
        [score_form_section(f) for f in forms],
        title=f"评分表 {first.trade}",
        footer_left=_trade_group(first.trade, first.group),
        landscape_pages=False,
    )


# --- 团体成绩 team standings --------------------------------------------------------------------


@dataclass(frozen=True)
class TeamStandingsData:
    event_title: str
    standings: Sequence[TeamStanding]
    scope: str = "团体总分"  # what is ranked, e.g. "钳工团体" or "团体总分"
    basis: str = ""  # e.g. "按各代表队前 3 名选手总成绩之和排名"
    decimals: int = 2
    date: date | str = ""
    organizer: str = ""


def render_team_standings(data: TeamStandingsData) -> bytes:
    columns = [
        Column("名次", 14),
        Column("代表队", 80, align="left", flex=1),
        Column("总分", 24, align="right"),
        Column("计入人数", 18),
    ]
    rows = [
        [str(s.rank), s.team, format_mark(s.total, data.decimals), str(s.counted)]
        for s in data.standings
    ]
    section = TableSection(
        title=data.event_title,
        subtitle=f"{data.scope}排名",
        columns=columns,
        rows=rows,
        meta_left=data.basis,
        meta_right=f"日期：{cn_date(data.date)}" if data.date else "",
        signatures=("审核人签字", "裁判长签字"),
        sign_off=[x for x in (data.organizer, cn_date(data.date)) if x],
        font_size=10.5,
    )
    return render_sections([section], title=f"{data.scope}排名", footer_left=data.scope)


# --- 桌签 desk cards ----------------------------------------------------------------------------


@dataclass(frozen=True)
class DeskCard:
    """A card for a workstation: the entry number (or code) big, then the workstation."""

    number: str
    trade: str
    workstation: str = ""
    event_title: str = ""
    session: str = ""
    group: str = ""


_CARD_ACCENT = HexColor("#a4161a")


def _centred(canvas: Canvas, text: str, font: str, size: float, cx: float, y: float,
             width: float, min_size: float) -> None:  # fmt: skip
    fit = fit_text(text, font, size, width, min_size=min_size)
    canvas.setFont(font, fit.size)
    for i, line in enumerate(fit.lines):
        canvas.drawCentredString(cx, y - i * fit.leading, line)


def _desk_card(canvas: Canvas, card: DeskCard, x: float, y: float, w: float, h: float) -> None:
    pad = 8 * mm
    cx, inner = x + w / 2, w - 2 * pad
    canvas.setStrokeColor(_CARD_ACCENT)
    canvas.setLineWidth(2)
    canvas.rect(x + 5 * mm, y + 5 * mm, w - 10 * mm, h - 10 * mm)
    canvas.setFillColor(MUTED)
    if card.event_title:
        _centred(canvas, card.event_title, SANS, 13, cx, y + h - 18 * mm, inner, 7)
    canvas.setFillColor(INK)
    _centred(canvas, _trade_group(card.trade, card.group), SANS, 22, cx, y + h - 32 * mm, inner, 9)
    big = card.number or card.workstation
    label = "参赛证号" if card.number else "工位号"
    fit = fit_text(big, SANS, min(h * 0.3, 110), inner, min_size=20)
    # Centre the number between the trade line above and the workstation line below.
    top, bottom = y + h - 40 * mm, y + h * 0.17 + 12 * mm
    baseline = (top + bottom) / 2 - fit.size * 0.3
    canvas.setFillColor(INK)
    canvas.setFont(SANS, fit.size)
    for i, line in enumerate(fit.lines):
        canvas.drawCentredString(cx, baseline - i * fit.leading, line)
    canvas.setFillColor(MUTED)
    _centred(canvas, label, SANS, 12, cx, baseline + fit.size * 0.8 + 4 * mm, inner, 8)
    if card.number and card.workstation:
        canvas.setFillColor(_CARD_ACCENT)
        _centred(canvas, f"工位号 {card.workstation}", SANS, 24, cx, y + h * 0.17, inner, 10)
    if card.session:
        canvas.setFillColor(MUTED)
        _centred(canvas, card.session, SANS, 11, cx, y + 9 * mm, inner, 7)


def render_desk_cards(cards: Sequence[DeskCard], *, per_page: Literal[2, 4] = 2) -> bytes:
    """桌签, 2 (A4 halves) or 4 (A4 quarters) per portrait A4 sheet, with dashed cut lines."""
    if per_page not in (2, 4):
        raise ValueError("per_page must be 2 or 4")
    register_fonts()
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4, initialFontName=SANS, invariant=rl_config.invariant)
    canvas.setTitle("桌签")
    canvas.setCreator("competition_app")
    pw, ph = A4
    cols = 1 if per_page == 2 else 2
    cw, ch = pw / cols, ph / 2
    slots = [(c * cw, ph - (r + 1) * ch) for r in range(2) for c in range(cols)]
    for start in range(0, len(cards), per_page):
        for card, (x, y) in zip(cards[start : start + per_page], slots, strict=False):
            _desk_card(canvas, card, x, y, cw, ch)
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.4)
        canvas.setDash(3, 3)
        canvas.line(0, ph / 2, pw, ph / 2)
        if cols == 2:
            canvas.line(pw / 2, 0, pw / 2, ph)
        canvas.setDash()
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


# --- 加密表 sealed code lists --------------------------------------------------------------------

CodeLayer = Literal[1, 2]


@dataclass(frozen=True)
class CodeListData:
    """One layer of a trade's blind codes, printed for the encryption judge to seal.

    Layer 1 (一次加密) maps entry numbers to check-in codes; layer 2 (二次加密) maps check-in codes
    to work-piece codes. Each is kept by a different person, so neither alone links a work piece
    to a contestant.
    """

    event_title: str
    trade: str
    layer: CodeLayer
    rows: Sequence[tuple[str, ...]]  # layer 1: (number, name, check-in code); 2: (check-in, work)
    digest: str  # fingerprint of the whole code table, to compare at decryption
    printed_by: str = ""
    printed_at: str = ""  # e.g. "2026年11月22日 09:30"


_LAYERS: dict[int, tuple[str, list[Column]]] = {
    1: (
        "一次加密表（参赛证号 → 检录号）",
        [
            Column("序号", 10),
            Column("参赛证号", 24),
            Column("姓名", 24, flex=1, whole_mm=45),
            Column("检录号（一次加密）", 40, flex=1),
        ],
    ),
    2: (
        "二次加密表（检录号 → 工件号）",
        [
            Column("序号", 10),
            Column("检录号", 40, flex=1),
            Column("工件号（二次加密）", 40, flex=1),
        ],
    ),
}


def code_list_section(data: CodeListData) -> TableSection:
    name, columns = _LAYERS[data.layer]
    keeper = "一次加密裁判" if data.layer == 1 else "二次加密裁判"
    rows = [[str(i), *row] for i, row in enumerate(data.rows, 1)]
    return TableSection(
        title=data.event_title,
        subtitle=f"{data.trade}{name}　（密）",
        columns=columns,
        rows=rows,
        meta_left=f"共 {len(rows)} 人　表指纹：{data.digest[:16]}",
        meta_right=data.printed_at,
        intro=[
            f"本表由{keeper}保管，打印后当场装入信封密封，由{keeper}和监督员在封口处签字。"
            "成绩经裁判长锁定前不得拆封；拆封与解密均记入审计日志。"
        ],
        closing=[
            "解密时软件核对表指纹：与生成加密号时记录的指纹不符，说明加密号被改动过。"
            + (f"　打印人：{data.printed_by}" if data.printed_by else "")
        ],
        signatures=(f"{keeper}签字", "监督员签字", "密封时间"),
        font_size=11,
    )


def render_code_lists(lists: Sequence[CodeListData]) -> bytes:
    """Sealed code lists, one layer per section (each from a new page, so they part cleanly)."""
    if not lists:
        raise ValueError("no code lists to print")
    first = lists[0]
    return render_sections(
        [code_list_section(x) for x in lists],
        title=f"加密表 {first.trade}",
        footer_left=f"{first.trade}加密表（密）",
        landscape_pages=False,
    )
