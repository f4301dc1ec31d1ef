"""What the people pages share (RosterView), seen on the judges page: filters that keep their
choice, the count, rights on the buttons, and an export of exactly the rows shown."""

from __future__ import annotations

import csv
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox

from competition_app.ui.common.roster_view import RosterView
from competition_app.ui.registration.judges_view import JudgesView
from competition_app.ui.window.session import EventSession


def test_a_filter_keeps_its_choice_while_still_offered(qtbot):
    combo = QComboBox()
    qtbot.addWidget(combo)
    RosterView.fill_filter(combo, "全部", ["钳工", "焊工"])
    combo.setCurrentIndex(combo.findData("焊工"))
    RosterView.fill_filter(combo, "全部", ["焊工", "电工"])
    assert combo.currentData() == "焊工"
    RosterView.fill_filter(combo, "全部", ["电工"])
    assert combo.currentText() == "全部" and combo.currentData() is None


@pytest.fixture
def judges(qtbot: Any, session: Any) -> JudgesView:
    v = JudgesView(session)
    qtbot.addWidget(v)
    v.show()
    v.activate()
    return v


def test_the_export_holds_the_rows_shown(judges, tmp_path):
    judges.search.setText("裁判长")
    shown = judges.proxy.rowCount()
    assert 0 < shown < judges.model.rowCount()
    assert judges.count_label.text() == f"共 {judges.model.rowCount()} 人，显示 {shown} 人"
    path = judges.export_file(tmp_path / "judges.csv")
    assert path is not None
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert len(rows) - 1 == shown


def test_a_user_without_the_right_has_no_edit_buttons(qtbot, staff, demo_event_id):
    page = JudgesView(EventSession(staff["viewer"], demo_event_id))
    qtbot.addWidget(page)
    page.show()
    page.activate()
    page.table.selectRow(0)
    assert not page.add_button.isEnabled() and not page.import_button.isEnabled()
    assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()
