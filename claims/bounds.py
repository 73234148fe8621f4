"""Value semantics (DESIGN.md section 4). Takes a figure's stated number, granularity and
bounding word; returns the ``Value`` with its literal and conventional intervals.

Split from numbers.py (the grammar) so each stays readable: this module is the table of
section 4 and nothing else.

>>> str(bounds(Fraction(90000), Fraction(10000), "over")[0])
'(90000, +inf)'
>>> [str(i) for i in bounds(Fraction(90000), Fraction(10000), "over")]
['(90000, +inf)', '(90000, 100000)']
>>> [str(i) for i in bounds(Fraction(100), Fraction(10), "about")]
['[90, 110]', '[95, 105]']
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any, TypeVar

from pydantic import BaseModel

from claims.models import Interval, Value, exact

__all__ = ["bounds", "construct", "interval", "value"]

M = TypeVar("M", bound=BaseModel)

_INF = None
_APPROXIMATE = frozenset({"about", "near", "remainder", "upward", "upward_wide", "few", "round"})


def construct(cls: type[M], fields: dict[str, Any]) -> M:
    """A record from already-exact, complete field values, skipping validation.

    The hot path builds thousands of records per megabyte; ``model_construct`` costs several
    microseconds each. ``fields`` must name every field (tests validate the output).
    """
    m = object.__new__(cls)
    object.__setattr__(m, "__dict__", fields)
    object.__setattr__(m, "__pydantic_fields_set__", set(fields))
    object.__setattr__(m, "__pydantic_extra__", None)
    object.__setattr__(m, "__pydantic_private__", None)
    return m


def _plain(x: Decimal | Fraction) -> Decimal | Fraction:
    """1E+1 -> 10: integral decimals without an exponent, so JSON shows plain digits."""
    if isinstance(x, Decimal):
        if x == x.to_integral_value():
            return Decimal(int(x))
        return x.normalize()
    return x


def interval(lo: Any, hi: Any, lc: bool = True, hc: bool = True) -> Interval:
    """An ``Interval`` built without re-validation (bounds already exact and ordered)."""
    return construct(
        Interval,
        {
            "lower": None if lo is None else _plain(exact(lo)),
            "upper": None if hi is None else _plain(exact(hi)),
            "lower_closed": lc and lo is not None,
            "upper_closed": hc and hi is not None,
        },
    )


Num = Decimal | Fraction


def bounds(lo: Any, g: Any, bound: str | None, hi: Any = None) -> tuple[Interval, Interval]:
    """(literal, conventional) for a figure ``lo`` (or range ``lo..hi``) bounded by ``bound``.

    ``bound`` is a kind from qualifiers.toml, or ``"round"`` (bare round figure), ``"range"``
    (explicit lower and upper: 几, 三四十, 3至5) or ``None`` (a bare exact figure).
    """
    top = lo if hi is None else hi
    if bound is None:
        p = interval(lo, lo)
        return p, p
    if bound == "round":
        r = interval(lo - g / 2, lo + g / 2, True, False)
        return r, r
    if bound == "range" or bound == "few":
        r = interval(lo, top)
        return r, r
    if bound == "over":
        return interval(lo, _INF, False), interval(lo, top + g, False, False)
    if bound == "at_least":
        return interval(lo, _INF), interval(lo, top + g, True, False)
    if bound == "near":
        r = interval(top - g, top, True, False)
        return r, r
    if bound == "under":
        zero = top * 0 if top > 0 else None
        return interval(zero, top, True, False), interval(top - g, top, True, False)
    if bound == "at_most":
        r = interval(top * 0 if top > 0 else None, top)
        return r, r
    if bound == "about":
        return interval(lo - g, top + g), interval(lo - g / 2, top + g / 2)
    if bound == "remainder":
        r = interval(lo, top + g, False, False)
        return r, r
    if bound == "upward":
        return interval(lo, _INF), interval(lo, lo * 10, True, False)
    if bound == "upward_wide":
        return interval(lo / 10, _INF), interval(lo / 10, lo * 10, True, False)
    raise ValueError(f"unknown bound kind {bound!r}")


def value(
    stated: Any,
    g: Any,
    bound: str | None,
    *,
    hi: Any = None,
    lo: Any = None,
    qualifier: str | None = None,
    readings: tuple[Interval, ...] = (),
    range_end: bool = False,
    cap: Any = None,
    fixed: Interval | None = None,
) -> Value:
    """The ``Value`` of a figure (constructed without re-validation: inputs are exact).

    ``lo``/``hi`` are explicit bounds (几, ranges) when they differ from ``stated``. ``cap``
    is the whole a share cannot pass (一半: 1): both intervals are cut to [0, cap].
    ``fixed`` is a literal interval given outright (two bounds joined: 大于10小于20), used
    as both readings.

    >>> str(value(Fraction(1, 2), Fraction(1, 10), "over", cap=1).literal)
    '(0.5, 1]'
    """
    if fixed is not None:
        literal = conventional = fixed
    else:
        literal, conventional = bounds(stated if lo is None else lo, g, bound, hi)
    if cap is not None:
        whole = interval(0, cap)
        literal = literal.intersect(whole) or literal
        conventional = conventional.intersect(whole) or conventional
    return construct(
        Value,
        {
            "stated": _plain(exact(stated)),
            "stated_end": _plain(exact(hi)) if range_end and hi is not None else None,
            "granularity": _plain(exact(g)) if g > 0 else Decimal(1),
            "qualifier": qualifier,
            "approximate": bound in _APPROXIMATE,
            "literal": literal,
            "conventional": conventional,
            "readings": readings,
        },
    )
