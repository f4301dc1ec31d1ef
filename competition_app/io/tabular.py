"""Reads a CSV or an XLSX sheet, refusing what it cannot read for certain instead of guessing.

A CSV is decoded strictly (text_encoding: UTF-8, UTF-16 with a BOM, or GB18030 that reads as
Chinese; anything else refused naming the encoding it most likely is). An XLSX is checked as a
ZIP first (a renamed CSV, a truncated file) and its parts' sizes are capped before openpyxl
expands them; an old .xls is read by xls_sheet. Every refusal is a `file:row:column: reason`
problem.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from operator import itemgetter
from pathlib import Path

from competition_app.domain.errors import Problem, ProblemList, ValidationError
from competition_app.io.formula_safety import QUOTE, csv_cell_read
from competition_app.io.text_encoding import decode_text

__all__ = ["Sheet", "SheetStream", "decode_text", "open_sheet", "read_sheet"]


@dataclass(frozen=True)
class Sheet:
    """A table read from a file. Row numbers are those a spreadsheet shows (the header is row 1)."""

    source: str  # file name used in problem locations
    header: tuple[str, ...]  # canonical column names
    rows: tuple[tuple[int, dict[str, str]], ...]

    def __len__(self) -> int:
        return len(self.rows)


# Caps on what an XLSX may expand to, checked on the sizes its ZIP declares before parsing.
MAX_XLSX_PART_BYTES = 64 * 1024 * 1024  # the shared strings of 100 000 contestants are ~10 MB
MAX_XLSX_TOTAL_BYTES = 256 * 1024 * 1024
# A registration or score file is a few megabytes; refuse what cannot be one before reading it.
MAX_FILE_BYTES = 200 * 1024 * 1024
# One field of a CSV (csv's own default); a longer one is refused, not truncated.
MAX_FIELD_CHARS = 131_072

# Invisible characters that make "1001" differ from 1001; reported, not silently kept.
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
# Any character _cell_problem refuses: an invisible one, or a control character but tab and
# line breaks.
_SUSPECT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f" + "".join(sorted(_INVISIBLE)) + "]")


def _read_bytes(path: Path) -> bytes:
    name = path.name
    try:
        if path.is_dir():
            raise ValidationError([Problem(name, "这是一个文件夹，不是文件")])
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ValidationError(
                [Problem(name, f"文件有 {size} 字节，超过上限 {MAX_FILE_BYTES} 字节")]
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise ValidationError([Problem(name, f"文件不存在：{path}")]) from None
    except PermissionError:
        raise ValidationError([Problem(name, f"没有读取权限：{path}")]) from None
    except OSError as e:
        raise ValidationError([Problem(name, f"无法读取：{e.strerror or e}")]) from None


def _csv_records(path: Path) -> Iterator[list[str]]:
    text = decode_text(_read_bytes(path), path.name)  # the bytes let go once decoded
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], ",;\t")
    except csv.Error:
        dialect = csv.excel
    quoted = QUOTE in text  # else no cell can be one our export protected (a file of 10^6)
    reader = csv.reader(_text_lines(text), dialect)
    try:
        if not quoted:
            yield from reader
            return
        for record in reader:
            # a cell our own export protected from running as a formula starts with a quote
            yield [csv_cell_read(v) for v in record] if QUOTE in "".join(record) else record
    except csv.Error as e:
        raise ValidationError(
            [Problem(f"{path.name}:{reader.line_num}", f"CSV 格式错误：{e}")]
        ) from None


def _text_lines(text: str, block: int = 1 << 20) -> Iterator[str]:
    """The lines of `text` exactly as one io.StringIO of it gives them, a block at a time: a
    StringIO holds its text four bytes a character, and a score file of 10^6 marks is 20 MB."""
    start, end_of_text = 0, len(text)
    while start < end_of_text:
        end = text.find("\n", start + block)
        end = end_of_text if end < 0 else end + 1  # cut just after a newline, as StringIO would
        yield from io.StringIO(text[start:end])
        start = end


def _picked_rows(
    stream: SheetStream, names: tuple[str, ...]
) -> Iterator[tuple[int, tuple[str, ...]]]:
    """The stream's rows, each as a tuple of the values of `names` ("" where the file has no
    such column): cells trimmed, a row of empty cells no row, and the problems of its cells (a
    value past the header's columns, an invisible or control character, an over-long cell)
    gathered in the stream as it goes, in the header's order. `rows` (dicts) and
    `SheetStream.tuples` both read this way."""
    source, problems, header = stream.source, stream.problems, stream.columns
    where = {h: i for i, h in enumerate(header) if h}
    order = tuple(where.get(n) for n in names)
    width = len(header)
    # every column there (the usual full-width row of a million): taken in one step, stripped
    pick = itemgetter(*order) if None not in order and len(order) > 1 else None
    strip = str.strip
    checked = [(h, names.index(h)) for h in header if h]  # in the header's order, as _rows
    for number, record in enumerate(stream.records, start=2):
        size = len(record)
        if pick is not None and size >= width:
            values = tuple(map(strip, pick(record)))
        else:
            values = tuple("" if i is None or i >= size else record[i].strip() for i in order)
        if size > width and any(v.strip() for v in record[width:]):
            problems.append(Problem(f"{source}:{number}", "该行的值比表头的列多"))
        joined = "".join(values)
        if joined:  # a row with a value in it (a row of empty cells is no row)
            if len(joined) > MAX_FIELD_CHARS or _SUSPECT.search(joined):
                for column, at in checked:
                    reason = _cell_problem(values[at])
                    if reason:
                        problems.append(Problem(f"{source}:{number}:{column}", reason))
            stream.count += 1
            yield number, values


def _cell_text(value: object) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, float) and abs(value) >= 1e15:
        # past Excel's 15 digits a number is not what was typed: shown as Excel stores it
        # (5.00105199003121e+17), so an ID number typed into a number cell is told as such
        return f"{value:.15g}"
    if isinstance(value, float) and value.is_integer():
        # Excel stores 1001 as 1001.0; the organiser typed 1001.
        return str(int(value))
    if isinstance(value, float):
        return repr(value)
    return str(value).strip()


def _check_xlsx(path: Path) -> None:
    """Refuse a file that is not a whole XLSX, or whose parts would expand too far, before
    openpyxl reads it (it would build the shared strings in memory first)."""
    name = path.name
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
            names = {i.filename for i in infos}
    except zipfile.BadZipFile:
        raise ValidationError(
            [Problem(name, "不是有效的 XLSX 文件（已损坏、不完整，或是改了扩展名的其他文件）")]
        ) from None
    if "xl/workbook.xml" not in names:
        raise ValidationError([Problem(name, "不是 Excel 工作簿（缺少 xl/workbook.xml）")])
    total = 0
    for info in infos:
        if info.file_size > MAX_XLSX_PART_BYTES:
            raise ValidationError(
                [Problem(name, f"{info.filename} 解压后 {info.file_size} 字节，超过上限 "
                               f"{MAX_XLSX_PART_BYTES} 字节")]
            )  # fmt: skip
        total += info.file_size
    if total > MAX_XLSX_TOTAL_BYTES:
        raise ValidationError(
            [Problem(name, f"解压后共 {total} 字节，超过上限 {MAX_XLSX_TOTAL_BYTES} 字节")]
        )


def _has_formulas(path: Path) -> bool:
    """Whether any worksheet holds a formula (`<f>`), found without parsing the XML: only such
    files pay for the second pass that finds formulas with no saved result."""
    with zipfile.ZipFile(path) as z:
        for info in z.infolist():
            if not info.filename.startswith("xl/worksheets/"):
                continue
            tail = b""
            with z.open(info) as f:
                for block in iter(lambda: f.read(1 << 20), b""):
                    chunk = tail + block
                    if b"<f>" in chunk or b"<f " in chunk:
                        return True
                    tail = chunk[-3:]
    return False


def _formulas_of_first_sheet(path: Path) -> Iterator[tuple[object, ...]]:
    """The first sheet's rows as written (formulas as `=...` text), beside the values read."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=False)
    try:
        yield from wb.worksheets[0].iter_rows(values_only=True)
    finally:
        wb.close()


_TEXT_OR_EMPTY = {str, type(None)}


def _xlsx_records(path: Path) -> Iterator[list[str]]:
    from openpyxl import load_workbook

    name = path.name
    _read_bytes(path)  # missing, a folder, too big: the same words as for a CSV
    _check_xlsx(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises many kinds for a damaged file; none is a bug here
        raise ValidationError([Problem(name, f"无法读取此 XLSX 文件：{e}")]) from None
    try:
        if not wb.worksheets:
            raise ValidationError([Problem(name, "工作簿中没有工作表")])
        ws = wb.worksheets[0]
        if ws.sheet_state != "visible":
            raise ValidationError(
                [
                    Problem(
                        name, f"第一个工作表“{ws.title}”是隐藏的；请把要导入的表放在第一个并显示它"
                    )
                ]
            )
        formulas = _formulas_of_first_sheet(path) if _has_formulas(path) else None
        try:
            for number, row in enumerate(ws.iter_rows(values_only=True), start=1):
                # the usual row, all text or empty, with no formula to look for: nothing to check
                if formulas is None and set(map(type, row)) <= _TEXT_OR_EMPTY:
                    yield [v.strip() if v else "" for v in row]
                    continue
                shown = next(formulas, ()) if formulas is not None else ()
                for column, v in enumerate(row, start=1):
                    f = shown[column - 1] if column <= len(shown) else None
                    if v is None and isinstance(f, str) and f.startswith("="):
                        raise ValidationError(
                            [Problem(f"{name}:{number}:{column}",
                                     "公式单元格没有保存计算结果；请在 Excel 中打开并保存，"
                                     "或把公式换成数值")]
                        )  # fmt: skip
                    if isinstance(v, datetime | date | time):
                        raise ValidationError(
                            [Problem(f"{name}:{number}:{column}",
                                     "单元格是日期或时间格式，请改为文本格式后重新输入")]
                        )  # fmt: skip
                yield [_cell_text(v) for v in row]
        except ValidationError:
            raise
        except Exception as e:  # a truncated or malformed sheet part
            raise ValidationError([Problem(name, f"工作表内容已损坏，无法读取：{e}")]) from None
    finally:
        wb.close()


def _cell_problem(value: str) -> str:
    """Why a cell's text cannot be taken as it is, or ""."""
    if len(value) > MAX_FIELD_CHARS:
        return f"内容有 {len(value)} 个字符，超过上限 {MAX_FIELD_CHARS}"
    if any(ch in _INVISIBLE for ch in value):
        return "含有看不见的字符（零宽空格等），请删除后重新输入"
    if any(ord(ch) < 32 and ch not in "\t\n\r" for ch in value):
        return "含有控制字符（如 NUL）"
    return ""


@dataclass
class SheetStream:
    """A table being read row by row: a score file of a million rows is never held whole.

    `rows` yields (row number, values) once; the problems of its cells gather in `problems`
    as it goes, and `finish` raises them (or that there was no row) once it has run out.
    """

    source: str
    header: tuple[str, ...]
    rows: Iterator[tuple[int, dict[str, str]]]
    problems: list[Problem]
    count: int = 0  # the rows yielded so far
    # what `rows` and `tuples` read from: the file's records and its header as read, a
    # column's name or "" for a column not read
    records: Iterator[list[str]] = field(default_factory=lambda: iter(()), repr=False)
    columns: tuple[str, ...] = field(default=(), repr=False)

    def tuples(self, names: Sequence[str]) -> Iterator[tuple[int, tuple[str, ...]]]:
        """The rows as `rows` gives them, each as a tuple of the values of `names` in that
        order ("" where the file has no such column), instead of a dict: reading a score file
        of a million rows took a fifth less. `names` must name every column of the header.
        Read either `rows` or this, once."""
        assert set(self.header) <= set(names), (self.header, names)
        return _picked_rows(self, tuple(names))

    def finish(self) -> None:
        if not self.count and not self.problems:
            self.problems.append(Problem(f"{self.source}:2", "文件只有表头，没有数据行"))
        if self.problems:
            raise ValidationError(self.problems)

    def whole(self) -> Sheet:
        """The rest of the table read into a Sheet (or the problems raised)."""
        rows = tuple(self.rows)
        self.finish()
        return Sheet(source=self.source, header=self.header, rows=rows)


def read_sheet(
    path: Path,
    columns: Callable[[str], str | None],
    *,
    required: Sequence[str] = (),
) -> Sheet:
    """Read `path`, mapping each header through `columns` (None: unknown column, refused).

    Refuses, listing every problem: unknown or repeated columns, missing required ones.
    """
    return open_sheet(path, columns, required=required).whole()


def open_sheet(
    path: Path,
    columns: Callable[[str], str | None],
    *,
    required: Sequence[str] = (),
) -> SheetStream:
    """Start reading `path` as read_sheet does: the header is checked now (its problems
    raised), the rows are read as the stream is."""

    path = Path(path)
    name = path.name
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        records = _xlsx_records(path)
    elif suffix == ".xls":
        from competition_app.io.xls_sheet import xls_records

        records = xls_records(path, _read_bytes(path), _cell_text)
    elif suffix in (".csv", ".txt", ".tsv"):
        records = _csv_records(path)
    else:
        raise ValidationError(
            [Problem(name, f"不支持的文件类型“{suffix}”，请使用 CSV、XLSX 或 XLS")]
        )
    try:
        raw_header = next(records)
    except StopIteration:
        raise ValidationError([Problem(name, "文件是空的")]) from None
    problems: list[Problem] = ProblemList()  # the cells' problems gather here too
    header: list[str] = []
    for raw in raw_header:
        raw = raw.strip().lstrip("\ufeff")
        if not raw:
            header.append("")
            continue
        canonical = columns(raw)
        if canonical is None:
            problems.append(Problem(f"{name}:1:{raw}", f"未知的列“{raw}”"))
            header.append("")
        elif canonical in header:
            problems.append(Problem(f"{name}:1:{raw}", f"列“{raw}”重复"))
            header.append("")
        else:
            header.append(canonical)
    for req in required:
        if req not in header:
            problems.append(Problem(f"{name}:1", f"缺少必需的列“{req}”"))
    if problems:
        raise ValidationError(problems)
    stream = SheetStream(
        source=name,
        header=tuple(h for h in header if h),
        rows=iter(()),
        problems=problems,
        records=records,
        columns=tuple(header),
    )
    stream.rows = _rows(stream)
    return stream


def _rows(stream: SheetStream) -> Iterator[tuple[int, dict[str, str]]]:
    """The rows as dicts of the header's columns: `_picked_rows` in the header's order."""
    names = stream.header
    for number, values in _picked_rows(stream, names):
        yield number, dict(zip(names, values, strict=True))
