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
from competition_app.domain.recusal import Recusal, stand_aside
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
            limit = rules.mark_limit(crit)
            if not panel:
                cols.append(
                    GridColumn("mark", crit.code, crit.name, limit, decimals, component=comp.code)
                )
            for j in panel:
                cols.append(
                    GridColumn(
                        "mark",
                        crit.code,
                        crit.name,
                        limit,
                        decimals,
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
        index = {c.key: i for i, c in enumerate(columns)}
        # marks by a judge who is no longer on the panel keep a column, so nothing is hidden
        extra: list[GridColumn] = []
        marks = s.execute(
            select(
                CriterionMark.contestant_id,
                Criterion.code,
                CriterionMark.judge_id,
                CriterionMark.mark,
                CriterionMark.version,
            )
            .join(Criterion, CriterionMark.criterion_id == Criterion.id)
            .where(Criterion.trade_id == trade.id)
        ).all()
        for _cid, code, judge_id, _mark, _version in marks:
            key = f"mark:{code}:{judge_id}"
            if key not in index:
                crit = next((c for c in info.rules.criteria if c.code == code), None)
                if crit is None:
                    continue
                col = GridColumn(
                    "mark",
                    code,
                    crit.name,
                    info.rules.mark_limit(crit),
                    info.rules.mark_decimals,
                    judge_id,
                    f"#{judge_id}",
                    component=crit.component,
                )
                index[key] = len(columns) + len(extra)
                extra.append(col)
        if extra:
            # keep the time column last
            time_col = columns.pop()
            columns.extend(extra)
            columns.append(time_col)
            index = {c.key: i for i, c in enumerate(columns)}
        width = len(columns)
        people = s.execute(
            select(
                Contestant.id,
                Contestant.number,
                Contestant.name,
                Contestant.unit,
                Contestant.group_name,
                Contestant.status,
                Contestant.time_minutes,
                Contestant.version,
            ).where(Contestant.trade_id == trade.id)
        ).all()
        values: dict[int, list[Decimal | None]] = {p.id: [None] * width for p in people}
        versions: dict[int, list[int]] = {p.id: [0] * width for p in people}
        for cid, code, judge_id, mark, version in marks:
            i = index.get(f"mark:{code}:{judge_id}")
            if i is not None and cid in values:
                values[cid][i], versions[cid][i] = mark, version
        for cid, code, score, version in s.execute(
            select(
                ComponentScore.contestant_id,
                Component.code,
                ComponentScore.score,
                ComponentScore.version,
            )
            .join(Component, ComponentScore.component_id == Component.id)
            .where(Component.trade_id == trade.id)
        ):
            i = index.get(f"score:{code}:0")
            if i is not None and cid in values:
                values[cid][i], versions[cid][i] = score, version
        blind = bool(trade.settings.get("blind", False))
        stands_aside = _recusals(s, trade, columns, blind)
        t = width - 1
        rows = []
        for p in sorted(people, key=lambda p: number_key(p.number)):
            values[p.id][t], versions[p.id][t] = p.time_minutes, p.version
            rows.append(
                GridRow(
                    p.id,
                    p.number,
                    p.name,
                    p.unit,
                    p.group_name,
                    p.status,
                    tuple(values[p.id]),
                    tuple(versions[p.id]),
                    stands_aside(p.id, p.unit),
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

    def row(contestant_id: int, unit: str) -> tuple[Recusal | None, ...]:
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
