"""Plain integers and decimals, token by token: a private part of claims/numerals.py.

Takes the tokens of one numeral run (``numerals.tokens``) and returns a ``Num`` (exact value,
granularity, whether a magnitude was written) and how many tokens it used, by the section
arithmetic of ``sections`` (两, 〇, 一万二, 百三, 四万万, digit strings, decimals, 1.2亿3千万,
3萬7396.27) or ``_one_arabic`` (one Arabic number). ``claims.numerals`` asks cn2an first for a
plain Chinese integer, re-exports ``Num`` and ``canon`` and reads the rest (fractions, 几, 余,
ranges) around these. Words come from ``claims/data/numerals.toml`` through ``claims.vocab``.

>>> sections([("d", "一"), ("b", "万"), ("d", "二")])[0].v
Decimal('12000')
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from claims import vocab
from claims.models import exact

__all__ = ["Num", "canon", "sections"]

_NUM = vocab.numerals()
_DIGITS = _NUM.digits
_SMALL = _NUM.small_scales
_BIG = _NUM.big_scales
_SPECIAL = _NUM.special
_D_DEC = "".join(_DIGITS).replace("两", "").replace("俩", "")  # 一点两: 两 is no decimal digit
MAX_DIGITS = 28  # beyond Decimal's default precision a digit run is a code, not a figure
_MAX_DIGITS = MAX_DIGITS
# Scales that make a bare figure round when they follow its last significant digit (9万, 三千)
ROUND_SCALES = frozenset(c for c, v in _SMALL.items() if v == 1000) | frozenset(_BIG)
_ROUND_SCALES = ROUND_SCALES

@dataclass(slots=True)
class Num:
    """A parsed numeral: value, granularity, whether a magnitude (万/亿) was written.

    ``round_mag``: a magnitude character (千 万 亿 兆, k) follows the last significant digit
    (9万, 35亿, 1.5万, 三千): the bare figure reads as rounded (DESIGN.md section 4).
    """

    v: Decimal | Fraction
    g: Decimal
    mag: bool = False
    round_mag: bool = False
    lo: Decimal | Fraction | None = None  # explicit bounds of 几/数/三四十/3-5
    hi: Decimal | Fraction | None = None
    rem_g: Decimal | None = None  # granularity of a 余/多 inside or after the run
    few: bool = False



def _pow10_g(d: Decimal) -> Decimal:
    """Place value of the last significant digit of a written number."""
    _sign, digits, exp = d.as_tuple()
    if not isinstance(exp, int):
        return Decimal(1)
    if exp < 0:
        return Decimal(1).scaleb(exp)
    trailing = len(digits) - len("".join(map(str, digits)).rstrip("0") or "0")
    return Decimal(10 ** (exp + trailing))


def _ar_value(s: str) -> Decimal | None:
    s = s.replace(",", "").replace(" ", "")
    if len(s) > _MAX_DIGITS:
        return None
    _, e, power = s.lower().partition("e")
    if e and abs(int(power)) > _MAX_DIGITS:
        return None  # 1e1000000: beyond Decimal's precision, a code rather than a figure
    if "^" in s:
        base, _, power = s.partition("^")
        exp_ = int(power.replace("+", "").replace("--", ""))
        if abs(exp_) > _MAX_DIGITS or (exp_ < 0 and Decimal(base) == 0):
            return None  # 9^99999999 would take minutes; 0^-1 is undefined
        v = exact(Fraction(Decimal(base)) ** exp_)
        return v if isinstance(v, Decimal) else Decimal(v.numerator) / v.denominator
    return Decimal(s)


def sections(toks: Sequence[tuple[str, str]]) -> tuple[Num | None, int]:
    """A numeral's tokens read section by section (the parser's own arithmetic, for anything
    cn2an does not read: ``claims.numerals._plain_loop`` asks cn2an first)."""
    n = len(toks)
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
    dec_closed = False  # a magnitude has scaled the decimal: its granularity is final
    mag = False
    section_at = 0  # the token where the section after the last magnitude starts
    i = 0
    while i < n:
        kind, s = toks[i]
        if kind == "d":
            follows = toks[i + 1][0] if i + 1 < n else ""
            after_scale = pend is not None or prev in ("s", "b")
            if s == "两" and after_scale and follows not in ("s", "b", "d"):
                break  # 三十两, 两万两: a trailing 两 is the weight unit liang
            if dec_g is not None and prev in ("s", "b", "k"):
                dec_closed = True  # 1.2亿三千万: later scales belong to this digit
            d = _DIGITS[s]
            if pend is not None:
                if prev == "d" and all(k == "d" for k, _ in toks):  # digit string: 一九九一
                    if n > _MAX_DIGITS:
                        return None, 0  # as for Arabic digits: a code, not a figure
                    return Num(Decimal("".join(str(_DIGITS[t]) for _, t in toks)), Decimal(1)), n
                scaled = _digit_string_scaled(toks) if prev == "d" and i == 1 else None
                if scaled is not None:
                    return scaled, n  # 一一二二萬 (Taiwan print): 1122万
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
            if "." in s and last_big is not None and not _decimal_section(toks, i, last_big):
                break  # (a decimal after a finished magnitude starts the next figure)
            if dec_g is not None and prev in ("s", "b", "k"):
                dec_closed = True  # 1.2亿3千万: later scales belong to the 3, not the 1.2
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
                elif sc == 10 and (zero or prev == "b"):
                    pend = Decimal(1)  # 一百零十万, 一亿十二万
                else:
                    break
            if last_small is not None and sc >= last_small:
                break
            section += pend * sc
            if dec_g is not None and not dec_closed:
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
            elif big == last_big:  # 9万9万: a magnitude twice is two figures; end at the first
                i, prev, prev_scale = section_at, "b", big
                section, pend, zero, dec_g = Decimal(0), None, False, None
                break
            else:
                total = (total + val) * big
                last_big = big
            if dec_g is not None and not dec_closed:
                dec_g *= big
            section, pend, last_small = Decimal(0), None, None
            zero, mag, prev_scale = False, True, big
            section_at = i + 1
        elif kind == "pt":
            digits = []
            j = i + 1
            while j < n and toks[j][0] == "d" and toks[j][1] in _D_DEC:
                digits.append(str(_DIGITS[toks[j][1]]))
                j += 1
            if len(digits) == 1 and j < n and toks[j][0] == "s" and _SMALL[toks[j][1]] == 10:
                j += 1  # 點二十九 = .29: two decimal places read as a number (Macau print)
                tail = toks[j] if j < n else ("", "")
                units = tail[0] == "d" and tail[1] in _D_DEC
                digits.append(str(_DIGITS[tail[1]]) if units else "0")
                j += units
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
    elif (
        pend is not None and pend_ar and prev == "ar" and prev_scale > 1 and not zero
        and "." not in toks[i - 1][1] and len(toks[i - 1][1]) == 1
    ):
        pend *= prev_scale / 10  # 3万4 = 34000
    if i == 0 or (pend is None and section == 0 and total == 0 and not zero):
        return None, 0
    value = total + section + (pend or 0)
    if value.adjusted() >= _MAX_DIGITS:
        return None, 0  # 9万亿亿亿…: beyond Decimal's precision its intervals would collapse
    if dec_g is not None and (i == n or prev in ("b", "s", "k", "pt", "ar")):
        g = dec_g
        if dec_closed:
            g = min(g, _pow10_g(canon(value)))  # 1.2亿3千万: the 3千万 is written to 1千万
    else:
        g = _pow10_g(value) if value == value.to_integral_value() else Decimal(1)
    last = toks[i - 1]
    round_mag = last[0] in ("b", "k") or last[1] in _ROUND_SCALES
    return Num(canon(value), g, mag, round_mag), i


def _digit_string_scaled(toks: Sequence[tuple[str, str]]) -> Num | None:
    """A string of three or more digits written one by one, then magnitudes only (一一二二萬 =
    1122万, 六七七萬元; Taiwan print): the digits in the magnitude's unit. Two digits are
    left to the ranges of neighbours (三四万); anything else is ``None``."""
    j = 0
    while j < len(toks) and toks[j][0] == "d":
        j += 1
    if j < 3 or j == len(toks) or j > _MAX_DIGITS or any(k != "b" for k, _ in toks[j:]):
        return None
    m = Decimal(1)
    for _, b in toks[j:]:
        m *= _BIG[b]
    digits = Decimal("".join(str(_DIGITS[t]) for _, t in toks[:j]))
    return Num(canon(digits * m), m, True, True)


def _decimal_section(toks: Sequence[tuple[str, str]], i: int, last_big: Decimal) -> bool:
    """Whether the decimal ``toks[i]`` is the last section of a figure whose magnitude it follows
    (3萬7396.27公頃 = 37396.27): right after a magnitude of a whole figure, smaller than that
    magnitude, and the last token (1.5万亿3千万1.5万亿: the next figure)."""
    if i + 1 != len(toks) or toks[i - 1][0] != "b":
        return False
    if any(k == "ar" and "." in t for k, t in toks[:i]):
        return False  # 1.5万2.5: two figures
    whole = toks[i][1].partition(".")[0].replace(",", "").replace(" ", "")
    return whole.isdigit() and whole[0] != "0" and len(whole) <= 8 and int(whole) < last_big


_ZERO = Decimal(0)


def _one_arabic(s: str) -> tuple[Num | None, int]:
    """``_plain`` of one Arabic number (16812, 16.5, 2e5), the commonest run, step for step as
    the general loop takes it (its sums start from two zero sections)."""
    val = _ar_value(s)
    if val is None:
        return None, 0
    dec_g = _pow10_g(val) if "." in s and "^" not in s else None
    value = _ZERO + _ZERO + (val or 0)
    if value.adjusted() >= _MAX_DIGITS:
        return None, 0
    if dec_g is not None:
        g = dec_g
    else:
        g = _pow10_g(value) if value == value.to_integral_value() else Decimal(1)
    return Num(canon(value), g, False, s in _ROUND_SCALES), 1


def canon(d: Decimal) -> Decimal:
    """A decimal without exponent or trailing zeros (1E+1 -> 10, 1.50 -> 1.5)."""
    if d == d.to_integral_value():
        return Decimal(int(d))
    return d.normalize()
