"""Award tiers by share and count, boundary ties, minimum totals, out-of-competition, medals."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from competition_app.domain.awards import (
    Candidate,
    assign_awards,
    eligible_ranks,
    medal_places,
    medal_ranks,
    tier_quota,
)
from competition_app.domain.rules import AwardRules, Tier

from .factories import candidates

D = Decimal

PROVINCIAL = AwardRules(
    tiers=(
        Tier("一等奖", "share", D("0.1")),
        Tier("二等奖", "share", D("0.2")),
        Tier("三等奖", "share", D("0.3")),
    ),
)
FIXED = AwardRules(
    tiers=(
        Tier("一等奖", "count", D(1)),
        Tier("二等奖", "count", D(2)),
        Tier("三等奖", "count", D(3)),
    ),
)
NATIONAL = AwardRules(
    tiers=(
        Tier("金牌", "count", D(1)),
        Tier("银牌", "count", D(1)),
        Tier("铜牌", "count", D(1)),
        Tier("优胜奖", "up_to_share", D("0.5")),
    ),
)
WORLDSKILLS = AwardRules(mode="medals", tie_window=D(2), medallion=D(700))

TEN = [str(100 - i) for i in range(10)]  # 100, 99, ..., 91


def awards(rules: AwardRules, field_: list[Candidate]) -> list[str]:
    return [o.award for o in assign_awards(rules, field_)]


@pytest.mark.parametrize(
    ("rules", "totals", "ineligible", "expected"),
    [
        pytest.param(PROVINCIAL, [], (), [], id="empty-trade"),
        pytest.param(PROVINCIAL, ["80"], (), [""], id="one-contestant-10pct-of-1-is-0"),
        pytest.param(FIXED, ["80"], (), ["一等奖"], id="one-contestant-fixed-count"),
        pytest.param(
            PROVINCIAL,
            TEN,
            (),
            ["一等奖", "二等奖", "二等奖", "三等奖", "三等奖", "三等奖", "", "", "", ""],
            id="shares-10-20-30",
        ),
        pytest.param(
            PROVINCIAL,
            ["100", "100", "98", "97", "96", "95", "94", "93", "92", "91"],
            (),
            ["一等奖", "一等奖", "二等奖", "二等奖", "三等奖", "三等奖", "三等奖", "", "", ""],
            id="tie-at-first-boundary-next-tier-keeps-count",
        ),
        pytest.param(
            PROVINCIAL,
            ["100", "99", "98", "98", "96", "95", "94", "94", "94", "91"],
            (),
            [
                "一等奖",
                "二等奖",
                "二等奖",
                "二等奖",
                "三等奖",
                "三等奖",
                "三等奖",
                "三等奖",
                "三等奖",
                "",
            ],
            id="ties-on-every-boundary",
        ),
        pytest.param(PROVINCIAL, ["80"] * 10, (), ["一等奖"] * 10, id="all-tied"),
        pytest.param(
            FIXED,
            ["90", "80", "70"],
            (),
            ["一等奖", "二等奖", "二等奖"],
            id="counts-larger-than-field",
        ),
        pytest.param(
            PROVINCIAL,
            TEN,
            (0,),
            ["", "一等奖", "二等奖", "二等奖", "三等奖", "三等奖", "三等奖", "", "", ""],
            id="out-of-competition-at-top-passes-down",
        ),
        pytest.param(
            NATIONAL,
            ["99", "98", "97", "96", "95", "94", "93"],
            (),
            ["金牌", "银牌", "铜牌", "", "", "", ""],
            id="up-to-half-of-7-is-rank-3",
        ),
        pytest.param(
            NATIONAL,
            ["99", "98", "97", "96", "95", "94", "93", "92", "91", "90"],
            (),
            ["金牌", "银牌", "铜牌", "优胜奖", "优胜奖", "", "", "", "", ""],
            id="up-to-half-of-10",
        ),
        pytest.param(
            NATIONAL,
            ["99", "98", "97", "96", "95", "95", "93", "92", "91", "90"],
            (),
            ["金牌", "银牌", "铜牌", "优胜奖", "优胜奖", "优胜奖", "", "", "", ""],
            id="up-to-share-includes-tie-at-boundary",
        ),
        pytest.param(
            NATIONAL,
            ["99", "98", "97", "96", "96", "96", "93", "92", "91", "90"],
            (1,),
            ["金牌", "", "银牌", "铜牌", "铜牌", "铜牌", "", "", "", ""],
            id="out-of-competition-does-not-count-in-eligible-rank",
        ),
    ],
)
def test_tiers(
    rules: AwardRules, totals: list[str], ineligible: tuple[int, ...], expected: list[str]
) -> None:
    assert awards(rules, candidates(totals, ineligible=ineligible)) == expected


def test_boundary_tie_is_marked() -> None:
    field_ = candidates(["100", "100", "98", "97", "96", "95", "94", "93", "92", "91"])
    outcomes = assign_awards(PROVINCIAL, field_)
    assert [o.boundary_tie for o in outcomes[:3]] == [True, True, False]


@pytest.mark.parametrize(
    ("min_total", "expected"),
    [
        pytest.param(
            "60",
            ["一等奖", "二等奖", "二等奖", "三等奖", "三等奖", "三等奖", "", "", "", ""],
            id="all-pass",
        ),
        pytest.param(
            "98", ["一等奖", "二等奖", "二等奖", "", "", "", "", "", "", ""], id="cuts-third-tier"
        ),
        pytest.param(
            "98.5",
            ["一等奖", "二等奖", "", "", "", "", "", "", "", ""],
            id="cuts-second-tier-short",
        ),
        pytest.param("101", [""] * 10, id="nobody"),
    ],
)
def test_min_total_cuts_tiers_short(min_total: str, expected: list[str]) -> None:
    rules = replace(PROVINCIAL, min_total=D(min_total))
    assert awards(rules, candidates(TEN)) == expected


def test_quota_rounding_is_a_setting() -> None:
    totals = [str(100 - i) for i in range(15)]  # 10% of 15 = 1.5
    assert awards(PROVINCIAL, candidates(totals)).count("一等奖") == 2
    floor = replace(PROVINCIAL, quota_rounding="floor")
    assert awards(floor, candidates(totals)).count("一等奖") == 1


def test_zero_count_tier_is_skipped() -> None:
    rules = AwardRules(tiers=(Tier("特等奖", "count", D(0)), Tier("一等奖", "count", D(1))))
    assert awards(rules, candidates(["90", "80"])) == ["一等奖", ""]


def test_tier_quota() -> None:
    assert tier_quota(PROVINCIAL.tiers[0], 25, PROVINCIAL) == 3
    assert tier_quota(FIXED.tiers[2], 25, FIXED) == 3
    assert tier_quota(NATIONAL.tiers[3], 25, NATIONAL) is None


def test_eligible_ranks_pass_places_down() -> None:
    field_ = candidates(["99", "98", "98", "97"], ineligible=[0])
    assert eligible_ranks(field_) == {1: 1, 2: 1, 3: 3}


# --- medals -----------------------------------------------------------------------------------

SIX = ["90", "88.5", "85", "80", "75", "70"]


@pytest.mark.parametrize(
    ("totals", "scales", "ineligible", "expected"),
    [
        pytest.param(
            SIX, None, (), ["金牌", "金牌", "铜牌", "", "", ""], id="two-golds-then-bronze"
        ),
        pytest.param(
            ["90", "88.5", "87", "80", "75", "70"],
            None,
            (),
            ["金牌", "金牌", "铜牌", "", "", ""],
            id="window-measured-from-first-of-group",
        ),
        pytest.param(
            ["90", "88", "86", "84", "75", "70"],
            None,
            (),
            ["金牌", "金牌", "铜牌", "铜牌", "", ""],
            id="exactly-window-apart-shares",
        ),
        pytest.param(
            ["90", "85", "84", "83", "75", "70"],
            None,
            (),
            ["金牌", "银牌", "银牌", "银牌", "", ""],
            id="three-silvers-no-bronze",
        ),
        pytest.param(
            ["90", "85", "80", "75", "70"],
            None,
            (),
            ["金牌", "银牌", "", "", ""],
            id="5-competitors-2-medals",
        ),
        pytest.param(["90", "85", "80"], None, (), ["金牌", "", ""], id="3-competitors-gold-only"),
        pytest.param(["90", "89", "80"], None, (), ["金牌", "金牌", ""], id="gold-only-tie"),
        pytest.param([], None, (), [], id="empty"),
        pytest.param(
            SIX,
            [760, 740, 720, 700, 699, 650],
            (),
            ["金牌", "金牌", "铜牌", "优胜奖", "", ""],
            id="medallion-at-700",
        ),
        pytest.param(
            ["95", *SIX],
            None,
            (0,),
            ["", "金牌", "金牌", "铜牌", "", "", ""],
            id="out-of-competition-takes-no-medal",
        ),
    ],
)
def test_medals(
    totals: list[str], scales: list[int] | None, ineligible: tuple[int, ...], expected: list[str]
) -> None:
    assert awards(WORLDSKILLS, candidates(totals, ineligible=ineligible, scales=scales)) == expected


def test_medals_respect_min_total() -> None:
    rules = replace(WORLDSKILLS, min_total=D(86))
    field_ = candidates(SIX, scales=[760, 740, 720, 700, 699, 650])
    assert awards(rules, field_) == ["金牌", "金牌", "", "", "", ""]


def test_medallion_needs_a_scale_score() -> None:
    field_ = candidates(["90", "80", "70"])
    assert awards(WORLDSKILLS, field_) == ["金牌", "", ""]


@pytest.mark.parametrize(("n", "places"), [(0, 0), (1, 1), (4, 1), (5, 2), (6, 3), (40, 3)])
def test_medal_places(n: int, places: int) -> None:
    assert medal_places(WORLDSKILLS, n) == places


def test_medal_ranks() -> None:
    assert medal_ranks(WORLDSKILLS, candidates(SIX)) == {0: 1, 1: 1, 2: 3, 3: 4, 4: 5, 5: 6}


# --- properties -------------------------------------------------------------------------------

_tier = st.one_of(
    st.builds(lambda n: Tier("", "count", D(n)), st.integers(0, 6)),
    st.builds(lambda s: Tier("", "share", D(s) / 100), st.integers(1, 60)),
)
_tiers = st.lists(_tier, min_size=1, max_size=4).map(
    lambda ts: tuple(replace(t, name=f"T{i}") for i, t in enumerate(ts))
)
_totals = st.lists(st.integers(50, 60).map(D), max_size=30)


@st.composite
def _field(draw: st.DrawFn) -> list[Candidate]:
    totals = draw(_totals)
    out = draw(st.sets(st.integers(0, max(0, len(totals) - 1)), max_size=3)) if totals else set()
    return candidates(totals, ineligible=sorted(out))


@settings(max_examples=200, deadline=None)
@given(_field(), _tiers, st.sampled_from(["half_up", "floor", "ceil"]))
def test_tier_sizes_equal_quotas_except_boundary_ties(
    field_: list[Candidate], tiers: tuple[Tier, ...], rounding: str
) -> None:
    rules = AwardRules(tiers=tiers, quota_rounding=rounding)  # type: ignore[arg-type]
    outcomes = assign_awards(rules, field_)
    eligible = sorted((c for c in field_ if c.eligible), key=lambda c: c.rank)
    n = len(eligible)
    remaining = n
    for tier in tiers:
        members = [c for c, o in zip(field_, outcomes, strict=True) if o.award == tier.name]
        quota = tier_quota(tier, n, rules)
        assert quota is not None
        expected = min(quota, remaining)
        assert len(members) >= expected
        if len(members) > expected:
            # only a tie with the last contestant within the quota may exceed it
            ranks = sorted(c.rank for c in members)
            last_in_quota = ranks[expected - 1]
            assert all(r == last_in_quota for r in ranks[expected:])
        remaining -= len(members)
    assert all(o.award == "" for c, o in zip(field_, outcomes, strict=True) if not c.eligible)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(0, 1000), unique=True, max_size=30), _tiers)
def test_without_ties_tiers_never_exceed_quota(values: list[int], tiers: tuple[Tier, ...]) -> None:
    field_ = candidates([D(v) for v in values])
    rules = AwardRules(tiers=tiers)
    outcomes = assign_awards(rules, field_)
    for tier in tiers:
        quota = tier_quota(tier, len(field_), rules)
        assert quota is not None
        assert sum(1 for o in outcomes if o.award == tier.name) <= quota
    assert not any(o.boundary_tie for o in outcomes)


@settings(max_examples=150, deadline=None)
@given(_field(), st.integers(50, 61), st.booleans())
def test_no_award_below_min_total_or_out_of_competition(
    field_: list[Candidate], min_total: int, medals: bool
) -> None:
    base = WORLDSKILLS if medals else NATIONAL
    rules = replace(base, min_total=D(min_total))
    field_ = [replace(c, ws_scale=700 + int(c.total) - 55) for c in field_]
    for c, o in zip(field_, assign_awards(rules, field_), strict=True):
        if o.award:
            assert c.eligible
            assert c.total >= min_total


@settings(max_examples=150, deadline=None)
@given(_field(), st.booleans())
def test_a_better_place_never_gets_a_lesser_award(field_: list[Candidate], medals: bool) -> None:
    rules = WORLDSKILLS if medals else PROVINCIAL
    names = list(rules.medal_names) if medals else [t.name for t in rules.tiers]
    order = {name: i for i, name in enumerate([*names, ""])}
    outcomes = assign_awards(rules, field_)
    eligible = [(c, order[o.award]) for c, o in zip(field_, outcomes, strict=True) if c.eligible]
    for a, award_a in eligible:
        for b, award_b in eligible:
            if a.rank < b.rank:
                assert award_a <= award_b
