"""Relative dates (private to ``claims.timex``). Takes a text; returns its relative time words
(去年, 今年, 上年同期, 本月, 昨天) and resolves them against a publication date.

A relative word is a time reference, never a date claim: DESIGN.md's date claims are dates
the text asserts, and 去年 asserts none until a publication date fixes it. A word right after
a comparison lead (比上年增长5.2%, 较去年) is the base of a comparison, not the time of the
figure, and is not returned. Holiday periods (国庆假期, “五一”假期, 春节长假) are found here too:
they resolve to the official days off of a year (``holiday_periods``). Words come from
``time_words.toml`` (``relative_years``, ``relative_months``, ``relative_days``,
``comparison_leads``, ``holidays``, ``holiday_suffixes``). ``latest_year`` completes a
partial date (11月底) with the latest year that does not put it after the publication date
(the resolving functions are ``claims._resolve``'s, re-exported here).

>>> from datetime import date
>>> [(r.text, r.unit, r.offset) for r in find_relative("去年营收80亿元,今年比上年增长25%")]
[('去年', 'year', -1), ('今年', 'year', 0)]
>>> resolve(find_relative("去年底")[0], date(2024, 9, 3))
(datetime.date(2023, 10, 1), datetime.date(2023, 12, 31))
>>> holiday = find_relative("国庆假期，全市接待游客")[0]
>>> holiday.text, holiday.unit, resolve_holiday(holiday, date(2024, 12, 31))
('国庆假期', 'holiday', (datetime.date(2024, 10, 1), datetime.date(2024, 10, 7)))
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import cache

import regex

from claims import _prefilter
from claims._alt import alt
from claims._clock import date_fold
from claims._daywords import day_spans, lunar_days, weekdays
from claims._relspans import _CLAUSE_START, _small, holiday_backrefs, plans, upto_spans, windows
from claims._reltype import Relative
from claims._resolve import latest_year, resolve, resolve_holiday, with_year
from claims.vocab import time_words

__all__ = [
    "Relative",
    "find_day_hours",
    "find_offsets",
    "find_relative",
    "latest_year",
    "resolve",
    "resolve_holiday",
    "with_year",
]


@cache
def _pattern() -> regex.Pattern[str]:
    """The relative time words; a new branch must start where ``_prefilters`` looks."""
    tw = time_words()
    words = sorted(
        [*tw.relative_years, *tw.relative_months, *tw.relative_weeks], key=len, reverse=True
    )
    day_end = rf"(?!{_alt(tw.relative_day_blocked_next)})" if tw.relative_day_blocked_next else ""
    day_start = (
        rf"(?<!{_alt(tw.relative_day_blocked_before)})" if tw.relative_day_blocked_before else ""
    )
    parts = "|".join(  # 底, 中 (not 中秋: year_part_blocked_next), longest first
        regex.escape(p[1:])
        + _not_before((*tw.month_part_blocked_next, *tw.year_part_blocked_next.get(p, ())))
        for p in sorted((p for p in tw.year_parts if p.startswith("年")), key=len, reverse=True)
    )
    xun = (  # 下旬, 底 (not 月中国: month_part_blocked_next)
        "(?:" + "|".join(regex.escape(w) for w in sorted(tw.xun, key=len, reverse=True)) + ")"
        + _not_before(tw.month_part_blocked_next)
    )  # fmt: skip
    return regex.compile(
        rf"""
          [“"]? (?P<holiday> {_alt(tw.holidays)} ) [”"]?   # 国庆, “五一”: a holiday's name
          (?: (?P<hday> {_alt(tw.holiday_day_suffixes) or "(?!)"} )  # the day: 中秋节当天
            | 前 [一1] [天日] (?P<hday_eve>)                  # 中秋节前一天: the day before it
            | (?: (?: [2-9] | [两二三四五六七八九] ) 天 )?      # (国庆七天)假期: its days off
              (?: {_alt(tw.holiday_suffixes)} )              # or its days off: 假期, 黄金周
              (?: 第 (?P<nth> [1-9] | [一二三四五六七八九] ) [天日]   # 假期第三天: one of them
                | 前 (?P<upto> [2-9] | [两二三四五六七八九] ) [天日]  # 假期前三天: the first ones
                | (?P<first> 首日 )
                | 前 [一1] [天日] (?P<eve>) )?
            | (?: [2-9] | [两二三四五六七八九] ) 天 (?! [0-9〇零一二两三四五六七八九十] ) )
                                                 # 国庆7天，端午3天国内出游: its days off
        | (?P<word> {_alt(words)} )                          # 去年, 上年同期, 本月
          (?P<part> (?<=年) (?: {parts} ) )?           # 去年底: 年 + 底
          (?P<xun> (?<=月) (?: {xun} ) )?              # 上月下旬, 本月中旬, 上月底
        | {day_start} (?P<day> {_alt(tw.relative_days) or "(?!)"} ) {day_end}
                                                     # 昨天 (not 今日头条, 此后天气)
        | (?<! [0-9一二两三四五六七八九十几多每] ) (?P<sday> {_alt(tw.story_days) or "(?!)"} )
                                                     # 次日: counted from the story's day
        """,
        regex.VERBOSE,
    )


@cache
def _prefilters() -> tuple[_prefilter.Prefilter, ...] | None:
    """Where a match of ``_pattern()`` may start (claims._prefilter): a holiday (maybe after a
    quote), a relative word or a day word. ``None`` when a word table is empty
    (a branch could then start elsewhere, or match nothing at all)."""
    tw = time_words()
    words = [*tw.relative_years, *tw.relative_months, *tw.relative_weeks]
    if not (tw.holidays and tw.holiday_suffixes and words):
        return None
    branches = [
        ('“"', "(?:" + "|".join(re.escape(w) for w in tw.holidays) + ")"),  # “五一”
        *_prefilter.literals([*tw.holidays, *words, *tw.relative_days, *tw.story_days]),
    ]
    return ((re.compile(_prefilter.literal_first(branches)), 0),)


def _matches(text: str) -> list[regex.Match[str]]:
    """``_pattern().finditer(text)``, tried only where a match may start."""
    pre = _prefilters()
    if pre is None:
        return list(_pattern().finditer(text))
    return _prefilter.finditer(_pattern(), pre, text, at_start=False)


def _not_before(words: Iterable[str]) -> str:
    """A negative lookahead for ``words`` (empty when there are none)."""
    words = tuple(words)
    return rf"(?!{_alt(words)})" if words else ""


_alt = alt


@cache
def _offset_re() -> re.Pattern[str] | None:
    """N + unit + direction (4个月前, 两年后, 一周前): stdlib ``re``, which skips to the numeral
    in C; the lead before it is checked in ``find_offsets``. ``None`` without the tables."""
    tw = time_words()
    if not (tw.offset_units and tw.offset_directions):
        return None
    units = "|".join(re.escape(w) for w in sorted(tw.offset_units, key=len, reverse=True))
    dirs = "|".join(re.escape(w) for w in sorted(tw.offset_directions, key=len, reverse=True))
    return re.compile(
        rf"""
        (?P<n>[0-9一二两三四五六七八九十]{{1,3}})  # one class: re skips to it in C
        (?:多|余)?                                     # 两年多前, 10余年前
        (?P<unit>{units}) 多?
        (?P<dir>{dirs})
        (?![0-9〇零一二两三四五六七八九十后])            # not 5年前三季度, 3天前后 (about 3 days)
        """,
        re.VERBOSE,
    )


@cache
def _one_before_re() -> re.Pattern[str] | None:
    """前一 + unit (比前一年, 较前一天): the unit before, as a comparison base."""
    units = time_words().offset_units
    if not units:
        return None
    alts = "|".join(re.escape(w) for w in sorted(units, key=len, reverse=True))
    return re.compile(rf"前一(?P<unit>{alts})(?![0-9〇零一二两三四五六七八九十])")


@cache
def _day_hours_re() -> re.Pattern[str] | None:
    """A relative day with its hours (昨天8时至今天8时, 昨日20时至今日8时, 今天8时, 今天上午10时)
    or a range of two relative days (今天夜里到明天白天: groups p1, p2): stdlib ``re``, which
    skips to the day word in C."""
    days = time_words().relative_days
    if not days:
        return None
    alts = "|".join(re.escape(w) for w in sorted(days, key=len, reverse=True))
    story = {**days, **time_words().story_days}  # 第二天早晨7点34分: the story's next day
    salts = "|".join(re.escape(w) for w in sorted(story, key=len, reverse=True))
    parts = "|".join(
        re.escape(w) for w in sorted(time_words().since_day_parts, key=len, reverse=True)
    )
    part = f"(?:{parts or '(?!)'})?"  # 今天上午10时, 今天夜里到明天白天
    # (its minutes and 许 too: 昨天下午3时许, 昨日凌晨3时12分, so that the clock lies inside)
    hour = r"(?:[01]?[0-9]|2[0-4])\s*[时点](?:\s*[0-5]?[0-9]\s*分)?(?:许|左右)?"
    return re.compile(
        rf"(?P<d1>{salts})\s*{part}\s*{hour}"
        rf"(?:\s*(?:至|到|[-–—~～])\s*(?P<d2>{salts})?\s*{part}\s*{hour})?"
        rf"|(?P<p1>{alts}){part}\s*(?:至|到|[-–—~～])\s*(?P<p2>{alts}){part}"
    )


def _as_written(found: list[Relative], text: str, folded: str) -> list[Relative]:
    """``found`` (read in ``folded``, ``date_fold(text)``) with each word as ``text`` writes it."""
    if folded is text:
        return found
    return [replace(r, text=text[r.start : r.end]) for r in found]


def find_day_hours(text: str) -> list[Relative]:
    """``_day_hours`` of the folded text (昨天8時至今天8時 reads as 昨天8时至今天8时)."""
    folded = date_fold(text)
    return _as_written(_day_hours(folded), text, folded)


def _day_hours(text: str) -> list[Relative]:
    """Relative days with their hours, each one time (昨天8时至今天8时 -> day -1 until day 0):
    the time of the figures after it (its clocks stay date claims of their own).

    >>> [(r.text, r.offset, r.until) for r in _day_hours("昨天8时至今天8时，降雨56毫米")]
    [('昨天8时至今天8时', -1, 0)]
    """
    pattern = _day_hours_re()
    if pattern is None:
        return []
    tw = time_words()
    days = tw.relative_days
    out = []
    for m in pattern.finditer(text):
        if m.group("p1"):  # 今天夜里到明天白天: two days, no hours
            d1, d2 = days[m.group("p1")], days[m.group("p2")]
            if d2 > d1:
                out.append(Relative(m.start(), m.end(), m.group(), "day", d1, until=d2))
            continue
        w1, w2 = m.group("d1"), m.group("d2")
        story = w1 in tw.story_days or w2 in tw.story_days  # 次日8时: from the story's day
        d1 = tw.story_days[w1] if w1 in tw.story_days else days[w1]
        d2 = (tw.story_days[w2] if w2 in tw.story_days else days[w2]) if w2 else d1
        if d2 >= d1:
            out.append(Relative(m.start(), m.end(), m.group(), "day", d1, until=d2, story=story))
    return out


_NUMBER_CHARS = frozenset("0123456789.〇零一二两三四五六七八九十百千万亿")


def find_offsets(text: str) -> list[Relative]:
    """``_offsets`` of the folded text (兩年後 reads as 两年后).

    >>> [(r.text, r.offset) for r in find_offsets("相比兩年前")]
    [('兩年前', -2)]
    """
    folded = date_fold(text)
    return _as_written(_offsets(folded), text, folded)


def _offsets(text: str) -> list[Relative]:
    """The relative offsets of ``text`` (相比4个月前, 3天前, 两年后, 一周前) as relative words of
    their unit: they mark a time counted from the publication date, they are no durations.

    Only at a clause start or after an ``offset_leads`` word (相比, 比, 早在); elsewhere
    (发病3天后) the figure stays the value engine's duration. 前一年 / 前一天 after a
    comparison lead (比前一年增长9%) is the unit before, a base.

    >>> [(r.text, r.unit, r.offset) for r in _offsets("相比4个月前上涨171%，一周前，两年后")]
    [('4个月前', 'month', -4), ('一周前', 'day', -7), ('两年后', 'year', 2)]
    """
    pattern = _offset_re()
    if pattern is None:
        return []
    tw = time_words()
    out = []
    for m in pattern.finditer(text):
        start = m.start()
        if start and text[start - 1] in _NUMBER_CHARS:
            continue  # the tail of a longer number (2000年前: before the year 2000)
        at_start = start == 0 or text[start - 1] in _CLAUSE_START
        if not at_start and not text.endswith(tw.offset_leads, max(0, start - 4), start):
            continue
        n = m.group("n")
        count = int(n) if n.isascii() else _small(n.replace("两", "二"))
        if count is None or count == 0:
            continue
        unit = tw.offset_units[m.group("unit")]
        step = count * tw.offset_directions[m.group("dir")]
        if unit == "week":
            unit, step = "day", step * 7
        story = unit == "day" and step > 0  # 3天后: days after the story's day, if any
        out.append(Relative(start, m.end(), m.group(), unit, step, story=story))
    one = _one_before_re()
    if one is not None and "前一" in text:
        for m in one.finditer(text):  # 比前一年增长9%: a base, no duration
            if text.endswith(tw.comparison_leads, max(0, m.start() - 4), m.start()):
                unit = tw.offset_units[m.group("unit")]
                step = -7 if unit == "week" else -1
                unit = "day" if unit == "week" else unit
                out.append(Relative(m.start(), m.end(), m.group(), unit, step))
        out.sort(key=lambda r: r.start)
    return out


def find_relative(text: str, offsets: list[Relative] | None = None) -> list[Relative]:
    """The relative time words of ``text`` that are times of figures (not comparison bases),
    with its relative offsets (``find_offsets``; pass them when the caller has them). The
    words are read in the folded text (國慶假期, 昨天8時至今天8時) and kept as written."""
    folded = date_fold(text)
    return _as_written(_relative(folded, offsets), text, folded)


def _relative(text: str, offsets: list[Relative] | None) -> list[Relative]:
    """``find_relative`` of a folded text."""
    tw = time_words()
    offsets = [
        r
        for r in (_offsets(text) if offsets is None else offsets)
        if not text.endswith(tw.comparison_leads, max(0, r.start - 4), r.start)
    ]
    words = _words(text)
    hours = _day_hours(text) if words else []  # 昨天8时至今天8时: one time
    days = weekdays(text) + lunar_days(text) + plans(text) + day_spans(text)  # 上周五, 除夕
    days += windows(text) + holiday_backrefs(text, words)  # 未来三天, 假期首日
    days += upto_spans(text) if words else []  # 今天起到12月6日
    if not offsets and not hours and not days:
        return words
    out: list[Relative] = []
    for r in sorted(offsets + hours + days + words, key=lambda r: (r.start, -r.end)):
        if not out or r.start >= out[-1].end:
            out.append(r)
    return out


def _words(text: str) -> list[Relative]:
    """The relative time words of ``find_relative`` without the offsets."""
    tw = time_words()
    out = []
    for m in _matches(text):
        if text.endswith(tw.comparison_leads, max(0, m.start() - 4), m.start()):
            continue
        if m.group("holiday"):
            hid = tw.holidays[m.group("holiday")]
            day = m.group("hday") is not None or m.group("hday_eve") is not None
            n = m.group("nth") or m.group("upto")
            n = n.replace("两", "二") if n else n  # 前两天
            k = 1 if m.group("first") else None if n is None else int(_small(n) or n)
            days = None if k is None else (1 if m.group("upto") else k, k)
            eve = m.group("eve") is not None or m.group("hday_eve") is not None
            days = (0, 0) if eve else days
            out.append(
                Relative(
                    m.start(), m.end(), m.group(), "holiday", 0, holiday=hid, day=day, days=days
                )
            )
            continue
        if m.group("day"):
            offset = tw.relative_days[m.group("day")]
            out.append(Relative(m.start(), m.end(), m.group(), "day", offset))
            continue
        if m.group("sday"):  # 次日: the day after the story's day (else the publication's)
            offset = tw.story_days[m.group("sday")]
            out.append(Relative(m.start(), m.end(), m.group(), "day", offset, story=True))
            continue
        word = m.group("word")
        part = None
        if m.group("part"):
            first, last, _ = tw.year_parts["年" + m.group("part")]
            part = (first, last)
        days = tw.xun[m.group("xun")] if m.group("xun") else None  # 上月下旬: days 21..31
        if word in tw.relative_years:
            unit, offset = "year", tw.relative_years[word]
        elif word in tw.relative_weeks:  # 上周: Monday to Sunday
            unit, offset = "week", tw.relative_weeks[word]
        else:
            unit, offset = "month", tw.relative_months[word]
        out.append(Relative(m.start(), m.end(), m.group(), unit, offset, part, days=days))
    return out
