"""The ；-parts of a sentence, as ``ledger.rules._match`` tells their entities apart.

Takes a ``CheckInput`` and claims; answers which named subject a ；-part continues (the
subject of the first figure of its sentence: 2023年,乡镇卫生院诊疗人次13.1亿…；入院人次
3992.1万 counts the 乡镇卫生院's, whatever subject the extractor gave it), and what a figure's
clause names before its figure (三坊七巷历史文化街区7天累计接待游客102.04万人次 ->
三坊七巷历史文化街区), so that two ；-parts of one sentence that each name their own place
are two entities even when the extractor lost both subjects. Each answer walks back at most
``SEMI_REACH`` ；-parts, so the work stays proportional to the claims compared.
"""

from __future__ import annotations

import regex

from claims.models import Claim
from ledger.rules._common import CheckInput, clause_before, skey
from ledger.rules._nouns import NOT_WORD, is_weak_subject, strip_region, subject_entity

__all__ = ["SEMI_REACH", "named_heads", "sentence_lead"]

SEMI_REACH = 4
"""How many ；-parts back a figure's sentence is read for the subject it continues."""

_SEMI = frozenset(";；")
# A figure's clause up to its first digit: the words before the noun and the figure.
_BEFORE_DIGIT = regex.compile(
    r"""
    ^ [^0-9０-９]*   # everything before the first digit of the clause
    """,
    regex.VERBOSE,
)
# What is no name: anything but Chinese characters and Latin letters.
_NOT_NAME = regex.compile(
    r"""
    [^\p{Han}A-Za-z]+   # digits, punctuation, spaces
    """,
    regex.VERBOSE,
)


def _first_part(inp: CheckInput, c: Claim) -> tuple[int, int] | None:
    """(block number, start) of the first ；-part of the claim's sentence, or ``None`` when
    the claim's own ；-part is that first part (or the text is unknown)."""
    text, s = inp.text(c), inp.sentence(c)
    if text is None or s is None:
        return None
    number, start, _ = s
    if start == 0 or text[start - 1] not in _SEMI:
        return None
    for _ in range(SEMI_REACH):
        number, start, _ = inp.block_at(skey(c), start - 1)
        if start == 0 or text[start - 1] not in _SEMI:
            break
    return number, start


def sentence_lead(inp: CheckInput, c: Claim) -> str | None:
    """The named subject of the first figure of the claim's sentence when the claim stands in
    a later ；-part of it (the entity that ；-part goes on about), else ``None``."""
    first = _first_part(inp, c)
    if first is None:
        return None
    for o in inp.by_sentence.get((skey(c), first[0]), ()):
        if not is_weak_subject(o.subject):
            return subject_entity(NOT_WORD.sub("", o.subject or ""))
    return None


def named_heads(inp: CheckInput, a: Claim, b: Claim) -> bool:
    """Whether ``a`` and ``b`` stand in two ；-parts of one sentence and each clause names
    something of its own before the figure, two different names (三坊七巷历史文化街区…接待游客
    102.04万人次；福安市高寨村…接待游客3.85万人次: two places, an enumeration)."""
    text = inp.text(a)
    sa, sb = inp.sentence(a), inp.sentence(b)
    if text is None or sa is None or sb is None or sa[0] == sb[0] or skey(a) != skey(b):
        return False
    first, s_first, last = (a, sa, b) if a.span.start < b.span.start else (b, sb, a)
    lead = _first_part(inp, last)
    if lead is None or s_first[1] < lead[1]:
        return False  # not one sentence: 。 or a line break between them
    ha, hb = _head(text, first), _head(text, last)
    return bool(ha and hb and ha != hb)


def _head(text: str, c: Claim) -> str:
    """The words of the claim's clause before its first digit, without the report's area and
    anything but names (三坊七巷历史文化街区7天累计接待游客 -> 三坊七巷历史文化街区); empty
    when fewer than two characters are left."""
    clause = clause_before(text, c.span.start, 40)
    m = _BEFORE_DIGIT.match(clause)
    head = strip_region(_NOT_NAME.sub("", m.group() if m else ""))
    noun = (c.counted or c.metric or "").strip()
    if noun and noun in head:
        head = head[: head.index(noun)]
    return head if len(head) >= 2 else ""
