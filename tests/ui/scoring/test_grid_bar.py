"""The bar above the score grid: groups offered per trade, the counter's words, blind mode."""

from __future__ import annotations

from competition_app.ui.scoring.grid_bar import GridBar


def test_groups_keep_the_choice_when_the_next_trade_has_it(qtbot):
    bar = GridBar()
    qtbot.addWidget(bar)
    bar.set_groups(["学生组", "职工组"])
    bar.group_combo.setCurrentIndex(2)
    bar.set_groups(["职工组"])
    assert bar.group_combo.currentData() == "职工组"
    bar.set_groups([])
    assert bar.group_combo.currentText() == "全部组别"
    assert not bar.group_combo.isEnabled()  # nothing to choose


def test_show_everyone_clears_both_filters(qtbot):
    bar = GridBar()
    qtbot.addWidget(bar)
    bar.set_groups(["学生组", "职工组"])
    bar.group_combo.setCurrentIndex(1)
    bar.only_missing.setChecked(True)
    bar.show_everyone()
    assert bar.group_combo.currentData() is None and not bar.only_missing.isChecked()


def test_the_counter_says_entered_or_checked(qtbot):
    bar = GridBar()
    qtbot.addWidget(bar)
    bar.show_counts(3, 48)
    assert bar.counter.text() == "已录入 3 / 48"
    bar.show_counts(2, 10, checked=True)
    assert bar.counter.text() == "已核对 2 / 10"


def test_a_blind_trade_is_found_by_code_and_has_no_names_to_hide(qtbot):
    bar = GridBar()
    qtbot.addWidget(bar)
    bar.show()
    bar.set_blind(True)
    assert bar.find_edit.placeholderText() == "定位工件号，回车"
    assert not bar.hide_names.isVisible()
    bar.set_blind(False)
    assert bar.find_edit.placeholderText() == "定位参赛证号，回车" and bar.hide_names.isVisible()


def test_all_groups_is_never_squeezed_below_its_words_in_english(qtbot, english):
    bar = GridBar()
    qtbot.addWidget(bar)
    bar.resize(700, 40)  # a full bar: the trade's combo gives way, not the group's
    bar.set_groups(["学生组", "职工组"])
    assert bar.group_combo.currentText() == "All groups"
    words = bar.group_combo.fontMetrics().horizontalAdvance("All groups")
    assert bar.group_combo.minimumWidth() >= bar.group_combo.sizeHint().width() > words
