"""Stage 4: the pipeline. ``extract(text, source)`` runs normalize -> numbers -> units -> claims.

Placeholder until the value-engine issue lands.
"""

from __future__ import annotations

from claims.models import Claim, Source

__all__ = ["extract"]


def extract(text: str, source: Source | None = None) -> list[Claim]:
    """Every quantitative claim of ``text``, in text order."""
    return []
