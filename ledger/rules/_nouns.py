"""Nouns and subjects of claims, as ``ledger.rules._match`` compares them.

Takes claims (or subject strings); returns what a figure counts without region words and
fillers (``noun_core``: 全市共开工重点项目 -> 开工重点项目), whether a subject names an entity
(``is_weak_subject``: 全市, ?, 及以上 do not), the group words of a claim (城镇, 乡村:
``group_words``), and whether a subject is the report's area alone (全市) or a place
without a region word (鼓楼区: both in ``subject_facts``). Word lists are ``[match]`` in cues.toml.
"""

from __future__ import annotations

from functools import cache

import regex

from claims.models import Claim
from ledger.rules._common import cue_regex, cues

__all__ = [
    "NOT_WORD",
    "group_words",
    "is_weak_subject",
    "noun_core",
    "strip_fillers",
    "strip_region",
    "subject_entity",
    "subject_facts",
]

# Anything that is not a Chinese character or a Latin letter/digit: dropped from nouns and
# subjects before comparing them (#话题#, quotes, spaces, brackets).
NOT_WORD = regex.compile(
    r"""
    [^\p{Han}A-Za-z0-9]+   # punctuation, symbols and spaces
    """,
    regex.VERBOSE,
)


def is_weak_subject(subject: str | None) -> bool:
    """Whether a subject is unknown or a fragment: empty, ``?``, one character, a region
    word alone, holding a digit, or opening with a character no subject opens with.

    >>> subjects = (None, "?", "内", "及以上", "全市", "国庆假期我市", "平台", "#丰收的尉犁#")
    >>> [is_weak_subject(s) for s in subjects]
    [True, True, True, True, True, True, False, False]
    """
    return _weak_entity(subject_entity(NOT_WORD.sub("", subject or "")))


def _weak_entity(s: str) -> bool:
    """``is_weak_subject`` of a subject already cleaned and cut to its entity."""
    if len(s) < 2 or s == "?" or any(ch.isdigit() for ch in s):
        return True
    return s[0] in cues("match", "weak_start")


def noun_core(claim: Claim) -> str | None:
    """What a figure counts, for matching: its counted noun (else the key's measure), without
    region words, fillers and punctuation; ``None`` when fewer than two characters are left.

    >>> from claims.models import Kind, Span, Value
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
    core = strip_fillers(strip_region(NOT_WORD.sub("", base)))
    core = core.rstrip("的")
    return core if len(core) >= 2 and core != "*" else None


def subject_facts(subject: str | None) -> tuple[str | None, bool, bool]:
    """What ``_match`` needs of a subject, from one cleaning: the entity it names (``None``
    for a weak subject: ``is_weak_subject``); whether it names the report's whole area and
    nothing else (全市, 全省, 国庆假期我市: a figure of the area, no restatement of a place's
    inside it); and whether it names an entity and no region word (a place: 鼓楼区, not the
    extractor's 全省报考高职分类考试, which is the area's).

    >>> [subject_facts(s) for s in ("全市", "鼓楼区", "全县旅游综合", None)]
    [(None, True, False), ('鼓楼区', False, True), ('旅游综合', False, False), (None, False, False)]
    """
    s = NOT_WORD.sub("", subject or "")
    entity = subject_entity(s)
    weak = _weak_entity(entity)
    area = bool(s) and not entity and s != entity
    return (None if weak else entity), area, not weak and entity == s


def group_words(c: Claim) -> frozenset[str]:
    """The group words (城镇, 乡村, 男性, 入境: ``[match] group`` in cues.toml) in the claim's
    subject and noun: a figure of one group of a whole is no restatement of the whole."""
    where = f"{c.subject or ''} {c.counted or c.metric or ''}"
    return frozenset(cue_regex("match", "group").findall(where))


@cache
def _prefixes(section: str, key: str) -> tuple[str, ...]:
    return tuple(sorted(cues(section, key), key=len, reverse=True))


def strip_region(s: str) -> str:
    for w in _prefixes("match", "region"):
        if s.startswith(w):
            return s[len(w) :]
    return s


def subject_entity(s: str) -> str:
    """What a subject names once the report's own area is set aside: the text after the
    last region word (国庆假期我市 -> '', 全县旅游综合 -> 旅游综合)."""
    cut = 0
    for w in _prefixes("match", "region"):
        i = s.rfind(w)
        if i >= 0:
            cut = max(cut, i + len(w))
    return s[cut:]


def strip_fillers(s: str) -> str:
    changed = True
    while changed and s:
        changed = False
        for w in _prefixes("match", "filler"):
            if s.startswith(w) and len(s) > len(w):
                s, changed = s[len(w) :], True
                break
    return s
