"""Rule ``rounding``: a figure restated at another precision must round to the coarser one.

Takes the restatements of ``ledger.rules._match`` (certain: one metric key with a real
subject; guessed: one counted noun, subject and time nearby) and, in each, the bare
figures (no 超/约/余): the finest-printed one is the reference; every coarser figure is
checked against it. The reference agrees when it lies in the coarser figure's rounding
interval (16812 vs 1.7万: [16500, 17500) holds 16812: consistent); when it lies only in the
truncation interval (16812 vs 1.6万: [16000, 17000)) the writer cut digits instead of
rounding: tension; otherwise no reading makes them the same figure: contradiction, or a
tension when the match is a guess.
"""

from __future__ import annotations

from fractions import Fraction

from claims.models import Claim, Interval, exact
from ledger.models import Finding, Verdict
from ledger.rules._common import (
    CheckInput,
    cap,
    fmt,
    fmt_iv,
    is_bare,
    make,
    printed_step,
    quote,
    value,
)
from ledger.rules._match import restated, restatements

__all__ = ["rounding"]

RULE = "rounding"


def rounding(inp: CheckInput) -> list[Finding]:
    """Check each coarser restatement of a figure against its finest statement."""
    out: list[Finding] = []
    for r in restatements(inp):
        by_unit: dict[tuple[str | None, str | None], list[Claim]] = {}
        for c in r.claims:
            if is_bare(value(c)):  # figures in two units: same_metric converts and compares
                by_unit.setdefault((c.unit, c.per), []).append(c)
        for bare in by_unit.values():
            if len(bare) < 2:
                continue
            finest = min(printed_step(value(c)) for c in bare)
            reference = next(c for c in bare if printed_step(value(c)) == finest)
            for c in bare:
                if printed_step(value(c)) > finest and restated(inp, reference, c):
                    out.append(_check(reference, c, r.certain))
    return out


def _check(fine: Claim, coarse: Claim, certain: bool = True) -> Finding:
    vf, vc = value(fine), value(coarse)
    step = printed_step(vc)
    x = Fraction(vc.stated)
    rounds = Interval.make(exact(x - step / 2), exact(x + step / 2), True, False)
    cuts = Interval.make(exact(x), exact(x + step), True, False)
    head = f"{quote([fine, coarse])}: {fmt(vf.stated)} restated to the nearest {fmt(step)}"
    if vf.literal.overlaps(rounds):
        verdict = Verdict.CONSISTENT
        message = f"{head} is {fmt(vc.stated)}, as stated."
    elif vf.literal.overlaps(cuts):
        verdict = Verdict.TENSION
        message = f"{head} is not {fmt(vc.stated)}: the figure was cut, not rounded."
    else:
        verdict = Verdict.CONTRADICTION
        message = f"{head} cannot be {fmt(vc.stated)}: the figures disagree."
    if not certain:
        verdict = cap(verdict)
        message += " (Matched by counted noun, subject and time, not one metric key.)"
    return make(
        RULE,
        verdict,
        [fine, coarse],
        message,
        arithmetic=(
            f"{fmt_iv(vf.literal)} vs rounding interval {fmt_iv(rounds)} of "
            f"{coarse.text} (truncation interval {fmt_iv(cuts)})"
        ),
        stated=vc.literal,
        expected=vf.literal,
        tolerance=f"half a printed step ({fmt(step / 2)})",
    )
