"""The re-check list (抽样复核名单): every drawn score sheet with its stored marks, a box to tick
and room to write the corrected mark, and the checkers' signatures."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from competition_app.reports.dates import cn_date
from competition_app.reports.paged_table import CheckBox, Column
from competition_app.reports.table_document import TableSection, render_sections


@dataclass(frozen=True)
class RecheckMark:
    criterion: str  # "e1 接线工艺"
    judge: str  # the judge's code, "" for a criterion's one mark
    mark: str  # as stored, exactly ("8.5")


@dataclass(frozen=True)
class RecheckSheet:
    label: str  # entry number, or the work-piece code while a blind trade is not decrypted
    name: str  # "" while identities are hidden
    part: str  # 前列全检 / 随机抽查 / 扩大全检
    marks: Sequence[RecheckMark]


@dataclass(frozen=True)
class RecheckListData:
    event_title: str
    trade: str
    seed: int
    rule: str  # how the list was drawn, in words, with the seed
    sheets: Sequence[RecheckSheet]
    hidden: bool = False  # identities hidden: codes only, no name column
    status: str = ""  # the re-check's progress when printed
    date: date | str = ""


def render_recheck_list(data: RecheckListData) -> bytes:
    """One row per stored mark, grouped by sheet: the checker ticks 无误 or writes the mark
    the paper sheet shows, then signs."""
    columns = [
        Column("序号", 8),
        Column("工件号" if data.hidden else "参赛证号", 14),
    ]
    if not data.hidden:
        columns.append(Column("姓名", 12, flex=1, whole_mm=40))
    columns += [
        Column("类别", 14),
        Column("评分项", 24, align="left", flex=2),
        Column("裁判", 10),
        Column("录入分数", 14, align="right"),
        Column("无误", 9),
        Column("更正为", 18),
        Column("复核人", 16),
    ]
    rows: list[list[object]] = []
    for i, sheet in enumerate(data.sheets, 1):
        for j, m in enumerate(sheet.marks or [RecheckMark("（无分数）", "", "")]):
            first = j == 0
            row: list[object] = [str(i) if first else "", sheet.label if first else ""]
            if not data.hidden:
                row.append(sheet.name if first else "")
            row += [
                sheet.part if first else "",
                m.criterion,
                m.judge or "-",
                m.mark,
                CheckBox(),
                "",
                "",
            ]
            rows.append(row)
    intro = [data.rule] + ([f"打印时进度：{data.status}"] if data.status else [])
    section = TableSection(
        title=data.event_title,
        subtitle=f"{data.trade}抽样复核名单",
        columns=columns,
        rows=rows,  # str or a CheckBox flowable, as Cell allows
        meta_left=f"共 {len(data.sheets)} 份评分表（种子 {data.seed}）",
        meta_right=f"日期：{cn_date(data.date)}" if data.date else "",
        intro=intro,
        closing=[
            "逐项核对原始评分表：分数一致的在“无误”栏打 √；不一致的在“更正为”栏写原始评分表上的分数，"
            "并在程序中录入更正（记入审计日志）。每份评分表核对完毕后复核人签名。"
        ],
        signatures=("复核人签字", "裁判长签字", "日期"),
        min_row_height_mm=7,
        footer=f"{data.trade}　抽样复核名单（种子 {data.seed}）",
    )
    return render_sections([section], title=f"抽样复核名单 {data.trade}", footer_left=data.trade)
