"""The base of every record and its number fields: ``Record`` (frozen, no extra fields),
``exact`` (a number as ``Decimal``, or ``Fraction`` where a decimal would not terminate) and
``Exact``, the field type that validates with ``exact`` and serialises as a string.

Split from claims/models.py, which re-exports every public name here.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, PlainSerializer, WithJsonSchema

__all__ = ["Exact", "Record", "exact"]


def exact(x: Any) -> Decimal | Fraction:
    """Return ``x`` as an exact number: ``Decimal``, or ``Fraction`` if it does not terminate.

    Floats are refused: they are never exact enough to be a stated figure.

    >>> exact("16812"), exact("1/5"), exact("1/3"), exact(Fraction(3, 4))
    (Decimal('16812'), Decimal('0.2'), Fraction(1, 3), Decimal('0.75'))
    >>> exact(0.1)
    Traceback (most recent call last):
    TypeError: floats are not exact; pass a str, int, Decimal or Fraction (got 0.1)
    """
    if isinstance(x, bool):
        raise TypeError(f"not a number: {x!r}")
    if isinstance(x, float):
        raise TypeError(f"floats are not exact; pass a str, int, Decimal or Fraction (got {x!r})")
    if isinstance(x, Decimal):
        if not x.is_finite():
            raise ValueError(f"not a finite number: {x!r}")
        return x
    if isinstance(x, int):
        return Decimal(x)
    if isinstance(x, str):
        s = x.strip()
        try:  # Decimal and Fraction raise ArithmeticError, which pydantic would not catch
            if "/" in s:
                return _from_fraction(Fraction(s))
            d = Decimal(s)
        except ArithmeticError:
            raise ValueError(f"not a number: {x!r}") from None
        if not d.is_finite():
            raise ValueError(f"not a finite number: {x!r}")
        return d
    if isinstance(x, Fraction):
        return _from_fraction(x)
    raise TypeError(f"not an exact number: {x!r}")


def _from_fraction(f: Fraction) -> Decimal | Fraction:
    """A fraction whose denominator has only the factors 2 and 5 becomes a Decimal."""
    d = f.denominator
    twos = fives = 0
    while d % 2 == 0:
        d //= 2
        twos += 1
    while d % 5 == 0:
        d //= 5
        fives += 1
    if d != 1:
        return f
    scale = max(twos, fives)
    return Decimal(f.numerator * (10**scale) // f.denominator).scaleb(-scale)


def _dump_exact(x: Decimal | Fraction) -> str:
    if isinstance(x, Fraction):
        return f"{x.numerator}/{x.denominator}"
    return str(x)


def _exact_field(x: Any) -> Decimal | Fraction:
    """``exact`` for pydantic, which turns only ValueError into a ValidationError."""
    try:
        return exact(x)
    except TypeError as exc:
        raise ValueError(str(exc)) from None


Exact = Annotated[
    Decimal | Fraction,
    BeforeValidator(_exact_field),
    PlainSerializer(_dump_exact, return_type=str),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": r"^-?(\d+(\.\d+)?([eE][-+]?\d+)?|\d+/\d+)$",
            "description": "an exact number: a decimal string, or numerator/denominator",
        }
    ),
]
"""An exact number, serialised as a string ("90000", "0.5", "1/3")."""


class Record(BaseModel):
    """Base of every hecha record: frozen, no extra fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")
