"""Clock times and small date numbers (private to ``claims.timex``): the clock sub-pattern
(18时, 9时30分, 下午3点半) and its value, the reading of month, day and year numbers in
Arabic or Chinese digits, the ``DateValue`` builder shared by ``claims._datevalue``, and the
time zones around clocks (UTC+8 is no figure; a bracketed 北京时间… restates a moment).

Split from _datevalue.py so that each module stays readable.

>>> _small_int("二十三"), _small_int("09"), _small_int("二〇二四")
(23, 9, 2024)
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import regex

from claims.bounds import construct
from claims.models import DatePoint, DateValue
from claims.vocab import numerals, time_words

# Hours and minutes written in Chinese (九时三十分, 下午三点半).
_CN_HOUR = r"(?:二十[一二三四]?|十[一二三四五六七八九]?|[零〇一二两三四五六七八九])"
_CN_MINUTE = (
    r"(?:[二三四五]十[一二三四五六七八九]?|十[一二三四五六七八九]?|[零〇]?[一二三四五六七八九])"
)


def _hour_clock(day_part_before: str, after_day: bool = False) -> str:
    """A clock time read from its hour (18时, 9时30分, 3点半, 下午3点), as a pattern.

    ``day_part_before`` is the pattern that must hold for a bare N点 (下午3点): a lookbehind
    for a standalone time, a condition on the ``dp`` group after a date (8月2日下午3点).
    ``after_day``: the clock follows a day, so a Chinese hour alone is one too (六日二十二时).
    """
    clock = numerals().clock
    blocked = regex.escape("".join(clock.hour_blocked_next)) if clock else ""
    minute = rf"(?P<mm>[0-5]?\d(?!\d)|{_CN_MINUTE})"
    second = rf"(?:[ ]*(?P<ss>[0-5]?\d(?!\d)|{_CN_MINUTE})[ ]*秒)?"
    arabic_only = "" if after_day else r"(?<=\d[ ]*)"
    day_point = r"(?<=\d[ ]*)" if after_day else "(?!)"  # an Arabic N点 right after a day
    return rf"""
        (?P<hh>2[0-4](?!\d)|[01]?\d(?!\d)|{_CN_HOUR}) [ ]*
        (?: [时点] [ ]* {minute} [ ]* 分 (?!钟) {second}    # 9时30分, 九点三十分(十五秒)
          | 点 (?P<half>半) | 点钟                          # 3点半, 3点钟
          | {arabic_only} 时 (?![{blocked}])                # 18时 (Arabic alone; not 18时间)
          | {day_part_before} 时 (?![{blocked}])            # 下午三时许, 晚八时 (a day part before)
          | {day_part_before} 点 [ ]* {minute} (?![分\d.．])  # 晚八点二十 (a day part before)
          | {day_part_before} 点                            # 下午3点 (not 3点建议)
          | {day_point} 点 (?![{blocked}\d.．])              # 截至24日21点: after a day
          | (?<=\d[ ]*) 点 [ ]* (?P<mm>[0-5]\d) (?=[ ]*(?:左右|许))  # 11點15左右: about 11:15
        )
        (?P<xu>许|左右)?                                    # 18时许: about
    """


@cache
def _fold_table() -> tuple[dict[int, str], re.Pattern[str] | None]:
    """``time_words.toml`` ``[date_fold]`` as a ``str.translate`` table, and a class of its
    characters (``None`` when it is empty), compiled by stdlib ``re``: a text without any is
    searched to its end, and ``re`` walks a class of plain characters ten times faster."""
    fold = time_words().date_fold
    if not fold:
        return {}, None
    chars = re.compile("[" + re.escape("".join(sorted(fold))) + "]")
    return str.maketrans(fold), chars


@lru_cache(maxsize=1)
def date_fold(text: str) -> str:
    """``text`` with the traditional characters of dates folded 1:1 (same length, same offsets):
    the date stage reads 5點鐘, 淩晨3時, 22號 as 5点钟, 凌晨3时, 22号.

    Cached for the last text: one extraction folds its text in five places (dates, relative
    words, offsets, calendar spans, the timeline), and a traditional text costs a translate.

    >>> date_fold("淩晨3時，截至22號18時")
    '凌晨3时，截至22号18时'
    """
    table, chars = _fold_table()
    if chars is None or chars.search(text) is None:
        return text
    return text.translate(table)


def _small_int(s: str) -> int:
    """A month, day or year in Arabic or Chinese digits: 09 -> 9, 二十三 -> 23, 二〇二四 -> 2024."""
    s = s.strip()
    if s.isdigit():
        return int(s)
    digits = _cn_digits()
    if "十" not in s:
        return int("".join(str(digits[c]) for c in s))
    tens, _, ones = s.partition("十")
    return (digits[tens] if tens else 1) * 10 + (digits[ones] if ones else 0)


@cache
def _cn_digits() -> dict[str, int]:
    tw = time_words()
    return {c: i for i, c in enumerate(tw.chinese_digits)} | dict.fromkeys(tw.zero_variants, 0)


def _date_value(
    start: DatePoint, end: DatePoint, precision: str, qualifier: str | None = None
) -> DateValue:
    """A ``DateValue`` from already-valid parts, without re-validation (the hot path)."""
    return construct(
        DateValue, {"start": start, "end": end, "precision": precision, "qualifier": qualifier}
    )


def _clock_precision(g: regex.Match[str]) -> str | None:
    """hour, minute or second for the clock after a day (8月2日12时, 9月3日 8:30), else None."""
    colon = g["clock"]
    if colon:
        return "second" if colon.count(":") + colon.count("：") == 2 else "minute"
    if g["hh"] is None:
        return None
    return "second" if g["ss"] else "minute" if g["mm"] or g["half"] else "hour"


def _pm_before(g: regex.Match[str]) -> bool:
    """Whether an afternoon or evening day part (下午, 晚上: ``pm_day_parts``) stands right
    before the clock of ``g``, or a noon part before an hour below 6 (中午1:30)."""
    before = g.string[max(0, g.start() - 4) : g.start()].rstrip()
    tw = time_words()
    if before.endswith(tw.pm_day_parts):
        return True
    return before.endswith(tw.noon_day_parts) and int(regex.split(r"[:：]", g.group())[0]) < 6


def _clock_range_value(g: regex.Match[str]) -> DateValue | None:
    """The hours of one day (11~16时 -> ``T11`` .. ``T16``, 14:00至20:00 -> ``T14:00`` ..
    ``T20:00``): a day part before it (下午2时至5时; ``pm_day_parts``) moves both hours below
    12 to the afternoon. ``None`` when the range does not run forward within the day."""
    if g["mh1"]:
        return _minute_range_value(g)
    if g["cc1"]:
        ends = [[int(x) for x in regex.split(r"[:：]", g[k])] for k in ("cc1", "cc2")]
        if _pm_before(g) and ends[1][0] <= 12:  # 下午2:00-5:00: 14:00 to 17:00
            ends = [[e[0] + 12 if e[0] < 12 else e[0], *e[1:]] for e in ends]
        if len(ends[0]) != len(ends[1]) or ends[0] >= ends[1]:
            return None
        iso = ["T" + ":".join(f"{x:02d}" for x in e) for e in ends]
        return _date_value(iso[0], iso[1], "second" if len(ends[0]) == 3 else "minute")
    h1, h2 = (_small_int(g[k].replace("两", "二")) for k in ("ch1", "ch2"))
    before = g.string[max(0, g.start() - 4) : g.start()].rstrip()
    if h2 <= 12 and before.endswith(time_words().pm_day_parts):  # 晚上8点至12点: to midnight
        h1, h2 = h1 + 12 if h1 < 12 else h1, h2 + 12
    if h1 >= h2:
        return None
    return _date_value(f"T{h1:02d}", f"T{h2:02d}", "hour")


def _minute_range_value(g: regex.Match[str]) -> DateValue | None:
    """Hours with minutes, or with a day part before the end (16时26分至16时42分 -> ``T16:26``
    .. ``T16:42``; 上午8时至下午2时 -> ``T08`` .. ``T14``): an afternoon part before the range
    moves the hours below 12, one before the end its own. ``None`` unless it runs forward."""
    tw = time_words()
    h1, h2 = int(g["mh1"]), int(g["mh2"])
    m1, m2 = int(g["mm1"] or 0), int(g["mm2"] or 0)
    before = g.string[max(0, g.start() - 4) : g.start()].rstrip()
    pm = before.endswith(tw.pm_day_parts) or (before.endswith(tw.noon_day_parts) and h1 < 6)
    if pm and h1 < 12:
        h1 += 12
    part = g["cp2"]
    if part is not None:  # 上午8时至下午2时: the end's own part
        if (part in tw.pm_day_parts or (part in tw.noon_day_parts and h2 < 6)) and h2 < 12:
            h2 += 12
    elif pm and h2 < 12:
        h2 += 12
    if (h1, m1) >= (h2, m2) or h2 > 24 or (h2 == 24 and m2):
        return None
    if g["mm1"] or g["mm2"]:
        return _date_value(f"T{h1:02d}:{m1:02d}", f"T{h2:02d}:{m2:02d}", "minute")
    return _date_value(f"T{h1:02d}", f"T{h2:02d}", "hour")


def _clock_value(g: regex.Match[str]) -> DateValue | None:
    """A time of day without a date: ``T18`` (18时), ``T15:30`` (下午3点半), ``T16:23:48``.

    A day part before the hour (下午, 晚上; ``time_words.toml`` ``pm_day_parts``) moves
    hours below 12 to the afternoon.
    """
    colon = g["colon"]
    if colon:
        parts = [int(x) for x in regex.split(r"[:：]", colon)]
        if parts[0] < 12 and _pm_before(g):  # 下午2:30 is 14:30
            parts[0] += 12
        return _date_value(
            "T" + ":".join(f"{x:02d}" for x in parts),
            "T" + ":".join(f"{x:02d}" for x in parts),
            "second" if len(parts) == 3 else "minute",
        )
    hour = _small_int(g["hh"].replace("两", "二"))
    minute = 30 if g["half"] else _small_int(g["mm"]) if g["mm"] else None
    second = _small_int(g["ss"]) if g["ss"] else None
    if hour > 24 or (minute is not None and minute > 59) or (second is not None and second > 59):
        return None
    before = g.string[max(0, g.start() - 4) : g.start()].rstrip()
    tw = time_words()
    if (hour < 12 and before.endswith(tw.pm_day_parts)) or (
        hour < 6 and before.endswith(tw.noon_day_parts)  # 中午1点 is 13:00
    ):
        hour += 12
    iso = f"T{hour:02d}"
    if minute is not None:
        iso += f":{minute:02d}"
    if second is not None:
        iso += f":{second:02d}"
    precision = "second" if second is not None else "minute" if minute is not None else "hour"
    return _date_value(iso, iso, precision, g["xu"])


# a time zone's offset from UTC (UTC+8, GMT+08:00, UTC-5): no figure of its own
_ZONE = re.compile(
    r"""
    (?:UTC|GMT) \s* [+\-＋－−] \s* (?:1[0-4]|0?\d)   # UTC+8, GMT-05
    (?: [:：]? [0-5]\d )?                            # GMT+08:00, UTC+0530
    (?![\d.])
    """,
    re.VERBOSE,
)


# a date restating the moment of the date before it in brackets (…16时10分（北京时间15时10分）):
# short words between the opening bracket and the date, no digits
_RESTATED = re.compile(r"\s*[（(][^（()）\d，,。；;\n]{0,8}\Z")


def zone_spans(text: str) -> list[tuple[int, int]]:
    """The spans of time-zone offsets (发震时刻（UTC+8）): no figure of their own.

    >>> zone_spans("发震时刻（UTC+8）")
    [(5, 10)]
    """
    return [m.span() for m in _ZONE.finditer(text)]


def restates(text: str, end: int, start: int) -> bool:
    """Whether ``text[end:start]`` opens a bracket of a few words and no digits (北京时间):
    a date at ``start`` restates the moment of the date ending at ``end``."""
    return _RESTATED.match(text, end, start) is not None
