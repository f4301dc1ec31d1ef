"""Writes the sample registration workbook shipped with the app (resources/samples/报名表模板.xlsx).

Run after changing the columns the importer accepts, and commit the result:

    .venv/bin/python packaging/make_sample_workbook.py

The first sheet is the form itself (the importer reads the first sheet), with example rows an
organizer overwrites; the second sheet says how to fill it in.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

from competition_app.domain.entries import STATUS_LABELS
from competition_app.domain.id_number import check_digit

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "resources" / "samples" / "报名表模板.xlsx"
FORM_SHEET = "报名表"
HELP_SHEET = "填写说明"
# (header, width, required, what to write)
COLUMNS: tuple[tuple[str, int, bool, str], ...] = (
    ("参赛证号", 12, True, "每名选手唯一，如 1001；也可写作“参赛号”“准考证号”"),
    ("姓名", 10, True, "选手姓名"),
    ("工种", 10, True, "工种名称或代码，须与赛事中设置的工种一致，如 钳工 或 fitter"),
    ("单位", 34, False, "工作单位或学校全称，印在证书和成绩公示表上"),
    ("代表队", 14, False, "团体总分按代表队统计；不计团体可留空"),
    ("组别", 10, False, "如 职工组、学生组；不分组可留空"),
    ("身份证号", 22, False, "18 位，按国家标准核对校验位；公示表上只显示前 4 位和后 4 位"),
    ("性别", 6, False, "男 或 女"),
    ("状态", 12, False, "正常（默认）、缺考、取消资格 或 不参与评奖"),
)
ROWS_WITH_FORMAT = 500  # rows prepared with text format and drop-down lists


def _id_number(area: str, born: str, seq: str) -> str:
    first17 = area + born + seq
    return first17 + check_digit(first17)


EXAMPLES: tuple[tuple[str, ...], ...] = (
    ("1001", "王伟", "钳工", "重庆长安汽车股份有限公司", "长安汽车", "职工组",
     _id_number("500105", "19900312", "153"), "男", "正常"),
    ("1002", "李娜", "钳工", "重庆机床集团有限责任公司", "重庆机床", "职工组",
     _id_number("500112", "19950721", "246"), "女", "正常"),
    ("1003", "张强", "钳工", "江北区职业教育中心", "江北职教", "学生组",
     _id_number("500103", "20040105", "371"), "男", "正常"),
    ("2001", "刘洋", "电工", "国网重庆市电力公司江北供电分公司", "江北供电", "职工组",
     _id_number("500106", "19881130", "015"), "男", "正常"),
    ("2002", "陈静", "电工", "重庆川仪自动化股份有限公司", "川仪", "职工组",
     _id_number("330106", "19921008", "422"), "女", "缺考"),
)  # fmt: skip

HELP_LINES = (
    "报名表填写说明",
    "",
    "1. 在“报名表”工作表中每行填写一名选手，第 1 行的列名不要改动；示例行可直接覆盖或删除。",
    "2. 必填列：参赛证号、姓名、工种。其余列可以留空。",
    "3. 列名也可以用英文：number, name, trade, unit, team, group, id_number, gender, status。",
    "4. 身份证号、参赛证号请保持“文本”格式（本表已设好），以免 Excel 把它们变成科学计数法。",
    "5. 导入前程序会检查每一行，有问题的会逐条列出（第几行、哪一列、什么问题），"
    "全部改正后才会导入，不会只导入一半。",
    "6. 也可以另存为 CSV（UTF-8 或 GBK 均可）后导入。",
    "",
    "各列说明：",
)


def build() -> Workbook:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = FORM_SHEET
    head_font = Font(bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor="2563EB")
    required_fill = PatternFill("solid", fgColor="B91C1C")
    thin = Side(style="thin", color="94A3B8")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for col, (header, width, required, _note) in enumerate(COLUMNS, start=1):
        cell = ws.cell(row=1, column=col, value=header)
        cell.font = head_font
        cell.fill = required_fill if required else fill
        cell.alignment = Alignment(horizontal="center", vertical="center")
        cell.border = border
        letter = cell.column_letter
        ws.column_dimensions[letter].width = width
    for r, example in enumerate(EXAMPLES, start=2):
        for col, value in enumerate(example, start=1):
            ws.cell(row=r, column=col, value=value)
    for r in range(2, ROWS_WITH_FORMAT + 2):
        for col in (1, 7):  # number and ID number stay text
            ws.cell(row=r, column=col).number_format = "@"
    ws.freeze_panes = "A2"
    ws.row_dimensions[1].height = 22
    last = ROWS_WITH_FORMAT + 1
    gender = DataValidation(type="list", formula1='"男,女"', allow_blank=True)
    gender.error, gender.errorTitle = "请填写 男 或 女", "性别"
    status = DataValidation(
        type="list", formula1='"' + ",".join(STATUS_LABELS.values()) + '"', allow_blank=True
    )
    status.error, status.errorTitle = "请从列表中选择", "状态"
    ws.add_data_validation(gender)
    ws.add_data_validation(status)
    gender.add(f"H2:H{last}")
    status.add(f"I2:I{last}")

    help_ws = wb.create_sheet(HELP_SHEET)
    help_ws.column_dimensions["A"].width = 14
    help_ws.column_dimensions["B"].width = 8
    help_ws.column_dimensions["C"].width = 80
    for i, line in enumerate(HELP_LINES, start=1):
        cell = help_ws.cell(row=i, column=1, value=line)
        if i == 1:
            cell.font = Font(bold=True, size=14)
    start = len(HELP_LINES) + 1
    for col, text in enumerate(("列名", "必填", "填写要求"), start=1):
        help_ws.cell(row=start, column=col, value=text).font = Font(bold=True)
    for i, (header, _w, required, note) in enumerate(COLUMNS, start=start + 1):
        help_ws.cell(row=i, column=1, value=header)
        help_ws.cell(row=i, column=2, value="是" if required else "")
        help_ws.cell(row=i, column=3, value=note)
    # Fixed dates, so regenerating without changes gives the same document properties.
    wb.properties.creator = "competition-app"
    wb.properties.created = datetime(2024, 1, 1)
    wb.properties.modified = datetime(2024, 1, 1)
    return wb


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else OUTPUT
    out.parent.mkdir(parents=True, exist_ok=True)
    build().save(out)
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
