"""A trade prints as final only when locked, with no tie pending and every mark verified."""

from __future__ import annotations

from decimal import Decimal

import pytest

from competition_app.domain.final_state import (
    NOT_LOCKED,
    TIE_PENDING,
    UNVERIFIED,
    draft_footer,
    draft_reasons,
)
from competition_app.domain.results import FLAG_SPREAD, FLAG_TIE_DECISION, ResultRow


def row(*flags: str) -> ResultRow:
    return ResultRow("1", "A1", "张三", "", "", "", "ok", {}, Decimal(90), rank=1, flags=flags)


@pytest.mark.parametrize(
    ("locked", "flags", "unverified", "expected"),
    [
        (True, (), False, ()),
        (False, (), False, (NOT_LOCKED,)),
        (True, (FLAG_TIE_DECISION,), False, (TIE_PENDING,)),
        (True, (FLAG_SPREAD,), False, ()),
        (True, (), True, (UNVERIFIED,)),
        (False, (FLAG_TIE_DECISION,), True, (NOT_LOCKED, TIE_PENDING, UNVERIFIED)),
    ],
    ids=["final", "unlocked", "tie", "spread-is-not-a-reason", "unverified", "all"],
)
def test_draft_reasons(locked, flags, unverified, expected) -> None:
    assert draft_reasons(locked=locked, rows=[row(*flags)], unverified=unverified) == expected


def test_footer() -> None:
    assert draft_footer(()) == ""
    assert draft_footer((NOT_LOCKED, TIE_PENDING)) == (
        "草稿，不作正式结果：成绩未经裁判长锁定；有并列待裁判长裁定"
    )
