"""Stage 3: units. Takes the normalised text and the offset just past a figure; returns the unit or
measure word written there as a ``UnitMatch`` (or ``None``).

The word tables are data (``claims/data/units_zh.txt`` in pint's definitions format,
``currencies.toml``, ``measure_words.toml``, ``unit_rules.toml``), read through ``claims.vocab``.
At first use they are compiled into one dict of surface forms (surface -> meaning) and, per
first character, the lengths to try, so ``match_unit`` is a handful of dict look-ups: no regex
scan and no pint call on the hot path (the tables and the package's one pint ``UnitRegistry``,
exact with ``Fraction``, are built in ``claims.unit_tables``; pint validates the data there and
converts in ``to_quantity`` here).

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

from decimal import Decimal
from fractions import Fraction
from functools import cache
from typing import Any, NamedTuple

import pint
import regex

from claims._page_currency import local_currency
from claims._unit_words import dian_reading, du_reading, ji_reading
from claims.errors import HechaError
from claims.models import Claim, DateValue, Kind
from claims.unit_tables import HAN, Entry, Tables, registry, tables

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


class UnitMatch(NamedTuple):  # (immutable, and built 3x faster than a frozen dataclass)
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


_ASCII_ALNUM = regex.compile(r"[A-Za-z0-9]")  # a Latin unit must not run into such a character

# --- matching -----------------------------------------------------------------------------


def _latin_ok(text: str, end: int, surface: str) -> bool:
    """A Latin surface must not run into a Latin word: "5 months" is not 5 m."""
    if end >= len(text):
        return True
    last, nxt = surface[-1], text[end]  # (isascii and isalnum: [A-Za-z0-9], without a regex call)
    return not (last.isascii() and last.isalnum() and nxt.isascii() and nxt.isalnum())


def _longest(t: Tables, text: str, pos: int, latin_only: bool = False) -> UnitMatch | None:
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
        blocked = t.blocked_next.get(surface)
        if blocked is not None and text.startswith(blocked, pos + n):
            continue  # 国内: one word, no measure word
        if latin_only and HAN.match(surface):
            continue
        found = _resolve(t, entry, text, pos, pos + n)
        if found is not None:
            return found
    if text[pos + 1 : pos + 2] == " " and not latin_only:
        return _spaced(t, text, pos, lengths)
    return None


def _spaced(t: Tables, text: str, pos: int, lengths: tuple[int, ...]) -> UnitMatch | None:
    """A unit of two or more characters written one space apart (Hong Kong Observatory print:
    約 1300 公 里, 時 速 約 20 公 里): the longest such surface, its span over the spaces."""
    for n in lengths:
        if n < 2:
            break
        end = pos + 2 * n - 1
        spread = text[pos:end]
        if len(spread) < 2 * n - 1 or spread[1::2].strip(" ") or " " in spread[0::2]:
            continue
        entry = t.suffix.get(spread[0::2])
        if entry is not None and entry.rule is None and HAN.match(spread):
            return UnitMatch(
                end=end, surface=spread, unit=entry.unit, kind=entry.kind, factor=entry.factor,
                start=pos, counts=entry.counts, counted=entry.counted,
            )  # fmt: skip
    return None


_Reading = tuple[str, Kind, Decimal, str]  # unit, kind, factor, rule: one meaning of a rule word
_ONE = Decimal(1)


def _resolve(t: Tables, e: Entry, text: str, pos: int, end: int) -> UnitMatch | None:
    """Apply the context rule of an ambiguous word (unit_rules.toml); plain entries pass through."""
    surface = text[pos:end]
    if e.rule is None:
        return UnitMatch(
            end=end, surface=surface, unit=e.unit, kind=e.kind, factor=e.factor,
            start=pos, counts=e.counts, counted=e.counted,
        )  # fmt: skip
    reading = _reading(t, e, text, pos, end)
    if reading is None:
        return None
    unit, kind, factor, rule = reading
    counts, counted = (e.counts, e.counted) if kind is Kind.COUNT else (None, None)
    return UnitMatch(
        end=end, surface=surface, unit=unit, kind=kind, factor=factor,
        start=pos, counts=counts, counted=counted, rule=rule,
    )  # fmt: skip


def _reading(t: Tables, e: Entry, text: str, pos: int, end: int) -> _Reading | None:
    before = text[pos - 1] if pos > 0 else ""
    arabic = before.isascii() and before.isdigit()
    if e.rule == "du":
        return du_reading(t, text, pos, arabic) or (e.unit, Kind.COUNT, _ONE, "du:count")
    if e.rule == "ji":
        return ji_reading(t, text, pos, end) or (e.unit, Kind.COUNT, _ONE, "ji:count")
    if e.rule == "dian":
        return dian_reading(t, text, pos, end)
    if e.rule == "kuai":
        nxt = text[end : end + 1]
        if not nxt or not HAN.match(nxt) or text.startswith(t.kuai_money_next, end):
            return ("CNY", Kind.MONEY, _ONE, "kuai:money")
        return (e.unit, Kind.COUNT, _ONE, "kuai:count")
    if e.rule == "fang":
        if arabic or before in t.fang_after:
            return ("cubic_meter", Kind.MEASURE, _ONE, "fang:volume")
        return (e.unit, Kind.COUNT, _ONE, "fang:count")
    # fen: 角 毛 分 after a yuan figure are money; 分 alone is a measure word; 角 毛 nothing
    if t.composite_before.search(text, max(0, pos - 6), pos):
        return ("CNY", Kind.MONEY, t.fen_factors[text[pos:end]], "fen:money")
    return (e.unit, Kind.COUNT, _ONE, "fen:count") if e.counts is not None else None


def _rate(t: Tables, text: str, m: UnitMatch) -> UnitMatch:
    """Extend 元 to 元/吨, 公里 to 公里每小时: the denominator goes to ``per`` (or a compound)."""
    for sep in t.separators:
        if not text.startswith(sep, m.end):
            continue
        den = _longest(t, text, m.end + len(sep))
        if den is None or (m.kind is Kind.MONEY and den.kind is Kind.MONEY):
            return m
        if den.factor != 1 and den.kind is not Kind.MONEY:
            return m
        if den.kind is Kind.MONEY and (m.kind is Kind.COUNT or not sep.isascii()):
            return m  # 0.45吨标准煤/万元: per 10000 CNY (not 3个每元: another phrase)
        if m.kind is Kind.COUNT and not sep.isascii():
            return m  # 8.0~8.9级每年发生: 每 starts the next phrase after a measure word
        start = m.end - len(m.surface)
        unit, kind = m.unit, m.kind
        per: str | None = den.unit if den.factor == 1 else f"{den.factor.normalize():f} {den.unit}"
        if m.kind in _PHYSICAL and den.kind in _PHYSICAL:
            unit = t.compound.get(f"{m.unit}/{den.unit}", f"{m.unit} / {den.unit}")
            kind, per = Kind.MEASURE, None
        return UnitMatch(
            end=den.end, surface=text[start : den.end], unit=unit, kind=kind, factor=m.factor,
            start=m.start, per=per, counts=m.counts, counted=m.counted, rule=m.rule,
        )  # fmt: skip
    return m


_PHYSICAL = (Kind.MEASURE, Kind.DURATION)


def match_unit(text: str, pos: int) -> UnitMatch | None:
    """The longest unit or measure word starting at ``text[pos]``, or ``None``.

    ``text`` is the normalised text and ``pos`` the offset just past a figure. One ASCII space
    may stand between an Arabic figure and a Latin unit ("5 km"); no other space is crossed.
    A rate (元/吨, 公里每小时) is matched as one unit with its denominator in ``per``.

    >>> m = match_unit("3000万元", 4)
    >>> m.surface, m.unit, m.factor
    ('万元', 'CNY', Decimal('10000'))
    >>> match_unit("5 km", 1).start, match_unit("5 km", 1).unit
    (2, 'kilometer')
    >>> match_unit("去年用电量3000度", 9).unit, match_unit("最高气温35度", 6).unit
    ('kilowatt_hour', 'degree_Celsius')
    >>> match_unit("增长2倍", 3) is None
    True
    """
    if not 0 <= pos < len(text):
        return None
    t = tables()
    if text[pos] == " ":
        if not (pos > 0 and text[pos - 1].isascii() and text[pos - 1].isdigit()):
            return None
        found = _longest(t, text, pos + 1, latin_only=True)
    else:
        found = _longest(t, text, pos)
    if found is None:
        return None
    found = _rate(t, text, found)
    if found.kind is Kind.MEASURE and found.per is None and dimension(found.unit) == "[length]":
        return _speed(t, text, pos, found)
    if found.unit == "CNY" and found.surface[-1] in _BARE_YUAN and "人民币" not in found.surface:
        code = local_currency(text, found.end - len(found.surface), found.end)
        if code is not None:  # 新台幣5.9億元……5億6442萬元: the page's currency (TWD)
            return found._replace(unit=code, rule="page_currency")
    return found


_BARE_YUAN = frozenset("元圆钱")  # (元, 万元, 元钱, 圆; not 块钱: see _page_currency)


_SPEED_REACH = 24  # a lead word, a few bounding words and the figure (时速最高可达350)


def _speed(t: Tables, text: str, pos: int, m: UnitMatch) -> UnitMatch:
    """时速350公里: a length led by 时速 (秒速) is a speed (unit_rules.toml [speed])."""
    lead = t.speed_lead.match(text, max(0, pos - _SPEED_REACH), pos)
    if lead is None:
        return m
    unit = f"{m.unit}/{t.speed_per[lead.group('lead').replace(' ', '')]}"
    return m._replace(unit=t.compound.get(unit, unit.replace("/", " / ")), rule="speed")


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
    t = tables()
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
    return _magnitude_mark(t, text, start, end)


_MAGNITUDE = "richter_magnitude"


def _magnitude_mark(t: Tables, text: str, start: int, end: int) -> UnitMatch | None:
    """M4.1 (the M is in the span) or 震级5.0, 震级为5.0 (the word stays the metric's)."""
    if (
        end == start
        and text.startswith("M", start - 1)
        and not (start >= 2 and _ASCII_ALNUM.match(text[start - 2]))
        and _MAGNITUDE_FIGURE.match(text, start)
    ):
        return UnitMatch(
            end=start, surface="M", unit=_MAGNITUDE, kind=Kind.MEASURE, start=start - 1
        )
    for w in t.ji_marks:
        if text.endswith(w, 0, end):
            return UnitMatch(end=start, surface=w, unit=_MAGNITUDE, kind=Kind.MEASURE, start=start)
    return None


_MAGNITUDE_FIGURE = regex.compile(r"[0-9]\.[0-9](?![0-9.])", regex.ASCII)  # M4.1: one decimal


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


def to_quantity(claim: Claim) -> pint.Quantity[Any]:
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
    assert claim.unit is not None
    assert not isinstance(claim.value, DateValue)
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

    "count" for measure words, "money:<code>" for currencies, "percent", "permille" and
    "percentage_point", else pint's dimensionality ("[length]", "[length] ** 2",
    "[length] / [time]"; "dimensionless" for angles). Raises ``UnitError`` for a Latin string
    pint cannot read.

    >>> dimension("mu"), dimension("tonne / mu"), dimension("percent")
    ('[length] ** 2', '[mass] / [length] ** 2', 'percent')
    """
    if unit in ("percent", "permille", "percentage_point", "permille_point", "basis_point"):
        return unit  # a permille is kept apart from percent: its figures are ten times larger
    t = tables()
    if unit in t.codes:
        return f"money:{unit}"
    scale, _, code = unit.partition(" ")
    if code in t.codes and scale.isdigit():
        return f"money:{code}"  # a rate's denominator: 10000 CNY (吨标准煤/万元)
    entry = t.suffix.get(unit)
    if entry is not None and entry.kind is Kind.COUNT:
        return "count"
    try:
        dims = registry().parse_units(unit).dimensionality
    except (pint.errors.PintError, AssertionError, TypeError, ValueError):
        if HAN.match(unit):
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
