"""Stage 3: units. Finds the unit or measure word right after a figure and says what it is.

Placeholder interface until the units work lands: ``match_unit`` finds nothing yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from claims.models import Kind

__all__ = ["UnitMatch", "match_unit"]


@dataclass(frozen=True, slots=True)
class UnitMatch:
    """A unit found at a position of the text.

    ``end``: offset just past the unit's surface; ``surface``: the unit as written (万元, 公里, 个);
    ``unit``: pint's name for physical units (kilometer, tonne, mu, degree_Celsius), the ISO 4217
    code for money (CNY, USD), or the measure word as written for counts (个, 人次);
    ``kind``: the claim kind this unit gives (money, measure, duration, count, ...);
    ``factor``: multiplier the unit applies to the figure (万元 -> 10000, else 1).
    """

    end: int
    surface: str
    unit: str
    kind: Kind
    factor: Decimal = Decimal(1)


def match_unit(text: str, pos: int) -> UnitMatch | None:
    """The longest unit or measure word starting at ``text[pos]``, or ``None``."""
    return None
