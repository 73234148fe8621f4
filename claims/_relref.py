"""The period of a relative time word (private to ``claims.timex``), as a mixin of ``Timeline``
(through ``claims._completion.Completion``): 去年 and 国庆假期 from the publication date or the
year right before them, a story day word (次日, 3天后) from the last day the story told of.

Split from _completion.py so that each module stays under 400 lines.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Sequence
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING, Any

from claims._relative import Relative, resolve, resolve_holiday
from claims._timesearch import _time_ref
from claims.bounds import construct
from claims.models import DatePoint, Span, TimeRef
from claims.vocab import time_words

if TYPE_CHECKING:
    from claims.timex import DateMention

__all__ = ["RelativeRefs"]

_DAY_PRECISIONS = frozenset({"day", "hour", "minute", "second"})  # a story's day: 6月15日
_SAME_PERIOD = "同期"  # the end of 去年同期 / 上年同期: the same period in another year


@cache
def _base_word() -> re.Pattern[str]:
    """A relative year (maybe with 全年) and 的 right before a figure: 去年全年的, 上年同期的."""
    years = sorted(time_words().relative_years, key=len, reverse=True)
    alts = "|".join(re.escape(w) for w in years) or "(?!)"
    return re.compile(rf"(?P<w>{alts})(?:全年度?)?的\Z")


def _shifted(last: date, years: int) -> date:
    """The last day ``last`` moved by ``years``, the month's end kept (02-29 -> 02-28)."""
    end = calendar.monthrange(last.year + years, last.month)[1]
    month_end = last.day == calendar.monthrange(last.year, last.month)[1]
    return last.replace(year=last.year + years, day=end if month_end else last.day)


class RelativeRefs:
    """The relative-word methods of ``Timeline`` (see there for the attributes)."""

    text: str
    mentions: Sequence[DateMention]
    starts: list[int]
    relative: list[Relative]
    relative_starts: list[int]
    published: date | None

    def paragraph(self, pos: int) -> Any:
        raise NotImplementedError

    def _before(self, pos: int, floor: int) -> list[DateMention]:
        raise NotImplementedError

    def _is_report(self, m: DateMention) -> bool:
        raise NotImplementedError

    def _since(self, m: DateMention) -> bool:
        raise NotImplementedError

    def _complete(self, m: DateMention) -> tuple[DatePoint, DatePoint, Span]:
        raise NotImplementedError

    def _relative_ref(self, rel: Relative) -> TimeRef:
        """去年 -> last year's period when the publication date is known; else text only.

        A holiday (国庆假期) is its days off in the year right before it (2024年国庆假期,
        今年国庆假期), else in the latest year that holds them by the publication date.
        """
        span = construct(Span, {"start": rel.start, "end": rel.end})
        if rel.unit == "holiday":
            period = resolve_holiday(rel, self.published, self._year_right_before(rel.start))
            if period is None:
                return _time_ref(basis="explicit", text=rel.text, span=span)
            return _time_ref(
                as_of=period[1], start=period[0], end=period[1], basis="explicit",
                text=rel.text, span=span,
            )  # fmt: skip
        day = self._story_day(rel) if rel.story else None
        if day is not None:  # 6月15日，…。次日，…: the day after the story's day
            day += timedelta(days=rel.offset)
            return _time_ref(
                as_of=day, start=day, end=day, basis="explicit", text=rel.text, span=span
            )
        same = self._same_period(rel) if rel.text.endswith(_SAME_PERIOD) else None
        if same is not None:  # 1-5月…（去年同期为100亿元）: January to May a year before
            return _time_ref(
                as_of=same[1], start=same[0], end=same[1], basis="explicit", text=rel.text,
                span=span,
            )  # fmt: skip
        if self.published is None:
            return _time_ref(basis="explicit", text=rel.text, span=span)
        start, end = resolve(rel, self.published)
        as_of = self.text.endswith(time_words().as_of_leads, max(0, rel.start - 4), rel.start)
        return _time_ref(  # 截至今天8时: an as-of date, no period
            as_of=end, start=None if as_of else start, end=end, basis="explicit", text=rel.text,
            span=span,
        )  # fmt: skip

    def _story_day(self, rel: Relative) -> date | None:
        """The last day a story told of before a story day word (6月15日，县城发生洪水。次日，…
        -> 2024-06-15) in its paragraph: a mention of one day, no report date (记者11日从…)
        nor a start; ``None`` when there is none (次日 then counts from the publication)."""
        for m in self._before(rel.start, self.paragraph(rel.start).start):
            clock = isinstance(m.value.end, str) and m.value.end.startswith("T")
            if clock or m.value.precision not in _DAY_PRECISIONS or self._is_report(m):
                continue  # (8时许: a clock alone names no day)
            _, end, _ = self._complete(m)
            return end if isinstance(end, date) and not self._since(m) else None
        return None

    def _same_period(self, rel: Relative) -> tuple[date, date] | None:
        """The period of the last date before a relative year's 同期 in its paragraph (今年1-5月
        …去年同期 -> 2023-01-01..2023-05-31), moved by the word's years; ``None`` when there is
        none within one year (去年同期 then names the whole year)."""
        for m in self._before(rel.start, self.paragraph(rel.start).start):
            first, last, _ = self._complete(m)
            if not (isinstance(first, date) and isinstance(last, date)):
                continue  # (a clock or a partial date names no period)
            if first.year != last.year or self._is_report(m):
                return None
            try:
                return first.replace(year=first.year + rel.offset), _shifted(last, rel.offset)
            except ValueError:  # 2月29日 in a year without it
                return None
        return None

    def _stated_base(self, pos: int) -> TimeRef | None:
        """The relative year a figure right after it belongs to, after a comparison lead that
        made it no time word (已超过去年全年的8118.5亿元 -> 去年; 比去年同期的100亿元 -> last
        year's period), or ``None``. Asked only of a figure right after 的."""
        m = _base_word().search(self.text, max(0, pos - 10), pos)
        if m is None:
            return None
        word = m.group("w")
        rel = Relative(m.start(), m.end("w"), word, "year", time_words().relative_years[word])
        return self._relative_ref(rel)

    def _year_right_before(self, pos: int) -> int | None:
        """The year of a date or relative year ending right before ``pos`` (2024年国庆假期)."""
        i = bisect.bisect_left(self.starts, pos) - 1
        if i >= 0 and not self.text[self.mentions[i].span.end : pos].strip():
            m = self.mentions[i]
            if m.value.precision == "year":
                return m.year
        k = bisect.bisect_left(self.relative_starts, pos) - 1
        rel = self.relative[k] if k >= 0 else None
        if (
            rel is not None
            and rel.unit == "year"
            and self.published is not None
            and not self.text[rel.end : pos].strip()
        ):
            return self.published.year + rel.offset
        return None
