"""Stage: time expressions. Takes text; returns the dates it names (2001年, 2022年初, 9月3日).

``find_dates`` runs one compiled pattern over the text (linear time) and turns each match into a
``DateMention``: its span, a ``DateValue`` (``datetime.date`` bounds when the year is known,
ISO partial strings such as ``"--09-03"`` otherwise) and the rule that matched. Durations
(5年, 十余年, 2000年来) are not dates; the value engine reads them as ``duration`` claims.
``find_dates`` lives in ``claims._mentions``; this module holds the ``Timeline`` that gives
each claim its time from the mentions.

>>> found = find_dates("2022年初,9月3日")
>>> [(str(m.value.start), str(m.value.end), m.value.precision) for m in found]
[('2022-01-01', '2022-03-31', 'year_part'), ('--09-03', '--09-03', 'day')]
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

from claims._clock import date_fold, restates, zone_spans
from claims._completion import Completion, _time_ref
from claims._daywords import calendar_spans
from claims._inforce import YearsInForce
from claims._mentions import _RANGE_MARK, DateMention, _since_after, find_dates
from claims._prefilter import has_any
from claims._relative import Relative, find_offsets, find_relative
from claims._timesearch import closes_between, is_clock, since_now
from claims._windows import window_spans
from claims.bounds import construct
from claims.models import Claim, DatePoint, Kind, Source, Span, TimeRef
from claims.vocab import time_words

__all__ = ["DateMention", "Relative", "Timeline", "find_dates", "find_offsets", "offset_spans"]


def offset_spans(text: str, found: list[Relative] | None = None) -> list[tuple[int, int]]:
    """The spans of the relative offsets of ``text`` (相比4个月前, 3天前): they mark times, so
    the value engine reads no duration claim there (DESIGN section 5); and of the windows that
    are no durations (24小时降水量, 一周当中: ``claims._windows``).

    >>> offset_spans("相比4个月前上涨171%")
    [(2, 6)]
    """
    offsets = [(r.start, r.end) for r in (find_offsets(text) if found is None else found)]
    windows = window_spans(text)  # 24小时降水量, 一周当中: no duration either
    days = calendar_spans(date_fold(text))  # 正月十五, 假期前三天: no count, no duration
    extra = windows + days
    if "UTC" in text or "GMT" in text:  # 发震时刻（UTC+8）: a time zone, no count 8
        extra += zone_spans(text)
    return sorted(offsets + extra) if extra else offsets


class Bounds(NamedTuple):
    """A stretch of text (a paragraph) as plain offsets: cheaper than a ``Span`` record."""

    start: int
    end: int


def _within(m: DateMention, rel: Relative) -> bool:
    """Whether a clock lies inside a relative day with hours (8时 in 昨天8时至今天8时): the
    relative time is the figure's, the clock stays a date claim of its own."""
    return rel.until is not None and rel.start <= m.span.start and m.span.end <= rel.end


# How many date mentions before a figure are looked at (keeps time resolution linear).
_LOOKBACK = 8
_DATE, _DURATION = Kind.DATE, Kind.DURATION  # (looked up once: time_for asks per figure)
_SHARES = frozenset({Kind.PERCENT, Kind.PERCENTAGE_POINT, Kind.MULTIPLE})  # (去年的5%: no value)


class Timeline(Completion):
    """The dates of one text with its paragraphs: resolves each claim's ``TimeRef``.

    Built once per text; ``time_for`` looks at a bounded number of nearby mentions, so
    resolving every claim is linear in the text.
    """

    def __init__(
        self,
        text: str,
        mentions: list[DateMention],
        source: Source | None,
        paragraphs: Sequence[Span | Bounds],
        offsets: list[Relative] | None = None,
    ) -> None:
        self.text = text
        self.mentions = mentions
        self.starts = [m.span.start for m in mentions]
        published = source.published if source is not None else None
        self.published = published.date() if published is not None else None
        self.paragraphs = paragraphs
        self.relative = find_relative(text, offsets)  # offsets: find_offsets(text), if known
        self.relative_starts = [r.start for r in self.relative]
        self._completed: dict[int, tuple[DatePoint, DatePoint, Span]] = {}
        # a mention's period, by its start and basis: the claims of one sentence share it
        self._periods: dict[tuple[int, str], TimeRef] = {}
        self.paragraph_starts = [p.start for p in paragraphs]
        self.publication = (
            _time_ref(basis="unknown")
            if self.published is None
            else _time_ref(as_of=self.published, basis="publication")
        )
        title = source.title if source is not None else None
        title_years = (
            [m.year for m in find_dates(title) if m.value.precision == "year"] if title else []
        )
        self.in_force = YearsInForce(
            text, mentions, self.paragraph, title_years[0] if title_years else None, self._no_topic
        )

    def paragraph(self, pos: int) -> Span | Bounds:
        """The paragraph holding offset ``pos`` (its ``start`` and ``end``)."""
        i = bisect.bisect_right(self.paragraph_starts, pos) - 1
        return self.paragraphs[i] if i >= 0 else Bounds(0, len(self.text))

    def is_since(self, m: DateMention) -> bool:
        """Whether a date starts a period: 从 2015 年开始, 自2015年, 2015年以来; a range is a
        period of its own (自4月3日至4月7日)."""
        if m.rule != "timex.stamp" and _RANGE_MARK.search(self.text, m.span.start, m.span.end):
            return False
        tw = time_words()
        after = self.text[m.span.end : m.span.end + 6].lstrip()
        before = self.text[max(0, m.span.start - 4) : m.span.start].rstrip()
        part = next((w for w in tw.since_day_parts if after.startswith(w)), "")
        after = after[len(part) :]  # 25日白天以来, 6月30日夜间以来
        return after.startswith(tw.since_markers) or before.endswith(tw.since_leads)

    def _as_of(self, m: DateMention) -> bool:
        """Whether 截至 (``as_of_leads``) stands right before a date."""
        return self.text.endswith(time_words().as_of_leads, max(0, m.span.start - 4), m.span.start)

    def _is_base(self, m: DateMention, claim: Claim) -> bool:
        """Whether a date is only the base the figure is compared with (较2019年同期增长10.2%,
        恢复至2019年同期的60.7%), not the time of a figure it states (较2023年的100亿元)."""
        tw = time_words()
        if not self.text.endswith(tw.comparison_leads, max(0, m.span.start - 4), m.span.start):
            return False
        if claim.kind in (Kind.PERCENT, Kind.PERCENTAGE_POINT, Kind.MULTIPLE):
            return True
        between = self.text[m.span.end : claim.span.start]
        return has_any(between, tw.comparison_change_words)

    def _no_topic(self, m: DateMention) -> bool:
        """Whether a date never sets the time in force: a start (自2015年) or a base (较2019年)."""
        leads = time_words().comparison_leads
        return self.is_since(m) or self.text.endswith(leads, max(0, m.span.start - 4), m.span.start)

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

    def _latest(self, pos: int, floor: int) -> DateMention | None:
        """The first of ``_before(pos, floor)``, without building the list."""
        i = bisect.bisect_left(self.starts, pos)
        for m in reversed(self.mentions[max(0, i - _LOOKBACK) : i]):
            if m.span.start < floor:
                return None
            if m.span.end <= pos:
                return m
        return None

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
        The mentions and relative words before the figure are found by bisection over the
        lists found once per text; the cheap test of each rule (a bracket, a comparison lead,
        a period word) runs inline, and the windows are searched in place (no slices).
        """
        kind = claim.kind
        if kind is _DATE:
            return None, ()
        words = self._word_search()  # (has_any over the time words, compiled once)
        if kind is _DURATION and self._counts_back(claim):
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
        text = self.text
        pos = claim.span.start
        floor = sentence.start
        if pos and text[pos - 1] == "的" and kind not in _SHARES:
            based = self._stated_base(pos)  # 已超过去年全年的8118.5亿元: last year's
            if based is not None:
                return based, ()
        # _latest(pos, floor), with its commonest answer (no date in the sentence before the
        # figure) found by one bisection
        i = bisect.bisect_left(self.starts, pos)
        latest = None if i == 0 or self.starts[i - 1] < floor else self._latest(pos, floor)
        if (
            latest is not None
            and closes_between(text, latest.span.end, pos)
            and self._in_aside(latest.span, pos, floor)
        ):
            latest = self._latest(latest.span.start, floor)  # （2023年为…）: the aside's
        if latest is not None and text.startswith(("）", ")"), latest.span.end):
            latest = self._restated(latest, floor)  # …16时10分（北京时间15时10分）: the first
        elif latest is not None and is_clock(latest.value.start):
            latest = self._clock_day(latest, floor)  # 今日（1月23日）上午7时: the day
        leads = time_words().comparison_leads
        for _ in range(2):  # 2024年国庆假期…，较2019年同期增长: the base is not the time
            if latest is None:
                break
            at = latest.span.start
            if not text.endswith(leads, max(0, at - 4), at) or not self._is_base(latest, claim):
                break
            latest = self._latest(at, floor)
        rel = None  # _relative_before(pos, floor)
        if self.relative_starts:
            k = bisect.bisect_left(self.relative_starts, pos) - 1
            if k >= 0 and self.relative[k].start >= floor and self.relative[k].end <= pos:
                rel = self.relative[k]
        if (
            rel is not None
            and closes_between(text, rel.end, pos)
            and self._in_aside(rel, pos, floor)
        ):
            rel = self._relative_before(rel.start, floor)  # （昨日最高32℃），各区…
        latest_end = latest.span.end if latest is not None else -1
        # 春运首日 (the cheap test of _named_period first: a period word in its window)
        period_lo = max(latest_end if latest is not None else floor, pos - 60)
        if (rel is None or rel.start < latest_end) and words.period(text, period_lo, pos):
            named = self._named_period(latest, pos, floor)
            if named is not None:
                return named, ()
        if rel is not None and (latest is None or _within(latest, rel) or rel.start >= latest_end):
            if words.present(text, max(rel.end, pos - 200), pos):
                return self._publication(), ()
            ref = self._relative_ref(rel)
            if ref.start is not None and _since_after().match(text, rel.end):
                base = self._publication()  # 今年以来: from the year's start to publication
                return _time_ref(
                    as_of=base.as_of, start=ref.start, basis=base.basis, text=ref.text,
                    span=ref.span,
                ), ()  # fmt: skip
            if latest is not None and rel.unit == "holiday" and self._as_of(latest):
                upto = self._period(latest, "explicit")  # 截至4日15时，“五一”假期前四天
                ref = _time_ref(
                    as_of=upto.as_of, start=ref.start, end=upto.end, basis="explicit",
                    text=ref.text, span=ref.span,
                )  # fmt: skip
            return ref, ()
        if latest is not None:
            lo = max(latest_end, pos - 200)
            if text.startswith(since_now(), latest_end):  # 11月20日至今: a start, not 目前
                lo = max(lo, latest_end + 2)
            if words.present(text, lo, pos):
                return self._publication(), ()
            if self._since(latest):  # (is_since, once per mention)
                base = self._publication()
                start, _, span = self._complete(latest)
                asof = self._latest(latest.span.start, floor)
                if asof is not None and self._as_of(asof):  # 截至7月5日9时，6月30日以来，…
                    ref = self._period(asof, "explicit")
                    return _time_ref(
                        as_of=ref.as_of, start=start, end=ref.end, basis="explicit",
                        text=ref.text, span=ref.span,
                    ), ()  # fmt: skip
                return _time_ref(
                    as_of=base.as_of,
                    basis=base.basis,
                    start=start,
                    text=text[span.start : span.end],
                    span=span,
                ), ()
        if words.back_reference(left):
            para = self.paragraph(pos)
            earlier = latest or self._latest(floor, para.start)
            if earlier is not None:
                return self._period(earlier, "inherited"), ()
        if latest is not None:
            return self._period(latest, "explicit"), ()
        if rel is None:
            inherited = self._in_force(pos, floor)
            if inherited is not None:
                return inherited, ()
        return self._publication(), ()

    def period_of(self, m: DateMention) -> TimeRef:
        """The period a date mention names, as a figure's explicit time (a list's date)."""
        return self._period(m, "explicit")

    def _in_aside(self, at: Span | Relative, pos: int, floor: int) -> bool:
        """Whether a time word at ``at`` stands in a bracketed aside closed before ``pos`` (今天
        全市最高气温31℃（昨日最高32℃），各区…: 昨日 is the aside's day, not the figure's)."""
        close = self.text.find("）", at.end, pos)  # (the cheap test: most figures have none)
        close = close if close >= 0 else self.text.find(")", at.end, pos)
        if close < 0 or not self.text[at.end : close].strip():
            return False  # (截至昨日(31日): the bracket restates the day, it is no aside)
        head = self.text[max(floor, at.start - 40) : at.start]
        return max(head.rfind("（"), head.rfind("(")) > max(head.rfind("）"), head.rfind(")"))

    def _restated(self, m: DateMention, floor: int) -> DateMention:
        """The date a bracket holding only ``m`` restates in another zone (当地时间30日13时15分
        （北京时间31日4时15分）: the first), else ``m``; a clock restates no clock alone."""
        i = bisect.bisect_left(self.starts, m.span.start) - 1
        if i < 0 or self.mentions[i].span.start < floor:
            return m
        prev = self.mentions[i]
        if isinstance(prev.value.end, str) and prev.value.end.startswith("T"):
            return m
        return prev if restates(self.text, prev.span.end, m.span.start) else m

    def _clock_day(self, clock: DateMention, floor: int) -> DateMention:
        """The day a clock alone belongs to when only a closing bracket stands between them
        (今日（1月23日）上午7时錄得…: 1月23日), else the clock."""
        i = bisect.bisect_left(self.starts, clock.span.start) - 1
        if i < 0 or self.mentions[i].span.start < floor:
            return clock
        day = self.mentions[i]
        if day.value.precision != "day" or self.text[day.span.end : clock.span.start].strip(")）"):
            return clock
        return day

    def _relative_before(self, pos: int, floor: int) -> Relative | None:
        """The last relative time word (去年, 本月) inside ``[floor, pos)``."""
        i = bisect.bisect_left(self.relative_starts, pos) - 1
        if i >= 0 and self.relative[i].start >= floor and self.relative[i].end <= pos:
            return self.relative[i]
        return None

    def _counts_back(self, claim: Claim) -> bool:
        """Whether a duration counts back from the as-of date: 5年多来, 十年以来."""
        after = self.text[claim.span.end : claim.span.end + 3].lstrip()
        return claim.text.endswith("来") or after.startswith(("来", "以来"))

    def _text(self, m: DateMention) -> str:
        return self.text[m.span.start : m.span.end]

    def _period(self, m: DateMention, basis: str) -> TimeRef:
        """The mention's period; 截至 before it makes it an as-of date (no start).

        A partial date takes its year (``_complete``): 今年1至10月, 截至11月底. Built once per
        mention and basis (records are frozen, so claims may share it).
        """
        ref = self._periods.get((m.span.start, basis))
        if ref is None:
            ref = self._periods[m.span.start, basis] = self._new_period(m, basis)
        return ref

    def _new_period(self, m: DateMention, basis: str) -> TimeRef:
        """``_period``, uncached."""
        start: DatePoint | None
        start, end, span = self._complete(m)
        k = bisect.bisect_left(self.relative_starts, span.start) - 1  # 今年上半年 (completed
        rel = self.relative[k] if k >= 0 and self.published is not None else None
        if rel is not None and rel.end == span.start and rel.unit == "year":
            span = construct(Span, {"start": rel.start, "end": span.end})  # by it)
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
