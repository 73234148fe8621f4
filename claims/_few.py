"""A lone 几 before a length of time (一连几天, 休息几个小时, 持续好几年): a private helper of
claims/numbers.py.

Takes the text and the offset of 几; returns the figure of "a few" of the unit, [1, 9] (as 十几
is [11, 19]: DESIGN.md section 4), or ``None`` where 几 points at days rather than counts them
(这几天, 前几年) or dates them (几天前, 几年来). Words come from ``claims/data/numerals.toml``
[few_alone] through ``claims.vocab``.
"""

from __future__ import annotations

from decimal import Decimal

from claims import vocab
from claims.figures import Figure, UnitAt
from claims.models import Kind
from claims.numerals import Num

__all__ = ["few_figure"]

_NUM = vocab.numerals()
_BEFORE = _NUM.few_blocked_before
_AFTER = _NUM.few_blocked_after
_ONE, _NINE = Decimal(1), Decimal(9)


def few_figure(text: str, start: int, unit_at: UnitAt | None) -> Figure | None:
    """The figure of 几 at ``start`` when a length of time follows at once (几天, 几个小时)."""
    if unit_at is None or (_BEFORE and text.endswith(_BEFORE, 0, start)):
        return None
    u = unit_at(start + 1)
    if u is None or u.kind is not Kind.DURATION or u.start != start + 1:
        return None
    if _AFTER and text.startswith(_AFTER, u.end):
        return None
    num = Num(_ONE, _ONE, lo=_ONE, hi=_NINE, few=True)
    return Figure(start, start + 1, num, "few")
