"""Spoken figures with the unit in the middle (numerals.toml [unit_tail]), read by
``claims.numbers.scan``: 身高1米8 is 1.8 metres, 1米75 is 1.75, 一米八 is 1.8; 猪肉每斤13块5 is
13.5 yuan, 十三块五 likewise. The digits right after the unit are the next places of the figure;
the figure takes the unit and its kind, and its span runs to the last digit.
"""

from __future__ import annotations

import re
from decimal import Decimal

from claims import vocab
from claims.figures import Figure, UnitAt
from claims.models import Kind

__all__ = ["TAIL_FIRST", "unit_tail"]

_NUM = vocab.numerals()
_TAILS = _NUM.unit_tails
TAIL_FIRST = frozenset(w[0] for w in _TAILS)  # (a cheap test for the caller)
_CN_DIGITS = {c: d for c, d in _NUM.digits.items() if 0 < d <= 9}
# The tail: one or two Arabic digits, or one Chinese digit, that ends the phrase: the end of the
# text, a space or punctuation, or a word of [unit_tail_next] follows (13块5一斤, 1米8的个子;
# not 3米5个人, 3米5.5, 1米80万, 一块三角形)
_NEXT = "|".join(re.escape(w) for w in sorted(_NUM.unit_tail_next, key=len, reverse=True))
_TAIL = re.compile(
    rf"""
    (?P<digits>[0-9]{{1,2}}|[{"".join(_CN_DIGITS)}])
    (?=\Z|[\s，,。；;：:！？!?）)」』"”]{f"|{_NEXT}" if _NEXT else ""})
    """,
    re.VERBOSE,
)


def unit_tail(fig: Figure, text: str, unit_at: UnitAt | None) -> None:
    """1米8, 13块5: the figure (a bare whole number) runs on over its unit to the tail digits."""
    end = fig.end
    if unit_at is None or text[end : end + 1] not in TAIL_FIRST or fig.kind is not None:
        return
    num = fig.num
    if num.lo is not None or num.rem_g is not None or num.v != int(num.v) or num.v <= 0:
        return
    word = next((w for w in _TAILS if text.startswith(w, end)), None)
    if word is None:
        return
    tail = _TAILS[word]
    if tail.below is not None and num.v >= tail.below:
        return
    m = _TAIL.match(text, end + len(word))
    if m is None:
        return
    digits = m.group("digits")
    if len(digits) > tail.digits or unit_at(m.end()) is not None:
        return  # 13块50, 3米5个人: another figure, with its own unit
    d = _CN_DIGITS.get(digits)
    places = Decimal(1).scaleb(-len(digits))
    num.v = Decimal(int(num.v)) + Decimal(digits if d is None else d) * places
    num.g, num.round_mag = places, False
    fig.end, fig.unit, fig.kind, fig.rule = m.end(), tail.unit, Kind(tail.kind), "unit_tail"
