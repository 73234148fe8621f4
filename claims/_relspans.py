"""Relative spans that take more than one word (private to ``claims.timex``): windows from
now, ahead (未来三天, 今后24小时) or back (过去24小时, 近7天), a holiday's days named back
without the holiday's name (假期首日, 假期第二天 after “五一”假期 earlier in the text), a
relative day to a calendar day (今天起到5月6日) and five-year plans (“十四五” -> 2021..2025).

>>> [(r.text, r.years) for r in plans("“十四五”期间，十三五时期")]
[('“十四五”', (2021, 2025)), ('十三五', (2016, 2020))]

Split from _relative.py so that each module stays readable: that module finds the relative
words and calls these; ``claims._resolve`` resolves them all. Words come from
``time_words.toml`` (``ahead_leads``, ``behind_leads``, ``[ahead_hours]``,
``holiday_back_words``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from claims._alt import re_alt
from claims._reltype import Relative
from claims.vocab import time_words

__all__ = ["holiday_backrefs", "plans", "upto_spans", "windows"]

_DIGITS = "一二三四五六七八九"
# the characters a clause starts after
_CLAUSE_START = '，,。；;：:！？!?（(“"\n \t\u3000'
# how far back a holiday named earlier may stand for 假期首日 (a page of a report)
_HOLIDAY_REACH = 2000


_alt = re_alt


@cache
def _window_re() -> re.Pattern[str] | None:
    """A window from now, ahead (未来三天, 今后24小时: group ``ahead``) or back (过去24小时,
    近7天): stdlib ``re``; ``None`` without the tables."""
    tw = time_words()
    if not (tw.ahead_leads and tw.ahead_hours):
        return None
    return re.compile(
        rf"(?:(?P<ahead>{_alt(tw.ahead_leads)})|{_alt(tw.behind_leads)})"
        rf"(?P<n>[0-9]{{1,3}}|[一二两三四五六七八九十]{{1,3}})(?P<unit>{_alt(tw.ahead_hours)})"
    )


def windows(text: str) -> list[Relative]:
    """The windows from now of a folded text: ahead, the days from the publication day to the
    window's last (N hours opened that day end ceil(N/24) days later: 未来24小时 -> day 0
    until 1, 未来三天 -> until 3); back, at a clause start only (持续近3天: nearly three days),
    from as many days before to the publication day (过去24小时 -> day -1 until 0). One time
    each, like 今明两天; the count stays the value engine's duration.

    >>> [(r.text, r.offset, r.until) for r in windows("未来三天，预计未来6小时，近7天，持续近3天")]
    [('未来三天', 0, 3), ('未来6小时', 0, 1), ('近7天', -7, 0)]
    """
    tw = time_words()
    pattern = _window_re()
    if pattern is None or not any(w in text for w in (*tw.ahead_leads, *tw.behind_leads)):
        return []
    out = []
    for m in pattern.finditer(text):
        ahead, start = m.group("ahead"), m.start()
        if not ahead and start and text[start - 1] not in _CLAUSE_START:
            continue
        n = m.group("n")
        count = int(n) if n.isascii() else _small(n.replace("两", "二"))
        if count:
            days = -(-count * tw.ahead_hours[m.group("unit")] // 24)
            first, last = (0, days) if ahead else (-days, 0)
            out.append(Relative(start, m.end(), m.group(), "day", first, until=last))
    return out


@cache
def _upto_re() -> re.Pattern[str] | None:
    """A relative day (起) to a calendar day: 今天起到12月6日, 即日起至2025年1月31日."""
    days = time_words().relative_days
    if not days:
        return None
    return re.compile(
        rf"""(?P<w>{_alt(days)}) 起? \s* (?:至|到|[-—~～]) \s*
             (?: (?P<y>(?:19|20)[0-9][0-9]) \s* 年 )? (?P<m>1[0-2]|0?[1-9]) \s* 月
             \s* (?P<d>3[01]|[12][0-9]|0?[1-9]) \s* [日号]""",
        re.VERBOSE,
    )


def upto_spans(text: str) -> list[Relative]:
    """A relative day to a calendar day, one time from that day to the first such day on
    (今天起到12月6日 published 11-20: 11-20..12-06, was 12月6日 alone, a past year's): the
    calendar day stays a date claim of its own.

    >>> [(r.text, r.offset, r.upto) for r in upto_spans("今日起至11月25日，即日起至2025年1月31日")]
    [('今日起至11月25日', 0, (0, 11, 25)), ('即日起至2025年1月31日', 0, (2025, 1, 31))]
    """
    pattern = _upto_re()
    if pattern is None or not any(c in text for c in "至到-—~～"):
        return []
    days = time_words().relative_days
    out = []
    for m in pattern.finditer(text):
        offset = days[m.group("w")]
        upto = (int(m.group("y") or 0), int(m.group("m")), int(m.group("d")))
        out.append(Relative(m.start(), m.end(), m.group(), "day", offset, until=offset,
                            upto=upto))  # fmt: skip
    return out


@cache
def _back_re() -> re.Pattern[str] | None:
    """假期 (长假, 节日期间…: ``holiday_back_words``) and the days it names (第二天, 首日,
    前三天, 前一天), not before 后/结束 (假期结束后: after it) or a bare 前 (假期前)."""
    words = time_words().holiday_back_words
    if not words:
        return None
    n = "[1-9]|[一二三四五六七八九]"
    return re.compile(
        rf"""(?:{_alt(words)})
             (?: 第 (?P<nth> {n} ) [天日] | 前 (?P<upto> [2-9]|[两二三四五六七八九] ) [天日]
               | (?P<first> 首日 ) | 前 [一1] [天日] (?P<eve>) )?
             (?! [后後结結过過之以] | 前 )""",
        re.VERBOSE,
    )


def holiday_backrefs(text: str, found: list[Relative]) -> list[Relative]:
    """假期首日, 假期第二天, 假期期间 at a clause start with no holiday's name: the days of
    the holiday named last before it in ``found`` (its days off, not a festival day), within
    ``_HOLIDAY_REACH`` characters; none without one.

    >>> named = [Relative(0, 6, "“五一”假期", "holiday", 0, holiday="labour_day")]
    >>> [(r.text, r.holiday, r.days) for r in holiday_backrefs("“五一”假期。假期第二天，", named)]
    [('假期第二天', 'labour_day', (2, 2))]
    """
    pattern = _back_re()
    holidays = [r for r in found if r.unit == "holiday" and r.holiday and not r.day]
    if pattern is None or not holidays:
        return []
    out = []
    for m in pattern.finditer(text, holidays[0].end):
        start = m.start()
        if start and text[start - 1] not in _CLAUSE_START:
            continue
        named = next((r for r in reversed(holidays) if r.end <= start), None)
        if named is None or start - named.end > _HOLIDAY_REACH:
            continue
        k = 1 if m.group("first") else _count(m.group("nth") or m.group("upto"))
        days = None if k is None else (1 if m.group("upto") else k, k)
        days = (0, 0) if m.group("eve") is not None else days
        out.append(replace(named, start=start, end=m.end(), text=m.group(), days=days))
    return out


@cache
def _plan_re() -> re.Pattern[str] | None:
    """A five-year plan from the 11th on (“十四五”, 十三五时期): quoted, or before a
    ``plan_next`` word (十四五个: fourteen or fifteen)."""
    nxt = time_words().plan_next
    if not nxt:
        return None
    return re.compile(
        rf"""
          [“"] 十 (?P<n> [{_DIGITS}] ) 五 [”"]                   # “十四五”
        | (?<! [〇零一二两三四五六七八九十百千万] ) 十 (?P<m> [{_DIGITS}] ) 五  # 十三五时期
          (?= {_alt(nxt)} )
        """,
        re.VERBOSE,
    )


def plans(text: str) -> list[Relative]:
    """The five-year plans of a text as their years (“十四五” -> 2021..2025: the N-th plan
    starts in 1966 + 5 (N - 3), from the third on)."""
    if "五" not in text:
        return []
    pattern = _plan_re()
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(text):
        n = 10 + _DIGITS.index(m.group("n") or m.group("m")) + 1
        first = 1966 + 5 * (n - 3)
        out.append(Relative(m.start(), m.end(), m.group(), "years", 0, years=(first, first + 4)))
    return out


def _count(n: str | None) -> int | None:
    """A day's number (三 -> 3, 两 -> 2, 5 -> 5), ``None`` for none."""
    if n is None:
        return None
    return int(n) if n.isascii() else _small(n.replace("两", "二"))


def _small(s: str) -> int | None:
    """一..九十九 in Chinese digits (三 -> 3, 十二 -> 12, 二十 -> 20), else ``None``."""
    digits = "〇一二三四五六七八九"
    if not all(c in digits or c == "十" for c in s):
        return None  # 1十: mixed digits
    if "十" not in s:
        return digits.index(s) if len(s) == 1 else None
    tens, _, ones = s.partition("十")
    if len(tens) > 1 or len(ones) > 1:
        return None
    return (digits.index(tens) if tens else 1) * 10 + (digits.index(ones) if ones else 0)
