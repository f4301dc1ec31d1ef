"""The judges' grid of a blind trade: rows are work-piece codes only (no name, number or unit) and
each mark is saved by its code (record_mark_by_code)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from competition_app.domain.blind_codes import normalize_code
from competition_app.services.contest_day.blind_codes import (
    blind_grid_rows,
    contestant_for_code,
    record_mark_by_code,
)
from competition_app.services.context import Context
from competition_app.services.scoring.score_grid import GridColumn, GridRow, ScoreGrid
from competition_app.services.scoring.scoring import Saved, record_score
from competition_app.ui.scoring.score_grid_model import ScoreGridModel


def code_key(code: str) -> int:
    """A stable row key for a work-piece code. Negative, so it is never a contestant's id: the
    model keys rows (and cells waiting for the server) by it, and it survives a reload."""
    return -int.from_bytes(normalize_code(code).encode("ascii"), "big")


def blind_score_grid(ctx: Context, trade_id: int) -> tuple[ScoreGrid, dict[int, str], int]:
    """The trade's grid by work-piece code: (grid, code of each row key, contestants without a
    code). Rows carry no name, number, unit or group; the row's "number" is its code."""
    bg = blind_grid_rows(ctx, trade_id)
    codes: dict[int, str] = {}
    rows = []
    for r in bg.rows:
        key = code_key(r.workpiece_code)
        codes[key] = r.workpiece_code
        status = "ok" if r.status_expected else "absent"
        rows.append(
            GridRow(key, r.workpiece_code, "", "", "", status, r.values, r.versions, r.recused)
        )
    return ScoreGrid(bg.trade, bg.columns, tuple(rows), blind=True), codes, bg.without_code


class CodeSaver:
    """Saves a cell of the blind grid by work-piece code (a SaveCell for PendingCells)."""

    def __init__(self, event_id: int) -> None:
        self.event_id = event_id
        self.trade_code = ""
        self.codes: dict[int, str] = {}

    def __call__(
        self,
        ctx: Context,
        key: int,
        column: GridColumn,
        value: Decimal | None,
        expected_version: int,
    ) -> Saved:
        code = self.codes[key]
        if column.kind == "mark":
            saved = record_mark_by_code(
                ctx,
                self.event_id,
                self.trade_code,
                code,
                column.code,
                value,
                judge_id=column.judge_id,
                expected_version=expected_version,
            )
        else:
            # a directly entered score (theory): the service takes the contestant's id, which
            # stays inside this call and is never shown
            contestant = contestant_for_code(ctx, self.event_id, self.trade_code, code)
            saved = record_score(
                ctx, contestant, column.code, value, expected_version=expected_version
            )
        return Saved(None, 0) if saved.value is None else saved

    def contestant(self, ctx: Context, key: int) -> int:
        return contestant_for_code(ctx, self.event_id, self.trade_code, self.codes[key])


class BlindGridModel(ScoreGridModel):
    """The grid of a blind trade; `without_code` counts contestants who cannot be marked yet."""

    info_columns: tuple[str, ...] = ()

    def __init__(self, ctx: Context, event_id: int, parent: Any = None) -> None:
        saver = CodeSaver(event_id)
        super().__init__(ctx, parent, save=saver)
        self.saver = saver
        self.without_code = 0

    def load(self, trade_id: int) -> None:
        grid, codes, self.without_code = blind_score_grid(self.ctx, trade_id)
        self.saver.trade_code, self.saver.codes = grid.trade.code, codes
        self.set_grid(grid)
