"""The one writer of tables to files: XLSX workbooks and CSV, for the CLI and every window export.

XLSX: a sheet per table, an optional title row (event and trade) above a bold, frozen header
with an autofilter; numbers as numbers in the trade's decimals, identifiers as text cells, widths
from the content. CSV: UTF-8 with a BOM (what Excel on a Chinese Windows needs to see UTF-8) or
GBK (code page 936, which older Excel assumes); a name GBK cannot hold (陈𠮷) is refused with its
row, never written as "?". Both make text that would run as a formula inert (formula_safety).
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from competition_app import safe_write
from competition_app.domain.errors import Problem, ValidationError
from competition_app.io.formula_safety import csv_cell, runs_as_formula

CellValue = str | int | Decimal | None
# --encoding on the command line and the CSV choices of the window's save dialogs.
CSV_ENCODINGS = ("utf-8", "gbk")
CsvEncoding = Literal["utf-8", "gbk"]
TEXT_FORMAT = "@"
MAX_WIDTH = 60
# Rows measured for the column widths: a 30 000-row list need not be measured whole.
_WIDTH_SAMPLE = 2000
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class Column:
    title: str
    number: bool = False  # a number written as one, shown with `decimals` places
    decimals: int = 0

    @property
    def number_format(self) -> str:
        if not self.number:
            return TEXT_FORMAT  # Excel keeps 0012 and 18-digit ID numbers whole even when edited
        return "0." + "0" * self.decimals if self.decimals else "0"


@dataclass(frozen=True)
class Table:
    name: str  # the sheet's name
    columns: tuple[Column, ...]
    rows: Sequence[Sequence[CellValue]]
    title: str = ""  # a title row above the header; "" puts the header in row 1

    @property
    def header(self) -> list[str]:
        return [c.title for c in self.columns]


def list_table(
    name: str, header: Sequence[str], body: Sequence[Sequence[str]], title: str = ""
) -> Table:
    """A list shown on screen, every cell text."""
    return Table(name, tuple(Column(h) for h in header), body, title)


# -- CSV --------------------------------------------------------------------------------------


def csv_text(header: Sequence[str], body: Sequence[Sequence[object]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    # With "\n" line ends Python 3.11 leaves a bare "\r" unquoted, which ends the row for a
    # reader; such a rare row is quoted whole.
    quoted = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_ALL)
    for line in [[csv_cell(str(h)) for h in header], *([_csv_value(v) for v in r] for r in body)]:
        (quoted if any("\r" in v for v in line) else w).writerow(line)
    return buf.getvalue()


def _csv_value(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, str):
        return csv_cell(v)
    return format(v, "f") if isinstance(v, Decimal) else str(v)


def csv_bytes(
    header: Sequence[str],
    body: Sequence[Sequence[object]],
    encoding: CsvEncoding = "utf-8",
    *,
    source: str = "",
) -> bytes:
    """The CSV as bytes in `encoding`; ValidationError naming each cell GBK cannot hold."""
    text = csv_text(header, body)
    if encoding == "utf-8":
        return "\ufeff".encode() + text.encode("utf-8")
    try:
        return text.encode("gbk")
    except UnicodeEncodeError:
        raise ValidationError(_not_gbk(header, body, source)) from None


def _not_gbk(header: Sequence[str], body: Sequence[Sequence[object]], source: str) -> list[Problem]:
    problems = []
    for number, line in enumerate([header, *body], start=1):
        for column, value in zip(header, line, strict=False):
            text = "" if value is None else str(value)
            bad = [ch for ch in text if not _in_gbk(ch)]
            if bad:
                problems.append(
                    Problem(
                        f"{source}:{number}:{column}",
                        f"“{text}”中的“{''.join(dict.fromkeys(bad))}”不能用 GBK 编码；"
                        "请改用 UTF-8 导出（默认，Excel 可直接打开）",
                    )
                )
    return problems


def _in_gbk(ch: str) -> bool:
    try:
        ch.encode("gbk")
    except UnicodeEncodeError:
        return False
    return True


def write_csv(
    path: Path,
    header: Sequence[str],
    body: Sequence[Sequence[object]],
    encoding: CsvEncoding = "utf-8",
) -> Path:
    path = Path(path)
    safe_write.write_bytes(path, csv_bytes(header, body, encoding, source=path.name))
    return path


# -- XLSX -------------------------------------------------------------------------------------


def workbook_path(path: Path) -> Path:
    """`path` with the `.xlsx` a save dialog may have left off."""
    path = Path(path)
    return path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")


def write_xlsx(path: Path, tables: Sequence[Table]) -> Path:
    """Each table on its own sheet, in order, at exactly `path`."""
    from openpyxl import Workbook

    path = Path(path)
    # write-only: a 30 000-contestant list streams out instead of being held as cell objects
    wb = Workbook(write_only=True)
    used: set[str] = set()
    for table in tables or [Table("Sheet1", (), [])]:
        _write_sheet(wb.create_sheet(_sheet_name(table.name, used)), table)
    safe_write.write_bytes(path, workbook_bytes(wb))  # built in memory: see workbook_bytes
    return path


def write_table(path: Path, table: Table, encoding: CsvEncoding = "utf-8") -> Path:
    """A list exported from the window: `.csv` as CSV, anything else as an XLSX workbook."""
    if Path(path).suffix.lower() == ".csv":
        return write_csv(path, table.header, table.rows, encoding)
    return write_xlsx(workbook_path(path), [table])


def _write_sheet(ws: Any, table: Table) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    # A write-only sheet writes its panes and widths with the first row: they come first.
    top = 2 if table.title else 1
    ws.freeze_panes = f"A{top + 1}"
    for j, width in enumerate(_widths(table), start=1):
        ws.column_dimensions[get_column_letter(j)].width = width
    last = get_column_letter(max(len(table.columns), 1))
    ws.auto_filter.ref = f"A{top}:{last}{top + max(len(table.rows), 1)}"

    def text(value: str, font: Any = None) -> Any:
        cell = WriteOnlyCell(ws, value=value)
        _keep_text(cell, value)
        if font is not None:
            cell.font = font
        return cell

    if table.title:
        ws.append([text(table.title, Font(bold=True, size=14))])
    bold = Font(bold=True)
    ws.append([text(c.title, bold) for c in table.columns])
    for row in table.rows:
        line: list[Any] = []
        for j, column in enumerate(table.columns):
            v = row[j] if j < len(row) else None
            if v is None or v == "":
                line.append(None)
                continue
            cell = (
                WriteOnlyCell(ws, value=v)
                if column.number and not isinstance(v, str)
                else text(str(v))
            )
            cell.number_format = column.number_format
            line.append(cell)
        ws.append(line)


def _widths(table: Table) -> list[int]:
    widths = [display_width(c.title) for c in table.columns]
    for row in table.rows[:_WIDTH_SAMPLE]:
        for j, column in enumerate(table.columns):
            v = row[j] if j < len(row) else None
            if v is not None:
                widths[j] = max(widths[j], display_width(_shown(v, column)))
    return [min(max(6, w + 2), MAX_WIDTH) for w in widths]


def _keep_text(cell: Any, text: str) -> None:
    # openpyxl makes a cell starting with "=" a formula; a string cell with Excel's "typed as
    # text" mark is shown as the text and is not run, even when the cell is edited.
    if runs_as_formula(text):
        cell.data_type = "s"
        cell.quotePrefix = True


def _shown(v: CellValue, column: Column) -> str:
    if column.number and isinstance(v, int | Decimal):
        return format(Decimal(v), f".{column.decimals}f")
    return str(v)


def display_width(s: str) -> int:
    """Width in Excel's character units: a Chinese character is two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _sheet_name(name: str, used: set[str]) -> str:
    """A name Excel accepts: at most 31 characters, none of []:*?/\\, unique in the workbook."""
    base = _SHEET_NAME_BAD.sub("_", name).strip("'") or "Sheet"
    candidate, n = base[:31], 1
    while candidate.lower() in used:
        n += 1
        suffix = f" ({n})"
        candidate = base[: 31 - len(suffix)] + suffix
    used.add(candidate.lower())
    return candidate


def workbook_bytes(wb: Any) -> bytes:
    """The workbook as bytes, built in memory: a zip written straight to a full disk leaves
    openpyxl's and zipfile's half-closed writers to fail again when collected, printing
    “Exception ignored … Traceback” after the one-line message."""
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
