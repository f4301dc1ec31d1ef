"""The first sheet of an old Excel 97-2003 workbook (.xls), read with python-calamine.

The same refusals as for an XLSX: a hidden first sheet, date cells, a damaged file, in the
organiser's words; numbers come back as Excel stored them and are turned into text as for XLSX.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

from competition_app.domain.errors import Problem, ValidationError

_OLE2 = bytes.fromhex("D0CF11E0A1B11AE1")


def xls_records(path: Path, data: bytes, cell_text: Callable[[object], str]) -> Iterator[list[str]]:
    """Rows of the first sheet as text; `data` is the file's bytes, already size-checked."""
    from python_calamine import CalamineWorkbook, SheetVisibleEnum

    name = path.name
    if not data.startswith(_OLE2):
        kind = "XLSX" if data.startswith(b"PK") else "其他格式"
        raise ValidationError(
            [
                Problem(
                    name, f"不是有效的 XLS 文件（内容是{kind}）；请在 Excel 中另存为 XLSX 后再导入"
                )
            ]
        )
    try:
        wb = CalamineWorkbook.from_path(str(path))
        sheets = wb.sheets_metadata
        if not sheets:
            raise ValidationError([Problem(name, "工作簿中没有工作表")])
        if sheets[0].visible != SheetVisibleEnum.Visible:
            raise ValidationError(
                [Problem(name, f"第一个工作表“{sheets[0].name}”是隐藏的；"
                               "请把要导入的表放在第一个并显示它")]
            )  # fmt: skip
        rows = wb.get_sheet_by_index(0).to_python(skip_empty_area=False)
    except ValidationError:
        raise
    except Exception as e:  # calamine raises its own kinds for a damaged or encrypted file
        raise ValidationError([Problem(name, f"无法读取此 XLS 文件：{e}")]) from None
    for number, row in enumerate(rows, start=1):
        for column, v in enumerate(row, start=1):
            if isinstance(v, datetime | date | time | timedelta):
                raise ValidationError(
                    [Problem(f"{name}:{number}:{column}",
                             "单元格是日期或时间格式，请改为文本格式后重新输入")]
                )  # fmt: skip
        yield [cell_text(v) for v in row]
