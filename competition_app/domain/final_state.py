"""Whether a trade's results are final enough to print as final, and if not, why.

Anything printed before the chief judge's lock is a draft and says so on every page; so is a
sheet with a tie left for the chief judge to decide or marks still waiting for their second
(verified) entry. The reasons are what the draft's footer prints.
"""

from __future__ import annotations

from collections.abc import Iterable

from competition_app.domain.results import FLAG_TIE_DECISION, ResultRow

WATERMARK = "草稿 / 未锁定"
NOT_LOCKED = "成绩未经裁判长锁定"
TIE_PENDING = "有并列待裁判长裁定"
UNVERIFIED = "复核录入未完成"


def draft_reasons(*, locked: bool, rows: Iterable[ResultRow], unverified: bool) -> tuple[str, ...]:
    """The reasons a trade's sheet or certificates are only a draft; () when they are final."""
    reasons = []
    if not locked:
        reasons.append(NOT_LOCKED)
    if any(FLAG_TIE_DECISION in r.flags for r in rows):
        reasons.append(TIE_PENDING)
    if unverified:
        reasons.append(UNVERIFIED)
    return tuple(reasons)


def draft_footer(reasons: Iterable[str]) -> str:
    """The footer line of a draft, e.g. "草稿，不作正式结果：成绩未经裁判长锁定；有并列待裁判长裁定"."""
    listed = "；".join(reasons)
    return f"草稿，不作正式结果：{listed}" if listed else ""
