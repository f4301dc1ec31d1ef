"""Placing contestants by the trade's tie-break chain, with competition ranking (1, 2, 2, 4)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from competition_app.domain.results import FLAG_TIE_DECISION
from competition_app.domain.rules import TIE_TIME, TIE_TOTAL, RankStyle


class Rankable(Protocol):
    """What ranking reads from a row; ResultRow and anything shaped like it will do."""

    @property
    def total(self) -> Decimal | None: ...

    @property
    def time(self) -> Decimal | None: ...

    @property
    def components(self) -> Mapping[str, Decimal | None]: ...


@dataclass(frozen=True)
class Placing:
    """A row's place: its competition rank, whether it shares it, and flags for the chief judge."""

    rank: int
    tied: bool
    flags: tuple[str, ...] = ()


# One step of a sort key: (0, value) for a known value, (1, 0) for a missing one, which sorts it
# after every known value whichever way the step runs.
KeyStep = tuple[int, Decimal]
_MISSING: KeyStep = (1, Decimal(0))


def _higher_first(value: Decimal | None) -> KeyStep:
    return _MISSING if value is None else (0, -value)


def _lower_first(value: Decimal | None) -> KeyStep:
    return _MISSING if value is None else (0, value)


def tie_break_key(
    row: Rankable, tie_break: Sequence[str], decided_order: int | None = None
) -> tuple[KeyStep, ...]:
    """Sort key of a row: smaller is better. Equal keys mean a tie that shares the place.

    `total` and component codes rank higher first, `time` shorter first; a missing value comes
    last. The chief judge's `decided_order` follows the whole chain (lower first); rows without
    one sort after those with one, and stay tied among themselves (rank_rows gives it only to
    whole ties: `effective_decisions`).
    """
    steps: list[KeyStep] = []
    for key in tie_break:
        if key == TIE_TOTAL:
            steps.append(_higher_first(row.total))
        elif key == TIE_TIME:
            steps.append(_lower_first(row.time))
        else:
            steps.append(_higher_first(row.components.get(key)))
    steps.append(_MISSING if decided_order is None else (0, Decimal(decided_order)))
    return tuple(steps)


def competition_ranks(keys: Sequence[tuple[KeyStep, ...]]) -> list[tuple[int, bool]]:
    """(rank, tied) for each key, in the order given: equal keys share the rank, the next rank
    skips as many places as shared it (1, 2, 2, 4), as in Tabbycat's standings/ranking.py."""
    order = sorted(range(len(keys)), key=lambda i: keys[i])
    placed: list[tuple[int, bool]] = [(0, False)] * len(keys)
    start = 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and keys[order[end + 1]] == keys[order[start]]:
            end += 1
        for position in range(start, end + 1):
            placed[order[position]] = (start + 1, end > start)
        start = end + 1
    return placed


def chain_ties(rows: Sequence[Rankable], tie_break: Sequence[str]) -> list[list[int]]:
    """The rows tied on the whole tie-break chain, before any decision of the chief judge: each
    tie as the indexes of its rows (two or more), in the order given, the best tie first."""
    keys = [tie_break_key(row, tie_break) for row in rows]
    ties: dict[tuple[KeyStep, ...], list[int]] = {}
    for i in sorted(range(len(rows)), key=lambda i: keys[i]):
        ties.setdefault(keys[i], []).append(i)
    return [sorted(tie) for tie in ties.values() if len(tie) > 1]


def effective_decisions(
    rows: Sequence[Rankable], tie_break: Sequence[str], decided_order: Sequence[int | None]
) -> list[int | None]:
    """The decided orders that stand: a decision orders a tie only when every row of that tie
    has one. A tie someone has joined since (a corrected mark) stays whole, shared and flagged
    again within `forbid_shared_top`, until the chief judge decides it again; it is never
    broken by a decision made without them. A decision on a row tied with nobody is inert."""
    if len(decided_order) != len(rows):
        raise ValueError("decided_order must give one entry per row")
    return _standing([tie_break_key(row, tie_break) for row in rows], decided_order)


def _standing(
    keys: Sequence[tuple[KeyStep, ...]], decided_order: Sequence[int | None]
) -> list[int | None]:
    """`effective_decisions` from the rows' keys on the chain alone."""
    ties: dict[tuple[KeyStep, ...], list[int]] = {}
    for i, d in enumerate(decided_order):
        if d is not None:
            ties.setdefault(keys[i], [])
    for i, key in enumerate(keys):
        tie = ties.get(key)
        if tie is not None:
            tie.append(i)
    standing: list[int | None] = [None] * len(keys)
    for tie in ties.values():
        if len(tie) > 1 and all(decided_order[i] is not None for i in tie):
            for i in tie:
                standing[i] = decided_order[i]
    return standing


def rank_rows(
    rows: Sequence[Rankable],
    tie_break: Sequence[str],
    *,
    decided_order: Sequence[int | None] | None = None,
    forbid_shared_top: int = 0,
) -> list[Placing]:
    """Place every row (in the order given) by the tie-break chain, then the chief judge's order
    where it stands (`effective_decisions`).

    When `forbid_shared_top` is K > 0, a tie still standing at a rank of K or better is flagged
    FLAG_TIE_DECISION: it keeps sharing the rank until the chief judge decides, never broken here.
    """
    keys = [tie_break_key(row, tie_break) for row in rows]
    if decided_order is not None:
        if len(decided_order) != len(rows):
            raise ValueError("decided_order must give one entry per row")
        if any(d is not None for d in decided_order):
            # the chain's keys end with the decision's step (missing): a standing one replaces it
            standing = _standing(keys, decided_order)
            keys = [
                k if d is None else (*k[:-1], (0, Decimal(d)))
                for k, d in zip(keys, standing, strict=True)
            ]
    placings: list[Placing] = []
    for rank, tied in competition_ranks(keys):
        needs_decision = tied and 0 < rank <= forbid_shared_top
        placings.append(Placing(rank, tied, (FLAG_TIE_DECISION,) if needs_decision else ()))
    return placings


def styled_ranks(ranks: Sequence[int], style: RankStyle) -> list[int]:
    """The places to show for competition `ranks`: the same for "competition", and for "dense"
    each distinct rank numbered in turn (1, 2, 2, 4 -> 1, 2, 2, 3), in the order given."""
    if style == "competition":
        return list(ranks)
    dense = {rank: place for place, rank in enumerate(sorted(set(ranks)), start=1)}
    return [dense[rank] for rank in ranks]
