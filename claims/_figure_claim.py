"""One figure of the value engine made into a ``Claim`` record (the hot path of extraction:
one call per claim). ``figure_claim`` takes the unit after the figure (or a currency word before
it), a 半 after the unit, a bounding word after (30多个), and builds the value and the record.

Split from claims/extract.py, the pipeline, which calls it once per figure.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from claims import numbers, units
from claims.bounds import construct
from claims.models import EXTRACTOR_VERSION, Claim, ClaimIds, Interval, Kind, Span, Value, exact

__all__ = ["figure_claim"]

_ONE = Decimal(1)
_HALF = "半"
_COUNT, _ORDINAL = Kind.COUNT, Kind.ORDINAL  # (enum members: slow class attributes on 3.11)


def figure_claim(
    fig: numbers.Figure,
    text: str,
    norm: str,
    ids: ClaimIds,
    source_id: str | None,
    unit_at: numbers.UnitAt,
    floor: int = 0,
) -> Claim:
    """The claim of ``fig``; a currency word before it (美元5) is taken only when it starts at or
    after ``floor``, the end of the previous claim (5美元3: the 美元 is the 5's, not the 3's)."""
    end = fig.end
    unit = kind = per = None
    factor = _ONE
    if fig.kind is None or fig.kind is _ORDINAL:
        pos = end + 1 if norm.startswith(" ", end) else end
        u = unit_at(pos)
        if u is not None:
            end, factor = u.end, u.factor
            if fig.kind is None:
                unit, kind = u.unit, u.kind
                per = None if u.per is None else _physical_per(u.per)  # 13.5元/吨: per tonne
                if unit == _YUAN and u.surface.endswith("元") and fig.before is None:
                    ub = units.match_unit_before(norm, fig.start)  # 新台币5000亿元: TWD
                    if ub is not None and ub.unit != _YUAN and ub.start is not None and (
                        ub.start >= floor
                    ):
                        fig.start, unit = ub.start, ub.unit
            if norm.startswith(_HALF, end):  # 两米半, 一吨半: and a half
                end += 1
                fig.num.v = exact(Fraction(fig.num.v) + Fraction(1, 2))
                fig.num.g = Decimal("0.5")
        elif fig.before is None and fig.kind is None:
            ub = units.match_unit_before(norm, fig.start)  # $20, 人民币 50
            if ub is not None and ub.start is not None and ub.start >= floor:
                fig.start, unit, kind, factor = ub.start, ub.unit, ub.kind, ub.factor
    after, after_end = numbers.after_qualifier(norm, end, None if fig.recent else kind)
    if after is not None and (fig.kind is None or after.bound != "remainder"):
        word = norm[end:after_end]
        end = after_end
        if kind is None and fig.kind is None:
            # 30多个: the measure word may follow the 多
            u = unit_at(end)
            if u is not None:
                end, factor, unit, kind = u.end, u.factor, u.unit, u.kind
    else:
        after, word = None, None
    value = numbers.make_value(fig, after, word, factor)
    if (fig.unit or unit) in _SIGNED_UNITS:
        value = _open_below(value, after or fig.before)
    span = construct(Span, {"start": fig.start, "end": end})
    return construct(
        Claim,
        {
            "id": ids(fig.start, end),
            "kind": fig.kind or kind or _COUNT,
            "text": text[fig.start : end],
            "span": span,
            "value": value,
            "unit": fig.unit or unit,
            "per": fig.per or (None if fig.unit else per),
            "counted": None,
            "subject": None,
            "metric": None,
            "metric_key": None,
            "time": None,
            "sentence": None,
            "source_id": source_id,
            "extractor_version": EXTRACTOR_VERSION,
            "rule": fig.rule,
            "flags": fig.flags,
        },
    )


_YUAN = "CNY"  # 元 after a figure: the currency named before it, if any (港币3.5亿元 = HKD)
_SIGNED_UNITS = frozenset({"degree_Celsius", "degree_Fahrenheit"})  # scales that go below zero
_UPPER_BOUNDS = frozenset({"under", "at_most"})


def _open_below(value: Value, word: object) -> Value:
    """An upper bound on a temperature (20℃以下, 不超过5℃) reaches below zero: the end at zero
    that an amount would stop at is left open (不到5度 = (-inf, 5)); for a figure below zero
    the bound is on its size, mirrored (不到零下5度 = (-5, +inf)). Other values are returned
    unchanged."""
    if getattr(word, "bound", None) not in _UPPER_BOUNDS:
        return value

    def opened(iv: Interval) -> Interval:
        lo, hi = iv.lower, iv.upper
        if lo is None or hi is None:
            return iv
        if lo == 0 and hi > 0:
            return Interval(lower=None, upper=hi, lower_closed=False, upper_closed=iv.upper_closed)
        if hi == 0 and lo < 0:
            return Interval(lower=lo, upper=None, lower_closed=iv.lower_closed, upper_closed=False)
        return iv

    lit, conv = opened(value.literal), opened(value.conventional)
    if lit is value.literal and conv is value.conventional:
        return value
    return value.model_copy(update={"literal": lit, "conventional": conv})


def _physical_per(per: str | None) -> str | None:
    """The denominator of a written rate (元/吨, 人/平方公里) when it is a physical unit; a
    measure word (元/人) is left to the context stage, which names it (per person)."""
    if per is None or units.dimension(per) == "count":
        return None
    return per
