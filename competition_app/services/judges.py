"""Judges: import a list, list them, assign them to trades."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from competition_app.io.judge_list import read_judges
from competition_app.services import audit
from competition_app.services.context import Context
from competition_app.services.permissions import require
from competition_app.storage.models import Judge, Trade


@dataclass(frozen=True)
class JudgeInfo:
    id: int
    code: str
    name: str
    unit: str
    role: str
    trades: tuple[str, ...]


def import_judges(ctx: Context, event_id: int, path: Path) -> int:
    require(ctx, "judges")
    with ctx.db.unit_of_work() as s:
        trades = {t.code: t for t in s.scalars(select(Trade).where(Trade.event_id == event_id))}
        lookup = {**{c: c for c in trades}, **{t.name: c for c, t in trades.items()}}
        existing = set(s.scalars(select(Judge.code).where(Judge.event_id == event_id)))
        rows = read_judges(Path(path), trades=lookup, existing_codes=existing)
        for r in rows:
            s.add(
                Judge(
                    event_id=event_id,
                    code=r.code,
                    name=r.name,
                    unit=r.unit,
                    role=r.role,
                    trades=[trades[c] for c in r.trades],
                )
            )
        audit.record(
            s,
            ctx,
            "judges.import",
            event_id=event_id,
            entity="judge",
            key=Path(path).name,
            new={"rows": len(rows)},
        )
        return len(rows)


def list_judges(ctx: Context, event_id: int, trade_code: str | None = None) -> list[JudgeInfo]:
    with ctx.db.reading() as s:
        judges = s.scalars(select(Judge).where(Judge.event_id == event_id).order_by(Judge.code))
        out = [
            JudgeInfo(j.id, j.code, j.name, j.unit, j.role, tuple(t.code for t in j.trades))
            for j in judges
        ]
    if trade_code:
        out = [j for j in out if trade_code in j.trades]
    return out
