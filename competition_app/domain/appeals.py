"""Appeals (申诉): the time window after a trade ends, and what a changed mark did to ranks and awards."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Literal

from competition_app.domain.errors import UserError
from competition_app.domain.results import ResultRow

DEFAULT_APPEAL_HOURS = Decimal(2)
Decision = Literal["upheld", "rejected"]
DECISIONS: tuple[Decision, ...] = ("upheld", "rejected")
DECISION_LABELS: dict[str, str] = {"open": "待裁定", "upheld": "申诉成立", "rejected": "驳回"}


class AppealWindowClosed(UserError):
    """The appeal came in after the window closed."""


def parse_when(text: str, *, what: str = "时间") -> datetime:
    """An ISO date-time as typed ("2022-07-20 17:30" or "2022-07-20T17:30:00")."""
    try:
        return datetime.fromisoformat(text.strip()).replace(tzinfo=None)
    except ValueError:
        raise UserError(f"{what}“{text}”应写成 2022-07-20 17:30 的形式") from None


def parse_hours(value: object) -> Decimal:
    try:
        hours = Decimal(str(value))
    except InvalidOperation:
        raise UserError(f"申诉时限“{value}”不是数字") from None
    if not hours.is_finite() or hours < 0:
        raise UserError(f"申诉时限“{value}”应为不小于 0 的小时数")
    return hours


def appeal_deadline(ends_at: datetime, hours: Decimal) -> datetime:
    return ends_at + timedelta(seconds=int(hours * 3600))


def check_window(received_at: datetime, ends_at: datetime, hours: Decimal) -> None:
    """Refuse an appeal received after the deadline (an appeal during the trade is accepted)."""
    deadline = appeal_deadline(ends_at, hours)
    if received_at > deadline:
        raise AppealWindowClosed(
            f"申诉时限已过：工种 {ends_at:%Y-%m-%d %H:%M} 结束，申诉须在 {hours.normalize():f} 小时内"
            f"（{deadline:%Y-%m-%d %H:%M} 前）提出，本申诉收到于 {received_at:%Y-%m-%d %H:%M}"
        )


@dataclass(frozen=True)
class RankChange:
    """One contestant whose rank or award moved because of a decision."""

    number: str
    name: str
    old_rank: int | None
    new_rank: int | None
    old_award: str
    new_award: str
    old_total: Decimal | None = None
    new_total: Decimal | None = None


def rank_changes(before: Iterable[ResultRow], after: Iterable[ResultRow]) -> tuple[RankChange, ...]:
    """Rows whose rank, award or total changed, in the new order (unranked last)."""
    old = {r.key: r for r in before}
    out: list[RankChange] = []
    for r in after:
        o = old.get(r.key)
        o_rank, o_award, o_total = (o.rank, o.award, o.total) if o else (None, "", None)
        if (o_rank, o_award, o_total) != (r.rank, r.award, r.total):
            out.append(
                RankChange(r.number, r.name, o_rank, r.rank, o_award, r.award, o_total, r.total)
            )
    return tuple(out)
