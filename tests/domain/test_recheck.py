"""Re-check sampling: sample sizes at the boundaries, a reproducible draw, escalation past 5 %."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from competition_app.domain.errors import ValidationError
from competition_app.domain.recheck import (
    Candidate,
    draw_sample,
    escalates,
    percent,
    progress,
    recheck_key,
    sample_size,
)
from competition_app.domain.rules import RecheckRules
from competition_app.domain.rules_io import rules_from_mapping, rules_to_mapping

PUBLISHED = RecheckRules(required=True)  # top 10, 15 %, 5 %


def _field(n: int, group: str = "") -> list[Candidate]:
    return [Candidate(f"{2000 + i}", group, i) for i in range(1, n + 1)]


@pytest.mark.parametrize(
    ("entries", "top", "sample"),
    [(0, 0, 0), (1, 1, 0), (10, 10, 0), (11, 10, 1), (17, 10, 2), (30, 10, 3), (31, 10, 4)],
    ids=["empty", "one", "ten", "eleven", "seventeen", "thirty", "thirty-one"],
)
def test_sample_size_at_the_boundaries(entries, top, sample):
    drawn = draw_sample(_field(entries), PUBLISHED, seed=42)
    assert (len(drawn.top), len(drawn.sample), drawn.rest) == (top, sample, entries - top)
    assert set(drawn.top) == {f"{2000 + i}" for i in range(1, top + 1)}
    assert not set(drawn.top) & set(drawn.sample)


@pytest.mark.parametrize(
    ("rest", "share", "size"),
    [(0, "0.15", 0), (1, "0.15", 1), (7, "0.15", 2), (20, "0.15", 3), (100, "0.15", 15),
     (101, "0.15", 16), (5, "0", 0), (5, "1", 5)],
    ids=["none", "one", "seven", "twenty", "hundred", "hundred-one", "no-share", "everyone"],
)  # fmt: skip
def test_at_least_the_share_is_drawn(rest, share, size):
    assert sample_size(rest, Decimal(share)) == size


def test_the_same_seed_draws_the_same_sample_in_any_order():
    field = _field(60)
    first = draw_sample(field, PUBLISHED, seed=20220720)
    again = draw_sample(list(reversed(field)), PUBLISHED, seed=20220720)
    assert first == again
    assert draw_sample(field, PUBLISHED, seed=20220721).sample != first.sample


def test_the_draw_can_be_redone_by_hand_from_the_written_rule():
    field = _field(40)
    rest = [c.number for c in field[10:]]
    by_hand = sorted(sorted(rest, key=lambda n: (recheck_key(7, n), n))[:5])
    assert draw_sample(field, PUBLISHED, seed=7).sample == tuple(by_hand)
    # the key is sha256("recheck:<seed>:<number>"), independent of Python's random module
    assert recheck_key(7, "2011") == (__import__("hashlib").sha256(b"recheck:7:2011").hexdigest())


def test_ties_at_the_cut_are_all_in_the_top_part_and_groups_count_separately():
    field = [Candidate(f"A{i}", "职工组", min(i, 2)) for i in range(1, 5)]  # 1, 2, 2, 2
    field += [Candidate(f"B{i}", "学生组", i) for i in range(1, 4)]
    drawn = draw_sample(field, RecheckRules(top=2, share=Decimal(0)), seed=1)
    assert drawn.top == ("A1", "A2", "A3", "A4", "B1", "B2")
    assert drawn.sample == ()


def test_dense_ranks_count_contestants_for_the_top_part():
    field = [Candidate("a", "", 1), Candidate("b", "", 2), Candidate("c", "", 2),
             Candidate("d", "", 3)]  # fmt: skip
    # shown 1, 2, 2, 3 (dense): d is 4th, outside a top 3
    assert draw_sample(field, RecheckRules(top=3, share=Decimal(0)), seed=1).top == ("a", "b", "c")


@pytest.mark.parametrize(
    ("corrected", "sample", "escalated"),
    [(0, 20, False), (1, 20, False), (2, 20, True), (1, 19, True), (0, 0, False), (5, 100, False),
     (6, 100, True)],
    ids=["none", "exactly-5%", "10%", "5.26%", "no-sample", "5-of-100", "6-of-100"],
)  # fmt: skip
def test_escalation_is_strictly_past_the_threshold(corrected, sample, escalated):
    assert escalates(corrected, sample, Decimal("0.05")) is escalated


def _round(field: list[Candidate]) -> dict[str, str]:
    drawn = draw_sample(field, PUBLISHED, seed=3)
    return {**dict.fromkeys(drawn.top, "top"), **dict.fromkeys(drawn.sample, "sample")}


def test_progress_is_complete_when_every_drawn_entry_is_checked():
    field = _field(30)
    drawn = _round(field)
    checks = dict.fromkeys(drawn, "confirmed")
    done = progress(field, PUBLISHED, drawn, checks, escalated=False)  # type: ignore[arg-type]
    assert done.complete and done.checked == 13 and done.sample_size == 3
    half = dict(list(checks.items())[:5])
    partial = progress(field, PUBLISHED, drawn, half, escalated=False)  # type: ignore[arg-type]
    assert not partial.complete and len(partial.pending) == 8


def test_one_corrected_sheet_in_a_sample_of_three_escalates_to_everybody():
    field = _field(30)
    drawn = _round(field)
    checks = dict.fromkeys(drawn, "confirmed")
    checks[next(n for n, p in drawn.items() if p == "sample")] = "corrected"
    p = progress(field, PUBLISHED, drawn, checks, escalated=False)  # type: ignore[arg-type]
    assert p.escalated and p.rate == Fraction(1, 3) and percent(p.rate) == "33.3 %"
    assert len(p.required) == 30 and len(p.pending) == 17 and not p.complete


def test_a_correction_in_the_top_part_does_not_count_in_the_rate():
    field = _field(30)
    drawn = _round(field)
    checks = dict.fromkeys(drawn, "confirmed")
    checks["2001"] = "corrected"
    p = progress(field, PUBLISHED, drawn, checks, escalated=False)  # type: ignore[arg-type]
    assert not p.escalated and p.rate == 0 and p.complete


def test_an_entry_moved_up_into_the_top_part_must_be_checked_too():
    field = _field(30)
    drawn = _round(field)
    checks = dict.fromkeys(drawn, "confirmed")
    outsider = next(c for c in field if c.number not in drawn)
    moved = [Candidate(c.number, c.group, 1 if c == outsider else c.rank + 1) for c in field]
    p = progress(moved, PUBLISHED, drawn, checks, escalated=False)  # type: ignore[arg-type]
    assert p.pending == (outsider.number,)


def test_recheck_settings_round_trip_and_default_off():
    base = {"components": [{"code": "t", "name": "理论", "weight": "1"}]}
    assert rules_from_mapping(base).recheck == RecheckRules()
    assert RecheckRules().required is False
    given = rules_from_mapping(
        {**base, "recheck": {"required": True, "top": 5, "share": "0.2", "error_rate": "0.1"}}
    )
    assert given.recheck == RecheckRules(True, 5, Decimal("0.2"), Decimal("0.1"))
    assert rules_from_mapping(rules_to_mapping(given)) == given


def test_bad_recheck_settings_are_each_named():
    base = {"components": [{"code": "t", "name": "理论", "weight": "1"}]}
    bad = {"required": "yes", "top": -1, "share": "1.5", "error_rate": "x", "size": 3}
    with pytest.raises(ValidationError) as e:
        rules_from_mapping({**base, "recheck": bad}, where="trades[0]")
    where = sorted(p.location for p in e.value.problems)
    assert where == [
        "trades[0].recheck.error_rate",
        "trades[0].recheck.required",
        "trades[0].recheck.share",
        "trades[0].recheck.size",
        "trades[0].recheck.top",
    ]
