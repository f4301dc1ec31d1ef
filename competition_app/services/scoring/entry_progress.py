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

from sqlalchemy import and_, func, select, tuple_
from sqlalchemy.orm import Session, selectinload

from competition_app.domain.entries import COMPETING
from competition_app.domain.recusal import same_unit
from competition_app.domain.rules import TradeRules
from competition_app.services.context import Context
from competition_app.services.scoring.recusal import is_blind
from competition_app.services.setup.trade_facts import trade_facts
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
    rules: TradeRules, judges: list[tuple[int, str, str]], marked: Iterable[tuple[str, int]]
) -> list[_Column]:
    """The grid's enterable columns of a trade (score_grid.grid_columns and load_grid's extra
    columns for marks by a judge no longer on the panel), without the completion time."""
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


def _counted_marks(s: Session, ids: list[int]) -> dict[int, int]:
    """The marks of competing contestants of the trade, per criterion: one pass over the
    covering index in criterion order, no sort (grouped in the order the criteria are read)."""
    return {
        cid: n
        for _tid, cid, n in s.execute(
            select(Criterion.trade_id, Criterion.id, func.count())
            .select_from(Criterion)
            .join(CriterionMark, CriterionMark.criterion_id == Criterion.id)
            .join(Contestant, Contestant.id == CriterionMark.contestant_id)
            .where(
                Criterion.trade_id.in_(ids),
                Contestant.status.in_(COMPETING),
                Contestant.trade_id == Criterion.trade_id,
            )
            .group_by(Criterion.trade_id, Criterion.id)
        )
    }


def entry_progress(ctx: Context, event_id: int) -> list[TradeProgress]:
    """How far mark entry has come in each trade of an event (nine queries, any event size; a
    tenth when a judge has marks on a criterion outside their panel).

    The marks are counted per criterion, not per criterion and judge: every mark of a criterion
    lands in one of the grid's columns (a judge no longer on the panel keeps a column of their
    own), so only the columns that stand aside whole need a count of their own, and those are
    rare. Grouping 900,000 marks by judge would sort them all; per criterion the index is read
    in order.
    """
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
        counted = _counted_marks(s, ids)
        # which judges marked each criterion (any contestant): the grid's extra columns
        marked_by: defaultdict[int, list[int]] = defaultdict(list)
        for cid, jid in s.execute(
            select(Criterion.id, CriterionMark.judge_id)
            .distinct()
            .select_from(Criterion)
            .join(CriterionMark, CriterionMark.criterion_id == Criterion.id)
            .where(Criterion.trade_id.in_(ids))
        ):
            marked_by[cid].append(jid)
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
        in_trade = and_(competes, Contestant.trade_id == Criterion.trade_id)
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
                in_trade,
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
        declared_marks: defaultdict[tuple[int, str, int], list[str]] = defaultdict(list)
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
                in_trade,
                # so the marks are looked up by contestant, not all scanned
                CriterionMark.contestant_id.in_(select(JudgeConflict.contestant_id)),
            )
        ):
            declared_marks[(tid, code, jid)].append(unit)

        tallies = [
            _Tally(t, trade_facts(ctx, t).rules, judges[t.id], panels, marked_by) for t in trades
        ]
        # the columns that stand aside whole: their marks are in `counted` and come off again
        aside_whole = sorted(
            (cid, jid)
            for tally in tallies
            for cid, jid in tally.aside_whole
            if jid in marked_by[cid]
        )
        if aside_whole:
            counted_aside = _counted_pairs(s, aside_whole)
            for tally in tallies:
                tally.entered -= sum(counted_aside.get(pair, 0) for pair in tally.aside_whole)
        out = []
        for t, tally in zip(trades, tallies, strict=True):
            competing = units[t.id]
            total = sum(competing.values())
            blind = is_blind(t)
            # each judge's unit: the competing units they stand aside for (none when blind)
            aside_units = {
                unit: [] if blind else [u for u in competing if same_unit(unit, u)]
                for unit in {col.judge_unit for col in tally.columns}
            }
            entered, expected = tally.entered, 0
            entered += sum(counted.get(cid, 0) for cid in tally.counted_criteria)
            for col in tally.columns:
                if col.score:
                    expected += total
                    entered += scores.get((t.id, col.code), 0)
                    continue
                aside = aside_units[col.judge_unit]
                kept = [u for u in declared.get((t.id, col.judge_id), ()) if u not in aside]
                expected += total - sum(competing[u] for u in aside) - len(kept)
                entered -= sum(same[(t.id, col.code, col.judge_id, u)] for u in aside)
                entered -= sum(
                    1
                    for u in declared_marks.get((t.id, col.code, col.judge_id), ())
                    if u not in aside
                )
            out.append(
                TradeProgress(
                    t.id, t.code, t.name, people[t.id], entered, expected, t.locked, t.locked_by
                )
            )
        return out


def _counted_pairs(s: Session, pairs: list[tuple[int, int]]) -> dict[tuple[int, int], int]:
    """Marks of competing contestants of the trade for these (criterion, judge) pairs."""
    return {
        (cid, jid): n
        for cid, jid, n in s.execute(
            select(CriterionMark.criterion_id, CriterionMark.judge_id, func.count())
            .select_from(CriterionMark)
            .join(Criterion, Criterion.id == CriterionMark.criterion_id)
            .join(Contestant, Contestant.id == CriterionMark.contestant_id)
            .where(
                CriterionMark.criterion_id.in_(sorted({cid for cid, _jid in pairs})),
                tuple_(CriterionMark.criterion_id, CriterionMark.judge_id).in_(pairs),
                Contestant.status.in_(COMPETING),
                Contestant.trade_id == Criterion.trade_id,
            )
            .group_by(CriterionMark.criterion_id, CriterionMark.judge_id)
        )
    }


class _Tally:
    """A trade's grid columns that count (those standing aside whole left out), the criteria
    whose marks count, and the (criterion id, judge) columns standing aside whole."""

    def __init__(
        self,
        trade: Trade,
        rules: TradeRules,
        judges: list[tuple[int, str, str]],
        panels: dict[tuple[int, int], set[str]],
        marked_by: dict[int, list[int]],
    ) -> None:
        ids = {c.code: c.id for c in trade.criteria}
        marked = [(c.code, jid) for c in trade.criteria for jid in marked_by.get(c.id, ())]
        self.columns: list[_Column] = []
        self.aside_whole: list[tuple[int, int]] = []
        criteria: set[str] = set()
        for col in _columns(rules, judges, marked):
            panel = panels.get((trade.id, col.judge_id), set()) if col.judge_id else set()
            if not col.score and panel and col.code not in panel:
                self.aside_whole.append((ids[col.code], col.judge_id))
                continue
            self.columns.append(col)
            if not col.score:
                criteria.add(col.code)
        # every mark of a criterion of the rules is in one of its columns (or one aside whole)
        self.counted_criteria = sorted(
            {ids[code] for code in criteria} | {c for c, _j in self.aside_whole}
        )
        self.entered = 0
