"""Contestants: filters, add/edit/delete with inline checks, import preview, export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from competition_app.domain.id_number import check_digit
from competition_app.io.registration import ContestantRow
from competition_app.services.registration.contestants import (
    ContestantInfo,
    list_contestants,
    write_contestants,
)
from competition_app.ui.common.table_support import FilterProxy, make_table
from competition_app.ui.registration.contestant_model import ContestantTableModel
from competition_app.ui.registration.contestants_view import ContestantsView

from ..helpers import wait_task


def valid_id(body: str = "50010519900101123") -> str:
    return body + check_digit(body)


@pytest.fixture
def view(qtbot: Any, session: Any) -> ContestantsView:
    v = ContestantsView(session)
    qtbot.addWidget(v)
    v.resize(1200, 700)
    v.show()
    v.activate()
    wait_task(qtbot, v)
    return v


def test_lists_and_filters(view):
    assert view.model.rowCount() == 240
    assert view.count_label.text() == "共 240 人，显示 240 人"
    view.set_filter("trade", "钳工")
    assert view.proxy.rowCount() == 48
    view.set_filter("group", "学生组")
    assert view.proxy.rowCount() == 24
    view.set_filter("status", "缺考")
    assert view.proxy.rowCount() == 2
    view.set_filter("trade", None)
    view.set_filter("group", None)
    assert view.proxy.rowCount() == 10  # two absent per trade
    view.set_filter("status", None)
    view.search.setText("1017")  # matches entry numbers and ID numbers alike
    shown = {view.model.info(view.proxy.source_row(r)).number for r in range(view.proxy.rowCount())}
    assert "1017" in shown
    assert view.count_label.text() == f"共 240 人，显示 {len(shown)} 人"
    view.search.setText("")
    unit = view.model.info(0).unit
    view.set_filter("unit", unit)
    assert all(
        view.model.info(view.proxy.source_row(r)).unit == unit for r in range(view.proxy.rowCount())
    )


def test_add_dialog_checks_the_id_number_as_typed(qtbot, view, ctx, demo_event_id):
    dialog = view.add()
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()  # number and name are required
    assert dialog.errors["number"].text() == "参赛证号为空"
    dialog.number.setText("2001")
    dialog.name.setText("李明")
    assert dialog.save_button.isEnabled()
    good = valid_id()
    bad = good[:-1] + ("0" if good[-1] != "0" else "1")
    dialog.id_number.setText(bad)
    assert dialog.errors["id_number"].isVisibleTo(dialog)
    assert "校验位" in dialog.errors["id_number"].text()
    assert not dialog.save_button.isEnabled()
    dialog.id_number.setText(good)
    assert not dialog.errors["id_number"].isVisibleTo(dialog)
    dialog.trade.setCurrentIndex(dialog.trade.findData("fitter"))
    dialog.group.setCurrentText("职工组")
    dialog.unit.setText("江北区职业教育中心")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    wait_task(qtbot, view)
    added = next(c for c in list_contestants(ctx, demo_event_id) if c.number == "2001")
    assert (added.name, added.id_number, added.group, added.team) == (
        "李明",
        good,
        "职工组",
        "江北区职业教育中心",
    )
    assert view.model.rowCount() == 241
    assert "已保存选手 2001" in view.messages.text()


def test_a_duplicate_number_is_shown_beside_the_field(qtbot, view, ctx, demo_event_id):
    dialog = view.add()
    qtbot.addWidget(dialog)
    dialog.number.setText("1001")
    dialog.name.setText("重复")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert "已存在" in dialog.errors["number"].text()
    assert dialog.number.property("invalid") is True
    assert len(list_contestants(ctx, demo_event_id)) == 240


def test_edit_and_delete(qtbot, view, ctx, demo_event_id, answers):
    assert view.select_number("1002")
    dialog = view.edit_selected()
    qtbot.addWidget(dialog)
    assert (
        dialog.name.text()
        == view.model.info(
            view.proxy.source_row(view.table.selectionModel().selectedRows()[0].row())
        ).name
    )
    dialog.name.setText("改过的名字")
    dialog.save_button.click()
    wait_task(qtbot, view)
    assert (
        next(c for c in list_contestants(ctx, demo_event_id) if c.number == "1002").name
        == "改过的名字"
    )
    assert view.select_number("1002")
    answers["confirm"] = False
    view.delete_selected()
    assert len(list_contestants(ctx, demo_event_id)) == 240
    answers["confirm"] = True
    view.delete_selected()
    wait_task(qtbot, view)
    assert "1002" in answers["asked"][-1]
    assert all(c.number != "1002" for c in list_contestants(ctx, demo_event_id))
    assert view.model.rowCount() == 239


def test_set_status_from_the_context_actions(qtbot, view, ctx, demo_event_id):
    view.select_number("1003")
    view.set_selected_status("disqualified")
    wait_task(qtbot, view)
    assert (
        next(c for c in list_contestants(ctx, demo_event_id) if c.number == "1003").status
        == "disqualified"
    )
    view.select_number("1003")
    assert view.selected()[0].status == "disqualified"


def write_registration(path: Path, rows: list[list[str]]) -> Path:
    header = "参赛证号,姓名,工种,组别,单位,身份证号,性别"
    path.write_text("\n".join([header] + [",".join(r) for r in rows]) + "\n", encoding="utf-8")
    return path


def test_import_preview_lists_every_bad_row_and_writes_nothing(
    qtbot, view, ctx, demo_event_id, tmp_path
):
    path = write_registration(
        tmp_path / "报名表.csv",
        [
            ["3001", "王一", "钳工", "职工组", "甲单位", valid_id(), "男"],
            ["3002", "", "钳工", "职工组", "甲单位", "", "女"],  # no name
            ["1001", "张三", "电工", "", "乙单位", "", "男"],  # number already in the event
            ["3004", "李四", "木工", "", "乙单位", "", "男"],  # unknown trade
            [
                "3005",
                "赵五",
                "焊工",
                "",
                "丙单位",
                valid_id()[:-1] + "0" if valid_id()[-1] != "0" else valid_id()[:-1] + "1",
                "男",
            ],  # checksum
            ["3001", "钱六", "焊工", "", "丙单位", "", "X"],  # repeated number, bad gender
        ],
    )
    view.import_file(path)
    wait_task(qtbot, view, "import_task")
    dialog = view.preview_dialog
    qtbot.addWidget(dialog)
    rows = dialog.problem_rows()
    reasons = "\n".join(" ".join(r) for r in rows)
    assert "未导入任何数据" in dialog.headline.text()
    assert dialog.import_button is None
    assert {r[0] for r in rows} == {"3", "4", "5", "6", "7"}
    for expected in ("姓名为空", "已存在", "未知的工种“木工”", "校验位", "与第 2 行重复", "性别"):
        assert expected in reasons
    assert ("3", "姓名") in {(r[0], r[1]) for r in rows}  # the column named as on the form
    assert len(list_contestants(ctx, demo_event_id)) == 240


def test_import_of_a_good_file_after_the_preview(qtbot, view, ctx, demo_event_id, tmp_path):
    path = write_registration(
        tmp_path / "good.csv",
        [
            ["3001", "王一", "钳工", "职工组", "甲单位", valid_id(), "男"],
            ["3002", "王二", "electrician", "", "乙单位", "", "女"],
        ],
    )
    view.import_file(path)
    wait_task(qtbot, view, "import_task")
    dialog = view.preview_dialog
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2
    assert dialog.import_button is not None and dialog.import_button.text() == "导入 2 名选手"
    dialog.import_button.click()
    wait_task(qtbot, view, "import_task")
    wait_task(qtbot, view)
    assert len(list_contestants(ctx, demo_event_id)) == 242
    assert view.model.rowCount() == 242
    assert "导入 2 名选手" in view.messages.text()


def test_export_to_excel_keeps_id_numbers_as_text(view, tmp_path):
    view.set_filter("trade", "电工")
    path = view.export_file(tmp_path / "选手.xlsx")
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("参赛证号", "姓名", "性别")
    assert len(rows) == 49
    ids = [r[7] for r in rows[1:]]
    assert all(isinstance(v, str) and len(v) == 18 for v in ids)


def test_export_in_gbk_refuses_a_name_gbk_cannot_hold_and_writes_nothing(
    qtbot, view, session, tmp_path
):
    from competition_app.services.registration.contestants import update_contestant

    first = view.model.info(0)
    update_contestant(session.ctx, first._replace(name="陈𠮷"))
    view.reload()
    wait_task(qtbot, view)
    assert "陈𠮷" in [view.model.info(r).name for r in range(view.model.rowCount())]
    path = tmp_path / "选手.csv"
    assert view.export_file(path, "gbk") is None
    assert not path.exists()
    assert "陈𠮷" in view.messages.text() and "UTF-8" in view.messages.text()
    written = view.export_file(path)  # UTF-8 with a BOM, the default, holds every name
    assert written is not None and "陈𠮷" in written.read_text(encoding="utf-8-sig")


def test_thirty_thousand_contestants_open_filter_and_scroll(qtbot):
    infos = [
        ContestantInfo(
            i,
            f"{100000 + i}",
            f"选手{i}",
            "fitter",
            "钳工",
            unit=f"单位{i % 300}",
            team=f"单位{i % 300}",
            group="职工组" if i % 2 else "学生组",
            id_number=valid_id(),
            gender="男",
        )
        for i in range(30_000)
    ]
    model = ContestantTableModel()
    proxy = FilterProxy()
    proxy.setSourceModel(model)
    table = make_table()
    qtbot.addWidget(table)
    table.setModel(proxy)
    table.resize(1100, 700)
    table.show()
    # how fast this is, is measured against a bare baseline in `python -m benchmarks`
    # (open_contestants_view); here: that 30,000 rows load, scroll, filter and sort right
    model.set_contestants(infos)
    qtbot.wait(1)
    assert proxy.rowCount() == 30_000
    for row in range(0, 30_000, 1500):
        table.scrollTo(proxy.index(row, 0))
        table.viewport().repaint()
        shown = table.indexAt(table.viewport().rect().center())
        assert abs(shown.row() - row) < 40  # the row asked for is on screen
    proxy.set_text("单位17")
    assert proxy.rowCount() == 1100  # 单位17 and 单位170-179
    model.sort(0, Qt.SortOrder.DescendingOrder)
    # the highest entry number among 单位17 and 单位170-179: 29879 % 300 == 179
    assert [proxy.index(r, 0).data() for r in range(2)] == ["129879", "129878"]


def test_write_contestants_refreshes_on_notify(qtbot, view, session, ctx, demo_event_id):
    write_contestants(ctx, demo_event_id, (ContestantRow(2, "4001", "新人", "welder"),))
    session.notify()
    wait_task(qtbot, view)
    assert view.model.rowCount() == 241
