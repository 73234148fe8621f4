"""The ``Interval`` record: a set of numbers between two bounds, and its arithmetic (contains,
intersect, add, scale). The literal and conventional readings of every value are intervals.

Split from claims/models.py, which re-exports it.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

from pydantic import model_validator

from claims._record import Exact, Record, _dump_exact, exact

__all__ = ["Interval"]


def _lt(a: Decimal | Fraction, b: Decimal | Fraction) -> bool:
    return Fraction(a) < Fraction(b)


class Interval(Record):
    """A set of numbers between two bounds; ``None`` is an unbounded side.

    >>> Interval.point("5").contains(5)
    True
    >>> Interval(lower="90000", lower_closed=False).contains(90000)
    False
    >>> str(Interval(lower="100000", upper="200000", lower_closed=False, upper_closed=False))
    '(100000, 200000)'
    """

    lower: Exact | None = None
    upper: Exact | None = None
    lower_closed: bool = True
    upper_closed: bool = True

    @model_validator(mode="after")
    def _valid(self) -> Interval:
        if self.lower is not None and self.upper is not None:
            if _lt(self.upper, self.lower):
                raise ValueError(f"interval lower {self.lower} is above upper {self.upper}")
            if self.lower == self.upper and not (self.lower_closed and self.upper_closed):
                raise ValueError(f"empty interval at {self.lower}: a point must be closed")
        if self.lower is None and self.lower_closed:
            object.__setattr__(self, "lower_closed", False)
        if self.upper is None and self.upper_closed:
            object.__setattr__(self, "upper_closed", False)
        return self

    @classmethod
    def point(cls, x: Any) -> Interval:
        """The single number ``x``."""
        return cls(lower=x, upper=x)

    @classmethod
    def make(
        cls,
        lower: Any,
        upper: Any,
        lower_closed: bool = True,
        upper_closed: bool = True,
    ) -> Interval:
        """An interval from bounds given as str/int/Decimal/Fraction/None."""
        return cls(lower=lower, upper=upper, lower_closed=lower_closed, upper_closed=upper_closed)

    def contains(self, x: Any) -> bool:
        """Whether the number ``x`` lies inside."""
        v = Fraction(exact(x))
        if self.lower is not None:
            lo = Fraction(self.lower)
            if v < lo or (v == lo and not self.lower_closed):
                return False
        if self.upper is not None:
            hi = Fraction(self.upper)
            if v > hi or (v == hi and not self.upper_closed):
                return False
        return True

    def overlaps(self, other: Interval) -> bool:
        """Whether some number lies in both intervals."""
        return self.intersect(other) is not None

    def intersect(self, other: Interval) -> Interval | None:
        """The common part, or ``None`` when the intervals are disjoint."""
        lo, lo_c = _max_lower((self.lower, self.lower_closed), (other.lower, other.lower_closed))
        hi, hi_c = _min_upper((self.upper, self.upper_closed), (other.upper, other.upper_closed))
        if lo is not None and hi is not None:
            if _lt(hi, lo):
                return None
            if lo == hi and not (lo_c and hi_c):
                return None
        return Interval(lower=lo, upper=hi, lower_closed=lo_c, upper_closed=hi_c)

    def __add__(self, other: Interval) -> Interval:
        lo = None if self.lower is None or other.lower is None else exact(
            Fraction(self.lower) + Fraction(other.lower)
        )
        hi = None if self.upper is None or other.upper is None else exact(
            Fraction(self.upper) + Fraction(other.upper)
        )
        return Interval(
            lower=lo,
            upper=hi,
            lower_closed=self.lower_closed and other.lower_closed,
            upper_closed=self.upper_closed and other.upper_closed,
        )

    def scale(self, k: Any) -> Interval:
        """Every number multiplied by ``k`` (any sign)."""
        f = Fraction(exact(k))
        lo = None if self.lower is None else exact(Fraction(self.lower) * f)
        hi = None if self.upper is None else exact(Fraction(self.upper) * f)
        if f >= 0:
            return Interval(
                lower=lo, upper=hi, lower_closed=self.lower_closed, upper_closed=self.upper_closed
            )
        return Interval(
            lower=hi, upper=lo, lower_closed=self.upper_closed, upper_closed=self.lower_closed
        )

    def width(self) -> Fraction | None:
        """upper - lower, or ``None`` when unbounded."""
        if self.lower is None or self.upper is None:
            return None
        return Fraction(self.upper) - Fraction(self.lower)

    def __str__(self) -> str:
        lo = "-inf" if self.lower is None else _dump_exact(self.lower)
        hi = "+inf" if self.upper is None else _dump_exact(self.upper)
        return f"{'[' if self.lower_closed else '('}{lo}, {hi}{']' if self.upper_closed else ')'}"


Bound = tuple[Decimal | Fraction | None, bool]


def _max_lower(a: Bound, b: Bound) -> Bound:
    if a[0] is None:
        return b
    if b[0] is None:
        return a
    if a[0] == b[0]:
        return (a[0], a[1] and b[1])
    return a if _lt(b[0], a[0]) else b


def _min_upper(a: Bound, b: Bound) -> Bound:
    if a[0] is None:
        return b
    if b[0] is None:
        return a
    if a[0] == b[0]:
        return (a[0], a[1] and b[1])
    return a if _lt(a[0], b[0]) else b
