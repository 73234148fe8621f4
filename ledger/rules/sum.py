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
A figure whose clause opens with a closing total word (总共, 合计) closes the list of the
figures of its metric before it in its sentence, each of another subject (…大楼救出58人,总共
救出223人): they make it up (a guess, at most a tension). Two parts naming two grades of one
loss (成灾, 绝收) overlap and are checked one by one.
``part_groups`` is shared with the ``share`` rule.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import reduce
from operator import add

import regex

from claims.models import Claim, Interval
from ledger.models import Finding, Verdict
from ledger.rules._common import (
    CheckInput,
    cap,
    compatible,
    cue_regex,
    cues,
    fmt,
    fmt_iv,
    judge,
    make,
    printed,
    quote,
    skey,
    total_cue,
    value,
)
from ledger.rules._guards import source_starts
from ledger.rules._partlists import (
    addable,
    between,
    by_indicator,
    closed_around,
    closing_parts,
    continued,
    extreme,
    kin,
    nested_grades,
    respective,
    respective_rows,
    same_level,
    threshold,
)
from ledger.rules._periods import period_splits

__all__ = ["PartGroup", "part_groups", "sum_parts"]

RULE = "sum"


PARTITIVE = "在…中"
_JOINED = 4
"""How many ；-parts of the sentence before a 其中 that opens a sentence are read for totals."""
PERIODS = "分期"  # parts found by time: the periods that partition the total's period
CLOSING = "总共"  # parts listed before the total that closes them: …救出58人,总共救出223人
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
    """Check every part group's sum against its total, then every total whose period the
    text splits into parts by time (quarters of a year: ``ledger.rules._periods``)."""
    by_time = [
        PartGroup(s.total, s.parts, PERIODS, exhaustive=True, certain=s.certain)
        for s in period_splits(inp)
    ]
    # a 其中 list that is also a split by time is checked once, as the exhaustive split
    split = {(g.total.id, frozenset(p.id for p in g.parts)) for g in by_time}
    groups = [
        g for g in part_groups(inp) if (g.total.id, frozenset(p.id for p in g.parts)) not in split
    ]
    return [_check(g) for g in (*groups, *by_time)]


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
        starts = source_starts(inp, key)
        for m in _PARTITIVE.finditer(text):
            out.extend(_subset(inp, key, text, group, starts, m.end(), m.end(), PARTITIVE))
        for m in cue_regex("sum", "parts_subset", "parts_list").finditer(text):
            if m.group() in subset_words:
                out.extend(_subset(inp, key, text, group, starts, m.start(), m.end(), m.group()))
            else:
                g = _listed(inp, key, text, group, starts, m.start(), m.end(), m.group())
                if g is not None:
                    out.append(g)
        totals = {g.total.id for g in out}
        out.extend(
            PartGroup(total, tuple(parts), CLOSING, exhaustive=True, certain=False)
            for total, parts in closing_parts(inp, text, group)
            if total.id not in totals
        )
    return [split for g in out for split in _ungraded(inp, g)]


def _ungraded(inp: CheckInput, g: PartGroup) -> list[PartGroup]:
    """The group, or one group per part when its parts name two grades of one loss (其中成灾
    面积1.6公顷,绝收面积1.4公顷: the 绝收 are within the 成灾, each is checked alone)."""
    text = inp.texts.get(skey(g.total))
    if len(g.parts) < 2 or text is None or not nested_grades(text, list(g.parts)):
        return [g]
    return [replace(g, parts=(p,), exhaustive=False) for p in g.parts]


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
    found = [c for c in between(group, starts, cue_end, s_end) if addable(text, c)]
    return s_start, same_level(text, cue_end, found)


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
        # and the ；-parts of that sentence before it, where the totals of a list of two
        # indicators may stand (总诊疗人次95.5亿…；入院人次30187.3万。其中,医院总诊疗人次…)
        for _ in range(_JOINED):
            if lo <= para_start or text[lo - 1] not in ";；":
                break
            lo = max(inp.block_at(key, lo - 1)[1], para_start)
    before = [c for c in between(group, starts, lo, cue_start) if addable(text, c)]
    total = next((c for c in reversed(before) if compatible(c, candidates[0])), None)
    if total is None or threshold(text, total):
        return []
    parts: list[Claim] = []
    for c in candidates:
        if parts and total_cue(text, c):
            break
        if compatible(c, total) and not extreme(text, c):
            parts.append(c)
    if not parts:
        return []
    if not respective(text, cue_end, parts[0].span.start):
        closed = closed_around(text, cue_end, inp.block_at(key, cue_start)[2])
        more = [] if closed else continued(inp, key, text, group, starts, cue_end, total, parts)
        if more:
            parts = [p for p in parts if kin(p.metric, parts[0].metric)] + more
        elif cue == PARTITIVE:
            return []  # 在…中 then figures of one clause: often overlapping subsets
        out: list[PartGroup] = []
        for whole, ps in by_indicator(before, total, parts):
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
    for row in respective_rows(inp, key, text, group, starts, cue_end, parts):
        for column, p in zip(columns, row, strict=True):
            column.append(p)
    return [
        PartGroup(t, tuple(ps), cue, exhaustive=False, certain=t.span.start >= s_start)
        for t, ps in zip(totals, columns, strict=True)
    ]


def _respective_list(text: str, before: list[Claim]) -> list[Claim]:
    """The figures of the 分别 list that ``before`` ends with (产销分别完成45.7万辆和45万辆),
    or ``[]`` when its last figure is no member of one."""
    for i in range(len(before) - 1, -1, -1):
        lo = before[i - 1].span.end if i > 0 else max(0, before[i].span.start - 24)
        if respective(text, lo, before[i].span.start):
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
        before = between(group, starts, s_start, cue_start)
        total = next((c for c in reversed(before) if addable(text, c) and total_cue(text, c)), None)
        if total is None or cue_regex("sum", "parts_subset").search(
            text, total.span.end, cue_start
        ):
            return None
        parts = [c for c in after if compatible(c, total)]
    if len(parts) < 2:
        return None
    return PartGroup(total, tuple(parts), cue, exhaustive=True)


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
    if g.cue == PERIODS:
        periods = "、".join(p.time.text or "?" for p in g.parts if p.time is not None)
        what = f"(for {periods}) cover the period of"
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
