"""Tables sort Chinese names by pinyin and numbers inside texts as numbers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from competition_app.ui.common.table_support import TableColumn, TupleTableModel


def sorted_column(
    values: list[str], order: Qt.SortOrder = Qt.SortOrder.AscendingOrder
) -> list[str]:
    model = TupleTableModel([TableColumn("v", "V")])
    model.set_rows([(v,) for v in values], list(range(len(values))))
    model.sort(0, order)
    return [model.index(r, 0).data() for r in range(model.rowCount())]


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (
            ["张伟", "李娜", "王芳", "阿明", "赵敏", "欧阳修"],
            ["阿明", "李娜", "欧阳修", "王芳", "张伟", "赵敏"],
        ),
        (["1002", "998", "1010", "99.5"], ["99.5", "998", "1002", "1010"]),
        (["KRW-10", "KRW-9", "KRW-100"], ["KRW-9", "KRW-10", "KRW-100"]),
        (["nan", "inf", "12"], ["12", "inf", "nan"]),
    ],
    ids=["pinyin", "numbers", "codes", "words-not-numbers"],
)
def test_natural_order(qt_app, values, expected):
    assert sorted_column(values) == expected


def test_descending_and_payload_follow(qt_app):
    model = TupleTableModel([TableColumn("v", "V")])
    model.set_rows([("张伟",), ("李娜",)], ["z", "l"])
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [model.payload(r) for r in range(2)] == ["z", "l"]
