"""The compiled tables of stage 3 (claims.units), and the package's one pint registry.

Takes the unit data read by ``claims.vocab`` (units_zh.txt, unit_rules.toml, currencies.toml,
measure_words.toml) and returns, once (cached), a ``Tables``: one dict from every surface form
to its meaning (``Entry``), the lengths to try per first character, the currency prefixes and
the compiled context rules. pint validates every unit name here, at build time, so that
``claims.units.match_unit`` never calls pint.
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
from claims._alt import alt
from claims.errors import VocabularyError
from claims.models import Kind

__all__ = ["HAN", "Entry", "Tables", "registry", "tables"]


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
def registry() -> pint.UnitRegistry[Any]:
    """The package's one pint registry: pint's defaults plus ``units_zh.txt``, exact (Fraction).

    >>> q = registry().Quantity(Fraction(1), "亩").to("square_meter")
    >>> q.magnitude
    Fraction(2000, 3)
    """
    ureg: pint.UnitRegistry[Any] = pint.UnitRegistry(non_int_type=Fraction)
    with _pint_warnings() as warnings:
        try:
            ureg.load_definitions(vocab.data_text("units_zh.txt").splitlines())
        except (pint.errors.PintError, KeyError, ValueError) as exc:
            raise VocabularyError("units_zh.txt", "<file>", f"pint refused it: {exc}") from None
    if warnings:
        raise VocabularyError("units_zh.txt", "<file>", "; ".join(warnings))
    return ureg


def _pint_name(ureg: pint.UnitRegistry[Any], file: str, name: str) -> str:
    """Check that pint knows ``name``; return ``name`` as written (tonne stays tonne).

    A quotient of two names (``cubic_meter / second``, the unit 立方米每秒 is given) is checked
    part by part and kept as written.
    """
    try:
        for part in name.split(" / ") if " / " in name else (name,):
            ureg.get_name(part)
    except (pint.errors.PintError, AssertionError):
        raise VocabularyError(file, name, "pint does not know this unit name") from None
    return name


HAN = regex.compile(r"\p{Han}")  # one Han character: units are Han words or Latin symbols


@dataclass(frozen=True, slots=True)
class Entry:
    """What a surface form means, before context rules: one value of the surface dict."""

    unit: str
    kind: Kind
    factor: Decimal = Decimal(1)
    counts: str | None = None
    counted: str | None = None
    rule: str | None = None  # du / kuai / fang / fen: the context decides
    origin: str = ""  # the data file, for conflict messages and docs


@dataclass(frozen=True, slots=True)
class Tables:
    suffix: dict[str, Entry]
    suffix_lengths: dict[str, tuple[int, ...]]
    prefix: dict[str, Entry]
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
    ji_lookback: int
    ji_before: Any  # magnitude / beaufort keywords before the figure (the nearest wins)
    ji_next: tuple[tuple[str, str], ...]  # (word after 级, reading), longest first
    ji_marks: tuple[str, ...]  # 震级 right before a figure, longest first
    ji_wind_after: Any  # a wind right after 级: 4级左右西北风
    ji_carry: Any  # a clause of only a carry verb and the figure: ,有4-5级 (fullmatch)
    dian_lookback: int
    dian_index: Any  # an index word before 点 (沪指, 中间价)
    dian_blocked_next: tuple[str, ...]
    blocked_next: dict[str, tuple[str, ...]]  # 国 before 内: no unit (国内)
    speed_lead: Any  # 时速 / 秒速 before the figure of a length (the last one in a window)
    speed_per: dict[str, str]  # the lead word -> its unit of time


def _add(table: dict[str, Entry], surface: str, e: Entry) -> None:
    old = table.get(surface)
    if old is not None and (old.unit, old.kind, old.factor) != (e.unit, e.kind, e.factor):
        raise VocabularyError(
            e.origin, surface, f"also in {old.origin} as {old.unit} ({old.kind.value})"
        )
    table[surface] = e


def _lengths(surfaces: Iterable[str]) -> dict[str, tuple[int, ...]]:
    by_first: dict[str, set[int]] = {}
    for s in surfaces:
        by_first.setdefault(s[0], set()).add(len(s))
    return {c: tuple(sorted(ls, reverse=True)) for c, ls in by_first.items()}


_keywords = alt


def _spaced_keywords(words: Iterable[str]) -> str:
    """``_keywords`` whose characters may stand one space apart (Hong Kong Observatory print:
    氣 溫 : 16 至 19 度)."""
    return "|".join(
        "[ ]?".join(regex.escape(c) for c in w) for w in sorted(words, key=len, reverse=True)
    )


@cache
def tables() -> Tables:
    ureg, rules = registry(), vocab.unit_rules()
    suffix: dict[str, Entry] = {}
    prefix: dict[str, Entry] = {}
    scales = {w: Decimal(f) for w, f in rules.scales.items()}

    def physical(name: str, origin: str) -> Entry:
        dims = ureg.get_dimensionality(name)
        kind = Kind.DURATION if dict(dims) == {"[time]": 1} else Kind.MEASURE
        return Entry(unit=name, kind=kind, origin=origin)

    for d in vocab.unit_definitions():
        name = _pint_name(ureg, "units_zh.txt", d.name)
        for surface in d.surfaces:
            _add(suffix, surface, physical(name, "units_zh.txt"))
    for surface, name in rules.latin.items():
        name = _pint_name(ureg, "unit_rules.toml", name)
        _add(suffix, surface, physical(name, "unit_rules.toml"))
    for code, cur in vocab.currencies().items():
        money = Entry(unit=code, kind=Kind.MONEY, origin="currencies.toml")
        for word in (*cur.words, code):
            _add(suffix, word, money)
            if HAN.match(word):
                for scale, f in scales.items():
                    _add(suffix, scale + word, replace(money, factor=f))
        for word, f in cur.fractions.items():
            _add(suffix, word, replace(money, factor=f))
        for sign in (*cur.prefixes, code):
            _add(prefix, sign, money)
    rule_words = {"度": "du", "块": "kuai", "方": "fang", "级": "ji", "点": "dian"}
    rule_words.update(dict.fromkeys(rules.fen.factors, "fen"))
    for word, mw in vocab.measure_words().items():
        count = Entry(
            unit=mw.unit or word, kind=Kind.COUNT, factor=mw.factor, counts=mw.counts,
            counted=mw.counted, rule=rule_words.get(word), origin="measure_words.toml",
        )  # fmt: skip
        _add(suffix, word, count)
        if count.rule is None:
            for scale, f in scales.items():
                _add(suffix, scale + word, replace(count, factor=f * mw.factor))
    for word, rule in rule_words.items():  # 角 毛: no unit at all unless the rule finds money
        suffix.setdefault(word, Entry(unit=word, kind=Kind.COUNT, rule=rule, origin="rules"))
    du, ji = rules.du, rules.ji
    ji_next = [(w, "count") for w in ji.count_next]
    ji_next += [(w, "magnitude") for w in ji.magnitude_next]
    ji_next += [(w, "beaufort") for w in ji.beaufort_next]
    blocked = "".join(regex.escape(c) for c in ji.beaufort_blocked_next)
    return Tables(
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
            rf"(?P<celsius>{_spaced_keywords(du.celsius)})|(?P<electric>{_keywords(du.electric)})"
            + (rf"|(?P<intensity>{_keywords(du.intensity)})" if du.intensity else "")
            + (rf"|(?P<angle>{_keywords(du.angle)})" if du.angle else "")
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
        ji_lookback=ji.lookback,
        ji_before=regex.compile(
            rf"(?P<magnitude>{_keywords(ji.magnitude_before)})"
            rf"|(?P<beaufort>(?:{_keywords(ji.beaufort_before)})(?![{blocked}]))"
            if blocked
            else rf"(?P<magnitude>{_keywords(ji.magnitude_before)})"
            rf"|(?P<beaufort>{_keywords(ji.beaufort_before)})"
        ),
        ji_next=tuple(sorted(ji_next, key=lambda p: len(p[0]), reverse=True)),
        ji_marks=tuple(sorted(ji.magnitude_marks, key=len, reverse=True)),
        blocked_next=dict(rules.blocked_next),
        speed_lead=regex.compile(
            rf"""
            .*(?P<lead>{_spaced_keywords(rules.speed) or "(?!)"})   # the last lead word (时 速)
            (?P<between>[^0-9，,。；;：:！？!?每\n]{{0,5}}?)    # bounding words only (达到, 约为)
            (?P<figure>[0-9.,万亿千百十零〇一二两三四五六七八九 ]+)\Z   # the figure, to the unit
            """,
            regex.VERBOSE | regex.DOTALL,
        ),
        speed_per=dict(rules.speed),
        dian_lookback=rules.dian.lookback,
        dian_index=regex.compile(_keywords(rules.dian.index_before) or "(?!)"),
        dian_blocked_next=rules.dian.blocked_next,
        ji_carry=regex.compile(
            rf"""
            (?:\p{{Han}}{{0,4}}(?:{_keywords(ji.beaufort_places) or "(?!)"}))?
            [ ]*(?:{_keywords(ji.beaufort_carry) or "(?!)"})?
            [ ]*[0-9.~\-—–至到零〇一二两三四五六七八九十 ]+   # the figure or range before 级
            """,
            regex.VERBOSE,
        ),
        ji_wind_after=regex.compile(
            rf"""
            (?:左右|以上)?的?                  # 4级左右西北风, 8级以上大风, 3级左右的偏北风
            [{"".join(regex.escape(c) for c in ji.compass)}]{{0,3}}大?   # 西北, 偏北大
            (?:{_keywords(ji.beaufort_before)})   # 风
            {f"(?![{blocked}])" if blocked else ""}   # not 风险, 风景
            """,
            regex.VERBOSE,
        ),
    )
