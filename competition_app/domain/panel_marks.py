"""One rule of a panel: a contestant's marks on a criterion are either one mark given without a
judge (a criterion scored alone) or the marks of named judges, never both. A mark without a
judge beside the judges' marks would count in the panel as one more judge (a three-judge mean
of two judges and an unnamed mark), so it is refused wherever a mark comes in."""

from __future__ import annotations

from collections.abc import Sequence


def mixed_reason(number: str, criterion: str, *, unnamed: bool, judges: Sequence[str]) -> str:
    """Why a mark cannot join `number`'s marks on `criterion`: `unnamed` when the new mark names
    no judge and `judges` (their codes) have marked it; otherwise the new mark names a judge and
    a mark without one is there."""
    if unnamed:
        return (
            f"{number} 的评分项 {criterion} 已有裁判 {'、'.join(judges)} 的评分：不注明裁判的分数"
            "会被当作又一位裁判计入，请注明是哪位裁判评的"
        )
    return f"{number} 的评分项 {criterion} 已有一个不注明裁判的分数：请先清除它，再按裁判逐一录入"
