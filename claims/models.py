"""Records: the typed output of extraction (Source, Span, Interval, Value, DateValue, Claim).

Every model is a frozen Pydantic v2 model that forbids extra fields and round-trips
losslessly through JSON. Figures are exact: ``Decimal``, or ``Fraction`` where a
decimal would not terminate (三分之一). Never float.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    WithJsonSchema,
    model_validator,
)

__all__ = [
    "Claim",
    "DateValue",
    "Exact",
    "Interval",
    "Kind",
    "Record",
    "Source",
    "SourceDocument",
    "Span",
    "TimeRef",
    "Value",
    "exact",
]

EXTRACTOR_VERSION = "0.1.0"


def exact(x: Any) -> Decimal | Fraction:
    """Return ``x`` as an exact number: ``Decimal``, or ``Fraction`` if it does not terminate.

    Floats are refused: they are never exact enough to be a stated figure.

    >>> exact("16812"), exact("1/5"), exact("1/3"), exact(Fraction(3, 4))
    (Decimal('16812'), Decimal('0.2'), Fraction(1, 3), Decimal('0.75'))
    >>> exact(0.1)
    Traceback (most recent call last):
    TypeError: floats are not exact; pass a str, int, Decimal or Fraction (got 0.1)
    """
    if isinstance(x, bool):
        raise TypeError(f"not a number: {x!r}")
    if isinstance(x, float):
        raise TypeError(f"floats are not exact; pass a str, int, Decimal or Fraction (got {x!r})")
    if isinstance(x, Decimal):
        if not x.is_finite():
            raise ValueError(f"not a finite number: {x!r}")
        return x
    if isinstance(x, int):
        return Decimal(x)
    if isinstance(x, str):
        s = x.strip()
        try:  # Decimal and Fraction raise ArithmeticError, which pydantic would not catch
            if "/" in s:
                return _from_fraction(Fraction(s))
            d = Decimal(s)
        except ArithmeticError:
            raise ValueError(f"not a number: {x!r}") from None
        if not d.is_finite():
            raise ValueError(f"not a finite number: {x!r}")
        return d
    if isinstance(x, Fraction):
        return _from_fraction(x)
    raise TypeError(f"not an exact number: {x!r}")


def _from_fraction(f: Fraction) -> Decimal | Fraction:
    """A fraction whose denominator has only the factors 2 and 5 becomes a Decimal."""
    d = f.denominator
    twos = fives = 0
    while d % 2 == 0:
        d //= 2
        twos += 1
    while d % 5 == 0:
        d //= 5
        fives += 1
    if d != 1:
        return f
    scale = max(twos, fives)
    return Decimal(f.numerator * (10**scale) // f.denominator).scaleb(-scale)


def _dump_exact(x: Decimal | Fraction) -> str:
    if isinstance(x, Fraction):
        return f"{x.numerator}/{x.denominator}"
    return str(x)


def _exact_field(x: Any) -> Decimal | Fraction:
    """``exact`` for pydantic, which turns only ValueError into a ValidationError."""
    try:
        return exact(x)
    except TypeError as exc:
        raise ValueError(str(exc)) from None


Exact = Annotated[
    Decimal | Fraction,
    BeforeValidator(_exact_field),
    PlainSerializer(_dump_exact, return_type=str),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": r"^-?(\d+(\.\d+)?([eE][-+]?\d+)?|\d+/\d+)$",
            "description": "an exact number: a decimal string, or numerator/denominator",
        }
    ),
]
"""An exact number, serialised as a string ("90000", "0.5", "1/3")."""


class Record(BaseModel):
    """Base of every hecha record: frozen, no extra fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Kind(StrEnum):
    """What sort of figure a claim states."""

    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"
    PERCENTAGE_POINT = "percentage_point"
    FRACTION = "fraction"
    MEASURE = "measure"
    RATE = "rate"
    DURATION = "duration"
    DATE = "date"
    ORDINAL = "ordinal"
    MULTIPLE = "multiple"


class Span(Record):
    """Half-open ``[start, end)`` offsets in code points of the original source text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before start {self.start}")
        return self

    def slice(self, text: str) -> str:
        """The text this span covers.

        >>> Span(start=2, end=4).slice("账号超9万个")
        '超9'
        """
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start


def _lt(a: Decimal | Fraction, b: Decimal | Fraction) -> bool:
    return Fraction(a) < Fraction(b)


class Interval(Record):
    """A set of numbers between two bounds; ``None`` is an unbounded side.

    >>> Interval.point("5").contains(5)
    True
    >>> Interval(lower="90000", lower_closed=False).contains(90000)
    False
    >>> str(Interval(lower="100000", upper="200000", lower_closed=False, upper_closed=False))
    '(100000, 200000)'
    """

    lower: Exact | None = None
    upper: Exact | None = None
    lower_closed: bool = True
    upper_closed: bool = True

    @model_validator(mode="after")
    def _valid(self) -> Interval:
        if self.lower is not None and self.upper is not None:
            if _lt(self.upper, self.lower):
                raise ValueError(f"interval lower {self.lower} is above upper {self.upper}")
            if self.lower == self.upper and not (self.lower_closed and self.upper_closed):
                raise ValueError(f"empty interval at {self.lower}: a point must be closed")
        if self.lower is None and self.lower_closed:
            object.__setattr__(self, "lower_closed", False)
        if self.upper is None and self.upper_closed:
            object.__setattr__(self, "upper_closed", False)
        return self

    @classmethod
    def point(cls, x: Any) -> Interval:
        """The single number ``x``."""
        return cls(lower=x, upper=x)

    @classmethod
    def make(
        cls,
        lower: Any,
        upper: Any,
        lower_closed: bool = True,
        upper_closed: bool = True,
    ) -> Interval:
        """An interval from bounds given as str/int/Decimal/Fraction/None."""
        return cls(lower=lower, upper=upper, lower_closed=lower_closed, upper_closed=upper_closed)

    def contains(self, x: Any) -> bool:
        """Whether the number ``x`` lies inside."""
        v = Fraction(exact(x))
        if self.lower is not None:
            lo = Fraction(self.lower)
            if v < lo or (v == lo and not self.lower_closed):
                return False
        if self.upper is not None:
            hi = Fraction(self.upper)
            if v > hi or (v == hi and not self.upper_closed):
                return False
        return True

    def overlaps(self, other: Interval) -> bool:
        """Whether some number lies in both intervals."""
        return self.intersect(other) is not None

    def intersect(self, other: Interval) -> Interval | None:
        """The common part, or ``None`` when the intervals are disjoint."""
        lo, lo_c = _max_lower((self.lower, self.lower_closed), (other.lower, other.lower_closed))
        hi, hi_c = _min_upper((self.upper, self.upper_closed), (other.upper, other.upper_closed))
        if lo is not None and hi is not None:
            if _lt(hi, lo):
                return None
            if lo == hi and not (lo_c and hi_c):
                return None
        return Interval(lower=lo, upper=hi, lower_closed=lo_c, upper_closed=hi_c)

    def __add__(self, other: Interval) -> Interval:
        lo = None if self.lower is None or other.lower is None else exact(
            Fraction(self.lower) + Fraction(other.lower)
        )
        hi = None if self.upper is None or other.upper is None else exact(
            Fraction(self.upper) + Fraction(other.upper)
        )
        return Interval(
            lower=lo,
            upper=hi,
            lower_closed=self.lower_closed and other.lower_closed,
            upper_closed=self.upper_closed and other.upper_closed,
        )

    def scale(self, k: Any) -> Interval:
        """Every number multiplied by ``k`` (any sign)."""
        f = Fraction(exact(k))
        lo = None if self.lower is None else exact(Fraction(self.lower) * f)
        hi = None if self.upper is None else exact(Fraction(self.upper) * f)
        if f >= 0:
            return Interval(
                lower=lo, upper=hi, lower_closed=self.lower_closed, upper_closed=self.upper_closed
            )
        return Interval(
            lower=hi, upper=lo, lower_closed=self.upper_closed, upper_closed=self.lower_closed
        )

    def width(self) -> Fraction | None:
        """upper - lower, or ``None`` when unbounded."""
        if self.lower is None or self.upper is None:
            return None
        return Fraction(self.upper) - Fraction(self.lower)

    def __str__(self) -> str:
        lo = "-inf" if self.lower is None else _dump_exact(self.lower)
        hi = "+inf" if self.upper is None else _dump_exact(self.upper)
        return f"{'[' if self.lower_closed else '('}{lo}, {hi}{']' if self.upper_closed else ')'}"


Bound = tuple[Decimal | Fraction | None, bool]


def _max_lower(a: Bound, b: Bound) -> Bound:
    if a[0] is None:
        return b
    if b[0] is None:
        return a
    if a[0] == b[0]:
        return (a[0], a[1] and b[1])
    return a if _lt(b[0], a[0]) else b


def _min_upper(a: Bound, b: Bound) -> Bound:
    if a[0] is None:
        return b
    if b[0] is None:
        return a
    if a[0] == b[0]:
        return (a[0], a[1] and b[1])
    return a if _lt(a[0], b[0]) else b


class Value(Record):
    """A figure as stated and what the words commit to (DESIGN.md section 4).

    ``stated`` is the figure as written, scaled (9万 -> 90000); for a range (3至5) it is
    the first figure and ``stated_end`` the second. ``granularity`` is the place value
    of the last significant digit as written (35亿 -> 1亿, 1.5万 -> 1000). ``literal`` is
    what the words strictly commit to; ``conventional`` is the usual reading in news prose.
    ``readings`` holds alternative literal intervals where the words are ambiguous
    (增长2倍: x2 or x3).
    """

    stated: Exact
    stated_end: Exact | None = None
    granularity: Exact = Decimal(1)
    qualifier: str | None = None
    approximate: bool = False
    literal: Interval
    conventional: Interval
    readings: tuple[Interval, ...] = ()

    @classmethod
    def exactly(cls, x: Any, granularity: Any = 1) -> Value:
        """A bare exact figure: literal and conventional are the point ``x``."""
        p = Interval.point(x)
        return cls(stated=x, granularity=granularity, literal=p, conventional=p)


DatePoint = date | str


class DateValue(Record):
    """A date or period the text asserts: 2001年 -> 2001-01-01 .. 2001-12-31, precision year.

    ``start`` and ``end`` are ``datetime.date`` when the text fixes the year, or ISO
    strings for partial dates ("--09-03" for 9月3日 without a year). ``precision`` says
    how much the words fix: century, decade, year, half, quarter, month, xun (ten days),
    day, minute.
    """

    start: DatePoint
    end: DatePoint
    precision: str
    qualifier: str | None = None


class TimeRef(Record):
    """When a claim holds: a period and/or an as-of date, and where that came from.

    ``basis`` is ``explicit`` (a date in the claim's own sentence), ``inherited`` (a date
    named earlier, as for 当年), ``publication`` (the source's publication time), or
    ``unknown``.
    """

    as_of: date | None = None
    start: date | str | None = None
    end: date | str | None = None
    basis: Literal["explicit", "inherited", "publication", "unknown"] = "unknown"
    text: str | None = None
    span: Span | None = None


class Source(Record):
    """A document claims come from. ``published`` is the default as-of time of its claims."""

    id: str = Field(min_length=1)
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: datetime | None = None
    retrieved: datetime | date | None = None
    language: str = "zh"
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")

    @model_validator(mode="after")
    def _aware(self) -> Source:
        if self.published is not None and self.published.tzinfo is None:
            raise ValueError("published must carry a time zone (e.g. +08:00)")
        return self

    @classmethod
    def from_text(cls, text: str, **meta: Any) -> Source:
        """A source record for ``text``; the id defaults to the first 16 hex digits of its hash."""
        digest = sha256_text(text)
        meta.setdefault("id", digest[:16])
        return cls(sha256=digest, **meta)


SourceDocument = Source


def sha256_text(text: str) -> str:
    """Hex sha256 of the UTF-8 bytes of ``text``."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def claim_id(source_sha256: str, span: Span) -> str:
    """A stable claim id from the source's hash and the claim's span.

    >>> claim_id("0" * 64, Span(start=3, end=7))
    'c-97e938cf314e27a7'
    """
    raw = f"{source_sha256}:{span.start}:{span.end}".encode("ascii")
    return "c-" + hashlib.sha256(raw).hexdigest()[:16]


ClaimIds = Callable[[int, int], str]
"""``claim_id`` of one source, from a span's start and end."""


def claim_ids(source_sha256: str) -> ClaimIds:
    """``claim_id`` for the spans of one source: the hash of the part they share (the source's
    hash) is taken once, each id only adds its offsets.

    >>> claim_ids("0" * 64)(3, 7) == claim_id("0" * 64, Span(start=3, end=7))
    True
    """
    head = hashlib.sha256(f"{source_sha256}:".encode("ascii"))
    copy = head.copy

    def make(start: int, end: int) -> str:
        h = copy()
        h.update(b"%d:%d" % (start, end))
        return "c-" + h.hexdigest()[:16]

    return make


class Claim(Record):
    """One quantitative claim: what the figure is, what it is about, when, and where it stands."""

    id: str
    kind: Kind
    text: str
    span: Span
    value: Value | DateValue
    unit: str | None = None
    per: str | None = None
    counted: str | None = None
    subject: str | None = None
    metric: str | None = None
    metric_key: str | None = None
    time: TimeRef | None = None
    sentence: Span | None = None
    source_id: str | None = None
    extractor_version: str = EXTRACTOR_VERSION
    rule: str = ""
    flags: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _consistent(self) -> Claim:
        if len(self.text) != self.span.end - self.span.start:
            raise ValueError(
                f"claim text {self.text!r} has {len(self.text)} characters "
                f"but its span [{self.span.start}, {self.span.end}) has {len(self.span)}"
            )
        if (self.kind is Kind.DATE) != isinstance(self.value, DateValue):
            raise ValueError(f"kind {self.kind} does not fit a {type(self.value).__name__}")
        return self
