"""Conformance adapter: hecha's claims in the shape ``shared/conformance/score_recognizers.py`` reads.

``recognize(text, model=STEM)`` runs ``claims.extract`` and keeps the claims whose kind fits
the peer model (``model`` only filters our output; nothing depends on the test inputs).
``value`` is the stated figure as a string ("30%" for the percent model), ``unit`` our unit.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from fractions import Fraction  # noqa: E402

from claims import Kind, extract  # noqa: E402


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


def warm_up() -> None:
    """Load the word tables before timing starts."""
    extract("超9万个")


def recognize(text: str, model: str = "number") -> list[dict[str, Any]]:
    """The claims of ``text`` that fit the peer ``model``, as scorer dicts."""
    kinds = _KINDS.get(model, _ALL)
    out = []
    for c in extract(text):
        if c.kind not in kinds:
            continue
        stated = c.value.stated
        value = _dump(stated)
        if model == "percent":
            value += "%"
        out.append({"start": c.span.start, "end": c.span.end, "value": value, "unit": c.unit})
    return out
