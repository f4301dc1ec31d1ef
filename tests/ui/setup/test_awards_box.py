"""The awards box: prize tiers or medals shown from the rules' mapping and read back as edited."""

from __future__ import annotations

from competition_app.ui.setup.awards_box import AwardsBox

TIERS = {
    "mode": "tiers",
    "quota_rounding": "floor",
    "min_total": "60",
    "tiers": [{"name": "一等奖", "count": 1}, {"name": "二等奖", "share": "0.2"}],
    "tie_window": "0",
    "medallion_on": "scale",
    "names": ["金牌", "银牌", "铜牌"],
}


def test_tiers_read_back_as_given_with_what_the_box_does_not_show(qtbot):
    box = AwardsBox()
    qtbot.addWidget(box)
    box.set_awards(TIERS)
    assert [box.tiers.index(r, 0).data() for r in range(box.tiers.rowCount())] == [
        "一等奖",
        "二等奖",
    ]
    assert box.tiers.index(0, 1).data() == "固定人数"
    assert box.awards(TIERS) == TIERS


def test_an_edit_says_so_and_is_read_back(qtbot):
    box = AwardsBox()
    qtbot.addWidget(box)
    box.set_awards(TIERS)
    with qtbot.waitSignal(box.changed):
        box.min_total.setText("")
    with qtbot.waitSignal(box.changed):
        box.quota_rounding.setCurrentIndex(box.quota_rounding.findData("ceil"))
    read = box.awards({})
    assert "min_total" not in read and "names" not in read
    assert read["quota_rounding"] == "ceil"


def test_medals_enable_the_window_and_medallion_and_disable_the_tiers(qtbot):
    box = AwardsBox()
    qtbot.addWidget(box)
    box.set_awards(TIERS)
    assert box.tiers_view.isEnabled() and not box.medallion.isEnabled()
    box.award_mode.setCurrentIndex(box.award_mode.findData("medals"))
    assert not box.tiers_view.isEnabled()
    assert box.medallion.isEnabled() and box.tie_window.isEnabled()
    assert not box.quota_rounding.isEnabled()
    box.set_read_only(True)
    assert not box.medallion.isEnabled() and not box.award_mode.isEnabled()
