"""Neighbouring claims joined into one after they are built: compound money (五元三毛), compound
durations (1小时20分钟), ranges of two unit-bearing figures (28℃到30℃, 100元-50元), and a bare
万/亿 after a money noun made money (直接经济损失336亿).

Each pass takes the claims of a text in text order and returns them (a new list when something
changed). Split from claims/extract.py, the pipeline, which runs them in that order.
"""

from __future__ import annotations

import re
from fractions import Fraction
from functools import cache

from claims import bounds, vocab
from claims._page_currency import local_currency
from claims.models import Claim, Interval, Kind, Span, Value, claim_id, exact

__all__ = ["join_duration", "join_money", "join_range", "money_by_noun"]

# (an enum member is a slow class attribute on Python 3.11: the kinds tested per claim, bound once)
_COUNT, _DATE, _DURATION, _MONEY = Kind.COUNT, Kind.DATE, Kind.DURATION, Kind.MONEY


def join_money(found: list[Claim], text: str, norm: str, digest: str) -> list[Claim]:
    """五元三毛, 两美元又三美分: an amount followed by a smaller amount of the same currency."""
    out: list[Claim] = []
    for c in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and c.kind is _MONEY is prev.kind
            and c.unit == prev.unit
            and norm[prev.span.end : c.span.start] in ("", "又")
            and isinstance(c.value, Value)
            and isinstance(prev.value, Value)
            and c.value.literal.upper is not None
            and c.value.literal.upper < 1 <= prev.value.stated
            and c.value.stated > 0  # 100元-50元: a dash and a figure, not 100 yuan and -50
            and prev.value.literal.lower == prev.value.literal.upper
        ):
            span = Span.model_construct(start=prev.span.start, end=c.span.end)
            total = exact(Fraction(prev.value.stated) + Fraction(c.value.stated))
            point = Interval.model_construct(
                lower=total, upper=total, lower_closed=True, upper_closed=True
            )
            value = prev.value.model_copy(
                update={"stated": total, "literal": point, "conventional": point}
            )
            out[-1] = _merged(prev, span, value, "compound_money", text, digest)
            continue
        out.append(c)
    return out


# A whole unit of time followed by the next smaller one: 1小时20分钟, 3分32.58秒 (分 before a
# number of seconds is minutes, not points or cents).
_NEXT_SMALLER = {("hour", "minute"): 60, ("minute", "second"): 60, ("分", "second"): 60,
                 ("hour", "分"): 60}  # fmt: skip


def join_duration(found: list[Claim], text: str, norm: str, digest: str) -> list[Claim]:
    """1小时20分钟 = 80 minutes, 3分32.58秒 = 212.58 seconds: a whole number of a unit of time
    written right before a figure of the next smaller one is one duration, in the smaller."""
    out: list[Claim] = []
    for c in found:
        prev = out[-1] if out else None
        minutes = c.unit == "分" and c.kind is _COUNT  # 2小时30分: 分 after hours is minutes
        factor = (
            _NEXT_SMALLER.get((prev.unit or "", c.unit or ""))
            if prev is not None
            and (c.kind is _DURATION or minutes)
            and prev.span.end == c.span.start
            else None
        )
        if (
            factor is not None
            and prev is not None
            and prev.kind in (_DURATION, _COUNT)
            and isinstance(prev.value, Value)
            and isinstance(c.value, Value)
            and prev.value.literal.lower == prev.value.literal.upper
            and prev.value.qualifier is None
            and Fraction(prev.value.stated).denominator == 1
            and 0 <= c.value.stated < 60
        ):
            shift = exact(Fraction(prev.value.stated) * factor)
            point = Interval.point(shift)
            value = c.value.model_copy(
                update={
                    "stated": exact(Fraction(c.value.stated) + Fraction(shift)),
                    "literal": c.value.literal + point,
                    "conventional": c.value.conventional + point,
                }
            )
            span = Span.model_construct(start=prev.span.start, end=c.span.end)
            joined = _merged(c, span, value, "compound_duration", text, digest)
            out[-1] = joined.model_copy(
                update={"kind": Kind.DURATION, "unit": "minute" if minutes else c.unit}
            )
            continue
        out.append(c)
    return out


@cache
def _money_noun_end() -> re.Pattern[str]:
    """A money noun, then maybe a link word, at the end of the text before a figure."""
    rules = vocab.unit_rules().money_by_noun
    nouns = "|".join(map(re.escape, sorted(rules.nouns, key=len, reverse=True)))
    links = "|".join(map(re.escape, sorted(rules.links, key=len, reverse=True)))
    return re.compile(rf"(?:{nouns})(?:{links})?$")


_MAGNITUDE = frozenset("万亿萬億")


def money_by_noun(found: list[Claim], norm: str) -> list[Claim]:
    """直接经济损失336亿, 营收120亿: a bare count of 万/亿 right after a money noun is money, in
    the page's currency (CNY unless a Hong Kong, Macau or Taiwan page names its own)."""
    out = found
    noun_end = _money_noun_end()
    for i, c in enumerate(found):
        if c.kind is not _COUNT or c.unit is not None or _MAGNITUDE.isdisjoint(c.text):
            continue
        start = c.span.start
        if noun_end.search(norm, max(0, start - 12), start) is None:
            continue
        code = local_currency(norm, start, c.span.end) or "CNY"
        if out is found:
            out = list(found)
        out[i] = c.model_copy(update={"kind": Kind.MONEY, "unit": code})
    return out


def _merged(prev: Claim, span: Span, value: Value, rule: str, text: str, digest: str) -> Claim:
    """``prev`` widened to ``span`` with the joined ``value``: one claim where two stood."""
    return prev.model_copy(
        update={
            "span": span,
            "id": claim_id(digest, span),
            "text": text[span.start : span.end],
            "value": value,
            "rule": rule,
        }
    )


# Between two figures that each carry the unit: 28℃到30℃, 5%-8%, 零下10度到零上5度.
_UNIT_RANGE_JOINS = frozenset({"至", "到", "~", "-", "—", "–", "到零上", "至零上"})
# Before the first figure these make the pair a change, not a range: 从5%到8%.
_CHANGE_FROM = frozenset({"从", "由"})
_SPREAD = "不等"  # ... unless the pair is a spread: 从100元到500元不等
# A change word right before the first figure (增加5万人至120万人, 减少2 700人至115 700人) makes
# it the amount of change and the second the new level, when the second is far larger (at least
# _LEVEL_RATIO times): no range. 增长5%至8% (two close figures) stays a range of the change.
_LEVEL_RATIO = 4
_LEVEL_JOINS = frozenset({"至", "到"})


@cache
def _change_words() -> tuple[str, ...]:
    """The change verbs of context.toml, each also with 了 (增加了), longest first."""
    words = vocab.context_words().change_verbs
    return tuple(sorted({*words, *(w + "了" for w in words)}, key=len, reverse=True))


def _change_then_level(prev: Claim, c: Claim, norm: str, join: str) -> bool:
    """Whether ``prev`` is a change (增加5万人) and ``c`` the level it led to (至120万人)."""
    if join not in _LEVEL_JOINS or not norm.endswith(_change_words(), 0, prev.span.start):
        return False
    a, b = prev.value, c.value
    if not isinstance(a, Value) or not isinstance(b, Value):
        return False
    hi, lo = a.literal.upper, b.literal.lower
    return hi is not None and lo is not None and hi > 0 and lo >= _LEVEL_RATIO * hi


_QUAL = vocab.qualifiers()


def join_range(found: list[Claim], text: str, norm: str, digest: str) -> list[Claim]:
    """28℃到30℃, 1000万元至2000万元, 100元-50元: two figures with the same unit joined by
    至/到/- are one range (a 约/左右 on either end widens it: 28℃到30℃左右 = [27, 31]).
    A dash between two unit-bearing figures is never a minus sign."""
    out: list[Claim] = []
    for c in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and c.kind is prev.kind
            and c.kind is not _DATE
            and c.unit is not None
            and c.unit == prev.unit
            and isinstance(c.value, Value)
            and isinstance(prev.value, Value)
        ):
            dash = _dash_minus(c, prev, norm)
            join = norm[prev.span.end : c.span.start]
            if (
                (dash or join in _UNIT_RANGE_JOINS)
                and (
                    norm[prev.span.start - 1 : prev.span.start] not in _CHANGE_FROM
                    or norm.startswith(_SPREAD, c.span.end)  # 由100元至50元不等: still a range
                )
                and not _change_then_level(prev, c, norm, join)
            ):
                value = _range_value(prev.value, c.value, dash)
                if value is not None:
                    span = Span.model_construct(start=prev.span.start, end=c.span.end)
                    out[-1] = _merged(prev, span, value, "range", text, digest)
                    continue
            if dash:
                c = _unsigned(c, text, digest)  # 超100元-50元: the dash is no minus either
        out.append(c)
    return out


def _about(word: str | None) -> bool | None:
    """True for 约/左右-like words, False for no word, None for any other bounding word."""
    if word is None:
        return False
    q = _QUAL.before.get(word) or _QUAL.after.get(word)
    return True if q is not None and q.bound == "about" else None


def _range_value(a: Value, b: Value, dash: bool) -> Value | None:
    """The value of the range from ``a`` to ``b`` (its sign dropped after a joining dash), or
    ``None`` when they make no range: a bound other than 约/左右, an end that is a range or
    has readings, or equal figures."""
    about_a, about_b = _about(a.qualifier), _about(b.qualifier)
    if about_a is None or about_b is None or a.readings or b.readings:
        return None
    if a.stated_end is not None or b.stated_end is not None:
        return None
    first, second = a.stated, -b.stated if dash else b.stated
    if first == second:
        return None
    lo, hi = min(first, second), max(first, second)
    g = min(a.granularity, b.granularity)
    word = a.qualifier or b.qualifier
    bound = "about" if word else "range"
    joined = bounds.value(lo, g, bound, hi=hi, qualifier=word, range_end=True)
    if first > second:  # 100元-50元: a range written from its top, stated as written
        joined = joined.model_copy(update={"stated": first, "stated_end": second})
    return joined


def _unsigned(c: Claim, text: str, digest: str) -> Claim:
    """``c`` without the dash it was read with as a minus sign (100元-50元 -> 50元)."""
    v = c.value
    assert isinstance(v, Value)
    span = Span.model_construct(start=c.span.start + 1, end=c.span.end)
    value = v.model_copy(
        update={
            "stated": -v.stated,
            "literal": v.literal.scale(-1),
            "conventional": v.conventional.scale(-1),
            "readings": tuple(r.scale(-1) for r in v.readings),
        }
    )
    return _merged(c, span, value, c.rule, text, digest)


def _dash_minus(c: Claim, prev: Claim, norm: str) -> bool:
    """Whether ``c`` is read negative only for a dash that joins it to ``prev``: 28℃-30℃."""
    return c.span.start == prev.span.end and norm.startswith("-", c.span.start)
