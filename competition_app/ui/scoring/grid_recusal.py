"""How the grid words a cell whose judge stands aside (回避), shown before anyone types.

Which cells those are comes with the grid (`GridRow.recused`, decided by domain.recusal, the
rule the scoring service applies when it refuses such a mark); this only says why, in the
window's language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from competition_app.domain.recusal import Recusal
from competition_app.services.scoring.score_grid import GridColumn


def _t(text: str) -> str:
    return QCoreApplication.translate("ScoreGridModel", text)


def recusal_text(ground: Recusal | None, gc: GridColumn, *, blind: bool) -> str:
    """Why the column's judge may not mark this row, or "" when they may."""
    if ground is None:
        return ""
    judge = _t("裁判 %1 %2").replace("%1", gc.judge_code).replace("%2", gc.judge_name)
    if ground.ground == "declared":
        if blind:
            # a declared reason names the person behind the work piece: it stays out
            return _t("%1 已登记须回避该工件的选手").replace("%1", judge)
        return _t("%1 已登记须回避该选手：%2").replace("%1", judge).replace("%2", ground.detail)
    if ground.ground == "same_unit":
        return _t("%1 与选手同属“%2”，须回避").replace("%1", judge).replace("%2", ground.detail)
    return _t("%1 不在评分项“%2”的评分组中").replace("%1", judge).replace("%2", gc.name)


def _strings() -> None:  # pragma: no cover - read by pyside6-lupdate
    QCoreApplication.translate("ScoreGridModel", "裁判 %1 %2")
    QCoreApplication.translate("ScoreGridModel", "%1 已登记须回避该工件的选手")
    QCoreApplication.translate("ScoreGridModel", "%1 已登记须回避该选手：%2")
    QCoreApplication.translate("ScoreGridModel", "%1 与选手同属“%2”，须回避")
    QCoreApplication.translate("ScoreGridModel", "%1 不在评分项“%2”的评分组中")
