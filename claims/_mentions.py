"""Date mentions (private to ``claims.timex``): ``find_dates`` and the checks it makes around
each match of the date pattern (a duration's lead, a since marker, a future sentence, the
month a bare day takes).

Split from timex.py so that each module stays readable: this module finds the mentions of a
text; timex.py holds the timeline that resolves the time of each claim from them. The pattern
is ``claims._datepattern``'s, the values ``claims._datevalue``'s.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

import regex

from claims._alt import alt
from claims._clock import _date_value, date_fold
from claims._datevalue import _value, date_matches
from claims._daywords import forecast_before, forecast_leads
from claims._inforce import day_of, in_month, month_of, stated_year, with_stated_year
from claims._relative import find_relative, resolve_holiday
from claims.bounds import construct
from claims.models import DateValue, Span
from claims.vocab import numerals as vocab_numerals
from claims.vocab import time_words

__all__ = ["DateMention", "find_dates"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression: its span in the source text, its value, and the rule that found it."""

    span: Span
    value: DateValue
    rule: str

    @property
    def year(self) -> int | None:
        """The year the mention fixes, or ``None`` for partial dates (9月3日)."""
        return self.value.start.year if isinstance(self.value.start, date) else None


_alt = alt


@cache
def _day_part_before() -> regex.Pattern[str]:
    """The day part (下午, 凌晨) ending right before a standalone clock time."""
    clock = vocab_numerals().clock
    return regex.compile(rf"(?:{_alt(clock.day_parts) if clock else '(?!)'})[ ]*$")


# A year before a since marker names a year when it lies in these (接近1951年以来; 近2000年来
# never reaches here: 年来 counts years back in the pattern itself).
_CALENDAR_YEARS = (1900, 2099)


def _is_duration(text: str, m: regex.Match[str]) -> bool:
    """A bare "NNNN年" after 近/长达 (近2000年) counts years, it does not name one."""
    if (
        not m.group("ymd")
        or m.group("month")
        or m.group("m1")
        or m.group("part")
        or m.group("npart")
    ):
        return False
    tw = time_words()
    if text.startswith(tw.year_follow, m.end()):
        return False  # 超2019年同期: the same period of 2019
    year = m.group("year")
    if (
        year.isascii()
        and _CALENDAR_YEARS[0] <= int(year) <= _CALENDAR_YEARS[1]
        and text.startswith(tw.since_markers, m.end())
    ):
        return False  # 接近1951年以来的极值: since the year 1951
    before = text[max(0, m.start() - 4) : m.start()]
    return before.endswith(tw.duration_lead) and not before.endswith(tw.duration_lead_blocked)


@cache
def _since_after() -> regex.Pattern[str]:
    """A since marker after a date, a part of the day between: 7月31日以来, 25日白天以来."""
    tw = time_words()
    return regex.compile(rf"\s*(?:{_alt(tw.since_day_parts)})?(?:{_alt(tw.since_markers)})")


# words before a bare day that run the text on from the date in force: 截至2日 (after 7月31日)
_RUNS_ON = ("截至", "截止", "截止到", "至", "到")
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_RANGE_MARK = re.compile(r"[-–—~～至到]")  # inside a mention: a range (4月3日至4月7日)


def _month_word(text: str, pos: int, published: date | None) -> tuple[int, int] | None:
    """The month a relative month word right before ``pos`` names (本月22号, 上月5日:
    ``relative_months``), counted from the publication date; ``None`` without one."""
    if published is None:
        return None
    words = time_words().relative_months
    word = next((w for w in words if text.endswith(w, 0, pos)), None)
    if word is None:
        return None
    y, m = divmod(published.year * 12 + published.month - 1 + words[word], 12)
    return y, m + 1


def _future_sentence(text: str, pos: int) -> bool:
    """Whether the sentence around ``pos`` speaks of the future (将, 预计: time_words.toml
    future_words), or a forecast lead (预报, 预计: ``_daywords.forecast_leads``) opens its
    paragraph's text before it (具体预报：…。15日夜间至16日白天，…): only then may a bare day of
    the month lie after the publication date."""
    lo = max(0, pos - 200)
    start = max(lo - 1, *(text.rfind(c, lo, pos) for c in "。！？!?\n")) + 1
    m = _SENTENCE_END.search(text, pos, pos + 200)
    end = m.start() if m else min(len(text), pos + 200)
    if any(w in text[start:end] for w in time_words().future_words):
        return True
    return forecast_before(text, lo, start)


def _day_word(text: str, m: regex.Match[str]) -> bool:
    """Whether the bracketed day of ``m`` stands inside a relative day word: 昨(12)日, 明(13)天,
    今天(21)日 (Taiwan print: the whole word before the bracket, 日 after it); not 后(3)天."""
    tail = m.end("inword")
    days = time_words().relative_days
    if text[m.start() - 2] == "天":  # 今天(21)日
        return text[tail] == "日" and text[m.start() - 3 : m.start() - 1] in days
    return text[m.start() - 2] + text[tail] in days


@cache
def _forecast_leads() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The day leads that speak of the future (预计, 预报: ``day_of_month_leads`` that are
    ``future_words``) and the words that count days hence after a number (后, 之后, 以后:
    ``offset_directions`` later)."""
    hence = tuple(w for w, d in time_words().offset_directions.items() if d > 0)
    return forecast_leads(), hence


def _days_hence(text: str, m: regex.Match[str]) -> bool:
    """Whether a bare day after a forecast lead counts days hence (预计3日后到达: a duration)."""
    leads, hence = _forecast_leads()
    before = text[max(0, m.start() - 4) : m.start()].rstrip()
    return bool(leads and hence) and before.endswith(leads) and text.startswith(hence, m.end())


def _holiday_month(
    text: str, pos: int, value: DateValue, published: date
) -> tuple[int | None, int] | None:
    """The (year, month) of a bare day inside the days off of the holiday named last before
    ``pos`` (2000 characters back: 国庆假期期间…。1日，… published in January -> October 1st
    of the latest National Day holiday; 29日 in 2023's, which began on 09-29 -> September);
    ``None`` without such a holiday or when the day is not one of its days."""
    lo = max(0, pos - 2000)
    at = max(text.rfind(w, lo, pos) for w in time_words().holidays) if time_words().holidays else -1
    if at < 0:
        return None
    rels = [r for r in find_relative(text[at : min(pos, at + 24)]) if r.unit == "holiday"]
    period = resolve_holiday(rels[0], published) if rels else None
    if period is None:
        return None
    d, (first, last) = int(str(value.start)[3:5]), period
    for k in range((last - first).days + 1):
        day = first + timedelta(days=k)
        if day.day == d:
            return day.year, day.month
    return None


def _weekday_month(
    text: str, pos: int, value: DateValue, published: date
) -> tuple[int, int] | None:
    """The (year, month) of a bare day in brackets right after a weekday (周四（20日）
    published on Wednesday 06-19 -> June, where the 20th is a Thursday): of the months around
    the publication, the nearest in which the day falls on that weekday; ``None`` otherwise."""
    tw = time_words()
    if text[pos - 1 : pos] not in ("(", "（") or text[pos - 2 : pos - 1] not in tw.weekdays:
        return None
    if not text.endswith(tw.weekday_words, 0, pos - 2):
        return None
    d, want = int(str(value.start)[3:5]), tw.weekdays[text[pos - 2]]
    best: tuple[int, tuple[int, int]] | None = None
    for shift in (-1, 0, 1):
        y, m = divmod(published.year * 12 + published.month - 1 + shift, 12)
        if d <= calendar.monthrange(y, m + 1)[1] and date(y, m + 1, d).weekday() == want:
            gap = abs((date(y, m + 1, d) - published).days)
            best = (gap, (y, m + 1)) if best is None or gap < best[0] else best
    return best[1] if best else None


def _xun_in(value: DateValue, month: tuple[int | None, int]) -> DateValue:
    """A bare 下旬 (``---21``..``---31``) cut to the last day of the month in force (30 in
    June), so that ``in_month`` can place it."""
    year, mo = month
    last = calendar.monthrange(year if year is not None else 2001, mo)[1]
    if int(str(value.end)[3:5]) <= last:
        return value
    return _date_value(value.start, f"---{last:02d}", value.precision, value.qualifier)


def find_dates(text: str, published: date | None = None) -> list[DateMention]:
    """Every date expression in ``text``, in order, non-overlapping.

    A day of the month without its month (截至14日18时) takes the month of the last earlier
    date that has one, else the publication month (``published``), else stays ``---14``.

    >>> [(m.span.start, m.value.start, m.rule) for m in find_dates("从 2015 年开始,近2000年")]
    [(2, datetime.date(2015, 1, 1), 'timex.year')]
    >>> find_dates("2024-09-03 16:23:48北京")[0].value.precision
    'second'
    """
    out: list[DateMention] = []
    last_end = 0
    month: tuple[int | None, int] | None = None  # the month in force
    day: int | None = None  # and its day, when a period starts there (7月31日以来)
    year: int | None = None  # the year stated last (2024年，…): completes 一季度, 3月份
    part_year = False  # whether it was stated with a part of it (2023年上半年)
    lead_year, lead = None, True  # the last year of the first paragraph, which holds later
    by_holiday = held = False  # the month in force is a holiday's (set by a bare day in it)
    text = date_fold(text)  # 淩晨3時, 22號: read as simplified (1:1, the offsets hold)
    tw = time_words()
    for m in date_matches(text):
        held = False
        if _is_duration(text, m):
            continue
        value, rule = _value(m)
        if value is None or (m.group("bday") and m.group("inword") and not _day_word(text, m)):
            continue
        if m.group("listed") is not None and (not out or out[-1].span.end < m.start() - 2):
            continue  # 20日 after 19日、 is a day only when 19日 is one (not 用时3日、5日)
        if m.group("bday") and _days_hence(text, m):
            continue
        if m.group("bday") and m.group("sinceday") is not None and month is None:
            continue  # 15日以来 with no month in force: fifteen days (a duration)
        if m.group("bday") and m.group("bxun") is not None:
            if month is None:
                continue  # 下旬， with no month in force: no date
            value = _xun_in(value, month)  # 下旬 of June: 21..30
        if m.group("bday"):  # 截至2日 after 7月31日以来: the text runs on into the next month
            onward = day if text.endswith(_RUNS_ON, max(0, m.start() - 3), m.start()) else None
            past = text.endswith(time_words().as_of_leads, max(0, m.start() - 4), m.start())
            past = past or _since_after().match(text, m.end()) is not None
            past = past or not _future_sentence(text, m.start())
            ctx = _month_word(text, m.start(), published) or month
            placed = None  # 国庆假期…。1日: the holiday's month (29日…，1日 over its turn)
            if (ctx is None or by_holiday) and published is not None:
                placed = _holiday_month(text, m.start(), value, published)
            if ctx is None and placed is None and published is not None:  # 周四（20日）
                placed = _weekday_month(text, m.start(), value, published)
            value = in_month(value, placed or ctx, published, onward, past)
            held = placed is not None
        if "\n" in text[last_end : m.start()]:  # a new paragraph: the lead's year holds
            year, lead = lead_year, False
        # 2024年，…一季度; 2023年上半年…今年上半年 (a year stated with a part of it)
        value = with_stated_year(text, m.start(), value, rule, year, published, part_year)
        stated = stated_year(text, m.start(), m.end(), value)
        if stated is not None:
            year, part_year = stated, value.precision != "year"
            lead_year = stated if lead else lead_year
        if month_of(value):
            month, day = month_of(value), None
            by_holiday = held and bool(m.group("bday"))
            if _since_after().match(text, m.end()):  # a later 截至1日 is then the next month's
                day = day_of(value)
        start, end = m.start(), m.end()
        while end > start and text[end - 1].isspace():
            end -= 1
        if m.group("md") and m.group("fm"):  # 前九月: 前 is part of the period
            start -= 1
        elif m.group("bday") and m.group("inword"):  # 昨(12)日: the day word is the date's
            start -= 3 if text[start - 2] == "天" else 2  # (今天(21)日)
        elif m.group("qrange") and text.endswith("第", 0, start):  # 第一至三季度
            start -= 1
        elif m.group("roc"):  # 民国113年: the lead belongs to the date
            start -= len(next((w for w in tw.roc_leads if text.endswith(w, 0, start)), ""))
        if m.group("tclock") or m.group("crange"):  # 下午3点: the day part belongs to the time
            dp = _day_part_before().search(text, max(last_end, start - 4), start)
            start = dp.start() if dp else start
        span = construct(Span, {"start": start, "end": end})
        last_end = end
        out.append(DateMention(span=span, value=value, rule=rule))
    return out
