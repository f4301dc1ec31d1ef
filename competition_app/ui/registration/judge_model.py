"""Judges as a table model of plain tuples."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from competition_app.services.registration.judge_roster import ROLE_LABELS
from competition_app.services.registration.judges import JudgeInfo
from competition_app.ui.common.table_support import TableColumn, TupleTableModel
from competition_app.ui.window.translation import domain_label

COLUMN_KEYS = ("code", "name", "unit", "role", "trades")


def role_label(role: str) -> str:
    return domain_label(ROLE_LABELS.get(role, role))


class JudgeTableModel(TupleTableModel):
    """One row per judge; the payload of a row is its JudgeInfo."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                TableColumn("code", self.tr("编号"), 80),
                TableColumn("name", self.tr("姓名"), 90),
                TableColumn("unit", self.tr("单位"), 260),
                TableColumn("role", self.tr("角色"), 110),
                TableColumn("trades", self.tr("执裁工种"), 200),
            ],
            parent,
        )

    def set_judges(self, judges: Sequence[JudgeInfo], trade_names: Mapping[str, str]) -> None:
        rows = [
            (
                j.code,
                j.name,
                j.unit,
                role_label(j.role),
                "、".join(trade_names.get(t, t) for t in j.trades),
            )
            for j in judges
        ]
        self.set_rows(rows, judges)

    def judge(self, row: int) -> JudgeInfo:
        info = self.payload(row)
        assert isinstance(info, JudgeInfo)
        return info
