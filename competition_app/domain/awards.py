"""Award tiers (一/二/三等奖 by share or count) and WorldSkills medals for a ranked field."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from competition_app.domain.rounding import quota
from competition_app.domain.rules import AwardRules, Tier


@dataclass(frozen=True)
class Candidate:
    """A ranked contestant as awards see them.

    `eligible` is False for out-of-competition contestants (不参与评奖): they keep their rank but
    take no award and no place in a quota. `ws_scale` is needed only for the medallion.
    """

    rank: int
    total: Decimal
    eligible: bool = True
    ws_scale: int | None = None


@dataclass(frozen=True)
class AwardOutcome:
    """The award a candidate gets ("" for none), and whether a boundary tie carried them into it."""

    award: str = ""
    boundary_tie: bool = False


def eligible_order(candidates: Sequence[Candidate]) -> list[int]:
    """Indices of eligible candidates, best rank first (stable for equal ranks): the order
    tiers fill in."""
    return sorted(
        (i for i, c in enumerate(candidates) if c.eligible), key=lambda i: candidates[i].rank
    )


def eligible_ranks(candidates: Sequence[Candidate]) -> dict[int, int]:
    """Competition rank of each eligible candidate among eligible candidates only.

    Out-of-competition contestants are taken out, so the places they held pass down (依次递补).
    """
    ranks: dict[int, int] = {}
    order = eligible_order(candidates)
    for position, i in enumerate(order):
        if position and candidates[order[position - 1]].rank == candidates[i].rank:
            ranks[i] = ranks[order[position - 1]]
        else:
            ranks[i] = position + 1
    return ranks


def tier_quota(tier: Tier, n: int, rules: AwardRules) -> int | None:
    """How many places a tier holds in a field of `n` eligible contestants.

    None for `up_to_share`, which holds no fixed count: it takes everyone left down to a rank.
    """
    if tier.kind == "count":
        return int(tier.value)
    if tier.kind == "share":
        return quota(tier.value, n, rules.quota_rounding)
    return None


@dataclass(frozen=True)
class TierFill:
    """How one tier was filled: the places it held and who took them.

    `quota` is the tier's count (None for `up_to_share`, which holds everyone left down to
    `rank_limit`). `taken` are positions in the eligible order (best first); `joined` of them
    came in only because they tied the last one placed within the quota.
    """

    tier: Tier
    quota: int | None
    rank_limit: Decimal | None
    taken: range
    joined: int = 0


def tier_fills(rules: AwardRules, candidates: Sequence[Candidate]) -> list[TierFill]:
    """Each tier in turn over the eligible field, best rank first (before any minimum total).

    Contestants tied with the last one placed join the tier; the next tier keeps its own count.
    """
    order = eligible_order(candidates)
    ranks = eligible_ranks(candidates)
    n = len(order)
    fills: list[TierFill] = []
    start = 0  # position in `order` of the first contestant not yet placed
    for tier in rules.tiers:
        places = tier_quota(tier, n, rules)
        if places is None:
            limit = tier.value * n
            end = start
            while end < n and ranks[order[end]] <= limit:
                end += 1
            fills.append(TierFill(tier, None, limit, range(start, max(start, end))))
            start = max(start, end)
            continue
        end = min(start + places, n)
        if end == start:
            fills.append(TierFill(tier, places, None, range(start, start)))
            continue
        last_rank = candidates[order[end - 1]].rank
        joined = end
        while joined < n and candidates[order[joined]].rank == last_rank:
            joined += 1
        fills.append(TierFill(tier, places, None, range(start, joined), joined - end))
        start = joined
    return fills


def _assign_tiers(rules: AwardRules, candidates: Sequence[Candidate]) -> list[AwardOutcome]:
    outcomes = [AwardOutcome() for _ in candidates]
    order = eligible_order(candidates)
    for fill in tier_fills(rules, candidates):
        last = fill.taken.stop - 1 - fill.joined
        last_rank = candidates[order[last]].rank if fill.joined and last >= 0 else None
        for position in fill.taken:
            i = order[position]
            boundary = fill.joined > 0 and candidates[i].rank == last_rank
            outcomes[i] = AwardOutcome(fill.tier.name, boundary)
    return outcomes


def medal_places(rules: AwardRules, n: int) -> int:
    """How many medal places a field of `n` eligible contestants has (6+ -> 3, 5 -> 2, else 1)."""
    for min_field, medals in sorted(rules.medals_by_field, reverse=True):
        if n >= min_field:
            return min(medals, 3)
    return 0


def medal_ranks(rules: AwardRules, candidates: Sequence[Candidate]) -> dict[int, int]:
    """WorldSkills medal rank of each eligible candidate, by total with the tie window.

    Going down the eligible field, a contestant whose total is within `tie_window` of the FIRST
    contestant of the current group shares that group's rank; otherwise they open a new group
    ranked by their position (so two golds are followed by a bronze).
    """
    order = sorted(
        (i for i, c in enumerate(candidates) if c.eligible),
        key=lambda i: (candidates[i].rank, -candidates[i].total),
    )
    ranks: dict[int, int] = {}
    leader: Candidate | None = None
    group_rank = 0
    for position, i in enumerate(order):
        c = candidates[i]
        if leader is None or leader.total - c.total > rules.tie_window:
            leader, group_rank = c, position + 1
        ranks[i] = group_rank
    return ranks


def _earns_medallion(rules: AwardRules, candidate: Candidate) -> bool:
    """Medallion for Excellence: a non-medallist at or above the bar, on the WorldSkills scale
    of the raw totals, or on the total itself when the totals are standardised points."""
    if rules.medallion is None:
        return False
    if rules.medallion_on == "total":
        return candidate.total >= rules.medallion
    return candidate.ws_scale is not None and candidate.ws_scale >= rules.medallion


def _assign_medals(rules: AwardRules, candidates: Sequence[Candidate]) -> list[AwardOutcome]:
    outcomes = [AwardOutcome() for _ in candidates]
    ranks = medal_ranks(rules, candidates)
    places = medal_places(rules, len(ranks))
    for i, rank in ranks.items():
        if rank <= places:
            outcomes[i] = AwardOutcome(rules.medal_names[rank - 1])
        elif _earns_medallion(rules, candidates[i]):
            outcomes[i] = AwardOutcome(rules.medal_names[3])
    return outcomes


def assign_awards(rules: AwardRules, candidates: Sequence[Candidate]) -> list[AwardOutcome]:
    """The award of each ranked candidate, in the order given.

    Tiers fill in rank order over eligible contestants; medals go by the tie window. Nobody
    ineligible, and nobody below `min_total`, gets anything: the tiers are cut short there.
    """
    if rules.mode == "medals":
        outcomes = _assign_medals(rules, candidates)
    else:
        outcomes = _assign_tiers(rules, candidates)
    if rules.min_total is not None:
        floor = rules.min_total
        outcomes = [
            AwardOutcome() if c.total < floor else o
            for c, o in zip(candidates, outcomes, strict=True)
        ]
    return outcomes
