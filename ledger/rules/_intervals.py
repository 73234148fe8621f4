"""Numbers for the consistency rules: a claim's value and its readings as intervals, and the
interval arithmetic ``claims.models.Interval`` does not have (difference, quotient).

Takes claims and ``Interval``s; returns intervals (the rounding, printed and literal
readings), exact ``Fraction`` steps, verdicts from disjoint intervals (``judge``), and what
sort of quantity a claim states (``dimension``, ``compatible``). Every number is exact.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import regex

from claims.models import Claim, DateValue, Interval, Kind, Span, Value, exact  # noqa: F401  (Span: doctests)
from claims.units import UnitError
from claims.units import dimension as unit_dimension
from ledger.models import Verdict
from ledger.rules._physical import physical_dimension, scaled
from ledger.rules._text import cues

__all__ = [
    "AMOUNT_KINDS",
    "EXCLUDED_KINDS",
    "EXTENSIVE_DIMENSIONS",
    "additive",
    "cap",
    "compatible",
    "date_value",
    "dimension",
    "div",
    "is_amount",
    "is_bare",
    "judge",
    "numeric",
    "physical",
    "printed",
    "printed_step",
    "rounded",
    "same_count_unit",
    "sub",
    "value",
    "written_step",
]

# The last figure written in digits in a claim's surface, with its scale word: 1.5万, 100万.
_WRITTEN_FIGURE = regex.compile(
    r"""
    (?P<int>\d[\d,]*)          # integer digits, thousands separators allowed
    (?:\.(?P<dec>\d+))?         # decimals
    \s*(?P<scale>万亿|亿|万|千|百)?  # a scale word after the digits
    """,
    regex.VERBOSE,
)
_SCALE = {"万亿": 10**12, "亿": 10**8, "万": 10**4, "千": 10**3, "百": 10**2, None: 1}


def numeric(claim: Claim) -> bool:
    """Whether the claim has a numeric value (not a date)."""
    return isinstance(claim.value, Value)


def value(claim: Claim) -> Value:
    """The claim's numeric value (callers check ``numeric`` first).

    A permille figure (8.04‰) comes back in percent (0.804), so shares and bounds compare
    with percentages on one scale.
    """
    assert isinstance(claim.value, Value)
    if claim.unit == "permille":
        return _permille_as_percent(claim.value)
    return claim.value


_TENTH = Fraction(1, 10)


def _permille_as_percent(v: Value) -> Value:
    return scaled(v, _TENTH)


def date_value(claim: Claim) -> DateValue | None:
    """The claim's date value, if it is a date claim."""
    return claim.value if isinstance(claim.value, DateValue) else None


def printed_step(v: Value) -> Fraction:
    """The place value of the last digit as printed: 30 -> 1, 12.5 -> 0.1, 1.7万 -> 1000.

    >>> printed_step(Value.exactly("12.5"))
    Fraction(1, 10)
    """
    g = Fraction(v.granularity)
    if isinstance(v.stated, Decimal):
        exponent = v.stated.as_tuple().exponent
        if isinstance(exponent, int) and exponent < 0:
            place = Fraction(10) ** exponent
            return min(g, place) if g > 0 else place
    return g if g > 0 else Fraction(1)


def rounded(v: Value, conventional: bool = False) -> Interval:
    """The value's interval, widened by half a printed step when it is a bare point.

    A bare "30%" or "5元" printed as a point allows whatever rounds to it; a bounded figure
    already says what it allows.
    """
    iv = v.conventional if conventional else v.literal
    if iv.lower is None or iv.upper is None or iv.lower != iv.upper:
        return iv
    half = printed_step(v) / 2
    x = Fraction(iv.lower)
    return Interval.make(exact(x - half), exact(x + half), True, False)


def written_step(claim: Claim) -> Fraction | None:
    """The place value of the last digit as written, trailing zeros included: 100万 -> 1万,
    1.5万 -> 1000, 1200 -> 1; ``None`` when the figure is not in digits.

    >>> c = Claim(id="x", kind=Kind.COUNT, text="100万人", span=Span(start=0, end=5),
    ...           value=Value.exactly(1000000, 1000000))
    >>> written_step(c)
    Fraction(10000, 1)
    """
    v = value(claim)
    found = None
    for found in _WRITTEN_FIGURE.finditer(claim.text):  # noqa: B007  (keeps the last one)
        pass
    if found is None:
        return None
    digits = found.group("int").replace(",", "") + "." + (found.group("dec") or "0")
    scale = _SCALE[found.group("scale")]
    if Fraction(Decimal(digits)) * scale != Fraction(v.stated):
        return None
    return Fraction(1, 10 ** len(found.group("dec") or "")) * scale


def printed(claim: Claim) -> Interval:
    """The claim's reading with every written digit taken as significant.

    A bare 100万 literally allows [50万, 150万) (its last significant digit is the 1); a
    reader takes it as [99.5万, 100.5万). Qualified figures keep their conventional reading.
    """
    v = value(claim)
    step = written_step(claim) if is_bare(v) else None
    if step is None:
        return v.conventional
    x = Fraction(v.stated)
    near = Interval.make(exact(x - step / 2), exact(x + step / 2), True, False)
    return v.conventional.intersect(near) or v.conventional


def sub(a: Interval, b: Interval) -> Interval:
    """Every difference x - y for x in ``a``, y in ``b``."""
    return a + b.scale(-1)


def div(a: Interval, b: Interval) -> Interval | None:
    """Every quotient x / y for x in ``a`` (>= 0) and y in ``b`` (> 0); ``None`` otherwise.

    >>> str(div(Interval.make(300, 300), Interval.make(1000, 1200)))
    '[0.25, 0.3]'
    """
    if a.lower is None or Fraction(a.lower) < 0 or b.lower is None or Fraction(b.lower) < 0:
        return None
    b_lo = Fraction(b.lower)
    if b_lo == 0 and (b.lower_closed or b.upper is None):
        return None
    a_lo, a_hi = Fraction(a.lower), None if a.upper is None else Fraction(a.upper)
    if b.upper is None:
        lo, lo_c = Fraction(0), a_lo == 0 and a.lower_closed
    else:
        lo, lo_c = a_lo / Fraction(b.upper), a.lower_closed and b.upper_closed
    if a_hi is None or b_lo == 0:
        hi, hi_c = None, False
    else:
        hi, hi_c = a_hi / b_lo, a.upper_closed and b.lower_closed
    if hi is not None and lo == hi:
        lo_c = hi_c = True
    return Interval.make(exact(lo), None if hi is None else exact(hi), lo_c, hi_c)


def judge(
    stated_lit: Interval,
    expected_lit: Interval,
    stated_conv: Interval,
    expected_conv: Interval,
    printed_pair: tuple[Interval | None, Interval | None] = (None, None),
) -> Verdict:
    """Contradiction when the literal intervals are disjoint; tension when only the
    conventional ones are, or (given) the readings with every written digit significant;
    consistent otherwise."""
    if not stated_lit.overlaps(expected_lit):
        return Verdict.CONTRADICTION
    if not stated_conv.overlaps(expected_conv):
        return Verdict.TENSION
    a, b = printed_pair
    if a is not None and b is not None and not a.overlaps(b):
        return Verdict.TENSION
    return Verdict.CONSISTENT


def cap(verdict: Verdict) -> Verdict:
    """A verdict for a heuristic match: a contradiction becomes a tension, since the
    arithmetic may be certain but the grouping is a guess.

    >>> cap(Verdict.CONTRADICTION).value, cap(Verdict.CONSISTENT).value
    ('tension', 'consistent')
    """
    return Verdict.TENSION if verdict is Verdict.CONTRADICTION else verdict


def dimension(claim: Claim) -> str:
    """What sort of quantity a claim states: counts of anything compare with each other;
    money only in one currency; physical measures and rates in any unit of one dimension
    (公顷 and 亩; 公里/小时 and 每小时…公里: ``ledger.rules._physical``); durations, temperatures,
    strength scales and other rates only in one unit."""
    physical_dim = physical_dimension(claim)
    if physical_dim is not None:
        return f"physical:{physical_dim}"
    if claim.kind is Kind.COUNT:
        return "count"
    if claim.kind in (Kind.PERCENT, Kind.FRACTION, Kind.PERCENTAGE_POINT, Kind.MULTIPLE):
        return str(claim.kind)
    return f"{claim.kind}:{claim.unit}"


def is_bare(v: Value) -> bool:
    """A figure stated without a bounding word (16812, 1.7万): only rounding widens it.

    ``approximate`` is not asked: extraction marks a bare round figure (1.7万) approximate.
    """
    return v.qualifier is None and v.stated_end is None and not v.readings


AMOUNT_KINDS = frozenset({Kind.COUNT, Kind.MONEY, Kind.MEASURE})
"""Kinds whose figures add up: parts and totals, bases and results of a change."""


def is_amount(claim: Claim) -> bool:
    """A count, sum of money or physical measure with a numeric value."""
    return claim.kind in AMOUNT_KINDS and numeric(claim)


EXTENSIVE_DIMENSIONS = frozenset(
    {
        "[length]",  # 公里 of road, 毫米 of rain over a period
        "[length] ** 2",  # 公顷, 亩, 平方米
        "[length] ** 3",  # 立方米, 升
        "[mass]",  # 吨, 公斤
        "[length] ** 2 * [mass] / [time] ** 2",  # energy: 千瓦时, 焦耳
        "[length] ** 2 * [mass] / [time] ** 3",  # power: installed 千瓦 add up
    }
)
"""Dimensions (``claims.units.dimension``) of the physical measures whose parts add up to a
whole. Everything else is intensive: magnitudes, wind forces, temperatures, speeds,
pressures, frequencies, yields per area (吨/亩)."""


def physical(unit: str | None) -> str:
    """What a measure's unit measures (``claims.units.dimension``): hectare and mu are both
    ``[length] ** 2``; the unit itself when pint cannot read it, ``?`` without one.

    >>> physical("hectare") == physical("mu"), physical(None)
    (True, '?')
    """
    if unit is None:
        return "?"
    try:
        return unit_dimension(unit)
    except UnitError:
        return unit


def additive(claim: Claim) -> bool:
    """An amount whose parts add up to a whole: a count, a sum of money or an extensive
    measure, not per anything. A magnitude (5.0~5.9级 and 6.0~6.9级 are classes, not
    addends), a temperature, a speed or a rate (人均, 元/吨: an average or a price of each
    group, never the group's share of a total) is no part and no total.

    >>> def c(kind, unit, per=None):
    ...     return Claim(id="x", kind=kind, text="1", span=Span(start=0, end=1),
    ...                  value=Value.exactly(1), unit=unit, per=per)
    >>> additive(c(Kind.COUNT, "次")), additive(c(Kind.MEASURE, "hectare"))
    (True, True)
    >>> additive(c(Kind.MEASURE, "richter_magnitude")), additive(c(Kind.MONEY, "CNY", "人"))
    (False, False)
    """
    if not is_amount(claim) or claim.per is not None:
        return False
    if claim.kind is not Kind.MEASURE:
        return True
    return physical(claim.unit) in EXTENSIVE_DIMENSIONS


def compatible(a: Claim, b: Claim) -> bool:
    """Two amounts that can be added or compared: same kind, unit (or both people), rate."""
    if a.kind is not b.kind or a.per != b.per:
        return False
    if a.kind is Kind.COUNT:
        return same_count_unit(a, b)
    return a.unit == b.unit


def same_count_unit(a: Claim, b: Claim) -> bool:
    """Whether two claims count the same sort of thing by their units (人 and 名 are alike)."""
    if a.unit == b.unit:
        return True
    people = set(cues("people", "units"))
    return a.unit in people and b.unit in people


EXCLUDED_KINDS = frozenset({Kind.DATE, Kind.ORDINAL})
"""Kinds that are not amounts and never take part in amount comparisons."""
