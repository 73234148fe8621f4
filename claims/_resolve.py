"""Relative times resolved (private to ``claims.timex``): the period a relative word of
``claims._relative`` names, counted from a publication date (去年 -> last year, 昨天 -> the day
before, 国庆假期 -> that year's days off, 假期第三天 -> the third of them), and the year that
completes a partial date (11月底, 9月3日).

Split from _relative.py so that each module stays readable: that module finds the words, this
one resolves them; _relative.py re-exports these functions.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import TYPE_CHECKING

import regex

from claims.models import DatePoint, DateValue
from claims.vocab import time_words

if TYPE_CHECKING:
    from claims._relative import Relative

__all__ = ["latest_year", "nearer_year", "resolve", "resolve_holiday", "with_year"]


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def resolve(rel: Relative, published: date) -> tuple[date, date]:
    """The period a relative word names, counted from the publication date.

    >>> from claims._relative import find_relative
    >>> resolve(find_relative("昨天接待游客3万人")[0], date(2024, 3, 1))
    (datetime.date(2024, 2, 29), datetime.date(2024, 2, 29))
    >>> resolve(find_relative("上周接待游客3万人")[0], date(2024, 12, 31))
    (datetime.date(2024, 12, 23), datetime.date(2024, 12, 29))
    """
    if rel.unit == "day" and rel.upto is not None:  # 今天起至12月6日: to the first such day
        day = published + timedelta(days=rel.offset)
        y, m, d = rel.upto
        for year in (y,) if y else (day.year, day.year + 1):
            if d <= _last_day(year, m) and date(year, m, d) >= day:
                return day, date(year, m, d)
        return day, day
    if rel.unit == "day":
        day = published + timedelta(days=rel.offset)
        until = rel.until if rel.until is not None else rel.offset
        return day, published + timedelta(days=until)
    if rel.unit == "weekday" and rel.weekdays is not None:  # 上周五, 周六
        monday = published - timedelta(days=published.weekday())
        lo, hi = (monday + timedelta(days=d) for d in rel.weekdays)
        anchor = monday + timedelta(days=rel.weekdays[0] if rel.anchor is None else rel.anchor)
        if rel.offset < 0 and anchor > published:  # 周六, a report: the latest Saturday
            lo, hi = lo - timedelta(days=7), hi - timedelta(days=7)
        elif rel.offset > 0 and anchor < published:  # 预计周六: the next Saturday
            lo, hi = lo + timedelta(days=7), hi + timedelta(days=7)
        return lo, hi
    if rel.unit == "years" and rel.years is not None:  # “十四五”: no count from publication
        return date(rel.years[0], 1, 1), date(rel.years[1], 12, 31)
    if rel.unit == "week":  # 上周: that week's Monday to Sunday
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=rel.offset)
        return monday, monday + timedelta(days=6)
    if rel.unit == "year":
        y = published.year + rel.offset
        first, last = rel.part or (1, 12)
        return date(y, first, 1), date(y, last, _last_day(y, last))
    months = published.year * 12 + published.month - 1 + rel.offset
    y, m = divmod(months, 12)
    last = _last_day(y, m + 1)
    first_day, last_day = rel.days or (1, last)  # 上月下旬: its days 21..31
    return date(y, m + 1, first_day), date(y, m + 1, min(last_day, last))


def resolve_holiday(
    rel: Relative, published: date | None, year: int | None = None
) -> tuple[date, date] | None:
    """The days off a holiday word names (the festival day for 中秋节当天: ``holiday_days``):
    in ``year``, else the latest that started by ``published``; ``None`` when that year is
    not listed."""
    tw = time_words()
    periods = (
        {y: {h: (d, d) for h, d in days.items()} for y, days in tw.holiday_days.items()}
        if rel.day
        else tw.holiday_periods
    )
    if rel.holiday is None or (year is None and published is None):
        return None
    if year is not None:
        return _days_of(rel, periods.get(year, {}).get(rel.holiday))
    assert published is not None
    for y in (published.year + 1, published.year, published.year - 1):
        if y not in periods:
            if y > published.year:
                continue
            return None
        period = periods[y].get(rel.holiday)
        if period is not None and period[0] <= published:
            return _days_of(rel, period)
    return None


def _days_of(rel: Relative, period: tuple[date, date] | None) -> tuple[date, date] | None:
    """The days of ``period`` that ``rel`` names (假期第三天: its third; 假期前三天: its first
    three; 假期前一天: day 0, the day before it), all of it without; ``None`` past its end."""
    if period is None or rel.days is None:
        return period
    first = period[0] + timedelta(days=rel.days[0] - 1)
    last = period[0] + timedelta(days=rel.days[1] - 1)
    if rel.day:  # 正月十五: a day counted from the festival day, past its days off too
        return first, last
    return None if last > period[1] else (first, last)


def latest_year(point: DatePoint, published: date, precision: str) -> int | None:
    """The year that puts a partial date ("--11", "--09-03") latest but not after ``published``.

    Months are compared as months (11月底 published on 11-25 is this year's); a day-precise
    date as a day.

    >>> latest_year("--11-30", date(2024, 12, 31), "xun")  # 截至11月底, published 2024-12-31
    2024
    >>> latest_year("--11", date(2024, 9, 3), "month")  # 11月, published 2024-09-03
    2023
    >>> [latest_year(d, date(2024, 9, 3), "day") for d in ("--09-03", "--09-04")]
    [2024, 2023]
    """
    if not isinstance(point, str):
        return None
    m = _PARTIAL.fullmatch(point)
    if m is None:
        return None
    month = int(m["m"])
    if m["d"] and precision not in ("month", "xun", "quarter", "half", "year_part"):
        day = int(m["d"])
        after = (month, day) > (published.month, published.day)
    else:
        after = month > published.month
    return published.year - 1 if after else published.year


_PARTIAL = regex.compile(r"--(?P<m>\d\d)(?:-(?P<d>\d\d))?")


def with_year(point: DatePoint, year: int, *, end: bool) -> DatePoint:
    """A partial ISO date ("--10", "--08-02") completed with ``year``; others unchanged.

    >>> with_year("--10", 2024, end=True), with_year("--08-02", 2024, end=False)
    (datetime.date(2024, 10, 31), datetime.date(2024, 8, 2))
    """
    if not isinstance(point, str):
        return point
    m = _PARTIAL.fullmatch(point)
    if m is None:
        return point
    month = int(m["m"])
    if m["d"]:
        day = min(int(m["d"]), _last_day(year, month))
    else:
        day = _last_day(year, month) if end else 1
    return date(year, month, day)


def nearer_year(value: DateValue, year: int, published: date) -> int:
    """``year`` (the latest that puts a partial date by ``published``) or the year after it,
    whichever puts ``value`` nearer the publication date: a forecast's 27日 published on
    09-26 is this year's, not last year's.

    >>> from claims.models import DateValue
    >>> v = DateValue(start="--09-27", end="--09-27", precision="day")
    >>> nearer_year(v, 2015, date(2016, 9, 26))
    2016
    >>> nearer_year(DateValue(start="--01", end="--07", precision="month"), 2024, date(2024, 8, 10))
    2024
    """
    ahead = with_year(value.start, year + 1, end=False)
    back = with_year(value.end, year, end=True)
    dated = isinstance(ahead, date) and isinstance(back, date)
    if dated and (ahead - published).days < (published - back).days:  # type: ignore[operator]
        return year + 1
    return year
