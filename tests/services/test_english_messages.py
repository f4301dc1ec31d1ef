"""Real refusals of the services and importers, worded in English by `to_english` exactly."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from competition_app.domain.errors import UserError
from competition_app.domain.wording import to_english
from competition_app.services.registration.contestants import import_contestants, list_contestants
from competition_app.services.results.locking import lock_trade
from competition_app.services.scoring.scoring import record_mark, record_score
from competition_app.services.setup.trades import get_trade
from tests.services.staff import hire_staff

pytestmark = pytest.mark.backends("sqlite")


def _refusal(action) -> str:
    with pytest.raises(UserError) as info:
        action()
    return str(info.value)


def _number(ctx, event_id, number):
    return next(c.id for c in list_contestants(ctx, event_id) if c.number == number)


def test_a_mark_out_of_range(ctx, event_id):
    who = _number(ctx, event_id, "2001")
    message = _refusal(lambda: record_mark(ctx, who, "e1", Decimal("41")))
    assert to_english(message) == "Mark 41 is out of range 0–40"


def test_a_mark_with_too_many_decimals(ctx, event_id):
    who = _number(ctx, event_id, "2001")
    message = _refusal(lambda: record_mark(ctx, who, "e1", Decimal("39.125")))
    assert to_english(message) == "At most 2 decimal places"


def test_a_registration_with_bad_rows(ctx, event_id, tmp_path: Path):
    bad = tmp_path / "报名表.csv"
    bad.write_text(
        "number,name,trade,id_number,gender\n"
        "3001,,fitter,,男\n"
        "3002,赵六,welder,110105194912310021,女\n"
        "3003,钱七,fitter,,未知\n",
        encoding="utf-8",
    )
    message = _refusal(lambda: import_contestants(ctx, event_id, bad))
    assert to_english(message).splitlines() == [
        "报名表.csv:2:name: name is empty",
        '报名表.csv:3:trade: unknown trade "welder"',
        "报名表.csv:3:id_number: the check digit of the ID number is wrong",
        '报名表.csv:4:gender: gender "未知" must be 男 (male) or 女 (female)',
    ]


def test_a_mark_in_a_locked_trade(ctx, event_id):
    ids = {c.number: c.id for c in list_contestants(ctx, event_id)}
    for number in ("1001", "1002", "1003"):
        record_score(ctx, ids[number], "theory", Decimal("80"))
        record_score(ctx, ids[number], "practical", Decimal("90"))
    lock_trade(ctx, get_trade(ctx, event_id, "fitter").id)
    message = _refusal(lambda: record_score(ctx, ids["1001"], "theory", Decimal("81")))
    assert to_english(message) == (
        'The results of trade "钳工" are locked by the chief judge and cannot be changed'
    )


def test_permission_denied(ctx, event_id):
    staff = hire_staff(ctx)
    message = _refusal(lambda: lock_trade(staff.judge, get_trade(ctx, event_id, "fitter").id))
    assert to_english(message) == 'User "裁判员甲" (judge/clerk) may not lock or unlock results'
