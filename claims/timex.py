"""Stage: time expressions. Finds the dates a text asserts (2001年, 2022年初, 9月3日) as spans.

Placeholder until the claims-in-context issue: finds nothing yet.
"""

from __future__ import annotations

from claims.models import DateValue, Span

__all__ = ["DateMention", "find_dates"]

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression: its span in the source text, its value, and the rule that found it."""

    span: Span
    value: DateValue
    rule: str


def find_dates(text: str) -> list[DateMention]:
    """Every date expression in ``text``, in order, non-overlapping."""
    return []
