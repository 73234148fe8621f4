"""The time in force (private to ``claims.timex``): which month a bare day of the month
belongs to, and which year a sentence without a date of its own speaks of.

A report names its month once (7月31日…，截至14日18时) and a statistics bulletin its year
once (2023年国民经济和社会发展统计公报 / 2023年，…。全年粮食产量…。年末常住人口…). This
module carries both forward:

* ``in_month`` completes a day of the month (``---14``) with the month of the last earlier
  date that has one, else with the month that puts it nearest the publication date (never
  after it for 截至14日 / 25日以来); with neither it stays ``---14``.
* ``YearsInForce`` knows, for any offset, the *topic* date of its paragraph (a dated
  mention opening a sentence, ``2023年，``, or a clause of its own, ``数据显示，2022年4月份，``,
  or an as-of date opening a clause, ``消息，截至7月5日9时统计，``) and the document's year
  (a year in a title line, or opening the text's first sentence, until another title line
  states one; a year opening a later paragraph of a story is only that paragraph's topic).
  ``Timeline`` gives a figure without a date in its sentence that period, and resolves
  全年 / 年末 / 年初 (``year_in_force_words``) against its year.

>>> in_month(_date_value("---14", "---14", "hour"), (2024, 7), None).start
datetime.date(2024, 7, 14)
>>> fourteenth = _date_value("---14", "---14", "day")
>>> in_month(fourteenth, None, date(2024, 9, 3)).start  # 14日，全市将出现强降雨
datetime.date(2024, 9, 14)
>>> in_month(fourteenth, None, date(2024, 9, 3), past=True).start  # 截至14日
datetime.date(2024, 8, 14)
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Callable, Sequence
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from claims._clock import _date_value
from claims._prefilter import _any_word
from claims._relative import with_year
from claims.models import DateValue
from claims.vocab import time_words

if TYPE_CHECKING:
    from claims.models import Span
    from claims.timex import Bounds, DateMention

__all__ = [
    "YearsInForce",
    "day_of",
    "in_force_word",
    "in_month",
    "month_of",
    "opens_sentence",
    "year_word_in",
]

# precisions of a date that fixes a month (a year or a decade does not)
_MONTHLY = ("month", "xun", "day", "hour", "minute", "second")
# what may stand between a sentence's start and its topic date: enumerators (and the
# topic_leads of time_words.toml: 在, 截至, 其中)
_BOUNDARY = "。！？；!?;\n"
_ENUMERATOR = "一二三四五六七八九十、（）()．.0123456789 \t\u3000"
# .match(s).end() - 1: the last sentence boundary (or clause mark) of s (greedy: from the right)
_LAST_BOUNDARY = re.compile(rf"(?s:.*)[{_BOUNDARY}]")
_LAST_CLAUSE_MARK = re.compile(r"(?s:.*)[，,：:]")


def day_of(value: DateValue) -> int | None:
    """The day of the month a day-precise date ends on: 7月31日 -> 31; else ``None``."""
    end = value.end
    if value.precision not in _MONTHLY[2:]:
        return None
    if isinstance(end, date):
        return end.day
    return int(end[5:7]) if end.startswith("--") and len(end) == 7 else None


def month_of(value: DateValue) -> tuple[int | None, int] | None:
    """The (year, month) a date ends in when it fixes a month: 2024年7月31日 -> (2024, 7),
    9月3日 -> (None, 9); ``None`` for years, year parts, clock times and bare days."""
    if value.precision not in _MONTHLY:
        return None
    end = value.end
    if isinstance(end, date):
        return end.year, end.month
    if end.startswith("--") and not end.startswith("---"):
        return None, int(end[2:4])
    return None


def in_month(
    value: DateValue,
    ctx: tuple[int | None, int] | None,
    published: date | None,
    onward: int | None = None,
    past: bool = False,
) -> DateValue:
    """A day of the month (``---14``) in the month in force ``ctx``, else in the month that
    puts it nearest to the publication date (18日至20日，全市将出现强降雨 published on 09-16
    is September's, 截至2日 published on 09-03 too); a ``past`` day (截至14日, 25日以来)
    is never after the publication. Unchanged when neither is known or the day does not
    exist in that month. ``onward`` is the day of the date in force when the text runs on
    from it (7月31日以来…截至2日18时): an earlier day is then in the next month."""
    d1, d2 = int(str(value.start)[3:5]), int(str(value.end)[3:5])
    year: int | None
    if ctx is not None:
        year, month = ctx
        if onward is not None and d1 < onward:
            year, month = (year, month + 1) if month < 12 else (year and year + 1, 1)
    elif published is not None:
        year, month = _nearest_month(d1, published, past)
    else:
        return value
    last = calendar.monthrange(year if year is not None else 2000, month)[1]
    if d2 > last:
        return value
    if year is None:
        start: date | str = f"--{month:02d}-{d1:02d}"
        end: date | str = f"--{month:02d}-{d2:02d}"
    else:
        start, end = date(year, month, d1), date(year, month, d2)
    return _date_value(start, end, value.precision, value.qualifier)


def _nearest_month(day: int, published: date, past: bool) -> tuple[int, int]:
    """The (year, month) whose ``day`` lies nearest to ``published`` (not after it when
    ``past``); a month without that day is skipped."""
    best: tuple[int, tuple[int, int]] | None = None
    for shift in (-1, 0, 1):
        months = published.year * 12 + published.month - 1 + shift
        y, m = divmod(months, 12)
        if day > calendar.monthrange(y, m + 1)[1]:
            continue
        gap = (date(y, m + 1, day) - published).days
        if past and gap > 0:
            continue
        if best is None or abs(gap) < best[0]:
            best = (abs(gap), (y, m + 1))
    return best[1] if best else (published.year, published.month)


def opens_sentence(text: str, start: int) -> bool:
    """Whether a date at ``start`` opens its sentence (2023年，…; 在2023年; 一、2023年…;
    今年前三季度，…)."""
    before = text[max(0, start - 10) : start]
    last = _LAST_BOUNDARY.match(before)
    cut = last.end() - 1 if last else -1
    if cut < 0 and start > 10:
        return False
    head = before[cut + 1 :].strip(_ENUMERATOR)
    return not head or head in time_words().topic_leads or head in time_words().relative_years


def _opens_clause(text: str, start: int) -> bool:
    """Whether a date opens a clause (数据显示，2022年4月份，全国…; 从总量看，前三季度全市…;
    消息，截至7月5日9时统计，…): the time of the clauses after it."""
    before = text[max(0, start - 6) : start]
    last = _LAST_CLAUSE_MARK.match(before)
    cut = last.end() - 1 if last else -1
    if cut < 0:
        return False
    head = before[cut + 1 :].strip()
    return not head or head in time_words().topic_leads or head in time_words().relative_years


class YearsInForce:
    """The topic dates of a text's paragraphs and its document years, found once (linear).

    ``skip(m)`` says which mentions never set a time in force (a start: 自2015年以来).
    """

    def __init__(
        self,
        text: str,
        mentions: Sequence[DateMention],
        paragraph: Callable[[int], Span | Bounds],
        title_year: int | None,
        skip: Callable[[DateMention], bool],
    ) -> None:
        self.topics: list[DateMention] = []
        self.docs: list[tuple[int, int]] = [(-1, title_year)] if title_year else []
        self.skip = skip
        self.skipped: dict[int, bool] = {}  # skip(m) by start, where it was asked
        first = paragraph(0)
        titled = -1  # the start of the last title line that gave a year
        for m in mentions:
            if isinstance(m.value.start, str) and m.value.start.startswith("T"):
                continue  # a clock alone sets nothing
            start = m.span.start
            opens = opens_sentence(text, start)
            topical = opens or _opens_clause(text, start)
            year = m.year if m.value.precision == "year" else None
            # a start (自2015年) or a base (较2019年) sets nothing either: asked last, only of
            # a date that would set something (most open no sentence and state no year alone)
            if not topical and year is None:
                continue
            if skip(m):
                self.skipped[start] = True
                continue
            self.skipped[start] = False
            if topical and not self._base_year(text, m, paragraph):
                self.topics.append(m)
            if year is None:
                continue
            para = paragraph(start)
            # a title line (2023年国民经济和社会发展统计公报) or the text's first sentence
            title = para.end - para.start <= 60 and "。" not in text[para.start : para.end]
            if (title and para.start != titled) or (
                opens and para.start == first.start and start - first.start <= 10
            ):
                self.docs.append((start, year))
                titled = para.start if title else titled
        self.topic_starts = [m.span.start for m in self.topics]
        self.doc_starts = [s for s, _ in self.docs]

    def _base_year(
        self, text: str, m: DateMention, paragraph: Callable[[int], Span | Bounds]
    ) -> bool:
        """Whether a year opening a sentence only states a base for the paragraph's topic
        year (2023年，…1.2万亿元。2022年为1.1万亿元。增长5%: the 5% stays 2023's): an
        earlier year, right before ``base_year_next`` (为), after a later topic year of the
        same paragraph."""
        if not text.startswith(time_words().base_year_next, m.span.end) or not self.topics:
            return False
        last = self.topics[-1]
        return (
            m.year is not None
            and last.year is not None
            and m.year < last.year
            and paragraph(last.span.start).start == paragraph(m.span.start).start
        )

    def topic(self, pos: int, floor: int) -> DateMention | None:
        """The last topic date ending before ``pos`` and starting at or after ``floor``."""
        i = bisect.bisect_left(self.topic_starts, pos) - 1
        while i >= 0 and self.topics[i].span.end > pos:
            i -= 1
        m = self.topics[i] if i >= 0 else None
        return m if m is not None and m.span.start >= floor else None

    def document_year(self, pos: int) -> int | None:
        """The document's year at ``pos``: the last paragraph-opening (or title) year before it."""
        i = bisect.bisect_left(self.doc_starts, pos) - 1
        return self.docs[i][1] if i >= 0 else None


@cache
def _year_word_search() -> Callable[..., re.Match[str] | None]:
    """A search for any year-in-force word (全年, 年末)."""
    return _any_word(time_words().year_in_force_words).search


def year_word_in(text: str, start: int, end: int) -> bool:
    """Whether a year-in-force word (全年, 年末) stands in ``text[start:end]`` (the cheap test
    of ``in_force_word``, without the slice)."""
    return _year_word_search()(text, start, end) is not None


def in_force_word(left: str) -> tuple[str, int, int, int] | None:
    """The last year-in-force word of ``left`` (全年, 年末) with its months and offset in
    ``left``: 年末常住人口 -> ("年末", 10, 12, 0)."""
    if not _year_word_search()(left):  # (most clauses hold none: one search, not a loop)
        return None
    tw = time_words()
    best: tuple[str, int, int, int] | None = None
    for w in tw.year_in_force_words:
        i = left.rfind(w)
        if i < 0 or (best is not None and i <= best[3]):
            continue
        first, last = tw.year_parts[w][:2] if w in tw.year_parts else (1, 12)
        best = (w, first, last, i)
    if best is not None and left.endswith(tw.comparison_leads, max(0, best[3] - 4), best[3]):
        return in_force_word(left[: best[3]])  # 年末…，比年初增加: 年初 is the base
    return best


# The partial dates a year stated earlier in the text completes (一季度 -> 2024's): year
# parts and months without a day (a day of the month keeps its own rules: in_month)
_YEAR_COMPLETED = frozenset({"timex.part", "timex.month", "timex.month_range"})


def stated_year(text: str, start: int, end: int, value: DateValue) -> int | None:
    """The year a mention states for the partial dates after it (2024年，…一季度), or ``None``:
    a date within one year that is no comparison base (较2019年) and no start (自2015年,
    2015年以来)."""
    first, last = value.start, value.end
    if not isinstance(first, date) or not isinstance(last, date) or first.year != last.year:
        return None
    tw = time_words()
    if text.endswith(tw.comparison_leads + tw.since_leads, max(0, start - 4), start):
        return None
    if text.startswith(tw.since_markers, end):
        return None
    return first.year


def with_stated_year(
    text: str,
    start: int,
    value: DateValue,
    rule: str,
    year: int | None,
    published: date | None = None,
    part_stated: bool = False,
) -> DateValue:
    """``value`` (at ``start``) completed with the year in force when it is a partial year
    part or month (2024年，…一季度 -> 2024-01-01..2024-03-31). After 今年 (a relative year of
    offset 0): with the publication's year, else with the year in force when it was stated
    with a part of it (``part_stated``: 2023年上半年业绩报告。…今年上半年 -> 2023; after
    2023年GDP增长5%。今年一季度 this year is likely the next: unchanged). After another
    relative year (去年一季度: the Timeline's) unchanged."""
    first = value.start
    if rule not in _YEAR_COMPLETED or not isinstance(first, str):
        return value
    if not first.startswith("--") or first.startswith("---"):
        return value
    years = time_words().relative_years
    if text.endswith(tuple(years), max(0, start - 4), start):
        w = max((w for w in years if text.endswith(w, 0, start)), key=len)
        if years[w] != 0:
            return value
        year = published.year if published is not None else year if part_stated else None
    if year is None:
        return value
    return _date_value(
        with_year(first, year, end=False),
        with_year(value.end, year, end=True),
        value.precision,
        value.qualifier,
    )
