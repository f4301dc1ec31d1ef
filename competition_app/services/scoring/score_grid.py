"""The score-entry grid of one trade: contestants x (criteria x judges, direct scores, time)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from competition_app.domain.entries import COMPETING
from competition_app.domain.errors import ConflictError, UserError
from competition_app.domain.marks import is_blank, parse_mark, parse_minutes, plain
from competition_app.domain.recusal import Recusal, same_unit, stand_aside
from competition_app.domain.rules import TradeRules
from competition_app.domain.tabulation import number_key
from competition_app.services.context import Context
from competition_app.services.scoring.entry_progress import TradeProgress as TradeProgress
from competition_app.services.scoring.entry_progress import entry_progress as entry_progress
from competition_app.services.scoring.recusal import (
    criteria_panels,
    declared_conflicts,
    trade_judges,
)
from competition_app.services.scoring.scoring import Saved, record_mark, record_score, record_time
from competition_app.services.setup.trades import TradeInfo, trade_info
from competition_app.storage.models import (
    Component,
    ComponentScore,
    Contestant,
    Criterion,
    CriterionMark,
    Judge,
    Trade,
)
from competition_app.storage.plain_rows import plain_rows

CellKind = Literal["mark", "score", "time"]
# Judges who mark (the chief judge and clerks do not get a column of their own).
MARKING_ROLE = "judge"


@dataclass(frozen=True)
class GridColumn:
    """One enterable column. `judge_id` is 0 for a criterion scored without a panel."""

    kind: CellKind
    code: str  # criterion or component code; "time" for the completion time
    name: str
    limit: Decimal | None  # the highest value accepted; None for a time
    decimals: int
    judge_id: int = 0
    judge_code: str = ""
    judge_name: str = ""
    judge_unit: str = ""
    component: str = ""

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.code}:{self.judge_id}"


@dataclass(frozen=True)
class GridRow:
    contestant_id: int
    number: str
    name: str
    unit: str
    group: str
    status: str
    values: tuple[Decimal | None, ...]
    versions: tuple[int, ...]
    # Per column: why the column's judge stands aside for this contestant (回避), or None.
    # Empty when nobody stands aside. Such a cell is never expected to be filled.
    recused: tuple[Recusal | None, ...] = ()

    @property
    def expected(self) -> bool:
        """Whether this contestant's cells should all be filled."""
        return self.status in COMPETING

    def recusal(self, column: int) -> Recusal | None:
        return self.recused[column] if self.recused else None


@dataclass(frozen=True)
class ScoreGrid:
    trade: TradeInfo
    columns: tuple[GridColumn, ...]
    rows: tuple[GridRow, ...]
    # marked by work-piece code (blind): judges do not see units, so no same-unit recusal
    blind: bool = False

    def counts(self, *, include_time: bool = False) -> tuple[int, int]:
        """(entered, expected) cells over the contestants who should be marked."""
        return entry_counts(
            self.columns, self.rows, [r.values for r in self.rows], include_time=include_time
        )


def entry_counts(
    columns: Sequence[GridColumn],
    rows: Sequence[GridRow],
    values: Sequence[Sequence[Decimal | None]],
    *,
    include_time: bool = False,
) -> tuple[int, int]:
    """(entered, expected) cells: the one count behind 已录入 x / y, the progress page and the
    grid's live counter (which passes the values as typed since the load).

    Only contestants who compete are expected, and a cell whose judge stands aside (回避) is
    neither expected nor entered.
    """
    cols = [i for i, c in enumerate(columns) if include_time or c.kind != "time"]
    entered = expected = 0
    for row, typed in zip(rows, values, strict=True):
        if not row.expected:
            continue
        for i in cols:
            if row.recusal(i) is None:
                expected += 1
                entered += typed[i] is not None
    return entered, expected


def cell_missing(
    row: GridRow, columns: Sequence[GridColumn], typed: Sequence[Decimal | None]
) -> bool:
    """Whether a contestant who competes still has a mark or score to enter (times aside)."""
    return row.expected and any(
        typed[i] is None and row.recusal(i) is None
        for i, c in enumerate(columns)
        if c.kind != "time"
    )


def grid_columns(rules: TradeRules, judges: list[Judge]) -> list[GridColumn]:
    """The columns of a trade's grid in marking-scheme order, then the completion time."""
    decimals = rules.mark_decimals
    panel = [j for j in judges if j.role == MARKING_ROLE] if rules.panel.method != "single" else []
    cols: list[GridColumn] = []
    for comp in rules.components:
        if rules.is_direct(comp.code):
            cols.append(
                GridColumn(
                    "score", comp.code, comp.name, comp.max_score, decimals, component=comp.code
                )
            )
            continue
        for crit in rules.criteria_of(comp.code):
            limit, places = rules.mark_limit(crit), rules.mark_places(crit)
            if not panel:
                cols.append(
                    GridColumn("mark", crit.code, crit.name, limit, places, component=comp.code)
                )
            for j in panel:
                cols.append(
                    GridColumn(
                        "mark",
                        crit.code,
                        crit.name,
                        limit,
                        places,
                        j.id,
                        j.code,
                        j.name,
                        j.unit,
                        comp.code,
                    )
                )
    cols.append(GridColumn("time", "time", "用时（分钟）", None, 4))
    return cols


def _trade(s: Session, trade_id: int) -> Trade:
    trade = s.get(Trade, trade_id)
    if trade is None:
        raise UserError("工种不存在")
    return trade


def load_grid(ctx: Context, trade_id: int) -> ScoreGrid:
    """Everything the grid shows, in four queries whatever the size of the trade."""
    with ctx.db.reading() as s:
        trade = _trade(s, trade_id)
        info = trade_info(s, trade)
        judges = sorted(trade_judges(s, trade), key=lambda j: number_key(j.code))
        columns = grid_columns(info.rules, judges)
        # plain driver tuples keyed by tuples: a 30,000-contestant trade has 900,000 marks, and
        # SQLAlchemy's rows, type processing and string keys cost more than SQLite's read
        index = {(c.kind, c.code, c.judge_id): i for i, c in enumerate(columns)}
        # marks by a judge who is no longer on the panel keep a column, so nothing is hidden
        extra: list[GridColumn] = []
        marks = plain_rows(
            s,
            select(
                CriterionMark.contestant_id,
                Criterion.code,
                CriterionMark.judge_id,
                CriterionMark.mark,  # DecimalText: its text here
                CriterionMark.version,
            )
            .join(Criterion, CriterionMark.criterion_id == Criterion.id)
            .where(Criterion.trade_id == trade.id),
        )
        people = plain_rows(
            s,
            select(
                Contestant.id,
                Contestant.number,
                Contestant.name,
                Contestant.unit,
                Contestant.group_name,
                Contestant.status,
                Contestant.time_minutes,  # DecimalText: its text here
                Contestant.version,
            ).where(Contestant.trade_id == trade.id),
        )
        exact: dict[str, Decimal] = {}

        def decimal(text: str) -> Decimal:
            found = exact.get(text)
            if found is None:
                found = exact[text] = Decimal(text)
            return found

        width = len(columns)
        values: dict[int, list[Decimal | None]] = {p[0]: [None] * width for p in people}
        versions: dict[int, list[int]] = {p[0]: [0] * width for p in people}

        def fill(by_column: dict[tuple[str, int], int]) -> dict[tuple[str, int], None]:
            """Put each mark in its cell; the (criterion, judge) pairs with no column, in the
            order their first mark was read."""
            missing: dict[tuple[str, int], None] = {}
            for cid, code, judge_id, mark, version in marks:
                i = by_column.get((code, judge_id))
                if i is None:
                    missing[(code, judge_id)] = None
                    continue
                row_values = values.get(cid)
                if row_values is not None:
                    m = exact.get(mark)
                    if m is None:
                        m = exact[mark] = Decimal(mark)
                    row_values[i], versions[cid][i] = m, version
            return missing

        missing = fill({(code, j): i for (kind, code, j), i in index.items() if kind == "mark"})
        for code, judge_id in missing:
            crit = next((c for c in info.rules.criteria if c.code == code), None)
            if crit is not None:
                extra.append(
                    GridColumn(
                        "mark",
                        code,
                        crit.name,
                        info.rules.mark_limit(crit),
                        info.rules.mark_places(crit),
                        judge_id,
                        f"#{judge_id}",
                        component=crit.component,
                    )
                )
        if extra:
            # their own columns before the time, which stays last; then their marks
            time_col = columns.pop()
            columns.extend(extra)
            columns.append(time_col)
            index = {(c.kind, c.code, c.judge_id): i for i, c in enumerate(columns)}
            for cid in values:
                values[cid][width - 1 : width - 1] = [None] * len(extra)
                versions[cid][width - 1 : width - 1] = [0] * len(extra)
            width = len(columns)
            fill({(c.code, c.judge_id): i for i, c in enumerate(columns) if c in extra})
        for cid, code, score, version in plain_rows(
            s,
            select(
                ComponentScore.contestant_id,
                Component.code,
                ComponentScore.score,
                ComponentScore.version,
            )
            .join(Component, ComponentScore.component_id == Component.id)
            .where(Component.trade_id == trade.id),
        ):
            i = index.get(("score", code, 0))
            if i is not None and cid in values:
                values[cid][i], versions[cid][i] = decimal(score), version
        blind = bool(trade.settings.get("blind", False))
        stands_aside = _recusals(s, trade, columns, blind)
        t = width - 1
        rows = []
        for cid, number, name, unit, group, status, minutes, version in sorted(
            people, key=lambda p: number_key(p[1])
        ):
            values[cid][t] = None if minutes is None else decimal(minutes)
            versions[cid][t] = version
            rows.append(
                GridRow(
                    cid,
                    number,
                    name,
                    unit,
                    group,
                    status,
                    tuple(values[cid]),
                    tuple(versions[cid]),
                    stands_aside(cid, unit),
                )
            )
        return ScoreGrid(info, tuple(columns), tuple(rows), blind=blind)


def _recusals(
    s: Session, trade: Trade, columns: Sequence[GridColumn], blind: bool
) -> Callable[[int, str], tuple[Recusal | None, ...]]:
    """Who stands aside in which cell, from the trade's declared conflicts and panels read in
    two queries; each cell asks domain.recusal, the same rule the scoring service applies."""
    declared = declared_conflicts(s, trade)
    codes = {c.id: c.code for c in trade.criteria}
    panels = {j: {codes[c] for c in ids} for j, ids in criteria_panels(s, trade).items()}
    judged = [(i, c) for i, c in enumerate(columns) if c.judge_id]
    # Most contestants have no ground in any cell: told apart at once, from the few facts that
    # could give one (a declared conflict, a judge's unit, a panel leaving a criterion out).
    conflicted = {cid for _jid, cid in declared}
    judge_units = {c.judge_unit for _i, c in judged}
    panel_out = any(
        c.kind == "mark" and panels.get(c.judge_id) and c.code not in panels[c.judge_id]
        for _i, c in judged
    )
    unit_matches: dict[str, bool] = {}

    def may_stand_aside(contestant_id: int, unit: str) -> bool:
        if panel_out or contestant_id in conflicted:
            return True
        if blind:
            return False
        match = unit_matches.get(unit)
        if match is None:
            match = unit_matches[unit] = any(same_unit(u, unit) for u in judge_units)
        return match

    def row(contestant_id: int, unit: str) -> tuple[Recusal | None, ...]:
        if not may_stand_aside(contestant_id, unit):
            return ()
        found: dict[int, Recusal] = {}
        for i, c in judged:
            ground = stand_aside(
                declared=declared.get((c.judge_id, contestant_id)),
                judge_unit=c.judge_unit,
                contestant_unit=unit,
                blind=blind,
                panel=panels.get(c.judge_id, ()),
                criterion=c.code if c.kind == "mark" else None,
            )
            if ground is not None:
                found[i] = ground
        return tuple(found.get(i) for i in range(len(columns))) if found else ()

    return row


def parse_cell(column: GridColumn, text: str) -> Decimal | None:
    """The value typed into a cell, checked as the service will check it; None for a blank cell.

    Raises MarkError (a UserError) with the reason in plain words.
    """
    if is_blank(text):
        return None
    if column.kind == "time":
        return parse_minutes(text)
    assert column.limit is not None
    return parse_mark(text, column.limit, decimals=column.decimals)


def save_cell(
    ctx: Context,
    contestant_id: int,
    column: GridColumn,
    value: Decimal | None,
    expected_version: int,
) -> Saved:
    """Commit one cell at once; None deletes the mark ("not entered", never zero).

    `value` is what `parse_cell` made of the typed text: the grid parses once. The version
    returned is the one to send with the next edit of the same cell (0 once the mark is gone,
    which is what a fresh load of the grid would show).
    """
    if column.kind == "mark":
        saved = record_mark(
            ctx,
            contestant_id,
            column.code,
            value,
            judge_id=column.judge_id,
            expected_version=expected_version,
        )
    elif column.kind == "score":
        saved = record_score(
            ctx, contestant_id, column.code, value, expected_version=expected_version
        )
    else:
        saved = _save_time(ctx, contestant_id, value, expected_version)
    if saved.value is None:
        saved = Saved(None, 0 if column.kind != "time" else saved.version)
    return saved


def _save_time(ctx: Context, contestant_id: int, minutes: Decimal | None, expected: int) -> Saved:
    # record_time has no expected_version: check the contestant's version here first
    with ctx.db.reading() as s:
        row = s.execute(
            select(Contestant.version, Contestant.time_minutes).where(
                Contestant.id == contestant_id
            )
        ).first()
    if row is None:
        raise UserError("该选手不存在")
    if row.version != expected:
        shown = "（已清空）" if row.time_minutes is None else plain(row.time_minutes)
        raise ConflictError(f"另一台记分电脑刚刚修改了该选手（用时：{shown}）。请核对后再修改。")
    record_time(ctx, contestant_id, minutes)
    # record_time writes (and bumps the version) only when the time changes
    return Saved(minutes, row.version + (minutes != row.time_minutes))
