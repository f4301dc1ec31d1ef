"""A rules table: rows added with their defaults, moved and removed by its buttons."""

from __future__ import annotations

from competition_app.ui.common.rows_model import Column, RowsModel
from competition_app.ui.setup.rules_table import RulesTable, int_or_text


def names(model: RowsModel) -> list[str]:
    return [r["name"] for r in model.rows()]


def test_add_move_and_remove_through_the_buttons(qtbot):
    model = RowsModel([Column("code", "代码"), Column("name", "名称")])
    table = RulesTable(model, (80, 120), lambda: {"code": "x", "name": "新"}, movable=True)
    qtbot.addWidget(table)
    add, remove, up, down = table.buttons
    assert [b.text() for b in table.buttons] == ["添加", "删除", "上移", "下移"]
    model.set_rows([{"code": "a", "name": "甲"}, {"code": "b", "name": "乙"}])
    add.click()
    assert names(model) == ["甲", "乙", "新"]
    assert table.view.currentIndex().row() == 2  # the new row, ready to type into
    up.click()
    assert names(model) == ["甲", "新", "乙"]
    down.click()
    assert names(model) == ["甲", "乙", "新"]
    up.click()
    table.view.setCurrentIndex(model.index(0, 0))
    remove.click()
    assert names(model) == ["新", "乙"]


def test_read_only_disables_the_buttons_and_the_cells(qtbot):
    model = RowsModel([Column("name", "名称")])
    table = RulesTable(model, (120,), lambda: {"name": ""})
    qtbot.addWidget(table)
    model.set_rows([{"name": "甲"}])
    assert len(table.buttons) == 2  # not movable: no 上移/下移
    table.set_read_only(True)
    assert not any(b.isEnabled() for b in table.buttons)
    assert not model.setData(model.index(0, 0), "乙")


def test_whole_numbers_become_ints_and_anything_else_stays_as_typed():
    assert int_or_text(" 5 ") == 5
    assert int_or_text("2.5") == "2.5"
    assert int_or_text("五") == "五"
