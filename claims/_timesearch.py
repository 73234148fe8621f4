"""The searches and records every claim's time asks for (private to ``claims._completion`` and
``claims.timex``): the time-word tables compiled once into stdlib searches (目前, 当年, 春运首日),
and a ``TimeRef`` made from already-valid parts.

Split from _completion.py so that each module stays under 400 lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import cache
from typing import NamedTuple

from claims._prefilter import _any_word
from claims.bounds import construct
from claims.models import DatePoint, Span, TimeRef
from claims.vocab import time_words

__all__ = ["closes_between", "is_clock", "since_now", "time_word_search"]


class _Words(NamedTuple):
    """``has_any(s, words)`` for the time words every claim asks about: each table compiled
    once into a stdlib search (has_any looks its pattern up on every call)."""

    present: Callable[..., re.Match[str] | None]  # 目前, 现在
    back_reference: Callable[..., re.Match[str] | None]  # 当年, 同年
    period: Callable[..., re.Match[str] | None]  # 春运首日


@cache
def time_word_search() -> _Words:
    """The searches of ``_Words``, compiled once (``has_any``'s patterns, bound)."""
    tw = time_words()
    return _Words(
        _any_word(tw.present_words).search,
        _any_word(tw.back_reference).search,
        _any_word(tw.period_words).search,
    )


def _time_ref(
    *,
    as_of: date | None = None,
    start: DatePoint | None = None,
    end: DatePoint | None = None,
    basis: str = "unknown",
    text: str | None = None,
    span: Span | None = None,
) -> TimeRef:
    """A ``TimeRef`` from already-valid parts, without re-validation (one per claim)."""
    return construct(
        TimeRef,
        {"as_of": as_of, "start": start, "end": end, "basis": basis, "text": text, "span": span},
    )


@cache
def since_now() -> tuple[str, ...]:
    """The since markers that are present words too (至今): after a date they start its period
    (11月20日至今), they do not put the figure at the publication date."""
    tw = time_words()
    return tuple(w for w in tw.since_markers if w in tw.present_words)


def is_clock(point: DatePoint) -> bool:
    """Whether a date point is a time of day alone (``T08``): no str() of a date per figure."""
    return isinstance(point, str) and point.startswith("T")


def closes_between(text: str, start: int, end: int) -> bool:
    """Whether a closing bracket stands in ``text[start:end]``: the cheap test of
    ``timex.Timeline._in_aside`` (most figures have none)."""
    return text.find("）", start, end) >= 0 or text.find(")", start, end) >= 0
