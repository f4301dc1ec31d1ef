"""Entering marks: one mark, score or time at a time from the grid, or a whole score file."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from competition_app.domain.errors import ConflictError, UserError
from competition_app.domain.marks import parse_mark
from competition_app.io.score_sheets import read_scores
from competition_app.services import audit
from competition_app.services.context import Context
from competition_app.services.trades import ensure_unlocked, find_trade, load_rules
from competition_app.storage.models import (
    Component,
    ComponentScore,
    Contestant,
    Criterion,
    CriterionMark,
    Judge,
    Trade,
)


@dataclass(frozen=True)
class Saved:
    """What the grid shows after a save: the stored value and its version for the next edit."""

    value: Decimal | None
    version: int


def _contestant_and_trade(s: Session, contestant_id: int) -> tuple[Contestant, Trade]:
    c = s.get(Contestant, contestant_id)
    if c is None:
        raise UserError("该选手不存在")
    t = s.get(Trade, c.trade_id)
    assert t is not None
    return c, t


def record_mark(
    ctx: Context,
    contestant_id: int,
    criterion_code: str,
    value: Decimal | str | None,
    *,
    judge_id: int = 0,
    expected_version: int | None = None,
) -> Saved:
    """Store (or clear, with None or "") one criterion mark, checked against the criterion's range.

    `expected_version` is the version the station last saw (0: it saw no mark); if someone else
    saved in between, the save is refused showing their value, never silently overwritten.
    """
    with ctx.db.unit_of_work() as s:
        c, trade = _contestant_and_trade(s, contestant_id)
        ensure_unlocked(trade)
        rules = load_rules(trade)
        crit_row = s.scalars(
            select(Criterion).where(
                Criterion.trade_id == trade.id, Criterion.code == criterion_code
            )
        ).first()
        if crit_row is None:
            raise UserError(f"工种“{trade.name}”没有评分项“{criterion_code}”")
        crit = rules.criterion(criterion_code)
        mark = _parse(value, rules.mark_limit(crit), max(2, rules.rounding.decimals))
        existing = s.scalars(
            select(CriterionMark).where(
                CriterionMark.contestant_id == c.id,
                CriterionMark.criterion_id == crit_row.id,
                CriterionMark.judge_id == judge_id,
            )
        ).first()
        _check_version(
            existing.version if existing else 0,
            existing.mark if existing else None,
            expected_version,
        )
        old = existing.mark if existing else None
        where = f"{c.number}/{criterion_code}/{judge_id or '-'}"
        if mark is None:
            if existing is not None:
                s.delete(existing)
            saved = Saved(None, (existing.version + 1) if existing else 0)
        elif existing is None:
            s.add(
                CriterionMark(
                    contestant_id=c.id,
                    criterion_id=crit_row.id,
                    judge_id=judge_id,
                    mark=mark,
                    entered_by=ctx.actor,
                )
            )
            saved = Saved(mark, 1)
        else:
            existing.mark, existing.entered_by = mark, ctx.actor
            existing.version += 1
            saved = Saved(mark, existing.version)
        if old != mark:
            audit.record(
                s,
                ctx,
                "mark",
                event_id=c.event_id,
                entity="criterion_mark",
                key=where,
                old=old,
                new=mark,
            )
        return saved


def _parse(value: Decimal | str | None, limit: Decimal, decimals: int) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, Decimal):
        value = format(value, "f")
    if not value.strip():
        return None
    return parse_mark(value, limit, decimals=decimals)


def _check_version(current: int, current_value: Decimal | None, expected: int | None) -> None:
    if expected is not None and expected != current:
        shown = "（已清空）" if current_value is None else str(current_value)
        raise ConflictError(f"另一台记分电脑刚刚保存了这个分数：{shown}。请核对后再修改。")


def record_score(
    ctx: Context,
    contestant_id: int,
    component_code: str,
    value: Decimal | str | None,
    *,
    expected_version: int | None = None,
) -> Saved:
    """Store or clear a directly entered component score (e.g. the theory exam result)."""
    with ctx.db.unit_of_work() as s:
        c, trade = _contestant_and_trade(s, contestant_id)
        ensure_unlocked(trade)
        rules = load_rules(trade)
        comp_row = s.scalars(
            select(Component).where(
                Component.trade_id == trade.id, Component.code == component_code
            )
        ).first()
        if comp_row is None or not rules.is_direct(component_code):
            raise UserError(f"“{component_code}”不能直接录入分数")
        score = _parse(value, comp_row.max_score, max(2, rules.rounding.decimals))
        existing = s.scalars(
            select(ComponentScore).where(
                ComponentScore.contestant_id == c.id, ComponentScore.component_id == comp_row.id
            )
        ).first()
        _check_version(
            existing.version if existing else 0,
            existing.score if existing else None,
            expected_version,
        )
        old = existing.score if existing else None
        if score is None:
            if existing is not None:
                s.delete(existing)
            saved = Saved(None, (existing.version + 1) if existing else 0)
        elif existing is None:
            s.add(
                ComponentScore(
                    contestant_id=c.id, component_id=comp_row.id, score=score, entered_by=ctx.actor
                )
            )
            saved = Saved(score, 1)
        else:
            existing.score, existing.entered_by = score, ctx.actor
            existing.version += 1
            saved = Saved(score, existing.version)
        if old != score:
            audit.record(
                s,
                ctx,
                "score",
                event_id=c.event_id,
                entity="component_score",
                key=f"{c.number}/{component_code}",
                old=old,
                new=score,
            )
        return saved


def record_time(ctx: Context, contestant_id: int, minutes: Decimal | None) -> None:
    with ctx.db.unit_of_work() as s:
        c, trade = _contestant_and_trade(s, contestant_id)
        ensure_unlocked(trade)
        if minutes is not None and minutes < 0:
            raise UserError("用时不能为负数")
        old = c.time_minutes
        c.time_minutes = minutes
        c.version += 1
        if old != minutes:
            audit.record(
                s,
                ctx,
                "time",
                event_id=c.event_id,
                entity="contestant",
                key=c.number,
                old=old,
                new=minutes,
            )


@dataclass(frozen=True)
class ScoreImportReport:
    rows: int
    marks: int
    scores: int
    times: int
    form: str


def _upsert(
    s: Session, table: type, values: list[dict[str, object]], keys: list[str], set_cols: list[str]
) -> None:
    """Insert or replace rows in bulk, on SQLite and PostgreSQL alike."""
    if not values:
        return
    dialect = s.get_bind().dialect.name
    mod = postgresql if dialect == "postgresql" else sqlite
    chunk = 5000
    for i in range(0, len(values), chunk):
        stmt = mod.insert(table).values(values[i : i + chunk])
        stmt = stmt.on_conflict_do_update(
            index_elements=keys,
            set_={c: getattr(stmt.excluded, c) for c in set_cols} | {"version": table.version + 1},  # type: ignore[attr-defined]
        )
        s.execute(stmt)


def import_scores(ctx: Context, event_id: int, trade_code: str, path: Path) -> ScoreImportReport:
    """Import a whole score file for a trade, or nothing if any cell is bad."""
    with ctx.db.unit_of_work() as s:
        trade = find_trade(s, event_id, trade_code)
        ensure_unlocked(trade)
        rules = load_rules(trade)
        contestants: dict[str, int] = {
            number: cid
            for number, cid in s.execute(
                select(Contestant.number, Contestant.id).where(Contestant.trade_id == trade.id)
            )
        }
        judges: dict[str, str] = {}
        judge_ids: dict[str, int] = {}
        for j in s.scalars(select(Judge).where(Judge.event_id == event_id)):
            judges[j.code] = j.code
            judges.setdefault(j.name, j.code)
            judge_ids[j.code] = j.id
        parsed = read_scores(Path(path), rules, numbers=contestants.keys(), judges=judges)
        crit_ids = {c.code: c.id for c in trade.criteria}
        comp_ids = {c.code: c.id for c in trade.components}
        who = ctx.actor
        _upsert(
            s,
            CriterionMark,
            [
                {
                    "contestant_id": contestants[m.number],
                    "criterion_id": crit_ids[m.criterion],
                    "judge_id": judge_ids.get(m.judge, 0),
                    "mark": m.mark,
                    "entered_by": who,
                }
                for m in parsed.marks
            ],
            ["contestant_id", "criterion_id", "judge_id"],
            ["mark", "entered_by"],
        )
        _upsert(
            s,
            ComponentScore,
            [
                {
                    "contestant_id": contestants[x.number],
                    "component_id": comp_ids[x.component],
                    "score": x.score,
                    "entered_by": who,
                }
                for x in parsed.scores
            ],
            ["contestant_id", "component_id"],
            ["score", "entered_by"],
        )
        for t in parsed.times:
            s.execute(
                update(Contestant)
                .where(Contestant.id == contestants[t.number])
                .values(time_minutes=t.minutes, version=Contestant.version + 1)
            )
        report = ScoreImportReport(
            parsed.rows, len(parsed.marks), len(parsed.scores), len(parsed.times), parsed.form
        )
        audit.record(
            s,
            ctx,
            "scores.import",
            event_id=event_id,
            entity="trade",
            key=trade_code,
            new={"file": Path(path).name, **report.__dict__},
        )
        return report


def clear_marks(ctx: Context, trade_id: int) -> None:
    """Remove every mark of a trade (used when a trade is rebuilt before the contest)."""
    with ctx.db.unit_of_work() as s:
        trade = s.get(Trade, trade_id)
        if trade is None:
            return
        ensure_unlocked(trade)
        ids = select(Criterion.id).where(Criterion.trade_id == trade_id)
        s.execute(delete(CriterionMark).where(CriterionMark.criterion_id.in_(ids)))
        audit.record(s, ctx, "marks.clear", event_id=trade.event_id, entity="trade", key=trade.code)
