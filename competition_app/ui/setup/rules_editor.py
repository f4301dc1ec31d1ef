"""The form for a trade's rules: components and weights, criteria, panel, rounding, ties, awards.

It edits the mapping form of the rules (`rules_to_mapping`), so whatever it produces is checked
by `rules_from_mapping`, the same reader the event file and the service use. The tie-break list,
the awards box, the re-check box, the scoring scheme and the editable tables are widgets of
their own (tie_break_list, awards_box, recheck_box, scoring_scheme, rules_table); where a problem
points is rules_problems.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from competition_app.domain.errors import Problem
from competition_app.domain.rules import TIE_TOTAL
from competition_app.ui.common.rows_model import Column, RowsModel
from competition_app.ui.setup.awards_box import AwardsBox, choose
from competition_app.ui.setup.recheck_box import RecheckBox
from competition_app.ui.setup.rules_problems import problem_cells
from competition_app.ui.setup.rules_table import RulesTable, int_or_text
from competition_app.ui.setup.scoring_scheme import ScoringScheme
from competition_app.ui.setup.tie_break_list import TieBreakList


class RulesEditor(QWidget):
    """Edits one trade's rules.

    Signals:
        changed(): anything was edited (the caller re-checks and previews).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base: dict[str, Any] = {}
        self._loading = False
        self._tables: list[RulesTable] = []
        self.tabs = QTabWidget(self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.tabs)
        self._build_scheme_tab()
        self._build_method_tab()
        self._build_ranking_tab()
        self._build_honours_tab()

    # -- building ------------------------------------------------------------------------------
    def _table(
        self,
        model: RowsModel,
        widths: Sequence[int],
        new_row: Any,
        *,
        movable: bool = False,
    ) -> RulesTable:
        table = RulesTable(model, widths, new_row, movable=movable, parent=self)
        model.edited.connect(self._edited)
        self._tables.append(table)
        return table

    def _build_scheme_tab(self) -> None:
        self.scheme = ScoringScheme()
        sc = self.scheme
        self.components, self.criteria = sc.components, sc.criteria
        self.weight_status, self.criteria_status = sc.weight_status, sc.criteria_status
        self.components_view, self.criteria_view = sc.components_table.view, sc.criteria_table.view
        self.components.edited.connect(self._edited)
        self.criteria.edited.connect(self._edited)
        self._tables.extend(sc.tables)
        self.tabs.addTab(sc, self.tr("评分构成"))

    def _build_method_tab(self) -> None:
        page = QWidget()
        lay = QVBoxLayout(page)
        box = QGroupBox(self.tr("裁判组评分方法"))
        form = QFormLayout(box)
        self.panel_method = QComboBox()
        for value, label in (
            ("single", self.tr("单人评分（每项一个分数）")),
            ("mean", self.tr("多名裁判取平均")),
            ("trimmed_mean", self.tr("去掉一个最高分和一个最低分后取平均")),
            ("worldskills_judgement", self.tr("世界技能大赛评价分（0–3 分）")),
        ):
            self.panel_method.addItem(label, value)
        self.trim_min = QSpinBox()
        self.trim_min.setRange(3, 30)
        self.trim_min.setSuffix(self.tr(" 名裁判及以上时去掉最高最低分"))
        self.spread = QLineEdit()
        self.spread.setPlaceholderText(self.tr("留空：不检查"))
        form.addRow(self.tr("方法"), self.panel_method)
        form.addRow(self.tr("去分条件"), self.trim_min)
        form.addRow(self.tr("评分差异上限"), self.spread)
        lay.addWidget(box)
        box = QGroupBox(self.tr("小数与舍入"))
        form = QFormLayout(box)
        self.decimals = QSpinBox()
        self.decimals.setRange(0, 4)
        self.decimals.setSuffix(self.tr(" 位小数"))
        self.rounding = QComboBox()
        for value, label in (
            ("half_up", self.tr("四舍五入")),
            ("half_even", self.tr("四舍六入五成双")),
            ("down", self.tr("直接截断")),
        ):
            self.rounding.addItem(label, value)
        self.components_first = QCheckBox(self.tr("先对各组成部分舍入，再加权求总分"))
        self.ws_scale = QCheckBox(self.tr("显示世界技能大赛标准分（中位数 700）"))
        form.addRow(self.tr("总分保留"), self.decimals)
        form.addRow(self.tr("舍入方式"), self.rounding)
        form.addRow("", self.components_first)
        form.addRow("", self.ws_scale)
        lay.addWidget(box)
        lay.addStretch(1)
        self.tabs.addTab(page, self.tr("评分方法"))
        for w in (self.panel_method, self.rounding):
            w.currentIndexChanged.connect(self._edited)
        for s in (self.trim_min, self.decimals):
            s.valueChanged.connect(self._edited)
        self.spread.textChanged.connect(self._edited)
        for c in (self.components_first, self.ws_scale):
            c.toggled.connect(self._edited)

    def _build_ranking_tab(self) -> None:
        page = QWidget()
        lay = QVBoxLayout(page)
        self.ties = TieBreakList(page)
        self.tie_list, self.tie_up, self.tie_down = (
            self.ties.tie_list,
            self.ties.tie_up,
            self.ties.tie_down,
        )
        self.ties.changed.connect(self._edited)
        lay.addWidget(self.ties)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("前")))
        self.forbid_top = QSpinBox()
        self.forbid_top.setRange(0, 20)
        self.forbid_top.valueChanged.connect(self._edited)
        row.addWidget(self.forbid_top)
        row.addWidget(QLabel(self.tr("名不允许并列（0：允许；仍并列者标记，由裁判长裁定）")))
        row.addStretch(1)
        lay.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("名次写法")))
        self.rank_style = QComboBox()
        self.rank_style.addItem(self.tr("并列占位（1、2、2、4）"), "competition")
        self.rank_style.addItem(self.tr("并列不占位（1、2、2、3）"), "dense")
        self.rank_style.setToolTip(self.tr("只改变显示和打印的名次；奖项名额与称号始终按人数计算"))
        self.rank_style.currentIndexChanged.connect(self._edited)
        row.addWidget(self.rank_style)
        row.addStretch(1)
        lay.addLayout(row)
        self.awards = AwardsBox(page)
        self.awards.changed.connect(self._edited)
        aw = self.awards
        self.award_mode, self.quota_rounding, self.min_total = (
            aw.award_mode,
            aw.quota_rounding,
            aw.min_total,
        )
        self.tie_window, self.medallion, self.medallion_on = (
            aw.tie_window,
            aw.medallion,
            aw.medallion_on,
        )
        self.tiers, self.tiers_view = aw.tiers, aw.tiers_view
        lay.addWidget(self.awards, 1)
        self.tabs.addTab(page, self.tr("排名与奖项"))

    def _build_honours_tab(self) -> None:
        page = QWidget()
        lay = QVBoxLayout(page)
        box = QGroupBox(self.tr("称号（如“技术能手”授予前 N 名）"))
        bl = QVBoxLayout(box)
        self.titles = RowsModel(
            [Column("name", self.tr("称号")), Column("top_n", self.tr("前 N 名"), numeric=True)],
            parent=self,
        )
        table = self._table(
            self.titles, (160, 80), lambda: {"name": self.tr("技术能手"), "top_n": "5"}
        )
        self.titles_view = table.view
        bl.addWidget(table)
        lay.addWidget(box, 1)
        box = QGroupBox(self.tr("晋升等级（获奖或称号对应的职业技能等级）"))
        bl = QVBoxLayout(box)
        self.promotions = RowsModel(
            [Column("honour", self.tr("奖项或称号")), Column("level", self.tr("晋升至"))],
            parent=self,
        )
        table = self._table(self.promotions, (160, 120), lambda: {"honour": "", "level": ""})
        self.promotions_view = table.view
        bl.addWidget(table)
        lay.addWidget(box, 1)
        self.recheck = RecheckBox(page)
        self.recheck.changed.connect(self._edited)
        lay.addWidget(self.recheck)
        self.tabs.addTab(page, self.tr("称号与晋升"))

    def tie_break(self) -> list[str]:
        return self.ties.tie_break()

    # -- loading and reading ---------------------------------------------------------------------
    def set_mapping(self, mapping: dict[str, Any]) -> None:
        """Show the rules in their mapping form (`rules_to_mapping`)."""
        self._loading = True
        try:
            self._base = mapping
            self.scheme.set_rows(mapping.get("components", []), mapping.get("criteria", []))
            panel = mapping.get("panel", {})
            choose(self.panel_method, panel.get("method", "mean"))
            self.trim_min.setValue(int(panel.get("trim_min_judges", 5)))
            self.spread.setText(str(panel.get("spread_tolerance", "")))
            self.decimals.setValue(int(mapping.get("decimals", 2)))
            choose(self.rounding, mapping.get("rounding", "half_up"))
            self.components_first.setChecked(bool(mapping.get("round_components_first", False)))
            self.ws_scale.setChecked(bool(mapping.get("ws_scale", False)))
            self.forbid_top.setValue(int(mapping.get("forbid_shared_top", 0)))
            choose(self.rank_style, mapping.get("rank_style", "competition"))
            self.ties.fill(
                list(mapping.get("tie_break", [TIE_TOTAL])), self.scheme.component_names()
            )
            self.awards.set_awards(mapping.get("awards", {}))
            self.titles.set_rows(mapping.get("titles", []))
            self.promotions.set_rows(
                [{"honour": k, "level": v} for k, v in mapping.get("promotions", {}).items()]
            )
            self.recheck.set_recheck(mapping.get("recheck", {}))
        finally:
            self._loading = False
        self.scheme.update_status()

    def mapping(self) -> dict[str, Any]:
        """The rules as edited, ready for `rules_from_mapping` / `update_trade(rules_mapping=...)`."""
        m: dict[str, Any] = {
            "components": self.scheme.components_mapping(),
            "criteria": self.scheme.criteria_mapping(),
            "panel": {
                "method": self.panel_method.currentData(),
                "trim_min_judges": self.trim_min.value(),
            },
            "decimals": self.decimals.value(),
            "rounding": self.rounding.currentData(),
            "round_components_first": self.components_first.isChecked(),
            "tie_break": self.tie_break(),
            "forbid_shared_top": self.forbid_top.value(),
            "rank_style": self.rank_style.currentData(),
            "titles": [
                {"name": r["name"], "top_n": int_or_text(r["top_n"])} for r in self.titles.rows()
            ],
            "promotions": {r["honour"]: r["level"] for r in self.promotions.rows() if r["honour"]},
            "ws_scale": self.ws_scale.isChecked(),
            "recheck": self.recheck.recheck(),
        }
        if self.spread.text().strip():
            m["panel"]["spread_tolerance"] = self.spread.text().strip()
        m["awards"] = self.awards.awards(self._base.get("awards", {}))
        return m

    # -- live checks -----------------------------------------------------------------------------
    def _edited(self, *_: Any) -> None:
        if self._loading:
            return
        if self.sender() is self.components:
            self.scheme.update_component_choices()
            self.ties.fill(self.tie_break(), self.scheme.component_names())
        self.scheme.update_status()
        self.changed.emit()

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """Mark the cells the problems point at (their reason becomes the cell's tooltip)."""
        cells = problem_cells(problems)
        self.components.set_problems(cells["components"])
        self.criteria.set_problems(cells["criteria"])
        self.tiers.set_problems(cells["awards.tiers"])
        self.titles.set_problems(cells["titles"])

    def set_read_only(self, read_only: bool) -> None:
        for table in self._tables:
            table.set_read_only(read_only)
        for w in (
            self.panel_method,
            self.trim_min,
            self.spread,
            self.decimals,
            self.rounding,
            self.components_first,
            self.ws_scale,
            self.forbid_top,
        ):
            w.setEnabled(not read_only)
        self.ties.set_read_only(read_only)
        self.awards.set_read_only(read_only)
        self.recheck.set_read_only(read_only)
