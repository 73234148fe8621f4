"""Helpers of the date tests: extraction as of a publication day (10:00 Beijing time) and the
date claims of a text as ISO strings."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import claims
from claims.models import Kind, Source

CST = timezone(timedelta(hours=8))


def claims_on(text: str, published: date | None = None) -> list[claims.Claim]:
    """The claims of ``text``, published on ``published`` (10:00 Beijing time) if given."""
    if published is None:
        return claims.extract(text)
    src = Source.from_text(text, published=datetime(*published.timetuple()[:3], 10, tzinfo=CST))
    return claims.extract(text, src)


def date_rows(text: str, published: date | None = None) -> list[tuple[str, str, str]]:
    """The date claims of ``text``: (text, start, end), ISO strings."""

    def iso(x: object) -> str:
        return x.isoformat() if isinstance(x, date) else str(x)

    return [
        (c.text, iso(c.value.start), iso(c.value.end))  # type: ignore[union-attr]
        for c in claims_on(text, published)
        if c.kind is Kind.DATE
    ]
