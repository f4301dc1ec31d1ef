"""What each save of the grid changed, newest last: the status line words it, Ctrl+Z takes it back.

A change is kept by the row's key (contestant id, or work-piece code key) and the column's key,
not by position, so it survives a reload of the grid; with the version the save returned, so an
undo goes through the same service and is refused if anyone changed the cell since.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from competition_app.services.scoring.score_grid import GridColumn

DEPTH = 100  # saves one can take back, newest first


@dataclass(frozen=True)
class CellChange:
    """One saved cell: where (row key and label: entry number or work-piece code), which column,
    the value before and after, and the version the save returned (what an undo expects)."""

    key: int
    label: str
    column: GridColumn
    old: Decimal | None
    new: Decimal | None
    version: int
    undo: bool = False  # this save took an earlier one back
    undoable: bool = True  # False for a pass of verified entry: it is typed again instead

    @property
    def replaced(self) -> bool:
        """A mark was there before and is now another (or cleared): not a first entry."""
        return self.old is not None


class UndoStack:
    """This station's saves in one trade, newest last."""

    def __init__(self) -> None:
        self._changes: list[CellChange] = []
        self.trade_id = 0

    def __len__(self) -> int:
        return len(self._changes)

    def start(self, trade_id: int) -> None:
        """Another trade is shown: its saves are not this one's."""
        if trade_id != self.trade_id:
            self._changes.clear()
            self.trade_id = trade_id

    def push(self, change: CellChange) -> None:
        self._changes.append(change)
        del self._changes[:-DEPTH]

    def last(self) -> CellChange | None:
        return self._changes[-1] if self._changes else None

    def pop(self) -> CellChange | None:
        return self._changes.pop() if self._changes else None
