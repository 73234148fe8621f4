"""Rule ``plausibility``: figures that cannot be true whatever else the text says.

Takes every claim on its own: counts of people (人, 名, 位, 口; not 人次) beyond the world's
population, shares (占X%) over 100%, negative counts: contradiction; a date the text states
as past fact that lies after its source's publication: tension (unless the clause speaks of
the future: 将, 计划, 到…, or a forecast word, 预报 or 预计, stands earlier in its paragraph:
具体预报如下:13日,…; a date that writes no year, 春季(3~5月), is not judged: its year
is the extractor's guess from the publication date). Returns those, and per source one
consistent finding that counts the claims it checked and passed and names the first
``NAMED_LIMIT`` of them.
"""

from __future__ import annotations

import re
from datetime import date

from claims.models import Claim, Interval, Kind
from ledger.models import Finding, Verdict
from ledger.rules._common import (
    CheckInput,
    clause_before,
    cues,
    date_value,
    fmt,
    fmt_iv,
    make,
    numeric,
    rounded,
    summary,
    value,
)
from ledger.rules.share import share_cue

__all__ = ["WORLD_POPULATION", "plausibility"]

RULE = "plausibility"
WORLD_POPULATION = 8_200_000_000
"""About 8.2 billion (UN estimate for 2024-2025): more people than this cannot be counted."""

_PASSED = Finding(rule=RULE, verdict=Verdict.CONSISTENT, claims=(), message="within bounds")


def plausibility(inp: CheckInput) -> list[Finding]:
    """Check each claim against bounds no figure can pass."""
    out: list[Finding] = []
    for key, group in inp.by_source.items():
        text = inp.texts.get(key)
        published = inp.published.get(key)
        passed: list[Claim] = []
        for c in group:
            f = _one(c, text, published)
            if f is None:
                continue
            if f is _PASSED:
                passed.append(c)
            else:
                out.append(f)
        if passed:
            out.append(
                summary(
                    RULE, passed,
                    f"{len(passed)} figures checked against hard bounds (population, 100%, "
                    "zero, publication date): none is out of bounds.",
                    f"{len(passed)} claims within bounds",
                )
            )  # fmt: skip
    return out


# A year the date's own words write: 2025年6月18日, 去年5月, 2024-07-09. A date without one
# (3~5月, 13日) takes its year from the publication date, so one that lands after it is the
# extractor's guess at a year, not a date the text states.
_YEAR_WRITTEN = re.compile(
    r"""
    年 | [0-9０-９]{4}   # a year word (2025年, 去年, 二〇二五年) or four digits
    """,
    re.VERBOSE,
)

FORECAST_REACH = 400
"""How far back in its paragraph (characters) a forecast word makes a date a forecast's day."""


def _one(c: Claim, text: str | None, published: date | None) -> Finding | None:
    if numeric(c):
        return _figure(c, text)
    d = date_value(c)
    if d is None or published is None or not isinstance(d.start, date):
        return None
    if d.start <= published:
        return _PASSED
    if not _YEAR_WRITTEN.search(c.text):
        return None  # 春季(3~5月) in a review of last year: the year is a guess, not a claim
    if text is not None:
        around = clause_before(text, c.span.start, 12) + text[c.span.end : c.span.end + 4]
        if any(w in around for w in cues("future", "words")):
            return None
        para_start = max(text.rfind("\n", 0, c.span.start) + 1, c.span.start - FORECAST_REACH)
        before = text[para_start : c.span.start]
        if any(w in before for w in cues("future", "forecast")):
            return None  # 具体预报如下:13日,…: a forecast's day
    return make(
        RULE,
        Verdict.TENSION,
        [c],
        f"「{c.text}」 ({d.start}) is stated as a fact but lies after the source's "
        f"publication on {published}.",
        arithmetic=f"{d.start} > published {published}",
        tolerance="none: the text names no future intent",
    )


def _figure(c: Claim, text: str | None) -> Finding | None:
    v = value(c)
    lit = v.literal
    if c.kind is Kind.COUNT:
        # A count has a measure word; a bare negative figure is a rate the extractor left
        # without a unit (自然增长率为-0.50‰), not a count.
        if lit.upper is not None and lit.upper < 0 and c.unit is not None:
            return make(
                RULE,
                Verdict.CONTRADICTION,
                [c],
                f"「{c.text}」 is a count below zero.",
                arithmetic=f"{fmt_iv(lit)} < 0",
                stated=lit,
                expected=Interval(lower=0),
            )
        if (
            c.unit in cues("people", "units")
            and c.per is None
            and lit.lower is not None
            and lit.lower > WORLD_POPULATION
        ):
            return make(
                RULE,
                Verdict.CONTRADICTION,
                [c],
                f"「{c.text}」 counts more people than live on Earth "
                f"(about {fmt(WORLD_POPULATION)}).",
                arithmetic=f"{fmt_iv(lit)} > {fmt(WORLD_POPULATION)}",
                stated=lit,
                expected=Interval.make(0, WORLD_POPULATION),
            )
        return _PASSED
    if c.kind is Kind.PERCENT and text is not None and share_cue(text, c):
        iv = rounded(v)
        if iv.lower is not None and (iv.lower > 100 or (iv.lower == 100 and not iv.lower_closed)):
            return make(
                RULE,
                Verdict.CONTRADICTION,
                [c],
                f"「{c.text}」 is a share of a whole above 100%.",
                arithmetic=f"{fmt_iv(iv)} > 100",
                stated=iv,
                expected=Interval.make(0, 100),
            )
        return _PASSED
    return None
