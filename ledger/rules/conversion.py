"""Rule ``conversion``: a figure restated in another unit right after it must convert to it.

Statistics bulletins print each area, yield or weight twice, in two units: 播种面积116064千公顷
(174095万亩), 单产5720公斤/公顷(381公斤/亩), 总产量66384万吨(13277亿斤). Takes the claims of each
source with text; finds each pair of physical measures (or rates) of one dimension in two units
where the second stands in brackets right after the first (or after 折合 / 约合 / 合 / 即 /
相当于); converts the second into the first's unit exactly (``ledger.rules._physical``:
1 公顷 = 15 亩, 1 斤 = 1/2 公斤) and compares:

- each bare figure is read as what rounds to it (116064千公顷 = [116063.5, 116064.5) 千公顷: a
  converted figure is always rounded); a qualified one (约) as its literal interval. They
  overlap: consistent (one summary finding per run names the pairs that agree);
- they do not, but would if a bare figure were off by one in its last printed digit (a
  conversion rounded twice, or cut instead of rounded): tension;
- otherwise: contradiction.

Not compared: money in two currencies (no exchange rate is known), temperatures (°C / °F: an
offset scale), strength scales, and pairs in one unit (a bracket that repeats the unit is a
note, not a conversion).
"""

from __future__ import annotations

from fractions import Fraction
from itertools import pairwise

import regex

from claims.models import Claim, Interval, exact
from ledger.models import Finding, Verdict
from ledger.rules._common import CheckInput, fmt, fmt_iv, make, numeric, quote, value
from ledger.rules._intervals import is_bare, printed_step, rounded, written_step
from ledger.rules._physical import factor, physical_dimension, same_unit, unit_label

__all__ = ["conversion"]

RULE = "conversion"

# What may stand between a figure and its restatement in another unit: an opening bracket,
# or a conversion word (面积1.5万平方公里,折合2250万亩). The restatement's own qualifier (约)
# is part of its span.
_BETWEEN = regex.compile(
    r"""
    \s*(?:
        [（(]                                   # 116064千公顷(174095万亩)
      | [,，]?\s*(?:约合|折合|合计约|合|即|相当于)   # ,折合2250万亩
      | [,，]                                   # ,约合2250万亩 (约合 inside the next claim)
    )\s*
    """,
    regex.VERBOSE,
)
_CLOSE = frozenset("）)")
_OPEN = frozenset("（(")
_JOINING_QUALIFIERS = ("约合", "折合")


def conversion(inp: CheckInput) -> list[Finding]:
    """Check each figure restated in another unit right after it."""
    out: list[Finding] = []
    agreeing: list[Claim] = []
    for key, group in inp.by_source.items():
        text = inp.texts.get(key)
        if text is None:
            continue
        for a, b in pairwise(group):
            if not _restated_in_other_unit(text, a, b):
                continue
            f = _check(a, b)
            if f.verdict is Verdict.CONSISTENT:
                agreeing.extend((a, b))
            else:
                out.append(f)
    if agreeing:
        pairs = len(agreeing) // 2
        out.append(
            make(
                RULE,
                Verdict.CONSISTENT,
                agreeing[:20],
                f"{pairs} figures restated in another unit convert to their restatement"
                f"{'' if pairs <= 10 else ' (the first 10 named)'}.",
                arithmetic=f"{pairs} pairs, converted exactly and compared at printed precision",
                tolerance="each bare figure rounds to half its last printed digit",
            )
        )
    return out


def _restated_in_other_unit(text: str, a: Claim, b: Claim) -> bool:
    if not (numeric(a) and numeric(b)) or same_unit(a, b) or b.span.start < a.span.end:
        return False
    dim = physical_dimension(a)
    if dim is None or dim != physical_dimension(b):
        return False
    m = _BETWEEN.fullmatch(text, a.span.end, b.span.start)
    if m is None:
        return False
    between = m.group()
    if any(ch in _OPEN for ch in between):
        return text[b.span.end : b.span.end + 1] in _CLOSE
    if between.strip(" ,，") == "":
        return b.text.startswith(_JOINING_QUALIFIERS)  # ,约合2250万亩
    return True


def _check(a: Claim, b: Claim) -> Finding:
    k = factor(b, a)
    assert k is not None  # one physical dimension: checked by the caller
    near_a, near_b = rounded(value(a)), rounded(value(b)).scale(k)
    wide_a, wide_b = _off_by_one(a), _off_by_one(b).scale(k)
    if near_a.overlaps(near_b):
        verdict, how = Verdict.CONSISTENT, "agree"
    elif wide_a.overlaps(wide_b):
        verdict, how = Verdict.TENSION, "agree only if a figure is off by one in its last digit"
    else:
        verdict, how = Verdict.CONTRADICTION, "cannot be the same amount"
    converted = Fraction(value(b).stated) * k
    message = (
        f"{quote([a, b])} state one amount in two units and {how}: 「{b.text}」 is "
        f"{fmt(converted)} {unit_label(a)} (1 {unit_label(b)} = {fmt(k)} {unit_label(a)})."
    )
    return make(
        RULE,
        verdict,
        [a, b],
        message,
        arithmetic=(
            f"{fmt_iv(near_a)} vs {fmt_iv(near_b)} ({unit_label(a)}, what rounds to each); "
            f"off by one in the last digit: {fmt_iv(wide_a)} vs {fmt_iv(wide_b)}"
        ),
        stated=near_b,
        expected=near_a,
        tolerance="each bare figure rounds to half its last printed digit",
    )


def _off_by_one(c: Claim) -> Interval:
    """A bare figure's value give or take one in its last written digit (3000万: 1万, every
    zero taken as written); others as stated."""
    v = value(c)
    if not is_bare(v):
        return v.literal
    step, x = written_step(c) or printed_step(v), Fraction(v.stated)
    return Interval.make(exact(x - step), exact(x + step), True, True)
