"""Late arrival at check-in: session start times as typed, which start applies, minutes late."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from competition_app.domain.errors import UserError
from competition_app.domain.late_arrival import (
    check_session_starts,
    format_session_starts,
    minutes_late,
    parse_session_starts,
    session_start,
)

START = datetime(2022, 7, 20, 8, 30)


@pytest.mark.parametrize(
    ("arrived", "late"),
    [
        (datetime(2022, 7, 20, 8, 0), 0),
        (datetime(2022, 7, 20, 8, 30), 0),
        (datetime(2022, 7, 20, 8, 30, 20), 1),
        (datetime(2022, 7, 20, 8, 31), 1),
        (datetime(2022, 7, 20, 8, 31, 1), 2),
        (datetime(2022, 7, 20, 8, 42), 12),
        (datetime(2022, 7, 20, 10, 30), 120),
    ],
    ids=[
        "half-an-hour-early",
        "at-the-start",
        "seconds-after",
        "one-minute",
        "into-the-second-minute",
        "twelve-minutes",
        "two-hours",
    ],
)
def test_minutes_late_count_begun_minutes_after_the_start(arrived, late):
    assert minutes_late(arrived, START) == late


def test_nobody_is_late_without_a_start_time():
    assert minutes_late(datetime(2030, 1, 1), None) == 0


@pytest.mark.parametrize(
    ("session", "expected"),
    [
        (1, START),
        (2, datetime(2022, 7, 20, 13, 30)),
        (None, START),
        (3, None),
        (0, START),
    ],
    ids=["first-session", "second-session", "before-the-draw", "no-time-set", "session-zero"],
)
def test_the_start_that_applies_is_the_contestants_session(session, expected):
    assert session_start(session, (START, datetime(2022, 7, 20, 13, 30))) == expected


def test_no_start_times_means_no_start():
    assert session_start(1, ()) is None and session_start(None, ()) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ()),
        ("2022-07-20 08:30", (START,)),
        ("2022-07-20T08:30:00", (START,)),
        ("2022/7/20 8:30", (START,)),
        (
            "2022-07-20 08:30, 13:30，2022-07-21 8：30",
            (START, datetime(2022, 7, 20, 13, 30), datetime(2022, 7, 21, 8, 30)),
        ),
        ("2022-07-20 08:30, 08:30", (START, START)),
    ],
    ids=["empty", "one", "iso-t", "slashes-no-zeros", "times-on-the-day-before", "parallel"],
)
def test_start_times_as_typed(text, expected):
    assert parse_session_starts(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("08:30", "须写明日期"),
        ("2022-07-20 08:30, 下午", "第 2 场"),
        ("2022-07-20 25:00", "不是有效"),
        ("2022-02-30 08:00", "不是有效"),
        ("2022-07-20 13:30, 08:30", "早于第 1 场"),
    ],
    ids=["no-date", "words", "hour-25", "february-30", "backwards"],
)
def test_bad_start_times_are_refused_in_words(text, message):
    with pytest.raises(UserError, match=message):
        parse_session_starts(text)


def test_format_writes_a_time_alone_on_the_same_day():
    starts = (START, datetime(2022, 7, 20, 13, 30), datetime(2022, 7, 21, 8, 30, 15))
    assert format_session_starts(starts) == "2022-07-20 08:30, 13:30, 2022-07-21 08:30:15"


_times = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31))


@given(st.lists(_times, max_size=6))
def test_format_and_parse_give_back_the_same_start_times(times):
    starts = check_session_starts(sorted(t.replace(microsecond=0) for t in times))
    assert parse_session_starts(format_session_starts(starts)) == starts


@given(start=_times, arrived=_times)
def test_late_means_after_the_start_and_counts_begun_minutes(start, arrived):
    late = minutes_late(arrived, start)
    assert (late > 0) == (arrived > start)
    if late:
        assert start + timedelta(minutes=late - 1) < arrived <= start + timedelta(minutes=late)
