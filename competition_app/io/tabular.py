"""Reads a CSV (UTF-8 with or without BOM, or GBK as Excel saves it in China) or an XLSX sheet."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from competition_app.domain.errors import Problem, ValidationError


@dataclass(frozen=True)
class Sheet:
    """A table read from a file. Row numbers are those a spreadsheet shows (the header is row 1)."""

    source: str  # file name used in problem locations
    header: tuple[str, ...]  # canonical column names
    rows: tuple[tuple[int, dict[str, str]], ...]

    def __len__(self) -> int:
        return len(self.rows)


def decode_text(data: bytes) -> str:
    """UTF-8 (a BOM is dropped) when it decodes, else GBK/GB18030, what Chinese Excel writes."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def _csv_records(path: Path) -> Iterator[list[str]]:
    text = decode_text(path.read_bytes())
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], ",;\t")
    except csv.Error:
        dialect = csv.excel
    yield from csv.reader(io.StringIO(text), dialect)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        # Excel stores 1001 as 1001.0; the organiser typed 1001.
        return str(int(value))
    if isinstance(value, float):
        return repr(value)
    return str(value).strip()


def _xlsx_records(path: Path) -> Iterator[list[str]]:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        ws = wb.worksheets[0]
        for row in ws.iter_rows(values_only=True):
            yield [_cell_text(v) for v in row]
    finally:
        wb.close()


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
    elif suffix in (".csv", ".txt", ".tsv"):
        records = _csv_records(path)
    else:
        raise ValidationError([Problem(name, f"不支持的文件类型“{suffix}”，请使用 CSV 或 XLSX")])
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
            rows.append((number, values))
    if problems:
        raise ValidationError(problems)
    return Sheet(source=name, header=tuple(h for h in header if h), rows=tuple(rows))
