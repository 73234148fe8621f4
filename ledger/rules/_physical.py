"""Physical quantities across units, for the consistency rules: 150万公顷 and 2250万亩 state one
area; 350公里/小时 and 每小时300公里 one speed.

Takes claims; returns what a physical measure measures once its rate denominator is folded in
(``physical_dimension``: ``[length] ** 2`` for 公顷 and 亩, ``[length] / [time]`` for 公里/小时
and for 公里 每小时), and a claim's value expressed in another claim's unit (``in_units_of``),
exactly: the factor is a ``Fraction`` (1 亩 = 1/15 公顷), so no comparison ever turns on a
rounding error.

Only measures and rates whose unit (and rate denominator, if any) pint reads as a
multiplicative physical unit take part. Left as they are, compared only with their own unit:
temperatures (an offset scale: 0 摄氏度 is not zero), the strength scales (震级, 风力, 烈度:
each its own dimension, never converted), durations (a 月 of pint is 1/12 of a mean year, not
the 30 days a text means), counts, money and shares.
"""

from __future__ import annotations

from fractions import Fraction
from functools import cache
from typing import Any

import pint

from claims.models import Claim, Kind, Span, Value, exact
from claims.units import NotAQuantityError, UnitError, to_quantity
from claims.units import dimension as unit_dimension

__all__ = [
    "factor",
    "folded_key",
    "folded_per",
    "in_units_of",
    "physical_dimension",
    "same_unit",
    "scaled",
    "unit_label",
]

_KINDS = frozenset({Kind.MEASURE, Kind.RATE})
_NEVER = ("[temperature]", "[seismic_magnitude]", "[wind_force]", "[seismic_intensity]")


def physical_dimension(claim: Claim) -> str | None:
    """What a physical measure or rate measures, its rate denominator folded in; ``None``
    for any other claim.

    >>> def c(unit, per=None, kind=Kind.MEASURE):
    ...     return Claim(id="x", kind=kind, text="1", span=Span(start=0, end=1),
    ...                  value=Value.exactly(1), unit=unit, per=per)
    >>> physical_dimension(c("mu")) == physical_dimension(c("hectare"))
    True
    >>> physical_dimension(c("kilometer", "hour", Kind.RATE))
    '[length] / [time]'
    >>> physical_dimension(c("degree_Celsius")), physical_dimension(c("CNY", "tonne", Kind.RATE))
    (None, None)
    """
    if claim.kind not in _KINDS or claim.unit is None or not isinstance(claim.value, Value):
        return None
    return _dimension(claim.unit, claim.per)


def folded_per(claim: Claim) -> str | None:
    """The claim's rate denominator as rules compare it: ``None`` when it is folded into the
    physical dimension (每小时300公里 is a speed, like 300公里/小时), else ``claim.per``."""
    return None if physical_dimension(claim) is not None else claim.per


def folded_key(claim: Claim) -> str:
    """The claim's metric key as rules group by it: for a physical measure or rate, its rate
    denominator folded into the dimension (``?|时速|hour|[length]`` becomes
    ``?|时速|-|[length] / [time]``, the key of 300公里/小时). Other keys, and keys outside the
    ``subject|measure|per|dimension`` grammar (a reviewer's link), are kept as they are."""
    key = claim.metric_key or ""
    parts = key.split("|")
    dim = physical_dimension(claim) if len(parts) == 4 else None
    if dim is None:
        return key
    return "|".join((parts[0], parts[1], "-", dim))


def same_unit(a: Claim, b: Claim) -> bool:
    """Whether two claims are written in one unit and rate denominator."""
    return (a.unit, a.per) == (b.unit, b.per)


def unit_label(claim: Claim) -> str:
    """The claim's unit for messages: ``kilometer per hour``, ``hectare``."""
    unit = claim.unit or "?"
    return f"{unit} per {claim.per}" if claim.per else unit


def in_units_of(claim: Claim, ref: Claim) -> Value | None:
    """``claim``'s value in ``ref``'s unit (and rate denominator), exactly; ``None`` when the
    two do not measure one physical dimension. The same unit gives the value unchanged.

    >>> def c(x, unit, per=None):
    ...     return Claim(id="x", kind=Kind.MEASURE, text="1", span=Span(start=0, end=1),
    ...                  value=Value.exactly(x), unit=unit, per=per)
    >>> str(in_units_of(c(3000, "mu"), c(1, "hectare")).literal)
    '[200, 200]'
    >>> str(in_units_of(c(45, "meter_per_second"), c(1, "kilometer", "hour")).literal)
    '[162, 162]'
    """
    assert isinstance(claim.value, Value)
    if same_unit(claim, ref):
        return claim.value
    k = factor(claim, ref)
    return None if k is None else scaled(claim.value, k)


def factor(claim: Claim, ref: Claim) -> Fraction | None:
    """How many of ``ref``'s unit one of ``claim``'s unit is (亩 in 公顷: 1/15), exactly;
    ``None`` when the two do not measure one physical dimension.

    >>> def c(unit):
    ...     return Claim(id="x", kind=Kind.MEASURE, text="1", span=Span(start=0, end=1),
    ...                  value=Value.exactly(1), unit=unit)
    >>> factor(c("mu"), c("hectare")), factor(c("mu"), c("kilogram"))
    (Fraction(1, 15), None)
    """
    if same_unit(claim, ref):
        return Fraction(1)
    dim = physical_dimension(claim)
    if dim is None or dim != physical_dimension(ref):
        return None
    assert claim.unit is not None
    assert ref.unit is not None
    return _factor(claim.unit, claim.per, ref.unit, ref.per)


def scaled(v: Value, k: Fraction) -> Value:
    """Every number of ``v`` multiplied by ``k`` (> 0): the same words in another unit."""

    def times(x: Any) -> Any:
        return exact(Fraction(x) * k)

    return v.model_copy(
        update={
            "stated": times(v.stated),
            "stated_end": None if v.stated_end is None else times(v.stated_end),
            "granularity": times(v.granularity),
            "literal": v.literal.scale(k),
            "conventional": v.conventional.scale(k),
            "readings": tuple(r.scale(k) for r in v.readings),
        }
    )


@cache
def _dimension(unit: str, per: str | None) -> str | None:
    q = _quantity(unit, per)
    if q is None:
        return None
    try:
        dims = unit_dimension(str(q.units))
    except UnitError:
        return None
    if any(scale in dims for scale in _NEVER) or dims == "dimensionless":
        return None
    return dims


@cache
def _factor(unit: str, per: str | None, to_unit: str, to_per: str | None) -> Fraction | None:
    a, b = _quantity(unit, per), _quantity(to_unit, to_per)
    if a is None or b is None:
        return None
    try:
        m = a.to(b.units).magnitude
    except Exception:  # pint's DimensionalityError and friends: not one dimension after all
        return None
    return m if isinstance(m, Fraction) and m > 0 else None


@cache
def _quantity(unit: str, per: str | None) -> pint.Quantity[Any] | None:
    """One of ``unit`` (per ``per``) as an exact pint quantity, or ``None``."""
    probe = Claim(
        id="probe",
        kind=Kind.MEASURE,
        text="1",
        span=Span(start=0, end=1),
        value=Value.exactly(1),
        unit=unit,
        per=per,
    )
    try:
        return to_quantity(probe)
    except (NotAQuantityError, UnitError):
        return None
