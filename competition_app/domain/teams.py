"""Team standings: delegations or units ranked by the sum of their best contestants' totals."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from competition_app.domain.entries import eligible_for_awards
from competition_app.domain.results import ResultRow, TeamStanding


def team_standings(rows: Iterable[ResultRow], best_n: int | None) -> list[TeamStanding]:
    """Each team's sum of its best `best_n` totals (all when None), ranked highest first.

    Only ranked contestants of status ok count: absent, disqualified, unfinished and
    out-of-competition contestants add nothing. A team with nobody counted is left out, and rows
    with no team are nobody's. Ties share the rank (1, 2, 2, 4), listed by team name.
    """
    totals: dict[str, list[Decimal]] = {}
    for row in rows:
        if (
            row.team
            and eligible_for_awards(row.status)
            and row.rank is not None
            and row.total is not None
        ):
            totals.setdefault(row.team, []).append(row.total)

    summed: list[tuple[str, Decimal, int]] = []
    for team, team_totals in totals.items():
        best = sorted(team_totals, reverse=True)
        if best_n is not None:
            best = best[:best_n]
        if best:
            summed.append((team, sum(best, Decimal(0)), len(best)))
    summed.sort(key=lambda s: (-s[1], s[0]))

    standings: list[TeamStanding] = []
    for position, (team, total, counted) in enumerate(summed):
        shared = bool(standings) and standings[-1].total == total
        rank = standings[-1].rank if shared else position + 1
        standings.append(TeamStanding(rank=rank, team=team, total=total, counted=counted))
    return standings
