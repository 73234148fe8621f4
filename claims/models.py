"""Records: the typed output of extraction (Source, Span, Interval, Value, DateValue, Claim).

Every model is a frozen Pydantic v2 model that forbids extra fields and round-trips
losslessly through JSON. Figures are exact: ``Decimal``, or ``Fraction`` where a
decimal would not terminate (三分之一). Never float.

The record base and exact numbers live in claims/_record.py, ``Interval`` in
claims/_interval.py; this module re-exports them, so every record is importable from here.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, Literal

from pydantic import Field, model_validator

from claims._interval import Interval as Interval
from claims._record import Exact as Exact
from claims._record import Record as Record
from claims._record import exact as exact

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
