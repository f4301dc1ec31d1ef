"""The audit trail: who changed what, when, from what to what; entries are hash-chained."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from competition_app.services.context import Context
from competition_app.storage.models import AuditEntry


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, Decimal):
        return format(value, "f")
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def entry_hash(prev_hash: str, e: AuditEntry) -> str:
    """The hash an entry must carry: anything edited, inserted or deleted breaks the chain."""
    fields = [
        prev_hash,
        str(e.id),
        e.at.isoformat(timespec="seconds") if e.at else "",
        e.user,
        e.action,
        str(e.event_id or ""),
        e.entity,
        e.entity_key,
        e.old_value,
        e.new_value,
        e.reason,
    ]
    return hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()


def record(
    session: Session,
    ctx: Context,
    action: str,
    *,
    event_id: int | None = None,
    entity: str = "",
    key: str = "",
    old: Any = None,
    new: Any = None,
    reason: str = "",
) -> None:
    """Add an entry in the caller's unit of work, so it lands with the change or not at all."""
    last = session.execute(
        select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    prev = last.hash if last else ""
    e = AuditEntry(
        id=(last.id + 1) if last else 1,
        at=datetime.now().replace(microsecond=0),
        user=ctx.actor,
        action=action,
        event_id=event_id,
        entity=entity,
        entity_key=key,
        old_value=_text(old),
        new_value=_text(new),
        reason=reason,
        prev_hash=prev,
    )
    e.hash = entry_hash(prev, e)
    session.add(e)
    session.flush()


@dataclass(frozen=True)
class AuditLine:
    id: int
    at: datetime
    user: str
    action: str
    entity: str
    key: str
    old: str
    new: str
    reason: str


def audit_log(
    ctx: Context, event_id: int | None = None, limit: int | None = None
) -> list[AuditLine]:
    with ctx.db.reading() as s:
        q = select(AuditEntry).order_by(AuditEntry.id.desc())
        if event_id is not None:
            q = q.where((AuditEntry.event_id == event_id) | (AuditEntry.event_id.is_(None)))
        if limit:
            q = q.limit(limit)
        return [
            AuditLine(
                e.id,
                e.at,
                e.user,
                e.action,
                e.entity,
                e.entity_key,
                e.old_value,
                e.new_value,
                e.reason,
            )
            for e in s.scalars(q)
        ]


def verify_chain(ctx: Context) -> int | None:
    """The id of the first entry that does not match the chain, or None when it is intact."""
    with ctx.db.reading() as s:
        prev = ""
        expected_id = 1
        for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id)):
            if e.id != expected_id or e.prev_hash != prev or e.hash != entry_hash(prev, e):
                return e.id if e.id == expected_id else expected_id
            prev = e.hash
            expected_id += 1
    return None
