"""The export dialog's file types decide a CSV's encoding: GBK only when that type is chosen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from competition_app.ui.common import prompts


@pytest.mark.parametrize(
    ("chosen", "encoding"),
    [
        pytest.param(lambda: prompts.gbk_filter(), "gbk", id="gbk"),
        pytest.param(lambda: prompts.export_filters().split(";;")[1], "utf-8", id="utf-8"),
        pytest.param(lambda: prompts.export_filters().split(";;")[0], "utf-8", id="xlsx"),
    ],
)
def test_the_chosen_file_type_gives_the_encoding(qapp, monkeypatch, tmp_path, chosen, encoding):
    offered: list[str] = []

    def dialog(parent, title, suggested, filters):
        offered.append(filters)
        return str(tmp_path / "成绩.csv"), chosen()

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    assert prompts.save_table(None, "导出", "成绩.xlsx") == (Path(tmp_path / "成绩.csv"), encoding)
    assert offered[0].count("*.csv") == 2 and "*.xlsx" in offered[0]


def test_cancelling_the_dialog_exports_nothing(qapp, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    assert prompts.save_table(None, "导出", "成绩.xlsx") is None
