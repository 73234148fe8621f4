"""Hand-made claims for rule tests: a text, and claims placed on it by their surface.

``doc(text, published=...)`` returns a ``Doc``; ``d.add(surface, stated, kind=..., ...)``
places a claim on the first (or ``nth``) occurrence of ``surface`` and returns it; intervals
are written as in the docs, ``iv("(90000, +inf)")``; a bare figure printed at granularity
``g`` > 1 gets the rounding interval [v - g/2, v + g/2) as DESIGN.md section 4 says.
``d.run(rule)`` runs one rule on the document and returns its findings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from claims.models import Claim, DateValue, Interval, Kind, Span, TimeRef, Value, exact
from ledger.models import Finding, Verdict
from ledger.rules import CheckInput


def iv(s: str) -> Interval:
    """An interval from its printed form: "[1, 2)", "(90000, +inf)".

    >>> str(iv("(90000, +inf)"))
    '(90000, +inf)'
    """
    s = s.strip()
    lo, hi = (p.strip() for p in s[1:-1].split(","))
    return Interval(
        lower=None if lo == "-inf" else exact(lo),
        upper=None if hi == "+inf" else exact(hi),
        lower_closed=s[0] == "[",
        upper_closed=s[-1] == "]",
    )


class Doc:
    """A source text and claims placed on it."""

    def __init__(self, text: str, published: str | None, source_id: str) -> None:
        self.text, self.source_id = text, source_id
        self.published = date.fromisoformat(published) if published else None
        self.claims: list[Claim] = []

    def add(
        self,
        surface: str,
        stated: Any,
        *,
        kind: str = "count",
        lit: str | None = None,
        conv: str | None = None,
        g: Any = 1,
        qualifier: str | None = None,
        nth: int = 0,
        **fields: Any,
    ) -> Claim:
        """Place a numeric claim on the ``nth`` occurrence of ``surface``."""
        v = exact(str(stated))
        if lit is None:
            half = exact(str(g)) / 2 if Decimal(str(g)) > 1 else 0
            literal = (
                Interval.point(v)
                if not half
                else Interval.make(exact(v - half), exact(v + half), True, False)
            )
        else:
            literal = iv(lit)
        value = Value(
            stated=v,
            granularity=exact(str(g)),
            qualifier=qualifier,
            approximate=False,
            literal=literal,
            conventional=iv(conv) if conv else literal,
        )
        return self._place(surface, Kind(kind), value, nth, fields)

    def add_date(self, surface: str, start: date, end: date, nth: int = 0) -> Claim:
        """Place a date claim (precision day) on ``surface``."""
        return self._place(
            surface, Kind.DATE, DateValue(start=start, end=end, precision="day"), nth, {}
        )

    def _place(
        self, surface: str, kind: Kind, value: Any, nth: int, fields: dict[str, Any]
    ) -> Claim:
        pos = -1
        for _ in range(nth + 1):
            pos = self.text.index(surface, pos + 1)
        span = Span(start=pos, end=pos + len(surface))
        if "key" in fields:
            fields["metric_key"] = fields.pop("key")
        if "as_of" in fields:
            fields["time"] = TimeRef(as_of=fields.pop("as_of"), basis="explicit")
        c = Claim(
            id=f"c{len(self.claims)}-{pos}",
            kind=kind,
            text=surface,
            span=span,
            value=value,
            source_id=self.source_id,
            **fields,
        )
        self.claims.append(c)
        return c

    def input(self) -> CheckInput:
        """The rules' input for this document."""
        return CheckInput(
            claims=tuple(self.claims),
            texts={self.source_id: self.text},
            published={self.source_id: self.published} if self.published else {},
        )

    def run(self, rule: Callable[[CheckInput], Iterable[Finding]]) -> list[Finding]:
        """Run one rule over this document."""
        return list(rule(self.input()))


@pytest.fixture
def doc() -> Callable[..., Doc]:
    """Factory: ``doc(text, published="2024-09-03", source_id="doc")``."""

    def make(text: str, published: str | None = "2024-09-03", source_id: str = "doc") -> Doc:
        return Doc(text, published, source_id)

    return make


def verdicts(findings: Iterable[Finding]) -> list[str]:
    """The verdicts of findings, as strings, in order."""
    return [f.verdict.value for f in findings]


__all__ = ["Doc", "Verdict", "iv", "verdicts"]
