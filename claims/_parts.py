"""The parts of a sentence after a total (private to ``claims.context``): a place in a breakdown
(其中甲县4100人, 山区28℃), a count after a magnitude (其中4级以上3次), a period before an
average (近五年…年均增长). Takes one figure's reading; returns a subject or metric.

Split from context.py and _carry.py so that each module stays under 400 lines. The work is per
figure and reads only the figure's own clause. Word lists come from ``claims/data/context.toml``
(``place_suffixes``, ``region_leads``, ``region_groups``, ``unit_metrics``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import regex

from claims._clause_words import _alt, _patterns
from claims.models import Kind
from claims.vocab import measure_words

# parts of a region standing alone before a reading (山区28℃, 城区, 郊区山区)
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


def breakdown_place(metric: str | None, kind: Kind, unit: str | None) -> str | None:
    """The place a figure of a breakdown belongs to when the place stands alone before it (其中
    甲县4100人, 山区28℃: the place is the subject, the metric the total's), else ``None``.
    Counts of places or things keep the noun (其中民族乡12个 counts 民族乡)."""
    if not metric or metric[-1] not in _place_lasts():  # a cheap test first
        return None
    w = _patterns().words
    place = metric.removeprefix("其中")
    if not place or place in w.metric_words or place.endswith(w.region_groups):
        return None  # 城镇, 城市: a group of people or places, the metric's own material
    if _patterns().verbs.search(place):
        return None
    word = measure_words().get(unit or "") if kind is Kind.COUNT else None
    if kind is Kind.COUNT and (word is None or word.counts not in ("people", "events")):
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
