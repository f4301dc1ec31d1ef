"""The chief judge's lock: after sign-off a trade's marks, times and statuses are read-only."""

from __future__ import annotations

from datetime import datetime

from competition_app.domain.errors import UserError
from competition_app.services.context import Context
from competition_app.services.integrity import audit
from competition_app.services.integrity.permissions import require
from competition_app.services.results.recheck_status import lock_refusal
from competition_app.services.scoring.verification import status_in_session
from competition_app.storage.models import Trade


def lock_trade(ctx: Context, trade_id: int) -> None:
    require(ctx, "lock")
    with ctx.db.unit_of_work() as s:
        trade = s.get(Trade, trade_id)
        if trade is None:
            raise UserError("工种不存在")
        if trade.locked:
            return
        verification = status_in_session(s, trade)
        if verification.provisional:
            n = verification.counts
            raise UserError(
                f"工种“{trade.name}”复核未完成（{n.verified}/{n.expected} 个分数已核对，"
                f"{n.mismatched} 个不一致），不能锁定"
            )
        refusal = lock_refusal(s, trade)
        if refusal:
            raise UserError(refusal)
        trade.locked, trade.locked_by = True, ctx.actor
        trade.locked_at = datetime.now().replace(microsecond=0)
        trade.version += 1
        audit.record(
            s,
            ctx,
            "trade.lock",
            event_id=trade.event_id,
            entity="trade",
            key=trade.code,
            old="unlocked",
            new="locked",
        )


def unlock_trade(ctx: Context, trade_id: int, reason: str) -> None:
    """Unlocking needs a reason: it is written to the audit trail with who and when."""
    require(ctx, "lock")
    if not reason.strip():
        raise UserError("解锁必须填写原因")
    with ctx.db.unit_of_work() as s:
        trade = s.get(Trade, trade_id)
        if trade is None:
            raise UserError("工种不存在")
        if not trade.locked:
            return
        trade.locked, trade.locked_by, trade.locked_at = False, "", None
        trade.version += 1
        audit.record(
            s,
            ctx,
            "trade.unlock",
            event_id=trade.event_id,
            entity="trade",
            key=trade.code,
            old="locked",
            new="unlocked",
            reason=reason.strip(),
        )
