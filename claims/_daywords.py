"""Weekdays and lunar days (private to ``claims.timex``): relative time words that name one
day of a week (周六, 上周五, 下周二下午到下周三白天) or of the first lunar month (除夕,
大年初一, 正月十五). Like 昨天, they assert no date until a publication date fixes them
(``claims._resolve``); they are the time of the figures after them.

A weekday after a relative week is that week's day (本周末: its Saturday and Sunday). Two
bare weekdays on end (周六、周日, 周六至周日) are those two days. A bare weekday is the
latest such day by the publication date, or the next one when its sentence has a future
word (预计周六, 周日将): a report tells what happened, a forecast what will; a forecast list
(周一，…；周二，…) counts on from its first. A weekday after a numeral or 每 (一周三次,
每周六), in a weekday range without a week (周一至周五: a schedule), before 均 (周日均: a
week's daily average) or right after a date (12月28日（周六）) is none.

A lunar day counts from the Spring Festival's day of ``holiday_days`` (正月初一 = 春节; 除夕
the day before; 正月初二至初五 a range). Another lunar month's day (农历八月十五, 腊月二十三)
names no day the tables know. Their numerals are never counts (``calendar_spans``), and
neither are those of the first days of a holiday (假期前三天: one period, no duration).
Words come from ``time_words.toml`` (``weekday_words``, ``weekdays``, ``weekday_*``,
``weekend_words``, ``relative_weeks``, ``lunar_*``, ``future_words``).

>>> [(r.text, r.weekdays, r.offset) for r in weekdays("上周五成交820套，预计周六降温，周日转晴")]
[('上周五', (-3, -3), 0), ('周六', (5, 5), 1), ('周日', (6, 6), 1)]
>>> [(r.text, r.days) for r in lunar_days("除夕，大年初三，正月十五")]
[('除夕', (0, 0)), ('大年初三', (3, 3)), ('正月十五', (15, 15))]
>>> calendar_spans("国庆假期前三天，正月初七，下周三起")
[(4, 7), (8, 12), (13, 16)]
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import regex

from claims._alt import alt, re_alt
from claims._prefilter import _any_word
from claims._reltype import Relative
from claims.vocab import time_words

__all__ = ["calendar_spans", "day_spans", "forecast_before", "lunar_days", "weekdays"]


_alt = alt


@cache
def _weekday_re() -> regex.Pattern[str] | None:
    """A weekday after a relative week (with an optional range to another), or a bare one."""
    tw = time_words()
    if not (tw.weekday_words and tw.weekdays and tw.relative_weeks):
        return None
    w, wk = _alt(tw.weekday_words), _alt(tw.relative_weeks)
    wkend = _alt({**tw.relative_weeks, **tw.weekend_weeks})  # 这个周末: only before 末
    d = "[" + "".join(tw.weekdays) + "]"
    nxt = _alt(tw.weekday_blocked_next) or "(?!)"
    before = _alt(tw.weekday_blocked_before) or "(?!)"
    sep = _alt(tw.weekday_range_words) or "(?!)"
    part = _alt(tw.since_day_parts) or "(?!)"
    ends = _alt(tw.weekend_words) or "(?!)"
    numerals = "0-9〇零一二两三四五六七八九十百"  # 周六、周日三天: no weekday pair
    after_end = [x for x in tw.weekday_blocked_next if not regex.match(f"[{numerals}]", x)]
    end_nxt = _alt(after_end) or "(?!)"  # 周末两天: a numeral may follow a weekend
    return regex.compile(
        rf"""
          (?P<wk> {wkend} ) (?P<wend> {ends} )               # 本周末, 这个周末: Saturday, Sunday
        | (?P<wk> {wk} ) (?P<d1> {d} ) (?! {nxt} )           # 上周五, 下个星期一
          (?: (?: {part} )? \s* (?: 至|到|[-—~～] ) \s*       # 下周二下午到下周三白天
              (?: (?P<wk2> {wk} ) | {w} ) (?P<d2> {d} ) (?! {nxt} ) (?: {part} )? )?
        | (?<! {before} ) (?<! (?: {w} ) {d} \s* (?: {sep} ) \s* )   # not 每周六, 周一至周五
          (?P<w> {w} ) (?P<d> {d} )
          (?: \s* (?: {sep} ) \s* (?: {w} )? (?P<dn> {d} ) (?! [{numerals}] ) # 周六、周日: two
            | (?<= 六 ) (?P<dn> 日 )                         # 周六日(两天): Saturday, Sunday
            | (?! {nxt} ) )                                  # days on end (checked in weekdays)
          (?! \s* (?: {sep} ) \s* (?: {w} | {wk} ) )          # not a longer list
        | (?<! {before} ) (?P<bw> {w} ) {ends} (?! {end_nxt} )   # 周末(两天): not 每周末
        """,
        regex.VERBOSE,
    )


_SENTENCE_END = re.compile(r"[。！？!?\n]")


def _future(text: str, start: int, end: int) -> bool:
    """Whether a future word (预计周六, 周日将迎来, 周六、周日均为晴天，气温将达…) stands in the
    sentence around ``text[start:end]`` (60 characters back, 60 on), but not in the clause of
    a later weekday: 周六，全市接待游客3万人次，预计周日将… is a report of Saturday; or a
    forecast lead (预报, 预计) in its paragraph before it (具体预报：…。周五到周六，…)."""
    tw = time_words()
    back = text[max(0, start - 60) : start]
    cut = max(back.rfind(c) for c in "。！？!?\n")
    ahead = text[end : end + 60]
    m = _SENTENCE_END.search(ahead)
    ahead = ahead[: m.start() if m else None]
    later = min((k for k in (ahead.find(w) for w in tw.weekday_words) if k >= 0), default=-1)
    if later >= 0:  # up to the clause of the next weekday
        ahead = ahead[: max(0, *(ahead.rfind(c, 0, later) for c in "，,；;"))]
    window = back[cut + 1 :] + ahead
    if any(w in window for w in tw.future_words):
        return True
    # 具体预报：…。周五到周六，…: a forecast lead opens the paragraph
    return forecast_before(text, max(0, start - 200), start)


@cache
def forecast_leads() -> tuple[str, ...]:
    """The day leads that speak of the future (预计, 预报: ``day_of_month_leads`` that are
    ``future_words``)."""
    tw = time_words()
    return tuple(w for w in tw.day_of_month_leads if w in tw.future_words)


def forecast_before(text: str, lo: int, end: int) -> bool:
    """Whether a forecast lead (``forecast_leads``) stands in ``text[lo:end]`` after its last
    line break: the paragraph's text before ``end`` (具体预报：…。周五到周六，…)."""
    para = text.rfind("\n", lo, end) + 1 or lo
    return any(w in text[para:end] for w in forecast_leads())


_AFTER_DATE = re.compile(r"[日号][\s(（]*(?:农历|阴历|星期|礼拜)?[\s,，]*\Z")


def _after_date(text: str, start: int) -> bool:
    """Whether a day word at ``start`` names a date just written (2月19日正月初六,
    2月13日(农历正月初四), 12月28日（周六）): the date is the time, the word adds none."""
    return _AFTER_DATE.search(text, max(0, start - 8), start) is not None


def _a_name(text: str, m: regex.Match[str]) -> bool:
    """Whether a bare weekday is the start of a person's name: 周天 (a name, not Sunday: that
    is 周日) or 周 + weekday + at most one more character before a word of a person
    (``weekday_name_next``: 周一鸣表示, 周五说)."""
    if m.group("w") == "周" and m.group("d") == "天":
        return True
    words = time_words().weekday_name_next
    end = m.end()
    return bool(words) and (text.startswith(words, end) or text.startswith(words, end + 1))


def _listed(text: str, prev: Relative, start: int) -> bool:
    """Whether a weekday at ``start`` goes on with the list of ``prev`` (周一，…；周二，…): in
    the same sentence, less than 80 characters on."""
    return start - prev.end < 80 and _SENTENCE_END.search(text, prev.end, start) is None


def weekdays(text: str) -> list[Relative]:
    """The weekdays of a folded text (see the module docstring)."""
    return list(_weekdays(text))


@lru_cache(maxsize=8)
def _weekdays(text: str) -> tuple[Relative, ...]:
    """``weekdays``, cached: the value engine's skip spans (``calendar_spans``) and the
    timeline's relative words read the same text."""
    tw = time_words()
    if not any(w in text for w in tw.weekday_words):
        return ()
    pattern = _weekday_re()
    if pattern is None:
        return ()
    out: list[Relative] = []
    last: Relative | None = None  # the previous bare weekday
    for m in pattern.finditer(text):
        if _after_date(text, m.start()):
            continue
        if m.group("bw"):  # 周末: the latest weekend, or the next in a forecast
            step = 1 if _future(text, m.start(), m.end()) else -1
            out.append(Relative(m.start(), m.end(), m.group(), "weekday", step, weekdays=(5, 6)))
            continue
        if m.group("w"):
            if _a_name(text, m):
                continue
            day = tw.weekdays[m.group("d")]
            span = 0  # 周六、周日: one more day
            if m.group("dn"):
                span = tw.weekdays[m.group("dn")] - day
                if span != 1:
                    continue  # 周一、周三: not days on end
            step = 1 if _future(text, m.start(), m.end()) else -1
            anchor = day
            if last is not None and _listed(text, last, m.start()) and last.offset == step:
                assert last.weekdays is not None
                assert last.anchor is not None
                prev = last.weekdays[0]
                anchor, day = last.anchor, prev + (day - prev) % 7  # 周日…；周一: the day after
            last = Relative(
                m.start(), m.end(), m.group(), "weekday", step, weekdays=(day, day + span),
                anchor=anchor,
            )  # fmt: skip
            out.append(last)
            continue
        week = tw.relative_weeks.get(m.group("wk"), tw.weekend_weeks.get(m.group("wk"), 0))
        if m.group("wend"):  # 本周末: Saturday and Sunday
            out.append(
                Relative(
                    m.start(),
                    m.end(),
                    m.group(),
                    "weekday",
                    0,
                    weekdays=(week * 7 + 5, week * 7 + 6),
                )
            )
            continue
        first = week * 7 + tw.weekdays[m.group("d1")]
        final = first
        if m.group("d2"):
            week2 = tw.relative_weeks[m.group("wk2")] if m.group("wk2") else week
            final = week2 * 7 + tw.weekdays[m.group("d2")]
            if final < first:
                continue  # 下周五到下周二: no range
        out.append(Relative(m.start(), m.end(), m.group(), "weekday", 0, weekdays=(first, final)))
    return tuple(out)


_DIGITS = "一二三四五六七八九"


@cache
def _lunar_re() -> re.Pattern[str] | None:
    """除夕, or a day of the first lunar month (大年初三, 正月初七, 正月十五, 正月廿三) or a range
    of them (正月初二至初五, 除夕至正月初六); or a day of another lunar month (农历八月十五,
    腊月二十三: group ``other``), which names no calendar day that the tables know."""
    tw = time_words()
    if not (tw.lunar_eves or tw.lunar_first_month):
        return None
    eves = _re_alt(tw.lunar_eves)
    months = _re_alt(tw.lunar_first_month)
    leads = _re_alt(tw.lunar_leads)
    others = _re_alt(tw.lunar_other_months)
    named = _re_alt(tw.lunar_named_days)
    # 初七, 十五, 二十, 廿三, 三十 (no comment inside: the pattern is spliced into lines)
    d = f"[{_DIGITS}]"
    day = rf"(?: 初 (?: 十 | {d} ) | 二十 {d}? | 廿 {d} | 三十 | 十 {d}? )"
    end = rf"(?! [〇零十百千万{_DIGITS}0-9] )"  # not 正月十五六
    first = rf"(?: 初 (?: 十 | {d} ) )"
    bare_next = _re_alt((*tw.day_of_month_next, "至", "到", "，", ",", "、", "。", "；"))
    return re.compile(
        rf"""
          (?: {leads} )?                                     # 农历正月十五
          (?: (?P<eve> {eves} ) | (?P<named> {named} )       # 除夕, 元宵节
            | (?: {months} ) (?P<day> {day} ) {end} )
          (?: \s* (?: 至|到|[-—~～] ) \s* (?: {months} )? (?P<day2> {day} ) {end} )?
        | (?P<bare> {first} ) {end}      # ，初五当天 (at a clause start, after a festival word)
          (?: \s* (?: 至|到|[-—~～] ) \s* (?P<bare2> {first} ) {end} )? (?= {bare_next} )
        | (?P<other> (?: {leads} ) (?: 十[一二] | 十 | [正冬腊臘{_DIGITS}] ) 月 (?: {day} {end} )?
                   | (?: {others} ) {day} {end} )            # 农历八月十五, 腊月二十三
        """,
        re.VERBOSE,
    )


_re_alt = re_alt


_BARE_AFTER = "。！？；;，,：:\n、和"  # what a bare 初五 may follow: a clause start or a list


def _lunar_matches(text: str) -> list[re.Match[str]]:
    """The matches of ``_lunar_re`` in ``text`` (none without a lunar word in it)."""
    if _lunar_word_re().search(text) is None:
        return []
    pattern = _lunar_re()
    if pattern is None:
        return []
    return [  # a bare 初五 only at a clause start (the pattern keeps its first-character skip)
        m
        for m in pattern.finditer(text)
        if not m.group("bare") or not m.start() or text[m.start() - 1] in _BARE_AFTER
    ]


@cache
def _lunar_word_re() -> re.Pattern[str]:
    """Any lunar word (eves, first-month words, leads, other months, named days, festival
    words): one stdlib search says whether a text can hold a lunar day at all."""
    tw = time_words()
    words = (*tw.lunar_eves, *tw.lunar_first_month, *tw.lunar_leads, *tw.lunar_other_months,
             *tw.lunar_named_days, *_festival_words())  # fmt: skip
    return _any_word(words)


def _lunar_day(word: str) -> int:
    """初三 -> 3, 十五 -> 15, 二十 -> 20, 廿三 -> 23, 三十 -> 30."""
    word = word.removeprefix("初")
    if word.startswith("廿"):
        return 20 + _DIGITS.index(word[1]) + 1
    tens, ten, ones = word.partition("十")
    if not ten:
        return _DIGITS.index(word) + 1
    return (_DIGITS.index(tens) + 1 if tens else 1) * 10 + (_DIGITS.index(ones) + 1 if ones else 0)


@cache
def _festival_words() -> tuple[str, ...]:
    """The words that put a text in the Spring Festival (春节, 除夕, 正月, 大年): a bare 初五
    after one of them is a day of the first lunar month (``lunar_days``)."""
    tw = time_words()
    hid = tw.holidays.get("春节")
    names = tuple(w for w, h in tw.holidays.items() if h == hid) if hid else ()
    return (*names, *tw.lunar_eves, *tw.lunar_first_month)


# how far before a bare 初五 a Spring Festival word may stand (a paragraph or two)
_FESTIVAL_REACH = 300


def _in_festival(text: str, start: int) -> bool:
    """Whether a Spring Festival word stands shortly before ``start`` (除夕至初六…。初五当天)."""
    lo = max(0, start - _FESTIVAL_REACH)
    return any(text.find(w, lo, start) >= 0 for w in _festival_words())


def lunar_days(text: str) -> list[Relative]:
    """The lunar days of a folded text: a Spring Festival day of ``holiday_days`` and the
    day of its lunar month (除夕: 0, the day before). A bare 初五 (no 正月, 大年) is one only
    shortly after a Spring Festival word and before a clause mark or a day word (初五当天,
    初五，): 初三学生 is a school grade."""
    tw = time_words()
    hid = tw.holidays.get("春节")
    if hid is None:
        return []
    out = []
    for m in _lunar_matches(text):
        if m.group("other") or _after_date(text, m.start()):
            continue
        if m.group("bare"):
            if not _in_festival(text, m.start()):
                continue
            k = _lunar_day(m.group("bare"))
            k2 = _lunar_day(m.group("bare2")) if m.group("bare2") else k
            if k2 >= k:
                out.append(Relative(m.start(), m.end(), m.group(), "holiday", 0, holiday=hid,
                                    day=True, days=(k, k2)))  # fmt: skip
            continue
        named = m.group("named")
        k = (
            0
            if m.group("eve")
            else tw.lunar_named_days[named]
            if named
            else _lunar_day(m.group("day"))
        )
        k2 = _lunar_day(m.group("day2")) if m.group("day2") else k
        if k2 < k:
            continue
        out.append(
            Relative(
                m.start(), m.end(), m.group(), "holiday", 0, holiday=hid, day=True, days=(k, k2)
            )
        )
    return out


@cache
def _first_days_re() -> re.Pattern[str] | None:
    """The first days of a holiday (国庆假期前三天: 前三天): group ``n``."""
    tw = time_words()
    if not (tw.holidays and tw.holiday_suffixes):
        return None
    names = "|".join(re.escape(w) for w in sorted(tw.holidays, key=len, reverse=True))
    ends = "|".join(re.escape(w) for w in sorted(tw.holiday_suffixes, key=len, reverse=True))
    return re.compile(rf"(?:{names})[”\"]?(?:{ends})(?P<n>前(?:[2-9]|[两二三四五六七八九])[天日])")


@cache
def _year_label_re() -> re.Pattern[str]:
    """A year before a fiscal-year or season word (2024财年, 2024赛季): group ``y``."""
    return re.compile(
        rf"(?<![0-9.])(?P<y>(?:19|20)[0-9][0-9])(?={_re_alt(time_words().year_label_words)})"
    )


def day_spans(text: str) -> list[Relative]:
    """The spans of relative days of a folded text (今明两天: today and tomorrow, 昨夜今晨:
    last night to this morning; ``relative_day_spans``): one time each (两天 of 今明两天 stays
    the value engine's duration, as annotators count it)."""
    out = []
    for word, (first, last) in time_words().relative_day_spans.items():
        i = text.find(word)
        while i >= 0:
            out.append(Relative(i, i + len(word), word, "day", first, until=last))
            i = text.find(word, i + len(word))
    return sorted(out, key=lambda r: r.start)


def calendar_spans(text: str) -> list[tuple[int, int]]:
    """Spans of a (folded) text that hold no figure: weekdays (下周三起: no count 三起), lunar
    days (正月十五: no count 十五), the first days of a holiday (假期前三天: no duration 三天)
    and a year that labels a fiscal year or a season (2024财年: no count 2024)."""
    spans = [(m.start(), m.end()) for m in _lunar_matches(text)]
    spans += [(r.start, r.end) for r in _weekdays(text)]
    if any(w in text for w in time_words().year_label_words):
        spans += [(m.start("y"), m.end("y")) for m in _year_label_re().finditer(text)]
    suffixes = time_words().holiday_suffixes
    if any(s + "前" in text for s in suffixes):
        pattern = _first_days_re()
        if pattern is not None:
            spans += [(m.start("n"), m.end("n")) for m in pattern.finditer(text)]
    return sorted(spans)
