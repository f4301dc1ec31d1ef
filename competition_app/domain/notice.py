"""The public notice period (公示期): a number of working days after the results are posted."""

from __future__ import annotations

from datetime import date, timedelta


def add_working_days(start: date, days: int) -> date:
    """The date `days` working days (Monday to Friday) after `start`."""
    d = start
    left = days
    while left > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            left -= 1
    return d


def notice_period_text(posted: date, days: int) -> str:
    """E.g. "公示期：2022年7月21日至2022年7月27日（5个工作日）"; "" when there is no notice period."""
    if days <= 0:
        return ""
    first = add_working_days(posted, 1) if posted.weekday() >= 5 else posted
    last = add_working_days(first, days - 1)
    return (
        f"公示期：{first.year}年{first.month}月{first.day}日至"
        f"{last.year}年{last.month}月{last.day}日（{days}个工作日）"
    )
