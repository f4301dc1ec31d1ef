"""The chief judge's decision on a tie (裁定并列): the ties there are to decide in a trade, and
the order a decision gives each contestant of one.

A tie here is a set of ranked contestants of one group equal on the whole tie-break chain, as
the published figures compare (ranking.chain_ties), before any decision. A decision names
every one of them in the order decided; it stands while exactly those are tied
(ranking.effective_decisions), so a tie that someone joins after a correction is to be decided
again, whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from competition_app.domain.entries import Entry
from competition_app.domain.errors import UserError
from competition_app.domain.ranking import chain_ties, effective_decisions
from competition_app.domain.rules import TradeRules
from competition_app.domain.tabulation import number_key, score_groups


@dataclass(frozen=True)
class Tie:
    """One tie: its group, its contestants' entry keys and entry numbers (in entry-number
    order; a work-piece code for a number while a blind trade is not decrypted), and whether
    a decision orders it now (every one of them has a standing decided order)."""

    group: str
    keys: tuple[str, ...]
    numbers: tuple[str, ...]
    decided: bool


def ties(rules: TradeRules, entries: Sequence[Entry]) -> list[Tie]:
    """Every tie of the trade, group by group, the best tie of each group first."""
    out: list[Tie] = []
    for group, scored in score_groups(rules, entries).items():
        ranked = [s for s in scored if s.rankable]
        standing = effective_decisions(
            ranked, rules.tie_break, [s.entry.decided_order for s in ranked]
        )
        for tie in chain_ties(ranked, rules.tie_break):
            members = sorted(tie, key=lambda i: (number_key(ranked[i].entry.number), i))
            out.append(
                Tie(
                    group,
                    tuple(ranked[i].entry.key for i in members),
                    tuple(ranked[i].entry.number for i in members),
                    all(standing[i] is not None for i in tie),
                )
            )
    return out


def tie_of(all_ties: Sequence[Tie], key: str) -> Tie | None:
    """The tie the contestant with entry key `key` is in; None when they share no place."""
    return next((t for t in all_ties if key in t.keys), None)


def decided_orders(tie: Tie, order: Sequence[str]) -> dict[str, int]:
    """Each contestant's decided order (1 first), by entry key, for `order`: the tie's entry
    numbers as the chief judge orders them, every one of the tie, each once, nobody else."""
    repeated = sorted({n for n in order if order.count(n) > 1}, key=number_key)
    if repeated:
        raise UserError(f"裁定的顺序中重复列出了 {'、'.join(repeated)}")
    others = [n for n in order if n not in tie.numbers]
    if others:
        raise UserError(f"{'、'.join(others)} 不在这一并列中（并列的是 {'、'.join(tie.numbers)}）")
    missing = [n for n in tie.numbers if n not in order]
    if missing:
        raise UserError(f"裁定须列出并列的全部选手，还缺 {'、'.join(missing)}")
    key_of = dict(zip(tie.numbers, tie.keys, strict=True))
    return {key_of[n]: position for position, n in enumerate(order, start=1)}
