"""Recusal (回避): whether a judge must stand aside for a contestant, and on which ground.

The one home of the rule. The scoring service refuses such a mark, the score import refuses a
file holding one, the grid greys the cell before anyone types, and the conflict list shows the
pairs: each gathers the facts its own way and asks `stand_aside`.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Literal

RecusalGround = Literal["declared", "same_unit", "not_on_panel"]


@dataclass(frozen=True)
class Recusal:
    """Why a judge stands aside: the `ground`, and its detail (the declared reason, the shared
    unit, or nothing for a criterion outside the judge's panel)."""

    ground: RecusalGround
    detail: str = ""


def same_unit(judge_unit: str, contestant_unit: str) -> bool:
    """Both name the same unit; an empty unit is nobody's."""
    unit = judge_unit.strip()
    return bool(unit) and unit == contestant_unit.strip()


def stand_aside(
    *,
    declared: str | None,
    judge_unit: str,
    contestant_unit: str,
    blind: bool,
    panel: Collection[object] = (),
    criterion: object | None = None,
) -> Recusal | None:
    """The ground on which a judge may not mark a contestant (for `criterion`), or None.

    In order: a declared conflict (its reason in `declared`; it holds even for blind marking);
    the same unit, unless marking is blind (the judge sees a work-piece code, not the unit);
    and, for a criterion, one outside the judge's panel (an empty `panel` marks everything).
    """
    if declared is not None:
        return Recusal("declared", declared)
    if not blind and same_unit(judge_unit, contestant_unit):
        return Recusal("same_unit", contestant_unit.strip())
    if criterion is not None and panel and criterion not in panel:
        return Recusal("not_on_panel")
    return None
