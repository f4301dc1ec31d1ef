"""Writing a list as shown on screen to XLSX or CSV, every cell kept as text (ID numbers intact)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from competition_app import safe_write
from competition_app.io.result_tables import workbook_bytes, write_csv

# Excel shows an 18-digit ID number stored as a number as 5.00105E+17 and loses its last digits,
# so lists of people are written with every cell as text.
TEXT_FORMAT = "@"


def write_text_table(
    path: Path, header: Sequence[str], body: Sequence[Sequence[str]], *, title: str = ""
) -> Path:
    """Write `body` under `header` to `path` (.csv with a BOM for Excel, anything else .xlsx)."""
    path = Path(path)
    if path.suffix.lower() == ".csv":
        write_csv(path, header, body, bom=True)
        return path
    if path.suffix.lower() != ".xlsx":
        path = path.with_suffix(".xlsx")
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = (title or "Sheet1")[:31]
    ws.append(list(header))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for line in body:
        ws.append([str(v) for v in line])
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.number_format = TEXT_FORMAT
    for i, name in enumerate(header, start=1):
        longest = max([len(str(name))] + [len(str(r[i - 1])) for r in body[:500] if i - 1 < len(r)])
        ws.column_dimensions[get_column_letter(i)].width = min(max(8, longest * 1.6 + 2), 60)
    ws.freeze_panes = "A2"
    safe_write.write_bytes(path, workbook_bytes(wb))  # built in memory: see workbook_bytes
    return path
