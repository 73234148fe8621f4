"""The part lists of the ``sum`` rule (and of ``share``, through it): which figures after a
cue are parts at the cue's level, where a list goes on past semicolons (one part, or one 分别
row, per ；-part), and which earlier figure is the total the parts name.

Helpers of ``ledger.rules.sum``; every function takes the source text and its claims in text
order (``starts`` are their span starts, for bisection).
"""

from __future__ import annotations

import re
from bisect import bisect_left

import regex

from claims.models import Claim
from ledger.rules._common import (
    CheckInput,
    additive,
    change_cue,
    clause_before,
    comparison_base,
    compatible,
    cue_regex,
    cues,
    skey,
    total_cue,
    value,
)
from ledger.rules._guards import bound_before_de

__all__ = [
    "addable",
    "between",
    "by_indicator",
    "closed_around",
    "closing_parts",
    "continued",
    "extreme",
    "kin",
    "named_total",
    "nested_grades",
    "other_times",
    "respective",
    "respective_rows",
    "same_level",
    "threshold",
]

# An opening or closing bracket, ASCII or full width.
BRACKET = regex.compile(
    r"""
    [()（）]
    """,
    regex.VERBOSE,
)


def between(group: list[Claim], starts: list[int], lo: int, hi: int) -> list[Claim]:
    return group[bisect_left(starts, lo) : bisect_left(starts, hi)]


# A figure followed by 的 and a figure is the whole of a share (预算数60999万元的40.4%).
_RATIO_WHOLE = re.compile(r"的[0-9０-９一二三四五六七八九十百]")


def addable(text: str, c: Claim) -> bool:
    """An amount that can be a part or a total: additive (no magnitude, temperature or
    rate: 5.0~5.9级 and 6.0~6.9级 are classes of 5.0级以上, not its addends), not a change,
    not a comparison's base, not the whole of a ratio (完成年初预算数60999万元的40.4%)."""
    if not additive(c) or change_cue(text, c) is not None or comparison_base(text, c):
        return False
    if _RATIO_WHOLE.match(text, c.span.end):
        return False
    if bound_before_de(text, c):
        return False  # 降雨100毫米以上的面积, 250毫米以上的: the class of what follows
    # a level, not a stock: 洪峰水位28.06米 is no part of 超警幅度0.01至2.06米, nor 降雨量 of
    # one station a part of another's (cues.toml [sum] level)
    return not any(w in (c.metric or "") for w in cues("sum", "level"))


def same_level(text: str, lo: int, found: list[Claim]) -> list[Claim]:
    """The claims of ``found`` (in text order, after ``lo``) at the bracket level of ``lo``,
    up to the bracket that closes around ``lo``: a bracket details the figure before it
    (境外输入病例11例(山东4例,上海2例,…); 香港4243例(出院3189例,死亡63例)), so its
    figures are no parts of the total the list splits; and a 其中 inside brackets (162例
    (其中重症病例1例),现有疑似病例4例) ends with them."""
    out: list[Claim] = []
    depth, pos = 0, lo
    for c in found:
        for m in BRACKET.finditer(text, pos, c.span.start):
            depth += 1 if m.group() in "(（" else -1
            if depth < 0:
                return out
        pos = c.span.start
        if depth == 0:
            out.append(c)
    return out


def nested_grades(text: str, parts: list[Claim]) -> bool:
    """Whether two parts name two grades of one loss, each within the one before (受灾 ⊇
    成灾 ⊇ 绝收: 农作物受灾面积1.64公顷,其中成灾面积1.6公顷,绝收面积1.4公顷): they overlap and
    do not add up (cues.toml [sum] nested)."""
    grades = cue_regex("sum", "nested")
    found = {
        m.group() for p in parts for m in grades.finditer(clause_before(text, p.span.start, 12))
    }
    return len(found) > 1


def closed_around(text: str, lo: int, hi: int) -> bool:
    """Whether a bracket open at ``lo`` closes before ``hi``: a 其中 inside brackets
    (国内航线完成121227.3万人次(其中内地至港澳台航线完成2784.8万人次);国际航线…) lists parts of
    the figure before the bracket only, and its list ends with the bracket."""
    depth = 0
    for m in BRACKET.finditer(text, lo, hi):
        depth += 1 if m.group() in "(（" else -1
        if depth < 0:
            return True
    return False


def extreme(text: str, c: Claim) -> bool:
    """Whether the claim's clause calls it the largest or smallest (震级最大的地震为…的2次
    7.8级地震, 其中A县最多): one of the parts named again, not one more part."""
    return cue_regex("sum", "extreme").search(clause_before(text, c.span.start, 24)) is not None


def respective(text: str, lo: int, hi: int) -> bool:
    """Whether 分别 stands between ``lo`` and ``hi``: the figures after it go one to an item
    named before it (产销分别完成45.7万辆和45万辆: 45.7万 produced, 45万 sold)."""
    return cue_regex("sum", "parts_list").search(text, lo, hi) is not None


def named_total(before: list[Claim], part: Claim) -> Claim | None:
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


def by_indicator(
    before: list[Claim], total: Claim, parts: list[Claim]
) -> list[tuple[Claim, list[Claim]]]:
    """The parts grouped under the totals they name: the nearest figure before whose metric
    ends with the first part's (总产值, not 增加值), else the nearest one; when some parts
    name the total's indicator (exactly or narrowed: 过夜游客 of 游客) and others another
    (总诊疗人次95.5亿,入院人次30187.3万。其中,医院总诊疗人次42.6亿,入院人次24500.1万), each
    goes with the total of its own."""
    total = named_total(before, parts[0]) or total
    if not total.metric or not any(p.metric == total.metric for p in parts):
        return [(total, parts)]
    metric = total.metric
    out = [(total, [p for p in parts if p.metric and p.metric.endswith(metric)])]
    rest = [p for p in parts if not (p.metric and p.metric.endswith(metric))]
    other = named_total(before, rest[0]) if rest else None
    if other is not None and other is not total:
        out.append((other, [p for p in rest if p.metric == rest[0].metric]))
    return out


def threshold(text: str, total: Claim) -> bool:
    """Whether the would-be total is a bar each of a list passed, no total: an open bound
    after a list closed by 等 (甲、乙、丙等景区接待人数超过4000人，其中甲接待9805人)."""
    upper = value(total).literal.upper
    return upper is None and "等" in clause_before(text, total.span.start, 24)


def kin(a: str | None, b: str | None) -> bool:
    """Whether two metrics name one measure, one maybe narrowed by a word before it
    (过夜游客 and 游客 of 一日游; 增加值 and 第二产业增加值)."""
    return bool(a and b and (a.endswith(b) or b.endswith(a)))


def other_times(a: Claim, b: Claim) -> bool:
    """Whether both claims name a time of their own and the two differ (a time carried to one
    part and not to the next is no difference)."""
    ta, tb = a.time, b.time
    if ta is None or tb is None or ta.text is None or tb.text is None:
        return False
    return (ta.text, ta.start, ta.end) != (tb.text, tb.start, tb.end)


def continued(
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
        found = [c for c in between(group, starts, b_start, b_end) if addable(text, c)]
        level = [c for c in same_level(text, b_start, found) if compatible(c, total)]
        same = [c for c in level if kin(c.metric, first.metric)]
        if same and same[0].metric != first.metric and same[0].subject in (None, total.subject):
            break  # 出生人口 after 男性人口 of the whole's subject is another measure
        sibling = same[0] if len(same) == 1 else None
        if (
            sibling is None
            or sibling.subject == first.subject
            or _within(text, b_start, sibling, first)
            or other_times(sibling, first)
            or total_cue(text, sibling)
            or extreme(text, sibling)
        ):
            break
        out.append(sibling)
        end = b_end
    return out


def _within(text: str, lo: int, sibling: Claim, first: Claim) -> bool:
    """Whether the ；-part names the first part's subject and 中 before its figure: a part of
    that part (其中谷物产量12580.9万吨…；谷物中冬小麦产量11989.9万吨), no sibling of it."""
    subject = first.subject
    return bool(subject) and f"{subject}中" in text[lo : sibling.span.start]


def respective_rows(
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
        found = [c for c in between(group, starts, m.end(), b_end) if addable(text, c)]
        row = [c for c in same_level(text, m.end(), found) if compatible(c, first[0])]
        row = row[: len(first)]
        if len(row) != len(first) or any(
            c.metric != f.metric or c.unit != f.unit or c.subject == f.subject
            for c, f in zip(row, first, strict=True)
        ):
            break
        rows.append(row)
        end = b_end
    return rows


def closing_parts(
    inp: CheckInput, text: str, group: list[Claim]
) -> list[tuple[Claim, list[Claim]]]:
    """Totals that close a list of their parts in one sentence, with those parts: a figure
    whose clause opens with a closing total word (总共, 合计: ``[sum] closing``) and the
    figures of the same metric before it in its sentence, each of another subject (统帅饭店
    共救出97人,…大楼救出68人,…大楼救出58人,总共救出223人). Only the figures at the sentence's
    bracket level count, and two at least."""
    out: list[tuple[Claim, list[Claim]]] = []
    closing = cue_regex("sum", "closing")
    for total in group:
        if not total.metric or closing.match(clause_before(text, total.span.start, 16)) is None:
            continue  # the cheap test first: few figures open with 总共
        if not addable(text, total):
            continue
        _, start, _ = inp.block_at(skey(total), total.span.start)
        before = [
            c for c in inp.sentence_claims(total)
            if c.span.end <= total.span.start and c.metric == total.metric and compatible(c, total)
        ]  # fmt: skip
        if any(not addable(text, c) or closing.match(clause_before(text, c.span.start, 16))
               for c in before):  # fmt: skip
            continue  # a change, a base or an earlier closing total: no plain list
        parts = same_level(text, start, before)
        if len(parts) >= 2 and len({p.subject for p in parts}) == len(parts):
            out.append((total, parts))
    return out
