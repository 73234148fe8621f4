"""Ranges of two figures (3至5, 3-5万, 5-20%, 20和30之间), read by ``claims.numbers.scan``.

A second figure joined to the first by 至/到/-/~ (or 和/与 closed by 之间) makes one range. The
caller passes its numeral-run regex and figure parser (``run``, ``figure_at``), so this module
needs nothing from ``claims.numbers``.

Signs: a range of temperatures below zero is written by its ends' sizes, in either order
(最低气温-5--7℃, 降至-8~-10℃, 0~-5℃, 零下3到零下5度): a second figure with its own minus sign
joins the first and the range is the hull of the two signed ends ([-7, -5], [-10, -8], [-5, 0]).
零下 before the first figure only, with no unit between (零下5到10度, 零下10到5度), is below
zero for both ends, as weather reports use it: [-10, -5]; 零下10度到零上5度 crosses zero.
A minus sign is a sign of its own figure only: -10到5℃ = [-10, 5].
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from functools import cache
from typing import Any

from claims import vocab
from claims.figures import Figure, UnitAt
from claims.frames import after_figure, between_lead
from claims.models import exact
from claims.numerals import Num

__all__ = ["RANGE_JOIN", "pair_follows", "range_after", "range_follows"]

_BIG = vocab.numerals().big_scales

# A second figure joined to the first: 3至5, 3-5万, 3~5, 20和30之间.
RANGE_JOIN = re.compile(
    r"""
    [ ]*
    (?:至|到|~|-|—|–          # 3至5, 3-5
    | (?P<between>和|与))     # 20和30 ... only with 之间 after the second figure
    [ ]*
    """,
    re.VERBOSE | re.ASCII,
)
# Every character a RANGE_JOIN match starts with (a space or a joiner): a cheap test first.
JOIN_STARTS = frozenset(" 至到~-—–和与")
_BETWEEN = RANGE_JOIN.groupindex["between"]  # (``regex`` looks a group up by name slowly)
_BETWEEN_END = re.compile(r"[ ]*之?间", re.ASCII)  # ... 之间 / 间 closes 20和30之间
# The regex module looks for a pattern's required literal (间) before matching, to the end of
# the text: without an end bound each match costs the rest of the text (1至2至… was quadratic).
_BETWEEN_REACH = 8
# A third dash-joined number marks a code or a date (2024-09-03, 010-1234-5678).
_CODE_TAIL = re.compile(r"-\d", re.ASCII)
# A minus right after a dash joiner: -5--7℃ (the run regex reads no sign after a dash).
_DASH_MINUS = re.compile(r"-(?=\.?\d)", re.ASCII)
_WORD_SIGNS = frozenset(vocab.numerals().below_zero)  # 零下 (not 负 or a minus)
# 两、三天, 二、三百人: two neighbouring digits apart by the pair mark (numerals.toml [pair])
_PAIR_MARK = vocab.numerals().pair_mark
_PAIR_BLOCKED = vocab.numerals().pair_blocked_next
_DIGITS = {c: d for c, d in vocab.numerals().digits.items() if d > 0}


def _digit(c: str) -> int | None:
    """The digit a Chinese or Arabic character writes (6、7成: Arabic digits pair too)."""
    return int(c) if c.isascii() and c.isdigit() else _DIGITS.get(c)

# Rules of a figure whose suffix (%, 成, 倍, 个百分点 ...) was read before the joiner
_SUFFIX_RULES = frozenset({"percent_sign", "permille_sign", "percentage_point", "permille_point",
                           "basis_point", "tenths", "discount", "multiple", "fraction"})

# Before the first figure these make the pair a change, not a range (claims.extract reads the
# same for figures that each carry their unit); 不等 after the pair makes it a spread again
_CHANGE_FROM = ("从", "由")
_SPREAD = "不等"
_SPREAD_REACH = 8  # 不等 within a unit's length after the second figure

FigureAt = Callable[[Any, str, "UnitAt | None"], "tuple[Num | None, int, str, Any]"]


def range_after(
    fig: Figure,
    text: str,
    unit_at: UnitAt | None,
    run: re.Pattern[str],
    figure_at: FigureAt,
    window: int,
    sign: str = "",
) -> None:
    """A second figure joined by 至/到/-/~ makes ``fig`` a range: 3至5, 3-5万, 5-20%, -8~-10℃.

    ``sign`` is the first figure's sign as written (零下, 负, -, or empty)."""
    j = RANGE_JOIN.match(text, fig.end)
    pair = j is None and pair_follows(fig, text)
    if (j is None and not pair) or fig.num.lo is not None:
        return
    at = fig.end + len(_PAIR_MARK) if j is None else j.end()
    dash_minus = text.startswith("-", at - 1) and _DASH_MINUS.match(text, at) is not None
    m = run.match(text, at + dash_minus, min(len(text), at + dash_minus + window))
    if m is None:
        return
    body, neg = m.group(*_body_neg(run))
    if body is None:  # (到半: a word, no numeral)
        return
    signed = dash_minus or bool(neg)
    if signed and not sign and fig.num.v != 0:
        return  # 5~-3: only a range from zero or below may end below zero (0~-5℃)
    num2, end2, _, kind2 = figure_at(m, text, unit_at)
    if num2 is None or num2.lo is not None or kind2 is not None:
        return
    if j is not None and text.startswith("-", j.start()) and _CODE_TAIL.match(text, end2):
        return
    if dash_minus:
        num2.v = -num2.v
    elif not signed and sign.strip() in _WORD_SIGNS:
        num2.v = -num2.v  # 零下5到10度: below zero for both ends
    second = Figure(fig.start, end2, num2, fig.rule)
    after_figure(second, text)
    between = _BETWEEN_END.match(text, second.end, second.end + _BETWEEN_REACH)
    joiner_between = None if j is None else j.group(_BETWEEN)
    if between is not None and not joiner_between and "之" not in between.group():
        between = None  # 3到5间房: 间 is a measure word; only 之间 closes a 到-range
    if joiner_between and between is None:
        return  # 3和5 alone is a list of two figures, not a range
    lo, hi = Fraction(fig.num.v), Fraction(num2.v)
    if num2.rem_g is not None and num2.v > 0:
        hi += Fraction(num2.rem_g)  # 10余万至20余万: up to the second figure's remainder (30万)
    if fig.kind is not None and second.kind is not None and fig.kind != second.kind:
        return
    if fig.rule in _SUFFIX_RULES and second.kind is None:
        return  # 增长23.45%至1234.56亿元: a suffix closed the first figure; the second is another
    if (
        fig.kind is not None
        and text.endswith(_CHANGE_FROM, 0, fig.start)
        and _SPREAD not in text[second.end : second.end + _SPREAD_REACH]
    ):
        return  # 从30%到50%: a change from one value to another (从5%到8%不等 is a spread)
    if pair and hi == lo + 1:  # 27、28度, 二十八、二十九度, 两、三天: two whole figures
        fig.num.g = Decimal(1)
    elif pair:  # 二、三百: the first digit takes the second figure's place
        first, last = _digit(text[at]), _digit(text[fig.end - 1])
        if first is None or last is None:
            return
        scale = hi / first
        if scale.denominator != 1 or str(scale.numerator).strip("0") != "1":
            return  # 二、三百五: no place to share
        if lo != last:  # 二十七、八万: the whole first figure takes it
            hi = (lo + 1) * scale
        lo *= scale
        fig.num.g = Decimal(scale.numerator)
    elif num2.mag and not fig.num.mag:  # 3-5万: the first figure borrows the magnitude
        scale = _magnitude(num2)
        if lo * scale <= hi:
            lo *= scale
            fig.num.g *= Decimal(scale.numerator)  # (fractions, with a Fraction g, stop above)
    if fig.kind is None and second.rule == "tenths" and 0 < lo <= 10:
        lo *= 10  # 三至五成: the first figure borrows the 成 (tenths) of the second
        fig.num.g *= 10
    if (sign or signed) and lo > hi:
        lo, hi = hi, lo  # -8~-10℃, 零下10到5度: written by size
    elif lo > hi and j is not None and _falling(text, j.group(), fig.start, second.end, unit_at):
        lo, hi = hi, lo  # 15~14℃: a temperature falling through the evening
    if lo >= hi:
        return
    fig.num.lo, fig.num.hi = exact(lo), exact(hi)
    fig.num.v = fig.num.lo
    fig.num.g = min(fig.num.g, num2.g)
    fig.end = second.end if between is None else between.end()
    if between is not None:
        fig.start = between_lead(text, fig.start)  # 介于10和20之间
    fig.kind = fig.kind or second.kind
    fig.unit = fig.unit or second.unit
    fig.rule = "range"


def pair_follows(fig: Figure, text: str) -> bool:
    """Whether ``fig`` is one Chinese digit followed by the pair mark and the next digit (两、三天,
    二、三百人): a rough range like 两三百, unless the digits are a list (一、二、三, 第一、二) or
    name classes (一、二级, 二、三产业: ``[pair] blocked_next``). Two more shapes pair the units
    digit of a number: 二十七、八度 (tens, then the next units digit) and 27、28度 (two Arabic
    numbers one apart), unless a list word comes before (分别为27、28度) or a day follows
    (27、28日)."""
    end, n = fig.end, len(_PAIR_MARK)
    if not _PAIR_MARK or not text.startswith(_PAIR_MARK, end) or fig.kind is not None:
        return False
    if fig.num.lo is not None or fig.num.rem_g is not None:
        return False
    last = text[end - 1 : end]
    if last.isdigit() and last.isascii():
        return _arabic_pair(fig, text)
    first, second = _DIGITS.get(last), _DIGITS.get(text[end + n : end + n + 1])
    if first is None:
        return False
    if fig.num.v != first:  # 二十七、八度: the units digit after 十 pairs with the next one
        if text[end - 2 : end - 1] not in _TENS or fig.num.mag or fig.num.v % 10 != first:
            return False
        after = end + n
        if second != first + 1:  # 二十八、二十九度: the next number written whole
            if last not in _NEXT_DIGIT:
                return False
            whole = text[fig.start : end - 1] + _NEXT_DIGIT[last]
            if not text.startswith(whole, after):
                return False
            after += len(whole) - 1
        if text.endswith(("第", _PAIR_MARK), 0, fig.start):
            return False  # 第十一、二名, 十一、十二、十三
        return not _blocked_next(text, after + 1, fig.start)
    if second != first + 1:
        return False
    before = text[end - 2 : end - 1]
    if before in _DIGITS or before == "第" or before == _PAIR_MARK:
        return False  # 一一两, 第一、二, 一、二、三
    return not _blocked_next(text, end + n + 1, fig.start)


def _blocked_next(text: str, pos: int, start: int, arabic: tuple[str, ...] = ()) -> bool:
    """Whether what follows a pair at ``pos`` makes it a list of classes or periods (一、二级,
    three figures), unless it is a wind force after a wind word (北风2、3级, 风力三、四级)."""
    if not text.startswith((_PAIR_MARK, *_PAIR_BLOCKED, *arabic), pos):
        return False
    if not text.startswith(_WIND_UNITS, pos):
        return True
    reach = _TURN_REACH if _WIND_TURN and text.endswith(_WIND_TURN, 0, start) else _WIND_REACH
    return not any(w in text[max(0, start - reach) : start] for w in _WIND_BEFORE)


_WIND_BEFORE = vocab.numerals().pair_wind_before
_WIND_UNITS = vocab.numerals().pair_wind_units
_WIND_TURN = vocab.numerals().pair_wind_turn
_WIND_REACH = 4  # 北风2、3级, 偏北风三、四级: the wind word right before the force
_TURN_REACH = 12  # 偏北风1级左右转3、4级: the force the wind turns to


_TENS = ("十", "拾")
_NEXT_DIGIT = dict(zip("一二三四五六七八", "二三四五六七八九", strict=True))
# The Arabic number after the pair mark of 27、28度, and what may not follow it (another digit
# or separator: 27、28.5 or 27、28、29 are lists)
_ARABIC_SECOND = re.compile(r"[0-9]{1,4}(?![0-9.,])", re.ASCII)
_ARABIC_FIRST = re.compile(r"[0-9]{1,4}")


def _arabic_pair(fig: Figure, text: str) -> bool:
    """27、28度, 3、4个人: two whole Arabic numbers one apart with a unit written once are a
    rough range (as 二十七、八度), unless they are a list (第3、4, 3、4、5, 分别为27、28度) or
    name days, classes or periods (27、28日, 3、4号线, 3、4月: ``[pair] blocked_next``)."""
    end, n = fig.end, len(_PAIR_MARK)
    if not _ARABIC_FIRST.fullmatch(text, fig.start, end):
        return False
    m = _ARABIC_SECOND.match(text, end + n, end + n + 5)
    if m is None or int(m.group()) != fig.num.v + 1:
        return False
    if len(m.group()) == 4 and text.startswith("年", m.end()):
        return False  # 2018、2019年同期: two calendar years
    if text.endswith(("第", _PAIR_MARK), 0, fig.start):
        return False
    if _blocked_next(text, m.end(), fig.start, _ARABIC_BLOCKED):
        return False
    head = text[max(0, fig.start - _LIST_REACH) : fig.start]
    return not any(w in head for w in _LIST_WORDS)


_ARABIC_BLOCKED = vocab.numerals().pair_arabic_blocked_next  # 27、28日: two days
_LIST_WORDS = vocab.numerals().pair_list_before  # 分别为27、28度: one figure each
_LIST_REACH = 12


# A range may run downwards (15~14℃, a forecast's temperature falling) with these joiners and
# units only: 3-2 is a score, 5~3个 no range
_FALLING_JOINERS = frozenset("~～至到")
_FALLING_UNITS = frozenset({"degree_Celsius"})


def _falling(text: str, joiner: str, start: int, end: int, unit_at: UnitAt | None) -> bool:
    """Whether a descending pair from ``start`` joined by ``joiner`` before a temperature unit
    at ``end`` is one range (15~14℃; not 从20到15度, a change)."""
    if unit_at is None or joiner.strip()[:1] not in _FALLING_JOINERS:
        return False
    if text.endswith(_CHANGE_FROM, 0, start):
        return False
    u = unit_at(end)
    return u is not None and u.unit in _FALLING_UNITS


def range_follows(text: str, end: int, run: re.Pattern[str], window: int) -> bool:
    """Whether a range joiner and a numeral follow ``end`` (一到五: lone 一 opens a range)."""
    j = RANGE_JOIN.match(text, end)
    if j is None or j.group(_BETWEEN):
        return False
    m = run.match(text, j.end(), min(len(text), j.end() + window))
    return m is not None and m.group(_body_neg(run)[0]) is not None


@cache
def _body_neg(run: re.Pattern[str]) -> tuple[int, int]:
    """The numbers of the run pattern's ``body`` and ``neg`` groups (looked up once)."""
    return run.groupindex["body"], run.groupindex["neg"]


def _magnitude(num: Num) -> Fraction:
    g = Fraction(num.g)
    scale = Fraction(1)
    for b in sorted(_BIG.values()):
        if g >= Fraction(b) and Fraction(num.v) % Fraction(b) == 0:
            scale = Fraction(b)
    return scale
