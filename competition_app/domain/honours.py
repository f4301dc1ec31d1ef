"""Titles for the top of a trade (技术能手) and the level promotions (晋升等级) awards bring."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from competition_app.domain.awards import Candidate, eligible_ranks
from competition_app.domain.results import ResultRow
from competition_app.domain.rules import TitleRule


def assign_titles(
    titles: Sequence[TitleRule], candidates: Sequence[Candidate]
) -> list[tuple[str, ...]]:
    """The titles each ranked candidate earns, in the order given.

    A title goes to the top `top_n` eligible contestants; those tied with the last of them are
    included, which is the same as an eligible competition rank of `top_n` or better.
    """
    ranks = eligible_ranks(candidates)
    earned: list[tuple[str, ...]] = []
    for i in range(len(candidates)):
        rank = ranks.get(i)
        earned.append(tuple(t.name for t in titles if rank is not None and rank <= t.top_n))
    return earned


def promotion_for(promotions: Iterable[tuple[str, str]], award: str, titles: Sequence[str]) -> str:
    """The level a contestant is promoted to: their award's promotion, else their first title's.

    "" when neither brings a promotion.
    """
    levels = dict(promotions)
    if award and award in levels:
        return levels[award]
    for title in titles:
        if title in levels:
            return levels[title]
    return ""


def promotion_list(rows: Iterable[ResultRow]) -> list[ResultRow]:
    """The rows of contestants who earned a promotion, as the promotion export lists them."""
    return [row for row in rows if row.promotion]
