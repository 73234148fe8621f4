"""Value semantics (DESIGN.md section 4). Takes a figure's stated number, granularity and
bounding word (or a whole ``Figure``: ``make_value``); returns the ``Value`` with its literal
and conventional intervals. Values are cached by everything they depend on (they are immutable
and a text repeats its figures).

Split from numbers.py (the grammar) so each stays readable: this module is the table of
section 4 and nothing else.

>>> str(bounds(Fraction(90000), Fraction(10000), "over")[0])
'(90000, +inf)'
>>> [str(i) for i in bounds(Fraction(90000), Fraction(10000), "over")]
['(90000, +inf)', '(90000, 100000)']
>>> [str(i) for i in bounds(Fraction(100), Fraction(10), "about")]
['[90, 110]', '[95, 105]']
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any, TypeVar

from pydantic import BaseModel

from claims import vocab
from claims.figures import Figure
from claims.models import Interval, Value, exact

__all__ = ["bounds", "construct", "interval", "make_value", "value"]

M = TypeVar("M", bound=BaseModel)

_INF = None
_APPROXIMATE = frozenset({"about", "near", "remainder", "upward", "upward_wide", "few", "round"})


def construct(cls: type[M], fields: dict[str, Any]) -> M:
    """A record from already-exact, complete field values, skipping validation.

    The hot path builds thousands of records per megabyte; ``model_construct`` costs several
    microseconds each. ``fields`` must name every field (tests validate the output).
    """
    m = _NEW(cls)
    _SET_DICT(m, fields)
    every = _EVERY_FIELD.get(cls)
    if every is None:
        every = _EVERY_FIELD[cls] = set(cls.model_fields)
    # every field is set, so the records share one set of them (they are frozen: pydantic never
    # adds to it, and model_copy copies it first); a partial dict gets its own
    _SET_FIELDS_SET(m, every if len(fields) == len(every) else set(fields))
    _SET_EXTRA(m, None)
    _SET_PRIVATE(m, None)
    return m


_NEW = object.__new__
_EVERY_FIELD: dict[type[BaseModel], set[str]] = {}


# The slots every pydantic model has, set through their descriptors (object.__setattr__ looks
# each one up on the class first: a fifth of construct's time).
_SET_DICT = BaseModel.__dict__["__dict__"].__set__
_SET_FIELDS_SET = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_SET_EXTRA = BaseModel.__dict__["__pydantic_extra__"].__set__
_SET_PRIVATE = BaseModel.__dict__["__pydantic_private__"].__set__


def _plain(x: Decimal | Fraction) -> Decimal | Fraction:
    """1E+1 -> 10: integral decimals without an exponent, so JSON shows plain digits."""
    if isinstance(x, Decimal):
        if x == x.to_integral_value():
            return Decimal(int(x))
        return x.normalize()
    return x


def _exact_plain(x: Any) -> Decimal | Fraction:
    """``_plain(exact(x))``, with the commonest case (a finite ``Decimal``) taken directly."""
    if type(x) is Decimal and x.is_finite():
        if x == x.to_integral_value():
            return Decimal(int(x))
        return x.normalize()
    return _plain(exact(x))


def interval(lo: Any, hi: Any, lc: bool = True, hc: bool = True) -> Interval:
    """An ``Interval`` built without re-validation (bounds already exact and ordered)."""
    return construct(
        Interval,
        {
            "lower": None if lo is None else _exact_plain(lo),
            "upper": None if hi is None else _exact_plain(hi),
            "lower_closed": lc and lo is not None,
            "upper_closed": hc and hi is not None,
        },
    )


Num = Decimal | Fraction


def bounds(lo: Any, g: Any, bound: str | None, hi: Any = None) -> tuple[Interval, Interval]:
    """(literal, conventional) for a figure ``lo`` (or range ``lo..hi``) bounded by ``bound``.

    ``bound`` is a kind from qualifiers.toml, or ``"round"`` (bare round figure), ``"range"``
    (explicit lower and upper: 几, 三四十, 3至5) or ``None`` (a bare exact figure).
    """
    top = lo if hi is None else hi
    if bound is None:
        p = interval(lo, lo)
        return p, p
    if bound == "round":
        r = interval(lo - g / 2, lo + g / 2, True, False)
        return r, r
    if bound == "range" or bound == "few":
        r = interval(lo, top)
        return r, r
    if bound == "over":
        return interval(lo, _INF, False), interval(lo, top + g, False, False)
    if bound == "at_least":
        return interval(lo, _INF), interval(lo, top + g, True, False)
    if bound == "near":
        r = interval(top - g, top, True, False)
        return r, r
    if bound == "under":
        zero = top * 0 if top > 0 else None
        return interval(zero, top, True, False), interval(top - g, top, True, False)
    if bound == "at_most":
        r = interval(top * 0 if top > 0 else None, top)
        return r, r
    if bound == "about":
        return interval(lo - g, top + g), interval(lo - g / 2, top + g / 2)
    if bound == "remainder":
        r = interval(lo, top + g, False, False)
        return r, r
    if bound == "upward":
        return interval(lo, _INF), interval(lo, lo * 10, True, False)
    if bound == "upward_wide":
        return interval(lo / 10, _INF), interval(lo / 10, lo * 10, True, False)
    raise ValueError(f"unknown bound kind {bound!r}")


def value(
    stated: Any,
    g: Any,
    bound: str | None,
    *,
    hi: Any = None,
    lo: Any = None,
    qualifier: str | None = None,
    readings: tuple[Interval, ...] = (),
    range_end: bool = False,
    cap: Any = None,
    fixed: Interval | None = None,
) -> Value:
    """The ``Value`` of a figure (constructed without re-validation: inputs are exact).

    ``lo``/``hi`` are explicit bounds (几, ranges) when they differ from ``stated``. ``cap``
    is the whole a share cannot pass (一半: 1): both intervals are cut to [0, cap].
    ``fixed`` is a literal interval given outright (two bounds joined: 大于10小于20), used
    as both readings.

    >>> str(value(Fraction(1, 2), Fraction(1, 10), "over", cap=1).literal)
    '(0.5, 1]'
    """
    if fixed is not None:
        literal = conventional = fixed
    else:
        literal, conventional = bounds(stated if lo is None else lo, g, bound, hi)
    if cap is not None:
        whole = interval(0, cap)
        literal = literal.intersect(whole) or literal
        conventional = conventional.intersect(whole) or conventional
    return construct(
        Value,
        {
            "stated": _exact_plain(stated),
            "stated_end": _exact_plain(hi) if range_end and hi is not None else None,
            "granularity": _exact_plain(g) if g > 0 else Decimal(1),
            "qualifier": qualifier,
            "approximate": bound in _APPROXIMATE,
            "literal": literal,
            "conventional": conventional,
            "readings": readings,
        },
    )


# --- figures to values ------------------------------------------------------------------


def make_value(
    fig: Figure, after: Any = None, after_word: str | None = None, factor: Decimal = Decimal(1)
) -> Value:
    """The ``Value`` of ``fig``, with a bounding word found after it (or its unit) and the
    unit's scale ``factor`` (万元 -> 10000). A 余/多 after the unit (5年多) adds less than one
    unit: (5, 6).
    """
    num = fig.num
    before = fig.before
    # Values are immutable and a text repeats its figures (and their words): one record each.
    key = (
        num.v, type(num.v), num.g, type(num.g), num.lo, type(num.lo), num.hi, num.rem_g,
        num.few, num.round_mag, fig.kind, fig.rule == "range", fig.flags, fig.readings,
        fig.rem_word, fig.cap, fig.joined, fig.end_value, fig.before_word,
        None if before is None else before.bound, None if after is None else after.bound,
        after_word, factor,
    )  # fmt: skip
    found = _VALUES.get(key)
    if found is None:
        if len(_VALUES) >= _VALUES_MAX:
            _VALUES.clear()
        found = _VALUES[key] = _make_value(fig, after, after_word, factor)
    return found


_VALUES: dict[tuple[Any, ...], Value] = {}
_VALUES_MAX = 4096


def _make_value(fig: Figure, after: Any, after_word: str | None, factor: Decimal) -> Value:
    num = fig.num
    # Decimal arithmetic is exact here (sums, products and halves of decimals); Fractions are
    # needed only when a figure is one (三分之一), and they cost several times more.
    as_decimal = isinstance(num.v, Decimal) and not isinstance(num.lo, Fraction)
    conv: Any = Decimal if as_decimal else Fraction
    f = conv(factor)
    v, g = conv(num.v) * f, conv(num.g) * f
    hi = None if num.hi is None else conv(num.hi) * f
    lo = None if num.lo is None else conv(num.lo) * f
    word = fig.before_word
    bound: str | None
    if fig.joined is not None:  # 大于10小于20: the intersection of the two bounds
        literal = fig.joined if f == 1 else fig.joined.scale(f)
        end = conv(fig.end_value) * f if fig.end_value is not None else None
        return value(v, g, "range", qualifier=word, hi=end, fixed=literal, range_end=True)
    if fig.flags and num.rem_g is not None:  # 增长一倍多: the hull of both readings
        bound, g, word = "remainder", (1 + conv(num.rem_g)) * f, fig.rem_word
    elif fig.flags and fig.before is not None:  # 增长近2倍: each reading bounded by 近
        q = fig.before.bound
        grown, times = bounds(v + f, g, q), bounds(v, g, q)
        literal, conventional = _hull(grown[0], times[0]), _hull(grown[1], times[1])
        out = value(v, g, q, qualifier=word, readings=(grown[0], times[0]))
        return out.model_copy(update={"literal": literal, "conventional": conventional})
    elif fig.flags:
        bound, lo, hi = "range", v, v + 1
    elif fig.before is not None:
        bound = fig.before.bound
        if num.rem_g is not None and bound in ("over", "at_least", "about"):
            g = conv(num.rem_g) * f
            if bound == "about" and hi is None and lo is None:
                hi = v + g  # 约30多个: about the whole of (30, 40), so [20, 50]
        elif (
            bound == "about"
            and after is not None
            and after.bound == "remainder"
            and fig.kind is None
            and not after.by_place
            and hi is None
            and lo is None
        ):
            g, hi = f, v + f  # 约5年多: about (5, 6) years, so [4, 7]
    elif after is not None:
        bound, word = after.bound, after_word
        if bound == "remainder":
            if num.rem_g is not None:
                g = conv(num.rem_g) * f
            elif fig.kind is None and not after.by_place:
                g = f  # 5米多: one of the unit more (30多个 and 十余万 are read by the grammar)
            if hi is not None:
                bound = "range"
    elif num.few:
        bound, word = "few", None
    elif num.lo is not None:
        bound = "range"
    elif num.rem_g is not None:
        bound, g, word = "remainder", conv(num.rem_g) * f, fig.rem_word
    elif fig.roundable:
        bound = "round"
    else:
        bound = None
    if v < 0 and bound in _SIZE_BOUNDS and lo is None and hi is None and _sized(bound, word):
        # 零下20多度, 超零下30℃: the word bounds the size; mirror the positive reading
        pos = value(-v, g, bound, qualifier=word, readings=fig.readings)
        return pos.model_copy(
            update={
                "stated": _plain(exact(v)),
                "literal": _mirror(pos.literal),
                "conventional": _mirror(pos.conventional),
            }
        )
    return value(
        v,
        g,
        bound,
        hi=hi,
        qualifier=word,
        lo=lo,
        readings=fig.readings,
        range_end=fig.rule == "range",
        cap=None if fig.cap is None else conv(fig.cap) * f,
    )


# Bounds that are not symmetric about the figure: for a negative figure they bound its size
# (distance from zero) unless the word compares on the number line (qualifiers.toml [negative]).
_SIZE_BOUNDS = frozenset({"over", "at_least", "near", "under", "at_most", "remainder"})
_NUMBER_LINE = vocab.qualifiers().number_line


def _sized(bound: str, word: str | None) -> bool:
    """Whether ``word`` (of kind ``bound``) bounds a negative figure's size, not its value."""
    if bound == "remainder":
        return True  # 零下20多度: 多 and 余 always add to the size
    return word is not None and word not in _NUMBER_LINE and "…" not in word  # 比…低: value


def _hull(a: Interval, b: Interval) -> Interval:
    """The smallest interval holding ``a`` and ``b``."""
    if a.lower is None or b.lower is None:
        lo, lc = None, False
    elif a.lower == b.lower:
        lo, lc = a.lower, a.lower_closed or b.lower_closed
    else:
        lo, lc = (a.lower, a.lower_closed) if a.lower < b.lower else (b.lower, b.lower_closed)
    if a.upper is None or b.upper is None:
        hi, hc = None, False
    elif a.upper == b.upper:
        hi, hc = a.upper, a.upper_closed or b.upper_closed
    else:
        hi, hc = (a.upper, a.upper_closed) if a.upper > b.upper else (b.upper, b.upper_closed)
    return interval(lo, hi, lc, hc)


def _mirror(i: Interval) -> Interval:
    """``i`` reflected through zero: (a, b] -> [-b, -a)."""
    return interval(
        None if i.upper is None else -i.upper,
        None if i.lower is None else -i.lower,
        i.upper_closed,
        i.lower_closed,
    )
