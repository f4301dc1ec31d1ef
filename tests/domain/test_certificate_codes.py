"""Certificate verification codes: round trip, tampering, typing slips, random facts."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from competition_app.domain.certificate_codes import (
    MAC_LENGTH,
    certificate_facts,
    check_code,
    make_code,
    normalise_serial,
    parse_code,
)

SECRET = b"event-2022-jiangbei-secret"
FACTS = certificate_facts(
    name="张三",
    unit="宁波市江北区北岸机械制造有限公司",
    trade="钳工",
    award="一等奖",
    event="2022年江北区“北岸匠星”职业技能大赛",
)
CODE_SHAPE = re.compile(r"^[A-Z0-9-]+-[0-9A-HJKMNP-TV-Z]{8}$")


def test_round_trip() -> None:
    code = make_code("JB2022-0001", FACTS, SECRET)
    assert CODE_SHAPE.match(code), code
    assert parse_code(code) == ("JB2022-0001", code[-MAC_LENGTH:])
    assert check_code(code, FACTS, SECRET)


def test_code_has_no_ambiguous_letters() -> None:
    macs = "".join(make_code(f"S{i}", FACTS, SECRET)[-MAC_LENGTH:] for i in range(200))
    assert not set(macs) & set("ILOU")


@pytest.mark.parametrize(
    "fact",
    ["name", "unit", "trade", "award", "event"],
    ids=lambda f: f"altered-{f}",
)
def test_altering_any_printed_fact_fails(fact: str) -> None:
    facts = {
        "name": "张三",
        "unit": "江北区职业技术学校",
        "trade": "电工",
        "award": "二等奖",
        "event": "2022年江北区职业技能大赛",
    }
    code = make_code("A1", certificate_facts(**facts), SECRET)
    altered = dict(facts, **{fact: facts[fact] + "一"})
    assert not check_code(code, certificate_facts(**altered), SECRET)


def test_facts_are_not_ambiguous_when_moved_between_fields() -> None:
    a = certificate_facts(name="张三", unit="一厂", trade="钳工", award="一等奖", event="E")
    b = certificate_facts(name="张三一", unit="厂", trade="钳工", award="一等奖", event="E")
    assert a != b


def test_tampered_serial_fails() -> None:
    code = make_code("JB2022-0001", FACTS, SECRET)
    assert not check_code(code.replace("0001", "0002", 1), FACTS, SECRET)


def test_tampered_mac_fails() -> None:
    code = make_code("JB2022-0001", FACTS, SECRET)
    last = code[-1]
    swapped = "2" if last != "2" else "3"
    assert not check_code(code[:-1] + swapped, FACTS, SECRET)


def test_other_secret_fails() -> None:
    code = make_code("JB2022-0001", FACTS, SECRET)
    assert not check_code(code, FACTS, b"another event")
    assert not check_code(code, FACTS, b"")


@pytest.mark.parametrize(
    "typed",
    [
        pytest.param(lambda c: c.lower(), id="lower-case"),
        pytest.param(lambda c: " " + c[:6] + " " + c[6:] + " ", id="spaces"),
        pytest.param(lambda c: c[:-MAC_LENGTH] + c[-MAC_LENGTH:].replace("0", "O"), id="O-for-0"),
        pytest.param(lambda c: c[:-MAC_LENGTH] + c[-MAC_LENGTH:].replace("1", "l"), id="l-for-1"),
    ],
)
def test_typing_slips_are_forgiven(typed: Callable[[str], str]) -> None:
    code = make_code("JB2022-0010", FACTS, SECRET)
    assert check_code(typed(code), FACTS, SECRET)


def test_facts_fold_full_width_and_spaces() -> None:
    a = certificate_facts(name="张 三", unit="ＡＢＣ厂", trade="钳工", award="一等奖", event="E")
    b = certificate_facts(name="张 三 ", unit="ABC厂", trade=" 钳工", award="一等奖", event="E")
    assert a == b


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "-",
        "NOMAC",
        "A1-",
        "A1-1234567",
        "A1-123456789",
        "A1-ABCDEFGU",
        "-ABCDEFGH",
        "张三-ABCDEFGH",
    ],
)
def test_malformed_codes_are_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_code(bad)
    assert not check_code(bad, FACTS, SECRET)


@pytest.mark.parametrize("serial", ["", "-A", "A-", "第001号", "A/1"])
def test_untypable_serials_are_refused(serial: str) -> None:
    with pytest.raises(ValueError):
        make_code(serial, FACTS, SECRET)


def test_serial_is_normalised() -> None:
    assert normalise_serial(" jb2022-0001 ") == "JB2022-0001"
    assert make_code("jb2022-0001", FACTS, SECRET) == make_code("JB2022-0001", FACTS, SECRET)


def test_empty_secret_is_refused() -> None:
    with pytest.raises(ValueError):
        make_code("A1", FACTS, b"")


facts_text = st.text(min_size=0, max_size=30)
serials = st.from_regex(r"[A-Z0-9]{1,6}(-[A-Z0-9]{1,6}){0,2}", fullmatch=True)


@given(
    serial=serials,
    name=facts_text,
    unit=facts_text,
    trade=facts_text,
    award=facts_text,
    event=facts_text,
    secret=st.binary(min_size=1, max_size=32),
)
def test_round_trip_over_random_facts(
    serial: str, name: str, unit: str, trade: str, award: str, event: str, secret: bytes
) -> None:
    facts = certificate_facts(name=name, unit=unit, trade=trade, award=award, event=event)
    code = make_code(serial, facts, secret)
    assert CODE_SHAPE.match(code)
    assert parse_code(code)[0] == serial
    assert check_code(code, facts, secret)


@given(name=facts_text, other=facts_text, secret=st.binary(min_size=1, max_size=32))
def test_a_different_name_fails_over_random_facts(name: str, other: str, secret: bytes) -> None:
    def facts(n: str) -> str:
        return certificate_facts(name=n, unit="单位", trade="钳工", award="一等奖", event="大赛")

    if facts(name) == facts(other):
        return  # the same after canonical folding: the same printed fact
    code = make_code("S1", facts(name), secret)
    # 40 bits of MAC: a random collision would take about a trillion tries.
    assert not check_code(code, facts(other), secret)


def test_letters_typed_for_digits_are_read_as_digits() -> None:
    assert parse_code("a1-o0iL2345") == ("A1", "00112345")
