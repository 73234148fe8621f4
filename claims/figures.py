"""Stage 2 helpers (claims/numbers.py): the ``Figure`` record, figures stated by words, and the
words around a numeral that decide whether it is a figure at all.

Takes the normalised text and a position (or a ``Figure`` found there); returns a ``Figure``,
a decision or an offset. Figures stated by words: 一半 / 半数 / 过半 / 大半 (shares of one
whole), 半年 / 一个半小时 (half of a unit), 翻一番 / 翻两番 (2^N). Numerals that are no figure:
clock times (9时30分, 18时, 下午3点: the date stage's), month-day names (3·15, 3.15晚会) and
rate denominators (每万人). (The words around a figure that bound it: claims/frames.py.)
Words come from ``claims/data/numerals.toml`` and
``claims/data/qualifiers.toml`` through ``claims.vocab``.

>>> f = word_figure("近一半的居民", 1, "一半", None)
>>> (f.start, f.end, f.kind.value, f.num.v, f.cap)
(1, 3, 'fraction', Decimal('0.5'), Decimal('1'))
>>> clock_end("9时30分出发", 0), clock_end("18时许", 0), clock_end("18时间", 0)
(5, 3, None)
>>> date_name_end("3·15晚会", 0), date_name_end("3.15晚会", 0), date_name_end("3.15元", 0)
(4, 4, None)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache, partial
from typing import Any

import regex

from claims import vocab
from claims._alt import alt
from claims._prefilter import DIGIT
from claims.models import Interval, Kind, exact
from claims.numerals import Num, canon, parse_number

__all__ = [
    "DOUBLING_PATTERN",
    "WORD_FIGURE_PATTERN",
    "BoundWord",
    "Figure",
    "UnitAt",
    "below_zero",
    "class_word",
    "clock_end",
    "copula_one",
    "date_name_end",
    "doubling",
    "half_after",
    "half_figure",
    "label",
    "label_colon",
    "magnitude_mark",
    "more_after",
    "no_figure_end",
    "percent_word",
    "rate_denominator",
    "recent",
    "word_figure",
]

UnitAt = Callable[[int], Any]
_NUM = vocab.numerals()
_QUAL = vocab.qualifiers()
_ONE = Decimal(1)
_HALF = Decimal("0.5")


@dataclass(slots=True)
class Figure:
    """A figure found by ``scan``: offsets into the text and what its words state.

    ``cap``: the whole a share cannot pass (一半: 1); ``joined``: the literal interval of two
    bounds read as one range (大于10小于20), in the figure's own scale.
    """

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
    cap: Decimal | None = None
    joined: Interval | None = None
    end_value: Decimal | Fraction | None = None  # the second figure of a joined pair
    recent: bool = False  # 近5年来: the last N years (no 内 bound after it: 近5年内)
    per: str | None = None  # a rate's denominator written with the figure (733.57/10万)

    @property
    def roundable(self) -> bool:
        """Whether the bare figure reads as rounded (see claims/numbers.py's docstring)."""
        n = self.num
        return (
            self.kind is None
            and n.lo is None
            and n.rem_g is None
            and n.g > 1
            and n.round_mag
        )


_alt = partial(alt, empty="(?!)")


_PHYSICAL = (Kind.DURATION, Kind.MEASURE)
_CN_DIGITS = "〇零一二两三四五六七八九十"

# --- figures stated by words ----------------------------------------------------------------

# 一半, 过半数: not right after a numeral (三分之一半 is no share word)
WORD_FIGURE_PATTERN = rf"(?<![0-9{_CN_DIGITS}百千万亿]){_alt(_NUM.word_figures)}"

_DBL = _NUM.doubling
# 翻一番, 翻了两番, 翻番: the count of doublings is a small numeral (or none: once)
DOUBLING_PATTERN = (
    rf"{regex.escape(_DBL.verb)}[ ]*(?:(?:{_alt(_DBL.particles)})[ ]*)?"
    r"(?P<dbl_near>近|将近|接近)?"  # 翻了近两番: short of quadrupled, past doubled
    rf"(?P<dbl_n>[1-9]|[{_CN_DIGITS}]{{1,2}})?[ ]*{regex.escape(_DBL.unit)}"
    r"(?P<dbl_rem>多(?!数))?"  # 翻了一番多: more than doubled, less than doubled twice
    if _DBL is not None
    else "(?!)"
)


def word_figure(text: str, start: int, word: str, unit_at: UnitAt | None) -> Figure | None:
    """The share stated by ``word`` at ``start`` (一半 = 1/2), or ``None`` to read it otherwise.

    A time or physical unit after the word makes it an amount of that unit (大半年); an
    "over" word before such a unit gives its 半 back to ``half_figure`` (再过半年 = 0.5 year).
    """
    wf = _NUM.word_figures[word]
    end = start + len(word)
    u = unit_at(end) if unit_at is not None else None
    physical = u is not None and u.kind in _PHYSICAL
    if physical and wf.bound == "over":
        return None
    v, g = exact(Fraction(wf.value)), exact(Fraction(wf.granularity))
    num = Num(v, g)  # type: ignore[arg-type]
    fig = Figure(start, end, num, "word_figure", None if physical else Kind.FRACTION)
    fig.cap = None if physical else _ONE
    if wf.bound is not None:
        fig.before = BoundWord(wf.bound)
        fig.before_word = word
    return fig


@dataclass(frozen=True, slots=True)
class BoundWord:
    """A bound kind carried by a word itself (过半: over), in the place of a qualifier."""

    bound: str


def half_figure(text: str, start: int, unit_at: UnitAt | None) -> Figure | None:
    """半 before a time or physical unit: half of one (半年 = 0.5 year, 半个月, 半斤), or before
    a point suffix (半个百分点 = 0.5 percentage points: the caller reads the suffix)."""
    if text.startswith(_HALF_POINTS, start + 1):
        return Figure(start, start + 1, Num(_HALF, _HALF), "half")
    if unit_at is None:
        return None
    u = unit_at(start + 1)
    if u is None or u.kind not in _PHYSICAL or u.start != start + 1:
        return None
    return Figure(start, start + 1, Num(_HALF, _HALF), "half")


_HALF_LINK = _NUM.half_link + _NUM.half_word  # 个半
_HALF_POINTS = (_NUM.half_link + "百分点", _NUM.half_link + "千分点")  # 半个百分点


def half_after(text: str, end: int, unit_at: UnitAt | None) -> int | None:
    """Where a 个半 after a figure ends when a time or physical unit follows (一个半小时)."""
    return _link_before_unit(text, end, unit_at, _HALF_LINK)


def more_after(text: str, end: int, unit_at: UnitAt | None) -> int | None:
    """Where a 个多 after a figure ends when a time or physical unit follows (两个多小时 =
    (2, 3) hours: 多 between the measure word and the unit is less than one more unit)."""
    return _link_before_unit(text, end, unit_at, _NUM.half_link + _MORE)


_MORE = "多"


def _link_before_unit(text: str, end: int, unit_at: UnitAt | None, link: str) -> int | None:
    """Where ``link`` (个半, 个多) at ``end`` ends, when a time or physical unit follows it; one
    space after an Arabic figure is crossed (Taiwan print: 過去 1 個多月)."""
    if unit_at is None:
        return None
    if text.startswith(" ", end) and end and text[end - 1].isascii() and text[end - 1].isdigit():
        end += 1
    if not text.startswith(link, end):
        return None
    u = unit_at(end + len(link))
    if u is None or u.kind not in _PHYSICAL:
        return None
    return end + len(link)


def doubling(m: re.Match[str]) -> Figure:
    """翻N番 as a multiple 2^N (翻一番 = 2, 翻两番 = 4, 翻番 = 2): unambiguous, never 增长-style."""
    n_text = m.group("dbl_n")
    n = int(parse_number(n_text) or 0) if n_text else 1
    v = Decimal(2) ** n if 0 < n <= 20 else None
    if v is None:
        v = Decimal(2)
    if m.group("dbl_rem"):  # 翻一番多 = (2, 4): past 2^N, short of the next doubling
        fig = Figure(m.start(), m.end(), Num(v, _ONE, rem_g=v), "doubling", Kind.MULTIPLE)
        fig.rem_word = m.group("dbl_rem")
        return fig
    if m.group("dbl_near"):  # 翻了近两番 = [2, 4): short of 2^N, past the doubling before it
        fig = Figure(m.start(), m.end(), Num(v, v / 2), "doubling", Kind.MULTIPLE)
        fig.before, fig.before_word = _QUAL.before.get("近"), m.group("dbl_near")
        return fig
    return Figure(m.start(), m.end(), Num(v, _ONE), "doubling", Kind.MULTIPLE)


def percent_word(m: re.Match[str]) -> Figure:
    """A percentage stated by a word of its own (对折 = 50 %, 半成 = 5 %)."""
    v = _NUM.percent_words[m.group("pword")]
    num = Num(v, _pow10(v))
    return Figure(m.start(), m.end(), num, "percent_word", Kind.PERCENT, "percent")


def _pow10(v: Decimal) -> Decimal:
    """Place value of the last nonzero digit of an integer (50 -> 10, 5 -> 1)."""
    g = Decimal(1)
    while v and v % (g * 10) == 0:
        g *= 10
    return g


def below_zero(fig: Figure, sign: str, unit_at: UnitAt | None) -> None:
    """零下5 is a temperature: its unit when none follows the figure (零下5℃ keeps ℃)."""
    unit = _NUM.below_zero.get(sign.strip())
    if unit is None or (unit_at is not None and unit_at(fig.end) is not None):
        return
    fig.kind, fig.unit = Kind.MEASURE, unit


# --- numerals that are no figure ------------------------------------------------------------

_CLOCK_WORDS = _NUM.clock
_HOUR = _alt(_CLOCK_WORDS.hour) if _CLOCK_WORDS else "(?!)"
_PART = rf"(?:\d{{1,2}}|[{_CN_DIGITS}]{{1,3}})"
# A clock time from its hour: 9时30分, 九点三十分, 9时30分15秒, 18时 (Arabic only), 3点半.
_CLOCK = regex.compile(
    rf"""
    (?P<h>\d{{1,2}}(?!\d)|[{_CN_DIGITS}]{{1,3}})[ ]*  # the hour, 0..24 (checked in code)
    (?:
      (?:{_HOUR})[ ]*(?P<m>{_PART})[ ]*{regex.escape(_CLOCK_WORDS.minute if _CLOCK_WORDS else "")}
      (?!钟)                                # 30分钟 is a duration
      (?:[ ]*(?P<s>{_PART})[ ]*{regex.escape(_CLOCK_WORDS.second if _CLOCK_WORDS else "")})?
    | (?P<half>{regex.escape(_CLOCK_WORDS.point_half if _CLOCK_WORDS else "(?!)")})  # 3点半
    | (?P<oclock>{regex.escape(_CLOCK_WORDS.oclock) if _CLOCK_WORDS and _CLOCK_WORDS.oclock
                  else "(?!)"})           # 8点钟, 八点钟
    | (?:{_HOUR})(?P<cm>[二三四五]?十[一二三四五六七八九]?|(?<=[0-9](?:{_HOUR}))[0-5][0-9])
      (?![0-9〇零一二两三四五六七八九十百千万亿])   # 八点二十, 8点20: minutes with no 分 (a
                                          # decimal is read digit by digit: 八点二 = 8.2)
      (?![倍成%％‰]|个百分点)               # 一点二十九倍, 二点二十成: a number (Macau print)
    | (?P<alone>{regex.escape(_CLOCK_WORDS.hour_alone if _CLOCK_WORDS else "(?!)")})
      (?!{_alt(_CLOCK_WORDS.hour_blocked_next if _CLOCK_WORDS else ())})  # 18时 (not 时间)
    | (?P<part>{_HOUR})                      # 下午3点: only after a day-part word
    )
    """,
    regex.VERBOSE,
)
_DAY_PARTS = tuple(_CLOCK_WORDS.day_parts) if _CLOCK_WORDS else ()


@lru_cache(maxsize=1024)  # hours and minutes repeat: 24, 30, 十二
def _small(s: str | None, top: int) -> bool:
    if s is None:
        return True
    v = parse_number(s)
    return v is not None and 0 <= v <= top and v == v.to_integral_value()


# A range of hours: 0—24时, 11~16时 (the date stage's, also when it reads the text unfolded)
_HOUR_RANGE = regex.compile(r"(\d{1,2})[ ]*[—\-–~至到][ ]*(\d{1,2})[ ]*时(?![间代期段候刻])")


_CLOCK_WINDOW = 64  # longer than any clock time, spaces included: lookaheads see past its end


def clock_end(text: str, start: int) -> int | None:
    """Where a clock time starting at ``start`` ends (9时30分, 18时, 下午3点, 0—24时), or
    ``None``."""
    if _CLOCK_WORDS is None:
        return None
    # a window, not the rest of the text: regex checks a required literal (时) before it
    # matches, scanning up to endpos, which made a text of 万万万… quadratic
    window = start + _CLOCK_WINDOW
    r = _HOUR_RANGE.match(text, start, window)
    if r is not None and int(r.group(1)) < int(r.group(2)) <= 24:
        return int(r.end())
    m = _CLOCK.match(text, start, window)
    if m is None or not (_small(m.group("h"), 24) and _small(m.group("m"), 59)):
        return None
    if not _small(m.group("s"), 59):
        return None
    arabic = m.group("h")[0].isdigit()
    if m.group("alone") and not arabic:
        return None  # 一时, 三时: words, not hours
    if m.group("part") and not text.endswith(_DAY_PARTS, max(0, start - 3), start):
        return None
    if m.group("half") and not (arabic or text.endswith(_DAY_PARTS, max(0, start - 3), start)):
        return None
    return int(m.end())


_DN = _NUM.date_names
# A month and a day joined by a dot: 3·15, 5.12 (the caller checks the dot and what follows)
_DATE_NAME = regex.compile(
    rf"""
    (?P<m>\d{{1,2}})                         # month
    (?P<dot>{_alt(_DN.dots) if _DN else "(?!)"}|\.)   # middle dot, or a full stop
    (?P<d>\d{{1,2}})(?![\d.])                # day, not a longer number or a dotted code
    """,
    regex.VERBOSE,
)


def date_name_end(text: str, start: int) -> int | None:
    """Where a month-day name starting at ``start`` ends (3·15, 3.15晚会), or ``None``."""
    if _DN is None:
        return None
    m = _DATE_NAME.match(text, start)
    if m is None or not (1 <= int(m.group("m")) <= 12 and 1 <= int(m.group("d")) <= 31):
        return None
    if m.group("dot") == "." and not text.startswith(_DN.follow, m.end()):
        return None
    if m.group("dot") == "." and text.endswith(_DN.blocked_before, 0, start):
        return None  # 芮氏规模6.4地震: a magnitude
    return int(m.end())


def _no_figure_hint() -> re.Pattern[str] | None:
    """A stdlib pattern that matches at every start where ``clock_end`` or ``date_name_end``
    can give an end (a superset; ``None``: no cheap test, try both): one or two digits (any
    script, as ``regex``'s \\d) or one to three Chinese digits, spaces, then the first
    character of an hour word, an hour-range joiner or a month-day dot."""
    words = [*(_CLOCK_WORDS.hour if _CLOCK_WORDS else ())]
    if _CLOCK_WORDS is not None:
        words += [_CLOCK_WORDS.point_half, _CLOCK_WORDS.hour_alone, _CLOCK_WORDS.oclock or "x"]
    words += [*(_DN.dots if _DN else ()), "."]
    if not all(words):
        return None  # an empty word matches with nothing after the hour: no cheap test
    nexts = "".join(sorted({w[0] for w in words} | set("—-–~至到")))  # (_HOUR_RANGE joiners)
    return re.compile(
        rf"(?:{DIGIT}{{1,2}}|[{re.escape(_CN_DIGITS)}]{{1,3}})[ ]*[{re.escape(nexts)}]"
    )


_NO_FIGURE_HINT = _no_figure_hint()


def no_figure_end(text: str, start: int) -> int | None:
    """``clock_end(text, start) or date_name_end(text, start)``: where a clock time or a
    month-day name starting at ``start`` ends, or ``None``. Both are tried only where the
    cheap ``_NO_FIGURE_HINT`` matches (most figures are neither: 9万, 16812件)."""
    if _NO_FIGURE_HINT is not None and _NO_FIGURE_HINT.match(text, start) is None:
        return None
    return clock_end(text, start) or date_name_end(text, start)


def rate_denominator(text: str, start: int, num: Num, end: int, unit_at: UnitAt | None) -> bool:
    """Whether the figure at [start, end) is a rate's denominator: 每 before a power of ten
    (每万人, 每十万人口, 每百户, 每1000人) that no time unit follows (每10年 stays a figure)."""
    if not _NUM.rate_leads or not text.endswith(_NUM.rate_leads, 0, start):
        return False
    v = num.v
    if not isinstance(v, Decimal) or v < 10 or num.lo is not None or num.rem_g is not None:
        return False
    digits = str(canon(v))
    if digits.strip("0") != "1":
        return False
    u = unit_at(end) if unit_at is not None else None
    return u is None or u.kind is not Kind.DURATION


# --- numerals by the words around them (labels, classes, 近N年来, 是一) -------------------------

# Labels with a colon that name the figure after them (claims.units.match_unit_before reads them)
_LABEL_MARKS = tuple(m for m in vocab.unit_rules().ji.magnitude_marks if m.endswith(":"))
_MAGNITUDE_FIGURE = re.compile(r"[0-9]\.[0-9](?![0-9.])", re.ASCII)
# A bare magnitude, or Arabic digits and a magnitude, before a class word (百万级, 10万级)
_CLASS_BODY = re.compile(r"[0-9.]*[十百千万亿兆]+")
_CLASS_WORDS = tuple(_NUM.class_words)
_LABEL_LEADS = tuple(_NUM.label_leads)
_LABEL_NAMES = tuple(_NUM.label_names)
_LABEL_NAME_FIRSTS = frozenset(w[0] for w in _LABEL_NAMES if w)  # (a cheap test first)
_ANY_LABEL_NAME = "" in _LABEL_NAMES  # (an empty name would follow every figure)
_RECENT_LEADS = frozenset(_QUAL.recent_leads)
# What may stand right before a word that opens a clause (not the start of the text: a title
# or a lone sentence such as 近五年全市地区生产总值年均增长6.1% keeps its 近)
_CLAUSE_OPENERS = frozenset("，,。；;：:！!？?\n 【[（(“\"‘'、")


def magnitude_mark(text: str, start: int) -> bool:
    """Whether the figure at ``start`` follows a lone M with one decimal (M4.1: an earthquake's
    magnitude, not a code like SM4.1 or M1)."""
    before = text[start - 2] if start >= 2 else ""
    lone = not (before.isascii() and before.isalnum())
    return lone and _MAGNITUDE_FIGURE.match(text, start) is not None


def label_colon(text: str, start: int) -> bool:
    """Whether a label and its colon stand right before ``start`` (震级：4.4, not 16:23)."""
    return bool(_LABEL_MARKS) and text.endswith(_LABEL_MARKS, 0, start)


def class_word(text: str, body: str, end: int) -> bool:
    """Whether ``body`` is a bare magnitude before a class word (百万级粉丝, 千亿量级)."""
    return (
        bool(_CLASS_WORDS)
        and text.startswith(_CLASS_WORDS, end)  # (the cheap test first)
        and _CLASS_BODY.fullmatch(body) is not None
    )


def label(text: str, start: int, end: int, unit_at: UnitAt | None) -> bool:
    """Whether the number at [start, end) labels a figure or table (图 1, 表1), is a
    reference mark ([1]) or names a line (0℃线), not a figure of the text."""
    if text.startswith("]", end) and text.endswith("[", 0, start):
        return True
    if (_ANY_LABEL_NAME or text[end : end + 1] in _LABEL_NAME_FIRSTS) and text.startswith(
        _LABEL_NAMES, end
    ):
        return True  # 0℃线: the isotherm's name
    s = start - 1 if text.endswith(" ", 0, start) else start
    if not _LABEL_LEADS or not text.endswith(_LABEL_LEADS, 0, s):
        return False
    return unit_at is None or unit_at(end) is None


def recent(fig: Figure, text: str, unit_at: UnitAt | None) -> None:
    """近5年来, 近3年同期: 近 before a length of time and 来/以来/同期 means "the last N
    years", not "nearly N": the figure is exact and 近 leaves its span. So does 近 opening a
    clause after a mark (。近7天新增病例0例, 【近30天】: a time frame; 用了近7天 stays [6, 7))."""
    if fig.before_word not in _RECENT_LEADS:
        return
    u = unit_at(fig.end) if unit_at is not None else None
    if u is None or u.kind is not Kind.DURATION:
        return
    if not text.startswith(_QUAL.recent_next, u.end) and text[fig.start - 1 : fig.start] not in (
        _CLAUSE_OPENERS
    ):
        return
    word = fig.before_word or ""
    fig.start = text.index(word, fig.start) + len(word)
    fig.start += text.startswith(" ", fig.start)
    fig.before = fig.before_word = None
    fig.recent = True


def copula_one(text: str, start: int, end: int) -> bool:
    """Whether a lone 一 is the predicate of 是 before a clause end or 却/而/这 (是一却是五)."""
    return text.endswith(_NUM.lone_one_after, 0, start) and (
        end == len(text) or text.startswith(_NUM.lone_one_before, end)
    )
