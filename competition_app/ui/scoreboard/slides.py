"""The board's pages in the order shown: the day's progress and leaderboards, or the ceremony's
title and award stages, built from the services' Scoreboard (already cut to what may be shown)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from competition_app.domain.public_board import RevealStage
from competition_app.services.results.scoreboard import BoardGroup, BoardTrade, Scoreboard

Mode = Literal["day", "ceremony"]
SlideKind = Literal["progress", "leaderboard", "title", "stage", "nothing"]


@dataclass(frozen=True)
class Slide:
    kind: SlideKind
    trade: BoardTrade | None = None
    group: BoardGroup | None = None
    stage: RevealStage | None = None
    part: tuple[int, int] = (0, 1)  # a progress slide's place among them: (index, how many)

    @property
    def key(self) -> tuple[str, str, str, str, int]:
        """What the slide is about, to find it again after the board is refreshed."""
        return (
            self.kind,
            self.trade.code if self.trade else "",
            self.group.group if self.group else "",
            self.stage.award if self.stage else "",
            self.part[0],
        )


# At most this many trades on one progress slide: a row stays readable from the back of a hall
# (a city contest's 74 trades on one slide were 7-pixel lines).
PROGRESS_PER_SLIDE = 12


def progress_parts(count: int) -> int:
    """How many progress slides `count` trades take."""
    return max(1, -(-count // PROGRESS_PER_SLIDE))


def progress_share(trades: Sequence[BoardTrade], part: tuple[int, int]) -> Sequence[BoardTrade]:
    """The trades of one progress slide: the board's trades in order, shared as evenly as the
    slides allow (74 trades: 11 on each of six slides, 8 on the seventh)."""
    index, parts = part
    each = -(-len(trades) // parts)
    return trades[index * each : (index + 1) * each]


def day_slides(board: Scoreboard) -> list[Slide]:
    """Every trade's progress (a dozen trades a slide at most), then the live leaderboard of each unlocked trade and group that
    has anyone ranked yet."""
    parts = progress_parts(len(board.trades))
    slides = [Slide("progress", part=(i, parts)) for i in range(parts)]
    for t in board.live:
        slides.extend(Slide("leaderboard", t, g) for g in t.groups if g.leaderboard)
    return slides


def ceremony_slides(board: Scoreboard) -> list[Slide]:
    """For each trade the ceremony may reveal, and each group: a title, then its award tiers
    from the lowest (third prize) up to the first, one slide each."""
    slides = []
    for t in board.ceremony:
        for g in t.groups:
            if not g.stages:
                continue
            slides.append(Slide("title", t, g))
            slides.extend(Slide("stage", t, g, s) for s in g.stages)
    return slides or [Slide("nothing")]


def slides_for(board: Scoreboard, mode: Mode) -> list[Slide]:
    return day_slides(board) if mode == "day" else ceremony_slides(board)
