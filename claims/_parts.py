"""The parts of a sentence after a total (private to ``claims.context``): a place in a breakdown
(其中甲县4100人, 山区28℃), a count after a magnitude (其中4级以上3次), a period before an
average (近五年…年均增长), the time of each figure after a list of dates and 分别 (一季度、
二季度分别为5.3%和4.7%), the subjects a clause after ； takes from the part before it, and the
last metric word of the clause before (``clause_metric``). Takes one figure's reading; returns a
subject, metric or time.

Split from context.py and _carry.py so that each module stays under 400 lines. The work is per
figure and reads only the figure's own clause. Word lists come from ``claims/data/context.toml``
(``place_suffixes``, ``region_leads``, ``region_groups``, ``unit_metrics``).
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from functools import cache

import regex

from claims import timex
from claims._carry import carries
from claims._clause_words import _alt, _Patterns, _patterns
from claims._reach import _LEFT_CAP
from claims.models import Claim, Kind, Span, TimeRef
from claims.vocab import measure_words

# parts of a region standing alone before a reading (山区28℃, 城区, 郊区山区)
# settlements a count of people or events is broken down by (其中城区80起，农村40起)
_SETTLEMENTS = frozenset(("农村", "乡村", "城镇", "城区", "農村", "鄉村", "城鎮", "城區"))
_PARTS = ("山区", "城区", "市区", "郊区", "山區", "城區", "市區", "郊區")


@cache
def _place_lasts() -> frozenset[str]:
    """The last characters of a place standing alone (县, 区, 市, 省…), built once."""
    w = _patterns().words
    return frozenset(x[-1] for x in (*w.place_suffixes, *w.region_leads))


@cache
def _place_alone() -> regex.Pattern[str]:
    """A place name standing alone (甲县, 山区, 浦东新区), built once."""
    return regex.compile(rf"\p{{Han}}{{1,7}}(?:{_alt(_patterns().words.place_suffixes)})")


def _counts_people_or_events(unit: str | None) -> bool:
    """Whether a count's measure word counts people or events (人, 人次, 起, 次)."""
    word = measure_words().get(unit or "")
    return word is not None and word.counts in ("people", "events")


def breakdown_place(metric: str | None, kind: Kind, unit: str | None) -> str | None:
    """The place a figure of a breakdown belongs to when the place stands alone before it (其中
    甲县4100人, 山区28℃: the place is the subject, the metric the total's), else ``None``.
    Counts of places or things keep the noun (其中民族乡12个 counts 民族乡)."""
    if not metric or metric[-1] not in _place_lasts():  # a cheap test first
        return None
    w = _patterns().words
    place = metric.removeprefix("其中")
    if kind is Kind.COUNT and place in _SETTLEMENTS and _counts_people_or_events(unit):
        return place  # 发生火灾120起，其中城区80起，农村40起: where they happened
    if not place or place in w.metric_words or place.endswith(w.region_groups):
        return None  # 城镇, 城市: a group of people or places, the metric's own material
    if _patterns().verbs.search(place):
        return None
    if kind is Kind.COUNT and not _counts_people_or_events(unit):
        return None
    if place in w.region_leads or (place.endswith(_PARTS) and len(place) <= 4):
        return place
    if kind is Kind.MEASURE and place == metric:  # (no 其中 before it)
        return None  # 甲镇120毫米、乙镇98毫米: a station's reading names its station
    if _place_alone().fullmatch(place):
        return place
    return None


def averaged_over(right: str, metric: str | None) -> bool:
    """Whether a duration is the period a metric after it is averaged over (近五年全市地区生产
    总值年均增长6.1%: 近五年 measures nothing), so it takes no metric from what follows."""
    tail = right.lstrip("，, ")
    return bool(metric) and tail.startswith(metric or "") and ("年均" in tail or "平均" in tail)


def counted_event(metric: str, earlier: Sequence[str]) -> str:
    """The metric a count glued after a magnitude counts (全年共发生3级以上地震12次，其中4级以上
    3次 -> 地震, not 震级): the sentence's latest other level, else ``metric``."""
    if not any(metric in x for x in _patterns().words.unit_metrics.values()):
        return metric
    return next((x for x in reversed(earlier) if x != metric), metric)


def _start(m: timex.DateMention) -> int:
    """A mention's start, the key its list is sorted by."""
    return m.span.start


_LIST_JOINS = frozenset("、和与及，, ")  # what may stand between the dates of a list


def listed_time(
    text: str,
    mentions: Sequence[timex.DateMention],
    lo: int,
    at: int,
    k: int,
    timeline: timex.Timeline,
) -> TimeRef | None:
    """The time of the ``k``-th figure after a distributor at ``at`` when a list of dates stands
    before it in the clause from ``lo`` (一季度、二季度分别为5.3%和4.7%: the second figure is of
    二季度; 2022年和2023年分别增长…), else ``None``. Reads the mentions of that clause only."""
    i = bisect.bisect_left(mentions, lo, key=_start)
    dates = []
    for m in mentions[i : i + 12]:  # (a list of at most 12 dates: bounded)
        if m.span.end > at:
            break
        dates.append(m)
    if len(dates) < 2 or not 0 <= k < len(dates):
        return None
    between = [text[a.span.end : b.span.start] for a, b in itertools.pairwise(dates)]
    if any(not x or set(x) - _LIST_JOINS for x in between):
        return None  # (not a list: 2022年比2021年…)
    return timeline.period_of(dates[k])


CARRY_LIMIT = 32
"""How many of the subjects named before a ； go on to the part after it (the latest ones)."""


def carried_subjects(
    text: str, part: Span, subjects: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """The subjects a clause joined by ； takes from the part before it (``part``): not those a
    breakdown named after 其中 (…，其中，天津本市游客…；实现旅游收入 -> 天津市), and only a place
    or body when the part named several (平原地区…，山区…；最小相对湿度20% -> none)."""
    subjects = subjects[-CARRY_LIMIT:]  # (a chain of ；-joined parts must not grow it without end)
    cut = text.find("其中", part.start, part.end)
    kept = subjects if cut < 0 else [x for x in subjects if x[0] < cut]
    if len({x[1] for x in kept}) > 1:
        kept = [x for x in kept if carries(x[1])]  # (全市, 该公司 stay)
    return kept


def clause_metric(
    text: str, seps: list[int], lo: int, clause_start: int, p: _Patterns
) -> str | None:
    """The last metric word of the clause before ``clause_start`` (at most 40 characters)."""
    k = bisect.bisect_left(seps, clause_start - 1) - 1
    start = max(seps[k] + 1 if k >= 0 and seps[k] >= lo else lo, clause_start - 1 - _LEFT_CAP)
    words = [m.group() for m in p.metric_any.finditer(text, start, clause_start - 1)]
    return words[-1] if words else None


def prior_duration_metric(out: Sequence[Claim], floor: int, unit: str | None) -> str | None:
    """The metric of the latest duration in ``unit`` attributed since ``floor`` (the sentence's
    start): 由…的78.1岁提高到…的78.4岁 -> 78.1岁's 人均预期寿命; ``None`` when there is none."""
    for c in reversed(out):
        if c.span.start < floor:
            return None
        if c.kind is Kind.DURATION:
            return c.metric if c.unit == unit else None
    return None


_BRACKET_NAME = regex.compile(r"(?:其中)?(\p{Han}{2,6})")  # 湖北, 其中武汉: a part's name


def bracket_part(
    text: str, floor: int, pos: int, metric: str, out: Sequence[Claim]
) -> tuple[str, str | None] | None:
    """The name and metric of a figure inside a bracket that parts the figure right before
    the bracket: 死亡病例11例(湖北10例,陕西1例) -> (湖北, 死亡病例's metric); ``None`` when the
    figure stands in no such bracket or its clause is no bare name."""
    name = _BRACKET_NAME.fullmatch(metric)
    if name is None:
        return None
    lo = max(floor, pos - 40)
    at = max(text.rfind("(", lo, pos), text.rfind("（", lo, pos))
    if at < 0 or ")" in text[at:pos] or "）" in text[at:pos]:
        return None
    before = next((c for c in reversed(out) if c.span.end <= at), None)
    if before is None or before.span.end != at or before.metric is None:
        return None
    part = name.group(1)
    if part[-2:] == before.metric[-2:] or _patterns().metric_end.search(part):
        return None  # 确诊病例14831例(其中重症病例4257例): a part of the measure, no place
    return part, before.metric
