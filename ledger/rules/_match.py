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
  figure without time words and one of the current period, 今年, hold at the same time).
  Rules never call a guessed match a contradiction: at most a tension.

A guessed match also needs each figure to lead its sentence (no amount before it there).
Never a restatement, in either tier: two figures of one sentence (an enumeration: 分别占
45%、38%; 0-14岁…；15-59岁… is caught by the next guard), a figure whose own clause holds
another figure that qualifies it (0-14岁人口, 43家景区接待游客), a change (增长, 增加了)
or the base of a comparison (与…的1152376人相比), and a part (其中…) against a non-part.
Everything is bounded: a claim meets at most ``WINDOW`` others of its source, so the
guessed tier is linear in the number of claims.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

import regex

from claims.models import Claim, Kind
from ledger.rules._common import (
    EXCLUDED_KINDS,
    CheckInput,
    change_cue,
    clause_before,
    comparison_base,
    cues,
    dimension,
    numeric,
    same_count_unit,
    skey,
)

__all__ = [
    "WINDOW",
    "Restatement",
    "is_weak_subject",
    "noun_core",
    "restated",
    "restatements",
    "strong_key",
]

WINDOW = 24
"""How many earlier figures of its source a claim is matched against in the guessed tier."""

# Anything that is not a Chinese character or a Latin letter/digit: dropped from nouns and
# subjects before comparing them (#话题#, quotes, spaces, brackets).
_NOT_WORD = regex.compile(
    r"""
    [^\p{Han}A-Za-z0-9]+   # punctuation, symbols and spaces
    """,
    regex.VERBOSE,
)
# A part cue in the sentence before a figure: the figure is one of a total's parts.
_PART_CUE = regex.compile(
    r"""
    其中 | 包括 | 分别   # 其中女生1200人; 分别为…
    """,
    regex.VERBOSE,
)
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


def is_weak_subject(subject: str | None) -> bool:
    """Whether a subject is unknown or a fragment: empty, ``?``, one character, a region
    word alone, holding a digit, or opening with a character no subject opens with.

    >>> subjects = (None, "?", "内", "及以上", "全市", "国庆假期我市", "平台", "#丰收的尉犁#")
    >>> [is_weak_subject(s) for s in subjects]
    [True, True, True, True, True, True, False, False]
    """
    s = _subject_entity(_NOT_WORD.sub("", subject or ""))
    if len(s) < 2 or s == "?" or any(ch.isdigit() for ch in s):
        return True
    return s[0] in cues("match", "weak_start")


def noun_core(claim: Claim) -> str | None:
    """What a figure counts, for matching: its counted noun (else the key's measure), without
    region words, fillers and punctuation; ``None`` when fewer than two characters are left.

    >>> from claims.models import Span, Value
    >>> c = Claim(id="x", kind=Kind.COUNT, text="326个", span=Span(start=0, end=4),
    ...           value=Value.exactly(326), counted="全市共开工重点项目")
    >>> noun_core(c)
    '开工重点项目'
    """
    base = claim.counted if claim.counted and len(claim.counted) >= 2 else None
    if base is None and claim.metric_key and claim.metric_key.count("|") == 3:
        base = claim.metric_key.split("|")[1]
    if base is None:
        base = claim.metric
    if not base or "~" in base:
        return None
    core = _strip_fillers(_strip_region(_NOT_WORD.sub("", base)))
    core = core.rstrip("的")
    return core if len(core) >= 2 and core != "*" else None


def restated(inp: CheckInput, a: Claim, b: Claim) -> bool:
    """Whether two claims of one metric key may be compared as one figure: not of one
    sentence, and not a part against a non-part (the per-claim guards are ``_eligible``)."""
    if a.id in inp.linked and b.id in inp.linked:
        return True  # a reviewer said they are one metric
    if skey(a) == skey(b) and inp.text(a) is not None:
        sa, sb = inp.sentence(a), inp.sentence(b)
        if sa is not None and sb is not None and sa[0] == sb[0]:
            return False
        if _is_part(inp, a) != _is_part(inp, b):
            return False
    return True


# ---------------------------------------------------------------- tiers


def _find(inp: CheckInput) -> list[Restatement]:
    out: list[Restatement] = []
    group_of: dict[str, int] = {}
    for i, group in enumerate(inp.comparable):
        members = [c for c in group if strong_key(c) and _eligible(inp, c)]
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


def _find_cross(inp: CheckInput) -> list[tuple[Claim, Claim]]:
    _, cross = _window_pairs(inp)
    return cross


_AMOUNTS = (Kind.COUNT, Kind.MONEY, Kind.MEASURE)


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
    for group in inp.by_source.values():
        seen: list[tuple[Claim, tuple[Any, ...], bool]] = []
        for c in group:
            if not _candidate(c):
                continue
            facts = _facts(inp, c)
            if facts[0] is None or not _eligible(inp, c, units=True):
                continue
            # the guards only restatements need: a qualifying figure, a leading amount
            text = inp.text(c)
            full = text is None or c.id in inp.linked or not _qualified(inp, text, c)
            full = full and _leads(inp, c)
            for p, pf, p_full in seen[-WINDOW:]:
                if not _same_thing(pf, facts):
                    continue
                if dimension(p) == dimension(c):
                    if full and p_full and restated(inp, p, c):
                        same.append((p, c))
                elif (
                    p.kind in _AMOUNTS
                    and c.kind in _AMOUNTS
                    and _sentence_of(inp, p) != _sentence_of(inp, c)
                ):
                    cross.append((p, c))
            seen.append((c, facts, full))
    return same, cross


def _candidate(c: Claim) -> bool:
    if not numeric(c) or c.kind in EXCLUDED_KINDS or c.kind in _RELATIVE:
        return False
    return not _qualifier(c) or c.kind is not Kind.DURATION  # an age (0-14岁) only qualifies


def _facts(inp: CheckInput, c: Claim) -> tuple[Any, ...]:
    subject = _subject_entity(_NOT_WORD.sub("", c.subject or ""))
    return (noun_core(c), None if is_weak_subject(c.subject) else subject,
            c.per, _now_or_time(inp, c), c)  # fmt: skip


def _same_thing(a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
    core_a, subj_a, per_a, time_a, ca = a
    core_b, subj_b, per_b, time_b, cb = b
    if core_a is None or core_b is None or per_a != per_b or time_a != time_b:
        return False
    if subj_a is not None and subj_b is not None and subj_a != subj_b:
        return False
    short, long = sorted((core_a, core_b), key=len)
    if not long.startswith(short):
        return False
    if ca.kind is Kind.COUNT and cb.kind is Kind.COUNT:
        return same_count_unit(ca, cb)
    return ca.kind is not cb.kind or ca.unit == cb.unit


def _now_or_time(inp: CheckInput, c: Claim) -> tuple[Any, ...]:
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


def _eligible(inp: CheckInput, c: Claim, units: bool = False) -> bool:
    """A figure that can restate another: not a change, not a comparison base, not
    qualified by another figure in its own clause."""
    text = inp.text(c)
    if text is None or c.id in inp.linked:
        return True
    if "~change" in (c.metric_key or "") or change_cue(text, c) is not None:
        return False
    if comparison_base(text, c):
        return False
    return units or not _qualified(inp, text, c)


def _qualified(inp: CheckInput, text: str, c: Claim) -> bool:
    """Another figure stands in the claim's clause before it (0-14岁人口78.5万人, 12个市
    46个县38.6万人, 第十三届…32万人次): the noun phrase the figure counts depends on it."""
    lo = c.span.start - len(clause_before(text, c.span.start, 24))
    group = inp.by_source.get(skey(c), [])
    starts: list[int] = inp.memo(("match.starts", skey(c)), lambda _: [o.span.start for o in group])
    i = bisect_left(starts, lo)
    while i < len(group) and group[i].span.start < c.span.start:
        if _qualifier(group[i]):
            return True
        i += 1
    return False


def _qualifier(o: Claim) -> bool:
    if o.kind in (Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.ORDINAL):
        return True
    return o.kind is Kind.DURATION and "岁" in o.text


def _leads(inp: CheckInput, c: Claim) -> bool:
    """No amount stands before the claim in its sentence: a later clause (普通小学3865所，
    在校生412.5万人) describes what the sentence's first figure counted, a noun the
    extractor does not carry over, so it is no restatement of a figure elsewhere."""
    s = inp.sentence(c)
    if s is None:
        return True
    firsts: dict[tuple[str, int], int | None] = inp.memo("match.first_amount", _first_amounts)
    first = firsts.get((skey(c), s[0]))
    return first is None or first >= c.span.start


def _first_amounts(inp: CheckInput) -> dict[tuple[str, int], int | None]:
    """Where the first amount of each sentence starts (one pass over the claims)."""
    return {
        key: next((o.span.start for o in group if o.kind in _AMOUNTS), None)
        for key, group in inp.by_sentence.items()
    }


def _is_part(inp: CheckInput, c: Claim) -> bool:
    """The claim's clause opens with 其中/包括/分别, or follows a clause that is only 其中
    (其中，接待入境游客86万人次); 包括 inside a noun phrase (有包括…等账号超9万个) is no cue."""
    text = inp.text(c)
    if text is None:
        return False
    clause = clause_before(text, c.span.start, 24)
    if _PART_CUE.match(clause.lstrip(" \u3000")):
        return True
    lead = text[max(0, c.span.start - len(clause) - 4) : c.span.start - len(clause)]
    return lead.rstrip(",，:： \u3000").endswith(("其中", "包括"))


def _sentence_of(inp: CheckInput, c: Claim) -> tuple[str, int] | None:
    s = inp.sentence(c)
    return None if s is None else (skey(c), s[0])


@cache
def _prefixes(section: str, key: str) -> tuple[str, ...]:
    return tuple(sorted(cues(section, key), key=len, reverse=True))


def _strip_region(s: str) -> str:
    for w in _prefixes("match", "region"):
        if s.startswith(w):
            return s[len(w) :]
    return s


def _subject_entity(s: str) -> str:
    """What a subject names once the report's own area is set aside: the text after the
    last region word (国庆假期我市 -> '', 全县旅游综合 -> 旅游综合)."""
    cut = 0
    for w in _prefixes("match", "region"):
        i = s.rfind(w)
        if i >= 0:
            cut = max(cut, i + len(w))
    return s[cut:]


def _strip_fillers(s: str) -> str:
    changed = True
    while changed and s:
        changed = False
        for w in _prefixes("match", "filler"):
            if s.startswith(w) and len(s) > len(w):
                s, changed = s[len(w) :], True
                break
    return s

