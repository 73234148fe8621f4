"""Stage: time expressions. Takes text; returns the dates it names (2001年, 2022年初, 9月3日).

``find_dates`` runs one compiled pattern over the text (linear time) and turns each match into a
``DateMention``: its span, a ``DateValue`` (``datetime.date`` bounds when the year is known,
ISO partial strings such as ``"--09-03"`` otherwise) and the rule that matched. Durations
(5年, 十余年, 2000年来) are not dates; the value engine reads them as ``duration`` claims.

>>> found = find_dates("2022年初,9月3日")
>>> [(str(m.value.start), str(m.value.end), m.value.precision) for m in found]
[('2022-01-01', '2022-03-31', 'year_part'), ('--09-03', '--09-03', 'day')]
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import date
from functools import cache

import regex

from claims._datevalue import _hour_clock, _value
from claims._relative import Relative, find_relative, resolve, with_year
from claims.bounds import construct
from claims.models import Claim, DatePoint, DateValue, Kind, Source, Span, TimeRef
from claims.vocab import numerals as vocab_numerals
from claims.vocab import time_words

__all__ = ["DateMention", "Timeline", "find_dates"]


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


def _alt(words: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of literal words, longest first (so 第一季度 beats 一季度)."""
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


# Month and day numbers, Arabic or Chinese (九月三日, 十二月三十一日).
_CN_MONTH = r"(?:十[一二]|十|[一二三四五六七八九])"
_CN_DAY = r"(?:三十一|三十|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
_MONTH = rf"(?:1[0-2]|0?[1-9]|{_CN_MONTH})"
_DAY = rf"(?:3[01]|[12]\d|0?[1-9]|{_CN_DAY})"
_RANGE = r"\s*(?:[-–—~～]|至|到)\s*"
_CLOCK = r"(?:[01]?\d|2[0-3])[:：][0-5]\d(?:[:：][0-5]\d)?(?!\d)"


@cache
def _pattern() -> regex.Pattern[str]:
    """The one date pattern, built once from ``time_words.toml``."""
    tw = time_words()
    cn_digit = "[" + regex.escape(tw.chinese_digits + "".join(tw.zero_variants)) + "]"
    nian_parts = [w for w in tw.year_parts if w.startswith("年")]
    other_parts = [w for w in tw.year_parts if not w.startswith("年")]
    # Every branch below starts with a digit, a Chinese digit, 十, a century word (上世纪,
    # 本世纪, 二十世纪) or a year-part word (上半年, 第一季度). Testing that one character first
    # lets the engine skip all other positions cheaply: about 25x faster on Chinese prose.
    first = "".join(
        sorted(
            set(
                tw.chinese_digits
                + "".join(tw.zero_variants)
                + "十上本二两"
                + "".join(w[0] for w in other_parts)
            )
        )
    )
    clock = vocab_numerals().clock
    day_parts = _alt(clock.day_parts) if clock else "(?!)"
    # after a date: an optional day part, then the clock (8月2日12时, 7月31日下午3点)
    day_clock = rf"(?: \s* (?P<dp>{day_parts})? \s* {_hour_clock('(?(dp)|(?!))')} )"
    alone_clock = _hour_clock(
        rf"(?<=(?:{day_parts})[ ]*(?:\d{{1,2}}|[零〇一二两三四五六七八九十]{{1,3}})[ ]*)"
    )
    return regex.compile(
        rf"""
        (?= [\d{regex.escape(first)}] )                  # cheap test of the first character
        (?<!\d) (?<!\d[.,])                           # not the tail of a longer number (1,2024年)
        (?:
          (?P<stamp>                                 # 2024-09-03 16:23:48, 2024/9/3
            (?P<sy>(?:19|20)\d\d) (?P<sep>[-/.]) (?P<sm>1[0-2]|0?[1-9])
            (?P=sep) (?P<sd>3[01]|[12]\d|0?[1-9])
            (?!\d) (?: [\sT]* (?P<sclock>{_CLOCK}) )?
          )
        | (?P<yrange>                                # 2019-2023年, 2019至2023年
            (?P<ry1>(?:19|20)\d\d) {_RANGE} (?P<ry2>(?:19|20)\d\d) \s* 年 (?!代)
          )
        | (?P<decade>                                # 1990年代, 80年代, 八十年代
            (?P<dcent>上世纪|二十世纪|20世纪|本世纪|21世纪)?
            (?P<dnum>(?:19|20)\d0|\d0|[一二三四五六七八九]十|〇〇|零零) 年代
          )
        | (?P<century>                               # 21世纪, 二十世纪
            (?P<cnum>二十一|二十|十九|十八|2[01]|1[89]) 世纪
          )
        | (?P<ymd>                                   # 2011年7月6日, 2024年9月, 2022年初
            (?P<year>(?:19|20)\d\d(?!\d)|2100|{cn_digit}{{4}}) \s*
            (?:
              (?P<npart>{_alt(nian_parts)})          # 年初 / 年底: the 年 is part of the word
            | 年 (?!代|来|之久|历史|的历史)
              (?: (?P<m1>{_MONTH}) {_RANGE} (?P<m2>{_MONTH}) 月份?
                | (?P<month>{_MONTH}) 月 份?
                  (?: (?P<day>{_DAY}) [日号] (?: \s* (?P<clock>{_CLOCK}) | {day_clock} )?
                    | (?P<xun>上旬|中旬|下旬) )?
                | (?P<part>{_alt(other_parts)})
              )?
            )
          )
        | (?P<md>                                    # 9月3日, 1-7月份, 9月上旬 (no year)
            (?: (?P<pm1>1[0-2]|0?[1-9]) {_RANGE} (?P<pm2>1[0-2]|0?[1-9]) 月份?
              | (?P<pmonth>1[0-2]|0?[1-9]) 月 份?
                (?: (?P<pday>3[01]|[12]\d|0?[1-9]) [日号]
                    (?: \s* (?P<clock>{_CLOCK}) | {day_clock} )?
                  | (?P<pxun>上旬|中旬|下旬) )?
              | (?P<cmonth>{_CN_MONTH}) 月 (?: (?P<cday>{_CN_DAY}) [日号] {day_clock}? | 份 )
            )
          )
        | (?P<qpart>(?<!第|前|年){_alt([w for w in other_parts if not w.startswith("年")])})
        | (?P<tclock>                                # 16:23, 18时许, 9时30分, 下午3点, 3点半
            (?P<colon>{_CLOCK}) (?![.．]\d)
          | {alone_clock}
          )
        )
        """,
        regex.VERBOSE,
    )


@cache
def _day_part_before() -> regex.Pattern[str]:
    """The day part (下午, 凌晨) ending right before a standalone clock time."""
    clock = vocab_numerals().clock
    return regex.compile(rf"(?:{_alt(clock.day_parts) if clock else '(?!)'})[ ]*$")


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
    before = text[max(0, m.start() - 4) : m.start()]
    return before.endswith(time_words().duration_lead)


def find_dates(text: str) -> list[DateMention]:
    """Every date expression in ``text``, in order, non-overlapping.

    >>> [(m.span.start, m.value.start, m.rule) for m in find_dates("从 2015 年开始,近2000年")]
    [(2, datetime.date(2015, 1, 1), 'timex.year')]
    >>> find_dates("2024-09-03 16:23:48北京")[0].value.precision
    'second'
    """
    out: list[DateMention] = []
    last_end = 0
    for m in _pattern().finditer(text):
        if _is_duration(text, m):
            continue
        value, rule = _value(m)
        if value is None:
            continue
        start, end = m.start(), m.end()
        while end > start and text[end - 1].isspace():
            end -= 1
        if m.group("tclock"):  # 下午3点: the day part belongs to the time
            dp = _day_part_before().search(text, max(last_end, start - 4), start)
            start = dp.start() if dp else start
        span = construct(Span, {"start": start, "end": end})
        last_end = end
        out.append(DateMention(span=span, value=value, rule=rule))
    return out


# How many date mentions before a figure are looked at (keeps time resolution linear).
_LOOKBACK = 8


class Timeline:
    """The dates of one text with its paragraphs: resolves each claim's ``TimeRef``.

    Built once per text; ``time_for`` looks at a bounded number of nearby mentions, so
    resolving every claim is linear in the text.
    """

    def __init__(
        self, text: str, mentions: list[DateMention], source: Source | None, paragraphs: list[Span]
    ) -> None:
        self.text = text
        self.mentions = mentions
        self.starts = [m.span.start for m in mentions]
        published = source.published if source is not None else None
        self.published = published.date() if published is not None else None
        self.paragraphs = paragraphs
        self.relative = find_relative(text)
        self.relative_starts = [r.start for r in self.relative]
        self.paragraph_starts = [p.start for p in paragraphs]
        self.publication = (
            _time_ref(basis="unknown")
            if self.published is None
            else _time_ref(as_of=self.published, basis="publication")
        )

    def paragraph(self, pos: int) -> Span:
        """The paragraph holding offset ``pos``."""
        i = bisect.bisect_right(self.paragraph_starts, pos) - 1
        return self.paragraphs[i] if i >= 0 else Span(start=0, end=len(self.text))

    def is_since(self, m: DateMention) -> bool:
        """Whether a date starts a period: 从 2015 年开始, 自2015年, 2015年以来."""
        tw = time_words()
        after = self.text[m.span.end : m.span.end + 6].lstrip()
        before = self.text[max(0, m.span.start - 4) : m.span.start].rstrip()
        return after.startswith(tw.since_markers) or before.endswith(tw.since_leads)

    def _before(self, pos: int, floor: int) -> list[DateMention]:
        """Up to ``_LOOKBACK`` mentions inside ``[floor, pos]``, nearest first."""
        i = bisect.bisect_left(self.starts, pos)
        out = []
        for m in reversed(self.mentions[max(0, i - _LOOKBACK) : i]):
            if m.span.start < floor:
                break
            if m.span.end <= pos:
                out.append(m)
        return out

    def _publication(self) -> TimeRef:
        return self.publication

    def _anchor(self, claim: Claim) -> DateMention | None:
        """The dated mention nearest to "N年来" duration in its paragraph."""
        para = self.paragraph(claim.span.start)
        i = bisect.bisect_left(self.starts, claim.span.start)
        near = self.mentions[max(0, i - _LOOKBACK) : i + _LOOKBACK]
        best: tuple[int, DateMention] | None = None
        for m in near:
            if m.year is None or not para.start <= m.span.start < para.end:
                continue
            if self.published is not None and m.year > self.published.year:
                continue
            dist = abs(m.span.start - claim.span.start)
            if best is None or dist < best[0]:
                best = (dist, m)
        return best[1] if best else None

    def time_for(
        self, claim: Claim, sentence: Span, left: str
    ) -> tuple[TimeRef | None, tuple[str, ...]]:
        """The time reference of ``claim`` and flags saying how it was found.

        ``left`` is the clause text before the figure (where 当年 / 同年 is looked for).
        """
        if claim.kind is Kind.DATE:
            return None, ()
        tw = time_words()
        if claim.kind is Kind.DURATION and self._counts_back(claim):
            anchor = self._anchor(claim)
            base = self._publication()
            if anchor is None:
                return base, ("time:anchor_unknown",)
            return _time_ref(
                as_of=base.as_of,
                basis=base.basis,
                start=anchor.value.start,
                text=self._text(anchor),
                span=anchor.span,
            ), ("time:anchor_nearby",)
        in_sentence = self._before(claim.span.start, sentence.start)
        latest = in_sentence[0] if in_sentence else None
        rel = self._relative_before(claim.span.start, sentence.start)
        if rel is not None and (latest is None or rel.start >= latest.span.end):
            gap = self.text[max(rel.end, claim.span.start - 200) : claim.span.start]
            if any(w in gap for w in tw.present_words):
                return self._publication(), ()
            return self._relative_ref(rel), ()
        if latest is not None:
            gap = self.text[max(latest.span.end, claim.span.start - 200) : claim.span.start]
            if any(w in gap for w in tw.present_words):
                return self._publication(), ()
        if latest is not None and self.is_since(latest):
            base = self._publication()
            return _time_ref(
                as_of=base.as_of,
                basis=base.basis,
                start=latest.value.start,
                text=self._text(latest),
                span=latest.span,
            ), ()
        if any(w in left for w in tw.back_reference):
            para = self.paragraph(claim.span.start)
            earlier = latest or next(iter(self._before(sentence.start, para.start)), None)
            if earlier is not None:
                return self._period(earlier, "inherited"), ()
        if latest is not None:
            return self._period(latest, "explicit"), ()
        return self._publication(), ()

    def _relative_before(self, pos: int, floor: int) -> Relative | None:
        """The last relative time word (去年, 本月) inside ``[floor, pos)``."""
        i = bisect.bisect_left(self.relative_starts, pos) - 1
        if i >= 0 and self.relative[i].start >= floor and self.relative[i].end <= pos:
            return self.relative[i]
        return None

    def _relative_ref(self, rel: Relative) -> TimeRef:
        """去年 -> last year's period when the publication date is known; else text only."""
        span = construct(Span, {"start": rel.start, "end": rel.end})
        if self.published is None:
            return _time_ref(basis="explicit", text=rel.text, span=span)
        start, end = resolve(rel, self.published)
        return _time_ref(
            as_of=end, start=start, end=end, basis="explicit", text=rel.text, span=span
        )

    def _counts_back(self, claim: Claim) -> bool:
        """Whether a duration counts back from the as-of date: 5年多来, 十年以来."""
        after = self.text[claim.span.end : claim.span.end + 3].lstrip()
        return claim.text.endswith("来") or after.startswith(("来", "以来"))

    def _text(self, m: DateMention) -> str:
        return self.text[m.span.start : m.span.end]

    def _period(self, m: DateMention, basis: str) -> TimeRef:
        """The mention's period; 截至 before it makes it an as-of date (no start).

        A partial date right after a relative year (今年1至10月) takes that year.
        """
        start: DatePoint | None = m.value.start
        end, span = m.value.end, m.span
        i = bisect.bisect_left(self.relative_starts, m.span.start) - 1
        rel = self.relative[i] if i >= 0 else None
        if (
            rel is not None
            and rel.unit == "year"
            and self.published is not None
            and isinstance(start, str)
            and not self.text[rel.end : m.span.start].strip()
        ):
            year = resolve(rel, self.published)[0].year
            start, end = with_year(start, year, end=False), with_year(end, year, end=True)
            span = construct(Span, {"start": rel.start, "end": m.span.end})
        if self.text.endswith(time_words().as_of_leads, max(0, span.start - 4), span.start):
            start = None
        return _time_ref(
            as_of=end if isinstance(end, date) else None,
            start=start,
            end=end,
            basis=basis,
            text=self.text[span.start : span.end],
            span=span,
        )


def _time_ref(
    *,
    as_of: date | None = None,
    start: DatePoint | None = None,
    end: DatePoint | None = None,
    basis: str = "unknown",
    text: str | None = None,
    span: Span | None = None,
) -> TimeRef:
    """A ``TimeRef`` from already-valid parts, without re-validation (one per claim)."""
    return construct(
        TimeRef,
        {"as_of": as_of, "start": start, "end": end, "basis": basis, "text": text, "span": span},
    )
