"""Lists whose suffix is written once, after the last item (4.6和3.1个百分点, 同比分别增长1.3倍
和1.2倍): the earlier items take the last one's kind, unit and readings. Used by
``claims.extract`` after the claims of a text are built.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import cast

from claims import vocab
from claims.bounds import value as make_value
from claims.models import Claim, Interval, Kind, Value, exact

__all__ = ["list_suffix"]


# Between the items of a list whose suffix is written once, after the last: 4.6和3.1个百分点.
_LIST_JOINS = frozenset({"和", "、", "与", "及", "或"})
# Kinds whose suffix leaves the figure's value as it is (not 成, 万元: 3和5万元 is ambiguous).
_LIST_SUFFIXES = {"percent_sign": Kind.PERCENT, "percentage_point": Kind.PERCENTAGE_POINT,
                  "permille_point": Kind.PERCENTAGE_POINT, "basis_point": Kind.PERCENTAGE_POINT,
                  "multiple": Kind.MULTIPLE}  # fmt: skip
# The measure word that a point suffix (个百分点, 个千分点) repeats on each item: 1.2个、0.5个百分点
_POINT_RULES = frozenset({"percentage_point", "permille_point", "basis_point"})
_POINT_MEASURE = "个"


def list_suffix(found: list[Claim], norm: str) -> list[Claim]:
    """分别快4.6和3.1个百分点: a bare figure listed before a figure with a kind suffix (%,
    个百分点, 倍) takes that kind and unit; lists of three or more pass it back item by item.
    An item with 个 before a point suffix is one too (分别高于全国、全省1.2个、0.5个百分点)."""
    nxt: Claim | None = None
    for i in range(len(found) - 1, -1, -1):
        c = found[i]
        if (
            nxt is not None
            and nxt.rule in _LIST_SUFFIXES
            and not getattr(nxt.value, "readings", ())  # 分别增长1.3和1.2倍: two readings
            and c.kind is Kind.COUNT
            and (c.unit is None or (c.unit == _POINT_MEASURE and nxt.rule in _POINT_RULES))
            and c.rule == "numeral"
            and isinstance(c.value, Value)
            and c.value.qualifier is None
            and norm[c.span.end : nxt.span.start] in _LIST_JOINS
        ):
            c = found[i] = c.model_copy(
                update={"kind": nxt.kind, "unit": nxt.unit, "rule": nxt.rule}
            )
        nxt = c
    _list_unit(found, norm)
    _list_growth(found, norm)
    return found


# The scale word a figure ends with (187.5万), if any.
_SCALES = frozenset("万亿")
_UNIT_KINDS = frozenset({Kind.MEASURE, Kind.MONEY, Kind.DURATION})


def _scale(c: Claim, at: int) -> str:
    ch = c.text[at - 1] if 0 < at <= len(c.text) else ""
    return ch if ch in _SCALES else ""


def _list_unit(found: list[Claim], norm: str) -> None:
    """187.5万、63.6万平方公里 / 3、5公里: a bare figure listed before a figure with a unit takes
    that unit and kind (in place), when both figures are written with the same scale word (or
    none): 3和5万元 is left alone, since 3 may be 3万元 or 3元. Lists of three or more pass it
    back item by item."""
    carried: dict[int, str] = {}  # items that took the scale word of a later one
    for i in range(len(found) - 2, -1, -1):
        c, nxt = found[i], found[i + 1]
        nv, cv = nxt.value, c.value
        if (
            nxt.unit is not None
            and c.kind is Kind.COUNT
            and c.unit is None
            and c.rule == nxt.rule == "numeral"
            and isinstance(cv, Value)
            and isinstance(nv, Value)
            and cv.qualifier is None
            and nv.qualifier is None
            and norm[c.span.end : nxt.span.start] in _LIST_JOINS
        ):
            scale = carried.get(i + 1) or _scale(nxt, _figure_end(nxt.text))
            own = _scale(c, len(c.text))
            if nxt.kind in _UNIT_KINDS and own == scale and i + 1 not in carried:
                found[i] = c.model_copy(
                    update={"kind": nxt.kind, "unit": nxt.unit, "per": nxt.per}
                )
            elif not own and _distributed(c, nxt, scale, norm):
                # 分别为4665、2611亿千瓦时: after 分别 the first takes the scale word too
                f, stated = _SCALE_VALUES[scale], cast(Decimal, cv.stated)  # (checked there)
                v = make_value(stated * f, cast(Decimal, cv.granularity) * f, "round")
                found[i] = c.model_copy(
                    update={"kind": nxt.kind, "unit": nxt.unit, "per": nxt.per, "value": v}
                )
                carried[i] = scale


_SCALE_VALUES = {"万": Decimal(10000), "亿": Decimal(100000000)}
_DISTRIBUTORS = vocab.numerals().pair_list_before  # 分别, 依次, 各为
_DISTRIBUTOR_REACH = 6


def _distributed(c: Claim, nxt: Claim, scale: str, norm: str) -> bool:
    """Whether bare ``c`` listed before ``nxt`` (written with ``scale``) is one of the items a
    distributor (分别为, 依次为) shares out, with about as many whole digits as ``nxt``'s figure
    before its scale (4665、2611亿, 15、20万: not 3和5000万). The distributor stands shortly
    before the list's first item."""
    if not scale or not _DISTRIBUTORS:
        return False
    head = norm[max(0, c.span.start - _DISTRIBUTOR_REACH) : c.span.start]
    if not any(w in head for w in _DISTRIBUTORS) and not (
        head and head[-1] in _LIST_JOINS  # 3、4、5万元 after 分别为: further back
        and any(w in norm[max(0, c.span.start - 40) : c.span.start] for w in _DISTRIBUTORS)
    ):
        return False
    cv, nv = c.value, nxt.value
    if not isinstance(cv, Value) or not isinstance(nv, Value):
        return False
    if not isinstance(cv.stated, Decimal) or cv.stated <= 0:
        return False
    before = Fraction(nv.stated) / Fraction(_SCALE_VALUES[scale])
    return before >= 1 and abs(_whole_digits(cv.stated) - _whole_digits(before)) <= 1


def _whole_digits(x: Decimal | Fraction) -> int:
    """How many digits the whole part of positive ``x`` has (0.5 -> 1, 4665 -> 4)."""
    return len(str(int(x))) if x >= 1 else 1


def _figure_end(text: str) -> int:
    """Where the digits (and one scale word) at the start of ``text`` end: 63.6万平方公里 -> 5."""
    i = 0
    while i < len(text) and (text[i].isdigit() or text[i] == "."):
        i += 1
    return i + 1 if i < len(text) and text[i] in _SCALES else i


_AMBIGUOUS = ("ambiguous_multiple",)


def _list_growth(found: list[Claim], norm: str) -> None:
    """同比分别增长1.3倍和1.2倍: a multiple listed after an ambiguous growth multiple is one too
    (x2.2 or x1.2), so it gets the same two readings and flag (in place)."""
    for i in range(1, len(found)):
        prev, c = found[i - 1], found[i]
        v = c.value
        if (
            c.kind is Kind.MULTIPLE is prev.kind
            and prev.flags == _AMBIGUOUS
            and not c.flags
            and isinstance(v, Value)
            and v.qualifier is None
            and v.stated_end is None
            and v.literal.lower == v.literal.upper
            and norm[prev.span.end : c.span.start] in _LIST_JOINS
        ):
            hi = exact(Fraction(v.stated) + 1)
            hull = Interval.model_construct(
                lower=v.stated, upper=hi, lower_closed=True, upper_closed=True
            )
            readings = (Interval.point(hi), Interval.point(v.stated))
            value = v.model_copy(
                update={"literal": hull, "conventional": hull, "readings": readings}
            )
            found[i] = c.model_copy(update={"value": value, "flags": _AMBIGUOUS})
