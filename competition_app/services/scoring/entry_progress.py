"""How far mark entry has come in each trade of an event, counted in the database.

The same count as the score grid's 已录入 x / y (`ScoreGrid.counts`): only contestants who
compete are expected, a cell whose judge stands aside (回避) is neither expected nor entered,
completion times aside. Loading the 74 grids of a city contest to count them took 24 s; here
the event is counted in a fixed number of aggregate queries whatever the number of trades, and
`domain.recusal.same_unit` still decides which units match (in Python, so its exact notion of
blank and equal is kept).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import and_, case, func, select, tuple_
from sqlalchemy.orm import selectinload

from competition_app.domain.entries import COMPETING
from competition_app.domain.recusal import same_unit
from competition_app.services.context import Context
from competition_app.services.scoring.recusal import is_blind
from competition_app.services.setup.trades import load_rules
from competition_app.storage.models import (
    Component,
    ComponentScore,
    Contestant,
    Criterion,
    CriterionMark,
    Judge,
    JudgeConflict,
    Trade,
    judge_panel,
    judge_trade,
)

# Judges who mark (as score_grid.MARKING_ROLE: the chief judge and clerks get no column).
_MARKING_ROLE = "judge"


@dataclass(frozen=True)
class TradeProgress:
    trade_id: int
    code: str
    name: str
    contestants: int
    entered: int
    expected: int
    locked: bool
    locked_by: str


@dataclass(frozen=True)
class _Column:
    code: str
    judge_id: int  # 0: the one mark of a criterion, or a directly entered score
    judge_unit: str  # "" for a column kept for a judge no longer on the panel
    score: bool = False


def _columns(
    trade: Trade, judges: list[tuple[int, str, str]], marked: Iterable[tuple[str, int]]
) -> list[_Column]:
    """The grid's enterable columns of a trade (score_grid.grid_columns and load_grid's extra
    columns for marks by a judge no longer on the panel), without the completion time."""
    rules = load_rules(trade)
    panel = (
        [(jid, unit) for jid, role, unit in judges if role == _MARKING_ROLE]
        if rules.panel.method != "single"
        else []
    )
    cols: list[_Column] = []
    for comp in rules.components:
        if rules.is_direct(comp.code):
            cols.append(_Column(comp.code, 0, "", score=True))
            continue
        for crit in rules.criteria_of(comp.code):
            if not panel:
                cols.append(_Column(crit.code, 0, ""))
            cols.extend(_Column(crit.code, jid, unit) for jid, unit in panel)
    have = {(c.code, c.judge_id) for c in cols if not c.score}
    codes = {c.code for c in rules.criteria}
    for code, jid in sorted(marked):
        if code in codes and (code, jid) not in have:
            have.add((code, jid))
            cols.append(_Column(code, jid, ""))
    return cols


def entry_progress(ctx: Context, event_id: int) -> list[TradeProgress]:
    """How far mark entry has come in each trade of an event (ten queries, any event size)."""
    competes = Contestant.status.in_(COMPETING)
    with ctx.db.reading() as s:
        trades = list(
            s.scalars(
                select(Trade)
                .where(Trade.event_id == event_id)
                .order_by(Trade.position)
                .options(selectinload(Trade.components), selectinload(Trade.criteria))
            )
        )
        ids = [t.id for t in trades]
        judges: defaultdict[int, list[tuple[int, str, str]]] = defaultdict(list)
        for tid, jid, role, unit in s.execute(
            select(judge_trade.c.trade_id, Judge.id, Judge.role, Judge.unit)
            .select_from(judge_trade)
            .join(Judge, Judge.id == judge_trade.c.judge_id)
            .where(Judge.event_id == event_id, judge_trade.c.trade_id.in_(ids))
            .order_by(Judge.id)
        ):
            judges[tid].append((jid, role, unit))
        panels: defaultdict[tuple[int, int], set[str]] = defaultdict(set)
        for tid, jid, code in s.execute(
            select(Criterion.trade_id, judge_panel.c.judge_id, Criterion.code)
            .select_from(judge_panel)
            .join(Criterion, Criterion.id == judge_panel.c.criterion_id)
            .where(Criterion.trade_id.in_(ids))
        ):
            panels[(tid, jid)].add(code)
        # contestants of each trade by unit: all of them, and those who compete
        people: Counter[int] = Counter()
        units: defaultdict[int, Counter[str]] = defaultdict(Counter)
        for tid, unit, competing, n in s.execute(
            select(Contestant.trade_id, Contestant.unit, competes, func.count())
            .where(Contestant.event_id == event_id)
            .group_by(Contestant.trade_id, Contestant.unit, competes)
        ):
            people[tid] += n
            if competing:
                units[tid][unit] += n
        # marks of each criterion column; only those of competing contestants of the trade count
        counted = and_(competes, Contestant.trade_id == Criterion.trade_id)
        marks: dict[tuple[int, str, int], int] = {}
        for tid, code, jid, n in s.execute(
            select(
                Criterion.trade_id,
                Criterion.code,
                CriterionMark.judge_id,
                func.sum(case((counted, 1), else_=0)),
            )
            .select_from(CriterionMark)
            .join(Criterion, Criterion.id == CriterionMark.criterion_id)
            .join(Contestant, Contestant.id == CriterionMark.contestant_id)
            .where(Criterion.trade_id.in_(ids))
            .group_by(Criterion.trade_id, Criterion.code, CriterionMark.judge_id)
        ):
            marks[(tid, code, jid)] = int(n or 0)
        scores: dict[tuple[int, str], int] = {
            (tid, code): n
            for tid, code, n in s.execute(
                select(Component.trade_id, Component.code, func.count())
                .select_from(ComponentScore)
                .join(Component, Component.id == ComponentScore.component_id)
                .join(Contestant, Contestant.id == ComponentScore.contestant_id)
                .where(
                    Component.trade_id.in_(ids),
                    competes,
                    Contestant.trade_id == Component.trade_id,
                )
                .group_by(Component.trade_id, Component.code)
            )
        }
        # the marks a same-unit judge gave anyway (the grid shows them greyed, uncounted)
        pairs = sorted(
            {
                (jid, unit)
                for tid, js in judges.items()
                for jid, _role, judge_unit in js
                for unit in units[tid]
                if same_unit(judge_unit, unit)
            }
        )
        # driven from the contestants of those units (none, mostly: then no mark is read)
        pair_units = sorted({unit for _jid, unit in pairs})
        same: Counter[tuple[int, str, int, str]] = Counter()
        for tid, code, jid, unit, n in s.execute(
            select(
                Criterion.trade_id,
                Criterion.code,
                CriterionMark.judge_id,
                Contestant.unit,
                func.count(),
            )
            .select_from(Contestant)
            .join(CriterionMark, CriterionMark.contestant_id == Contestant.id)
            .join(Criterion, Criterion.id == CriterionMark.criterion_id)
            .where(
                Contestant.event_id == event_id,
                Contestant.unit.in_(pair_units),
                Criterion.trade_id.in_(ids),
                counted,
                tuple_(CriterionMark.judge_id, Contestant.unit).in_(pairs or [(0, "")]),
            )
            .group_by(Criterion.trade_id, Criterion.code, CriterionMark.judge_id, Contestant.unit)
        ):
            same[(tid, code, jid, unit)] += n
        # declared conflicts of competing contestants, and the marks given across one anyway
        declared: defaultdict[tuple[int, int], list[str]] = defaultdict(list)
        for tid, jid, unit in s.execute(
            select(Contestant.trade_id, JudgeConflict.judge_id, Contestant.unit)
            .select_from(JudgeConflict)
            .join(Contestant, Contestant.id == JudgeConflict.contestant_id)
            .where(Contestant.event_id == event_id, competes)
        ):
            declared[(tid, jid)].append(unit)
        declared_marks: Counter[tuple[int, str, int, str]] = Counter()
        for tid, code, jid, unit in s.execute(
            select(Criterion.trade_id, Criterion.code, CriterionMark.judge_id, Contestant.unit)
            .select_from(JudgeConflict)  # a few rows: the marks are looked up from them
            .join(
                CriterionMark,
                and_(
                    CriterionMark.judge_id == JudgeConflict.judge_id,
                    CriterionMark.contestant_id == JudgeConflict.contestant_id,
                ),
            )
            .join(Criterion, Criterion.id == CriterionMark.criterion_id)
            .join(Contestant, Contestant.id == CriterionMark.contestant_id)
            .where(
                Criterion.trade_id.in_(ids),
                counted,
                # so the marks are looked up by contestant, not all scanned
                CriterionMark.contestant_id.in_(select(JudgeConflict.contestant_id)),
            )
        ):
            declared_marks[(tid, code, jid, unit)] += 1

        out = []
        for t in trades:
            blind = is_blind(t)
            marked = [(code, jid) for (tid, code, jid) in marks if tid == t.id]
            entered = expected = 0
            for col in _columns(t, judges[t.id], marked):
                if col.score:
                    expected += sum(units[t.id].values())
                    entered += scores.get((t.id, col.code), 0)
                    continue
                panel = panels.get((t.id, col.judge_id), set()) if col.judge_id else set()
                if panel and col.code not in panel:
                    continue  # not on this criterion's panel: the whole column stands aside

                def aside(unit: str, col: _Column = col, blind: bool = blind) -> bool:
                    return not blind and same_unit(col.judge_unit, unit)

                kept = [u for u in declared.get((t.id, col.judge_id), ()) if not aside(u)]
                expected += sum(n for u, n in units[t.id].items() if not aside(u)) - len(kept)
                given = marks.get((t.id, col.code, col.judge_id), 0)
                given -= sum(
                    same[(t.id, col.code, col.judge_id, u)] for u in units[t.id] if aside(u)
                )
                given -= sum(
                    n
                    for (tid, code, jid, u), n in declared_marks.items()
                    if (tid, code, jid) == (t.id, col.code, col.judge_id) and not aside(u)
                )
                entered += given
            out.append(
                TradeProgress(
                    t.id, t.code, t.name, people[t.id], entered, expected, t.locked, t.locked_by
                )
            )
        return out
