"""Editing the judge list one judge at a time, and previewing a judge-list import before writing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from competition_app.domain.errors import Problem, UserError, ValidationError
from competition_app.io.judge_list import JudgeRow, read_judges
from competition_app.services.context import Context
from competition_app.services.integrity import audit
from competition_app.services.integrity.permissions import require
from competition_app.services.registration.judges import JudgeInfo
from competition_app.storage.models import CriterionMark, Judge, Trade

ROLES: tuple[str, ...] = ("judge", "chief_judge", "clerk")
ROLE_LABELS: dict[str, str] = {"judge": "裁判员", "chief_judge": "裁判长", "clerk": "记分员"}


@dataclass(frozen=True)
class JudgeImportPreview:
    rows: tuple[JudgeRow, ...]
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def _trades(s: Session, event_id: int) -> dict[str, Trade]:
    return {t.code: t for t in s.scalars(select(Trade).where(Trade.event_id == event_id))}


def preview_judge_import(ctx: Context, event_id: int, path: Path) -> JudgeImportPreview:
    """Read and check a judge list; nothing is written."""
    with ctx.db.reading() as s:
        trades = _trades(s, event_id)
        existing = set(s.scalars(select(Judge.code).where(Judge.event_id == event_id)))
        lookup = {**{c: c for c in trades}, **{t.name: c for c, t in trades.items()}}
    try:
        rows = read_judges(Path(path), trades=lookup, existing_codes=existing)
    except ValidationError as e:
        return JudgeImportPreview((), e.problems)
    return JudgeImportPreview(tuple(rows), ())


def write_judges(
    ctx: Context, event_id: int, rows: tuple[JudgeRow, ...], *, source: str = ""
) -> int:
    require(ctx, "judges")
    with ctx.db.unit_of_work() as s:
        trades = _trades(s, event_id)
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
            key=source,
            new={"rows": len(rows)},
        )
    return len(rows)


def _check(s: Session, event_id: int, info: JudgeInfo, own_id: int | None) -> list[Trade]:
    problems: list[Problem] = []
    code = info.code.strip()
    if not code:
        problems.append(Problem("code", "裁判编号为空"))
    else:
        clash = s.scalars(
            select(Judge.id).where(Judge.event_id == event_id, Judge.code == code)
        ).first()
        if clash is not None and clash != own_id:
            problems.append(Problem("code", f"裁判编号“{code}”已存在"))
    if not info.name.strip():
        problems.append(Problem("name", "姓名为空"))
    if info.role not in ROLES:
        problems.append(Problem("role", f"未知的角色“{info.role}”"))
    trades = _trades(s, event_id)
    for t in info.trades:
        if t not in trades:
            problems.append(Problem("trades", f"未知的工种“{t}”"))
    if problems:
        raise ValidationError(problems)
    return [trades[t] for t in info.trades]


def _info(j: Judge) -> JudgeInfo:
    return JudgeInfo(j.id, j.code, j.name, j.unit, j.role, tuple(t.code for t in j.trades))


def add_judge(ctx: Context, event_id: int, info: JudgeInfo) -> JudgeInfo:
    require(ctx, "judges")
    with ctx.db.unit_of_work() as s:
        trades = _check(s, event_id, info, None)
        j = Judge(
            event_id=event_id,
            code=info.code.strip(),
            name=info.name.strip(),
            unit=info.unit.strip(),
            role=info.role,
            trades=trades,
        )
        s.add(j)
        s.flush()
        audit.record(
            s,
            ctx,
            "judge.add",
            event_id=event_id,
            entity="judge",
            key=j.code,
            new=_info(j).__dict__,
        )
        return _info(j)


def update_judge(ctx: Context, info: JudgeInfo) -> JudgeInfo:
    require(ctx, "judges")
    with ctx.db.unit_of_work() as s:
        j = s.get(Judge, info.id)
        if j is None:
            raise UserError("该裁判已被删除")
        trades = _check(s, j.event_id, info, j.id)
        old = _info(j).__dict__
        j.code, j.name, j.unit, j.role = (
            info.code.strip(),
            info.name.strip(),
            info.unit.strip(),
            info.role,
        )
        j.trades = trades
        s.flush()
        audit.record(
            s,
            ctx,
            "judge.edit",
            event_id=j.event_id,
            entity="judge",
            key=j.code,
            old=old,
            new=_info(j).__dict__,
        )
        return _info(j)


def delete_judge(ctx: Context, judge_id: int) -> None:
    """Remove a judge who has given no mark; a judge with marks stays, so no mark loses its author."""
    require(ctx, "judges")
    with ctx.db.unit_of_work() as s:
        j = s.get(Judge, judge_id)
        if j is None:
            return
        marks = s.execute(
            select(func.count()).select_from(CriterionMark).where(CriterionMark.judge_id == j.id)
        ).scalar_one()
        if marks:
            raise UserError(f"裁判 {j.code} {j.name} 已录入 {marks} 个分数，不能删除")
        old = _info(j).__dict__
        j.trades = []
        s.flush()
        s.execute(delete(Judge).where(Judge.id == judge_id))
        audit.record(
            s, ctx, "judge.delete", event_id=j.event_id, entity="judge", key=old["code"], old=old
        )
