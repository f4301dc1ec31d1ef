"""Re-check sampling (抽样复核): who is re-checked, the sample's error rate, when everything is.

The draw is written down so that anyone can redo it by hand or in another language, and so that
it does not depend on the Python version (the `random` module promises a stable `random()` only,
not a stable `sample()`; lot drawing uses the same kind of key):

1. The candidates are the trade's ranked contestants (status normal or out of competition, every
   mark entered), each with its group and place.
2. **Top part**: in each group, everyone whose competition rank is at most `top` (ties at the
   cut are all in: tied for 10th is in the top ten). They are re-checked in full.
3. **Sample**: of the others ("the rest", all groups together), ``ceil(share × rest)`` entries:
   each entry number gets the key ``sha256("recheck:<seed>:<number>")`` (UTF-8, hex digest) and
   the entries with the smallest keys (then the smaller number, should two keys be equal) are
   drawn.

The unit of re-check is a contestant's whole score sheet: every mark and score of the entry. An
entry is *corrected* when at least one of its marks was changed by the re-check, else
*confirmed*. The error rate is corrected entries of the sample / entries drawn into the sample
(the top part is checked in full whatever it shows and does not count). It passes the threshold
when strictly greater (exactly 5 % does not); from then on every ranked entry must be re-checked.
Since corrections only add up, the re-check escalates at the correction that crosses the
threshold, without waiting for the rest of the sample.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any, Literal

from competition_app.domain.marks import plain
from competition_app.domain.rules import RecheckRules
from competition_app.domain.settings_reader import SettingsReader

Part = Literal["top", "sample", "full"]
CheckState = Literal["pending", "confirmed", "corrected"]
PART_LABELS: dict[str, str] = {"top": "前列全检", "sample": "随机抽查", "full": "扩大全检"}
STATE_LABELS: dict[str, str] = {"pending": "待复核", "confirmed": "已确认", "corrected": "已更正"}
_ONE = Decimal(1)
_ZERO = Decimal(0)
RECHECK_KEYS = frozenset({"required", "top", "share", "error_rate"})


@dataclass(frozen=True)
class Candidate:
    """A ranked contestant as the draw sees it: entry number, group and place (as shown)."""

    number: str
    group: str
    rank: int


@dataclass(frozen=True)
class Sample:
    top: tuple[str, ...]  # entry numbers re-checked in full, sorted
    sample: tuple[str, ...]  # the random part, sorted
    rest: int  # how many the sample was drawn from

    @property
    def drawn(self) -> tuple[str, ...]:
        return self.top + self.sample


def sample_size(rest: int, share: Decimal) -> int:
    """At least `share` of `rest`, whole entries: ceil(share × rest), computed exactly."""
    return min(rest, math.ceil(Fraction(share) * rest))


def recheck_key(seed: int, number: str) -> str:
    return hashlib.sha256(f"recheck:{seed}:{number}".encode()).hexdigest()


def top_entries(candidates: Iterable[Candidate], top: int) -> tuple[str, ...]:
    """Who is within the top `top` of their group, by competition rank (whatever rank style
    is shown: a dense 1, 2, 2, 3 counts the 3 as 4th)."""
    by_group: dict[str, list[Candidate]] = {}
    for c in candidates:
        by_group.setdefault(c.group, []).append(c)
    out: list[str] = []
    for members in by_group.values():
        for c in members:
            better = sum(1 for o in members if o.rank < c.rank)
            if better + 1 <= top:
                out.append(c.number)
    return tuple(sorted(out))


def draw_sample(candidates: Sequence[Candidate], rules: RecheckRules, seed: int) -> Sample:
    """The re-check list for these candidates. Same candidates and seed, same list, always."""
    top = top_entries(candidates, rules.top)
    chosen = set(top)
    rest = sorted({c.number for c in candidates} - chosen)
    size = sample_size(len(rest), rules.share)
    drawn = sorted(rest, key=lambda n: (recheck_key(seed, n), n))[:size]
    return Sample(top, tuple(sorted(drawn)), len(rest))


def error_rate(corrected: int, sample: int) -> Fraction:
    """Corrected entries of the sample over the sample's size; 0 for an empty sample."""
    return Fraction(corrected, sample) if sample else Fraction(0)


def escalates(corrected: int, sample: int, threshold: Decimal) -> bool:
    """True when the sample's error rate is past (strictly above) the threshold."""
    return sample > 0 and error_rate(corrected, sample) > Fraction(threshold)


@dataclass(frozen=True)
class Progress:
    """Where a re-check stands: who must still be checked, and the sample's error rate."""

    required: tuple[str, ...]
    pending: tuple[str, ...]
    corrected_in_sample: int
    sample_size: int
    rate: Fraction
    escalated: bool

    @property
    def complete(self) -> bool:
        return not self.pending

    @property
    def checked(self) -> int:
        return len(self.required) - len(self.pending)


def progress(
    ranked: Sequence[Candidate],
    rules: RecheckRules,
    drawn: Mapping[str, Part],
    checks: Mapping[str, CheckState],
    *,
    escalated: bool,
) -> Progress:
    """What must be re-checked now, given the ranking as it stands.

    `drawn` is the round's list (number -> part), `checks` each checked entry's state (entries
    whose marks changed after their check are left out by the caller: they are pending again).
    Required: everything ranked once escalated; else the drawn entries still ranked and whoever
    is in the top part now (a correction can move an entry up into it).
    """
    numbers = {c.number for c in ranked}
    size = sum(1 for part in drawn.values() if part == "sample")
    corrected = sum(
        1 for n, part in drawn.items() if part == "sample" and checks.get(n) == "corrected"
    )
    escalated = escalated or escalates(corrected, size, rules.error_rate)
    if escalated:
        required = set(numbers)
    else:
        required = {n for n in drawn if n in numbers} | set(top_entries(ranked, rules.top))
    pending = tuple(sorted(n for n in required if checks.get(n, "pending") == "pending"))
    return Progress(
        tuple(sorted(required)),
        pending,
        corrected,
        size,
        error_rate(corrected, size),
        escalated,
    )


def percent(rate: Fraction | Decimal, places: int = 1) -> str:
    """A rate as the chief judge reads it, "5.3 %" (half-up at `places`)."""
    value = (
        (Decimal(rate.numerator) / Decimal(rate.denominator))
        if isinstance(rate, Fraction)
        else rate
    )
    return f"{plain((value * 100).quantize(Decimal(1).scaleb(-places)))} %"


# -- settings: the trade table's `recheck = { ... }` ---------------------------------------


def recheck_from_mapping(r: SettingsReader, raw: Any) -> RecheckRules:
    default = RecheckRules()
    table = r.table(raw, "recheck") if raw is not None else {}
    if table is None:
        return default
    r.unknown_keys(table, RECHECK_KEYS, "recheck")
    required = r.flag(table.get("required", default.required), "recheck.required")
    top = r.integer(table.get("top", default.top), "recheck.top", 0)
    share = r.decimal(table.get("share", plain(default.share)), "recheck.share", _ZERO, _ONE)
    rate = r.decimal(
        table.get("error_rate", plain(default.error_rate)), "recheck.error_rate", _ZERO, _ONE
    )
    return RecheckRules(
        required=bool(required) if required is not None else default.required,
        top=top if top is not None else default.top,
        share=share if share is not None else default.share,
        error_rate=rate if rate is not None else default.error_rate,
    )


def recheck_to_mapping(rules: RecheckRules) -> dict[str, Any]:
    return {
        "required": rules.required,
        "top": rules.top,
        "share": plain(rules.share),
        "error_rate": plain(rules.error_rate),
    }


def sheet_digest(marks: Mapping[str, Mapping[str, Decimal]], scores: Mapping[str, Decimal]) -> str:
    """A fingerprint of a score sheet (every mark by criterion and judge, every direct score):
    a check stands only while the sheet still has the marks it was checked with."""
    lines = sorted(f"m|{c}|{j}|{v:f}" for c, by in marks.items() for j, v in by.items())
    lines += sorted(f"s|{c}|{v:f}" for c, v in scores.items())
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()
