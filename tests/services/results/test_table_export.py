"""Lists written as shown, every cell text, so Excel keeps 18-digit ID numbers whole."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from competition_app.services.results.table_export import write_text_table


def test_xlsx_cells_are_text(tmp_path):
    path = write_text_table(
        tmp_path / "名单",
        ["参赛证号", "身份证号"],
        [["0012", "500105199001011234"]],
        title="选手名单",
    )
    assert path.suffix == ".xlsx"
    ws = load_workbook(path).active
    assert ws.title == "选手名单"
    assert [c.value for c in ws[2]] == ["0012", "500105199001011234"]
    assert ws["B2"].number_format == "@"


def test_csv_has_a_bom_for_excel(tmp_path):
    path = write_text_table(tmp_path / "a.csv", ["姓名"], [["王伟"]])
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")


def test_a_full_disk_gives_one_error_and_no_stray_exception_later(tiny_disk, monkeypatch):
    """openpyxl writing straight into a zip on a full disk left writers that failed again when
    garbage-collected (“Exception ignored … Traceback” on the terminal)."""
    import gc
    import sys

    from competition_app.safe_write import WriteFailed

    stray: list[object] = []
    monkeypatch.setattr(sys, "unraisablehook", stray.append)
    body = [[f"{n:04d}", "张三" * 20, "330106199001011234"] for n in range(2000)]
    with pytest.raises(WriteFailed, match="磁盘空间已满"):
        write_text_table(tiny_disk / "list.xlsx", ["number", "name", "id"], body)
    gc.collect()
    assert stray == []
    assert list(tiny_disk.iterdir()) == []
