"""The board's pages in the order shown: the day's progress and leaderboards, or the ceremony's
title and award stages, built from the services' Scoreboard (already cut to what may be shown)."""

from __future__ import annotations

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

    @property
    def key(self) -> tuple[str, str, str, str]:
        """What the slide is about, to find it again after the board is refreshed."""
        return (
            self.kind,
            self.trade.code if self.trade else "",
            self.group.group if self.group else "",
            self.stage.award if self.stage else "",
        )


def day_slides(board: Scoreboard) -> list[Slide]:
    """Every trade's progress, then the live leaderboard of each unlocked trade and group that
    has anyone ranked yet."""
    slides = [Slide("progress")]
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
