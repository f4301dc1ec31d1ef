"""Who may see whose result on a blind trade: nobody links a result to a contestant before the
encryption judge has decrypted the locked trade, whatever their role or entry point."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from competition_app.domain.errors import UserError
from competition_app.services.scoring.recusal import is_blind
from competition_app.storage.models import AuditEntry, BlindCode, Trade


def decrypted(s: Session, trade: Trade) -> bool:
    """Whether the trade's codes have been decrypted since they were last made afresh.

    Read from the hash-chained audit trail, where decryption is written (after the lock, by the
    encryption judge or organizer), so no flag can be set behind the app's back unnoticed.
    """

    def last(*actions: str) -> int:
        return int(
            s.execute(
                select(func.coalesce(func.max(AuditEntry.id), 0)).where(
                    AuditEntry.event_id == trade.event_id,
                    AuditEntry.entity == "blind_code",
                    AuditEntry.entity_key == trade.code,
                    AuditEntry.action.in_(actions),
                )
            ).scalar_one()
        )

    decryption = last("codes.decrypt")
    return decryption > 0 and decryption > last("codes.regenerate")


def identities_hidden(s: Session, trade: Trade) -> bool:
    """Whether results of the trade must not name anyone: blind, and not yet decrypted."""
    return is_blind(trade) and not decrypted(s, trade)


def hidden_identities(s: Session, trade: Trade) -> dict[str, str] | None:
    """For a blind trade not yet decrypted: each contestant's work-piece code by result key (the
    contestant id as text). None when results may show names."""
    if not identities_hidden(s, trade):
        return None
    return {
        str(cid): code
        for cid, code in s.execute(
            select(BlindCode.contestant_id, BlindCode.workpiece_code).where(
                BlindCode.trade_id == trade.id
            )
        ).tuples()
    }


def ensure_identities_shown(s: Session, trade: Trade, what: str) -> None:
    """Refuse to print names (certificates, result sheets) of a blind trade before decryption."""
    if identities_hidden(s, trade):
        why = (
            "已锁定，请加密裁判在“加密”页解密"
            if trade.locked
            else "须先由裁判长锁定成绩，再由加密裁判解密"
        )
        raise UserError(f"工种“{trade.name}”为盲评，解密前不能打印{what}：{why}")
