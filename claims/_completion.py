"""Completing partial times (private to ``claims.timex``): the year of a partial date
(9月3日, 上半年, 12月30日至1月2日), the days of a holiday (2024年国庆假期), the period of a
relative word (去年) and the time in force for a figure without a date of its own (全年, a
paragraph's topic date), as a mixin of ``Timeline``.

Split from timex.py so that each module stays readable; ``Timeline`` holds the state (the
text, its date mentions and relative words, the publication date, the years in force).
"""

from __future__ import annotations

import bisect
import calendar
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from claims._inforce import YearsInForce, in_force_word, opens_sentence, year_word_in
from claims._mentions import _future_sentence
from claims._relative import Relative, latest_year, resolve, with_year
from claims._relref import RelativeRefs
from claims._resolve import nearer_year
from claims._timesearch import _time_ref as _time_ref  # (timex takes it from here)
from claims._timesearch import _Words, time_word_search
from claims.bounds import construct
from claims.models import DatePoint, Span, TimeRef
from claims.vocab import time_words

if TYPE_CHECKING:
    from claims.timex import DateMention

__all__ = ["Completion"]

_UNKNOWN = object()  # a memo entry not asked yet (None is an answer)
_ITEMS = 8  # list items a heading ending in a colon (…如下：) goes on over
_ITEM_FIRSTS = frozenset("一二三四五六七八九十（(0123456789")  # a list item's first character


class Completion(RelativeRefs):
    """The completion methods of ``Timeline`` (see there for the attributes)."""

    text: str
    mentions: Sequence[DateMention]
    starts: list[int]
    relative: list[Relative]
    relative_starts: list[int]
    published: date | None
    in_force: YearsInForce
    _completed: dict[int, tuple[DatePoint, DatePoint, Span]]

    def paragraph(self, pos: int) -> Any:
        raise NotImplementedError

    def is_since(self, m: DateMention) -> bool:
        raise NotImplementedError

    def _word_search(self) -> _Words:
        """``time_word_search()``: the time-word searches compiled once."""
        return time_word_search()

    def _memo(self) -> dict[tuple[Any, ...], Any]:
        """Answers that depend only on a mention or a sentence, found once per text: the
        claims of one sentence share them (made at first use)."""
        try:
            return self._memo_dict
        except AttributeError:
            self._memo_dict: dict[tuple[Any, ...], Any] = {}
            return self._memo_dict

    def _since(self, m: DateMention) -> bool:
        """``is_since(m)``, asked once per mention (no start where ``_no_topic`` said so)."""
        memo = self._memo()
        key = ("since", m.span.start)
        got = memo.get(key)
        if got is None:
            got = memo[key] = self._skipped().get(m.span.start) is not False and self.is_since(m)
        return bool(got)

    def _no_topic_once(self, m: DateMention) -> bool:
        """``_no_topic(m)``, asked once per mention (the list items a heading goes on over are
        walked again from each paragraph after them)."""
        memo = self._memo()
        key = ("no_topic", m.span.start)
        got = memo.get(key)
        if got is None:
            got = self._skipped().get(m.span.start)
            got = memo[key] = self._no_topic(m) if got is None else got
        return bool(got)

    def _skipped(self) -> dict[int, bool]:
        """The answers of ``_no_topic`` the years in force asked already (by the mention's
        start), when theirs is this timeline's; else none."""
        memo = self._memo()
        got = memo.get(("skipped",))
        if got is None:
            same = self.in_force.skip == self._no_topic
            got = memo[("skipped",)] = self.in_force.skipped if same else {}
        return got

    def _before(self, pos: int, floor: int) -> list[DateMention]:
        raise NotImplementedError

    def _period(self, m: DateMention, basis: str) -> TimeRef:
        raise NotImplementedError

    def _no_topic(self, m: DateMention) -> bool:
        raise NotImplementedError

    def _in_force(self, pos: int, sentence_start: int) -> TimeRef | None:
        """The time in force for a figure without a date in its sentence: the topic date of
        its paragraph (2023年，…。粮食产量…), else the document's year; 全年 / 年末 before the
        figure name that year or its part. ``None`` when nothing is in force or a present
        word (目前) puts the figure at the publication date."""
        # the topic date, the carried time and the relative topic depend on the sentence and
        # its paragraph only: found once for the claims of one sentence
        para_start = self.paragraph(pos).start
        memo = self._memo()
        key = ("in_force", sentence_start, para_start)
        known = memo.get(key)
        if known is None:
            topic = self.in_force.topic(sentence_start + 1, para_start)
            known = memo[key] = [topic, _UNKNOWN, _UNKNOWN]
        topic = known[0]
        since = topic.span.end if topic is not None else sentence_start
        # (the windows are searched in place: a literal alternation finds the same in a slice)
        if time_word_search().present(self.text, max(since, pos - 300), pos):
            return None  # 2011年，…，目前…。在关键节点…: the present ended the year's force
        if topic is None:
            if known[1] is _UNKNOWN:
                known[1] = self._carried(pos)  # 具体来看，…: the previous paragraph's time
            carried = known[1]
            if carried is not None:
                return carried  # type: ignore[no-any-return]
        year = topic.year if topic is not None else None
        rel = None
        if topic is None:
            if known[2] is _UNKNOWN:
                known[2] = self._relative_topic(pos, sentence_start)
            rel = known[2]
        if topic is None and rel is None:
            rel = self._document_holiday(pos)  # 国庆假期，…。\n全市A级景区接待…
        if rel is not None and rel.unit == "year" and self.published is not None:  # 去年，…。全年…
            year = resolve(rel, self.published)[0].year
        if year is None:
            year = self.in_force.document_year(pos)
        lo = max(sentence_start, pos - 60)
        word = in_force_word(self.text[lo:pos]) if year_word_in(self.text, lo, pos) else None
        if word is not None:
            w, first, last, i = word
            at = lo + i
            span = construct(Span, {"start": at, "end": at + len(w)})
            if year is None:  # 全年 with no year stated: the text's "now", named by the word
                if self.published is None:
                    return None
                return _time_ref(as_of=self.published, basis="publication", text=w, span=span)
            end = date(year, last, calendar.monthrange(year, last)[1])
            return _time_ref(
                as_of=end, start=date(year, first, 1), end=end, basis="inherited", text=w, span=span
            )
        if topic is not None:
            return self._period(topic, "inherited")
        if rel is not None:
            return self._relative_ref(rel)
        if year is None:
            return None
        end = date(year, 12, 31)
        return _time_ref(as_of=end, start=date(year, 1, 1), end=end, basis="inherited")

    def _named_period(
        self, latest: DateMention | None, pos: int, sentence_start: int
    ) -> TimeRef | None:
        """A period word (春运首日, 春运期间; ``period_words``) between the figure and the
        report date before it (记者11日从…获悉，春运首日…), or in its sentence when no date is
        there: the figure's time, as text (the report date, else the publication date, is
        its as-of). ``None`` when the date before the figure is its own (1月21日，春运首日),
        or a day in force from an earlier sentence names it."""
        lo = max(latest.span.end if latest is not None else sentence_start, pos - 60)
        left = self.text[lo:pos]
        if not time_word_search().period(left):  # (the cheap test first: most have none)
            return None  # (no period word in the tables: none either)
        tw = time_words()
        if latest is not None and not self._is_report(latest):
            return None
        # the last word, the longest of those ending there (春运首日, not 首日)
        ends = ((left.rfind(w) + len(w), len(w), w) for w in tw.period_words if w in left)
        found = max(ends, default=None)
        if found is None:
            return None
        word = found[2]
        at = lo + found[0] - len(word)
        if latest is None:  # 2025年6月18日，…开通。开通首日…: a day in force names it better
            inherited = self._in_force(pos, sentence_start)
            day = inherited.start if inherited is not None else None
            if day is not None and inherited is not None and day == inherited.end:
                return None
        as_of = self.published
        if latest is not None:
            end = self._period(latest, "explicit").end
            as_of = end if isinstance(end, date) else None
        span = construct(Span, {"start": at, "end": at + len(word)})
        return _time_ref(as_of=as_of, basis="explicit", text=word, span=span)

    def _is_report(self, m: DateMention) -> bool:
        """Whether a day is the date of a report (记者11日从…, 交通运输部20日的统计, 1日电)."""
        tw = time_words()
        after = self.text[m.span.end : m.span.end + 4].lstrip()
        lead = self.text.endswith(tw.report_date_leads, max(0, m.span.start - 3), m.span.start)
        return lead or after.startswith(tw.report_date_next)

    def _document_holiday(self, pos: int) -> Relative | None:
        """A holiday opening a sentence of the text's first paragraph (a holiday report:
        国庆假期，全市接待游客…): the period of the later paragraphs' figures too, until a
        topic date is stated after it. ``None`` otherwise."""
        first = self.paragraph(0)
        if not self.relative or self.relative[0].start >= min(first.end, pos):
            return None  # (no holiday in the first paragraph before the figure)
        lead = self._first_sentence_end(first)
        for rel in self.relative[:4]:
            if rel.start >= first.end or rel.start >= pos:
                return None
            # (or named with its year in the first sentence: 文化和旅游部公布2024年国庆节假期
            # 文化和旅游市场情况。全国国内出游7.65亿人次)
            titled = rel.start < lead and self._year_right_before(rel.start) is not None
            if rel.unit == "holiday" and (titled or opens_sentence(self.text, rel.start)):
                if self.in_force.topic(pos, rel.end) is None:
                    return rel
                return None
        return None

    def _first_sentence_end(self, first: Any) -> int:
        """Where the text's first sentence ends (its 。), found once per text: a text of one
        long paragraph would otherwise be searched to its end for every figure."""
        lead: int | None = getattr(self, "_lead", None)
        if lead is None:
            lead = self._lead = self.text.find("。", first.start, first.end)
        return lead

    def _carried(self, pos: int) -> TimeRef | None:
        """The time of the last date of the previous paragraph, for a paragraph that goes on
        with it (``continuation_leads``: 具体来看，全国铁路共发送旅客…); ``None`` otherwise.
        A report date (记者28日从…), a start, a base or a clock alone is passed over.

        It depends on the paragraph alone: found once for the sentences of one paragraph."""
        para = self.paragraph(pos)
        memo = self._memo()
        key = ("carried", para.start)
        got = memo.get(key, _UNKNOWN)
        if got is _UNKNOWN:
            got = memo[key] = self._carried_into(para)
        return got  # type: ignore[no-any-return]

    def _carried_into(self, para: Any) -> TimeRef | None:
        """``_carried`` for the paragraph ``para``, uncached."""
        if para.start == 0:
            return None
        head = self.text[para.start : para.start + 12].lstrip()
        prev = self.paragraph(para.start - 1)
        if not head.startswith(time_words().continuation_leads):
            prev = self._heading(para.start)  # (…总产量如下：\n一、…\n二、…)
            if prev is None:
                return None
        for m in self._before(prev.end, prev.start):
            clock = isinstance(m.value.start, str) and m.value.start.startswith("T")
            if not (clock or self._no_topic_once(m) or self._is_report(m)):
                return self._period(m, "inherited")
        return None

    def _heading(self, start: int) -> Any:
        """The paragraph ending in a colon that the paragraph at ``start`` and the list items
        between them go on with (2019年全国粮食播种面积、…总产量如下：\n一、…\n二、…), or
        ``None``; at most ``_ITEMS`` paragraphs back, none of them stating a date of its own."""
        for _ in range(_ITEMS):
            prev = self.paragraph(start - 1)
            if self.text[max(prev.start, prev.end - 3) : prev.end].rstrip()[-1:] in ("：", ":"):
                return prev
            # (only a list item is walked over: 一、 （二） 3.)
            if prev.start == 0 or self.text[prev.start : prev.start + 1] not in _ITEM_FIRSTS:
                return None
            if any(not self._no_topic_once(m) for m in self._before(prev.end, prev.start)):
                return None  # an item stating a date of its own ends the heading's force
            start = prev.start
        return None

    def _relative_topic(self, pos: int, sentence_start: int) -> Relative | None:
        """A relative year or a holiday opening an earlier sentence of the paragraph (去年，…;
        “五一”假期的首日，…), or None."""
        floor = self.paragraph(pos).start
        i = bisect.bisect_left(self.relative_starts, sentence_start) - 1
        for rel in reversed(self.relative[max(0, i - 3) : i + 1]):
            if rel.start < floor:
                return None
            if rel.unit in ("year", "holiday") and opens_sentence(self.text, rel.start):
                return rel
        return None

    def _year_for(self, m: DateMention) -> tuple[int | None, bool]:
        """The year of a partial date and whether it was stated (not the publication's): the
        nearest earlier date of one year in its paragraph (2023年…。1-7月; not a comparison
        base: 较2019年同期), else the document's year, else the latest that puts it by the
        publication date (11月底)."""
        para = self.paragraph(m.span.start)
        leads = time_words().comparison_leads
        for e in self._before(m.span.start, para.start):
            end = e.value.end
            if e.year is None or not isinstance(end, date) or end.year != e.year:
                continue
            if not self.text.endswith(leads, max(0, e.span.start - 4), e.span.start):
                return e.year, True
        doc = self.in_force.document_year(m.span.start)
        if doc is not None:
            return doc, True
        if self.published is None:
            return None, False
        year = latest_year(m.value.end, self.published, m.value.precision)
        if year is not None and _future_sentence(self.text, m.span.start):
            year = nearer_year(m.value, year, self.published)  # 预计…将于27日登陆
        return year, False

    def _complete(self, m: DateMention) -> tuple[DatePoint, DatePoint, Span]:
        """The mention's start, end and span, a partial date completed with its year.

        A partial date right after a relative year (今年1至10月) takes that year and its
        span; another takes the year ``_year_for`` finds.
        """
        start, end, span = m.value.start, m.value.end, m.span
        if not (isinstance(start, str) and start.startswith("--")):
            return start, end, span
        done = self._completed.get(span.start)
        if done is not None:  # claims of one sentence share their date: complete it once
            return done
        done = self._completed[span.start] = self._completion(m)
        return done

    def _completion(self, m: DateMention) -> tuple[DatePoint, DatePoint, Span]:
        """``_complete`` for a partial date, uncached."""
        start, end, span = m.value.start, m.value.end, m.span
        i = bisect.bisect_left(self.relative_starts, m.span.start) - 1
        rel = self.relative[i] if i >= 0 else None
        year: int | None
        stated = True
        if (
            rel is not None
            and rel.unit == "year"
            and self.published is not None
            and not self.text[rel.end : m.span.start].strip()
        ):
            year = resolve(rel, self.published)[0].year
            span = construct(Span, {"start": rel.start, "end": m.span.end})
        else:
            year, stated = self._year_for(m)
        if year is None:
            return start, end, span
        first, last = with_year(start, year, end=False), with_year(end, year, end=True)
        if isinstance(first, date) and isinstance(last, date) and last < first:
            # 12月30日至1月2日 turns the year: a stated year is the start's, a publication's
            # the end's
            if stated:
                last = with_year(end, year + 1, end=True)
            else:
                first = with_year(start, year - 1, end=False)
        return first, last, span
