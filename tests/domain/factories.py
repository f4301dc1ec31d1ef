"""Small builders for domain tests: entries, rules from presets, ranked award candidates."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from competition_app.domain.awards import Candidate
from competition_app.domain.entries import Entry, Status
from competition_app.domain.rules import TradeRules
from competition_app.domain.rules_io import rules_from_mapping

D = Decimal


def rules(preset: str | None = "cn-provincial", **overrides: Any) -> TradeRules:
    """Rules from a preset with some keys of the trade table replaced."""
    table: dict[str, Any] = dict(overrides)
    # The presets grant no title; the tests use the common 技术能手 for the top five.
    table.setdefault("titles", [{"name": "技术能手", "top_n": 5}])
    if preset is not None:
        table["preset"] = preset
    return rules_from_mapping(table)


def entry(
    key: str,
    theory: str | None = None,
    practical: str | None = None,
    *,
    status: Status = "ok",
    group: str = "",
    team: str = "",
    time: str | None = None,
    decided: int | None = None,
    number: str | None = None,
    marks: Mapping[str, Mapping[str, str]] | None = None,
) -> Entry:
    """An entry with directly entered theory and practical scores (as strings, read as Decimal)."""
    scores = {
        code: D(value)
        for code, value in (("theory", theory), ("practical", practical))
        if value is not None
    }
    return Entry(
        key=key,
        number=number if number is not None else key,
        name=f"选手{key}",
        unit=team,
        team=team,
        group=group,
        status=status,
        marks={c: {j: D(m) for j, m in judged.items()} for c, judged in (marks or {}).items()},
        scores=scores,
        time=D(time) if time is not None else None,
        decided_order=decided,
    )


def competition_rank(totals: Sequence[Decimal]) -> list[int]:
    """Ranks by total alone, highest first, ties sharing (1, 2, 2, 4)."""
    return [1 + sum(1 for other in totals if other > t) for t in totals]


def candidates(
    totals: Sequence[str | Decimal],
    *,
    ineligible: Sequence[int] = (),
    scales: Sequence[int] | None = None,
) -> list[Candidate]:
    """Candidates ranked by total; indices in `ineligible` are out of competition."""
    values = [D(t) for t in totals]
    ranks = competition_rank(values)
    return [
        Candidate(
            rank=rank,
            total=total,
            eligible=i not in ineligible,
            ws_scale=scales[i] if scales is not None else None,
        )
        for i, (rank, total) in enumerate(zip(ranks, values, strict=True))
    ]
