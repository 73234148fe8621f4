"""Stage 2: numerals. Takes normalised text, returns ``Figure`` records (where a figure stands,
its exact value, granularity and qualifiers); ``make_value`` turns one into a ``Value``.

One compiled regex (``_RUN``) finds candidate numeral runs in linear time; each run is then
parsed exactly from its tokens (``_plain``). Words come from ``claims/data/numerals.toml`` and
``claims/data/qualifiers.toml`` through ``claims.vocab``. The parser is our own (cn2an has
no notion of 余/几/ranges and returns floats); cn2an is the oracle of the property tests.

What counts as a *round* figure (its bare reading is the rounding interval [v-g/2, v+g/2)):
a count, amount or measure (not a percent, fraction, multiple or ordinal) whose granularity g
is above 1 and that either carries a 万/亿/兆 magnitude (9万, 35亿, 1.5万) or has g >= 100
(400, 两千). 16812, 70 and 十 are exact points.

>>> parse_number("一万二"), parse_number("1,100.9亿"), parse_number("四千零五万")
(Decimal('12000'), Decimal('110090000000'), Decimal('40050000'))
>>> parse_number("１６８１２"), parse_number("廿三"), parse_number("一起")
(Decimal('16812'), Decimal('23'), None)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any

import regex

from claims import bounds, vocab
from claims.models import Interval, Kind, Value, exact
from claims.normalize import fold

__all__ = ["Figure", "after_qualifier", "make_value", "parse_number", "scan"]


_NUM = vocab.numerals()
_QUAL = vocab.qualifiers()
_DIGITS = _NUM.digits
_SMALL = _NUM.small_scales
_BIG = _NUM.big_scales
_SPECIAL = _NUM.special
_D = "".join(_DIGITS)
_S = "".join(_SMALL)
_B = "".join(_BIG)
_X = "".join(_SPECIAL)
_CN = _D + _S + _B + _X
_D_DEC = _D.replace("两", "").replace("俩", "")  # 一点两小时: colloquial 两 is not a decimal
_MAX_DIGITS = 28  # beyond Decimal's default precision a digit run is a code, not a figure

# A candidate numeral run. Spaces may separate Chinese parts (一百 五 十, 10 亿) but never two
# Arabic numbers (1, 234 are two figures). Every alternative starts with a distinct character
# class, so the scan is linear.
_AR = (
    r"(?:(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?|\.\d+)"  # digits, separators, decimals
    r"(?:[eE][-+]?\d+(?![A-Za-z])|\^[-+]{0,2}\d{1,3})?"  # exponent: 2e5, 2^5
)
_RUN = regex.compile(
    rf"""
    (?P<neg>负[ ]*|-(?=\.?\d))?                 # sign: 负 or a minus right before a digit
    (?P<pct>[百千万佰仟]+[ ]*分[ ]*之[ ]*)?      # percent / permille prefix: 百分之, 千分之
    (?P<body>
      (?:{_AR}|[{_CN}]|[几数](?=[ ]*[{_S}{_B}]))   # first atom: a number, numeral, 几十 / 数百
      (?:
        (?:{_AR})                                 # an Arabic part glued on (3万4000)
        | [ ]*[{_CN}几]                           # a Chinese part, maybe after spaces
        | (?<=[{_S}{_B}])[ ]+\d+(?=[ ]*[{_S}{_B}])  # 7万 5千: an Arabic digit after a scale
        | [ ]*[余多](?=[ ]*[{_B}])                # 余/多 inside: 十余万, 五百 余万
        | [余多]                                  # ... or trailing: 30多, 十余
        | [ ]*点(?=[ ]*[\d{_D_DEC}])              # decimal point before a digit (not 两)
        | [ ]*分[ ]*之[ ]*(?:负[ ]*)?(?=[\d{_CN}])  # fraction: 三分之一, 3分之负1
        | [ ]*又[ ]*(?=[\d{_CN}])                 # mixed number: 三又三分之一
        | [ ](?=\d+/\d)                          # mixed number: 1 3/5
        | /(?=\d)                                 # slash fraction: 1/5
        | [kK](?![A-Za-z])                        # 40k
      )*
    )
    """,
    regex.VERBOSE | regex.ASCII,  # \d is 0-9 only: other scripts' digits are not figures
)

# Pieces of a run, in order; spaces are dropped.
_TOKEN = regex.compile(
    rf"""
    (?P<ar>{_AR})              # Arabic number
    | (?P<d>[{_D}])            # Chinese digit
    | (?P<x>[{_X}])            # 廿 卅
    | (?P<s>[{_S}])            # 十 百 千
    | (?P<b>[{_B}])            # 万 亿 兆
    | (?P<pt>点)               # decimal point
    | (?P<few>[几数])          # unknown digit
    | (?P<rem>[余多])          # remainder
    | (?P<frac>分[ ]*之[ ]*(?:负[ ]*)?)  # fraction joiner (a negative numerator: 分之负)
    | (?P<mixed>又|[ ](?=\d+/\d))    # mixed number joiner
    | (?P<slash>/)             # slash fraction
    | (?P<k>[kK])              # thousand
    | [ ]+                     # spaces between parts
    """,
    regex.VERBOSE | regex.ASCII,  # \d is 0-9 only: other scripts' digits are not figures
)

# What may follow a figure and changes its kind: 30%, 3个百分点, 三成(半), 九折, 2倍.
_SUFFIX = regex.compile(
    r"""
    [ ]*
    (?:
      (?P<percent>%)                       # percent sign
      | (?P<point>个[ ]*百[ ]*分[ ]*点)      # percentage points
      | (?P<cheng>成(?P<half>半)?)          # tenths: 三成, 三成半
      | (?P<zhe>折)                         # discount: 九折 = 90 % of the price
      | (?P<bei>倍)                         # multiple
    )
    """,
    regex.VERBOSE | regex.ASCII,  # \d is 0-9 only: other scripts' digits are not figures
)

# A second figure joined to the first: 3至5, 3-5万, 3~5.
_RANGE_JOIN = regex.compile(r"[ ]*(?:至|到|~|-|—|–)[ ]*", regex.ASCII)
# A third dash-joined number marks a code or a date (2024-09-03, 010-1234-5678).
_CODE_TAIL = regex.compile(r"-\d", regex.ASCII)

_LONE_OK = frozenset("\n\r\t ,.;:!?\"'()[]“”‘’「」《》、。，：；！？（）")


@dataclass(slots=True)
class Num:
    """A parsed numeral: value, granularity, whether a magnitude (万/亿) was written."""

    v: Decimal | Fraction
    g: Decimal
    mag: bool = False
    lo: Decimal | Fraction | None = None  # explicit bounds of 几/数/三四十/3-5
    hi: Decimal | Fraction | None = None
    rem_g: Decimal | None = None  # granularity of a 余/多 inside or after the run
    few: bool = False


@dataclass(slots=True)
class Figure:
    """A figure found by ``scan``: offsets into the text and what its words state."""

    start: int
    end: int
    num: Num
    rule: str
    kind: Kind | None = None
    unit: str | None = None
    before: Any = None  # vocab.Qualifier before the figure
    before_word: str | None = None
    upward: bool = False
    flags: tuple[str, ...] = ()
    readings: tuple[Interval, ...] = ()
    rem_word: str | None = None

    @property
    def roundable(self) -> bool:
        """Whether the bare figure reads as rounded (see the module docstring)."""
        n = self.num
        return (
            self.kind is None
            and n.lo is None
            and n.rem_g is None
            and n.g > 1
            and (n.mag or n.g >= 100)
        )


def _pow10_g(d: Decimal) -> Decimal:
    """Place value of the last significant digit of a written number."""
    sign, digits, exp = d.as_tuple()
    if not isinstance(exp, int):
        return Decimal(1)
    if exp < 0:
        return Decimal(1).scaleb(exp)
    trailing = len(digits) - len("".join(map(str, digits)).rstrip("0") or "0")
    return Decimal(10 ** (exp + trailing))


def _ar_value(s: str) -> Decimal | None:
    s = s.replace(",", "")
    if len(s) > _MAX_DIGITS:
        return None
    if "^" in s:
        base, _, power = s.partition("^")
        exp_ = int(power.replace("+", "").replace("--", ""))
        if abs(exp_) > _MAX_DIGITS or (exp_ < 0 and Decimal(base) == 0):
            return None  # 9^99999999 would take minutes; 0^-1 is undefined
        v = exact(Fraction(Decimal(base)) ** exp_)
        return v if isinstance(v, Decimal) else Decimal(v.numerator) / v.denominator
    return Decimal(s)


def _plain(toks: Sequence[tuple[str, str]]) -> tuple[Num | None, int]:
    """Parse an integer/decimal numeral; returns the number and how many tokens it used."""
    total = Decimal(0)
    section = Decimal(0)
    pend: Decimal | None = None
    pend_ar = False
    last_small: int | None = None
    last_big: Decimal | None = None
    zero = False
    prev = ""  # kind of the previous token
    prev_scale = Decimal(1)
    dec_g: Decimal | None = None
    mag = False
    n = len(toks)
    i = 0
    while i < n:
        kind, s = toks[i]
        if kind == "d":
            follows = toks[i + 1][0] if i + 1 < n else ""
            if s == "两" and (pend is not None or prev in ("s", "b")) and follows not in ("s", "b", "d"):
                break  # 三十两, 两万两: a trailing 两 is the weight unit liang
            d = _DIGITS[s]
            if pend is not None:
                if prev == "d" and all(k == "d" for k, _ in toks):  # digit string: 一九九一
                    return Num(Decimal("".join(str(_DIGITS[t]) for _, t in toks)), Decimal(1)), n
                break
            if d == 0:
                zero = True
            else:
                pend, pend_ar = Decimal(d), False
        elif kind == "x":  # 廿 = 二十: a tens section of its own (廿三 = 23)
            if pend is not None or last_small is not None:
                break
            section += _SPECIAL[s]
            last_small, zero, prev_scale = 10, False, Decimal(10)
        elif kind == "ar":
            if pend is not None or prev == "ar":
                break
            val = _ar_value(s)
            if val is None:
                return None, 0
            pend, pend_ar = val, True
            if "." in s and "^" not in s:
                dec_g = _pow10_g(val)
        elif kind in ("s", "k"):
            sc = 1000 if kind == "k" else _SMALL[s]
            if pend is None:
                if i == 0 and (sc == 10 or (i + 1 < n and toks[i + 1][0] == "d")):
                    pend = Decimal(1)  # 十五, 百三
                elif zero and sc == 10:
                    pend = Decimal(1)  # 一百零十万
                else:
                    break
            if last_small is not None and sc >= last_small:
                break
            section += pend * sc
            if dec_g is not None:
                dec_g *= sc
            last_small, pend, zero, prev_scale = sc, None, False, Decimal(sc)
        elif kind == "b":
            big = _BIG[s]
            val = section + (pend or 0)
            if val == 0:
                if last_big is None or total == 0 or zero:
                    break
                total *= big  # 四万万, 二十一万亿
                last_big *= big
            elif last_big is None:
                total = val * big
                last_big = big
            elif big < last_big:
                total += val * big
                last_big = big
            else:
                total = (total + val) * big
                last_big = big
            if dec_g is not None:
                dec_g *= big
            section, pend, last_small, zero, mag, prev_scale = Decimal(0), None, None, False, True, big
        elif kind == "pt":
            digits = []
            j = i + 1
            while j < n and toks[j][0] == "d" and toks[j][1] in _D_DEC:
                digits.append(str(_DIGITS[toks[j][1]]))
                j += 1
            if not digits:
                break
            frac = Decimal("0." + "".join(digits))
            if pend is not None and not zero and prev == "d" and prev_scale > 1 and i >= 2:
                pend *= prev_scale / 10  # 两千三点一 = 2300.1
            pend = section + (pend or 0) + frac
            section, pend_ar, last_small = Decimal(0), True, None
            dec_g = Decimal(1).scaleb(-len(digits))
            prev, i = "pt", j
            continue
        else:
            break
        prev = kind
        i += 1
    if pend is not None and not zero and prev == "d" and prev_scale > 1 and i >= 2:
        pend *= prev_scale / 10  # 一万二 = 12000, 百三 = 130: a trailing digit is one place down
    elif pend is not None and pend_ar and prev == "ar" and prev_scale > 1 and not zero:
        if "." not in toks[i - 1][1] and len(toks[i - 1][1]) == 1:
            pend *= prev_scale / 10  # 3万4 = 34000
    if i == 0 or (pend is None and section == 0 and total == 0 and not zero):
        return None, 0
    value = total + section + (pend or 0)
    if dec_g is not None and i == n or (dec_g is not None and prev in ("b", "s", "k", "pt", "ar")):
        g = dec_g
    else:
        g = _pow10_g(value) if value == value.to_integral_value() else Decimal(1)
    return Num(_canon(value), g, mag), i


def _canon(d: Decimal) -> Decimal:
    if d == d.to_integral_value():
        return Decimal(int(d))
    return d.normalize()


def _replace(toks: list[tuple[str, str]], i: int, digit: str) -> list[tuple[str, str]]:
    out = list(toks)
    out[i] = ("d", digit)
    return out


def _parse(toks: list[tuple[str, str]]) -> tuple[Num | None, int]:
    """Parse a run's tokens: fractions, mixed numbers, 几/数, 三四十, 余/多, plain numerals."""
    kinds = [k for k, _ in toks]
    if kinds and all(k in ("s", "b") for k in kinds) and toks[0][1] not in "十拾":
        v = Decimal(1)
        for k, t in toks:
            v *= _SMALL[t] if k == "s" else _BIG[t]
        return Num(v, v, kinds[-1] == "b"), len(toks)  # 上千, 上百万: checked by the caller
    if "mixed" in kinds:
        i = kinds.index("mixed")
        whole, used = _plain(toks[:i])
        frac, used2 = _parse(toks[i + 1 :])
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
        step = (Decimal(hi.v) - Decimal(lo.v)) / (8 if lo_d == "一" else 7)
        v = stated.v if stated is not None else lo.v
        return Num(v, step, lo.mag, lo=lo.v, hi=hi.v, few=True), used
    if "rem" in kinds:
        i = kinds.index("rem")
        base, used = _plain(toks[:i])
        if base is None or used != i:
            return base, used
        bigs = toks[i + 1 :]
        if any(k != "b" for k, _ in bigs):
            return base, used
        m = Decimal(1)
        for _, b in bigs:
            m *= _BIG[b]
        # 十余万: the remainder is one place of the digits (g * 万); 10万余: one 万
        rem_g = base.g * m if bigs or toks[i - 1][0] != "b" else _BIG[toks[i - 1][1]]
        return Num(_canon(Decimal(base.v) * m), base.g * m, base.mag or bool(bigs), rem_g=rem_g), len(
            toks
        )
    int_part = kinds.index("pt") if "pt" in kinds else len(toks)
    for i in range(int_part - 1):  # 三四十, 两三百, 十五六: two neighbouring digits
        (k1, a), (k2, b) = toks[i], toks[i + 1]
        if k1 == k2 == "d" and _DIGITS[a] and _DIGITS[b] == _DIGITS[a] + 1:
            if i + 2 < len(toks) and toks[i + 2][0] == "d":
                break
            lo, used = _plain(_drop(toks, i + 1))
            hi, _ = _plain(_drop(toks, i))
            if lo is None or hi is None or used != len(toks) - 1:
                break
            return Num(lo.v, Decimal(hi.v) - Decimal(lo.v), lo.mag, lo=lo.v, hi=hi.v), len(toks)
    return _plain(toks)


def _drop(toks: list[tuple[str, str]], i: int) -> list[tuple[str, str]]:
    return toks[:i] + toks[i + 1 :]


def _tokens(body: str, base: int) -> tuple[list[tuple[str, str]], list[int]]:
    toks: list[tuple[str, str]] = []
    ends: list[int] = []
    for m in _TOKEN.finditer(body):
        kind = m.lastgroup
        if kind is not None:
            toks.append((kind, m.group()))
            ends.append(base + m.end())
    return toks, ends


def parse_number(s: str) -> Decimal | None:
    """The value of a plain numeral (Arabic or Chinese, with 万/亿), or ``None``.

    >>> parse_number("3千万"), parse_number("十五点七"), parse_number("16,812")
    (Decimal('30000000'), Decimal('15.7'), Decimal('16812'))
    """
    t = fold(s.strip())
    neg = t.startswith(("负", "-"))
    if neg:
        t = t[1:]
    toks, _ = _tokens(t, 0)
    if not toks or _TOKEN.sub("", t):
        return None
    num, used = _parse(toks)
    if num is None or used != len(toks) or num.lo is not None or num.rem_g is not None:
        return None
    if all(k in ("s", "b") for k, _ in toks) and toks[0][1] not in "十拾":
        return None  # a bare scale (万, 千万) is not a numeral on its own
    v = num.v if isinstance(num.v, Decimal) else None
    if v is None:
        return None
    return -v if neg else v


# --- scanning -------------------------------------------------------------------------------

_BEFORE = _QUAL.before
_AFTER = _QUAL.after
_BEFORE_LENS = sorted({len(w) for w in _BEFORE}, reverse=True)
_AFTER_LENS = sorted({len(w) for w in _AFTER}, reverse=True)
_GROWTH = _QUAL.growth_verbs
_NOT_NUMBERS: dict[str, list[tuple[int, str]]] = {}
for _w in _NUM.not_numbers:
    for _k, _c in enumerate(_w):
        if _c in _CN:
            _NOT_NUMBERS.setdefault(_c, []).append((_k, _w))

UnitAt = Callable[[int], Any]


def _excluded(text: str, start: int, end: int, unit_at: UnitAt | None) -> bool:
    """Whether the run [start, end) sits inside a word that is not a figure (一起, 十分, 四川)."""
    for k, w in _NOT_NUMBERS.get(text[start], ()):
        s = start - k
        if s >= 0 and s + len(w) >= end and text.startswith(w, s):
            u = unit_at(end) if unit_at is not None else None
            if u is None or u.end <= s + len(w):
                return True
    return False


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _qualifier_before(text: str, start: int) -> tuple[Any, int]:
    """The bounding word right before ``start`` (one space allowed), and where it starts."""
    pos = start - 1 if start > 0 and text[start - 1] == " " else start
    for n in _BEFORE_LENS:
        w = text[pos - n : pos] if pos >= n else ""
        q = _BEFORE.get(w)
        if q is not None:
            if pos - n > 0 and text[pos - n - 1] in q.blocked_after:
                continue
            return q, pos - n
    return None, start


def after_qualifier(text: str, pos: int) -> tuple[Any, int]:
    """The bounding word at ``pos`` (以上, 左右, 余, 多 ...) and where it ends, or ``(None, pos)``."""
    for n in _AFTER_LENS:
        q = _AFTER.get(text[pos : pos + n])
        if q is not None:
            return q, pos + n
    return None, pos


def _percent_factor(prefix: str) -> Fraction:
    """How many percent one unit after the prefix is: 百分之 1, 千分之 1/10, 百万分之 1/10000."""
    den = Fraction(1)
    for ch in prefix:
        if ch in _SMALL:
            den *= _SMALL[ch]
        elif ch in _BIG:
            den *= Fraction(_BIG[ch])
    return Fraction(100) / den


def _figure_at(
    m: regex.Match[str], text: str, unit_at: UnitAt | None
) -> tuple[Num | None, int, str, Kind | None]:
    toks, ends = _tokens(m.group("body"), m.start("body"))
    num, used = _parse(toks)
    if num is None or used == 0:
        return None, m.end(), "", None
    end = ends[used - 1]
    if used >= 2 and toks[used - 1][0] in ("s", "b") and unit_at is not None:
        # 12千米, 五十兆字节: the scale belongs to a unit (kilometre, megabyte)
        u = unit_at(ends[used - 2])
        if u is not None and u.end > end and u.factor == 1:
            shorter, used2 = _parse(toks[: used - 1])
            if shorter is not None and used2 == used - 1:
                num, used, end = shorter, used2, ends[used - 2]
    rule = "numeral"
    kind: Kind | None = None
    if m.group("pct"):
        k = _percent_factor(m.group("pct"))
        num.v, num.g = exact(Fraction(num.v) * k), Decimal(num.g) * Decimal(k.numerator) / k.denominator
        if num.lo is not None and num.hi is not None:
            num.lo, num.hi = exact(Fraction(num.lo) * k), exact(Fraction(num.hi) * k)
        rule, kind = "percent_words", Kind.PERCENT
    elif any(k in ("frac", "slash") for k, _ in toks[:used]):
        rule, kind = "fraction", Kind.FRACTION
    if m.group("neg"):
        num.v = -num.v
        if num.lo is not None and num.hi is not None:
            num.lo, num.hi = -num.hi, -num.lo
    return num, end, rule, kind


def scan(
    text: str, skip: Sequence[tuple[int, int]] = (), unit_at: UnitAt | None = None
) -> list[Figure]:
    """Every figure of the normalised ``text``, in order, avoiding the ``skip`` spans (dates).

    ``unit_at(pos)`` (e.g. ``units.match_unit`` bound to the text) says whether a unit or
    measure word starts at ``pos``; it decides lone 一 and words like 十分钟 vs 十分.
    """
    out: list[Figure] = []
    skip_i = 0
    pos = 0
    n = len(text)
    while True:
        m = _RUN.search(text, pos)
        if m is None:
            return out
        start = m.start()
        pos = m.end()
        while skip_i < len(skip) and skip[skip_i][1] <= start:
            skip_i += 1
        if skip_i < len(skip) and skip[skip_i][0] < m.end():
            continue
        prev = text[start - 1] if start else ""
        if prev and prev.isascii() and (prev.isalnum() or prev in "_@#/:."):
            continue  # part of a code, version, handle or time: V5, @北京12345, 16:23
        num, end, rule, kind = _figure_at(m, text, unit_at)
        if num is None:
            continue
        pos = max(pos, end) if end > m.end() else end
        body = text[start:end]
        chinese_only = not any("0" <= c <= "9" for c in body)
        if chinese_only and len(body) <= 4 and _excluded(text, start, end, unit_at):
            continue
        fig = Figure(start, end, num, rule, kind, "percent" if kind is Kind.PERCENT else None)
        if num.rem_g is not None:
            fig.rem_word = "余" if "余" in body else "多"
        if chinese_only and len(body) == 1:
            if body in _NUM.ambiguous:
                continue
            nxt = text[end] if end < n else ""
            if (
                body in _NUM.lone_one
                and prev != _NUM.ordinal
                and (unit_at is None or unit_at(end) is None)
                and _SUFFIX.match(text, end) is None
            ):
                if _is_han(prev) or _is_han(nxt) or nxt.isalnum():
                    continue
        if chinese_only and all(k in "百千万亿兆佰仟" for k in body.replace(" ", "")):
            if not body.startswith("十"):
                q, qs = _qualifier_before(text, start)
                bare_unit = unit_at is not None and unit_at(end) is not None  # 千万元
                if not bare_unit and (q is None or q.bound not in ("upward", "upward_wide")):
                    continue
        if text.startswith(":", end) and end + 1 < n and text[end + 1].isdigit():
            pos = max(pos, end + 1)
            continue  # a clock time 16:23
        _after_figure(fig, text)
        _range(fig, text, unit_at)
        _before_figure(fig, text)
        pos = max(pos, fig.end)
        if out and out[-1].end > fig.start:
            continue
        out.append(fig)


def _after_figure(fig: Figure, text: str) -> None:
    """Suffixes that change the kind: %, 个百分点, 成, 折, 倍."""
    m = _SUFFIX.match(text, fig.end)
    if m is None or fig.kind is not None:
        return
    num = fig.num
    if m.group("percent"):
        fig.kind, fig.unit, fig.rule = Kind.PERCENT, "percent", "percent_sign"
    elif m.group("point"):
        fig.kind, fig.unit, fig.rule = Kind.PERCENTAGE_POINT, "percentage_point", "percentage_point"
    elif m.group("cheng") or m.group("zhe"):
        v = Decimal(num.v) if isinstance(num.v, Decimal) else None
        if v is None or v <= 0 or v >= 100 or (m.group("cheng") and v > 10):
            return
        if m.group("zhe") and (v == 10 or (v > 10 and v != v.to_integral_value())):
            return
        # 三成 = 30 %; 九折 = 9.9折 = 90 / 99 % of the price; 75折 and 三八折 read digit by digit
        k = Decimal(10) if v <= 10 else Decimal(1)
        num.v, num.g = _canon(v * k), num.g * k
        if m.group("half"):
            num.v += 5
        fig.kind, fig.unit = Kind.PERCENT, "percent"
        fig.rule = "tenths" if m.group("cheng") else "discount"
    elif m.group("bei"):
        fig.kind, fig.unit, fig.rule = Kind.MULTIPLE, None, "multiple"
    fig.end = m.end()
    if fig.kind is Kind.PERCENT and fig.unit is None:
        fig.unit = "percent"


def _range(fig: Figure, text: str, unit_at: UnitAt | None) -> None:
    """A second figure joined by 至/到/-/~ makes a range: 3至5, 3-5万, 5-20%."""
    j = _RANGE_JOIN.match(text, fig.end)
    if j is None or fig.num.lo is not None:
        return
    m = _RUN.match(text, j.end())
    if m is None or m.group("neg"):
        return
    num2, end2, _, kind2 = _figure_at(m, text, unit_at)
    if num2 is None or num2.lo is not None or kind2 is not None:
        return
    if text.startswith("-", j.start()) and _CODE_TAIL.match(text, end2):
        return
    second = Figure(fig.start, end2, num2, fig.rule)
    _after_figure(second, text)
    lo, hi = Fraction(fig.num.v), Fraction(num2.v)
    if fig.kind is not None and second.kind is not None and fig.kind != second.kind:
        return
    if num2.mag and not fig.num.mag:  # 3-5万: the first figure borrows the magnitude
        scale = _magnitude(num2)
        if lo * scale <= hi:
            lo *= scale
            fig.num.g *= Decimal(scale.numerator)
    if lo >= hi:
        return
    fig.num.lo, fig.num.hi = exact(lo), exact(hi)
    fig.num.v = fig.num.lo
    fig.num.g = min(fig.num.g, num2.g)
    fig.end = second.end
    fig.kind = fig.kind or second.kind
    fig.unit = fig.unit or second.unit
    fig.rule = "range"


def _magnitude(num: Num) -> Fraction:
    g = Fraction(num.g)
    scale = Fraction(1)
    for b in sorted(_BIG.values()):
        if g >= Fraction(b) and Fraction(num.v) % Fraction(b) == 0:
            scale = Fraction(b)
    return scale


def _before_figure(fig: Figure, text: str) -> None:
    """Ordinal 第, the bounding word before the figure, and 增长2倍 ambiguity."""
    start = fig.start
    if start and text[start - 1] == _NUM.ordinal and fig.kind is None:
        fig.kind, fig.rule, fig.start = Kind.ORDINAL, "ordinal", start - 1
        return
    q, qs = _qualifier_before(text, start)
    if q is not None:
        if q.bound in ("upward", "upward_wide") and not text[start] in "百千万亿":
            q = None
        else:
            fig.before, fig.before_word, fig.start = q, text[qs:start].strip(), qs
    if fig.kind is Kind.MULTIPLE:
        for verb in _GROWTH:
            if text.startswith(verb, fig.start - len(verb)):
                v = Fraction(fig.num.v)
                fig.readings = (Interval.point(exact(v + 1)), Interval.point(exact(v)))
                fig.flags = ("ambiguous_multiple",)
                break


def make_value(
    fig: Figure, after: Any = None, after_word: str | None = None, factor: Decimal = Decimal(1)
) -> Value:
    """The ``Value`` of ``fig``, with a bounding word found after it (or its unit) and the
    unit's scale ``factor`` (万元 -> 10000). A 余/多 after the unit (5年多) adds less than one
    unit: (5, 6).
    """
    num = fig.num
    # Decimal arithmetic is exact here (sums, products and halves of decimals); Fractions are
    # needed only when a figure is one (三分之一), and they cost several times more.
    as_decimal = isinstance(num.v, Decimal) and not isinstance(num.lo, Fraction)
    conv: Any = Decimal if as_decimal else Fraction
    f = conv(factor)
    v, g = conv(num.v) * f, conv(num.g) * f
    hi = None if num.hi is None else conv(num.hi) * f
    lo = None if num.lo is None else conv(num.lo) * f
    word = fig.before_word
    bound: str | None
    if fig.flags:
        bound, lo, hi = "range", v, v + 1
    elif fig.before is not None:
        bound = fig.before.bound
        if num.rem_g is not None and bound in ("over", "at_least", "about"):
            g = conv(num.rem_g) * f
    elif after is not None:
        bound, word = after.bound, after_word
        if bound == "remainder":
            g = conv(num.rem_g) * f if num.rem_g is not None else (f if fig.kind is None else g)
            if hi is not None:
                bound = "range"
    elif num.few:
        bound, word = "few", None
    elif num.lo is not None:
        bound = "range"
    elif num.rem_g is not None:
        bound, g, word = "remainder", conv(num.rem_g) * f, fig.rem_word
    elif fig.roundable:
        bound = "round"
    else:
        bound = None
    return bounds.value(
        v,
        g,
        bound,
        hi=hi,
        qualifier=word,
        lo=lo,
        readings=fig.readings,
        range_end=fig.rule == "range",
    )
