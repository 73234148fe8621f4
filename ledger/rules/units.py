"""Rule ``units``: one metric key stated in incompatible dimensions (元 vs 人).

Takes ``CheckInput.by_metric`` (claims grouped by metric key, reviewer links applied by the
ledger) and sorts each claim into a dimension: money, count, duration, rate per X, or a
measure in its unit. Relative figures (percentages, multiples, fractions) attach to any
metric and are left out. Returns a tension per key whose absolute figures fall in two or
more dimensions (a wrong key or a wrong unit: a reviewer should look), and one consistent
finding counting the keys with two or more figures that all share one dimension (it
names the first ``NAMED_LIMIT`` of their claims). Also a tension per pair of nearby
amounts that ``ledger.rules._match`` takes for one noun of one subject at one time, in two
dimensions (旅游综合收入72.5亿元 … 旅游综合收入72.5万人次), though their keys differ.
"""

from __future__ import annotations

from claims.models import Claim, Kind
from ledger.models import Finding, Verdict
from ledger.rules._common import CheckInput, make, physical, summary
from ledger.rules._match import cross_dimension_pairs
from ledger.rules._physical import physical_dimension

__all__ = ["units"]

RULE = "units"
_RELATIVE = frozenset({Kind.PERCENT, Kind.PERCENTAGE_POINT, Kind.FRACTION, Kind.MULTIPLE})


def units(inp: CheckInput) -> list[Finding]:
    """Report metric keys whose figures are in more than one dimension."""
    out: list[Finding] = []
    agreeing: list[Claim] = []
    keys = 0
    for key, group in inp.by_metric.items():
        by_dim: dict[str, Claim] = {}
        members = [c for c in group if c.kind not in _RELATIVE and c.kind is not Kind.ORDINAL]
        for c in members:
            by_dim.setdefault(_dimension(c), c)
        if len(by_dim) > 1:
            shown = ", ".join(f"「{c.text}」 ({d})" for d, c in by_dim.items())
            out.append(
                make(
                    RULE,
                    Verdict.TENSION,
                    by_dim.values(),
                    f"The metric {key} is stated in {len(by_dim)} dimensions: {shown}; "
                    "either the key or a unit is wrong.",
                    arithmetic=" vs ".join(by_dim),
                    tolerance="counts of any measure word compare; money only in one currency",
                )
            )
        elif len(members) > 1:
            agreeing.extend(members)
            keys += 1
    for a, b in cross_dimension_pairs(inp):
        if a.metric_key and a.metric_key == b.metric_key:
            continue  # reported above, by key
        out.append(
            make(
                RULE,
                Verdict.TENSION,
                [a, b],
                f"「{a.text}」 ({_dimension(a)}) and 「{b.text}」 ({_dimension(b)}) seem to state "
                f"one figure ({a.counted or a.metric} / {b.counted or b.metric}) in two "
                "dimensions; either the match or a unit is wrong.",
                arithmetic=f"{_dimension(a)} vs {_dimension(b)} (matched by counted noun, "
                "subject and time)",
                tolerance="counts of any measure word compare; money only in one currency",
            )
        )
    if agreeing:
        out.append(
            summary(
                RULE, agreeing,
                f"{keys} metric keys with two or more figures: each in one dimension.",
                f"{keys} keys, {len(agreeing)} claims",
            )
        )  # fmt: skip
    return out


def _dimension(c: Claim) -> str:
    """The claim's dimension for this rule: a measure by what it measures, not by its unit
    (116064千公顷 and 174095万亩 are both areas; 5720公斤/公顷 and 381公斤/亩 both yields)."""
    if c.kind is Kind.MONEY:
        return "money"
    physical_dim = physical_dimension(c)
    if physical_dim is not None:
        return f"measure ({physical_dim})"  # 公里/小时 and 每小时…公里 alike
    base = {Kind.COUNT: "count", Kind.DURATION: "duration"}.get(c.kind)
    if base is None:
        base = f"{c.kind} ({physical(c.unit)})"
    return f"{base} per {c.per}" if c.per else base
