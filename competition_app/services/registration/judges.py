"""Judges: import a list, list them, assign them to trades."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import bindparam, func, or_, select
from sqlalchemy.orm import selectinload

from competition_app.domain.errors import UserError, ValidationError
from competition_app.services.context import Context
from competition_app.storage.models import Judge
from competition_app.storage.prepared import Prepared


@dataclass(frozen=True)
class JudgeInfo:
    id: int
    code: str
    name: str
    unit: str
    role: str
    trades: tuple[str, ...]


def import_judges(ctx: Context, event_id: int, path: Path) -> int:
    """Import a whole judge list, or nothing at all if any row is bad."""
    from competition_app.services.registration.judge_roster import (
        preview_judge_import,
        write_judges,
    )

    preview = preview_judge_import(ctx, event_id, path)
    if preview.problems:
        raise ValidationError(preview.problems)
    return write_judges(ctx, event_id, preview.rows, source=Path(path).name)


def list_judges(ctx: Context, event_id: int, trade_code: str | None = None) -> list[JudgeInfo]:
    with ctx.db.reading() as s:
        judges = s.scalars(
            select(Judge)
            .where(Judge.event_id == event_id)
            .order_by(Judge.code)
            .options(selectinload(Judge.trades))  # not one query per judge
        )
        out = [_judge_info(j) for j in judges]
    if trade_code:
        out = [j for j in out if trade_code in j.trades]
    return out


def judge_count(ctx: Context, event_id: int) -> int:
    """How many judges the event has (every role), counted in the database."""
    with ctx.db.reading() as s:
        found = _JUDGES.first(s, event_id=event_id)
    return int(found[0]) if found else 0


# of the table, not the mapped class: the event page asks it as the window starts, before
# anything else of the ORM (a mapped class's statement configures every mapper first)
_JUDGES = Prepared(
    lambda: select(func.count()).where(Judge.__table__.c.event_id == bindparam("event_id"))
)


def find_judge(ctx: Context, event_id: int, code_or_name: str) -> JudgeInfo:
    """The judge a user named by code or by name (the first by code when two share it)."""
    with ctx.db.reading() as s:
        j = s.scalars(
            select(Judge)
            .where(
                Judge.event_id == event_id,
                or_(Judge.code == code_or_name, Judge.name == code_or_name),
            )
            .order_by(Judge.code)
        ).first()
        if j is None:
            raise UserError(f"赛事 {event_id} 没有裁判“{code_or_name}”")
        return _judge_info(j)


def _judge_info(j: Judge) -> JudgeInfo:
    return JudgeInfo(j.id, j.code, j.name, j.unit, j.role, tuple(t.code for t in j.trades))
