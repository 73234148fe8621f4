"""Stage: attribution. Fills subject, metric, counted, per, time and sentence of each claim.

Placeholder until the claims-in-context issue: returns the claims unchanged.
"""

from __future__ import annotations

from claims.models import Claim, Source

__all__ = ["attribute"]


def attribute(text: str, found: list[Claim], source: Source | None) -> list[Claim]:
    """Return ``found`` with context fields filled in; values and spans never change."""
    return found
