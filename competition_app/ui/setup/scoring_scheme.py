"""The scoring scheme of a trade's rules: its components and weights and the criteria under
them, with the running totals a person types against. Whether the weights make a total is the
domain's rule and message (rules_io.weight_sum_problem), said here as it is typed."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from competition_app.domain.rules_io import weight_sum_problem
from competition_app.domain.settings_reader import to_decimal
from competition_app.ui.common.rows_model import Column, RowsModel
from competition_app.ui.setup.rules_table import RulesTable


class ScoringScheme(QWidget):
    """The 评分构成 tab. Its models' `edited` signals say when anything changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
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
        self.components_table = RulesTable(
            self.components,
            (90, 130, 70, 70),
            lambda: {
                "code": f"part{self.components.rowCount() + 1}",
                "name": "",
                "weight": "0",
                "max": "100",
            },
            parent=self,
        )
        self.components_table.view.setMaximumHeight(150)
        self.weight_status = QLabel()
        self.components_table.add_below_table(self.weight_status)
        bl.addWidget(self.components_table)
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
                    (("measurement", self.tr("测量")), ("judgement", self.tr("评价"))),
                ),
            ],
            parent=self,
        )
        self.criteria_table = RulesTable(
            self.criteria, (70, 150, 100, 60, 70), self._new_criterion, movable=True, parent=self
        )
        self.criteria_status = QLabel()
        self.criteria_status.setWordWrap(True)
        self.criteria_table.add_below_table(self.criteria_status)
        bl.addWidget(self.criteria_table, 1)
        lay.addWidget(box, 1)
        self.tables = (self.components_table, self.criteria_table)

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

    def set_rows(self, components: list[dict[str, Any]], criteria: list[dict[str, Any]]) -> None:
        """Show the `components` and `criteria` tables of the rules' mapping form."""
        self.components.set_rows(components)
        self.update_component_choices()
        self.criteria.set_rows(criteria)

    def components_mapping(self) -> list[dict[str, Any]]:
        return [
            {"code": r["code"], "name": r["name"], "weight": r["weight"], "max": r["max"] or "100"}
            for r in self.components.rows()
        ]

    def criteria_mapping(self) -> list[dict[str, Any]]:
        return [
            {
                "code": r["code"],
                "name": r["name"],
                "component": r["component"],
                "max": r["max"],
                "kind": r["kind"] or "measurement",
            }
            for r in self.criteria.rows()
        ]

    def component_names(self) -> list[tuple[str, str]]:
        return [(r["code"], r["name"]) for r in self.components.rows()]

    def update_component_choices(self) -> None:
        """A criterion's 所属部分 offers the components as they now are."""
        choices = [(r["code"], r["name"] or r["code"]) for r in self.components.rows() if r["code"]]
        self.criteria.set_choices("component", choices)

    def weights(self) -> list[Decimal] | None:
        """The weights typed, or None when one of them is not a number."""
        weights = [to_decimal(r["weight"]) for r in self.components.rows()]
        return None if None in weights else [w for w in weights if w is not None]

    def update_status(self) -> None:
        """The running totals under each table."""
        weights = self.weights()
        problem = "" if weights is None else weight_sum_problem(weights)
        if weights is None:
            self.weight_status.setText(self.tr("有权重不是数字"))
            self.weight_status.setObjectName("FieldError")
        elif problem:
            self.weight_status.setText(problem)
            self.weight_status.setObjectName("FieldError")
        else:
            self.weight_status.setText(self.tr("✓ 权重合计 1"))
            self.weight_status.setObjectName("FieldOk")
        self.weight_status.style().unpolish(self.weight_status)
        self.weight_status.style().polish(self.weight_status)
        parts = []
        for comp in self.components.rows():
            maxes = [
                to_decimal(c["max"]) for c in self.criteria.rows() if c["component"] == comp["code"]
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
        self.criteria_status.setText(self.tr("；").join(parts))
