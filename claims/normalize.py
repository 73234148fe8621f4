"""Stage 1: normalisation. Takes the source text, returns a ``NormalizedText`` of the same length.

The fold is one code point to one code point (``str.translate`` with a 1:1 table), so
every offset of the normalised text is the same offset in the source: full-width ASCII
(１６８１２, ．, ％) becomes ASCII (the full-width comma only between full-width digits),
the ideographic space becomes a space, and traditional or variant numeral characters
(萬 億 兩 點 ...) become their simplified forms, as listed in
``claims/data/numerals.toml`` ``[fold]``. 〇 and 零 are kept.
Thousands separators and spaces inside figures are left to the grammar (numbers.py).

>>> n = normalize("账号超９万個，增长１６.５％，兩萬，共４，５６５人")
>>> n.text
'账号超9万个，增长16.5%，两万，共4,565人'
>>> n.to_source(4), len(n.text) == len(n.source)
(4, True)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from claims import vocab

__all__ = ["NormalizedText", "fold", "normalize"]

# Full-width ASCII block (！ .. ～) maps onto ASCII ! .. ~ at a fixed distance.
_FULLWIDTH_FIRST, _FULLWIDTH_LAST, _FULLWIDTH_SHIFT = 0xFF01, 0xFF5E, 0xFEE0
_IDEOGRAPHIC_SPACE = 0x3000


# The full-width comma is a clause separator in Chinese prose ($20，300美圆 is two prices); it is
# folded to a thousands separator only between full-width digits (４，５６５).
_FULLWIDTH_COMMA = "，"
# (stdlib re, the comma first: a pattern that opens with a lookbehind is tried everywhere)
_FULLWIDTH_SEPARATOR = re.compile(r"，(?<=[０-９]，)(?=[０-９]{3})")


@cache
def _table() -> dict[int, int]:
    table = {cp: cp - _FULLWIDTH_SHIFT for cp in range(_FULLWIDTH_FIRST, _FULLWIDTH_LAST + 1)}
    del table[ord(_FULLWIDTH_COMMA)]
    table[_IDEOGRAPHIC_SPACE] = ord(" ")
    for src, dst in vocab.numerals().fold.items():
        table[ord(src)] = ord(dst)
    return table


@cache
def _char_table() -> dict[str, str]:
    """``_table()`` from character to character (what ``re.sub`` replaces a match with)."""
    return {chr(src): chr(dst) for src, dst in _table().items()}


@cache
def _foldable() -> re.Pattern[str]:
    """Any character the fold changes, as one class of code-point ranges (a search for it costs
    a fifth of ``str.translate``, and most texts, being ASCII-punctuated or all simplified, have
    none). Stdlib ``re``: it scans a plain class of code points ten times faster than ``regex``."""
    ranges: list[list[int]] = []
    for cp in sorted(_table()):
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    esc = re.escape
    parts = (esc(chr(a)) + (f"-{esc(chr(b))}" if b > a else "") for a, b in ranges)
    return re.compile("[" + "".join(parts) + "]")


def fold(text: str) -> str:
    """The 1:1 fold of ``text`` (same length, same offsets).

    >>> fold("壹萬零貳"), fold("－１２．５"), fold("超9万个")
    ('壹万零贰', '-12.5', '超9万个')
    """
    # each foldable character replaced where the class finds it: two to three times faster
    # than str.translate, whose every unmapped character costs the table a failed lookup
    table = _char_table()
    out = _foldable().sub(lambda m: table[m.group()], text)
    if _FULLWIDTH_COMMA in text:
        seps = [m.start() for m in _FULLWIDTH_SEPARATOR.finditer(text)]
        if seps:
            chars = list(out)
            for i in seps:
                chars[i] = ","
            out = "".join(chars)
    return out


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalised text and the source it came from, with the offset map between them.

    The fold keeps lengths, so the map is the identity; callers still go through
    ``to_source`` so that no code assumes it.
    """

    text: str
    source: str

    def to_source(self, i: int) -> int:
        """The source offset of normalised offset ``i`` (``0 <= i <= len(text)``)."""
        if not 0 <= i <= len(self.text):
            raise IndexError(f"offset {i} is outside the normalised text (length {len(self.text)})")
        return i


def normalize(source: str) -> NormalizedText:
    """Fold ``source`` for scanning; offsets of the result are offsets of ``source``."""
    return NormalizedText(text=fold(source), source=source)
