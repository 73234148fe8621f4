"""Casualty tallies (事故造成一死三伤, 两死一伤, 3死5伤): a private helper of claims/numbers.py.

Takes the text and the span of a lone Chinese digit; says whether the digit is a number of a
tally (a figure) rather than a name's part (两岸三地, numbers.py drops those). The outcome words
come from ``claims/data/numerals.toml`` [tally] through ``claims.vocab``.

>>> tally_digit("造成一死三伤", 2, 3), tally_digit("造成一死三伤", 4, 5)
(True, True)
>>> tally_digit("两岸三地", 2, 3)
False
"""

from __future__ import annotations

import re

from claims import vocab
from claims._alt import re_alt

__all__ = ["TALLY_NEXT", "tally_digit"]

_NUM = vocab.numerals()
_DIGITS = "".join(re.escape(c) for c in _NUM.digits) + "十0-9"


_alt = re_alt


# A whole tally from its first number: up to three numeral characters, a death word, up to
# three more and an injury or missing word (stdlib re: plain characters)
_TALLY = re.compile(
    rf"""
    [{_DIGITS}]{{1,3}} (?:{_alt(_NUM.tally_first)})
    [{_DIGITS}]{{1,3}} (?:{_alt(_NUM.tally_second)})
    """,
    re.VERBOSE,
)
# the characters that may follow a tally's number: the cheap test before the pattern
TALLY_NEXT = frozenset(w[0] for w in (*_NUM.tally_first, *_NUM.tally_second) if w)
_FIRST_CHARS = frozenset(w[0] for w in _NUM.tally_first if w)
_DIGIT_CHARS = frozenset(_NUM.digits) | {"十"} | set("0123456789")


def tally_digit(text: str, start: int, end: int) -> bool:
    """Whether the numeral at ``start:end`` opens or closes a casualty tally (一死三伤)."""
    nxt = text[end : end + 1]
    if nxt not in TALLY_NEXT:
        return False
    if nxt in _FIRST_CHARS and _TALLY.match(text, start, start + 16) is not None:
        return True  # 一 of 一死三伤
    # 三 of 一死三伤: a death word and one to three numerals before it
    if start < 2 or text[start - 1] not in _FIRST_CHARS:
        return False
    s = start - 1
    while s > 0 and start - 1 - s < 3 and text[s - 1] in _DIGIT_CHARS:
        s -= 1
    if s == start - 1:
        return False
    m = _TALLY.match(text, s, end + 4)
    return m is not None and m.end() > end
