"""Stage 2 helpers (claims/numbers.py): the words around a figure that bound it or join it to
another. Takes the normalised text and a ``Figure``; sets its bounding word, span and flags.

Suffixes that change a figure's kind (%, 个百分点, 成, 折, 倍), bounding words before and after
a figure (超, 近, 以上, 左右: ``qualifiers.toml``), ordinal
第, the ambiguity of 增长2倍, the frame 比 X 大 / 比 X 小, 介于/位于 before a 之间-range, and
two bounds in a row read as one range (大于10小于20 = (10, 20)).

>>> q, start = qualifier_before("账号超9万个", 3)
>>> (q.bound, start)
('over', 2)
>>> q, end = after_qualifier("9万以上", 2)
>>> (q.bound, end)
('at_least', 4)
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from typing import Any

import regex

from claims import bounds, units, vocab
from claims.bounds import bounds as bounds_of
from claims.figures import BoundWord, Figure, UnitAt, copula_one
from claims.models import Interval, Kind, exact
from claims.numerals import canon

__all__ = ["ABOUT_FIRST", "about_link", "after_figure", "after_qualifier", "before_figure",
           "between_lead", "compare_frame", "join_pair", "qualifier_before",
           "suffix_at"]  # fmt: skip

_NUM = vocab.numerals()
_QUAL = vocab.qualifiers()
_DIGITS = _NUM.digits

# What may follow a figure and changes its kind: 30%, 3个百分点, 三成(半), 九折, 2倍.
_SUFFIX = re.compile(
    r"""
    [ ]*
    (?:
      (?P<percent>%)(?P<pct_rem>[余多](?![数万亿]))?  # percent sign; 20%多 = (20 %, 30 %)
      | (?P<permille>‰)                     # permille sign: 出生率8.04‰ (a rate per thousand)
      | (?P<point>个[ ]*(?P<point_half>半[ ]*)?百[ ]*分[ ]*点)  # percentage points (个半: +0.5)
      | (?P<permille_point>个[ ]*(?P<pm_half>半[ ]*)?千[ ]*分[ ]*点)  # 下降0.75个千分点
      | (?P<basis_point>(?:个[ ]*)?基[ ]*点)   # basis points: 下调25个基点 (rates, yields)
      | (?P<cheng>成                        # tenths: 三成
          (?:(?P<half>半)                   # 三成半 = 35 %
          | [ ]?(?P<tenth>[1-9一二三四五六七八九])(?![0-9〇零一二两三四五六七八九十百千万亿])
            (?![时点号日月年分秒])               # (1成1时: the 1 is an hour's, the date stage's)
          | (?P<cheng_rem>[余多])(?!数)        # 八成多 = (80 %, 90 %); not 多数
          )?)                               # 七成六 = 七成 六 = 76 %
      | (?P<zhe>折)(?![算合旧射叠腾服返现抵])  # discount: 九折 = 90 % (not 折算, 折合)
      | [ ]*(?P<zhe_digit>[1-9])[ ]*折       # 7 2 折: a discount written digit by digit
      | (?P<bei>倍)(?P<bei_rem>[余多])?       # multiple; 一倍多 = (1, 2)
    )
    """,
    re.VERBOSE | re.ASCII,  # \d is 0-9 only: other scripts' digits are not figures
)

# group name -> index into ``match.groups()`` (``regex`` looks names up several times slower)
_SX = {name: i - 1 for name, i in _SUFFIX.groupindex.items()}

_BEFORE = _QUAL.before
_CROSSED_LAST = frozenset(w[-1] for w in _QUAL.crossed)  # 氏: maybe a word a bound crosses
# 每 before a unit right before the figure (超过每小时180公里): a bound before it bounds the
# figure, and the span keeps out 每小时, which the context stage reads as the rate's per
_PER_LEADS = tuple(_NUM.rate_leads)
_PER_REACH = 6  # 每 and a unit of at most 4 characters (每小时, 每平方米)
# The last characters of the currency words and signs before a figure (人民币, US$, ¥): maybe
# a currency a bound crosses (超过人民币10亿元, 约合美元500万)
_PREFIX_LAST = frozenset(
    w[-1] for code, c in vocab.currencies().items() for w in (*c.prefixes, code) if w
) | {" "}
_AFTER = _QUAL.after
_BEFORE_LENS = sorted({len(w) for w in _BEFORE}, reverse=True)
# last (first) character -> the lengths of the bounding words before (after) a figure that end
# (start) with it, longest first: most figures have a character there that ends (starts) none,
# and are done with one dict look-up. (An empty word would match anywhere: then all lengths.)
_BEFORE_BY_LAST: dict[str, list[int]] = {}
for _w in _BEFORE:
    if _w:
        _BEFORE_BY_LAST.setdefault(_w[-1], []).append(len(_w))
_AFTER_BY_FIRST: dict[str, list[int]] = {}
for _w in _AFTER:
    if _w:
        _AFTER_BY_FIRST.setdefault(_w[0], []).append(len(_w))
for _lens in (*_BEFORE_BY_LAST.values(), *_AFTER_BY_FIRST.values()):
    _lens[:] = sorted(set(_lens), reverse=True)
_AFTER_LENS = sorted({len(w) for w in _AFTER}, reverse=True)
_GROWTH = _QUAL.growth_verbs
_HUNDREDS = re.compile("[百千佰仟]")  # with 万 亿 (Num.mag): a figure written by magnitude


# --- bounding words ------------------------------------------------------------------------


def qualifier_before(text: str, start: int) -> tuple[Any, int]:
    """The bounding word right before ``start`` (one space allowed), and where it starts."""
    pos = start - 1 if start > 0 and text[start - 1] == " " else start
    lens = _BEFORE_LENS if "" in _BEFORE else _BEFORE_BY_LAST.get(text[pos - 1 : pos], ())
    for n in lens:
        w = text[pos - n : pos] if pos >= n else ""
        q = _BEFORE.get(w)
        if q is not None:
            if pos - n > 0 and text[pos - n - 1] in q.blocked_after:
                continue
            return q, pos - n
    return None, start


def after_qualifier(text: str, pos: int, unit_kind: Kind | None = None) -> tuple[Any, int]:
    """The bounding word at ``pos`` (以上, 左右, 余, 多 ...) and where it ends, or (None, pos).

    A word with ``after_kinds`` bounds only a figure whose unit, of kind ``unit_kind``, is one
    of them (内 after 3天 or 200公里: within; 10个省内 is a place); ``blocked_next`` words
    (内容, 内地) are no bound. One space after an Arabic figure, % or a Latin unit is crossed
    by a word of two or more characters (Taiwan print: 5% 左右, 300 人 以上; not 300 多数)."""
    q, end = _after_at(text, pos, unit_kind)
    if q is None and text.startswith(" ", pos) and pos and _spaced_before(text[pos - 1]):
        q, end = _after_at(text, pos + 1, unit_kind)
        if q is None or end - pos <= 2:
            return None, pos
    return q, end


def _spaced_before(ch: str) -> bool:
    """Whether a space after ``ch`` (an ASCII digit, letter or %) may stand before 左右, 以上."""
    return ch.isascii() and (ch.isalnum() or ch == "%")


def _after_at(text: str, pos: int, unit_kind: Kind | None) -> tuple[Any, int]:
    """``after_qualifier`` at ``pos`` exactly, crossing no space."""
    lens = _AFTER_LENS if "" in _AFTER else _AFTER_BY_FIRST.get(text[pos : pos + 1], ())
    for n in lens:
        w = text[pos : pos + n]
        q = _AFTER.get(w) if len(w) == n else None  # (a slice past the end is shorter)
        if q is not None:
            if q.after_kinds and (unit_kind is None or unit_kind.value not in q.after_kinds):
                continue
            if q.blocked_next and text.startswith(q.blocked_next, pos + n):
                continue
            return q, pos + n
    return None, pos


# 十来天: an about-word between a round figure and its unit (qualifiers.toml [link])
_ABOUT_LINKS = {w: vocab.Qualifier(word=w, position="after", bound="about") for w in
                _QUAL.about_links}  # fmt: skip
ABOUT_FIRST = frozenset(w[0] for w in _ABOUT_LINKS)
_ROUND_LAST = frozenset("0十百千万亿拾佰仟")


def about_link(fig: Figure, text: str, unit_at: UnitAt | None) -> None:
    """十来天, 三百来人, 20来岁: 来 after a round figure, before a unit, bounds it like 左右
    (the figure's span takes the word; the unit after it is matched as usual)."""
    end = fig.end
    q = _ABOUT_LINKS.get(text[end : end + 1]) if _ABOUT_LINKS else None
    if q is None or unit_at is None or text[end - 1] not in _ROUND_LAST:
        return
    if fig.kind is not None or fig.num.lo is not None or fig.num.rem_g is not None:
        return
    if unit_at(end + len(q.word)) is None:
        return  # 五十来到, 10年来: no unit after the word
    fig.before, fig.before_word, fig.end = q, q.word, end + len(q.word)


def before_figure(fig: Figure, text: str) -> None:
    """Ordinal 第, the bounding word before the figure, and 增长2倍 ambiguity."""
    start = fig.start
    if start and text[start - 1] == _NUM.ordinal and fig.kind is None:
        fig.kind, fig.rule, fig.start = Kind.ORDINAL, "ordinal", start - 1
        return
    q, qs = qualifier_before(text, start)
    q_end = start  # where the bounding word ends
    currency = None  # a currency word the bound reaches across (约合人民币7000万元)
    per_lead = False
    if q is None and start and text[start - 1] in _CROSSED_LAST:  # 约摄氏33度
        at = next((start - len(w) for w in _QUAL.crossed if text.startswith(w, start - len(w))), 0)
        if at > 0:
            q, qs = qualifier_before(text, at)
            q_end = at
    elif q is None and start and text[start - 1] in _PREFIX_LAST and fig.kind is None:
        ub = units.match_unit_before(text, start)
        if ub is not None and ub.kind is Kind.MONEY and ub.start:
            q, qs = qualifier_before(text, ub.start)
            q_end, currency = ub.start, ub.unit
    if q is None and _PER_LEADS and start > 2:  # 超过每小时180公里: the bound crosses the rate's
        at = max(text.rfind(w, max(0, start - _PER_REACH), start - 1) for w in _PER_LEADS)
        u = units.match_unit(text, at + 1) if at >= 0 else None
        if u is not None and u.end == start:
            q, qs = qualifier_before(text, at)
            q_end = at
            per_lead = True  # (its denominator, before the figure, stays out of the span)
    if q is not None:
        if q.bound in ("upward", "upward_wide") and text[start] not in "百千万亿":
            q = None
        elif q.needs_magnitude and not (fig.num.mag or _HUNDREDS.search(text, start, fig.end)):
            q = None  # 过3天 is a time to come; 过10万, 过百 a bound
        else:
            fig.before, fig.before_word = q, text[qs:q_end].strip()
            fig.start = fig.start if per_lead else qs
            fig.unit = currency or fig.unit  # (the caller makes it money if no unit follows)
    if q is None:
        _share_qualifier(fig, text)
    if fig.before is None and fig.rule != "range":
        compare_frame(fig, text)  # 比三十大
    if fig.kind is Kind.MULTIPLE:
        for verb in _GROWTH:
            if text.startswith(verb, fig.start - len(verb)):
                v, r = Fraction(fig.num.v), fig.num.rem_g
                if r is None:
                    fig.readings = (Interval.point(exact(v + 1)), Interval.point(exact(v)))
                else:  # 增长一倍多: x(2..3) or x(1..2)
                    fig.readings = (
                        bounds.interval(v + 1, v + 1 + Fraction(r), False, False),
                        bounds.interval(v, v + Fraction(r), False, False),
                    )
                fig.flags = ("ambiguous_multiple",)
                break


# --- suffixes that change the kind ----------------------------------------------------------


def after_figure(fig: Figure, text: str, unit_at: UnitAt | None = None) -> None:
    """Suffixes that change the kind: %, 个百分点, 个基点, 成, 折, 倍."""
    m = _SUFFIX.match(text, fig.end)
    if m is None or fig.kind is not None:
        return
    g = m.groups()
    if g[_SX["tenth"]] and unit_at is not None and unit_at(m.end()) is not None:
        m = _SUFFIX.match(text, fig.end, m.start(_SX["tenth"] + 1))  # 三成五个: 三成, then 五个
        if m is None:
            return
        g = m.groups()
    num = fig.num
    if g[_SX["point_half"]] or g[_SX["pm_half"]]:  # 一个半百分点 = 1.5 points
        if num.lo is not None or num.rem_g is not None or Fraction(num.v).denominator != 1:
            return
        num.v, num.g = exact(Fraction(num.v) + Fraction(1, 2)), Decimal("0.5")
    if g[_SX["percent"]]:
        fig.kind, fig.unit, fig.rule = Kind.PERCENT, "percent", "percent_sign"
        rem = g[_SX["pct_rem"]]
        if rem and num.lo is None and num.rem_g is None:  # 20%多: one place of the figure more
            num.rem_g, fig.rem_word = num.g, rem
    elif g[_SX["permille"]]:
        fig.kind, fig.unit, fig.rule = Kind.PERCENT, "permille", "permille_sign"
    elif g[_SX["point"]]:
        fig.kind, fig.unit, fig.rule = Kind.PERCENTAGE_POINT, "percentage_point", "percentage_point"
    elif g[_SX["permille_point"]]:  # a difference of rates per thousand (birth rates)
        fig.kind, fig.unit, fig.rule = Kind.PERCENTAGE_POINT, "permille_point", "permille_point"
    elif g[_SX["basis_point"]]:  # a difference of interest rates in hundredths of a point
        fig.kind, fig.unit, fig.rule = Kind.PERCENTAGE_POINT, "basis_point", "basis_point"
    elif g[_SX["cheng"]] or g[_SX["zhe"]] or g[_SX["zhe_digit"]]:
        v = Decimal(num.v) if isinstance(num.v, Decimal) else None
        if v is None or v <= 0 or v >= 100 or (g[_SX["cheng"]] and v > 10):
            return
        if g[_SX["zhe"]] and (v == 10 or (v > 10 and v != v.to_integral_value())):
            return
        digit = g[_SX["tenth"]] or g[_SX["zhe_digit"]]
        if g[_SX["zhe_digit"]] and not (v < 10 and v == v.to_integral_value()):
            return  # 7 2 折 only: two single digits
        # 三成 = 30 %; 九折 = 9.9折 = 90 / 99 % of the price; 75折 and 三八折 read digit by digit
        k = Decimal(10) if v <= 10 else Decimal(1)
        num.v, num.g = canon(v * k), num.g * k
        if num.lo is not None and num.hi is not None:  # 六七成 = [60, 70], was [6, 7]
            if g[_SX["cheng"]] and (num.hi > 10 or digit is not None):
                return
            num.lo, num.hi = exact(num.lo * int(k)), exact(num.hi * int(k))
        if g[_SX["half"]]:
            num.v, num.g = num.v + 5, min(num.g, Decimal(5))  # 约五成半 = [50, 60]
        elif digit is not None:
            num.v, num.g = num.v + (int(digit) if digit.isdigit() else _DIGITS[digit]), Decimal(1)
        if g[_SX["cheng_rem"]] and num.lo is None and num.rem_g is None:
            num.rem_g, fig.rem_word = num.g, g[_SX["cheng_rem"]]
        fig.kind, fig.unit = Kind.PERCENT, "percent"
        fig.rule = "tenths" if g[_SX["cheng"]] else "discount"
    elif g[_SX["bei"]]:
        fig.kind, fig.unit, fig.rule = Kind.MULTIPLE, None, "multiple"
        rem = g[_SX["bei_rem"]]
        if rem and num.lo is None and num.rem_g is None:  # 一倍多: less than one more
            v = Decimal(num.v) if isinstance(num.v, Decimal) else None
            num.rem_g = Decimal(1) if v is not None and v == v.to_integral_value() else num.g
            fig.rem_word = rem
    fig.end = m.end()
    if fig.kind is Kind.PERCENT and fig.unit is None:
        fig.unit = "percent"


# Single digits other than 一 (read by the lone_one rule) and 十 (十大): alone before a word with
# no unit or measure word they abbreviate a name (两岸三地, 三公经费, 六稳六保, 五险一金)
LONE_DIGITS = frozenset(c for c, d in _NUM.digits.items() if d > 0) - _NUM.lone_one | {"十"}


def lone_digit(text: str, end: int, unit_at: UnitAt | None, links: frozenset[str]) -> bool:
    """Whether the lone digit ending at ``end`` is a word's part: a Chinese character follows,
    no unit, measure word, suffix (三成), bounding word (三以上) or link (十来天) starts there,
    and it is no copula's predicate (这是五那是四, 答案是四不是五)."""
    nxt = text[end : end + 1]
    if unit_at is None or not nxt or not _HAN.match(nxt) or nxt in links or nxt in _LONE_NEXT:
        return False  # (without the unit reader nothing is known of the word after)
    if suffix_at(text, end) or unit_at(end) is not None or copula_one(text, end - 1, end):
        return False
    return after_qualifier(text, end)[0] is None


# a numeral or 又 goes on with the figure (十十, 两又万); 的 makes the digit a noun (排名前三的)
_LONE_NEXT = frozenset(_NUM.digits) | set(_NUM.small_scales) | set(_NUM.big_scales) | {"又", "的"}


def suffix_at(text: str, pos: int) -> bool:
    """Whether a kind-changing suffix (%, 成, 折, 倍, 个百分点) starts at ``pos``."""
    return _SUFFIX.match(text, pos) is not None


# --- frames --------------------------------------------------------------------------------

_CMP = {**dict.fromkeys(_QUAL.comparison_over, "over"),
        **dict.fromkeys(_QUAL.comparison_under, "under")}  # fmt: skip
_HAN = regex.compile(r"\p{Han}")


def compare_frame(fig: Figure, text: str) -> None:
    """比 X 大 / 比 X 小: the figure is bounded like 大于 X / 小于 X (span from 比 to 大)."""
    lead = _QUAL.comparison_lead
    if not lead or fig.before is not None or fig.kind not in (None, Kind.FRACTION):
        return
    s = fig.start - 1 if fig.start > 0 and text[fig.start - 1] == " " else fig.start
    if not text.endswith(lead, 0, s):
        return
    e = fig.end + 1 if text.startswith(" ", fig.end) else fig.end
    word = text[e : e + 1]
    bound = _CMP.get(word)
    if bound is None:
        return
    nxt = text[e + 1 : e + 2]
    if nxt and _HAN.match(nxt) and not text.startswith(_QUAL.comparison_next, e + 1):
        return  # 比30高出5个: a change, not a bound
    fig.before, fig.before_word = BoundWord(bound), f"{lead}…{word}"
    fig.start, fig.end = s - len(lead), e + 1


# 约占全国景点总数的90%: the share verb, its whole and 的 before the figure, in one clause
_SHARE_REACH = 24
_CLAUSE_MARK = re.compile(r"[，,。；;：:！!？?、\n]")


def _share_qualifier(fig: Figure, text: str) -> None:
    """约占四成, 约占总数的90%: the qualifier before the share verb bounds the figure; the
    span stays 四成 / 90%."""
    for verb in _QUAL.share_verbs:
        at = fig.start - len(verb)
        if not text.endswith(verb, 0, fig.start):
            if not text.endswith("的", 0, fig.start):
                continue
            lo = max(0, fig.start - _SHARE_REACH)
            at = text.rfind(verb, lo, fig.start - 1)
            if at < 0 or _CLAUSE_MARK.search(text, at, fig.start):
                continue
        q, qs = qualifier_before(text, at)
        if q is not None and q.bound == "about":
            fig.before, fig.before_word = q, text[qs:at].strip()
        return


def between_lead(text: str, start: int) -> int:
    """The start of a 介于/位于 right before a 之间-range starting at ``start`` (else ``start``)."""
    for lead in _QUAL.between_leads:
        if text.endswith(lead, 0, start):
            return start - len(lead)
    return start


_LOWER = frozenset({"over", "at_least"})
_UPPER = frozenset({"under", "at_most"})
_JOINERS = frozenset(_QUAL.pair_joiners) | {""}


def join_pair(prev: Figure, fig: Figure, text: str) -> bool:
    """Join ``fig`` into ``prev`` when they are a lower and an upper bound in a row
    (大于10小于20 = (10, 20)); the joined literal interval is their intersection."""
    if prev.before is None or fig.before is None or prev.joined is not None:
        return False
    kinds = {prev.before.bound, fig.before.bound}
    if not (kinds & _LOWER and kinds & _UPPER) or prev.kind != fig.kind or prev.num.lo is not None:
        return False
    if fig.num.lo is not None or text[prev.end : fig.start].replace(" ", "") not in _JOINERS:
        return False
    a = bounds_of(Fraction(prev.num.v), Fraction(prev.num.g), prev.before.bound)[0]
    b = bounds_of(Fraction(fig.num.v), Fraction(fig.num.g), fig.before.bound)[0]
    # the lower bound's figure gives the lower end; the upper's 0 floor (小于20) yields to it
    lower, upper = (a, b) if prev.before.bound in _LOWER else (b, a)
    if lower.lower is None or upper.upper is None:
        return False
    if Fraction(lower.lower) >= Fraction(upper.upper):
        return False  # 大于50小于12: no number is both; two claims
    prev.joined = Interval.make(
        lower.lower, upper.upper, lower.lower_closed, upper.upper_closed
    )
    prev.end_value = fig.num.v
    prev.before_word = f"{prev.before_word}…{fig.before_word}"
    prev.end, prev.rule, prev.unit = fig.end, "bound_pair", prev.unit or fig.unit
    return True
