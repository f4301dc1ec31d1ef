"""Which grid cells a judge may not mark (回避), and why, shown before anyone types: a declared
conflict, the same unit when marking is not blind, a criterion outside the judge's panel.
The services refuse such a mark anyway; this is so the grid can say so up front."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from competition_app.domain.recusal import stand_aside
from competition_app.services.context import Context
from competition_app.services.recusal import conflicts_for_trade, judge_assignments
from competition_app.services.score_grid import GridColumn, GridRow


def _t(text: str) -> str:
    return QCoreApplication.translate("ScoreGridModel", text)


class StandAside:
    """The declared conflicts and criteria panels of one trade."""

    def __init__(self) -> None:
        # (contestant id, judge id) -> the reason declared
        self.conflicts: dict[tuple[int, int], str] = {}
        # judge id -> the criteria of their panel (a judge not listed marks every criterion)
        self.panels: dict[int, frozenset[str]] = {}

    def load(self, ctx: Context, trade_id: int, *, with_conflicts: bool = True) -> None:
        """`with_conflicts` False for a blind grid: declared conflicts name people."""
        self.conflicts = (
            {
                (c.contestant_id, c.judge_id): c.reason
                for c in conflicts_for_trade(ctx, trade_id)
                if c.kind == "declared"
            }
            if with_conflicts
            else {}
        )
        self.panels = {
            a.judge_id: frozenset(a.criteria)
            for a in judge_assignments(ctx, trade_id)
            if a.criteria
        }

    def clear(self) -> None:
        self.conflicts, self.panels = {}, {}

    def reason(self, person: GridRow, gc: GridColumn, *, blind: bool) -> str:
        """Why the column's judge may not mark this contestant, or ""."""
        if not gc.judge_id:
            return ""
        ground = stand_aside(
            declared=self.conflicts.get((person.contestant_id, gc.judge_id)),
            judge_unit=gc.judge_unit,
            contestant_unit=person.unit,
            blind=blind,
            panel=self.panels.get(gc.judge_id, frozenset()),
            criterion=gc.code if gc.kind == "mark" else None,
        )
        if ground is None:
            return ""
        judge = _t("裁判 %1 %2").replace("%1", gc.judge_code).replace("%2", gc.judge_name)
        if ground.ground == "declared":
            return _t("%1 已登记须回避该选手：%2").replace("%1", judge).replace("%2", ground.detail)
        if ground.ground == "same_unit":
            return _t("%1 与选手同属“%2”，须回避").replace("%1", judge).replace("%2", ground.detail)
        return _t("%1 不在评分项“%2”的评分组中").replace("%1", judge).replace("%2", gc.name)


def _strings() -> None:  # pragma: no cover - read by pyside6-lupdate
    QCoreApplication.translate("ScoreGridModel", "裁判 %1 %2")
    QCoreApplication.translate("ScoreGridModel", "%1 已登记须回避该选手：%2")
    QCoreApplication.translate("ScoreGridModel", "%1 与选手同属“%2”，须回避")
    QCoreApplication.translate("ScoreGridModel", "%1 不在评分项“%2”的评分组中")
