"""Reads a CSV or an XLSX sheet, refusing what it cannot read for certain instead of guessing.

A CSV is decoded strictly: UTF-8 (with or without BOM), UTF-16 with a BOM (Excel's "Unicode
text", tab-separated), or GB18030 when the text reads as Chinese (what Chinese Excel writes). Anything else (Shift-JIS, Big5, Latin-1,
UTF-16 without a BOM) is refused naming the encoding it most likely is, never read as mojibake.
An XLSX is checked as a ZIP first (a renamed CSV, a truncated file) and its parts' sizes are capped
before openpyxl expands them; an old .xls is read by xls_sheet. Every refusal is a `file:row:column: reason` problem.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from competition_app.domain.errors import Problem, ValidationError
from competition_app.io.formula_safety import QUOTE, csv_cell_read


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

_GB_FAMILY = {"gb18030", "gbk", "gb2312", "hz", "cp936"}
# Characters a Chinese registration file does not hold but mojibake of Japanese, Korean or
# Big5 text decoded as GB18030 does: kana, hangul, the private-use area, box drawing.
_NOT_CHINESE = (
    (0x3040, 0x30FF),
    (0x1100, 0x11FF),
    (0x3130, 0x318F),
    (0xAC00, 0xD7AF),
    (0xE000, 0xF8FF),
    (0x2500, 0x257F),
)
# Invisible characters that make "1001" differ from 1001; reported, not silently kept.
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
# Any character _cell_problem refuses: an invisible one, or a control character but tab and
# line breaks.
_SUSPECT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f" + "".join(sorted(_INVISIBLE)) + "]")


def _where(data: bytes, pos: int) -> tuple[int, int]:
    """(line, column) of byte `pos`, both from 1, columns counted in bytes."""
    line = data.count(b"\n", 0, pos) + 1
    start = data.rfind(b"\n", 0, pos) + 1
    return line, pos - start + 1


# Encodings a person preparing a registration file may have heard of. charset-normalizer often
# ranks an obscure code page first for a short Western text (cp775, cp1250, mac_latin2 for
# "José Müller"); such a guess is replaced by a well-known one where the text bears it out.
_WELL_KNOWN = {
    "utf_8", "utf_16", "utf_16_le", "utf_16_be", "utf_32", "gb18030", "gbk", "gb2312", "big5",
    "cp950", "big5hkscs", "cp932", "shift_jis", "euc_jp", "euc_kr", "cp949", "cp1252", "latin_1",
    "iso8859_15", "cp1251", "koi8_r",
}  # fmt: skip
_WESTERN = "Latin-1/cp1252（西欧文字）"


def _reads_as_western(data: bytes) -> bool:
    """Decoded as cp1252, is this Western European text: every non-ASCII character a letter,
    and most letters plain ASCII (Cyrillic or Greek bytes give words of accented letters)?"""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    extra = [ch for ch in text if ord(ch) >= 0x80]
    if not extra or not all(ch.isalpha() for ch in extra):
        return False
    ascii_letters = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return ascii_letters >= 2 * len(extra)


def _likely_encoding(data: bytes) -> str:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # a bundle built without it still refuses, just without the guess
        return ""
    sample = data[:65536]
    matches = list(from_bytes(sample))
    if not matches:
        return ""
    best = matches[0]
    if best.encoding in _WELL_KNOWN:
        return _WESTERN if best.encoding in ("cp1252", "latin_1") else str(best.encoding)
    if _reads_as_western(sample):
        return _WESTERN
    language = best.language
    for m in matches:  # a well-known code page of the same language (cp1125 -> cp1251)
        if m.encoding in _WELL_KNOWN and language != "Unknown" and m.language == language:
            return str(m.encoding)
    return str(best.encoding)


def _guesses(data: bytes) -> list[str]:
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        return []
    return [str(m.encoding) for m in from_bytes(data[:65536])]


def _reads_as_chinese(text: str) -> bool:
    for ch in text:
        o = ord(ch)
        if o < 0x80:
            continue
        if any(lo <= o <= hi for lo, hi in _NOT_CHINESE):
            return False
    return True


def _refuse_encoding(name: str, data: bytes, pos: int, why: str) -> ValidationError:
    line, col = _where(data, pos)
    guess = _likely_encoding(data)
    named = f"，看起来是 {guess} 编码" if guess and guess.lower() not in _GB_FAMILY else ""
    return ValidationError(
        [
            Problem(
                f"{name}:{line}:{col}",
                f"{why}{named}；请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后再导入",
            )
        ]
    )


def decode_text(data: bytes, name: str = "") -> str:
    """The text of a CSV, decoded strictly; ValidationError naming the place and the likely
    encoding when it is not UTF-8, UTF-16 with a BOM, or Chinese text in GB18030."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8")
        except UnicodeDecodeError as e:
            raise _refuse_encoding(
                name, data, e.start + 3, "标为 UTF-8 的文件中有无效字节"
            ) from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise _refuse_encoding(name, data, e.start, "标为 UTF-16 的文件中有无效字节") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        utf8_error = e.start
    if b"\x00" in data[:4096]:  # UTF-16 without its BOM: half the bytes are zero
        raise _refuse_encoding(
            name, data, data.index(b"\x00"), "文件不是 UTF-8 编码（可能是无 BOM 的 UTF-16）"
        )
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise _refuse_encoding(
            name, data, utf8_error, "文件既不是 UTF-8 也不是 GB18030 编码"
        ) from None
    guesses = _guesses(data)
    if _reads_as_chinese(text) and (not guesses or any(g.lower() in _GB_FAMILY for g in guesses)):
        return text
    raise _refuse_encoding(
        name, data, utf8_error, "文件不是 UTF-8 编码，按 GB18030 读出的也不是中文"
    )


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
    data = _read_bytes(path)
    text = decode_text(data, path.name)
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], ",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            raise ValidationError(
                [Problem(f"{path.name}:{reader.line_num}", f"CSV 格式错误：{e}")]
            ) from None
        # a cell our own export protected from running as a formula starts with a quote
        yield [csv_cell_read(v) for v in record] if QUOTE in "".join(record) else record


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


def read_sheet(
    path: Path,
    columns: Callable[[str], str | None],
    *,
    required: Sequence[str] = (),
) -> Sheet:
    """Read `path`, mapping each header through `columns` (None: unknown column, refused).

    Refuses, listing every problem: unknown or repeated columns, missing required ones.
    """
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
    problems: list[Problem] = []
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
    rows: list[tuple[int, dict[str, str]]] = []
    known = [(i, h) for i, h in enumerate(header) if h]
    width = len(header)
    for number, record in enumerate(records, start=2):
        # a score file has a million rows: the usual full-width row takes the short way
        if len(record) >= width:
            values = {h: record[i].strip() for i, h in known}
            if len(record) > width and any(v.strip() for v in record[width:]):
                problems.append(Problem(f"{name}:{number}", "该行的值比表头的列多"))
        else:
            values = {h: (record[i].strip() if i < len(record) else "") for i, h in known}
        if any(values.values()):
            joined = "".join(values.values())
            # one search of the whole row; only a row it finds something in is checked cell by cell
            if len(joined) > MAX_FIELD_CHARS or _SUSPECT.search(joined):
                for column, v in values.items():
                    reason = _cell_problem(v)
                    if reason:
                        problems.append(Problem(f"{name}:{number}:{column}", reason))
            rows.append((number, values))
    if not rows and not problems:
        problems.append(Problem(f"{name}:2", "文件只有表头，没有数据行"))
    if problems:
        raise ValidationError(problems)
    return Sheet(source=name, header=tuple(h for h in header if h), rows=tuple(rows))
