"""How far a figure's context reaches (private to ``claims.context``). Takes a sentence's
clause separators and the figures around a claim; returns the clause, a label before a colon,
the left context read across a duration, and the part a 分别 list gives the figure.

Split from context.py so that each module stays readable; every helper reads a bounded stretch
of text around one figure, so attribution stays linear.
"""

from __future__ import annotations

import bisect

import regex

from claims._clause import _region, _strip, _trim
from claims._clause_words import _Patterns, end_search
from claims.models import Claim, Span

# A list of short items before 分别 (猪、牛、羊、家禽出栏), bounded: linear.
# (an item holds no separator, so a list splits one way only: linear even on 和和和…)
_ITEM = r"(?:(?![、和及与])[\p{Han}A-Za-z])"
_LIST = regex.compile(rf"(?:{_ITEM}{{1,8}}[、和及与]){{1,9}}{_ITEM}{{1,16}}$")
_LIST_SEP = regex.compile(r"[、和及与]")
_NAME = regex.compile(r"\p{Han}+")  # a list item that may name a subject: Chinese only
_TIMES = ("年", "月", "日", "季度", "期", "周", "天")  # items naming times name no subject
# A figure's context is read within this many characters of it: keeps the stage linear.
_LEFT_CAP, _RIGHT_CAP = 40, 20
_TOTALS = ("累计", "累計", "共计", "共計", "合计", "合計", "共")  # totalling words after a span


def _across_duration(
    text: str, duration: Claim, left: str, clause_start: int, barriers: list[int], p: _Patterns
) -> str:
    """The left context read across a duration right before it, or ``left`` unchanged.

    An age is part of the noun phrase (60岁及以上人口 -> subject 60岁及以上, metric 人口); a
    span of time followed by a locative (平台一周内回复…) is dropped with the locative, so the
    subject before it is read (平台).
    """
    d = duration.span
    after = text[d.end : d.end + len(left)]
    if after != left:
        return left  # the context was capped before the duration: too far to read across
    locative = next((w for w in p.locatives if left.startswith(w)), None)
    age = duration.text.rstrip("及以上下").endswith("岁")  # 60岁, 60岁及以上
    # 两天内 as one duration (its locative inside): 气温在短短两天内骤降 reads 气温 too
    inside = locative is None and duration.text.endswith(p.locatives)
    # 街区7天累计接待游客: a span then a word of totalling; the subject stands before the span
    total = locative is None and not inside and left.startswith(_TOTALS)
    if not age and locative is None and not inside and not total:
        return left
    k = bisect.bisect_left(barriers, d.start) - 1
    lo = max(clause_start, barriers[k]) if k >= 0 else clause_start
    before = text[max(lo, d.start - _LEFT_CAP // 2) : d.start]
    if age:
        return before + duration.text + left
    return before + left[len(locative or "") :]


def _distributed(
    head: str,
    head_start: int,
    index: int,
    starts: list[int],
    shared: list[tuple[str | None, ...] | None],
    p: _Patterns,
) -> tuple[str, str | None] | None:
    """The metric and subject of the figure ``index`` after 分别 in ``head``, or ``None``.

    ``head`` is the clause up to the figure, starting at ``head_start``; ``starts`` are the
    starts of all figures. A paired metric word before 分别 (产销, 进出口) is parted among the
    figures after it in order; so are the items of a list before a shared metric (猪、牛、羊、
    家禽出栏分别为…: subjects 猪 … 家禽, metric 出栏). The parts are kept in ``shared``
    (metrics, subjects) for the sentence's later clauses (同比分别增长1.3倍和1.2倍).
    """
    at = max(head.rfind(x) for x in p.words.distributors)
    pair = p.pairs.search(head, 0, at)
    if pair:
        noun = _trim(_strip(head[: pair.start()], p)[0], p) or None
        parts = p.words.paired_metrics[pair.group()]
        shared[:] = [parts, (noun,) * len(parts)]
    elif (listed := _listed(head[:at], p)) is not None:
        shared[:] = list(listed)
    metrics, subjects = shared
    i = index - bisect.bisect_left(starts, head_start + at)  # figures between 分别 and this one
    if metrics is None or subjects is None or i >= len(metrics) or metrics[i] is None:
        return None
    return metrics[i] or "", subjects[i]


def _listed(
    before: str, p: _Patterns
) -> tuple[tuple[str | None, ...], tuple[str | None, ...]] | None:
    """The items and shared metric of a list ending ``before``: 全市猪、牛、羊、家禽出栏 ->
    (出栏 x4), (猪, 牛, 羊, 家禽); ``None`` when no list or no metric word ends it."""
    m = _LIST.search(before[-100:])  # a list of at most 9 short items: bounded
    if not m:
        return None
    items = _LIST_SEP.split(m.group())
    last = items[-1]
    k = last.find("等")
    if k > 0 and last[k + 1 : k + 2] not in ("", "级", "奖", "級", "獎"):
        # 古田会议会址、泰宁旅游区、太姥山等景区接待游客增速: the items end at 等, the rest is
        # the metric they share (the group noun, 景区, kept with it)
        named = [*items[:-1], last[:k]]
        named[0] = named[0].removeprefix("其中")
        if all(_named(x) for x in named):
            return (last[k + 1 :],) * len(named), tuple(named)
    tail = end_search(p.metric_end, p.metric_bound, last)
    cut = (
        tail.start()
        if tail
        else next((len(last) - len(w) for w in p.words.object_metrics if last.endswith(w)), -1)
    )
    lead = _region(items[0], p)
    items[0] = items[0][len(lead) :]  # 全市猪: the region is no item
    if cut >= 0 and all(_metricish(x, p) for x in items[:-1]):
        # 播种面积和产量分别增长: the items are metrics; 发博数和转评数增长率分别为: each item
        # with the shared tail
        shared = last[cut:] if cut > 0 else ""
        metrics = (*(x + shared for x in items[:-1]), last)
        if all(0 < len(x) <= 16 for x in metrics):
            return metrics, (lead,) * len(items)  # "": the clause before holds no subject
    items[0] = items[0].removeprefix("其中")  # 其中云南、江苏分别为: a part of the total
    if cut < 0 and len(items) >= 2 and all(_named(x) for x in items) and _strip(last, p)[0] == last:
        # 云南、江苏、四川分别为…: the items are the subjects, the metric the sentence's ("");
        # (进口和出口同比分别…: a filler ends the list; claims._parted reads it as metrics)
        return ("",) * len(items), tuple(items)
    if cut <= 0:
        return None
    items[-1], metric = last[:cut], last[cut:]
    if not all(0 < len(x) <= 6 for x in items):
        return None
    return (metric,) * len(items), tuple(items)


def _named(item: str) -> bool:
    """Whether a list item may name a subject (云南, 江苏省): a short name, no time (一季度)."""
    return 0 < len(item) <= 6 and _NAME.fullmatch(item) is not None and not item.endswith(_TIMES)


def _metricish(item: str, p: _Patterns) -> bool:
    """Whether a list item is itself a metric: it ends in a metric word or a count ending."""
    return bool(item) and (
        item.endswith(p.words.count_suffixes)
        or (item[-1:] in p.metric_lasts and item.endswith(p.metric_words))
    )


def _label(text: str, seps: list[int], sentence_start: int, colon: int) -> str:
    """The label before ``colon`` (纬度：36.0°, 震级：4.4): a short clause naming the figure."""
    k = bisect.bisect_left(seps, colon) - 1
    lo = seps[k] + 1 if k >= 0 and seps[k] >= sentence_start else sentence_start
    label = text[lo:colon]
    return label if len(label) <= 12 else ""


def _clause(seps: list[int], sentence: Span, span: Span) -> tuple[int, int]:
    """The clause (between commas, colons, quotes) holding ``span``, within its sentence.

    ``seps`` are the offsets of the sentence's clause separators (``_CLAUSE_SEP``, one
    character each), found once per sentence.
    """
    lo = max(sentence.start, span.start - 200)
    i = bisect.bisect_left(seps, span.start) - 1  # the last separator before the figure
    if i >= 0 and seps[i] >= lo:
        start = seps[i] + 1
    else:
        start = sentence.start if lo == sentence.start else lo
    hi = min(sentence.end, span.end + 200)
    j = bisect.bisect_left(seps, span.end)  # the first separator after it
    end = seps[j] if j < len(seps) and seps[j] < hi else hi
    return start, max(end, span.end)
