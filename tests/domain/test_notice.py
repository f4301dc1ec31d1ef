"""Public notice periods count working days only."""

from __future__ import annotations

from datetime import date

import pytest

from competition_app.domain.notice import add_working_days, notice_period_text


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        pytest.param(date(2022, 7, 20), 0, date(2022, 7, 20), id="none"),
        pytest.param(date(2022, 7, 20), 2, date(2022, 7, 22), id="within-week"),
        pytest.param(date(2022, 7, 21), 2, date(2022, 7, 25), id="over-weekend"),
        pytest.param(date(2022, 7, 23), 1, date(2022, 7, 25), id="from-saturday"),
    ],
)
def test_add_working_days(start, days, expected):
    assert add_working_days(start, days) == expected


def test_notice_text_spans_five_working_days():
    # posted on Wednesday 20 July 2022: 20, 21, 22, 25, 26
    assert (
        notice_period_text(date(2022, 7, 20), 5)
        == "公示期：2022年7月20日至2022年7月26日（5个工作日）"
    )


def test_notice_posted_at_the_weekend_starts_on_monday():
    assert (
        notice_period_text(date(2022, 7, 23), 1)
        == "公示期：2022年7月25日至2022年7月25日（1个工作日）"
    )
    assert notice_period_text(date(2022, 7, 23), 0) == ""
