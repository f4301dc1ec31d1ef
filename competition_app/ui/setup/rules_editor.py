"""The form for a trade's rules: components and weights, criteria, panel, rounding, ties, awards.

It edits the mapping form of the rules (`rules_to_mapping`), so whatever it produces is checked
by `rules_from_mapping`, the same reader the event file and the service use.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from competition_app.domain.errors import Problem
from competition_app.domain.rules import TIE_TIME, TIE_TOTAL
from competition_app.ui.common.rows_model import ChoiceDelegate, Column, RowsModel
from competition_app.ui.common.table_support import configure_table

_LOCATION = re.compile(r"(components|criteria|awards\.tiers|titles)\[(\d+)\](?:\.(\w+))?")


def _t(text: str) -> str:
    return QCoreApplication.translate("RulesEditor", text)


def _decimal(text: str) -> Decimal | None:
    try:
        value = Decimal(text.strip())
    except (InvalidOperation, ValueError):
        return None
    return value if value.is_finite() else None


def _int_or_text(text: str) -> Any:
    text = text.strip()
    return int(text) if text.isdigit() else text


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
        self._read_only = False
        self.tabs = QTabWidget(self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.tabs)
        self._build_scheme_tab()
        self._build_method_tab()
        self._build_ranking_tab()
        self._build_honours_tab()

    # -- building ------------------------------------------------------------------------------
    def _table(self, model: RowsModel, widths: Sequence[int]) -> QTableView:
        view = QTableView(self)
        configure_table(view, sortable=False)
        view.setItemDelegate(ChoiceDelegate(view))
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        view.horizontalHeader().setSectionsMovable(False)
        view.verticalHeader().show()
        view.setEditTriggers(QTableView.EditTrigger.AllEditTriggers)
        view.setModel(model)
        for i, w in enumerate(widths):
            view.setColumnWidth(i, w)
        model.edited.connect(self._edited)
        return view

    def _row_buttons(
        self, view: QTableView, model: RowsModel, new_row: Any, movable: bool = False
    ) -> QHBoxLayout:
        row = QHBoxLayout()
        add = QPushButton(self.tr("添加"))
        add.clicked.connect(lambda: self._add_row(view, model, new_row()))
        remove = QPushButton(self.tr("删除"))
        remove.clicked.connect(lambda: model.remove_row(view.currentIndex().row()))
        row.addWidget(add)
        row.addWidget(remove)
        if movable:
            up = QPushButton(self.tr("上移"))
            up.clicked.connect(lambda: self._move(view, model, -1))
            down = QPushButton(self.tr("下移"))
            down.clicked.connect(lambda: self._move(view, model, 1))
            row.addWidget(up)
            row.addWidget(down)
        row.addStretch(1)
        self._buttons.extend(b for b in (row.itemAt(i).widget() for i in range(row.count())) if b)
        return row

    def _add_row(self, view: QTableView, model: RowsModel, values: dict[str, str]) -> None:
        r = model.add_row(values)
        view.setCurrentIndex(model.index(r, 1))
        view.edit(model.index(r, 1))

    def _move(self, view: QTableView, model: RowsModel, delta: int) -> None:
        idx = view.currentIndex()
        if idx.isValid():
            r = model.move_row(idx.row(), delta)
            view.setCurrentIndex(model.index(r, idx.column()))

    def _build_scheme_tab(self) -> None:
        self._buttons: list[QPushButton] = []
        page = QWidget()
        lay = QVBoxLayout(page)
        box = QGroupBox(self.tr("组成部分与权重（总分 = Σ 权重 × 部分得分）"))
        bl = QVBoxLayout(box)
        self.components = RowsModel(
            [
                Column("code", self.tr("代码")),
                Column("name", self.tr("名称")),
                Column(
                    "weight", self.tr("权重"), numeric=True, tooltip=self.tr("0–1 之间，合计应为 1")
                ),
                Column("max", self.tr("满分"), numeric=True),
            ],
            parent=self,
        )
        self.components_view = self._table(self.components, (90, 130, 70, 70))
        self.components_view.setMaximumHeight(150)
        bl.addWidget(self.components_view)
        self.weight_status = QLabel()
        bl.addWidget(self.weight_status)
        bl.addLayout(
            self._row_buttons(
                self.components_view,
                self.components,
                lambda: {
                    "code": f"part{self.components.rowCount() + 1}",
                    "name": "",
                    "weight": "0",
                    "max": "100",
                },
            )
        )
        lay.addWidget(box)
        box = QGroupBox(self.tr("评分细则（没有细则的组成部分直接录入分数，如理论知识）"))
        bl = QVBoxLayout(box)
        self.criteria = RowsModel(
            [
                Column("code", self.tr("代码")),
                Column("name", self.tr("评分项")),
                Column("component", self.tr("所属部分")),
                Column("max", self.tr("满分"), numeric=True),
                Column(
                    "kind",
                    self.tr("类型"),
                    (("measurement", _t("测量")), ("judgement", _t("评价"))),
                ),
            ],
            parent=self,
        )
        self.criteria_view = self._table(self.criteria, (70, 150, 100, 60, 70))
        bl.addWidget(self.criteria_view, 1)
        self.criteria_status = QLabel()
        self.criteria_status.setWordWrap(True)
        bl.addWidget(self.criteria_status)
        bl.addLayout(
            self._row_buttons(self.criteria_view, self.criteria, self._new_criterion, movable=True)
        )
        lay.addWidget(box, 1)
        self.tabs.addTab(page, self.tr("评分构成"))

    def _new_criterion(self) -> dict[str, str]:
        comps = [r for r in self.components.rows() if r["code"]]
        component = comps[-1]["code"] if comps else ""
        n = self.criteria.rowCount() + 1
        return {
            "code": f"k{n}",
            "name": "",
            "component": component,
            "max": "10",
            "kind": "measurement",
        }

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
        box = QGroupBox(self.tr("并列时依次比较（勾选并排序）"))
        bl = QHBoxLayout(box)
        self.tie_list = QListWidget()
        self.tie_list.setMaximumHeight(130)
        self.tie_list.itemChanged.connect(self._edited)
        bl.addWidget(self.tie_list, 1)
        col = QVBoxLayout()
        self.tie_up = QPushButton(self.tr("上移"))
        self.tie_up.clicked.connect(lambda: self._move_tie(-1))
        self.tie_down = QPushButton(self.tr("下移"))
        self.tie_down.clicked.connect(lambda: self._move_tie(1))
        col.addWidget(self.tie_up)
        col.addWidget(self.tie_down)
        col.addStretch(1)
        bl.addLayout(col)
        lay.addWidget(box)
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
        box = QGroupBox(self.tr("奖项"))
        grid = QGridLayout(box)
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
        grid.addWidget(QLabel(self.tr("名额取整")), 0, 2)
        grid.addWidget(self.quota_rounding, 0, 3)
        grid.addWidget(QLabel(self.tr("获奖最低总分")), 1, 0)
        grid.addWidget(self.min_total, 1, 1)
        grid.addWidget(QLabel(self.tr("奖牌分差窗口")), 1, 2)
        grid.addWidget(self.tie_window, 1, 3)
        grid.addWidget(QLabel(self.tr("优胜奖标准分")), 2, 0)
        grid.addWidget(self.medallion, 2, 1)
        self.medallion_on = QComboBox()
        self.medallion_on.addItem(self.tr("按原始总分换算的 700 分制"), "scale")
        self.medallion_on.addItem(self.tr("按总成绩本身（已是标准分）"), "total")
        self.medallion_on.setToolTip(self.tr("导入的已是世赛标准分（500–800）时，选“按总成绩本身”"))
        grid.addWidget(QLabel(self.tr("优胜奖比较")), 2, 2)
        grid.addWidget(self.medallion_on, 2, 3)
        self.tiers = RowsModel(
            [
                Column("name", self.tr("奖项名称")),
                Column(
                    "kind",
                    self.tr("名额方式"),
                    (
                        ("count", _t("固定人数")),
                        ("share", _t("比例")),
                        ("up_to_share", _t("累计至比例")),
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
        self.tiers_view = self._table(self.tiers, (120, 110, 100))
        grid.addWidget(self.tiers_view, 3, 0, 1, 4)
        grid.addLayout(
            self._row_buttons(
                self.tiers_view,
                self.tiers,
                lambda: {"name": "", "kind": "share", "value": "0.1"},
                movable=True,
            ),
            4,
            0,
            1,
            4,
        )
        lay.addWidget(box, 1)
        for w in (self.award_mode, self.quota_rounding, self.medallion_on):
            w.currentIndexChanged.connect(self._edited)
        self.award_mode.currentIndexChanged.connect(self._award_mode_changed)
        for e in (self.min_total, self.tie_window, self.medallion):
            e.textChanged.connect(self._edited)
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
        self.titles_view = self._table(self.titles, (160, 80))
        bl.addWidget(self.titles_view)
        bl.addLayout(
            self._row_buttons(
                self.titles_view, self.titles, lambda: {"name": self.tr("技术能手"), "top_n": "5"}
            )
        )
        lay.addWidget(box, 1)
        box = QGroupBox(self.tr("晋升等级（获奖或称号对应的职业技能等级）"))
        bl = QVBoxLayout(box)
        self.promotions = RowsModel(
            [Column("honour", self.tr("奖项或称号")), Column("level", self.tr("晋升至"))],
            parent=self,
        )
        self.promotions_view = self._table(self.promotions, (160, 120))
        bl.addWidget(self.promotions_view)
        bl.addLayout(
            self._row_buttons(
                self.promotions_view, self.promotions, lambda: {"honour": "", "level": ""}
            )
        )
        lay.addWidget(box, 1)
        self.tabs.addTab(page, self.tr("称号与晋升"))

    def _award_mode_changed(self) -> None:
        """Tiers apply to prize tiers; the tie window and medallion to WorldSkills medals."""
        medals = self.award_mode.currentData() == "medals"
        editable = not self._read_only
        self.tiers_view.setEnabled(not medals)
        for w in (self.tie_window, self.medallion, self.medallion_on):
            w.setEnabled(medals and editable)
        self.quota_rounding.setEnabled(not medals and editable)

    # -- tie-break list --------------------------------------------------------------------------
    def _tie_label(self, key: str) -> str:
        if key == TIE_TOTAL:
            return self.tr("总分高者优先（必选，排第一）")
        if key == TIE_TIME:
            return self.tr("用时短者优先")
        name = next((r["name"] for r in self.components.rows() if r["code"] == key), key)
        return self.tr("“%1”得分高者优先").replace("%1", name or key)

    def _fill_tie_list(self, chosen: Sequence[str]) -> None:
        keys = [TIE_TOTAL, TIE_TIME] + [r["code"] for r in self.components.rows() if r["code"]]
        order = [k for k in chosen if k in keys] + [k for k in keys if k not in chosen]
        self.tie_list.blockSignals(True)
        self.tie_list.clear()
        for key in order:
            item = QListWidgetItem(self._tie_label(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
            if key == TIE_TOTAL:
                flags &= ~Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
            item.setCheckState(
                Qt.CheckState.Checked
                if key in chosen or key == TIE_TOTAL
                else Qt.CheckState.Unchecked
            )
            self.tie_list.addItem(item)
        self.tie_list.blockSignals(False)

    def _move_tie(self, delta: int) -> None:
        row = self.tie_list.currentRow()
        target = row + delta
        if row <= 0 or target <= 0 or target >= self.tie_list.count():
            return  # total stays first
        item = self.tie_list.takeItem(row)
        self.tie_list.insertItem(target, item)
        self.tie_list.setCurrentRow(target)
        self._edited()

    def tie_break(self) -> list[str]:
        out = []
        for i in range(self.tie_list.count()):
            item = self.tie_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    # -- loading and reading ---------------------------------------------------------------------
    def set_mapping(self, mapping: dict[str, Any]) -> None:
        """Show the rules in their mapping form (`rules_to_mapping`)."""
        self._loading = True
        try:
            self._base = mapping
            self.components.set_rows(mapping.get("components", []))
            self._update_component_choices()
            self.criteria.set_rows(mapping.get("criteria", []))
            panel = mapping.get("panel", {})
            self._choose(self.panel_method, panel.get("method", "mean"))
            self.trim_min.setValue(int(panel.get("trim_min_judges", 5)))
            self.spread.setText(str(panel.get("spread_tolerance", "")))
            self.decimals.setValue(int(mapping.get("decimals", 2)))
            self._choose(self.rounding, mapping.get("rounding", "half_up"))
            self.components_first.setChecked(bool(mapping.get("round_components_first", False)))
            self.ws_scale.setChecked(bool(mapping.get("ws_scale", False)))
            self.forbid_top.setValue(int(mapping.get("forbid_shared_top", 0)))
            self._choose(self.rank_style, mapping.get("rank_style", "competition"))
            self._fill_tie_list(list(mapping.get("tie_break", [TIE_TOTAL])))
            awards = mapping.get("awards", {})
            self._choose(self.award_mode, awards.get("mode", "tiers"))
            self._choose(self.quota_rounding, awards.get("quota_rounding", "half_up"))
            self.min_total.setText(str(awards.get("min_total", "")))
            self.tie_window.setText(str(awards.get("tie_window", "0")))
            self.medallion.setText(str(awards.get("medallion", "")))
            self._choose(self.medallion_on, awards.get("medallion_on", "scale"))
            tiers = []
            for t in awards.get("tiers", []):
                kind = next((k for k in ("count", "share", "up_to_share") if k in t), "share")
                tiers.append({"name": t.get("name", ""), "kind": kind, "value": t.get(kind, "")})
            self.tiers.set_rows(tiers)
            self.titles.set_rows(mapping.get("titles", []))
            self.promotions.set_rows(
                [{"honour": k, "level": v} for k, v in mapping.get("promotions", {}).items()]
            )
        finally:
            self._loading = False
        self._update_status()

    def mapping(self) -> dict[str, Any]:
        """The rules as edited, ready for `rules_from_mapping` / `update_trade(rules_mapping=...)`."""
        m: dict[str, Any] = {
            "components": [
                {
                    "code": r["code"],
                    "name": r["name"],
                    "weight": r["weight"],
                    "max": r["max"] or "100",
                }
                for r in self.components.rows()
            ],
            "criteria": [
                {
                    "code": r["code"],
                    "name": r["name"],
                    "component": r["component"],
                    "max": r["max"],
                    "kind": r["kind"] or "measurement",
                }
                for r in self.criteria.rows()
            ],
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
                {"name": r["name"], "top_n": _int_or_text(r["top_n"])} for r in self.titles.rows()
            ],
            "promotions": {r["honour"]: r["level"] for r in self.promotions.rows() if r["honour"]},
            "ws_scale": self.ws_scale.isChecked(),
        }
        if self.spread.text().strip():
            m["panel"]["spread_tolerance"] = self.spread.text().strip()
        base_awards = self._base.get("awards", {})
        awards: dict[str, Any] = {
            "mode": self.award_mode.currentData(),
            "quota_rounding": self.quota_rounding.currentData(),
            "tiers": [
                {
                    "name": r["name"],
                    r["kind"] or "share": _int_or_text(r["value"])
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
            if key in base_awards:
                awards[key] = base_awards[key]
        m["awards"] = awards
        return m

    @staticmethod
    def _choose(combo: QComboBox, value: Any) -> None:
        combo.setCurrentIndex(max(combo.findData(value), 0))

    def _update_component_choices(self) -> None:
        choices = [(r["code"], r["name"] or r["code"]) for r in self.components.rows() if r["code"]]
        self.criteria.set_choices("component", choices)

    # -- live checks -----------------------------------------------------------------------------
    def _edited(self, *_: Any) -> None:
        if self._loading:
            return
        if self.sender() is self.components:
            self._update_component_choices()
            self._fill_tie_list(self.tie_break())
        self._update_status()
        self.changed.emit()

    def weight_total(self) -> Decimal | None:
        """The sum of the weights typed, or None when one of them is not a number."""
        total = Decimal(0)
        for r in self.components.rows():
            w = _decimal(r["weight"])
            if w is None:
                return None
            total += w
        return total

    def _update_status(self) -> None:
        total = self.weight_total()
        if total is None:
            self.weight_status.setText(self.tr("有权重不是数字"))
            self.weight_status.setObjectName("FieldError")
        elif total == 1:
            self.weight_status.setText(self.tr("✓ 权重合计 1"))
            self.weight_status.setObjectName("FieldOk")
        else:
            self.weight_status.setText(
                self.tr("权重合计 %1，应为 1").replace("%1", format(total.normalize(), "f"))
            )
            self.weight_status.setObjectName("FieldError")
        self.weight_status.style().unpolish(self.weight_status)
        self.weight_status.style().polish(self.weight_status)
        parts = []
        for comp in self.components.rows():
            maxes = [
                _decimal(c["max"]) for c in self.criteria.rows() if c["component"] == comp["code"]
            ]
            if maxes:
                summed = sum((m for m in maxes if m is not None), Decimal(0))
                parts.append(
                    self.tr("%1：细则满分合计 %2 / %3")
                    .replace("%1", comp["name"] or comp["code"])
                    .replace("%2", format(summed.normalize(), "f"))
                    .replace("%3", comp["max"])
                )
            elif comp["code"]:
                parts.append(self.tr("%1：直接录入").replace("%1", comp["name"] or comp["code"]))
        self.criteria_status.setText("；".join(parts))

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """Mark the cells the problems point at (their reason becomes the cell's tooltip)."""
        cells: dict[str, dict[tuple[int, str], str]] = {
            "components": {},
            "criteria": {},
            "awards.tiers": {},
            "titles": {},
        }
        for p in problems:
            m = _LOCATION.search(p.location)
            if m is None:
                continue
            table, row, key = m.group(1), int(m.group(2)), m.group(3) or ""
            if table == "awards.tiers" and key in ("count", "share", "up_to_share"):
                key = "value"
            cells[table][(row, key or "name")] = p.reason
        self.components.set_problems(cells["components"])
        self.criteria.set_problems(cells["criteria"])
        self.tiers.set_problems(cells["awards.tiers"])
        self.titles.set_problems(cells["titles"])

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for model in (self.components, self.criteria, self.tiers, self.titles, self.promotions):
            model.set_read_only(read_only)
        for w in (
            self.panel_method,
            self.trim_min,
            self.spread,
            self.decimals,
            self.rounding,
            self.components_first,
            self.ws_scale,
            self.forbid_top,
            self.tie_list,
            self.tie_up,
            self.tie_down,
            self.award_mode,
            self.quota_rounding,
            self.min_total,
            self.tie_window,
            self.medallion,
            *self._buttons,
        ):
            w.setEnabled(not read_only)
        self._award_mode_changed()


def describe_location(location: str) -> str:
    """A problem's place in words: `fitter.components[1].weight` -> 组成部分第 2 行 · 权重."""
    m = _LOCATION.search(location)
    if m is None:
        tail = location.split(".", 1)[-1] if "." in location else location
        return {
            "components": _t("组成部分"),
            "tie_break": _t("并列比较"),
            "panel": _t("评分方法"),
            "decimals": _t("小数位数"),
            "awards": _t("奖项"),
        }.get(tail.split(".")[0].split("[")[0], tail)
    table = {
        "components": _t("组成部分"),
        "criteria": _t("评分细则"),
        "awards.tiers": _t("奖项"),
        "titles": _t("称号"),
    }[m.group(1)]
    field = {
        "code": _t("代码"),
        "name": _t("名称"),
        "weight": _t("权重"),
        "max": _t("满分"),
        "component": _t("所属部分"),
        "kind": _t("类型"),
        "top_n": _t("前 N 名"),
        "count": _t("人数"),
        "share": _t("比例"),
        "up_to_share": _t("比例"),
    }.get(m.group(3) or "", "")
    text = _t("%1第 %2 行").replace("%1", table).replace("%2", str(int(m.group(2)) + 1))
    return f"{text} · {field}" if field else text


def _strings() -> None:  # pragma: no cover - never called; lists _t() texts for pyside6-lupdate
    QCoreApplication.translate("RulesEditor", "测量")
    QCoreApplication.translate("RulesEditor", "评价")
    QCoreApplication.translate("RulesEditor", "固定人数")
    QCoreApplication.translate("RulesEditor", "比例")
    QCoreApplication.translate("RulesEditor", "累计至比例")
    QCoreApplication.translate("RulesEditor", "组成部分")
    QCoreApplication.translate("RulesEditor", "并列比较")
    QCoreApplication.translate("RulesEditor", "评分方法")
    QCoreApplication.translate("RulesEditor", "小数位数")
    QCoreApplication.translate("RulesEditor", "奖项")
    QCoreApplication.translate("RulesEditor", "评分细则")
    QCoreApplication.translate("RulesEditor", "称号")
    QCoreApplication.translate("RulesEditor", "代码")
    QCoreApplication.translate("RulesEditor", "名称")
    QCoreApplication.translate("RulesEditor", "权重")
    QCoreApplication.translate("RulesEditor", "满分")
    QCoreApplication.translate("RulesEditor", "所属部分")
    QCoreApplication.translate("RulesEditor", "类型")
    QCoreApplication.translate("RulesEditor", "前 N 名")
    QCoreApplication.translate("RulesEditor", "人数")
    QCoreApplication.translate("RulesEditor", "%1第 %2 行")
