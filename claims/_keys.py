"""The key rules compare claims by, and its dimension (private to ``claims.context``, which
re-exports ``metric_key``). Takes a claim's subject, metric, per, kind and unit; returns the
normalised ``subject|measure|per|dimension`` string.

Split from context.py so that each module stays under 400 lines. Both functions are cached:
a text's claims share few subjects, metrics and units (and pint's dimensionality is slow to
ask).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from claims._clause import _KEY_TRIM
from claims._clause_words import _patterns
from claims.models import Kind

__all__ = ["metric_key"]

_CURRENCY_CODE = regex.compile(r"[A-Z]{3}")  # ISO 4217: CNY, USD


@lru_cache(maxsize=4096)
def _dimension(kind: Kind, unit: str | None) -> str:
    """The key's dimension: count, money:CNY, percent, a pint dimension, date, duration, ...

    Cached: a text repeats a few units many times, and pint's dimensionality is slow to ask.
    """
    if kind in (Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.RATE):
        if unit is None:
            return "count" if kind is not Kind.MONEY else "money:?"
        try:
            from claims import units

            return str(units.dimension(unit))
        except Exception:  # the unit stage is optional here: fall back to the unit itself
            if _CURRENCY_CODE.fullmatch(unit):
                return f"money:{unit}"
            return "count" if kind is Kind.COUNT else f"unit:{unit}"
    return kind.value


def metric_key(
    subject: str | None,
    metric: str | None,
    per: str | None,
    dimension: str,
    *,
    counted: str | None = None,
    change: bool = False,
) -> str:
    """The normalised key rules compare claims by: ``subject|measure|per|dimension``.

    ``subject`` is ``?`` when unknown (rules must not compare on it); ``measure`` is ``*``
    when the figure counts the subject itself; ``~change`` marks a change of the metric.

    >>> metric_key("政务微博", "账号", None, "count")
    '政务微博|*|-|count'
    >>> metric_key("#丰收的尉犁#", "话题阅读量", None, "count")
    '丰收的尉犁|话题阅读|-|count'
    >>> metric_key(None, "日均发博", "day", "count")
    '?|发博|day|count'
    """
    return _key(subject, metric, per, dimension, counted, change)


@lru_cache(maxsize=8192)
def _key(
    subject: str | None,
    metric: str | None,
    per: str | None,
    dimension: str,
    counted: str | None,
    change: bool,
) -> str:
    """``metric_key``, cached: a text's claims share few subjects and metrics."""
    p = _patterns()
    w = p.words
    subj = _KEY_TRIM.sub("", subject or "") or "?"
    measure = _KEY_TRIM.sub("", p.rates.sub("", metric or ""))
    if measure in w.generic_heads:
        measure = ""
    for suffix in w.count_suffixes:
        if measure.endswith(suffix) and len(measure) > len(suffix):
            measure = measure[: -len(suffix)]
            break
    if counted and counted not in measure and counted != subj:
        measure += _KEY_TRIM.sub("", counted)
    measure = measure or "*"
    if change:
        measure += "~change"
    return f"{subj}|{measure}|{per or '-'}|{dimension}"
