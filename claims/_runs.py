"""The numeral-run pattern of stage 2 (claims/numbers.py) and the search for its matches.

``RUN`` matches one candidate numeral run: a number, Chinese numerals, a sign (负, 零下, -), a
percent prefix (百分之), or a word that states a figure (对折, 一半, 翻一番, 半). It is compiled
by stdlib ``re``: the syntax is common to ``re`` and ``regex``, tests/test_engine_shortcuts.py
checks that both match alike, and ``re`` costs half as much a match. ``search_run`` finds the
next match: it tries ``RUN`` only where ``RUN_START`` (the characters a match can start with,
one stdlib class ``re`` skips to in C) matches, and jumps over the spans the scan skips (dates)
when no run can read on out of them. Words come from ``claims/data/numerals.toml`` through
``claims.vocab``.

>>> m = search_run("账号超9万个", 0, 6)
>>> m.group(), m.group(G_BODY)
('9万', '9万')
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import regex

from claims import vocab
from claims.figures import DOUBLING_PATTERN, WORD_FIGURE_PATTERN
from claims.numerals import (
    ARABIC,
    BIG_CHARS,
    CN_CHARS,
    DECIMAL_DIGIT_CHARS,
    SMALL_CHARS,
    SPECIAL_WORDS,
)

__all__ = ["G_BODY", "G_DBL", "G_NEG", "G_PCT", "G_PWORD", "G_WFIG", "RUN", "RUN_START",
           "Jumps", "search_run"]  # fmt: skip

_NUM = vocab.numerals()
_AR, _CN, _S, _B, _D_DEC = ARABIC, CN_CHARS, SMALL_CHARS, BIG_CHARS, DECIMAL_DIGIT_CHARS

_PCT_WORDS = _NUM.percent_words
_PCT_WORD_RE = "|".join(
    (f"(?<={regex.escape(_NUM.percent_word_leads[w])})" if w in _NUM.percent_word_leads else "")
    + regex.escape(w)
    for w in sorted(_PCT_WORDS, key=len, reverse=True)
) or "(?!)"  # 打对折: a lead word must stand right before some of them

_BELOW_ZERO_RE = "|".join(
    f"{regex.escape(w)}[ ]*(?=[\\d{_CN}几])" for w in sorted(_NUM.below_zero, key=len, reverse=True)
) or "(?!)"  # 零下 only before a numeral (零下的天气 is no figure)

# A candidate numeral run. Spaces may separate Chinese parts (一百 五 十, 10 亿) but never two
# Arabic numbers (1, 234 are two figures). Every alternative starts with a distinct character
# class, so the scan is linear. Compiled by stdlib ``re`` (the syntax is common to both
# engines, and tests/test_engine_shortcuts.py checks that both match alike): its match costs
# half of ``regex``'s; ``search_run`` finds where to try it (``RUN_START``).
_FEW_ALT = "|" + re.escape(_NUM.few_word) if _NUM.few_word else ""  # 几 alone: 一连几天
RUN = re.compile(
    rf"""
    (?P<pword>{_PCT_WORD_RE})                   # a percentage word with no numeral: 对折, 半成
    | (?P<wfig>{WORD_FIGURE_PATTERN})           # a share stated by a word: 一半, 过半, 大半
    | (?P<dbl>{DOUBLING_PATTERN})               # doubled N times: 翻一番, 翻了两番, 翻番
    |
    (?P<neg>负[ ]*|{_BELOW_ZERO_RE}|(?<!-)-(?=\.?\d))?  # sign: 负, 零下, a minus (not --9)
    (?P<pct>[百千万佰仟]+[ ]*分[ ]*之[ ]*)?      # percent / permille prefix: 百分之, 千分之
    (?P<body>
      (?:{_AR}|[{_CN}]|[几数](?=[ ]*[{_S}{_B}])   # first atom: a number, numeral, 几十 / 数百
         |{SPECIAL_WORDS})                          # ... or a numeral word (半百)
      (?:
        (?:{_AR})                                 # an Arabic part glued on (3万4000)
        | [ ]*[{_CN}几]                           # a Chinese part, maybe after spaces
        | (?<=[十拾])数                           # 十数万 = 十几万 (数 as an unknown digit)
        | (?<=[{_S}{_B}])[ ]+(?:\d{{1,3}}(?:,\d{{3}})+|\d+)  # 7万 5千, 6 億 8,056 萬: an
          (?=[ ]*[{_S}{_B}])                      # Arabic part between two scales
        | [ ]*[余多](?=[ ]*[{_B}])                # 余/多 inside: 十余万, 五百 余万
        | [余多]                                  # ... or trailing: 30多, 十余
        | [ ]*点(?=[ ]*[\d{_D_DEC}])              # decimal point before a digit (not 两)
        | (?<=[{_D_DEC}])\.(?=[{_D_DEC}])           # 四．四公頃 (Taiwan print): a point between
                                                  # Chinese digits (． is folded to .)
        | [ ]*分[ ]*之[ ]*(?:负[ ]*)?(?=[\d{_CN}])  # fraction: 三分之一, 3分之负1
        | [ ]*又[ ]*(?=[\d{_CN}])                 # mixed number: 三又三分之一
        | [ ](?=\d+/\d)                          # mixed number: 1 3/5
        | /(?=\d)                                 # slash fraction: 1/5
        | (?:[kK]|[ ]k)(?![A-Za-z])               # 40k, 52.5 k
        | w(?![A-Za-z0-9])                        # 万 of web counts: 10w+, 1.2w (W is the watt)
      )*
    )
    | (?P<half>{regex.escape(_NUM.half_word)}{_FEW_ALT})  # 半 before a unit: 半年; 几天 (both
                                                # checked in code)
    """,
    re.VERBOSE | re.ASCII,  # \d is 0-9 only: other scripts' digits are not figures
)


def _run_starts() -> re.Pattern[str]:
    """Every character a match of ``RUN`` can start with, as one stdlib class: the first
    characters of its words (对折, 一半, 翻番, 零下, 半百, 半), the numerals, digits, a point, a
    minus, 负, 几/数 and the percent-prefix scales. Stdlib ``re`` skips to such a character in
    C; ``RUN`` tried at every position costs some 30 ns a character of Chinese prose."""
    words = [*_PCT_WORDS, *_NUM.word_figures, *_NUM.below_zero, _NUM.half_word]
    words += [w for w in _NUM.special if len(w) > 1]  # 半百 (one-character ones are in _CN)
    words += [_NUM.doubling.verb] if _NUM.doubling is not None else []
    firsts = {w[0] for w in words if w} | set(_CN) | set("0123456789.-负几数百千万佰仟")
    if not all(words):
        return re.compile(".", re.DOTALL)  # an empty word could match anywhere: try everywhere
    return re.compile("[" + "".join(re.escape(c) for c in sorted(firsts)) + "]")


RUN_START = _run_starts()



# Group numbers of RUN: looked up by number, not by name (``regex`` took 0.5 us against 0.15
# for a name; every run reads two or three of them).
G_PWORD, G_WFIG, G_DBL, G_NEG, G_PCT, G_BODY = (
    RUN.groupindex[name] for name in ("pword", "wfig", "dbl", "neg", "pct", "body")
)


def _run_chars() -> frozenset[str]:
    """Every character a match of ``RUN`` can take in (a superset): the numerals, digits and
    the signs, points, separators, exponents, joiners and words the pattern reads."""
    words = [*_PCT_WORDS, *_NUM.percent_word_leads.values(), *_NUM.word_figures]
    words += [*_NUM.below_zero, *_NUM.special, _NUM.half_word]
    dbl = _NUM.doubling
    if dbl is not None:
        words += [dbl.verb, dbl.unit, *dbl.particles, "近将接多"]
    chars = set("".join(words)) | set(_CN) | set("0123456789")
    return frozenset(chars | set(" .,eE+-^/kKw几数余多点分之又负百千万佰仟"))


_RUN_CHARS = _run_chars()


class Jumps:
    """The skipped spans (dates) that a search may jump over: those whose last character or
    the character after them no run can take in (2024年; 16:23:48 before 北京), so that every
    run starting inside one ends by its end (the scan skips such runs) and the next run the
    scan reads is the first that starts after the span. ``lo`` is where the next such span
    starts (a cheap test before ``past``)."""

    __slots__ = ("_i", "_spans", "lo")

    def __init__(self, text: str, skip: Sequence[tuple[int, int]]) -> None:
        self._spans = [
            (a, b)
            for a, b in skip
            if a < b and (text[b - 1] not in _RUN_CHARS or text[b : b + 1] not in _RUN_CHARS)
        ]
        self._i = 0
        self.lo = self._spans[0][0] if self._spans else _NEVER

    def past(self, c: int) -> int:
        """The end of a jumpable span holding ``c``, or ``c`` (``c`` never decreases)."""
        spans, i = self._spans, self._i
        while i < len(spans) and spans[i][1] <= c:
            i += 1
        self._i = i
        self.lo = spans[i][0] if i < len(spans) else _NEVER
        if self.lo <= c:
            return spans[i][1]
        return c


_NEVER = 1 << 62  # past every offset


def search_run(
    text: str, pos: int, endpos: int, jumps: Jumps | None = None
) -> re.Match[str] | None:
    """``RUN.search(text, pos, endpos)``, ``RUN`` tried only where ``RUN_START`` matches; with
    ``jumps``, the first match outside the jumpable spans (those inside are the scan's to skip).
    """
    find, match = RUN_START.search, RUN.match
    while True:
        hit = find(text, pos, endpos)
        if hit is None:
            return None
        c = hit.start()
        if jumps is not None and c >= jumps.lo:
            after = jumps.past(c)
            if after != c:
                pos = after
                continue
        m = match(text, c, endpos)
        if m is not None:
            return m
        pos = c + 1
