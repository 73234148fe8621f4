"""Parts of the ``sum`` rule found by time, not by a cue word: figures of one indicator stated
for periods that partition a longer period stated with its own figure.

分季度看，一季度国内出游人次14.19亿…二季度13.06亿…三季度15.12亿…四季度13.78亿 are the four
parts of the year's 56.15亿 stated before them: the quarters cover the year day for day, no two
overlap, and all five figures name the same indicator (metric and subject) in the same unit.
The same holds for months of a quarter or a year and for the days of a holiday
(10月1日接待…；10月2日…；假期7天共接待…).

Only flows add up over time. A figure is left out when it is no amount that adds (a rate, a
level, a change, a comparison's base: ``_partlists.addable``), when its indicator is a stock
or an average (余额, 年末, 人口, 平均, 指数, 价格 ...: cues.toml [periods] stock), or when its
time is a yearless date or no period at all. Cumulative figures (1-3月, 1-6月) nest
instead of partitioning and so never make a group. Where one period holds two figures of the
indicator (which one is meant is not said), nothing is checked. The grouping is certain when
the total and its parts stand in one paragraph; across paragraphs it is a guess, and a clash
is at most a tension.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from claims.models import Claim
from ledger.rules._common import CheckInput, compatible, cues
from ledger.rules._partlists import addable

__all__ = ["PeriodSplit", "period_splits"]

ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class PeriodSplit:
    """A figure for a period and the figures for the periods that partition it."""

    total: Claim
    parts: tuple[Claim, ...]
    certain: bool


def period_splits(inp: CheckInput) -> list[PeriodSplit]:
    """Every total whose period the text partitions into parts of the same indicator."""
    found: list[PeriodSplit] = inp.memo("sum.period_splits", _find_all)
    return found


def _period(c: Claim) -> tuple[date, date] | None:
    """The claim's period as two full dates (a part may be one day; a whole is longer)."""
    t = c.time
    if t is None or not isinstance(t.start, date) or not isinstance(t.end, date):
        return None
    return (t.start, t.end) if t.start <= t.end else None


def _find_all(inp: CheckInput) -> list[PeriodSplit]:
    stock = cues("periods", "stock")
    out: list[PeriodSplit] = []
    for key, group in inp.by_source.items():
        text = inp.texts.get(key)
        if text is None:
            continue
        buckets: dict[tuple[str, str | None], list[tuple[tuple[date, date], Claim]]]
        buckets = defaultdict(list)
        for c in group:
            if c.metric is None or any(w in c.metric for w in stock):
                continue
            p = _period(c)
            if p is None or not addable(text, c):
                continue
            buckets[(c.metric, c.subject)].append((p, c))
        for members in buckets.values():
            if len(members) >= 3:
                out.extend(_splits(inp, members))
    return out


def _splits(inp: CheckInput, members: list[tuple[tuple[date, date], Claim]]) -> list[PeriodSplit]:
    by_period: dict[tuple[date, date], list[Claim]] = defaultdict(list)
    for p, c in members:
        by_period[p].append(c)
    out: list[PeriodSplit] = []
    for whole, totals in by_period.items():
        if len(totals) != 1:
            continue
        total = totals[0]
        inside = {
            p: cs
            for p, cs in by_period.items()
            if p != whole and whole[0] <= p[0] and p[1] <= whole[1]
        }
        chain = _cover(whole, inside)
        if chain is None or any(len(inside[p]) != 1 for p in chain):
            continue
        parts = tuple(inside[p][0] for p in chain)
        if not all(compatible(c, total) for c in parts):
            continue
        paragraphs = {inp.paragraph(c) for c in (total, *parts)}
        out.append(PeriodSplit(total, parts, certain=len(paragraphs) == 1))
    return out


def _cover(
    whole: tuple[date, date], inside: dict[tuple[date, date], list[Claim]]
) -> list[tuple[date, date]] | None:
    """Periods of ``inside`` that follow each other day after day from the start of
    ``whole`` to its end (at each step the longest that starts there), or ``None``."""
    by_start: dict[date, tuple[date, date]] = {}
    for p in inside:
        if p[0] not in by_start or p[1] > by_start[p[0]][1]:
            by_start[p[0]] = p
    chain: list[tuple[date, date]] = []
    day = whole[0]
    while day <= whole[1]:
        step = by_start.get(day)
        if step is None:
            return None
        chain.append(step)
        day = step[1] + ONE_DAY
    return chain if len(chain) >= 2 and day == whole[1] + ONE_DAY else None
