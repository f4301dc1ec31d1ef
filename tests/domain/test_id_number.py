"""ID number checks (GB 11643-1999) and masking for public sheets."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from competition_app.domain.id_number import (
    STORED_AS_NUMBER,
    check_digit,
    mask_id_number,
    normalise_id_number,
    validate_id_number,
)

TODAY = date(2024, 6, 1)


@pytest.mark.parametrize(
    "number",
    [
        pytest.param("11010519491231002X", id="check-X"),
        pytest.param("11010519491231002x", id="lowercase-x"),
        pytest.param("330106199003071236", id="digit-check"),
        pytest.param(" 3301 0619 9003 0712 36 ", id="spaces"),
        pytest.param("３３０１０６１９９００３０７１２３６", id="full-width"),
    ],
)
def test_valid(number: str) -> None:
    assert validate_id_number(number, today=TODAY) is None


@pytest.mark.parametrize(
    ("number", "reason"),
    [
        pytest.param("", "身份证号为空", id="empty"),
        pytest.param("33010619900307123", "身份证号应为18位，实际为17位", id="short"),
        pytest.param("3301061990030712361", "身份证号应为18位，实际为19位", id="long"),
        pytest.param("33010619900307A236", "身份证号前17位应为数字", id="letter-inside"),
        pytest.param("33010619900307123Y", "身份证号末位应为数字或X", id="bad-last"),
        pytest.param("330106199002301233", "身份证号中的出生日期无效", id="february-30"),
        pytest.param("330106189912311233", "身份证号中的出生日期无效", id="before-1900"),
        pytest.param("330106202501011233", "身份证号中的出生日期无效", id="future"),
        pytest.param("330106199003071237", "身份证号校验位错误", id="wrong-check"),
        pytest.param("110105194912310021", "身份证号校验位错误", id="digit-for-X"),
        pytest.param("5.00105E+17", STORED_AS_NUMBER, id="excel-scientific"),
        pytest.param("5.00105199003121e+17", STORED_AS_NUMBER, id="excel-15-digits"),
        pytest.param("500105199003121000", STORED_AS_NUMBER, id="excel-zeroed-last-digits"),
    ],
)
def test_invalid(number: str, reason: str) -> None:
    assert validate_id_number(number, today=TODAY) == reason


def test_default_today_accepts_a_real_number() -> None:
    assert validate_id_number("11010519491231002X") is None


def test_check_digit() -> None:
    assert check_digit("11010519491231002") == "X"
    assert check_digit("33010619900307123") == "6"


@given(st.text(alphabet="0123456789", min_size=17, max_size=17))
def test_check_digit_is_the_standards_weighted_sum(first17: str) -> None:
    # GB 11643: weight 2^(17-i) mod 11 for the i-th digit (i from 0), remainder to "10X98765432"
    total = sum(int(d) * pow(2, 17 - i, 11) for i, d in enumerate(first17))
    assert check_digit(first17) == "10X98765432"[total % 11]


@pytest.mark.parametrize(
    "first17", ["1101051949123100", "1101051949123100A", "１１０１０５１９４９１２３１００２"]
)
def test_check_digit_refuses_what_is_not_17_digits(first17: str) -> None:
    with pytest.raises(ValueError):
        check_digit(first17)


def test_normalise() -> None:
    assert normalise_id_number(" 11010519491231002ｘ") == "11010519491231002X"


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        pytest.param("330106199003071234", "3301**********1234", id="18"),
        pytest.param("11010519491231002x", "1101**********002X", id="x-normalised"),
        pytest.param("12345678", "********", id="short-masked-whole"),
        pytest.param("", "", id="empty"),
    ],
)
def test_mask(number: str, masked: str) -> None:
    assert mask_id_number(number) == masked
