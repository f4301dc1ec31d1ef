"""Blind codes: shape, unreadable-character-free alphabet, uniqueness, normalising, fingerprints."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from competition_app.domain.blind_codes import (
    DIGITS,
    LETTERS,
    NO_CODE,
    CodePair,
    code_digest,
    generate_pairs,
    is_code,
    mask_result,
    new_code,
    normalize_code,
    printed,
)
from competition_app.domain.results import ResultRow, TradeResult


def test_codes_avoid_characters_misread_on_a_work_piece():
    for ambiguous in "IO01":
        assert ambiguous not in LETTERS + DIGITS


def test_a_code_is_three_letters_and_three_digits():
    code = new_code()
    assert is_code(code) and code[:3].isalpha() and code[3:].isdigit()


def test_pairs_are_unique_within_the_trade_across_both_layers():
    pairs = generate_pairs([str(n) for n in range(500)])
    codes = [c for p in pairs for c in (p.checkin_code, p.workpiece_code)]
    assert len(set(codes)) == 1000


def test_codes_already_taken_are_never_given_again():
    # a chooser that would give the same code twice in a row
    seq = iter("AAA222AAA222BBB333CCC444")
    pairs = generate_pairs(["1"], taken={"BBB333"}, choice=lambda _alphabet: next(seq))
    assert pairs == (CodePair("1", "AAA222", "CCC444"),)


def test_codes_come_from_the_operating_systems_randomness():
    # not a seeded generator: two generations for the same numbers never repeat each other
    assert generate_pairs(["1001", "1002"]) != generate_pairs(["1001", "1002"])


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("krw-358", "KRW358"), (" KRW 358\n", "KRW358"), ("KRW_358", "KRW358"), ("KRW358", "KRW358")],
    ids=["lower-dash", "spaces-newline", "underscore", "plain"],
)
def test_codes_as_typed_or_scanned(typed, stored):
    assert normalize_code(typed) == stored and printed(stored) == "KRW-358"


@pytest.mark.parametrize(
    "text",
    ["KRW35", "KRW3588", "KIW358", "KRW301", "123KRW"],
    ids=["short", "long", "letter-I", "digit-0-1", "swapped"],
)
def test_malformed_codes(text):
    assert not is_code(text)


def test_digest_depends_on_every_pair_and_not_on_order():
    rng = random.Random(1)
    pairs = list(generate_pairs(["1", "2", "3"], choice=rng.choice))
    assert code_digest(pairs) == code_digest(reversed(pairs))
    swapped = [
        CodePair(pairs[0].number, pairs[1].checkin_code, pairs[0].workpiece_code),
        CodePair(pairs[1].number, pairs[0].checkin_code, pairs[1].workpiece_code),
        pairs[2],
    ]
    assert code_digest(swapped) != code_digest(pairs)


@st.composite
def _results(draw):
    n = draw(st.integers(min_value=0, max_value=25))
    numbers = draw(st.lists(st.from_regex(r"[0-9]{4}", fullmatch=True), min_size=n, max_size=n,
                            unique=True))  # fmt: skip
    ranks = sorted(draw(st.lists(st.one_of(st.none(), st.integers(1, 10)), min_size=n,
                                 max_size=n)), key=lambda r: (r is None, r or 0))  # fmt: skip
    rows = tuple(
        ResultRow(
            key=str(i),
            number=num,
            name=f"选手{num}",
            unit=f"单位{num}",
            team=f"队{num}",
            group="",
            status="ok" if rank is not None else "absent",
            components={},
            total=None if rank is None else Decimal(100 - rank),
            rank=rank,
            award="一等奖" if rank == 1 else "",
        )
        for i, (num, rank) in enumerate(zip(numbers, ranks, strict=True))
    )
    coded = draw(st.lists(st.booleans(), min_size=n, max_size=n))
    codes = {str(i): new_code() for i in range(n) if coded[i]}
    return TradeResult(rows), codes


@given(_results())
def test_masked_results_name_nobody_and_keep_every_figure(case):
    result, codes = case
    masked = mask_result(result, codes)
    shown = " ".join(f"{r.number} {r.name} {r.unit} {r.team}" for r in masked.rows)
    for r in result.rows:
        assert r.name not in shown and r.unit not in shown and r.team not in shown
        assert r.number not in {m.number for m in masked.rows}
    by_key = {r.key: r for r in masked.rows}
    assert by_key.keys() == {r.key for r in result.rows}
    for r in result.rows:
        m = by_key[r.key]
        assert (m.rank, m.total, m.award, m.status) == (r.rank, r.total, r.award, r.status)
        assert m.number == (printed(codes[r.key]) if r.key in codes else NO_CODE)
    ranks = [r.rank for r in masked.rows]
    ranked = [x for x in ranks if x is not None]
    assert ranked == sorted(ranked) and None not in ranks[: len(ranked)]
    # within a rank (ties) and among the unranked, the order follows the code, not the number
    for place in {*ranked, None}:
        same = [r.number for r in masked.rows if r.rank == place]
        assert same == sorted(same)
