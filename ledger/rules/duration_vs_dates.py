"""Rule ``duration_vs_dates``: a span of years up to now (5年多来, 十余年) against a start year.

Takes claims of years that look back from the as-of date: followed by 来/以来, or after
经过/历经/过去/这. A start year in the same sentence marked 从/自…/…以来 is the anchor; failing
that, for 来/以来, the one year an earlier sentence of the paragraph names for a start
(建成, 成立, 回到 …: ``match.event`` in cues.toml), a guess, so at most a tension. The
years from it to the as-of date, with calendar years counted either way (2019 -> 2024-09 is
4.7 to 5.7 years, or 6 counting both ends), must meet the stated interval: contradiction
when even the literal interval misses them, tension when only the conventional one does.
With no anchor, any year the text names that fits makes the duration consistent (citing
the year); when none fits it is not_checked: the start is not stated.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from datetime import date
from fractions import Fraction

from claims.models import Claim, Interval, Kind, exact
from ledger.models import Finding, Verdict
from ledger.rules._common import (
    CheckInput,
    YearMention,
    cap,
    clause_before,
    cue_regex,
    cues,
    fmt,
    fmt_iv,
    judge,
    make,
    numeric,
    skey,
    value,
    years_in,
)

__all__ = ["duration_vs_dates", "years_between"]

RULE = "duration_vs_dates"
_YEAR_UNITS = frozenset({"year", "a", "yr", "年"})
_DAYS_PER_YEAR = Fraction(1461, 4)
_EVENT_YEARS = 8
"""How many of the nearest earlier years a 来/以来 duration looks at for its start event."""


def duration_vs_dates(inp: CheckInput) -> list[Finding]:
    """Check every look-back duration in years against the start year it counts from."""
    out: list[Finding] = []
    for key, group in inp.by_source.items():
        text = inp.texts.get(key)
        if text is None:
            continue
        for c in group:
            if _looks_back(text, c):
                out.append(_check(inp, text, c))
    return out


def _looks_back(text: str, c: Claim) -> bool:
    if c.kind is not Kind.DURATION or not numeric(c):
        return False
    if c.unit not in _YEAR_UNITS and not (c.unit is None and "年" in c.text):
        return False
    if _since(text, c):
        return True
    return any(w in clause_before(text, c.span.start, 6) for w in cues("duration", "past"))


def years_between(start_year: int, as_of: date) -> tuple[Interval, Interval]:
    """Years from some day of ``start_year`` to ``as_of``: strict, and counting calendar
    years inclusively.

    >>> strict, loose = years_between(2019, date(2024, 9, 3))
    >>> str(strict), str(loose)
    ('[6832/1461, 8288/1461]', '[6832/1461, 6]')
    """
    lo = Fraction((as_of - date(start_year, 12, 31)).days) / _DAYS_PER_YEAR
    hi = Fraction((as_of - date(start_year, 1, 1)).days) / _DAYS_PER_YEAR
    lo = max(lo, Fraction(0))
    wide = max(hi, Fraction(as_of.year - start_year + 1))
    return Interval.make(exact(lo), exact(hi)), Interval.make(exact(lo), exact(wide))


def _check(inp: CheckInput, text: str, c: Claim) -> Finding:
    v = value(c)
    as_of = inp.as_of(c)
    if as_of is None:
        reason = "no as-of date (publication date unknown)"
        return make(RULE, Verdict.NOT_CHECKED, [c], f"「{c.text}」: {reason}.", reason=reason)
    years: _Years = inp.memo(("duration.years", skey(c)), lambda _: _Years(years_in(text)))
    _, s_start, s_end = inp.block_at(skey(c), c.span.start)
    anchors = [y for y in years.between(s_start, s_end) if y.is_start and y.year <= as_of.year]
    if anchors:
        return _against(c, text, anchors[-1], as_of, anchored=True)
    _, p_start, p_end = inp.block_at(skey(c), c.span.start, paragraph=True)
    before = [y for y in years.between(p_start, s_start) if y.year <= as_of.year]
    event = _event_year(inp, text, c, before)
    if event is not None:
        return _against(c, text, event, as_of, anchored=True, guessed=True)
    found = years.nearest_fitting(
        lambda y: y <= as_of.year and v.literal.overlaps(years_between(y, as_of)[0]),
        c.span.start, p_start, p_end,
    )  # fmt: skip
    if found is not None:
        return _against(c, text, found, as_of, anchored=False)
    reason = "no start year in the text fits it; the start is not stated"
    return make(
        RULE, Verdict.NOT_CHECKED, [c], f"「{c.text}」 could not be checked: {reason}.",
        reason=reason,
    )


class _Years:
    """The years of one text, for lookups by position and by value (binary search)."""

    def __init__(self, years: list[YearMention]) -> None:
        self.years = years
        self.starts = [y.start for y in years]
        self.by_value: dict[int, list[YearMention]] = {}
        for y in years:
            self.by_value.setdefault(y.year, []).append(y)
        self.value_starts = {k: [y.start for y in ys] for k, ys in self.by_value.items()}

    def between(self, lo: int, hi: int) -> list[YearMention]:
        """The years written in [lo, hi), in text order."""
        return self.years[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]

    def nearest_fitting(
        self, fits: Callable[[int], bool], pos: int, p_start: int, p_end: int
    ) -> YearMention | None:
        """The mention nearest ``pos`` of a year value that ``fits``, preferring the
        paragraph [p_start, p_end); one check per distinct year value, not per mention."""
        best: tuple[tuple[bool, int], YearMention] | None = None
        for year, mentions in self.by_value.items():
            if not fits(year):
                continue
            i = bisect_left(self.value_starts[year], pos)
            for y in mentions[max(0, i - 1) : i + 1]:
                rank = (not p_start <= y.start < p_end, abs(y.start - pos))
                if best is None or rank < best[0]:
                    best = (rank, y)
        return None if best is None else best[1]


def _since(text: str, c: Claim) -> bool:
    after = text[c.span.end : c.span.end + 3].lstrip(" \u3000")
    return c.text.endswith("来") or any(after.startswith(w) for w in cues("duration", "since"))


def _event_year(
    inp: CheckInput, text: str, c: Claim, before: list[YearMention]
) -> YearMention | None:
    """The start a 来/以来 duration counts from when its own sentence names none: the one
    year named in an earlier sentence of its paragraph that tells of a start (2012年，他回到
    家乡创办合作社。二十余年来 …); ``None`` when there is no such year or more than one."""
    if not _since(text, c):
        return None
    events = cue_regex("match", "event")
    found = [
        y for y in before[-_EVENT_YEARS:]
        if events.search(text, *inp.block_at(skey(c), y.start)[1:]) is not None
    ]  # fmt: skip
    return found[-1] if len({y.year for y in found}) == 1 else None


def _against(
    c: Claim, text: str, y: YearMention, as_of: date, anchored: bool, guessed: bool = False
) -> Finding:
    v = value(c)
    strict, wide = years_between(y.year, as_of)
    verdict = judge(v.literal, wide, v.conventional, wide) if anchored else Verdict.CONSISTENT
    if guessed:
        verdict = cap(verdict)
    quoted = text[y.start : y.end]
    arithmetic = (
        f"{y.year} -> {as_of}: {fmt(strict.lower)} to {fmt(strict.upper)} years "
        f"({fmt(wide.upper)} counting both ends) vs stated {fmt_iv(v.literal)}"
    )
    how = "since" if anchored else "counted from"
    if verdict is Verdict.CONSISTENT:
        message = f"「{c.text}」 {how} 「{quoted}」 fits the as-of date {as_of}."
    else:
        message = (
            f"「{c.text}」 since 「{quoted}」 does not fit {as_of}: that is "
            f"{fmt(strict.lower)} to {fmt(wide.upper)} years."
        )
    if guessed:
        message += " (The start is the one year an earlier sentence gives for a start.)"
    return make(
        RULE, verdict, [c], message, arithmetic=arithmetic, stated=v.literal, expected=wide,
        tolerance="the start anywhere in its year; calendar years may count both ends",
    )


