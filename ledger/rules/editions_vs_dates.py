"""Rule ``editions_vs_dates``: a number of editions against the years since the first.

Takes claims counting 届 (连续举办十一届, 第十一届) whose clause names a series (举办, 召开,
连续), a start year marked as such in the same sentence or paragraph (从2015年开始,
自2019年起), and the as-of date (the claim's, else its source's publication date). An
annual series started in year S can have held at most (as-of year - S + 1) editions by
then. Returns tension when the stated number is larger (the series may run more often
than yearly, so never a contradiction), consistent when it fits, and not_checked when the
start year or the as-of date is missing.
"""

from __future__ import annotations

from fractions import Fraction
from math import floor

from claims.models import Claim
from ledger.models import Finding, Verdict
from ledger.rules._common import (
    CheckInput,
    YearMention,
    clause_before,
    cue_regex,
    fmt,
    make,
    numeric,
    skey,
    value,
    years_in,
)

__all__ = ["editions_vs_dates"]

RULE = "editions_vs_dates"


def editions_vs_dates(inp: CheckInput) -> list[Finding]:
    """Check every count of editions of a series against its start year and as-of date."""
    out: list[Finding] = []
    for key, group in inp.by_source.items():
        text = inp.texts.get(key)
        if text is None:
            continue
        for c in group:
            if not _is_editions(text, c):
                continue
            out.append(_check(inp, text, c))
    return out


def _is_editions(text: str, c: Claim) -> bool:
    if not numeric(c) or not (c.unit == "届" or c.text.endswith("届")):
        return False
    return c.text.startswith("第") or bool(
        cue_regex("editions", "series").search(clause_before(text, c.span.start, 14))
    )


def _start_year(inp: CheckInput, text: str, c: Claim) -> YearMention | None:
    years: list[YearMention] = inp.memo(("years", skey(c)), lambda _: years_in(text))
    _, s_start, s_end = inp.block_at(skey(c), c.span.start)
    _, p_start, _p_end = inp.block_at(skey(c), c.span.start, paragraph=True)
    for lo, hi in ((s_start, s_end), (p_start, c.span.start)):
        marked = [y for y in years if lo <= y.start < hi and y.is_start]
        if marked:
            before = [y for y in marked if y.start < c.span.start]
            return before[-1] if before else marked[0]
    return None


def _check(inp: CheckInput, text: str, c: Claim) -> Finding:
    v = value(c)
    as_of = inp.as_of(c)
    start = _start_year(inp, text, c)
    if start is None or as_of is None or v.literal.lower is None:
        missing = (
            "no start year (从…年开始) in its sentence or paragraph"
            if start is None
            else "no as-of date (publication date unknown)"
            if as_of is None
            else "no lower bound on the number of editions"
        )
        return make(
            RULE, Verdict.NOT_CHECKED, [c], f"「{c.text}」 could not be checked: {missing}.",
            reason=missing,
        )
    low = Fraction(v.literal.lower)
    least = floor(low) + (0 if v.literal.lower_closed and low == floor(low) else 1)
    if start.year > as_of.year:
        reason = f"the start year {start.year} is after the as-of date {as_of}"
        return make(
            RULE, Verdict.NOT_CHECKED, [c], f"「{c.text}」 could not be checked: {reason}.",
            reason=reason,
        )
    most = as_of.year - start.year + 1
    arithmetic = (
        f"{most} editions at most ({start.year}..{as_of.year}, annual) vs stated "
        f"{fmt(v.stated) if v.literal.lower == v.stated else f'at least {least}'}"
    )
    quoted = text[start.start : start.end]
    if least > most:
        verdict = Verdict.TENSION
        message = (
            f"「{c.text}」 since 「{quoted}」: a yearly series could have held at most {most} "
            f"by {as_of}; {least} needs more than one edition in some year."
        )
    else:
        verdict = Verdict.CONSISTENT
        message = f"「{c.text}」 since 「{quoted}」 fits a yearly series by {as_of}."
    return make(
        RULE, verdict, [c], message, arithmetic=arithmetic, tolerance="one edition per year",
    )
