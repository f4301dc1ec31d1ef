"""Blind codes: shape, unreadable-character-free alphabet, uniqueness, normalising, fingerprints."""

from __future__ import annotations

import random

import pytest

from competition_app.domain.blind_codes import (
    DIGITS,
    LETTERS,
    CodePair,
    code_digest,
    generate_pairs,
    is_code,
    new_code,
    normalize_code,
    printed,
)


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
