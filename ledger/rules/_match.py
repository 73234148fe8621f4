"""Which claims restate one figure: the pairs ``same_metric``, ``rounding`` and ``units`` compare.

Takes a ``CheckInput``; returns ``Restatement`` records (two or more claims, and whether the
match is certain), computed once per input. Two tiers:

- **certain**: the same metric key (the extractor's, or a reviewer's link) at a comparable
  time (``CheckInput.comparable``), and a real subject in the key on both sides. A key
  outside the ``subject|measure|per|dimension`` grammar (a reviewer's link, a hand-made
  key) counts as certain.
- **guessed**: within one source, a claim and one of the ``WINDOW`` figures before it that
  count the same noun (after dropping region words and fillers: 全市共开工重点项目 ~
  全市已开工重点项目; 的咨询类问题 ~ 咨询类问题; a noun may continue past the other, as
  the extractor lets a clause run on: 考生 ~ 考生报名参加…), with the same subject or an
  unknown one on one side, the same rate denominator and count unit, at the same time (a
  figure without time words and one of the current period, 今年, hold at the same time),
  and the same group words (``[match] group``: 全国人口 is no restatement of 城市地区人口
  or 乡村人口). Rules never call a guessed match a contradiction: at most a tension.

Both tiers need each figure to lead its sentence (no amount before it there: 果用瓜1107公顷,
产量28408吨 is no restatement of an earlier 产量, whatever key the extractor carried over).
Never a restatement, in either tier (the guards are ``ledger.rules._guards``): two figures
of one sentence (an enumeration: 分别占45%、38%; 0-14岁…；15-59岁… is caught by the next
guard), a figure whose own clause holds another figure that qualifies it (0-14岁人口,
43家景区接待游客), the class label of a count after it (6.0~6.9级地震25次 is no statement
of a magnitude), a change (增长, 增加了) or the base of a comparison (与…的1152376人相比),
and a part (其中…) against a non-part. A pair in two dimensions (``cross_dimension_pairs``)
needs more: two additive amounts in two sentences counting the very same noun.
Everything is bounded: a claim meets at most ``WINDOW`` others of its source, so the
guessed tier is linear in the number of claims.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from claims.models import Claim, Kind
from ledger.rules._common import (
    EXCLUDED_KINDS,
    CheckInput,
    additive,
    cues,
    dimension,
    numeric,
    same_count_unit,
    skey,
)
from ledger.rules._guards import (
    day_label,
    eligible,
    leads,
    list_item,
    paragraph_scope,
    part_list,
    qualified,
    qualifier,
    scoped_breakdown,
)
from ledger.rules._nouns import group_words, is_weak_subject, noun_core, subject_facts
from ledger.rules._physical import folded_per
from ledger.rules._semis import named_heads, sentence_lead

__all__ = [
    "WINDOW",
    "Restatement",
    "is_weak_subject",
    "noun_core",
    "now_or_time",
    "restated",
    "restatements",
    "strong_key",
]

WINDOW = 24
"""How many earlier figures of its source a claim is matched against in the guessed tier."""

_RELATIVE = frozenset({Kind.PERCENT, Kind.PERCENTAGE_POINT, Kind.FRACTION, Kind.MULTIPLE})


@dataclass(frozen=True)
class Restatement:
    """Claims taken to state one figure; ``certain`` is False when the match is a guess."""

    claims: tuple[Claim, ...]
    certain: bool


def restatements(inp: CheckInput) -> list[Restatement]:
    """Groups (certain tier) and pairs (guessed tier) of claims of one dimension that
    restate one figure, in that order; computed once per input."""
    found: list[Restatement] = inp.memo("match.restatements", _find)
    return found


def cross_dimension_pairs(inp: CheckInput) -> list[tuple[Claim, Claim]]:
    """Guessed pairs of amounts (count, money, measure) that name one noun of one subject
    at one time but in two dimensions (72.5亿元 and 72.5万人次 of 旅游综合收入)."""
    found: list[tuple[Claim, Claim]] = inp.memo("match.cross", _find_cross)
    return found


def restated(inp: CheckInput, a: Claim, b: Claim) -> bool:
    """Whether two claims of one metric key may be compared as one figure: not of one
    sentence, not a part against a non-part, not two parts of one 其中 list, not of two
    items of a numbered list, not of two paragraphs about two places, nor the whole of a
    report broken down by place against one place's figure (the per-claim guards are
    ``eligible``)."""
    if a.id in inp.linked and b.id in inp.linked:
        return True  # a reviewer said they are one metric
    if _said_to_differ(inp, a, b) or _said_to_differ(inp, b, a):
        return False  # 外来…失业率4.9%，低于全国城镇调查失业率: the text sets them apart
    if skey(a) == skey(b) and inp.text(a) is not None:
        sa, sb = inp.sentence(a), inp.sentence(b)
        if sa is not None and sb is not None and sa[0] == sb[0]:
            return False
        ea, eb = sentence_lead(inp, a), sentence_lead(inp, b)
        if ea is not None and eb is not None and ea != eb:
            return False  # …乡镇卫生院诊疗人次13.1亿…；入院人次3992.1万: the ；-part goes on
            # about the entity its sentence opened with
        if named_heads(inp, a, b):
            return False  # 三坊七巷历史文化街区…；福安市高寨村…: two places of one enumeration
        la, lb = part_list(inp, a), part_list(inp, b)
        if (la is None) != (lb is None) or (la is not None and la == lb):
            return False  # a part and a non-part; two items of one 其中 list
        ia, ib = list_item(inp, a), list_item(inp, b)
        if ia is not None and ib is not None and ia != ib:
            return False  # two items of a numbered list: two indicators
        da, db = day_label(inp, a), day_label(inp, b)
        if da is not None and db is not None and da != db:
            return False  # 周一,…4~5级;周二,…3级左右: two days of a forecast
        pa, pb = paragraph_scope(inp, a), paragraph_scope(inp, b)
        if pa != pb and ((pa is not None and pb is not None) or scoped_breakdown(inp, a)):
            return False  # 据福建省民政厅报告 vs 据湖南省民政厅报告: two places; the
            # report's whole (no scope) vs one of the places it breaks down into
    return True


def _said_to_differ(inp: CheckInput, a: Claim, b: Claim) -> bool:
    """Whether the words right after ``a`` say it is above or below ``b``'s measure (a
    comparison word, then ``b``'s metric: 4.9%，低于全国城镇调查失业率)."""
    text = inp.text(a)
    if text is None or not b.metric:
        return False
    after = text[a.span.end : a.span.end + 24].lstrip(" ,，、")
    word = next((w for w in cues("compare", "differs") if after.startswith(w)), None)
    if word is None:
        return False
    clause = after[len(word) :].split("。")[0].split("，")[0].split(",")[0]
    return b.metric in clause


# ---------------------------------------------------------------- tiers


def _find(inp: CheckInput) -> list[Restatement]:
    out: list[Restatement] = []
    group_of: dict[str, int] = {}
    for i, group in enumerate(inp.comparable):
        kept = [c for c in group if strong_key(c) and eligible(inp, c) and _leads(inp, c)]
        for members in _by_count_unit(kept):
            if len(members) > 1:
                out.append(Restatement(tuple(members), certain=True))
                for c in members:
                    group_of[c.id] = i
    same, _ = _window_pairs(inp)
    for a, b in same:
        ga, gb = group_of.get(a.id), group_of.get(b.id)
        if ga is not None and ga == gb:
            continue
        out.append(Restatement((a, b), certain=False))
    return out


def _by_count_unit(claims: list[Claim]) -> list[list[Claim]]:
    """Claims of one key split by what their counts count: 人 and 名 alike, 人次 apart
    (社区卫生服务中心0.9亿人次 of 诊疗 and 49.3万人 of 出院 under one key are two figures). A
    count without a unit (十余万) and a figure that is no count stay with the first part."""
    people = cues("people", "units")

    def unit_class(c: Claim) -> str | None:
        if c.kind is not Kind.COUNT or c.unit is None:
            return None
        return "people" if c.unit in people else c.unit

    classes = {u for c in claims if (u := unit_class(c)) is not None}
    if len(classes) < 2:
        return [claims]
    parts: dict[str, list[Claim]] = {k: [] for k in sorted(classes)}
    first = next(iter(parts))
    for c in claims:
        parts[unit_class(c) or first].append(c)
    return list(parts.values())


def _leads(inp: CheckInput, c: Claim) -> bool:
    """A linked claim, or one no amount stands before in its sentence: after 果用瓜1107公顷,
    产量28408吨 is the 果用瓜's, whatever subject the key carried over from the sentence
    before (蔬菜播种…产量106551吨)."""
    return c.id in inp.linked or leads(inp, c)


def _find_cross(inp: CheckInput) -> list[tuple[Claim, Claim]]:
    _, cross = _window_pairs(inp)
    return cross


def _window_pairs(
    inp: CheckInput,
) -> tuple[list[tuple[Claim, Claim]], list[tuple[Claim, Claim]]]:
    """Guessed pairs, each claim against the ``WINDOW`` figures before it in its source:
    (same dimension, passing every guard; two dimensions, amounts in two sentences)."""
    found: tuple[list[tuple[Claim, Claim]], list[tuple[Claim, Claim]]] = inp.memo(
        "match.window", _scan
    )
    return found


def _scan(inp: CheckInput) -> tuple[list[tuple[Claim, Claim]], list[tuple[Claim, Claim]]]:
    same: list[tuple[Claim, Claim]] = []
    cross: list[tuple[Claim, Claim]] = []
    named: dict[str, set[str]] = {}  # unknown-subject claim id -> named subjects of its noun
    for group in inp.by_source.values():
        seen: list[tuple[Claim, tuple[Any, ...], bool]] = []
        for c in group:
            if not _candidate(c):
                continue
            facts = _facts(inp, c)
            if facts[0] is None or not eligible(inp, c, units=True):
                continue
            if facts[0] in cues("match", "per_item"):
                continue  # 转发4140次;…转发1861次: two posts' counts, not one figure
            # the guards only restatements need: a qualifying figure, a leading amount
            text = inp.text(c)
            full = text is None or c.id in inp.linked or not qualified(inp, text, c)
            full = full and leads(inp, c)
            for p, pf, p_full in seen[-WINDOW:]:
                if not _same_noun(pf, facts, timed=False):
                    continue
                _note_named(named, p, pf, c, facts)  # entities of one noun, at any time
                if not _same_noun(pf, facts):
                    continue
                if pf[1] is not None and facts[1] is not None and pf[1] != facts[1]:
                    continue  # two known subjects: two entities
                if (pf[6] and facts[7]) or (facts[6] and pf[7]):
                    continue  # 全市…520.6万人次 vs 鼓楼区…128.4万人次: the area and a place in it
                if dimension(p) == dimension(c):
                    if full and p_full and restated(inp, p, c):
                        same.append((p, c))
                elif _cross(inp, p, pf, c, facts):
                    cross.append((p, c))
            seen.append((c, facts, full))
    return _resolved(same, named), _resolved(cross, named)


def _has_subject(c: Claim) -> bool:
    return not is_weak_subject(c.subject)


def _note_named(
    named: dict[str, set[str]], p: Claim, pf: tuple[Any, ...], c: Claim, cf: tuple[Any, ...]
) -> None:
    """Record the named subject a figure of unknown subject meets for its noun."""
    if pf[1] is None and cf[1] is not None:
        named.setdefault(p.id, set()).add(cf[1])
    elif cf[1] is None and pf[1] is not None:
        named.setdefault(c.id, set()).add(pf[1])


def _resolved(
    pairs: list[tuple[Claim, Claim]], named: dict[str, set[str]]
) -> list[tuple[Claim, Claim]]:
    """The pairs left once a figure of unknown subject is matched with a named one only
    where its noun has one named subject nearby: among 昆明市…310.38万人次, 红河州…
    201.49万人次 and 玉溪市…123.61万人次, a 游客 figure without a subject could be any of
    them (or none), so it is paired with none of them; two figures without a subject, or
    with one subject, still pair."""
    return [(a, b) for a, b in pairs if not (_ambiguous(a, b, named) or _ambiguous(b, a, named))]


def _ambiguous(unknown: Claim, other: Claim, named: dict[str, set[str]]) -> bool:
    """``unknown`` has no subject, ``other`` has one, and ``unknown``'s noun has two or more
    named subjects nearby."""
    return len(named.get(unknown.id, ())) > 1 and other.id not in named and _has_subject(other)


def _cross(inp: CheckInput, p: Claim, pf: tuple[Any, ...], c: Claim, cf: tuple[Any, ...]) -> bool:
    """Two figures of two dimensions that would be one figure misprinted: additive amounts
    (an intensive measure such as 5.0级以上 describes each 地震 that 94次 counts), each with
    its unit (a bare numeral states no dimension), in two sentences, counting one noun, not
    a noun and a longer one (受灾 6.8万人 vs 受灾面积 4.4千公顷; 国内 2.74亿人次 vs 国内旅游
    收入 1480.56亿元): the added head word names another quantity, and a unit of another
    dimension is then expected, not an error."""
    return (
        pf[0] == cf[0]
        and additive(p)
        and additive(c)
        and p.unit is not None  # a bare numeral (零 of 零售业) states no dimension
        and c.unit is not None
        and _sentence_of(inp, p) != _sentence_of(inp, c)
    )


def _candidate(c: Claim) -> bool:
    if not numeric(c) or c.kind in EXCLUDED_KINDS or c.kind in _RELATIVE:
        return False
    return not qualifier(c) or c.kind is not Kind.DURATION  # an age (0-14岁) only qualifies


def _facts(inp: CheckInput, c: Claim) -> tuple[Any, ...]:
    entity, area, place = subject_facts(c.subject)
    return (noun_core(c), entity, folded_per(c), now_or_time(inp, c), c, group_words(c),
            area, place)  # fmt: skip


def _same_noun(a: tuple[Any, ...], b: tuple[Any, ...], timed: bool = True) -> bool:
    """One noun (a prefix of the other), group words, rate, count unit and (if ``timed``)
    time; subjects are compared by the caller."""
    core_a, _, per_a, time_a, ca, groups_a, _, _ = a
    core_b, _, per_b, time_b, cb, groups_b, _, _ = b
    if core_a is None or core_b is None or per_a != per_b or (timed and time_a != time_b):
        return False
    if groups_a != groups_b:
        return False  # 全国人口 vs 城市地区人口, 乡村人口: a whole and its groups
    short, long = sorted((core_a, core_b), key=len)
    if not long.startswith(short):
        return False
    if ca.kind is Kind.COUNT and cb.kind is Kind.COUNT:
        return same_count_unit(ca, cb)
    return ca.kind is not cb.kind or ca.unit == cb.unit


def now_or_time(inp: CheckInput, c: Claim) -> tuple[Any, ...]:
    """The claim's time key, with "now" for a figure without time words and for one of a
    period that holds the source's publication date (今年 in a text of this year)."""
    published = inp.published.get(skey(c))
    t = c.time
    if t is None or t.basis == "publication":
        return ("now", skey(c))
    if (
        published is not None
        and isinstance(t.start, date)
        and isinstance(t.end, date)
        and t.start <= published <= t.end
    ):
        return ("now", skey(c))
    return inp.time_key(c)


# ---------------------------------------------------------------- guards


def strong_key(c: Claim) -> bool:
    """Whether the claim's metric key names a real subject (or is a reviewer's or hand-made
    key outside the ``subject|measure|per|dimension`` grammar).

    >>> from claims.models import Span, Value
    >>> def k(key): return Claim(id="x", kind=Kind.COUNT, text="1个", span=Span(start=0, end=2),
    ...                          value=Value.exactly(1), metric_key=key)
    >>> strong_key(k("政务微博|*|-|count")), strong_key(k("?|人口|-|count")), strong_key(k("k"))
    (True, False, True)
    """
    key = c.metric_key or ""
    if key.count("|") != 3:
        return True  # a reviewer's link or a hand-made key: trusted as given
    return not is_weak_subject(key.split("|")[0])


def _sentence_of(inp: CheckInput, c: Claim) -> tuple[str, int] | None:
    s = inp.sentence(c)
    return None if s is None else (skey(c), s[0])
