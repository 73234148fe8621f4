"""Stage 3: units. Takes the normalised text and the offset just past a figure; returns the unit or
measure word written there as a ``UnitMatch`` (or ``None``).

The word tables are data (``claims/data/units_zh.txt`` in pint's definitions format,
``currencies.toml``, ``measure_words.toml``, ``unit_rules.toml``), read through ``claims.vocab``.
At first use they are compiled into one dict of surface forms (surface -> meaning) and, per
first character, the lengths to try, so ``match_unit`` is a handful of dict look-ups: no regex
scan and no pint call on the hot path. This module owns the one pint ``UnitRegistry`` of the
package (exact: it computes with ``Fraction``); pint validates the data when the tables are
built and converts in ``to_quantity``.

>>> m = match_unit("种植面积387万亩", 8)
>>> (m.surface, m.unit, m.kind.value)
('亩', 'mu', 'measure')
>>> m = match_unit("价格提高了5元/斤", 6)
>>> (m.surface, m.unit, m.per, m.kind.value)
('元/斤', 'CNY', 'jin', 'money')
>>> match_unit("仅上线一周就回复咨询类问题16812件", 18).counts
'objects'
>>> match_unit_before("售价$20", 3).unit
'USD'
>>> dimension("CNY"), dimension("人次"), dimension("kilometer_per_hour")
('money:CNY', 'count', '[length] / [time]')
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from decimal import Decimal
from fractions import Fraction
from functools import cache
from typing import Any

import pint
import regex

from claims import vocab
from claims.errors import HechaError, VocabularyError
from claims.models import Claim, DateValue, Kind

__all__ = [
    "NotAQuantityError",
    "UnitError",
    "UnitMatch",
    "dimension",
    "match_unit",
    "match_unit_before",
    "registry",
    "to_quantity",
]


@dataclass(frozen=True, slots=True)
class UnitMatch:
    """A unit found at a position of the text.

    ``end``: offset just past the unit's surface (for a prefix: the figure's start);
    ``surface``: the unit as written (万元, 公里, 个, 元/吨); ``unit``: pint's name for physical
    units (kilometer, tonne, mu, degree_Celsius), the ISO 4217 code for money (CNY, USD), or
    the measure word as written for counts (个, 人次); ``kind``: the claim kind this unit gives
    (money, measure, duration, count); ``factor``: multiplier the unit applies to the figure
    (万元 -> 10000, 角 -> 0.1, else 1); ``start``: offset of the surface's first character
    (after the one space allowed in "5 km"); ``per``: the rate denominator (元/吨 -> tonne,
    元/人 -> 人); ``counts``: for measure words, what sort of thing they count (people,
    events, objects, places, groups, other); ``counted``: a default counted noun (人 -> 人);
    ``rule``: the context rule that chose the meaning (du:electric, kuai:money, ...), if any.
    """

    end: int
    surface: str
    unit: str
    kind: Kind
    factor: Decimal = Decimal(1)
    start: int | None = None
    per: str | None = None
    counts: str | None = None
    counted: str | None = None
    rule: str | None = None


class UnitError(ValueError, HechaError):
    """A unit string pint cannot read, or a claim that cannot be a pint quantity."""

    def __init__(self, unit: str | None, problem: str) -> None:
        self.unit, self.problem = unit, problem
        super().__init__(f"unit {unit!r}: {problem}")


class NotAQuantityError(UnitError):
    """``to_quantity`` was given a count, percent, money, date ... claim: it has no pint unit."""


# --- the registry -------------------------------------------------------------------------


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def _pint_warnings() -> Iterator[list[str]]:
    handler, logger = _Collect(), logging.getLogger("pint")
    logger.addHandler(handler)
    try:
        yield handler.messages
    finally:
        logger.removeHandler(handler)


@cache
def registry() -> pint.UnitRegistry:
    """The package's one pint registry: pint's defaults plus ``units_zh.txt``, exact (Fraction).

    >>> q = registry().Quantity(Fraction(1), "亩").to("square_meter")
    >>> q.magnitude
    Fraction(2000, 3)
    """
    ureg = pint.UnitRegistry(non_int_type=Fraction)
    with _pint_warnings() as warnings:
        try:
            ureg.load_definitions(vocab.data_text("units_zh.txt").splitlines())
        except (pint.errors.PintError, KeyError, ValueError) as exc:
            raise VocabularyError("units_zh.txt", "<file>", f"pint refused it: {exc}") from None
    if warnings:
        raise VocabularyError("units_zh.txt", "<file>", "; ".join(warnings))
    return ureg


def _pint_name(ureg: pint.UnitRegistry, file: str, name: str) -> str:
    """Check that pint knows ``name``; return ``name`` as written (tonne stays tonne)."""
    try:
        ureg.get_name(name)
    except (pint.errors.PintError, AssertionError):
        raise VocabularyError(file, name, "pint does not know this unit name") from None
    return name


# --- the tables ---------------------------------------------------------------------------

_HAN = regex.compile(r"\p{Han}")  # one Han character: units are Han words or Latin symbols
_ASCII_ALNUM = regex.compile(r"[A-Za-z0-9]")  # a Latin unit must not run into such a character
_SENTENCE_END = regex.compile(
    r"""
    .*[。！？；!?;\n]   # greedy: everything up to the last sentence end of the window
    """,
    regex.VERBOSE | regex.DOTALL,
)


@dataclass(frozen=True, slots=True)
class _Entry:
    """What a surface form means, before context rules: one value of the surface dict."""

    unit: str
    kind: Kind
    factor: Decimal = Decimal(1)
    counts: str | None = None
    counted: str | None = None
    rule: str | None = None  # du / kuai / fang / fen: the context decides
    origin: str = ""  # the data file, for conflict messages and docs


@dataclass(frozen=True, slots=True)
class _Tables:
    suffix: dict[str, _Entry]
    suffix_lengths: dict[str, tuple[int, ...]]
    prefix: dict[str, _Entry]
    prefix_lengths: tuple[int, ...]
    compound: dict[str, str]
    separators: tuple[str, ...]
    codes: frozenset[str]
    du_lookback: int
    du_fahrenheit: Any
    du_other: Any
    composite_before: Any  # the yuan figure that licenses 角 毛 分
    fen_factors: dict[str, Decimal]
    kuai_money_next: tuple[str, ...]
    fang_after: frozenset[str]


def _add(table: dict[str, _Entry], surface: str, entry: _Entry) -> None:
    old = table.get(surface)
    if old is not None and (old.unit, old.kind, old.factor) != (entry.unit, entry.kind, entry.factor):
        raise VocabularyError(
            entry.origin, surface, f"also in {old.origin} as {old.unit} ({old.kind.value})"
        )
    table[surface] = entry


def _lengths(surfaces: Iterable[str]) -> dict[str, tuple[int, ...]]:
    by_first: dict[str, set[int]] = {}
    for s in surfaces:
        by_first.setdefault(s[0], set()).add(len(s))
    return {c: tuple(sorted(ls, reverse=True)) for c, ls in by_first.items()}


def _keywords(words: Iterable[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _tables() -> _Tables:
    ureg, rules = registry(), vocab.unit_rules()
    suffix: dict[str, _Entry] = {}
    prefix: dict[str, _Entry] = {}
    scales = {w: Decimal(f) for w, f in rules.scales.items()}

    def physical(name: str, origin: str) -> _Entry:
        dims = ureg.get_dimensionality(name)
        kind = Kind.DURATION if dict(dims) == {"[time]": 1} else Kind.MEASURE
        return _Entry(unit=name, kind=kind, origin=origin)

    for d in vocab.unit_definitions():
        name = _pint_name(ureg, "units_zh.txt", d.name)
        for surface in d.surfaces:
            _add(suffix, surface, physical(name, "units_zh.txt"))
    for surface, name in rules.latin.items():
        _add(suffix, surface, physical(_pint_name(ureg, "unit_rules.toml", name), "unit_rules.toml"))
    for code, cur in vocab.currencies().items():
        money = _Entry(unit=code, kind=Kind.MONEY, origin="currencies.toml")
        for word in (*cur.words, code):
            _add(suffix, word, money)
            if _HAN.match(word):
                for scale, f in scales.items():
                    _add(suffix, scale + word, replace(money, factor=f))
        for word, f in cur.fractions.items():
            _add(suffix, word, replace(money, factor=f))
        for sign in (*cur.prefixes, code):
            _add(prefix, sign, money)
    rule_words = {"度": "du", "块": "kuai", "方": "fang", **dict.fromkeys(rules.fen.factors, "fen")}
    for word, mw in vocab.measure_words().items():
        count = _Entry(
            unit=word, kind=Kind.COUNT, counts=mw.counts, counted=mw.counted,
            rule=rule_words.get(word), origin="measure_words.toml",
        )  # fmt: skip
        _add(suffix, word, count)
        if count.rule is None:
            for scale, f in scales.items():
                _add(suffix, scale + word, replace(count, factor=f))
    for word, rule in rule_words.items():  # 角 毛: no unit at all unless the rule finds money
        suffix.setdefault(word, _Entry(unit=word, kind=Kind.COUNT, rule=rule, origin="rules"))
    du = rules.du
    return _Tables(
        suffix=suffix,
        suffix_lengths=_lengths(suffix),
        prefix=prefix,
        prefix_lengths=tuple(sorted({len(s) for s in prefix}, reverse=True)),
        compound=dict(rules.rate.compound),
        separators=rules.rate.separators,
        codes=frozenset(vocab.currencies()),
        du_lookback=du.lookback,
        du_fahrenheit=regex.compile(_keywords(du.fahrenheit)),
        du_other=regex.compile(
            rf"(?P<celsius>{_keywords(du.celsius)})|(?P<electric>{_keywords(du.electric)})"
        ),
        composite_before=regex.compile(
            rf"""
            (?:{_keywords(rules.fen.after)})   # a yuan unit: 元 块 角 毛
            [0-9零〇一二两三四五六七八九十]{{1,3}}   # the figure of the smaller unit
            \Z                                   # ... ending right before this unit
            """,
            regex.VERBOSE,
        ),
        fen_factors=dict(rules.fen.factors),
        kuai_money_next=rules.kuai.money_next,
        fang_after=frozenset(rules.fang.after),
    )


# --- matching -----------------------------------------------------------------------------


def _latin_ok(text: str, end: int, surface: str) -> bool:
    """A Latin surface must not run into a Latin word: "5 months" is not 5 m."""
    return not (
        end < len(text) and _ASCII_ALNUM.match(surface[-1]) and _ASCII_ALNUM.match(text[end])
    )


def _longest(t: _Tables, text: str, pos: int, latin_only: bool = False) -> UnitMatch | None:
    lengths = t.suffix_lengths.get(text[pos : pos + 1])
    if lengths is None:
        return None
    room = len(text) - pos
    for n in lengths:
        if n > room:
            continue
        surface = text[pos : pos + n]
        entry = t.suffix.get(surface)
        if entry is None or not _latin_ok(text, pos + n, surface):
            continue
        if latin_only and _HAN.match(surface):
            continue
        found = _resolve(t, entry, text, pos, pos + n)
        if found is not None:
            return found
    return None


def _resolve(t: _Tables, e: _Entry, text: str, pos: int, end: int) -> UnitMatch | None:
    """Apply the context rule of an ambiguous word (unit_rules.toml); plain entries pass through."""
    m = UnitMatch(
        end=end, surface=text[pos:end], unit=e.unit, kind=e.kind, factor=e.factor,
        start=pos, counts=e.counts, counted=e.counted,
    )  # fmt: skip
    if e.rule is None:
        return m
    before = text[pos - 1] if pos > 0 else ""
    if e.rule == "du":
        return _du(t, text, pos, m, arabic=before.isascii() and before.isdigit())
    if e.rule == "kuai":
        nxt = text[end : end + 1]
        if not nxt or not _HAN.match(nxt) or text.startswith(t.kuai_money_next, end):
            return replace(m, unit="CNY", kind=Kind.MONEY, counts=None, rule="kuai:money")
        return replace(m, rule="kuai:count")
    if e.rule == "fang":
        if (before.isascii() and before.isdigit()) or before in t.fang_after:
            return replace(m, unit="cubic_meter", kind=Kind.MEASURE, counts=None, rule="fang:volume")
        return replace(m, rule="fang:count")
    # fen: 角 毛 分 after a yuan figure are money; 分 alone is a measure word; 角 毛 nothing
    if t.composite_before.search(text, max(0, pos - 6), pos):
        f = t.fen_factors[m.surface]
        return replace(m, unit="CNY", kind=Kind.MONEY, factor=f, counts=None, rule="fen:money")
    return replace(m, rule="fen:count") if m.counts is not None else None


def _du(t: _Tables, text: str, pos: int, m: UnitMatch, arabic: bool) -> UnitMatch:
    """度: temperature, electricity or angle by the words before the figure (unit_rules.toml)."""
    lo = max(0, pos - t.du_lookback)
    cut = _SENTENCE_END.match(text, lo, pos)
    window = text[cut.end() if cut else lo : pos]
    measure = replace(m, kind=Kind.MEASURE, counts=None)
    if t.du_fahrenheit.search(window):
        return replace(measure, unit="degree_Fahrenheit", rule="du:fahrenheit")
    last = None
    for last in t.du_other.finditer(window):  # noqa: B007  (the nearest keyword is the last)
        pass
    if last is not None:
        if last.lastgroup == "celsius":
            return replace(measure, unit="degree_Celsius", rule="du:celsius")
        return replace(measure, unit="kilowatt_hour", rule="du:electric")
    if arabic:
        return replace(measure, unit="degree", rule="du:angle")
    return replace(m, rule="du:count")


def _rate(t: _Tables, text: str, m: UnitMatch) -> UnitMatch:
    """Extend 元 to 元/吨, 公里 to 公里每小时: the denominator goes to ``per`` (or a compound)."""
    for sep in t.separators:
        if not text.startswith(sep, m.end):
            continue
        den = _longest(t, text, m.end + len(sep))
        if den is None or den.kind is Kind.MONEY or den.factor != 1:
            return m
        surface = text[m.end - len(m.surface) : den.end]
        physical = (Kind.MEASURE, Kind.DURATION)
        if m.kind in physical and den.kind in physical:
            key = f"{m.unit}/{den.unit}"
            unit = t.compound.get(key, f"{m.unit} / {den.unit}")
            return replace(m, end=den.end, surface=surface, unit=unit, kind=Kind.MEASURE)
        return replace(m, end=den.end, surface=surface, per=den.unit)
    return m


def match_unit(text: str, pos: int) -> UnitMatch | None:
    """The longest unit or measure word starting at ``text[pos]``, or ``None``.

    ``text`` is the normalised text and ``pos`` the offset just past a figure. One ASCII space
    may stand between an Arabic figure and a Latin unit ("5 km"); no other space is crossed.
    A rate (元/吨, 公里每小时) is matched as one unit with its denominator in ``per``.

    >>> [(m.surface, m.unit, str(m.factor)) for m in (match_unit("1000万元", 4), match_unit("5 km", 1))]
    [('万元', 'CNY', '10000'), ('km', 'kilometer', '1')]
    >>> match_unit("去年用电量3000度", 9).unit, match_unit("最高气温35度", 6).unit
    ('kilowatt_hour', 'degree_Celsius')
    >>> match_unit("增长2倍", 3) is None
    True
    """
    if not 0 <= pos < len(text):
        return None
    t = _tables()
    if text[pos] == " ":
        if not (pos > 0 and text[pos - 1].isascii() and text[pos - 1].isdigit()):
            return None
        found = _longest(t, text, pos + 1, latin_only=True)
    else:
        found = _longest(t, text, pos)
    return None if found is None else _rate(t, text, found)


def match_unit_before(text: str, start: int) -> UnitMatch | None:
    """A currency sign or word that ends right before the figure at ``start`` (¥300, US$5).

    One ASCII space may separate them ("人民币 50元", "USD 100"). The match's ``start`` is the
    sign's first character and its ``end`` is ``start`` (the figure's), so the claim's span
    can run from ``match.start`` to the end of the figure.

    >>> m = match_unit_before("人民币 8千元", 4)
    >>> (m.start, m.end, m.surface, m.unit)
    (0, 4, '人民币', 'CNY')
    """
    if not 0 < start <= len(text):
        return None
    t = _tables()
    end = start - 1 if text[start - 1] == " " else start
    for n in t.prefix_lengths:
        lo = end - n
        if lo < 0:
            continue  # (a slice past the start would be shorter than n)
        surface = text[lo:end]
        entry = t.prefix.get(surface)
        if entry is None:
            continue
        if _ASCII_ALNUM.match(surface[0]) and lo > 0 and _ASCII_ALNUM.match(text[lo - 1]):
            continue  # "BUSD 5" is not the code USD
        return UnitMatch(end=start, surface=surface, unit=entry.unit, kind=Kind.MONEY, start=lo)
    return None


# --- quantities and dimensions ------------------------------------------------------------

_NOT_PHYSICAL = {
    Kind.COUNT: "a count (measure word) has no physical unit; compare with dimension()",
    Kind.MONEY: "money has no pint unit; compare currencies with dimension()",
    Kind.PERCENT: "a percent is a share, not a physical quantity",
    Kind.PERCENTAGE_POINT: "percentage points are not a physical quantity",
    Kind.FRACTION: "a fraction is not a physical quantity",
    Kind.DATE: "a date is not a quantity",
    Kind.ORDINAL: "an ordinal is not a quantity",
    Kind.MULTIPLE: "a multiple is not a quantity",
}


def to_quantity(claim: Claim) -> pint.Quantity:
    """The claim's stated value as an exact pint quantity (magnitude a ``Fraction``).

    Raises ``NotAQuantityError`` for counts, money, percents, dates and other non-physical
    claims, and ``UnitError`` for a unit pint cannot read.
    """
    why = _NOT_PHYSICAL.get(claim.kind)
    if why is None and (claim.unit is None or isinstance(claim.value, DateValue)):
        why = "the claim has no unit"
    if why is None and claim.per is not None and dimension(claim.per) == "count":
        why = f"its rate denominator {claim.per!r} is a count"
    if why is not None:
        raise NotAQuantityError(claim.unit, f"claim {claim.id} ({claim.text!r}): {why}")
    assert claim.unit is not None and not isinstance(claim.value, DateValue)
    unit = _parse_units(claim.unit)
    if claim.per is not None:
        unit = unit / _parse_units(claim.per)
    return registry().Quantity(Fraction(claim.value.stated), unit)


def _parse_units(unit: str) -> Any:
    try:
        return registry().parse_units(unit)
    except (pint.errors.PintError, AssertionError, TypeError, ValueError) as exc:
        raise UnitError(unit, f"pint cannot read it ({type(exc).__name__})") from None


@cache
def dimension(unit: str) -> str:
    """A stable label of what ``unit`` measures, for comparing claims.

    "count" for measure words, "money:<code>" for currencies, "percent" and
    "percentage_point", else pint's dimensionality ("[length]", "[length] ** 2",
    "[length] / [time]"; "dimensionless" for angles). Raises ``UnitError`` for a Latin string
    pint cannot read.

    >>> dimension("mu"), dimension("tonne / mu"), dimension("percent")
    ('[length] ** 2', '[mass] / [length] ** 2', 'percent')
    """
    if unit in ("percent", "percentage_point"):
        return unit
    t = _tables()
    if unit in t.codes:
        return f"money:{unit}"
    entry = t.suffix.get(unit)
    if entry is not None and entry.kind is Kind.COUNT:
        return "count"
    try:
        dims = registry().parse_units(unit).dimensionality
    except (pint.errors.PintError, AssertionError, TypeError, ValueError):
        if _HAN.match(unit):
            return "count"  # a measure word not in our table is still a count
        raise UnitError(unit, "neither a measure word, a currency code nor a pint unit") from None
    return _format_dims(dict(dims))


def _format_dims(dims: dict[str, Any]) -> str:
    def term(name: str, power: Any) -> str:
        p = abs(Fraction(power))
        shown = str(p.numerator) if p.denominator == 1 else f"{p.numerator}/{p.denominator}"
        return name if p == 1 else f"{name} ** {shown}"

    up = [term(n, p) for n, p in sorted(dims.items()) if p > 0]
    down = [term(n, p) for n, p in sorted(dims.items()) if p < 0]
    if not up and not down:
        return "dimensionless"
    return " * ".join(up or ["1"]) + "".join(f" / {d}" for d in down)
