"""Cells typed while the database server could not be reached, kept and saved when it is back.

The grid hands every edit to `PendingCells.submit`. While the server answers, that is just
`save_cell`. When it does not (ConnectionLost), the cell is kept here, in order, with the
version the station last saw, and the grid keeps showing what was typed; a timer calls `retry`
every few seconds and the grid applies what it reports. Nothing is written behind the user's
back: a cell someone else changed meanwhile comes back as refused with the usual conflict
message, exactly as if it had been typed just now.

Kept in memory only: the station keeps running while the server is away. Not thread-safe: call
it from one thread (the grid's save worker).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import select

from competition_app.domain.errors import ConflictError, ConnectionLost, UserError
from competition_app.domain.marks import check_mark
from competition_app.services.context import Context
from competition_app.services.scoring.score_grid import GridColumn, save_cell
from competition_app.services.scoring.scoring import Saved
from competition_app.storage.models import (
    Component,
    ComponentScore,
    Contestant,
    Criterion,
    CriterionMark,
)

SaveCell = Callable[[Context, int, GridColumn, Decimal | None, int], Saved]


@dataclass(frozen=True)
class PendingCell:
    """One unsaved cell: the value typed (None: cleared) and the version it was typed over."""

    contestant_id: int
    column: GridColumn
    value: Decimal | None
    expected_version: int

    @property
    def key(self) -> tuple[int, str]:
        return (self.contestant_id, self.column.key)


@dataclass(frozen=True)
class RetryResult:
    """What one retry did, for the grid to show: cells now saved (with their new version), cells
    refused (someone else changed them, the trade was locked...), and how many still wait."""

    saved: tuple[tuple[PendingCell, Saved], ...] = ()
    refused: tuple[tuple[PendingCell, UserError], ...] = ()
    waiting: int = 0


class PendingCells:
    """The station's unsaved cells, oldest first."""

    def __init__(self, ctx: Context, save: SaveCell = save_cell) -> None:
        self._ctx = ctx
        self._save = save
        self._cells: list[PendingCell] = []

    def __len__(self) -> int:
        return len(self._cells)

    @property
    def cells(self) -> tuple[PendingCell, ...]:
        return tuple(self._cells)

    def waiting(self, contestant_id: int, column: GridColumn) -> PendingCell | None:
        """The unsaved edit of this cell, if one waits: what it should show after a reload."""
        key = (contestant_id, column.key)
        return next((c for c in self._cells if c.key == key), None)

    def submit(
        self,
        contestant_id: int,
        column: GridColumn,
        value: Decimal | None,
        expected_version: int,
    ) -> Saved | None:
        """Save the cell, or keep it when the server cannot be reached (returns None then).

        `value` is the typed text as `parse_cell` read it. A value out of the column's range is
        refused at once (MarkError), whatever the connection; so is a conflict or a locked trade
        while connected. While older cells wait, a new one waits behind them, so the order of
        edits is kept.
        """
        if value is not None and column.limit is not None:
            check_mark(value, column.limit, decimals=column.decimals)
        cell = PendingCell(contestant_id, column, value, expected_version)
        if self._cells:
            self._keep(cell)
            return None
        try:
            return self._save(self._ctx, contestant_id, column, value, expected_version)
        except ConnectionLost:
            self._keep(cell)
            return None

    def retry(self) -> RetryResult:
        """Save waiting cells in order; stop at the first that still cannot reach the server."""
        saved: list[tuple[PendingCell, Saved]] = []
        refused: list[tuple[PendingCell, UserError]] = []
        while self._cells:
            cell = self._cells[0]
            try:
                result = self._save(
                    self._ctx, cell.contestant_id, cell.column, cell.value, cell.expected_version
                )
            except ConnectionLost:
                break
            except ConflictError as e:
                stored = self._already_stored(cell)
                if stored is not None:
                    saved.append((cell, stored))
                else:
                    refused.append((cell, e))
            except UserError as e:
                refused.append((cell, e))
            else:
                saved.append((cell, result))
            self._cells.pop(0)
        return RetryResult(tuple(saved), tuple(refused), len(self._cells))

    def discard(self, contestant_id: int, column: GridColumn) -> None:
        """Forget an unsaved cell (the user undid the edit)."""
        key = (contestant_id, column.key)
        self._cells = [c for c in self._cells if c.key != key]

    def _keep(self, cell: PendingCell) -> None:
        for i, old in enumerate(self._cells):
            if old.key == cell.key:
                # A second edit of a waiting cell: still checked against the version the station
                # saw from the server, since the first edit never reached it.
                self._cells[i] = replace(cell, expected_version=old.expected_version)
                return
        self._cells.append(cell)

    def _already_stored(self, cell: PendingCell) -> Saved | None:
        """The stored value and version when it already is what the cell says.

        A connection can break after the server committed but before the station heard: the
        retry then meets its own save as a conflict. The same value stored means nothing to
        refuse; a different one is a real conflict.
        """
        try:
            stored = stored_cell(self._ctx, cell.contestant_id, cell.column)
        except UserError:
            return None
        return stored if stored.value == cell.value else None


def stored_cell(ctx: Context, contestant_id: int, column: GridColumn) -> Saved:
    """What the database holds for one grid cell now: value and version (0: nothing stored)."""
    with ctx.db.reading() as s:
        if column.kind == "time":
            row = s.execute(
                select(Contestant.time_minutes, Contestant.version).where(
                    Contestant.id == contestant_id
                )
            ).first()
            return Saved(row.time_minutes, row.version) if row else Saved(None, 0)
        if column.kind == "score":
            score = s.execute(
                select(ComponentScore.score, ComponentScore.version)
                .join(Component, ComponentScore.component_id == Component.id)
                .join(Contestant, ComponentScore.contestant_id == Contestant.id)
                .where(
                    ComponentScore.contestant_id == contestant_id,
                    Component.code == column.code,
                    Component.trade_id == Contestant.trade_id,
                )
            ).first()
            return Saved(score[0], score[1]) if score else Saved(None, 0)
        mark = s.execute(
            select(CriterionMark.mark, CriterionMark.version)
            .join(Criterion, CriterionMark.criterion_id == Criterion.id)
            .join(Contestant, CriterionMark.contestant_id == Contestant.id)
            .where(
                CriterionMark.contestant_id == contestant_id,
                CriterionMark.judge_id == column.judge_id,
                Criterion.code == column.code,
                Criterion.trade_id == Contestant.trade_id,
            )
        ).first()
        return Saved(mark[0], mark[1]) if mark else Saved(None, 0)
