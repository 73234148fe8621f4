"""Rule ``sum``: parts against the total they belong to.

Takes the source texts and their claims; finds part lists by their cue words (other than
the total, all from ``cues.toml``): 其中/包括 introduce some of a total's parts (they may add
up to less), 分别 introduces a list meant to make up a total stated with 共/合计/总计 in the
same sentence. A partitive 在…中 holding a figure opens parts the same way as 其中
(在全国接待的5.26亿人次游客中,过夜游客…;一日游游客…). A 其中 list goes on past a
semicolon while each part names the same metric for
another subject (其中，第一产业增加值…；第二产业增加值…；第三产业增加值…), and its total is the
nearest figure before whose metric ends with the parts' (总产值…,增加值…。其中,农业产值…: the
总产值). A 其中 that opens a sentence takes its total from the sentence before: a
guess, so a clash is at most a tension. An open bound after a list closed by 等 is a bar each
item passed, no total. Only additive amounts are parts or totals (counts,
money, extensive measures, not per anything: magnitudes and rates never add up), only
those at the list's bracket level (a bracket details the figure before it), and not one
the text calls the largest or smallest (a part named again). A 其中…分别 list after a
分别 list of totals pairs each part with the total in its place (产销分别…). Returns, per
part group, a contradiction when the parts' literal sum cannot fit the total, a tension
when only the conventional sums clash, consistent otherwise.
``part_groups`` is shared with the ``share`` rule.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import reduce
from operator import add

import regex

from claims.models import Claim, Interval
from ledger.models import Finding, Verdict
from ledger.rules._common import (
    CheckInput,
    additive,
    cap,
    change_cue,
    clause_before,
    comparison_base,
    compatible,
    cue_regex,
    cues,
    fmt,
    fmt_iv,
    judge,
    make,
    printed,
    quote,
    total_cue,
    value,
)

__all__ = ["PartGroup", "part_groups", "sum_parts"]

RULE = "sum"

# An opening or closing bracket, ASCII or full width.
_BRACKET = regex.compile(
    r"""
    [()（）]
    """,
    regex.VERBOSE,
)


PARTITIVE = "在…中"
# A partitive phrase holding the total, then its parts: 在全国接待的5.26亿人次游客中，过夜游客…
# (the total must be a figure inside it; the match ends after 中 and its comma).
_PARTITIVE = regex.compile(
    r"""
    (?<= ^ | [。；;，,\n] )     # at a clause start
    在 [^。；;，,\n在]{0,30}? [\d一二两三四五六七八九十百千万亿] [^。；;，,\n在]{0,30}? 中 [，,]
    """,
    regex.VERBOSE,
)


@dataclass(frozen=True)
class PartGroup:
    """A stated total and the parts the text lists for it."""

    total: Claim
    parts: tuple[Claim, ...]
    cue: str
    exhaustive: bool
    certain: bool = True
    """False when the total is taken from the sentence before 其中: a guess, at most a tension."""


def sum_parts(inp: CheckInput) -> list[Finding]:
    """Check every part group's sum against its total."""
    return [_check(g) for g in part_groups(inp)]


def part_groups(inp: CheckInput) -> list[PartGroup]:
    """Every (total, parts) structure of the input's texts (computed once per input)."""
    found: list[PartGroup] = inp.memo("sum.part_groups", _find_all)
    return found


def _find_all(inp: CheckInput) -> list[PartGroup]:
    out: list[PartGroup] = []
    subset_words = set(cues("sum", "parts_subset"))
    for key, group in inp.by_source.items():
        text = inp.texts.get(key)
        if text is None:
            continue
        starts = [c.span.start for c in group]
        for m in _PARTITIVE.finditer(text):
            out.extend(_subset(inp, key, text, group, starts, m.end(), m.end(), PARTITIVE))
        for m in cue_regex("sum", "parts_subset", "parts_list").finditer(text):
            if m.group() in subset_words:
                out.extend(_subset(inp, key, text, group, starts, m.start(), m.end(), m.group()))
            else:
                g = _listed(inp, key, text, group, starts, m.start(), m.end(), m.group())
                if g is not None:
                    out.append(g)
    return out


def _between(group: list[Claim], starts: list[int], lo: int, hi: int) -> list[Claim]:
    return group[bisect_left(starts, lo) : bisect_left(starts, hi)]


def _after_cue(
    inp: CheckInput,
    key: str,
    text: str,
    group: list[Claim],
    starts: list[int],
    cue_start: int,
    cue_end: int,
) -> tuple[int, list[Claim]]:
    """The start of the cue's block and the addable figures after the cue in that block, at
    the cue's bracket level."""
    _, s_start, s_end = inp.block_at(key, cue_start)
    found = [c for c in _between(group, starts, cue_end, s_end) if _addable(text, c)]
    return s_start, _same_level(text, cue_end, found)


def _subset(
    inp: CheckInput,
    key: str,
    text: str,
    group: list[Claim],
    starts: list[int],
    cue_start: int,
    cue_end: int,
    cue: str,
) -> list[PartGroup]:
    s_start, candidates = _after_cue(inp, key, text, group, starts, cue_start, cue_end)
    if not candidates:
        return []
    # 其中 may open a new sentence about the figure that closed the previous one.
    lo = s_start
    if text[s_start:cue_start].strip(" \u3000,，") == "" and s_start > 0:
        _, p_start, _ = inp.block_at(key, s_start - 1)
        _, para_start, _ = inp.block_at(key, cue_start, paragraph=True)
        lo = max(p_start, para_start)
    before = [c for c in _between(group, starts, lo, cue_start) if _addable(text, c)]
    total = next((c for c in reversed(before) if compatible(c, candidates[0])), None)
    if total is None or _threshold(text, total):
        return []
    parts: list[Claim] = []
    for c in candidates:
        if parts and total_cue(text, c):
            break
        if compatible(c, total) and not _extreme(text, c):
            parts.append(c)
    if not parts:
        return []
    if not _respective(text, cue_end, parts[0].span.start):
        more = _continued(inp, key, text, group, starts, cue_end, total, parts)
        if more:
            parts = [p for p in parts if _kin(p.metric, parts[0].metric)] + more
        elif cue == PARTITIVE:
            return []  # 在…中 then figures of one clause: often overlapping subsets
        out: list[PartGroup] = []
        for whole, ps in _by_indicator(before, total, parts):
            certain = whole.span.start >= s_start
            out.append(PartGroup(whole, tuple(ps), cue, exhaustive=False, certain=certain))
        return out
    certain = total.span.start >= s_start
    # 其中…分别 after a 分别 list: each part belongs to the total in its place.
    totals = _respective_list(text, [c for c in before if compatible(c, total)])
    if len(totals) < 2:
        return [PartGroup(total, tuple(parts), cue, exhaustive=False, certain=certain)]
    if len(totals) != len(parts):
        return []  # which part goes with which total is not said
    columns = [[p] for p in parts]
    for row in _respective_rows(inp, key, text, group, starts, cue_end, parts):
        for column, p in zip(columns, row, strict=True):
            column.append(p)
    return [
        PartGroup(t, tuple(ps), cue, exhaustive=False, certain=t.span.start >= s_start)
        for t, ps in zip(totals, columns, strict=True)
    ]


def _respective_rows(
    inp: CheckInput,
    key: str,
    text: str,
    group: list[Claim],
    starts: list[int],
    cue_end: int,
    first: list[Claim],
) -> list[list[Claim]]:
    """The later rows of a 其中…分别 list that goes on past semicolons (其中纯电动汽车产销分别
    完成37.2万辆和36.1万辆…;插电式混合动力汽车产销分别完成8.5万辆和8.9万辆…): each ；-part
    whose 分别 figures match the first row one for one (same metrics, units, another subject)."""
    _, _, end = inp.block_at(key, cue_end)
    _, _, para_end = inp.block_at(key, cue_end, paragraph=True)
    rows: list[list[Claim]] = []
    while end < para_end and text[end - 1] in ";；":
        _, b_start, b_end = inp.block_at(key, end)
        m = cue_regex("sum", "parts_list").search(text, b_start, b_end)
        if m is None:
            break
        found = [c for c in _between(group, starts, m.end(), b_end) if _addable(text, c)]
        row = [c for c in _same_level(text, m.end(), found) if compatible(c, first[0])]
        row = row[: len(first)]
        if len(row) != len(first) or any(
            c.metric != f.metric or c.unit != f.unit or c.subject == f.subject
            for c, f in zip(row, first, strict=True)
        ):
            break
        rows.append(row)
        end = b_end
    return rows


def _named_total(before: list[Claim], part: Claim) -> Claim | None:
    """The nearest figure before the cue whose metric ends with the parts' metric (总产值69.93亿元,
    增加值37.90亿元。其中,农业产值7.09亿元: the 产值 is the total's), if any."""
    if not part.metric:
        return None
    return next(
        (
            c
            for c in reversed(before)
            if c.metric and c.metric.endswith(part.metric) and compatible(c, part)
        ),
        None,
    )


def _continued(
    inp: CheckInput,
    key: str,
    text: str,
    group: list[Claim],
    starts: list[int],
    cue_end: int,
    total: Claim,
    parts: list[Claim],
) -> list[Claim]:
    """The parts of a 其中 list that goes on past a semicolon, one item per ；-part
    (其中，男性人口46万人；女性人口45万人。 其中，第一产业增加值…；第二产业增加值…；第三产业…):
    one part of the metric per ；-part (城镇人口…，乡村人口…；男性人口…，女性人口… are two
    breakdowns), so each later part adds its figure while that figure is a sibling of
    the first part (same metric and unit, another subject, no other time named) and the part
    is no total."""
    first = parts[0]
    if first.metric is None or sum(p.metric == first.metric for p in parts) > 1:
        return []  # a ；-part listing several parts starts a breakdown of its own
    _, _, end = inp.block_at(key, cue_end)
    _, _, para_end = inp.block_at(key, cue_end, paragraph=True)
    out: list[Claim] = []
    while end < para_end and text[end - 1] in ";；":
        _, b_start, b_end = inp.block_at(key, end)
        found = [c for c in _between(group, starts, b_start, b_end) if _addable(text, c)]
        level = [c for c in _same_level(text, b_start, found) if compatible(c, total)]
        same = [c for c in level if _kin(c.metric, first.metric)]
        if same and same[0].metric != first.metric and same[0].subject in (None, total.subject):
            break  # 出生人口 after 男性人口 of the whole's subject is another measure
        sibling = same[0] if len(same) == 1 else None
        if (
            sibling is None
            or sibling.subject == first.subject
            or _other_times(sibling, first)
            or total_cue(text, sibling)
            or _extreme(text, sibling)
        ):
            break
        out.append(sibling)
        end = b_end
    return out


def _by_indicator(
    before: list[Claim], total: Claim, parts: list[Claim]
) -> list[tuple[Claim, list[Claim]]]:
    """The parts grouped under the totals they name: the nearest figure before whose metric
    ends with the first part's (总产值, not 增加值), else the nearest one; when some parts
    name the total's indicator (exactly or narrowed: 过夜游客 of 游客) and others another
    (总诊疗人次95.5亿,入院人次30187.3万。其中,医院总诊疗人次42.6亿,入院人次24500.1万), each
    goes with the total of its own."""
    total = _named_total(before, parts[0]) or total
    if not total.metric or not any(p.metric == total.metric for p in parts):
        return [(total, parts)]
    metric = total.metric
    out = [(total, [p for p in parts if p.metric and p.metric.endswith(metric)])]
    rest = [p for p in parts if not (p.metric and p.metric.endswith(metric))]
    other = _named_total(before, rest[0]) if rest else None
    if other is not None and other is not total:
        out.append((other, [p for p in rest if p.metric == rest[0].metric]))
    return out


def _threshold(text: str, total: Claim) -> bool:
    """Whether the would-be total is a bar each of a list passed, no total: an open bound
    after a list closed by 等 (甲、乙、丙等景区接待人数超过4000人，其中甲接待9805人)."""
    upper = value(total).literal.upper
    return upper is None and "等" in clause_before(text, total.span.start, 24)


def _kin(a: str | None, b: str | None) -> bool:
    """Whether two metrics name one measure, one maybe narrowed by a word before it
    (过夜游客 and 游客 of 一日游; 增加值 and 第二产业增加值)."""
    return bool(a and b and (a.endswith(b) or b.endswith(a)))


def _other_times(a: Claim, b: Claim) -> bool:
    """Whether both claims name a time of their own and the two differ (a time carried to one
    part and not to the next is no difference)."""
    ta, tb = a.time, b.time
    if ta is None or tb is None or ta.text is None or tb.text is None:
        return False
    return (ta.text, ta.start, ta.end) != (tb.text, tb.start, tb.end)


def _same_level(text: str, lo: int, found: list[Claim]) -> list[Claim]:
    """The claims of ``found`` (in text order, after ``lo``) at the bracket level of ``lo``,
    up to the bracket that closes around ``lo``: a bracket details the figure before it
    (境外输入病例11例(山东4例,上海2例,…); 香港4243例(出院3189例,死亡63例)), so its
    figures are no parts of the total the list splits; and a 其中 inside brackets (162例
    (其中重症病例1例),现有疑似病例4例) ends with them."""
    out: list[Claim] = []
    depth, pos = 0, lo
    for c in found:
        for m in _BRACKET.finditer(text, pos, c.span.start):
            depth += 1 if m.group() in "(（" else -1
            if depth < 0:
                return out
        pos = c.span.start
        if depth == 0:
            out.append(c)
    return out


def _extreme(text: str, c: Claim) -> bool:
    """Whether the claim's clause calls it the largest or smallest (震级最大的地震为…的2次
    7.8级地震, 其中A县最多): one of the parts named again, not one more part."""
    return cue_regex("sum", "extreme").search(clause_before(text, c.span.start, 24)) is not None


def _respective(text: str, lo: int, hi: int) -> bool:
    """Whether 分别 stands between ``lo`` and ``hi``: the figures after it go one to an item
    named before it (产销分别完成45.7万辆和45万辆: 45.7万 produced, 45万 sold)."""
    return cue_regex("sum", "parts_list").search(text, lo, hi) is not None


def _respective_list(text: str, before: list[Claim]) -> list[Claim]:
    """The figures of the 分别 list that ``before`` ends with (产销分别完成45.7万辆和45万辆),
    or ``[]`` when its last figure is no member of one."""
    for i in range(len(before) - 1, -1, -1):
        lo = before[i - 1].span.end if i > 0 else max(0, before[i].span.start - 24)
        if _respective(text, lo, before[i].span.start):
            return before[i:]
    return []


def _listed(
    inp: CheckInput,
    key: str,
    text: str,
    group: list[Claim],
    starts: list[int],
    cue_start: int,
    cue_end: int,
    cue: str,
) -> PartGroup | None:
    s_start, after = _after_cue(inp, key, text, group, starts, cue_start, cue_end)
    total = next((c for c in after if total_cue(text, c)), None)
    if total is not None:
        parts = [c for c in after if c.span.start < total.span.start and compatible(c, total)]
    else:
        before = _between(group, starts, s_start, cue_start)
        total = next(
            (c for c in reversed(before) if _addable(text, c) and total_cue(text, c)), None
        )
        if total is None or cue_regex("sum", "parts_subset").search(
            text, total.span.end, cue_start
        ):
            return None
        parts = [c for c in after if compatible(c, total)]
    if len(parts) < 2:
        return None
    return PartGroup(total, tuple(parts), cue, exhaustive=True)


def _addable(text: str, c: Claim) -> bool:
    """An amount that can be a part or a total: additive (no magnitude, temperature or
    rate: 5.0~5.9级 and 6.0~6.9级 are classes of 5.0级以上, not its addends), not a change,
    not a comparison's base."""
    if not additive(c) or change_cue(text, c) is not None or comparison_base(text, c):
        return False
    # a level, not a stock: 洪峰水位28.06米 is no part of 超警幅度0.01至2.06米, nor 降雨量 of
    # one station a part of another's (cues.toml [sum] level)
    return not any(w in (c.metric or "") for w in cues("sum", "level"))


def _check(g: PartGroup) -> Finding:
    vt = value(g.total)
    s_lit = reduce(add, (value(p).literal for p in g.parts))
    s_conv = reduce(add, (value(p).conventional for p in g.parts))
    s_pr = reduce(add, (printed(p) for p in g.parts))
    if g.exhaustive:
        e_lit, e_conv, relation = vt.literal, vt.conventional, "="
        e_pr = printed(g.total)
    else:
        e_lit, e_conv, relation = _cap(vt.literal), _cap(vt.conventional), "<="
        e_pr = _cap(printed(g.total))
    verdict = judge(s_lit, e_lit, s_conv, e_conv, (s_pr, e_pr))
    if not g.certain:
        verdict = cap(verdict)
    terms = " + ".join(fmt(value(p).stated) for p in g.parts)
    arithmetic = (
        f"{terms} = {fmt_iv(s_lit)} {relation} total {fmt_iv(vt.literal)} "
        f"(as printed {fmt_iv(s_pr)} {relation} {fmt_iv(printed(g.total))})"
    )
    what = "make up" if g.exhaustive else f"are among ({g.cue})"
    if verdict is Verdict.CONSISTENT:
        message = f"The parts {quote(g.parts)} {what} the total 「{g.total.text}」 and fit it."
    elif verdict is Verdict.TENSION:
        message = (
            f"The parts {quote(g.parts)} {what} the total 「{g.total.text}」: taken as "
            f"printed they add up to {fmt_iv(s_pr)}; only a loose reading of the round "
            "figures makes them fit."
        )
    else:
        message = (
            f"The parts {quote(g.parts)} {what} the total 「{g.total.text}」, "
            f"but they add up to {fmt_iv(s_lit)}, which the total {fmt_iv(vt.literal)} cannot be."
        )
    return make(
        RULE,
        verdict,
        [g.total, *g.parts],
        message,
        arithmetic=arithmetic,
        stated=vt.literal,
        expected=s_lit,
        tolerance="interval sum of the parts' literal and conventional intervals",
    )


def _cap(total: Interval) -> Interval:
    """The values a subset of the parts may sum to: [0, total's upper bound]."""
    return Interval(lower=0, upper=total.upper, upper_closed=total.upper_closed)
