"""The QR's signed statement: checks offline with the published key, and only with it."""

from __future__ import annotations

import pytest

from competition_app.domain.certificate_statement import (
    Statement,
    check,
    event_private_key,
    fingerprint,
    parse,
    public_key_bytes,
    public_key_file,
    read_public_key_file,
    sign,
)

SECRET = b"event-secret"
STATEMENT = Statement(
    "202201-0007", "陈\U00020bb7", "宁波市北岸机械厂", "钳工", "一等奖、技术能手",
    "2022年江北区“北岸匠星”职业技能大赛", "2022-07-28",
)  # fmt: skip


def public(secret: bytes = SECRET) -> bytes:
    return public_key_bytes(event_private_key(secret).public_key())


def test_signed_statement_reads_and_checks() -> None:
    text = sign(STATEMENT, SECRET)
    assert text.startswith("CS1|202201-0007|陈\U00020bb7|宁波市北岸机械厂|钳工|")
    assert check(text, public()) == STATEMENT
    assert parse(text)[0] == STATEMENT


@pytest.mark.parametrize(
    "change",
    [
        lambda t: t.replace("一等奖", "二等奖"),
        lambda t: t.replace("陈\U00020bb7", "陈吉"),
        lambda t: t.replace("2022-07-28", "2022-07-29"),
    ],
    ids=["award", "name", "date"],
)
def test_any_change_breaks_the_signature(change) -> None:
    assert check(change(sign(STATEMENT, SECRET)), public()) is None


def test_another_events_key_does_not_check() -> None:
    assert check(sign(STATEMENT, SECRET), public(b"another event")) is None
    assert fingerprint(public()) != fingerprint(public(b"another event"))


def test_the_key_is_the_events_own_and_stable() -> None:
    assert public() == public()
    fp = fingerprint(public())
    assert len(fp) == 39 and fp.count("-") == 7


def test_a_bar_in_a_field_cannot_shift_the_fields() -> None:
    odd = Statement("1", "A|B", "", "", "", "", "")
    assert parse(sign(odd, SECRET))[0].name == "A｜B"


@pytest.mark.parametrize("text", ["", "JB2022-0001-ABCDEFGH", "CS1|a|b", "CS2|1|2|3|4|5|6|7|x"])
def test_malformed_text_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse(text)


def test_key_file_round_trip_and_pem() -> None:
    from cryptography.hazmat.primitives import serialization

    text = public_key_file(public(), "某赛事")
    assert fingerprint(public()) in text
    assert read_public_key_file(text) == public()
    pem = (
        event_private_key(SECRET)
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    assert read_public_key_file(pem) == public()
    with pytest.raises(ValueError):
        read_public_key_file("nothing here")
    with pytest.raises(ValueError):
        event_private_key(b"")
