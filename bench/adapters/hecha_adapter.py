"""Conformance adapter: hecha's claims in the shape the conformance scorer reads.

The scorer is ``shared/conformance/score_recognizers.py``.
``recognize(text, model=STEM)`` runs ``claims.extract`` and keeps the claims whose kind fits
the peer model (``model`` only filters our output; nothing depends on the test inputs).
``value`` is the stated figure as a string ("30%" for the percent model), ``unit`` our unit.
A range claim (3至5, 5-20%) states two figures: it is reported once per figure, with the
claim's span each time, since the peer's point models have no range. For the range models
(number_range*), every claim is reported once with its literal interval as the value.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from fractions import Fraction

from claims import Kind, extract
from claims.models import Claim, exact
from claims.vocab import currencies


def _dump(x: object) -> str:
    if isinstance(x, Fraction):
        return f"{x.numerator}/{x.denominator}"
    return str(x)

_KINDS: dict[str, frozenset[Kind]] = {
    "percent": frozenset({Kind.PERCENT, Kind.PERCENTAGE_POINT}),
    "ordinal": frozenset({Kind.ORDINAL}),
    "currency": frozenset({Kind.MONEY}),
    "dimension": frozenset({Kind.MEASURE, Kind.RATE}),
    "age": frozenset({Kind.DURATION}),
    "temperature": frozenset({Kind.MEASURE}),
}
_ALL = frozenset(Kind) - {Kind.DATE}

# pint's names for the two temperature scales, in the words the scorer's unit table knows
# (a translation of our unit names, not of any test input).
_UNIT_WORDS = {"degree_Celsius": "celsius", "degree_Fahrenheit": "fahrenheit"}


def _priced(c: Claim) -> bool:
    """Whether a claim is a price per something (每股1.95港元, 每盎司2350美元): an amount of
    money all the same, which the peer's currency model reports."""
    return c.kind is Kind.RATE and c.unit is not None and c.unit in currencies()


def warm_up() -> None:
    """Load the word tables before timing starts."""
    extract("超9万个")


def recognize(text: str, model: str = "number") -> list[dict[str, Any]]:
    """The claims of ``text`` that fit the peer ``model``, as scorer dicts."""
    kinds = _KINDS.get(model, _ALL)
    ranges = model.startswith("number_range")
    out: list[dict[str, Any]] = []
    for c in extract(text):
        if c.kind not in kinds and not (model == "currency" and _priced(c)):
            continue
        unit = _UNIT_WORDS.get(c.unit or "", c.unit)
        span = {"start": c.span.start, "end": c.span.end, "unit": unit}
        if ranges:
            lit = c.value.literal
            interval = {
                "lo": None if lit.lower is None else _dump(lit.lower),
                "hi": None if lit.upper is None else _dump(lit.upper),
                "lo_closed": lit.lower_closed,
                "hi_closed": lit.upper_closed,
            }
            out.append({**span, "value": interval})
            continue
        figures = [c.value.stated]
        if c.value.stated_end is not None:
            figures.append(c.value.stated_end)
        for stated in figures:
            if c.unit == "permille":  # our unit is ‰; the peer states every share in percent
                stated = exact(Fraction(stated) / 10)
            value = _dump(stated) + ("%" if model == "percent" else "")
            out.append({**span, "value": value})
    return out
