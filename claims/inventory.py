"""The coverage inventory: every numeral in a text is in a claim or set aside with a reason.

Placeholder until the claims-in-context issue: sets nothing aside yet.
"""

from __future__ import annotations

from claims.models import Record, Span

__all__ = ["SetAside", "set_asides"]


class SetAside(Record):
    """A stretch of text whose numerals are deliberately not claims, and why."""

    span: Span
    text: str
    reason: str


def set_asides(text: str) -> list[SetAside]:
    """Regions of ``text`` whose numerals are not claims (datelines, names, idioms, ...)."""
    return []
