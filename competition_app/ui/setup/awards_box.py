"""The awards part of a trade's rules: prize tiers and their quotas, or WorldSkills medals with
their tie window and medallion."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QLineEdit, QWidget

from competition_app.ui.common.rows_model import Column, RowsModel
from competition_app.ui.setup.rules_table import RulesTable, int_or_text

TIER_KINDS = ("count", "share", "up_to_share")


def choose(combo: QComboBox, value: Any) -> None:
    """Select the item whose data is `value` (the first item when none is)."""
    combo.setCurrentIndex(max(combo.findData(value), 0))


class AwardsBox(QGroupBox):
    """Edits the `awards` table of the rules' mapping form.

    Signals:
        changed(): anything in the box was edited.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("奖项"))
        self._read_only = False
        # one setting a row: two side by side made the rules editor wider than a laptop leaves it
        # in English
        grid = QGridLayout(self)
        self.award_mode = QComboBox()
        self.award_mode.addItem(self.tr("等级奖（一、二、三等奖等）"), "tiers")
        self.award_mode.addItem(self.tr("奖牌（世界技能大赛金银铜牌）"), "medals")
        self.quota_rounding = QComboBox()
        for value, label in (
            ("half_up", self.tr("四舍五入")),
            ("floor", self.tr("向下取整")),
            ("ceil", self.tr("向上取整")),
        ):
            self.quota_rounding.addItem(label, value)
        self.min_total = QLineEdit()
        self.min_total.setPlaceholderText(self.tr("留空：不设"))
        self.tie_window = QLineEdit()
        self.medallion = QLineEdit()
        self.medallion.setPlaceholderText(self.tr("留空：不设"))
        grid.addWidget(QLabel(self.tr("方式")), 0, 0)
        grid.addWidget(self.award_mode, 0, 1)
        grid.addWidget(QLabel(self.tr("名额取整")), 1, 0)
        grid.addWidget(self.quota_rounding, 1, 1)
        grid.addWidget(QLabel(self.tr("获奖最低总分")), 2, 0)
        grid.addWidget(self.min_total, 2, 1)
        grid.addWidget(QLabel(self.tr("奖牌分差窗口")), 3, 0)
        grid.addWidget(self.tie_window, 3, 1)
        grid.addWidget(QLabel(self.tr("优胜奖标准分")), 4, 0)
        grid.addWidget(self.medallion, 4, 1)
        self.medallion_on = QComboBox()
        self.medallion_on.addItem(self.tr("按原始总分换算的 700 分制"), "scale")
        self.medallion_on.addItem(self.tr("按总成绩本身（已是标准分）"), "total")
        self.medallion_on.setToolTip(self.tr("导入的已是世赛标准分（500–800）时，选“按总成绩本身”"))
        grid.addWidget(QLabel(self.tr("优胜奖比较")), 5, 0)
        grid.addWidget(self.medallion_on, 5, 1)
        self.tiers = RowsModel(
            [
                Column("name", self.tr("奖项名称")),
                Column(
                    "kind",
                    self.tr("名额方式"),
                    (
                        ("count", self.tr("固定人数")),
                        ("share", self.tr("比例")),
                        ("up_to_share", self.tr("累计至比例")),
                    ),
                ),
                Column(
                    "value",
                    self.tr("人数或比例"),
                    numeric=True,
                    tooltip=self.tr("固定人数填整数；比例填 0–1 之间的小数，如 0.1"),
                ),
            ],
            parent=self,
        )
        self.tiers_table = RulesTable(
            self.tiers,
            (120, 110, 100),
            lambda: {"name": "", "kind": "share", "value": "0.1"},
            movable=True,
            parent=self,
        )
        self.tiers_view = self.tiers_table.view
        grid.addWidget(self.tiers_table, 6, 0, 1, 2)
        for w in (self.award_mode, self.quota_rounding, self.medallion_on):
            w.currentIndexChanged.connect(self.changed)
        self.award_mode.currentIndexChanged.connect(self._mode_changed)
        for e in (self.min_total, self.tie_window, self.medallion):
            e.textChanged.connect(self.changed)
        self.tiers.edited.connect(self.changed)

    def set_awards(self, awards: dict[str, Any]) -> None:
        """Show the `awards` table of the rules' mapping form."""
        choose(self.award_mode, awards.get("mode", "tiers"))
        choose(self.quota_rounding, awards.get("quota_rounding", "half_up"))
        self.min_total.setText(str(awards.get("min_total", "")))
        self.tie_window.setText(str(awards.get("tie_window", "0")))
        self.medallion.setText(str(awards.get("medallion", "")))
        choose(self.medallion_on, awards.get("medallion_on", "scale"))
        tiers = []
        for t in awards.get("tiers", []):
            kind = next((k for k in TIER_KINDS if k in t), "share")
            tiers.append({"name": t.get("name", ""), "kind": kind, "value": t.get(kind, "")})
        self.tiers.set_rows(tiers)
        self._mode_changed()  # the mode may not have changed, the box's state must follow it

    def awards(self, base: dict[str, Any]) -> dict[str, Any]:
        """The `awards` table as edited; what the box does not show (medal names, medals by
        field size) is kept from `base`, the table it was given."""
        awards: dict[str, Any] = {
            "mode": self.award_mode.currentData(),
            "quota_rounding": self.quota_rounding.currentData(),
            "tiers": [
                {
                    "name": r["name"],
                    r["kind"] or "share": int_or_text(r["value"])
                    if r["kind"] == "count"
                    else r["value"],
                }
                for r in self.tiers.rows()
            ],
            "tie_window": self.tie_window.text().strip() or "0",
            "medallion_on": self.medallion_on.currentData(),
        }
        if self.min_total.text().strip():
            awards["min_total"] = self.min_total.text().strip()
        if self.medallion.text().strip():
            awards["medallion"] = self.medallion.text().strip()
        for key in ("names", "medals_by_field"):
            if key in base:
                awards[key] = base[key]
        return awards

    def _mode_changed(self) -> None:
        """Tiers apply to prize tiers; the tie window and medallion to WorldSkills medals."""
        medals = self.award_mode.currentData() == "medals"
        editable = not self._read_only
        self.tiers_view.setEnabled(not medals)
        for w in (self.tie_window, self.medallion, self.medallion_on):
            w.setEnabled(medals and editable)
        self.quota_rounding.setEnabled(not medals and editable)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.tiers_table.set_read_only(read_only)
        for w in (self.award_mode, self.quota_rounding, self.min_total):
            w.setEnabled(not read_only)
        self._mode_changed()
