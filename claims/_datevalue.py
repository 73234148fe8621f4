"""Date values (private to ``claims.timex``). Takes one match of the date pattern; returns its
``DateValue`` and the name of the rule that read it.

Split from timex.py so that each module stays readable: timex.py finds the mentions and holds
the timeline; this module holds the arithmetic of months, days and year parts (the one date
pattern is ``claims._datepattern``'s, clock times are ``claims._clock``'s). Records are
built from already-valid parts without re-validation (``construct``), because there is one
per mention.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import date

import regex

from claims import _prefilter
from claims._clock import (
    _clock_precision,
    _clock_range_value,
    _clock_value,
    _date_value,
    _small_int,
)
from claims._datepattern import _prefilters, date_pattern
from claims.models import DateValue
from claims.vocab import time_words

__all__ = ["_prefilters", "_value", "date_matches", "date_pattern"]


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _months(year: int | None, m1: int, m2: int, precision: str) -> DateValue | None:
    if not 1 <= m1 <= m2 <= 12:
        return None
    if year is None:
        return _date_value(start=f"--{m1:02d}", end=f"--{m2:02d}", precision=precision)
    return _date_value(
        start=date(year, m1, 1), end=date(year, m2, _last_day(year, m2)), precision=precision
    )


def _day(year: int | None, month: int, d1: int, d2: int, precision: str) -> DateValue | None:
    if not 1 <= month <= 12:
        return None
    last = _last_day(year if year is not None else 2000, month)
    d2 = min(d2, last)
    if not 1 <= d1 <= d2:
        return None
    if year is None:
        return _date_value(
            start=f"--{month:02d}-{d1:02d}", end=f"--{month:02d}-{d2:02d}", precision=precision
        )
    return _date_value(start=date(year, month, d1), end=date(year, month, d2), precision=precision)


def _days(
    year: int | None, m1: int, d1: int, m2: int, d2: int, year2: int | None = None
) -> DateValue | None:
    """A day range across months (9月30日至10月2日), precision ``day``. Over the turn of a
    year (12月30日至1月2日, 2023年12月30日至2024年1月2日) the end is in the next year; without
    a year both ends stay partial (``--12-30`` .. ``--01-02``)."""
    if m1 == m2 and year2 in (None, year):
        return _day(year, m1, d1, d2, "day")
    leap = year if year is not None else 2000
    if year2 is None:
        year2 = year if m1 < m2 else None if year is None else year + 1
    if not (
        1 <= m1 <= 12
        and 1 <= m2 <= 12
        and 1 <= d1 <= _last_day(leap, m1)
        and 1 <= d2 <= _last_day(year2 if year2 is not None else leap, m2)
    ):
        return None
    if year is None or year2 is None:
        return _date_value(f"--{m1:02d}-{d1:02d}", f"--{m2:02d}-{d2:02d}", "day")
    start, end = date(year, m1, d1), date(year2, m2, d2)
    return _date_value(start, end, "day") if start < end else None


def _xun_range(year: int | None, m1: int, xun1: str, m2: int, xun2: str) -> DateValue | None:
    """A range of parts of months (7月下旬至8月上旬 -> --07-21 .. --08-10), precision ``xun``;
    within one year (a later month)."""
    xun = time_words().xun
    if not 1 <= m1 < m2 <= 12:
        return None
    d1 = xun[xun1][0]
    d2 = min(xun[xun2][1], _last_day(year if year is not None else 2000, m2))
    if year is None:
        return _date_value(f"--{m1:02d}-{d1:02d}", f"--{m2:02d}-{d2:02d}", "xun")
    return _date_value(date(year, m1, d1), date(year, m2, d2), "xun")


def _first_months(fm: str) -> int:
    """N of 前N个月 / 前N月 (两 is 2)."""
    return 2 if fm == "两" else _small_int(fm)


def _quarters(year: int | None, g: regex.Match[str]) -> DateValue | None:
    """The months of a quarter range (1—3季度 -> months 1 to 9), precision ``quarter``."""
    q1, q2 = _small_int(g["q1"]), _small_int(g["q2"])
    if not 1 <= q1 < q2 <= 4:
        return None
    return _months(year, 3 * q1 - 2, 3 * q2, "quarter")


def _hours_precision(g: regex.Match[str]) -> str | None:
    """The precision an hour range after a day gives (2月15日0—24时, 6月23日8至20时): the
    whole day (0 to 24) is the day itself, a part of it is hour-precise."""
    if g["dh1"] is None:
        return None
    whole = int(g["dh1"]) == 0 and int(g["dh2"]) == 24
    return "day" if whole else "hour"


def date_matches(text: str) -> Iterator[regex.Match[str]]:
    """The matches of ``date_pattern()`` in ``text``; a day range across months that is no
    valid range (9月30日至2月31日) is given as its two dates. Over a year's turn it is one.

    >>> [m.group() for m in date_matches("12月30日至1月2日,9月30日至2月31日")]
    ['12月30日至1月2日', '9月30日', '2月31日']
    """
    pattern = date_pattern()
    for m in _prefilter.finditer(pattern, _prefilters(), text, at_start=False):
        if m.group("cc1") and _value(m)[0] is None:  # 22:00至06:00: over midnight, the start
            part = pattern.match(text, m.start(), m.end("cc1"))
            if part is not None:
                yield part
            continue
        if m.group("month2") is None or _value(m)[0] is not None:
            yield m
            continue
        for part in (
            pattern.match(text, m.start(), m.start("month2")),
            pattern.match(text, m.start("month2"), m.end()),
        ):
            if part is not None:
                yield part


# a year of the Republic of China (民国1年 = 1912)
_ROC_OFFSET = 1911


def _value(m: regex.Match[str]) -> tuple[DateValue | None, str]:
    """The value and rule name of one match of ``_pattern()``."""
    tw = time_words()
    g = m  # named groups by subscript: m.groupdict() copies all forty groups per match
    if g["stamp"]:
        y, mo, d = int(g["sy"]), int(g["sm"]), int(g["sd"])
        clock = g["sclock"]
        precision = (
            "day"
            if not clock
            else ("second" if clock.count(":") + clock.count("：") == 2 else "minute")
        )
        return _day(y, mo, d, d, precision), "timex.stamp"
    if g["yrange"]:
        y1 = int(g["ry1"])
        y2 = int(g["ry2"]) if g["ry2"] else y1  # 2024财年: one year
        if y1 < 100:  # 15/16年度, 16年度: two-digit years of one fiscal year (1950-2049)
            if g["ry2"] and y2 != (y1 + 1) % 100:
                return None, "timex.year_range"
            y1 += 2000 if y1 < 50 else 1900
            y2 = y1 + 1 if g["ry2"] else y1
        if y2 < 100:  # 2023-24年度: the century of the first year
            y2 += y1 // 100 * 100
        if y2 < y1:
            return None, "timex.year_range"
        return _date_value(
            start=date(y1, 1, 1), end=date(y2, 12, 31), precision="year"
        ), "timex.year_range"
    if g["decade"]:
        num = g["dnum"]
        n = _small_int(num) if num not in ("〇〇", "零零") else 0
        if n >= 1900:
            start = n
        else:
            century = 2000 if (g["dcent"] or "") in ("本世纪", "21世纪") else 1900
            if not g["dcent"] and n < 30:
                century = 2000
            start = century + n
        return _date_value(
            start=date(start, 1, 1), end=date(start + 9, 12, 31), precision="decade"
        ), "timex.decade"
    if g["century"]:
        c = _small_int(g["cnum"])
        return _date_value(
            start=date(c * 100 - 99, 1, 1), end=date(c * 100, 12, 31), precision="century"
        ), "timex.century"
    if g["ymd"]:
        year = _small_int(g["year"]) + (_ROC_OFFSET if g["roc"] else 0)  # 民国113年: 2024
        if not 1000 <= year <= 2100:  # (before 1900 only with a month: 1815年10月23日)
            return None, "timex.ymd"
        if g["qh"]:  # 2024Q3: months 7 to 9; 2024H1: the first half (no H3)
            n = int(g["qh"][1])
            if g["qh"][0] in "Qq":
                return _months(year, 3 * n - 2, 3 * n, "quarter"), "timex.year_part"
            if n > 2:
                return None, "timex.year_part"
            return _months(year, 6 * n - 5, 6 * n, "half"), "timex.year_part"
        part = g["npart"] or g["part"]
        if part:
            first, last, precision = tw.year_parts[part]
            return _months(year, first, last, precision), "timex.year_part"
        if g["fm"]:  # 2024年前三个月
            return _months(year, 1, _first_months(g["fm"]), "month"), "timex.first_months"
        if g["q1"]:  # 2024年1—3季度
            return _quarters(year, g), "timex.year_part"
        if g["m1"]:
            m1, m2 = _small_int(g["m1"]), _small_int(g["m2"])
            if g["year2"]:  # 2024年9月至2025年3月
                y2 = _small_int(g["year2"])
                if not (1 <= m1 <= 12 and 1 <= m2 <= 12 and (year, m1) < (y2, m2)):
                    return None, "timex.month_range"
                end = date(y2, m2, _last_day(y2, m2))
                return _date_value(date(year, m1, 1), end, "month"), "timex.month_range"
            return _months(year, m1, m2, "month"), "timex.month_range"
        if g["month"]:
            month = _small_int(g["month"])
            if g["day"]:
                d = _small_int(g["day"])
                clock = _hours_precision(g) or _clock_precision(g)
                d2 = _small_int(g["day2"]) if g["day2"] else d
                if g["month2"]:
                    to_year = _small_int(g["year2"]) if g["year2"] else None
                    return _days(year, month, d, _small_int(g["month2"]), d2, to_year), "timex.ymd"
                clock = clock if d2 == d else None  # 3日20时至4日8时: precise to the day
                return _day(year, month, d, d2, clock or "day"), (
                    "timex.clock" if clock else "timex.ymd"
                )
            if g["xun"]:
                if g["xun2"]:  # 2024年7月下旬至8月上旬
                    to = _small_int(g["month2"])
                    return _xun_range(year, month, g["xun"], to, g["xun2"]), "timex.ymd"
                d1, d2 = tw.xun[g["xun"]]
                return _day(year, month, d1, d2, "xun"), "timex.ymd"
            return _months(year, month, month, "month"), "timex.ym"
        return _months(year, 1, 12, "year"), "timex.year"
    if g["md"]:
        if g["pm1"]:  # 1-7月份, 1月至10月, 一至十月
            return _months(
                None, _small_int(g["pm1"]), _small_int(g["pm2"]), "month"
            ), "timex.month_range"
        if g["fm"]:  # (今年)前九月, 前10个月: months 1 to N
            return _months(None, 1, _first_months(g["fm"]), "month"), "timex.first_months"
        month = _small_int(g["pmonth"] or g["cmonth"])
        day = g["pday"] or g["cday"]
        if day:
            d = _small_int(day)
            clock = _hours_precision(g) or _clock_precision(g)
            d2 = _small_int(g["day2"]) if g["day2"] else d  # 9月3日至5日: one mention
            if g["month2"]:
                return _days(None, month, d, _small_int(g["month2"]), d2), "timex.md"
            clock = clock if d2 == d else None  # 14日20时至15日8时: precise to the day
            return _day(None, month, d, d2, clock or "day"), "timex.clock" if clock else "timex.md"
        if g["pxun"]:
            if g["xun2"]:  # 7月下旬至8月上旬
                return _xun_range(None, month, g["pxun"], _small_int(g["month2"]), g["xun2"]), (
                    "timex.md"
                )
            d1, d2 = tw.xun[g["pxun"]]
            return _day(None, month, d1, d2, "xun"), "timex.md"
        return _months(None, month, month, "month"), "timex.month"
    if g["bday"] and g["bxun"]:  # 下旬，…: days of the month in force (timex completes it)
        d1, d2 = tw.xun[g["bxun"]]
        return _date_value(f"---{d1:02d}", f"---{d2:02d}", "xun"), "timex.day"
    if g["bday"]:  # 截至14日18时, 4日白天: a day of the month in force (timex completes it)
        d = _small_int(g["bd"])
        d2 = _small_int(g["bd2"]) if g["bd2"] else d
        if not 1 <= d <= d2 <= 31:
            return None, "timex.day"
        clock = _clock_precision(g) if d2 == d else None
        return _date_value(f"---{d:02d}", f"---{d2:02d}", clock or "day"), "timex.day"
    if g["crange"]:
        return _clock_range_value(g), "timex.clock"
    if g["tclock"]:
        return _clock_value(g), "timex.clock"
    if g["qrange"]:  # 1—3季度, 一至三季度: quarters 1 to 3, months 1 to 9
        return _quarters(None, g), "timex.part"
    first, last, precision = tw.year_parts[g["qpart"]]
    return _months(None, first, last, precision), "timex.part"
