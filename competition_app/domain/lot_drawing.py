"""Lot drawing (抽签): session, workstation and lot number for each contestant, reproducible from a seed.

The algorithm is written down so that anyone can redo a draw by hand or in another language,
and so that it does not depend on the Python version:

1. Each entry number gets the key ``sha256("<seed>:<number>")`` (UTF-8, hex digest).
2. The numbers sorted by key (then by number, should two keys ever be equal) are the draw order;
   the position in that order, counted from 1, is the contestant's lot number (签号).
3. Sessions fill in order: the first ``capacities[0]`` lot numbers go to session 1 at workstations
   1, 2, ...; the next ``capacities[1]`` to session 2, and so on.

The result depends only on the seed, the set of entry numbers and the capacities, never on the
order the numbers were read in.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from competition_app.domain.errors import UserError

# Seeds are shown to the room and typed back in to verify a draw: keep them short.
SEED_DIGITS = 8


class LotError(UserError):
    """A draw that cannot be made as asked (not enough places, bad capacities)."""


@dataclass(frozen=True)
class LotAssignment:
    number: str
    session: int  # 场次, from 1
    station: int  # 工位, from 1 within the session
    order: int  # 签号: position in the draw, from 1 over the whole trade


def new_seed() -> int:
    """A fresh seed from the operating system's randomness (not guessable before the draw)."""
    return secrets.randbelow(10**SEED_DIGITS)


def parse_capacities(text: str) -> tuple[int, ...]:
    """Session capacities as typed: "20,20,10" (one per session) or "3x20" (3 sessions of 20)."""
    cleaned = text.strip().replace("，", ",").replace("×", "x").replace("X", "x").replace("*", "x")
    if not cleaned:
        raise LotError("场次容量为空")
    m = re.fullmatch(r"(\d+)\s*x\s*(\d+)", cleaned)
    if m:
        sessions, stations = int(m.group(1)), int(m.group(2))
        caps = (stations,) * sessions
    else:
        parts = [p.strip() for p in cleaned.split(",")]
        if not all(p.isdigit() for p in parts):
            raise LotError(f"场次容量“{text}”应写成“20,20,10”或“3x20”")
        caps = tuple(int(p) for p in parts)
    return check_capacities(caps)


def check_capacities(capacities: Iterable[int]) -> tuple[int, ...]:
    caps = tuple(capacities)
    if not caps:
        raise LotError("至少要有一个场次")
    if any(c <= 0 for c in caps):
        raise LotError("每个场次至少要有一个工位")
    return caps


def lot_key(seed: int, number: str) -> str:
    return hashlib.sha256(f"{seed}:{number}".encode()).hexdigest()


def draw_lots(
    numbers: Iterable[str], capacities: Sequence[int], seed: int
) -> tuple[LotAssignment, ...]:
    """The draw for these entry numbers, in lot-number order. Same inputs, same draw, always."""
    caps = check_capacities(capacities)
    unique = sorted(set(numbers))
    if sum(caps) < len(unique):
        raise LotError(f"场次容量合计 {sum(caps)} 个工位，不够 {len(unique)} 名选手")
    order = sorted(unique, key=lambda n: (lot_key(seed, n), n))
    out: list[LotAssignment] = []
    position = 0
    for session, cap in enumerate(caps, start=1):
        for station in range(1, cap + 1):
            if position == len(order):
                return tuple(out)
            out.append(LotAssignment(order[position], session, station, position + 1))
            position += 1
    return tuple(out)


def draw_differences(
    expected: Iterable[LotAssignment], stored: Iterable[LotAssignment]
) -> tuple[str, ...]:
    """Where a stored draw differs from the recomputed one, in plain words; empty when equal."""
    want = {a.number: a for a in expected}
    have = {a.number: a for a in stored}
    out: list[str] = []
    for number in sorted(want.keys() | have.keys()):
        w, h = want.get(number), have.get(number)
        if w is not None and h is None:
            out.append(
                f"{number}: 应为第{w.session}场 {w.station}号工位（签号 {w.order}），记录中没有"
            )
        elif w is None and h is not None:
            out.append(f"{number}: 记录为第{h.session}场 {h.station}号工位，但不在这次抽签中")
        elif w is not None and h is not None and w != h:
            out.append(
                f"{number}: 应为第{w.session}场 {w.station}号工位（签号 {w.order}），"
                f"记录为第{h.session}场 {h.station}号工位（签号 {h.order}）"
            )
    return tuple(out)
