"""Cells typed while the server is away: kept in order, saved on retry, conflicts still refused."""

from __future__ import annotations

from decimal import Decimal

import pytest

from competition_app.domain.errors import ConflictError, ConnectionLost, UserError
from competition_app.services.registration.contestants import list_contestants
from competition_app.services.scoring.pending import PendingCells, stored_cell
from competition_app.services.scoring.score_grid import GridColumn, save_cell
from competition_app.services.scoring.scoring import Saved, record_mark

E1 = GridColumn(kind="mark", code="e1", name="电路设计", limit=Decimal(40), decimals=2)
E2 = GridColumn(kind="mark", code="e2", name="安装工艺", limit=Decimal(60), decimals=2)


class FlakyServer:
    """save_cell behind a connection that is down for the next `down` calls."""

    def __init__(self, down: int = 0, *, lose_reply: bool = False) -> None:
        self.down = down
        self.lose_reply = lose_reply
        self.calls = 0

    def __call__(self, ctx, contestant_id, column, text, expected) -> Saved:
        self.calls += 1
        if self.lose_reply:
            # the server commits, then the connection breaks before the station hears
            self.lose_reply = False
            save_cell(ctx, contestant_id, column, text, expected)
            raise ConnectionLost()
        if self.down:
            self.down -= 1
            raise ConnectionLost()
        return save_cell(ctx, contestant_id, column, text, expected)


@pytest.fixture
def who(ctx, event_id) -> int:
    return next(c.id for c in list_contestants(ctx, event_id) if c.number == "2001")


def test_connected_cells_are_saved_at_once(ctx, who):
    pending = PendingCells(ctx)
    assert pending.submit(who, E1, Decimal("30"), 0) == Saved(Decimal("30"), 1)
    assert len(pending) == 0


def test_a_cell_typed_while_the_server_is_away_is_kept_and_saved_later(ctx, who):
    server = FlakyServer(down=2)
    pending = PendingCells(ctx, save=server)
    assert pending.submit(who, E1, Decimal("30"), 0) is None
    waiting = pending.waiting(who, E1)
    assert waiting is not None and waiting.value == Decimal("30")
    assert pending.retry().waiting == 1  # still down
    result = pending.retry()
    assert result.waiting == 0 and not result.refused
    [(cell, saved)] = result.saved
    assert cell.value == Decimal("30") and saved == Saved(Decimal("30"), 1)
    assert stored_cell(ctx, who, E1) == Saved(Decimal("30"), 1)
    assert pending.waiting(who, E1) is None


def test_cells_wait_in_order_and_a_second_edit_replaces_the_first(ctx, who):
    server = FlakyServer(down=1)
    pending = PendingCells(ctx, save=server)
    assert pending.submit(who, E1, Decimal("30"), 0) is None
    # the server is back, but a new cell does not overtake the waiting one
    assert pending.submit(who, E2, Decimal("50"), 0) is None
    assert pending.submit(who, E1, Decimal("31"), 1) is None  # edited again, over the unsaved 30
    assert [(c.column.code, c.value, c.expected_version) for c in pending.cells] == [
        ("e1", Decimal("31"), 0),
        ("e2", Decimal("50"), 0),
    ]
    result = pending.retry()
    assert [(c.column.code, s.value) for c, s in result.saved] == [
        ("e1", Decimal("31")),
        ("e2", Decimal("50")),
    ]


def test_a_bad_value_is_refused_at_once_even_offline(ctx, who):
    pending = PendingCells(ctx, save=FlakyServer(down=5))
    with pytest.raises(UserError, match="40"):
        pending.submit(who, E1, Decimal("41"), 0)
    assert len(pending) == 0


def test_a_cell_someone_else_changed_meanwhile_is_refused_not_overwritten(ctx, who):
    pending = PendingCells(ctx, save=FlakyServer(down=1))
    assert pending.submit(who, E1, Decimal("30"), 0) is None
    record_mark(
        ctx, who, "e1", Decimal("25"), expected_version=0
    )  # another station, still connected
    result = pending.retry()
    [(_cell, error)] = result.refused
    assert isinstance(error, ConflictError) and "25" in str(error)
    assert stored_cell(ctx, who, E1).value == Decimal("25")
    assert len(pending) == 0


def test_a_save_whose_reply_was_lost_is_not_reported_as_a_conflict(ctx, who):
    pending = PendingCells(ctx, save=FlakyServer(lose_reply=True))
    assert pending.submit(who, E1, Decimal("30"), 0) is None  # saved, but the station never heard
    result = pending.retry()  # meets its own save: version 1 where it expected 0
    assert not result.refused
    assert [s for _, s in result.saved] == [Saved(Decimal("30"), 1)]
