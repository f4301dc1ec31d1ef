"""How far mark entry has come in each trade of an event, counted in the database.

The same count as the score grid's 已录入 x / y (`ScoreGrid.counts`): only contestants who
compete are expected, a cell whose judge stands aside (回避) is neither expected nor entered,
completion times aside. Loading the 74 grids of a city contest to count them took 24 s; here
the event is counted in a fixed number of aggregate queries whatever the number of trades, and
`domain.recusal.same_unit` still decides which units match (in Python, so its exact notion of
blank and equal is kept).

The SQL is plain text run through a `RowReader`: a session's driver connection for every page
(`entry_progress`), or a bare sqlite3 read of the file made while the window and the database
layer are still loading (`progress_at_head`, the event page's first figures). No SQLAlchemy is
imported here for that reason.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from competition_app.domain.entries import COMPETING
from competition_app.domain.recusal import same_unit
from competition_app.domain.rules import TradeRules
from competition_app.services.scoring.progress_cache import CountedAt
from competition_app.services.setup.trade_row import TradeRow, settings_text
from competition_app.services.setup.trade_switches import is_blind
from competition_app.storage.plain_sqlite import RowReader
from competition_app.storage.trade_reads import COMPONENT_COLUMNS, CRITERION_COLUMNS, rules_of_rows
from competition_app.storage.trade_reads import ComponentIdRow as ComponentRow
from competition_app.storage.trade_reads import CriterionIdRow as CriterionRow

if TYPE_CHECKING:
    from competition_app.services.context import Context
    from competition_app.services.scoring.progress_cache import ProgressCache

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


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def _pairs(n: int) -> str:
    return ", ".join(["(?, ?)"] * n)


def _flat(pairs: Sequence[tuple[Any, Any]]) -> list[Any]:
    return [value for pair in pairs for value in pair]


# a competing contestant of the trade the criterion (k) or component (p) belongs to
_COMPETES = f"c.status IN ({_marks(len(COMPETING))})"


class _Reads:
    """The event's aggregate reads, each one statement whatever the number of trades."""

    def __init__(self, read: RowReader, event_id: int, trade_ids: list[int]) -> None:
        self.read, self.event_id, self.ids = read, event_id, trade_ids
        self.in_trades = f"IN ({_marks(len(trade_ids))})"

    def judges(self) -> defaultdict[int, list[tuple[int, str, str]]]:
        judges: defaultdict[int, list[tuple[int, str, str]]] = defaultdict(list)
        for tid, jid, role, unit in self.read(
            "SELECT jt.trade_id, j.id, j.role, j.unit FROM judge_trade jt"
            " JOIN judge j ON j.id = jt.judge_id"
            f" WHERE j.event_id = ? AND jt.trade_id {self.in_trades} ORDER BY j.id",
            (self.event_id, *self.ids),
        ):
            judges[tid].append((jid, role, unit))
        return judges

    def panels(self) -> defaultdict[tuple[int, int], set[str]]:
        panels: defaultdict[tuple[int, int], set[str]] = defaultdict(set)
        for tid, jid, code in self.read(
            "SELECT k.trade_id, p.judge_id, k.code FROM judge_panel p"
            f" JOIN criterion k ON k.id = p.criterion_id WHERE k.trade_id {self.in_trades}",
            self.ids,
        ):
            panels[(tid, jid)].add(code)
        return panels

    def plans(self) -> defaultdict[int, tuple[list[ComponentRow], list[CriterionRow]]]:
        """Each trade's stored components (id, code, name, weight, max) and criteria (id, code,
        name, component, max, kind), in their order: what its rules are parsed from."""
        plans: defaultdict[int, tuple[list[ComponentRow], list[CriterionRow]]] = defaultdict(
            lambda: ([], [])
        )
        for tid, *component in self.read(
            f"SELECT trade_id, {COMPONENT_COLUMNS} FROM component"
            f" WHERE trade_id {self.in_trades} ORDER BY position, id",
            self.ids,
        ):
            plans[tid][0].append(tuple(component))
        for tid, *criterion in self.read(
            f"SELECT trade_id, {CRITERION_COLUMNS} FROM criterion"
            f" WHERE trade_id {self.in_trades} ORDER BY position, id",
            self.ids,
        ):
            plans[tid][1].append(tuple(criterion))
        return plans

    def people(self) -> tuple[Counter[int], defaultdict[int, Counter[str]]]:
        """Contestants of each trade, and those who compete by unit."""
        people: Counter[int] = Counter()
        units: defaultdict[int, Counter[str]] = defaultdict(Counter)
        # grouped by status, not by "competes": a parameter in both SELECT and GROUP BY is two
        # parameters to PostgreSQL, which then cannot tell the two expressions are one
        for tid, unit, status, n in self.read(
            "SELECT trade_id, unit, status, count(*) FROM contestant WHERE event_id = ?"
            " GROUP BY trade_id, unit, status",
            (self.event_id,),
        ):
            people[tid] += n
            if status in COMPETING:
                units[tid][unit] += n
        return people, units

    def counted(self) -> dict[int, int]:
        """The marks of competing contestants of the trade, per criterion: one pass over the
        covering index in criterion order, no sort (grouped in the order the criteria are
        read)."""
        return {
            cid: n
            for _tid, cid, n in self.read(
                "SELECT k.trade_id, k.id, count(*) FROM criterion k"
                " JOIN criterion_mark m ON m.criterion_id = k.id"
                " JOIN contestant c ON c.id = m.contestant_id"
                f" WHERE k.trade_id {self.in_trades} AND {_COMPETES} AND c.trade_id = k.trade_id"
                " GROUP BY k.trade_id, k.id",
                (*self.ids, *COMPETING),
            )
        }

    def marked_by(self) -> defaultdict[int, list[int]]:
        """Which judges marked each criterion (any contestant): the grid's extra columns."""
        marked_by: defaultdict[int, list[int]] = defaultdict(list)
        for cid, jid in self.read(
            "SELECT DISTINCT k.id, m.judge_id FROM criterion k"
            f" JOIN criterion_mark m ON m.criterion_id = k.id WHERE k.trade_id {self.in_trades}",
            self.ids,
        ):
            marked_by[cid].append(jid)
        return marked_by

    def scores(self) -> dict[tuple[int, str], int]:
        """Directly entered component scores of competing contestants of the trade."""
        return {
            (tid, code): n
            for tid, code, n in self.read(
                "SELECT p.trade_id, p.code, count(*) FROM component_score s"
                " JOIN component p ON p.id = s.component_id"
                " JOIN contestant c ON c.id = s.contestant_id"
                f" WHERE p.trade_id {self.in_trades} AND {_COMPETES} AND c.trade_id = p.trade_id"
                " GROUP BY p.trade_id, p.code",
                (*self.ids, *COMPETING),
            )
        }

    def same_unit_marks(self, pairs: list[tuple[int, str]]) -> Counter[tuple[int, str, int, str]]:
        """The marks a judge gave contestants of their own unit anyway (the grid shows them
        greyed, uncounted), for these (judge, unit) pairs; driven from the contestants of those
        units (none, mostly: then nothing is read)."""
        same: Counter[tuple[int, str, int, str]] = Counter()
        if not pairs:
            return same
        units = sorted({unit for _jid, unit in pairs})
        for tid, code, jid, unit, n in self.read(
            "SELECT k.trade_id, k.code, m.judge_id, c.unit, count(*) FROM contestant c"
            " JOIN criterion_mark m ON m.contestant_id = c.id"
            " JOIN criterion k ON k.id = m.criterion_id"
            f" WHERE c.event_id = ? AND c.unit IN ({_marks(len(units))})"
            f" AND k.trade_id {self.in_trades} AND {_COMPETES} AND c.trade_id = k.trade_id"
            f" AND (m.judge_id, c.unit) IN (VALUES {_pairs(len(pairs))})"
            " GROUP BY k.trade_id, k.code, m.judge_id, c.unit",
            (self.event_id, *units, *self.ids, *COMPETING, *_flat(pairs)),
        ):
            same[(tid, code, jid, unit)] += n
        return same

    def declared(self) -> defaultdict[tuple[int, int], list[str]]:
        """Declared conflicts of competing contestants: (trade, judge) -> their units."""
        declared: defaultdict[tuple[int, int], list[str]] = defaultdict(list)
        for tid, jid, unit in self.read(
            "SELECT c.trade_id, jc.judge_id, c.unit FROM judge_conflict jc"
            f" JOIN contestant c ON c.id = jc.contestant_id WHERE c.event_id = ? AND {_COMPETES}",
            (self.event_id, *COMPETING),
        ):
            declared[(tid, jid)].append(unit)
        return declared

    def declared_marks(self) -> defaultdict[tuple[int, str, int], list[str]]:
        """The marks given across a declared conflict anyway: a few rows, the marks looked up
        from them by contestant, not all scanned."""
        marks: defaultdict[tuple[int, str, int], list[str]] = defaultdict(list)
        for tid, code, jid, unit in self.read(
            "SELECT k.trade_id, k.code, m.judge_id, c.unit FROM judge_conflict jc"
            " JOIN criterion_mark m"
            " ON m.judge_id = jc.judge_id AND m.contestant_id = jc.contestant_id"
            " JOIN criterion k ON k.id = m.criterion_id"
            " JOIN contestant c ON c.id = m.contestant_id"
            f" WHERE k.trade_id {self.in_trades} AND {_COMPETES} AND c.trade_id = k.trade_id"
            " AND m.contestant_id IN (SELECT contestant_id FROM judge_conflict)",
            (*self.ids, *COMPETING),
        ):
            marks[(tid, code, jid)].append(unit)
        return marks

    def counted_pairs(self, pairs: list[tuple[int, int]]) -> dict[tuple[int, int], int]:
        """Marks of competing contestants of the trade for these (criterion, judge) pairs."""
        criteria = sorted({cid for cid, _jid in pairs})
        return {
            (cid, jid): n
            for cid, jid, n in self.read(
                "SELECT m.criterion_id, m.judge_id, count(*) FROM criterion_mark m"
                " JOIN criterion k ON k.id = m.criterion_id"
                " JOIN contestant c ON c.id = m.contestant_id"
                f" WHERE m.criterion_id IN ({_marks(len(criteria))})"
                f" AND (m.criterion_id, m.judge_id) IN (VALUES {_pairs(len(pairs))})"
                f" AND {_COMPETES} AND c.trade_id = k.trade_id"
                " GROUP BY m.criterion_id, m.judge_id",
                (*criteria, *_flat(pairs), *COMPETING),
            )
        }


# The rules of a trade row from its plan rows: from a per-database cache (`entry_progress`) or
# parsed afresh.
RulesOf = Callable[[TradeRow, list[ComponentRow], list[CriterionRow]], TradeRules]


@dataclass(frozen=True)
class _Trade:
    row: TradeRow
    locked_by: str


def progress_of(read: RowReader, event_id: int, rules_of: RulesOf) -> list[TradeProgress]:
    """How far mark entry has come in each trade of the event, in the trades' order (nine
    statements, any event size; a tenth when a judge has marks on a criterion outside their
    panel, none for the own-unit marks when no judge shares a unit with a contestant).

    The marks are counted per criterion, not per criterion and judge: every mark of a criterion
    lands in one of the grid's columns (a judge no longer on the panel keeps a column of their
    own), so only the columns that stand aside whole need a count of their own, and those are
    rare. Grouping 900,000 marks by judge would sort them all; per criterion the index is read
    in order.
    """
    trades = [
        _Trade(TradeRow(tid, eid, code, name, settings_text(st), bool(locked), version), by or "")
        for tid, eid, code, name, st, locked, version, by in read(
            "SELECT id, event_id, code, name, settings, locked, version, locked_by FROM trade"
            " WHERE event_id = ? ORDER BY position, id",
            (event_id,),
        )
    ]
    if not trades:
        return []
    q = _Reads(read, event_id, [t.row.id for t in trades])
    judges, panels, plans = q.judges(), q.panels(), q.plans()
    people, units = q.people()
    counted, marked_by, scores = q.counted(), q.marked_by(), q.scores()
    pairs = sorted(
        {
            (jid, unit)
            for tid, js in judges.items()
            for jid, _role, judge_unit in js
            for unit in units[tid]
            if same_unit(judge_unit, unit)
        }
    )
    same = q.same_unit_marks(pairs)
    declared, declared_marks = q.declared(), q.declared_marks()

    tallies = []
    for t in trades:
        components, criteria = plans[t.row.id]
        rules = rules_of(t.row, components, criteria)
        ids = {row[1]: row[0] for row in criteria}
        tallies.append(_Tally(t.row.id, ids, rules, judges[t.row.id], panels, marked_by))
    # the columns that stand aside whole: their marks are in `counted` and come off again
    aside_whole = sorted(
        (cid, jid) for tally in tallies for cid, jid in tally.aside_whole if jid in marked_by[cid]
    )
    if aside_whole:
        counted_aside = q.counted_pairs(aside_whole)
        for tally in tallies:
            tally.entered -= sum(counted_aside.get(pair, 0) for pair in tally.aside_whole)
    out = []
    for t, tally in zip(trades, tallies, strict=True):
        tid = t.row.id
        competing = units[tid]
        total = sum(competing.values())
        blind = is_blind(t.row)
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
                entered += scores.get((tid, col.code), 0)
                continue
            aside = aside_units[col.judge_unit]
            kept = [u for u in declared.get((tid, col.judge_id), ()) if u not in aside]
            expected += total - sum(competing[u] for u in aside) - len(kept)
            entered -= sum(same[(tid, col.code, col.judge_id, u)] for u in aside)
            entered -= sum(
                1 for u in declared_marks.get((tid, col.code, col.judge_id), ()) if u not in aside
            )
        row = t.row
        out.append(
            TradeProgress(
                tid, row.code, row.name, people[tid], entered, expected, row.locked, t.locked_by
            )
        )
    return out


def entry_progress(
    ctx: Context, event_id: int, *, kept: ProgressCache | None = None
) -> list[TradeProgress]:
    """How far mark entry has come in each trade of an event (see `progress_of`); the rules
    from the per-database cache (`trade_facts`), which `list_trades` uses too. With `kept` (a
    SQLite file), the count is also kept there for the next start, at the state it was read at
    (one read transaction)."""
    from competition_app.services.setup.trade_facts import facts_from_rows
    from competition_app.storage.plain_rows import driver_rows

    with ctx.db.reading() as s:
        read = driver_rows(s)
        trades = progress_of(
            read,
            event_id,
            lambda row, components, criteria: facts_from_rows(ctx, row, components, criteria).rules,
        )
        if kept is not None and ctx.db.is_sqlite:
            kept.keep(counted_at(read, event_id), trades)
        return trades


def counted_at(read: RowReader, event_id: int) -> CountedAt:
    """The state of the database a count of `event_id` made in this read is of."""
    from competition_app.services.integrity.stamps import stamp_of
    from competition_app.storage.plain_sqlite import head_revision

    heads = read("SELECT last_id, last_hash FROM audit_head WHERE id = 1", ())
    head_id, head_hash = heads[0] if heads else (0, "")
    return CountedAt(
        head_revision() or "", event_id, stamp_of(read, event_id), int(head_id), str(head_hash)
    )


@dataclass(frozen=True)
class EarlyProgress:
    """The progress of an event as read from a file, and the change stamp it was read at."""

    event_id: int
    stamp: int
    trades: list[TradeProgress]


def progress_at_head(
    path: str | Path, event_id: int | None, *, kept: ProgressCache | None = None
) -> EarlyProgress | None:
    """The event's progress read from a SQLite file with the standard library alone, with the
    change stamp of the same snapshot; `event_id` None: the file's only event. None where only
    the full way answers (a server, a file to migrate, rules that do not parse) or there is no
    such event. With `kept`, a count kept there for this very state is taken instead of
    counting, and a count made is kept there."""
    import sqlite3

    from competition_app.domain.errors import UserError
    from competition_app.services.integrity.stamps import stamp_of
    from competition_app.storage.plain_sqlite import reading_at_head

    try:
        with reading_at_head(path) as read:
            if read is None:
                return None
            events = [
                row[0]
                for row in read("SELECT id FROM event ORDER BY id", ())
                if event_id is None or row[0] == event_id
            ]
            if len(events) != 1:
                return None
            event, stamp = events[0], stamp_of(read, events[0])
            if kept is None:
                return EarlyProgress(event, stamp, progress_of(read, event, _parsed))
            at = counted_at(read, event)
            trades = kept.recall(at)
            if trades is None:
                trades = progress_of(read, event, _parsed)
                kept.keep(at, trades)
            return EarlyProgress(event, stamp, trades)
    except (sqlite3.Error, UserError, ValueError):
        # a file damaged past its header, settings or rules that no longer parse: the full way
        # words it
        return None


def _parsed(
    row: TradeRow, components: list[ComponentRow], criteria: list[CriterionRow]
) -> TradeRules:
    return rules_of_rows(row.code, row.settings, components, criteria)


class _Tally:
    """A trade's grid columns that count (those standing aside whole left out), the criteria
    whose marks count, and the (criterion id, judge) columns standing aside whole."""

    def __init__(
        self,
        trade_id: int,
        ids: dict[str, int],
        rules: TradeRules,
        judges: list[tuple[int, str, str]],
        panels: dict[tuple[int, int], set[str]],
        marked_by: dict[int, list[int]],
    ) -> None:
        marked = [(code, jid) for code, cid in ids.items() for jid in marked_by.get(cid, ())]
        self.columns: list[_Column] = []
        self.aside_whole: list[tuple[int, int]] = []
        criteria: set[str] = set()
        for col in _columns(rules, judges, marked):
            panel = panels.get((trade_id, col.judge_id), set()) if col.judge_id else set()
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
