"""The bundled registration form, offered on the contestants page and in a refused import."""

from __future__ import annotations

import csv
from typing import Any

import pytest
from openpyxl import load_workbook

from competition_app.ui.registration.contestants_view import ContestantsView
from competition_app.ui.registration.registration_template import template_path

from ..helpers import wait_task


@pytest.fixture
def view(qtbot: Any, session: Any) -> ContestantsView:
    v = ContestantsView(session)
    qtbot.addWidget(v)
    v.show()
    v.activate()
    wait_task(qtbot, v)
    return v


def test_save_a_copy_of_the_template_where_the_user_chooses(view, tmp_path, answers):
    answers["save"] = None
    assert view.save_template() is None  # cancelled: nothing written
    answers["save"] = tmp_path / "我们的报名表"
    written = view.save_template()
    assert written == tmp_path / "我们的报名表.xlsx"
    assert written.read_bytes() == template_path().read_bytes()
    assert load_workbook(written).active.max_column >= 5
    assert "已保存报名表模板" in view.messages.text()
    assert view.template_button.isEnabled()


def test_a_refused_import_offers_the_template(qtbot, view, tmp_path, answers):
    bad = tmp_path / "bad.csv"
    with bad.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows([["参赛证号", "姓名"], ["3001", ""]])
    view.import_file(bad)
    wait_task(qtbot, view, "import_task")
    dialog = view.preview_dialog
    qtbot.addWidget(dialog)
    assert dialog.template_button.text() == "下载报名表模板…"
    answers["save"] = tmp_path / "模板.xlsx"
    dialog.template_button.click()
    assert (tmp_path / "模板.xlsx").exists()
