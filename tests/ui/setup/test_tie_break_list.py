"""The tie-break list: the total always first and ticked, the rest ticked and moved by hand."""

from __future__ import annotations

from PySide6.QtCore import Qt

from competition_app.ui.setup.tie_break_list import TieBreakList

COMPONENTS = [("theory", "理论知识"), ("practical", "操作技能"), ("", "")]


def labels(ties: TieBreakList) -> list[str]:
    return [ties.tie_list.item(i).text() for i in range(ties.tie_list.count())]


def test_the_chosen_keys_come_first_in_order_and_the_rest_unticked(qtbot):
    ties = TieBreakList()
    qtbot.addWidget(ties)
    ties.fill(["total", "practical"], COMPONENTS)
    assert labels(ties) == [
        "总分高者优先（必选，排第一）",
        "“操作技能”得分高者优先",
        "用时短者优先",
        "“理论知识”得分高者优先",
    ]
    assert ties.tie_break() == ["total", "practical"]
    total = ties.tie_list.item(0)
    assert not total.flags() & Qt.ItemFlag.ItemIsUserCheckable  # cannot be unticked


def test_moving_and_ticking_change_the_order_and_say_so(qtbot):
    ties = TieBreakList()
    qtbot.addWidget(ties)
    ties.fill(["total", "time", "practical", "theory"], COMPONENTS)
    ties.tie_list.setCurrentRow(3)
    with qtbot.waitSignal(ties.changed):
        ties.tie_up.click()
    assert ties.tie_break() == ["total", "time", "theory", "practical"]
    with qtbot.waitSignal(ties.changed):
        ties.tie_list.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert ties.tie_break() == ["total", "theory", "practical"]


def test_nothing_moves_above_the_total(qtbot):
    ties = TieBreakList()
    qtbot.addWidget(ties)
    ties.fill(["total", "time"], COMPONENTS)
    ties.tie_list.setCurrentRow(1)
    with qtbot.assertNotEmitted(ties.changed):
        ties.tie_up.click()
    ties.tie_list.setCurrentRow(0)
    with qtbot.assertNotEmitted(ties.changed):
        ties.tie_down.click()
    assert ties.tie_break() == ["total", "time"]


def test_read_only_disables_the_list_and_its_buttons(qtbot):
    ties = TieBreakList()
    qtbot.addWidget(ties)
    ties.set_read_only(True)
    assert not any(w.isEnabled() for w in (ties.tie_list, ties.tie_up, ties.tie_down))
