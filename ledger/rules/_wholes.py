"""Wholes of shares found by noun, for ``ledger.rules.share``.

Takes a ``CheckInput`` and a share (with its part, when the sentence names one); returns the
figure its 占 names as the whole (人均工资性收入19629元，占可支配收入的比重为55.9%: the
earlier 人均可支配收入35128元; 鼓楼区…占全市的24.7%: the area's own 全市…520.6万人次), and
the items a list of shares refers to when its own sentence states none (三次产业增加值…
分别为6.8%、40.1%、53.2%: the 增加值 that open the sentences before it). Every search is
bounded (``WHOLE_REACH`` figures back, one paragraph), so the rule stays linear.
"""

from __future__ import annotations

from bisect import bisect_left

from claims.models import Claim, Kind
from ledger.rules._common import (
    CheckInput,
    change_cue,
    comparison_base,
    dimension,
    is_amount,
    same_count_unit,
    skey,
    value,
)
from ledger.rules._guards import part_list, source_starts
from ledger.rules._match import now_or_time
from ledger.rules._nouns import NOT_WORD, group_words, is_weak_subject, noun_core, strip_region
from ledger.rules._physical import folded_per

__all__ = ["WHOLE_REACH", "bare_noun", "items_before", "named_whole"]

WHOLE_REACH = 60
"""How many figures before a share's part are searched for the whole its 占 names."""
_WHOLE_SUFFIXES = ("的", "总数", "总量", "总额", "总和", "总计")


def bare_noun(s: str) -> str:
    """A noun without 的 and total words at its end: 员工总数 -> 员工, 利润总额 -> 利润."""
    for suffix in _WHOLE_SUFFIXES:
        s = s.removesuffix(suffix)
    return s


def items_before(inp: CheckInput, text: str, run: list[Claim]) -> list[Claim]:
    """For a list of shares whose sentence states no amount (第一、二、三产业增加值占地区生产
    总值的比重分别为6.8%、40.1%、53.1%), the items the sentences before it in its paragraph
    list: the last ``len(run)`` amounts there, each leading its own sentence (第一产业增加值
    217.3亿元…;第二产业增加值1288.7亿元…;第三产业增加值1710.1亿元…), of one noun and no
    change; none when they are fewer or name two nouns."""
    para = inp.paragraph(run[0])
    group = inp.by_source.get(skey(run[0]), [])
    starts = source_starts(inp, skey(run[0]))
    if para is None:
        return []
    found: list[Claim] = []
    i = bisect_left(starts, run[0].span.start) - 1
    while i >= 0 and starts[i] >= para[1] and len(found) < len(run):
        c = group[i]
        i -= 1
        if not is_amount(c) or change_cue(text, c) is not None:
            continue
        if inp.sentence_claims(c)[0] is not c:
            continue  # 增长4.7%;…: only the amount a sentence opens with is an item
        found.append(c)
    nouns = {noun_core(c) for c in found}
    if len(found) < len(run) or len(nouns) != 1 or None in nouns:
        return []
    return found[::-1]


def named_whole(
    inp: CheckInput, text: str, p: Claim, part: Claim | None, whole: str
) -> tuple[Claim, Claim, Claim] | None:
    """(share, part, whole's figure) for a share listed under no total whose 占 names its
    whole (人均工资性收入19629元，占可支配收入的比重为55.9%): the nearest figure before the
    part, within ``WHOLE_REACH`` claims of its source, of the part's dimension and rate
    denominator, at its time, with its group words (城镇, 农村), larger than the part, in an
    earlier sentence and in no 其中 list, whose noun ends with the whole's (人均可支配收入
    35128元) or is its tail (生产总值 for 地区生产总值). A figure of another named subject on
    the way (甲市地区生产总值… for 乙市's part) ends the search: the whole is not stated.
    A whole that is a region word alone (鼓楼区接待游客128.4万人次，占全市的24.7%) is the
    part's own noun for the region: a figure of no subject but the region's (全市共接待游客
    520.6万人次), when the part names a place of its own."""
    raw = NOT_WORD.sub("", whole).removesuffix("的")
    region = bool(raw) and not strip_region(raw)  # 占全市的, 占全省
    if p.kind is not Kind.PERCENT:
        return None
    if part is None:
        part = _rate_part(inp, text, p)
    if part is None or (region and is_weak_subject(part.subject)):
        return None
    w = bare_noun(noun_core(part) or "") if region else bare_noun(strip_region(raw))
    if len(w) < 2:
        return None
    group = inp.by_source.get(skey(part), [])
    starts = source_starts(inp, skey(part))
    i = bisect_left(starts, part.span.start)
    while i < len(group) and group[i] is not part and starts[i] == part.span.start:
        i += 1
    if i >= len(group) or group[i] is not part:
        return None
    pv = value(part).literal
    sentence = inp.sentence(part)
    for t in reversed(group[max(0, i - WHOLE_REACH) : i]):
        if inp.sentence(t) == sentence or part_list(inp, t) is not None:
            continue  # 分别实现增加值931.6亿元、576.1亿元: items of one list, no whole
        noun = bare_noun(noun_core(t) or "")
        if len(noun) < 2 or not (noun.endswith(w) or (len(noun) >= 3 and w.endswith(noun))):
            continue
        if not _whole_like(inp, text, part, t):
            continue
        if region and not is_weak_subject(t.subject):
            continue  # 江宁区接待游客… is another place's figure, not the region's
        if not region and not _subjects_agree(part, t, whole):
            return None  # another place's whole: this part's is not stated
        tv = value(t).literal
        if tv.lower is None or pv.upper is None or tv.lower < pv.upper:
            return None
        return p, part, t
    return None


def _rate_part(inp: CheckInput, text: str, p: Claim) -> Claim | None:
    """The per-capita figure right before a share in its sentence (人均工资性收入19629元，
    增长9.6%，占可支配收入的比重为55.9%), which ``_parts_for`` (amounts only) skips."""
    before = [
        c for c in inp.sentence_claims(p)
        if c.span.end <= p.span.start and (is_amount(c) or c.kind is Kind.RATE)
        and c.kind is not Kind.PERCENT and change_cue(text, c) is None
    ]  # fmt: skip
    return before[-1] if before else None


def _whole_like(inp: CheckInput, text: str, part: Claim, t: Claim) -> bool:
    """Whether ``t`` can be the whole of ``part``: one dimension and denominator, counts in
    alike units, not a change or a comparison's base, the same group words, the same time
    (or no time words on one side)."""
    if t.kind is not part.kind or dimension(t) != dimension(part):
        return False
    if folded_per(t) != folded_per(part) or (t.kind is Kind.COUNT and not same_count_unit(t, part)):
        return False
    if change_cue(text, t) is not None or comparison_base(text, t):
        return False
    if group_words(t) != group_words(part):
        return False  # 城镇居民人均可支配收入 is no whole of 全体居民's parts
    if _untimed(t) or _untimed(part):
        return True  # 分别实现增加值931.6亿元 after 上半年…增加值2166.9亿元: one period
    return now_or_time(inp, t) == now_or_time(inp, part)


def _untimed(c: Claim) -> bool:
    """No time words of its own: the figure holds at its source's publication."""
    return c.time is None or c.time.basis in ("publication", "unknown")


def _subjects_agree(part: Claim, t: Claim, whole: str) -> bool:
    """Whether the whole's figure may be of the part's entity: a subject unknown on either
    side, one opening the other (全国居民 and 全国居民工资性, as the extractor cuts them), or
    the figure's subject named in the whole (汽车产业's share of 全省高新技术产业增加值, the
    figure of 全省高新技术产业); not 甲市's 地区生产总值 for 乙市's part."""
    a, b = (NOT_WORD.sub("", x or "").removeprefix("分别").removeprefix("分別")
            for x in (part.subject, t.subject))  # fmt: skip
    if is_weak_subject(a) or is_weak_subject(b):
        return True  # the extractor's 分别 (分别实现增加值…) names no entity
    entity = strip_region(b)
    return a.startswith(b) or b.startswith(a) or (len(entity) >= 2 and entity in whole)
