"""The whole result of a trade: score, rank, award and honour every contestant, group by group."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from competition_app.domain.awards import AwardOutcome, Candidate, assign_awards
from competition_app.domain.entries import VOID, Entry, competes, eligible_for_awards
from competition_app.domain.honours import assign_titles, promotion_for
from competition_app.domain.ranking import Placing, rank_rows, styled_ranks
from competition_app.domain.results import (
    FLAG_BOUNDARY_TIE,
    FLAG_LABELS,
    ResultRow,
    TradeResult,
)
from competition_app.domain.rules import TradeRules
from competition_app.domain.scoring import ScoreCard, score_entry, scoring_plan
from competition_app.domain.ws_scale import ws_scale

_DIGITS = re.compile(r"(\d+)")


def number_key(number: str) -> tuple[tuple[int, int, str], ...]:
    """Sort key for entry numbers in natural order, so "A2" comes before "A10"."""
    if number.isascii() and number.isdigit():  # the usual entry number: the same key, sooner
        return ((0, int(number), ""),)
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part)
        for part in _DIGITS.split(number)
        if part
    )


def listing_key(row: ResultRow) -> tuple[object, ...]:
    """Where a ranked row is listed: by place; a shared place by total, highest first (a medal
    tie window shares a place between totals 2 points apart; equal ones keep entry-number
    order), then by entry number in natural order (a work-piece code, once masked)."""
    return (row.rank or 0, -(row.total or 0), number_key(row.number), row.key)


@dataclass(frozen=True)
class Scored:
    """One contestant with their score card."""

    entry: Entry
    card: ScoreCard

    @property
    def rankable(self) -> bool:
        return competes(self.entry.status) and self.card.total is not None

    # What ranking reads (ranking.Rankable): a rankable contestant competes, so nothing is void.
    @property
    def total(self) -> Decimal | None:
        return self.card.total

    @property
    def time(self) -> Decimal | None:
        return self.entry.time

    @property
    def components(self) -> Mapping[str, Decimal | None]:
        return self.card.components


def needs_ws_scale(rules: TradeRules) -> bool:
    """Whether results carry the WorldSkills scale: shown by choice, or needed for the medallion."""
    return rules.show_ws_scale or (
        rules.awards.mode == "medals"
        and rules.awards.medallion is not None
        and rules.awards.medallion_on == "scale"
    )


@dataclass(frozen=True)
class GroupWorking:
    """The steps of ranking one group, kept for the results and for explaining them.

    Each tuple runs over `ranked` (the rankable contestants, in the order given). `placings`
    hold competition ranks (after a medal tie window), which awards, titles and the
    shared-top flag read; `shown` are the places printed, in the trade's rank style.
    """

    ranked: tuple[Scored, ...]
    placings: tuple[Placing, ...]
    shown: tuple[int, ...]
    candidates: tuple[Candidate, ...]
    awards: tuple[AwardOutcome, ...]
    titles: tuple[tuple[str, ...], ...]
    scales: tuple[int | None, ...]


def work_group(rules: TradeRules, scored: Sequence[Scored]) -> GroupWorking:
    ranked = [s for s in scored if s.rankable]
    placings = rank_rows(
        ranked,
        rules.tie_break,
        decided_order=[s.entry.decided_order for s in ranked],
        forbid_shared_top=rules.forbid_shared_top,
    )
    totals = [s.card.total for s in ranked if s.card.total is not None]
    if rules.awards.mode == "medals" and rules.awards.tie_window > 0:
        placings = _windowed(placings, totals, rules.awards.tie_window)
    # the scale's median and spread are the eligible field's: one out of competition
    # (不参与评奖) is counted as if not there, as for every award (README, Rules)
    field = [t for s, t in zip(ranked, totals, strict=True) if eligible_for_awards(s.entry.status)]
    scales: list[int | None] = (
        list(ws_scale(totals, field=field)) if needs_ws_scale(rules) else [None] * len(ranked)
    )
    candidates = [
        Candidate(
            rank=p.rank,
            total=total,
            eligible=eligible_for_awards(s.entry.status),
            ws_scale=scale,
        )
        for s, p, total, scale in zip(ranked, placings, totals, scales, strict=True)
    ]
    return GroupWorking(
        ranked=tuple(ranked),
        placings=tuple(placings),
        # Awards, titles and flags are worked out on competition ranks (quotas count people);
        # only the place shown follows the trade's rank style.
        shown=tuple(styled_ranks([p.rank for p in placings], rules.rank_style)),
        candidates=tuple(candidates),
        awards=tuple(assign_awards(rules.awards, candidates)),
        titles=tuple(assign_titles(rules.titles, candidates)),
        scales=tuple(scales),
    )


def group_rows(rules: TradeRules, scored: Sequence[Scored]) -> list[ResultRow]:
    """One group's result rows: ranked rows by rank then entry number, then the unranked."""
    w = work_group(rules, scored)
    rows = [
        _row(
            s,
            Placing(place, p.tied, p.flags),
            a,
            t,
            scale,
            promotion_for(rules.promotions, a.award, t),
        )
        for s, p, place, a, t, scale in zip(
            w.ranked, w.placings, w.shown, w.awards, w.titles, w.scales, strict=True
        )
    ]
    rows.sort(key=listing_key)
    unranked = [_row(s) for s in scored if not s.rankable]
    unranked.sort(key=lambda r: (number_key(r.number), r.key))
    return rows + unranked


def _windowed(placings: list[Placing], totals: list[Decimal], window: Decimal) -> list[Placing]:
    """WorldSkills places: within `window` points of the first of a group shares its place."""
    order = sorted(range(len(placings)), key=lambda i: (placings[i].rank, -totals[i]))
    ranks = [0] * len(placings)
    leader: Decimal | None = None
    group_rank = 0
    for position, i in enumerate(order):
        if leader is None or leader - totals[i] > window:
            leader, group_rank = totals[i], position + 1
        ranks[i] = group_rank
    counts = Counter(ranks)
    return [
        replace(p, rank=ranks[i], tied=p.tied or counts[ranks[i]] > 1)
        for i, p in enumerate(placings)
    ]


def _row(
    s: Scored,
    placing: Placing | None = None,
    award: AwardOutcome | None = None,
    titles: tuple[str, ...] = (),
    scale: int | None = None,
    promotion: str = "",
) -> ResultRow:
    entry, card = s.entry, s.card
    void = entry.status in VOID
    # absent or disqualified: the score is void, and unfinished marks are not something to chase
    flags = [] if void else list(card.flags)
    if placing is not None:
        flags.extend(placing.flags)
    if award is not None and award.boundary_tie:
        flags.append(FLAG_BOUNDARY_TIE)
    return ResultRow(
        key=entry.key,
        number=entry.number,
        name=entry.name,
        unit=entry.unit,
        team=entry.team,
        group=entry.group,
        status=entry.status,
        components={code: None for code in card.components} if void else card.components,
        total=None if void else card.total,
        time=None if void else entry.time,  # a void score publishes nothing of it
        rank=placing.rank if placing is not None else None,
        tied=placing.tied if placing is not None else False,
        award=award.award if award is not None else "",
        titles=titles,
        promotion=promotion,
        ws_scale=scale,
        flags=tuple(flags),
        spread_criteria=() if void else card.spread_criteria,
    )


def score_groups(rules: TradeRules, entries: Sequence[Entry]) -> dict[str, list[Scored]]:
    """Every entry scored, by group, groups in the order their first entry is given."""
    groups: dict[str, list[Scored]] = {}
    plan = scoring_plan(rules)
    for entry in entries:
        groups.setdefault(entry.group, []).append(Scored(entry, score_entry(rules, entry, plan)))
    return groups


def tabulate(rules: TradeRules, entries: Sequence[Entry]) -> TradeResult:
    """Score every entry and rank, award and honour each group of the trade separately.

    Groups appear in the order their first entry is given; within a group ranked rows come by
    rank then entry number, then unranked rows (missing marks, absent, disqualified) by number.
    """
    rows: list[ResultRow] = []
    for scored in score_groups(rules, entries).values():
        rows.extend(group_rows(rules, scored))

    present = {flag for row in rows for flag in row.flags}
    flags = tuple(flag for flag in FLAG_LABELS if flag in present)
    return TradeResult(rows=tuple(rows), flags=flags)
