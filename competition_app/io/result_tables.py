"""Results and standings as rows of text: CSV (Excel-friendly), XLSX, and an aligned terminal table."""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from competition_app import safe_write
from competition_app.domain.results import ResultRow, TeamStanding
from competition_app.domain.rounding import round_mark
from competition_app.domain.rules import TradeRules


def format_mark(value: Decimal | None, rules: TradeRules) -> str:
    """A mark shown with exactly the trade's decimals; "" when not entered."""
    if value is None:
        return ""
    return format(round_mark(value, rules.rounding.decimals, rules.rounding.mode), "f")


def result_table(
    rows: Sequence[ResultRow], rules: TradeRules, *, with_group: bool
) -> tuple[list[str], list[list[str]]]:
    header = ["rank", "number", "name", "unit"]
    if with_group:
        header.append("group")
    header += [c.code for c in rules.components]
    header += ["total", "award", "title", "note"]
    if rules.show_ws_scale:
        header.insert(header.index("award"), "ws_scale")
    body = []
    for r in rows:
        line = ["" if r.rank is None else str(r.rank), r.number, r.name, r.unit]
        if with_group:
            line.append(r.group)
        line += [format_mark(r.components.get(c.code), rules) for c in rules.components]
        line.append(format_mark(r.total, rules))
        if rules.show_ws_scale:
            line.append("" if r.ws_scale is None else str(r.ws_scale))
        line += [r.award, "、".join(r.titles), r.note]
        body.append(line)
    return header, body


def standings_table(standings: Sequence[TeamStanding]) -> tuple[list[str], list[list[str]]]:
    return ["rank", "team", "total", "counted"], [
        [str(t.rank), t.team, format(t.total, "f"), str(t.counted)] for t in standings
    ]


def to_csv(header: Sequence[str], body: Sequence[Sequence[str]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(body)
    return buf.getvalue()


def write_csv(
    path: Path, header: Sequence[str], body: Sequence[Sequence[str]], *, bom: bool = False
) -> None:
    """Plain UTF-8 for programs; `bom` for Excel on a Chinese Windows, which needs it."""
    safe_write.write_text(Path(path), ("\ufeff" if bom else "") + to_csv(header, body))


def write_xlsx(
    path: Path, header: Sequence[str], body: Sequence[Sequence[str]], *, title: str = ""
) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title[:31] or "Sheet1")
    ws.append(list(header))
    for line in body:
        ws.append([_typed(v) for v in line])
    safe_write.write_bytes(Path(path), workbook_bytes(wb))


def workbook_bytes(wb: Any) -> bytes:
    """The workbook as bytes, built in memory: a zip written straight to a full disk leaves
    openpyxl's and zipfile's half-closed writers to fail again when collected, printing
    “Exception ignored … Traceback” after the one-line message."""
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _typed(v: str) -> object:
    # Marks and ranks stay numbers in Excel so organisers can sort and sum them; long digit
    # strings (ID numbers) and ones with leading zeros (entry numbers) stay text.
    try:
        if (
            v
            and len(v) <= 12
            and v.lstrip("-").replace(".", "", 1).isdigit()
            and not (v.startswith("0") and len(v) > 1 and not v.startswith("0."))
        ) or v == "0":
            return int(v) if "." not in v else Decimal(v)
    except ValueError:
        pass
    return v


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def text_table(header: Sequence[str], body: Sequence[Sequence[str]]) -> str:
    """Columns aligned for a terminal, counting a Chinese character as two cells."""
    widths = [max([_width(h)] + [_width(r[i]) for r in body]) for i, h in enumerate(header)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            c + " " * (w - _width(c)) for c, w in zip(cells, widths, strict=True)
        ).rstrip()

    sep = "  ".join("-" * w for w in widths)
    return "\n".join([line(header), sep, *(line(r) for r in body)])
