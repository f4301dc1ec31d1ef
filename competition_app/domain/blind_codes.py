"""Blind codes (加密): entry number -> check-in code (一次加密) -> work-piece code (二次加密).

A code is three letters and three digits, e.g. ``KRW-358`` as printed, ``KRW358`` as stored.
Letters and digits that are easily misread on a work piece (I, O, 0, 1) are never used, so a
code read off a stamped plate is typed right. Codes come from the operating system's randomness
(``secrets``): knowing some codes tells nothing about the others or about entry numbers.
Codes are unique within a trade across both layers, so a check-in code typed where a work-piece
code belongs is refused rather than taken for another contestant.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TypeVar

from competition_app.domain.entries import Entry
from competition_app.domain.results import ResultRow, TradeResult
from competition_app.domain.tabulation import listing_key

LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I, O
DIGITS = "23456789"  # no 0, 1
CODE_LETTERS = 3
CODE_DIGITS = 3
_CODE = re.compile(rf"[{LETTERS}]{{{CODE_LETTERS}}}[{DIGITS}]{{{CODE_DIGITS}}}")


@dataclass(frozen=True)
class CodePair:
    """The two codes of one contestant."""

    number: str
    checkin_code: str
    workpiece_code: str


def new_code(choice: Callable[[str], str] = secrets.choice) -> str:
    return "".join(choice(LETTERS) for _ in range(CODE_LETTERS)) + "".join(
        choice(DIGITS) for _ in range(CODE_DIGITS)
    )


def generate_pairs(
    numbers: Iterable[str],
    *,
    taken: Iterable[str] = (),
    choice: Callable[[str], str] = secrets.choice,
) -> tuple[CodePair, ...]:
    """Two fresh codes for each entry number, none equal to each other or to a code in `taken`."""
    used = set(taken)
    out: list[CodePair] = []

    def fresh() -> str:
        while True:
            code = new_code(choice)
            if code not in used:
                used.add(code)
                return code

    for number in numbers:
        out.append(CodePair(number, fresh(), fresh()))
    return tuple(out)


def normalize_code(text: str) -> str:
    """A code as typed or scanned ("krw-358 ", "KRW 358") in its stored form ("KRW358")."""
    return re.sub(r"[\s\-_]", "", text).upper()


def is_code(text: str) -> bool:
    return _CODE.fullmatch(text) is not None


def printed(code: str) -> str:
    """The form printed on tables and work-piece labels: ``KRW-358``."""
    return f"{code[:CODE_LETTERS]}-{code[CODE_LETTERS:]}" if is_code(code) else code


def code_digest(pairs: Iterable[CodePair]) -> str:
    """A fingerprint of a trade's code table, written to the audit trail instead of the codes.

    At decryption the table is fingerprinted again: a code swapped in the database behind the
    app's back no longer matches what was recorded when the codes were made.
    """
    lines = sorted(f"{p.number}\x1f{p.checkin_code}\x1f{p.workpiece_code}" for p in pairs)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


NO_CODE = "（无工件号）"


_Identified = TypeVar("_Identified", ResultRow, Entry)


def mask_identity(item: _Identified, code: str | None) -> _Identified:
    """A result row or an engine entry with its work-piece code for a number and no name,
    unit or team: what anyone may see of a blind trade before decryption."""
    return replace(item, number=printed(code) if code else NO_CODE, name="", unit="", team="")


def mask_result(result: TradeResult, workpiece_codes: Mapping[str, str]) -> TradeResult:
    """A blind trade's results as anyone may see them before decryption: each row carries its
    work-piece code (printed form) in place of the entry number, and no name, unit or team.

    `workpiece_codes` maps a row's key to its stored code. Tied and unranked rows are re-sorted
    by code (`listing_key`): left in entry-number order they would line the codes up with the
    numbers.
    """
    rows = [mask_identity(r, workpiece_codes.get(r.key)) for r in result.rows]
    ranked = sorted((r for r in rows if r.rank is not None), key=listing_key)
    unranked = sorted((r for r in rows if r.rank is None), key=lambda r: r.number)
    return replace(result, rows=tuple(ranked + unranked))
