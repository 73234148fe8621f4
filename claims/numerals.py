"""Numeral tokens -> exact values: the parser behind stage 2 (claims/numbers.py).

Takes the tokens of one numeral run (Arabic digits, Chinese digits and scales, 点, 分之, 又,
几/数, 余/多) and returns a ``Num``: the exact value, its granularity (place value of the last
significant digit as written) and what the words bound (几 -> [lo, hi], 余 -> remainder).
A run of plain Chinese digits and scales only (一百零五, 三千五百万, 十一) is read by cn2an
(strict mode; only an ``int`` result is accepted and converted exactly); anything cn2an refuses
or returns as a float falls back to our own parser, which also reads everything cn2an has no
notion of (两, 〇, 一万二, 百三, 四万万, 兆, digit strings, decimals, 几, 余, ranges, fractions).
Words come from ``claims/data/numerals.toml`` through ``claims.vocab``.

>>> parse_number("一万二"), parse_number("1,100.9亿"), parse_number("四千零五万")
(Decimal('12000'), Decimal('110090000000'), Decimal('40050000'))
>>> parse_number("１６８１２"), parse_number("廿三"), parse_number("一起")
(Decimal('16812'), Decimal('23'), None)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Any, cast

import cn2an  # type: ignore[import-untyped]  # cn2an ships no stubs or py.typed
import regex

from claims import vocab
from claims._plain import ROUND_SCALES, Num, _one_arabic, _pow10_g, canon, sections
from claims.normalize import fold

__all__ = [
    "ARABIC",
    "BIG_CHARS",
    "CN_CHARS",
    "DECIMAL_DIGIT_CHARS",
    "MAX_FIGURE_CHARS",
    "SMALL_CHARS",
    "SPECIAL_WORDS",
    "Num",
    "RunParse",
    "canon",
    "parse_number",
    "parse_run",
    "parse_run_prefix",
    "parse_tokens",
    "tokens",
]

_NUM = vocab.numerals()
_DIGITS = _NUM.digits
_LOOSE_PAIRS = _NUM.loose_pairs  # 三五: a rough range of two digits (numerals.toml [pair])
_SMALL = _NUM.small_scales
_BIG = _NUM.big_scales
_SPECIAL = _NUM.special
_D = "".join(_DIGITS)
_S = "".join(_SMALL)
_B = "".join(_BIG)
_X = "".join(w for w in _SPECIAL if len(w) == 1)  # 廿 卅: stand in a run like digits


def _word_pattern(w: str) -> str:
    """``w`` unless its last character starts a word that is no figure (一半百姓: not 半百)."""
    tails = [n[1:] for n in _NUM.not_numbers if n[0] == w[-1] and len(n) > 1]
    guard = "|".join(regex.escape(t) for t in sorted(tails, key=len, reverse=True))
    return str(regex.escape(w)) + (f"(?!{guard})" if guard else "")


# 半百: whole words, only ever a figure of their own (longest first)
_X_WORDS = "|".join(
    _word_pattern(w) for w in sorted((w for w in _SPECIAL if len(w) > 1), key=len, reverse=True)
) or "(?!)"
_CN = _D + _S + _B + _X
_D_DEC = _D.replace("两", "").replace("俩", "")  # 一点两小时: colloquial 两 is not a decimal
# The most characters of a numeral run that one figure may use. The longest figures of real
# prose are about 31 characters (四千五百六十九万八千三百一十一亿四千八百七十二万五千三百八十二);
# a longer run (一二三四五…, 十十十…, 1.5万亿3千万1.5万亿…) is read piece by piece, each figure
# from at most this many characters, so the work per figure is bounded and a scan is linear.
MAX_FIGURE_CHARS = 40
_ROUND_SCALES = ROUND_SCALES  # 9万, 三千: the scales that make a bare figure round

# Character classes and the Arabic-number pattern shared with the run scanner (numbers.py).
DIGIT_CHARS, SMALL_CHARS, BIG_CHARS, SPECIAL_CHARS, CN_CHARS = _D, _S, _B, _X, _CN
SPECIAL_WORDS = _X_WORDS
DECIMAL_DIGIT_CHARS = _D_DEC

# An Arabic number: digits with optional separators and decimals, and an optional exponent.
_AR = (
    r"(?:(?:\d{1,3}(?:,\d{3})+(?!\d)"  # digits with comma separators: 16,812
    r"|\d{1,3}(?:[ ]\d{3})+(?![\d.,])"  # ... or single spaces (Hong Kong style): 3 766 000
    r"|\d+)(?:\.\d+)?|\.\d+)"  # plain digits, decimals
    r"(?:[eE][-+]?\d+(?![A-Za-z])|\^[-+]{0,2}\d{1,3})?"  # exponent: 2e5, 2^5
)
ARABIC = _AR

# Pieces of a run, in order; spaces are dropped.
_TOKEN = re.compile(
    rf"""
    (?P<ar>{_AR})              # Arabic number
    | (?P<d>[{_D}])            # Chinese digit
    | (?P<x>{_X_WORDS}|[{_X}])  # 半百, 廿 卅
    | (?P<s>[{_S}])            # 十 百 千
    | (?P<b>[{_B}])            # 万 亿 兆
    | (?P<pt>点|(?<=[{_D}])\.(?=[{_D}]))  # decimal point (四．四: a point between digits)
    | (?P<few>[几数])          # unknown digit
    | (?P<rem>[余多])          # remainder
    | (?P<frac>分[ ]*之[ ]*(?:负[ ]*)?)  # fraction joiner (a negative numerator: 分之负)
    | (?P<mixed>又|[ ](?=\d+/\d))    # mixed number joiner
    | (?P<slash>/)             # slash fraction
    | (?P<k>[kK])              # thousand
    | (?P<w>w)                 # 万 of web counts (10w+, 1.2w): read as 万
    | [ ]+                     # spaces between parts
    """,
    re.VERBOSE | re.ASCII,  # \d is 0-9 only: other scripts' digits are not figures
)


_PLAIN_CHINESE = frozenset({"d", "s", "b"})  # token kinds of a plain Chinese integer


@lru_cache(maxsize=4096)  # cn2an costs ~9 us a call; news text repeats its numerals
def _cn2an_int(s: str) -> int | None:
    """cn2an's value of a plain Chinese integer (strict mode), or ``None``.

    cn2an returns a float for some inputs and raises ``ValueError`` on what it cannot read
    (两, 〇, 一万二, 百三): both mean "let our parser do it". A float never gets through.
    cn2an also reads some non-canonical strings wrongly (一亿十万 -> 100000000), so its
    answer counts only when cn2an writes that number back the same way (an2cn round trip).

    >>> _cn2an_int("三千五百万"), _cn2an_int("两千"), _cn2an_int("一万二"), _cn2an_int("一亿十万")
    (35000000, None, None, None)
    """
    try:
        v = cn2an.cn2an(s, "strict")
        if type(v) is not int or cn2an.an2cn(v) != s:
            return None
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    return v


def _plain(toks: Sequence[tuple[str, str]]) -> tuple[Num | None, int]:
    """Parse an integer/decimal numeral; returns the number and how many tokens it used."""
    if len(toks) == 1 and toks[0][0] == "ar":
        return _one_arabic(toks[0][1])
    return _plain_loop(toks)


def _plain_loop(toks: Sequence[tuple[str, str]]) -> tuple[Num | None, int]:
    """``_plain`` token by token (any run; ``_one_arabic`` is its result for one number)."""
    n = len(toks)
    if n and all(k in _PLAIN_CHINESE for k, _ in toks):
        v = _cn2an_int("".join(t for _, t in toks))
        if v is not None:
            dv = Decimal(v)
            mag = any(k == "b" for k, _ in toks)
            return Num(dv, _pow10_g(dv), mag, toks[-1][1] in _ROUND_SCALES), n
    return sections(toks)


def _replace(toks: list[tuple[str, str]], i: int, digit: str) -> list[tuple[str, str]]:
    out = list(toks)
    out[i] = ("d", digit)
    return out


def parse_tokens(toks: list[tuple[str, str]]) -> tuple[Num | None, int]:
    """Parse a run's tokens: fractions, mixed numbers, 几/数, 三四十, 余/多, plain numerals."""
    if len(toks) == 1 and toks[0][0] == "ar":
        return _one_arabic(toks[0][1])  # (what the branches below come to for one number)
    kinds = [k for k, _ in toks]
    if kinds and all(k in ("s", "b") for k in kinds) and toks[0][1] not in "十拾":
        v = Decimal(1)
        for k, t in toks:
            v *= _SMALL[t] if k == "s" else _BIG[t]
        # 上千, 上百万: checked by the caller
        return Num(v, v, kinds[-1] == "b", toks[-1][1] in _ROUND_SCALES), len(toks)
    if "mixed" in kinds:
        i = kinds.index("mixed")
        rest = kinds[i + 1 :]
        if "mixed" in rest or not ("frac" in rest or "slash" in rest):
            return _plain(toks)  # 又 joins a whole number and a fraction only (三又三分之一)
        whole, used = _plain(toks[:i])
        frac, used2 = parse_tokens(toks[i + 1 :])
        if whole is None or used != i or frac is None or used2 != len(toks) - i - 1:
            return _plain(toks)
        return Num(Fraction(whole.v) + Fraction(frac.v), Decimal(1)), len(toks)
    for joiner in ("frac", "slash"):
        if joiner in kinds:
            i = kinds.index(joiner)
            den, used = _plain(toks[:i])
            num, used2 = _plain(toks[i + 1 :])
            if den is None or used != i or num is None:
                return den, used
            if joiner == "slash":
                den, num = num, den
            if den.v == 0:  # 1/0, 零分之一: not a figure
                return None, 0
            sign = -1 if "负" in toks[i][1] else 1
            return Num(sign * Fraction(num.v) / Fraction(den.v), Decimal(1)), i + 1 + used2
    if "few" in kinds:
        i = kinds.index("few")
        lead = i == 0 or (i + 1 < len(toks) and toks[i + 1][0] == "s")
        lo_d, hi_d = ("二", "九") if lead else ("一", "九")
        lo, used = _plain(_replace(toks, i, lo_d))
        hi, _ = _plain(_replace(toks, i, hi_d))
        if lo is None or hi is None or used != len(toks):
            return None, 0
        stated = lo if i == 0 else _plain(toks[:i] + toks[i + 1 :])[0]
        # _plain yields Decimal values only (fractions come from parse_tokens)
        step = (cast(Decimal, hi.v) - cast(Decimal, lo.v)) / (8 if lo_d == "一" else 7)
        val = stated.v if stated is not None else lo.v
        return Num(val, step, lo.mag, lo=lo.v, hi=hi.v, few=True), used
    if "rem" in kinds:
        i = kinds.index("rem")
        base, used = _plain(toks[:i])
        bare = i > 0 and toks[0][1] not in "十拾" and all(k in ("s", "b") for k in kinds[:i])
        if base is None and bare:
            base, used = parse_tokens(toks[:i])  # 万余人, 百余家: a bare scale, one of it more
        if base is None or used != i:
            return base, used
        bigs = toks[i + 1 :]
        if any(k != "b" for k, _ in bigs):
            return base, used
        m = Decimal(1)
        for _, b in bigs:
            m *= _BIG[b]
        # 十余万: the remainder is one place of the digits (g * 万); 10万余: one 万;
        # 1.2万余: the last decimal's place (0.1万), never more than the scale word
        rem_g = base.g * m if bigs or toks[i - 1][0] != "b" else min(base.g, _BIG[toks[i - 1][1]])
        base_v = cast(Decimal, base.v)  # _plain yields Decimal values only
        num = Num(canon(base_v * m), base.g * m, base.mag or bool(bigs), rem_g=rem_g)
        return num, len(toks)
    int_part = kinds.index("pt") if "pt" in kinds else len(toks)
    for i in range(int_part - 1):  # 三四十, 两三百, 十五六: two neighbouring digits
        (k1, a), (k2, b) = toks[i], toks[i + 1]
        if k1 == k2 == "d" and _DIGITS[a] and (
            _DIGITS[b] == _DIGITS[a] + 1 or (i == 0 and a + b in _LOOSE_PAIRS)  # 三五天
        ):
            if (i + 2 < len(toks) and toks[i + 2][0] == "d") or (i > 0 and toks[i - 1][0] == "d"):
                break  # 一一两, 三四五: a digit string, not a pair of neighbours
            lo, used = _plain(_drop(toks, i + 1))
            hi, _ = _plain(_drop(toks, i))
            if lo is None or hi is None or used != len(toks) - 1 or hi.v <= lo.v:
                break
            width = cast(Decimal, hi.v) - cast(Decimal, lo.v)  # _plain yields Decimals only
            place = width / (_DIGITS[b] - _DIGITS[a])  # (三五百: a place of 100, not 200)
            return Num(lo.v, place, lo.mag, lo=lo.v, hi=hi.v), len(toks)
    return _plain(toks)


def _drop(toks: list[tuple[str, str]], i: int) -> list[tuple[str, str]]:
    return toks[:i] + toks[i + 1 :]


# Chinese numeral character -> its token kind, for the characters that are one token each
# whatever stands around them (not the first character of a numeral word such as 半百).
_ONE_CHAR_KIND = {
    c: kind
    for kind, chars in (("d", _D), ("x", _X), ("s", _S), ("b", _B))
    for c in chars
    if not any(len(w) > 1 and w[0] == c for w in _SPECIAL)
}
_ONE_CHAR_KINDS = "".join(_ONE_CHAR_KIND)


def _is_arabic(s: str) -> bool:
    """Whether ``s`` is ASCII digits with at most one decimal point inside or in front (16812,
    16.5, .5): one token of the Arabic-number pattern, when no digit, comma, e or ^ follows."""
    whole, dot, part = s.partition(".")
    return s.isascii() and (
        (whole.isdigit() and (not dot or part.isdigit())) or (not whole and part.isdigit())
    )


def tokens(body: str, base: int) -> tuple[list[tuple[str, str]], list[int]]:
    """The tokens of a run ``body`` that starts at offset ``base``, and where each one ends."""
    # The commonest runs without the token pattern: an Arabic number (16812, 16.5), Chinese
    # numeral characters (三千五百万), or an Arabic number before them (9万, 1.5亿, 3千万)
    toks: list[tuple[str, str]] = []
    ends: list[int] = []
    head = body.rstrip(_ONE_CHAR_KINDS)
    if not head or _is_arabic(head):
        if head:
            toks.append(("ar", head))
            ends.append(base + len(head))
        for i in range(len(head), len(body)):
            c = body[i]
            toks.append((_ONE_CHAR_KIND[c], c))
            ends.append(base + i + 1)
        return toks, ends
    for m in _TOKEN.finditer(body):
        kind = m.lastgroup
        if kind is not None:
            toks.append(_WAN_TOKEN if kind == "w" else (kind, m.group()))
            ends.append(base + m.end())
    return toks, ends


_WAN_TOKEN = ("b", "万")  # the token of w (1.2w = 1.2万)


# A parsed run: the fields of its ``Num`` (in order), the tokens used, where the figure ends and
# where its next-to-last token ends (relative to the run), whether the last token is a scale
# (十 百 千 万 亿: 12千米 may give it to a unit) and whether the figure is a fraction (三分之一).
RunParse = tuple[tuple[Any, ...], int, int, int, bool, bool]


def _run_parse(toks: list[tuple[str, str]], ends: list[int], base: int) -> RunParse | None:
    num, used = parse_tokens(toks)
    if num is None or used == 0:
        return None
    fields = (num.v, num.g, num.mag, num.round_mag, num.lo, num.hi, num.rem_g, num.few)
    before_last = ends[used - 2] - base if used >= 2 else 0
    fraction = any(k in ("frac", "slash") for k, _ in toks[:used])
    scale_last = toks[used - 1][0] in ("s", "b")
    return fields, used, ends[used - 1] - base, before_last, scale_last, fraction


@lru_cache(maxsize=8192)  # news repeats its numerals (2024, 一, 10万): the parse is pure
def parse_run(body: str) -> RunParse | None:
    """The parse of a numeral run ``body`` (at most ``MAX_FIGURE_CHARS`` long), or ``None``.

    >>> parse_run("9万个")[:3]
    ((Decimal('90000'), Decimal('10000'), True, True, None, None, None, False), 2, 2)
    """
    toks, ends = tokens(body, 0)
    return _run_parse(toks, ends, 0)


@lru_cache(maxsize=1024)
def parse_run_prefix(body: str, used: int) -> tuple[Any, ...] | None:
    """The ``Num`` fields of the first ``used`` tokens of ``body`` when they parse whole."""
    toks, _ = tokens(body, 0)
    num, used2 = parse_tokens(toks[:used])
    if num is None or used2 != used:
        return None
    return (num.v, num.g, num.mag, num.round_mag, num.lo, num.hi, num.rem_g, num.few)


def parse_number(s: str) -> Decimal | None:
    """The value of a plain numeral (Arabic or Chinese, with 万/亿), or ``None``.

    >>> parse_number("3千万"), parse_number("十五点七"), parse_number("16,812")
    (Decimal('30000000'), Decimal('15.7'), Decimal('16812'))
    """
    t = fold(s.strip())
    if len(t) > MAX_FIGURE_CHARS:
        return None  # a list or a flood of numerals, not one figure
    neg = t.startswith(("负", "-"))
    if neg:
        t = t[1:]
    toks, _ = tokens(t, 0)
    if not toks or _TOKEN.sub("", t):
        return None
    num, used = parse_tokens(toks)
    if num is None or used != len(toks) or num.lo is not None or num.rem_g is not None:
        return None
    if all(k in ("s", "b") for k, _ in toks) and toks[0][1] not in "十拾":
        return None  # a bare scale (万, 千万) is not a numeral on its own
    v = num.v if isinstance(num.v, Decimal) else None
    if v is None:
        return None
    return -v if neg else v

