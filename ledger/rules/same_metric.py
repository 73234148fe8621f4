"""Rule ``same_metric``: figures for one metric at comparable times must agree.

Takes the restatements of ``ledger.rules._match`` (the same metric key with a real subject
at a comparable time; or, as a guess, the same counted noun, subject, rate and time within
a few figures of one text) and returns, per group, a contradiction for each pair whose
literal intervals are disjoint, a tension for each pair whose conventional intervals alone
are disjoint, or one consistent finding for the whole group. A guessed match is never a
contradiction: disjoint literals make it a tension. Pairs of bare figures at different
precision (16812 vs 1.7万) are left to the ``rounding`` rule. A group larger than
``PAIRWISE_LIMIT`` is not compared pair by pair: on a line, intervals have a common point
exactly when the one with the highest lower bound meets the one with the lowest upper
bound, so that pair decides.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from itertools import combinations

from claims.models import Claim, Interval, Value
from ledger.models import Finding, Verdict
from ledger.rules._common import (
    CheckInput,
    cap,
    cue_regex,
    fmt_iv,
    is_bare,
    judge,
    make,
    printed_step,
    quote,
    value,
)
from ledger.rules._match import Restatement, restated, restatements
from ledger.rules._physical import in_units_of, physical_dimension, same_unit, unit_label

__all__ = ["PAIRWISE_LIMIT", "same_metric"]

RULE = "same_metric"
PAIRWISE_LIMIT = 12
"""Groups up to this size are reported pair by pair; larger ones by their extreme pair."""


def same_metric(inp: CheckInput) -> list[Finding]:
    """Compare every group of claims that state the same metric at a comparable time."""
    out: list[Finding] = []
    for r in restatements(inp):
        if len(r.claims) <= PAIRWISE_LIMIT:
            out.extend(_pairwise(inp, r))
        else:
            out.append(_extremes(r.claims))
    return out


def rounding_pair(a: Claim, b: Claim) -> bool:
    """Two bare figures of one unit printed at different precision: the ``rounding`` rule's
    case (figures in two units are compared here, after conversion)."""
    if not same_unit(a, b):
        return False
    va, vb = value(a), value(b)
    return is_bare(va) and is_bare(vb) and printed_step(va) != printed_step(vb)


def changed_between(inp: CheckInput, a: Claim, b: Claim) -> bool:
    """Whether the text itself says the figure changed between ``a`` and ``b`` in one
    sentence (从100万人增加到300万人): two states, not two statements of one."""
    text = inp.text(a)
    if text is None or a.source_id != b.source_id:
        return False
    first, second = (a, b) if a.span.start <= b.span.start else (b, a)
    s = inp.sentence(first)
    if s is None or second.span.start >= s[2]:
        return False
    between = text[first.span.end : second.span.start]
    return bool(cue_regex("change", "up", "down", "to").search(between))


def _pairwise(inp: CheckInput, r: Restatement) -> list[Finding]:
    out: list[Finding] = []
    compared = 0
    for a, b in combinations(r.claims, 2):
        if a.id == b.id or rounding_pair(a, b) or changed_between(inp, a, b):
            continue
        if not restated(inp, a, b):
            continue
        compared += 1
        f = _compare(a, b, r.certain)
        if f.verdict is not Verdict.CONSISTENT:
            out.append(f)
    if not out and compared:
        out.append(_agree(r.claims, r.certain))
    return out


def _extremes(group: Sequence[Claim]) -> Finding:
    ref = group[0]  # every figure in the first one's unit
    for conventional in (False, True):
        a = max(group, key=lambda c: _lower_key(_iv(c, ref, conventional)))
        b = min(group, key=lambda c: _upper_key(_iv(c, ref, conventional)))
        if not _iv(a, ref, conventional).overlaps(_iv(b, ref, conventional)):
            return _compare(b, a) if b.span.start <= a.span.start else _compare(a, b)
    return _agree(group)


def _iv(c: Claim, ref: Claim, conventional: bool) -> Interval:
    v = _value_in(c, ref)
    return v.conventional if conventional else v.literal


def _in_unit(a: Claim, b: Claim) -> str:
    """A note for the arithmetic when ``b`` was converted into ``a``'s unit."""
    if same_unit(a, b) or physical_dimension(a) is None:
        return ""  # counts of two measure words, or one unit: nothing was converted
    return f" (both in {unit_label(a)})"


def _value_in(c: Claim, ref: Claim) -> Value:
    """``c``'s value in ``ref``'s unit: 3000万亩 as 200万 hectares next to 150万公顷."""
    if same_unit(c, ref):
        return value(c)
    converted = in_units_of(c, ref)
    return value(c) if converted is None else converted


def _lower_key(iv: Interval) -> tuple[Fraction, int]:
    if iv.lower is None:
        return (Fraction(-(10**30)), 0)
    return (Fraction(iv.lower), 0 if iv.lower_closed else 1)


def _upper_key(iv: Interval) -> tuple[Fraction, int]:
    if iv.upper is None:
        return (Fraction(10**30), 0)
    return (Fraction(iv.upper), 1 if iv.upper_closed else 0)


def _compare(a: Claim, b: Claim, certain: bool = True) -> Finding:
    va, vb = value(a), _value_in(b, a)
    verdict = judge(va.literal, vb.literal, va.conventional, vb.conventional)
    if not certain:
        return _guessed(a, b, verdict)
    lit = va.literal.intersect(vb.literal)
    conv = va.conventional.intersect(vb.conventional)
    arithmetic = (
        f"literal {fmt_iv(va.literal)} ∩ {fmt_iv(vb.literal)} = "
        f"{'∅' if lit is None else fmt_iv(lit)}; conventional {fmt_iv(va.conventional)} ∩ "
        f"{fmt_iv(vb.conventional)} = {'∅' if conv is None else fmt_iv(conv)}{_in_unit(a, b)}"
    )
    key = a.metric_key
    if verdict is Verdict.CONTRADICTION:
        message = (
            f"{quote([a, b])} state the same metric ({key}) at a comparable time, but no "
            f"number satisfies both: {fmt_iv(va.literal)} and {fmt_iv(vb.literal)} do not overlap."
        )
    elif verdict is Verdict.TENSION:
        message = (
            f"{quote([a, b])} state the same metric ({key}): the words allow "
            f"{fmt_iv(lit) if lit else '∅'}, but their usual readings "
            f"{fmt_iv(va.conventional)} and {fmt_iv(vb.conventional)} do not overlap."
        )
    else:
        message = f"{quote([a, b])} state the same metric ({key}) and agree."
    return make(
        RULE,
        verdict,
        [a, b],
        message,
        arithmetic=arithmetic,
        stated=va.literal,
        expected=vb.literal,
        tolerance="literal and conventional intervals as stated",
    )


def _guessed(a: Claim, b: Claim, verdict: Verdict) -> Finding:
    """A pair matched by counted noun, subject and time, not by one key: at most a tension."""
    va, vb = value(a), _value_in(b, a)
    lit = va.literal.intersect(vb.literal)
    nouns = f"{a.counted or a.metric} / {b.counted or b.metric}"
    what = f"{quote([a, b])} seem to restate one figure ({nouns})"
    if verdict is Verdict.CONSISTENT:
        message = f"{what} and agree."
    else:
        message = (
            f"{what}, but {fmt_iv(va.literal)} and {fmt_iv(vb.literal)} "
            f"{'do not overlap' if lit is None else 'differ in their usual readings'}; "
            "the match is by noun, subject and time, so a reviewer should confirm it."
        )
    return make(
        RULE,
        cap(verdict),
        [a, b],
        message,
        arithmetic=(
            f"literal {fmt_iv(va.literal)} ∩ {fmt_iv(vb.literal)} = "
            f"{'∅' if lit is None else fmt_iv(lit)} (matched by counted noun, not metric key)"
            f"{_in_unit(a, b)}"
        ),
        stated=va.literal,
        expected=vb.literal,
        tolerance="intervals as stated; a guessed match is at most a tension",
    )


def _agree(group: Sequence[Claim], certain: bool = True) -> Finding:
    common: Interval | None = value(group[0]).literal
    for c in group[1:]:
        lit = _value_in(c, group[0]).literal
        common = common.intersect(lit) if common is not None else None
    shown = quote(list(group[:4])) + (f" and {len(group) - 4} more" if len(group) > 4 else "")
    what = (
        f"the same metric ({group[0].metric_key})"
        if certain
        else f"one figure (matched by counted noun: {group[0].counted or group[0].metric})"
    )
    return make(
        RULE,
        Verdict.CONSISTENT,
        group,
        f"{shown} state {what} and can all hold.",
        arithmetic=f"common literal range {fmt_iv(common) if common else '∅ (rounding)'}",
        stated=common,
        tolerance="literal and conventional intervals as stated",
    )
