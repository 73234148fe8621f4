"""Shared by the consistency rules: their input (``CheckInput``) and ``Finding`` construction.

A rule takes one ``CheckInput`` (the claims, their source texts, each source's as-of date
and precomputed groupings) and returns ``Finding`` records. Nothing here compares claims
pairwise: groupings are dicts built in one pass, sentence lookup is a binary search.
Text windows and cue words live in ``ledger.rules._text``, values and interval arithmetic
in ``ledger.rules._intervals``; both are re-exported here, so a rule imports from one place.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from fractions import Fraction
from functools import cached_property
from typing import Any

from claims.models import Claim, Interval, Kind
from ledger.models import ClaimRef, Finding, Verdict
from ledger.rules._intervals import (
    AMOUNT_KINDS,
    EXCLUDED_KINDS,
    additive,
    cap,
    compatible,
    date_value,
    dimension,
    div,
    is_amount,
    is_bare,
    judge,
    numeric,
    physical,
    printed,
    printed_step,
    rounded,
    same_count_unit,
    sub,
    value,
    written_step,
)
from ledger.rules._physical import folded_key, folded_per
from ledger.rules._text import (
    TextIndex,
    YearMention,
    change_cue,
    clause_after,
    clause_before,
    comparison_base,
    cue_at_end,
    cue_regex,
    cues,
    total_cue,
    years_in,
)

__all__ = [
    "AMOUNT_KINDS",
    "EXCLUDED_KINDS",
    "NAMED_LIMIT",
    "NO_SOURCE",
    "CheckInput",
    "YearMention",
    "additive",
    "cap",
    "change_cue",
    "clause_after",
    "clause_before",
    "comparison_base",
    "compatible",
    "cue_at_end",
    "cue_regex",
    "cues",
    "date_value",
    "dimension",
    "div",
    "fmt",
    "fmt_iv",
    "is_amount",
    "is_bare",
    "judge",
    "make",
    "numeric",
    "physical",
    "printed",
    "printed_step",
    "quote",
    "ref",
    "rounded",
    "same_count_unit",
    "skey",
    "sub",
    "summary",
    "total_cue",
    "value",
    "written_step",
    "years_in",
]

NO_SOURCE = ""
"""The source key of claims that carry no ``source_id``."""


def skey(claim: Claim) -> str:
    """The key under which ``CheckInput`` files a claim's source text."""
    return claim.source_id or NO_SOURCE


@dataclass(frozen=True)
class CheckInput:
    """What every rule receives: claims, source texts, as-of dates and groupings.

    ``texts`` and ``published`` are keyed by source id (``""`` for claims without one).
    Groupings are computed on first use and cached.
    """

    claims: tuple[Claim, ...]
    texts: Mapping[str, str] = field(default_factory=dict)
    published: Mapping[str, date] = field(default_factory=dict)
    linked: frozenset[str] = frozenset()
    """Ids of claims whose metric group a reviewer decided (``hecha link``): their key is
    taken as given, without the text guards that protect automatic keys."""

    @cached_property
    def by_source(self) -> dict[str, list[Claim]]:
        """Claims of each source, in text order."""
        out: dict[str, list[Claim]] = defaultdict(list)
        for c in self.claims:
            out[skey(c)].append(c)
        for group in out.values():
            group.sort(key=lambda c: (c.span.start, c.span.end))
        return dict(out)

    @cached_property
    def by_metric(self) -> dict[str, list[Claim]]:
        """Numeric claims of each metric key (claims without a key are left out)."""
        out: dict[str, list[Claim]] = defaultdict(list)
        for c in self.claims:
            if c.metric_key and numeric(c):
                out[folded_key(c)].append(c)
        return dict(out)

    @cached_property
    def _indexes(self) -> dict[str, TextIndex]:
        return {k: TextIndex.build(t) for k, t in self.texts.items()}

    @cached_property
    def by_sentence(self) -> dict[tuple[str, int], list[Claim]]:
        """Claims of each (source, sentence number), in text order; only sources with text."""
        out: dict[tuple[str, int], list[Claim]] = defaultdict(list)
        for key, group in self.by_source.items():
            index = self._indexes.get(key)
            if index is None:
                continue
            for c in group:
                i, _, _ = index._block(index.sentence_ends, c.span.start)
                out[(key, i)].append(c)
        return dict(out)

    def block_at(self, key: str, pos: int, paragraph: bool = False) -> tuple[int, int, int]:
        """(number, start, end) of the sentence (or paragraph) of source ``key`` at ``pos``."""
        index = self._indexes[key]
        return index._block(index.paragraph_ends if paragraph else index.sentence_ends, pos)

    def text(self, claim: Claim) -> str | None:
        """The source text the claim's span points into, if known."""
        return self.texts.get(skey(claim))

    def as_of(self, claim: Claim) -> date | None:
        """When the claim holds: its own as-of date, else its source's publication date."""
        if claim.time is not None and claim.time.as_of is not None:
            return claim.time.as_of
        return self.published.get(skey(claim))

    def sentence(self, claim: Claim) -> tuple[int, int, int] | None:
        """(sentence number, start, end) of the sentence holding the claim's start."""
        index = self._indexes.get(skey(claim))
        if index is None:
            return None
        return index._block(index.sentence_ends, claim.span.start)

    def paragraph(self, claim: Claim) -> tuple[int, int, int] | None:
        """(paragraph number, start, end) of the paragraph holding the claim's start."""
        index = self._indexes.get(skey(claim))
        if index is None:
            return None
        return index._block(index.paragraph_ends, claim.span.start)

    def sentence_claims(self, claim: Claim) -> list[Claim]:
        """All claims of the claim's sentence, in text order (the claim included)."""
        s = self.sentence(claim)
        if s is None:
            return []
        return self.by_sentence.get((skey(claim), s[0]), [])

    @cached_property
    def _memo(self) -> dict[Any, Any]:
        return {}

    def memo(self, key: Any, compute: Callable[[CheckInput], Any]) -> Any:
        """``compute(self)``, computed once per input (shared between rules)."""
        if key not in self._memo:
            self._memo[key] = compute(self)
        return self._memo[key]

    @cached_property
    def comparable(self) -> list[list[Claim]]:
        """Groups of two or more claims with the same metric key, dimension, rate
        denominator and comparable time: the figures that must agree."""
        out: dict[tuple[Any, ...], list[Claim]] = defaultdict(list)
        for key, group in self.by_metric.items():
            for c in group:
                if c.kind in EXCLUDED_KINDS or c.kind is Kind.MULTIPLE:
                    continue
                out[(key, dimension(c), folded_per(c), self.time_key(c))].append(c)
        return [g for g in out.values() if len(g) > 1]

    def time_key(self, claim: Claim) -> tuple[Any, ...]:
        """Claims with equal time keys hold at comparable times.

        A period compares with the same period; a relative date the extractor could not
        resolve (去年 without a publication date) only with the same words in the same
        source; otherwise the as-of date (the claim's own, else its source's publication
        date); with neither, only claims of the same source.
        """
        t = claim.time
        if t is not None and (t.start is not None or t.end is not None):
            return ("period", str(t.start), str(t.end))
        if t is not None and t.as_of is None and t.text:
            return ("words", skey(claim), t.text)
        as_of = self.as_of(claim)
        if as_of is not None:
            return ("as_of", as_of)
        return ("source", skey(claim))


# ---------------------------------------------------------------- presentation


def fmt(x: Decimal | Fraction | int | None) -> str:
    """A number for messages: plain digits, a Fraction as its decimal prefixed by ≈.

    >>> fmt(Decimal("9E+4")), fmt(Fraction(1, 3)), fmt(None)
    ('90000', '≈0.3333', 'inf')
    """
    if x is None:
        return "inf"
    if isinstance(x, Fraction):
        d = Decimal(x.numerator) / Decimal(x.denominator)
        if d == d.to_integral_value():
            return format(d.to_integral_value(), "f")
        return "≈" + format(d.quantize(Decimal("0.0001")).normalize(), "f")
    d = Decimal(x)
    if d == d.to_integral_value():
        return format(d.to_integral_value(), "f")
    return format(d.normalize(), "f")


def fmt_iv(iv: Interval) -> str:
    """An interval for messages, with readable numbers."""
    lo = "-inf" if iv.lower is None else fmt(iv.lower)
    hi = "+inf" if iv.upper is None else fmt(iv.upper)
    return f"{'[' if iv.lower_closed else '('}{lo}, {hi}{']' if iv.upper_closed else ')'}"


def ref(claim: Claim) -> ClaimRef:
    """How a finding names a claim."""
    return ClaimRef(id=claim.id, text=claim.text, source_id=claim.source_id)


def make(
    rule: str,
    verdict: Verdict,
    involved: Iterable[Claim],
    message: str,
    *,
    arithmetic: str = "",
    stated: Interval | None = None,
    expected: Interval | None = None,
    tolerance: str | None = None,
    reason: str | None = None,
) -> Finding:
    """A finding of ``rule`` naming ``involved`` claims (once each, in order)."""
    seen: dict[str, Claim] = {}
    for c in involved:
        seen.setdefault(c.id, c)
    return Finding(
        rule=rule,
        verdict=verdict,
        claims=tuple(ref(c) for c in seen.values()),
        stated=stated,
        expected=expected,
        tolerance=tolerance,
        arithmetic=arithmetic,
        message=message,
        reason=reason,
    )


NAMED_LIMIT = 20
"""How many claims a summary finding (plausibility, units) names; it counts the rest."""


def summary(rule: str, passed: Sequence[Claim], message: str, arithmetic: str) -> Finding:
    """A consistent finding over many claims, bounded: it names the first ``NAMED_LIMIT``
    claims and says how many there are, so a big ledger gets a small finding.

    >>> from claims.models import Span, Value
    >>> cs = [Claim(id=f"c{i}", kind=Kind.COUNT, text=f"{i:02}个", span=Span(start=0, end=3),
    ...             value=Value.exactly(i)) for i in range(25)]
    >>> f = summary("units", cs, "25 figures agree", "25 claims")
    >>> len(f.claims), f.arithmetic
    (20, '25 claims (the first 20 named)')
    """
    named = passed[:NAMED_LIMIT]
    if len(passed) > len(named):
        arithmetic += f" (the first {len(named)} named)"
    return make(rule, Verdict.CONSISTENT, named, message, arithmetic=arithmetic)


def quote(claims: Sequence[Claim]) -> str:
    """The claims' surfaces quoted for a message: 「超9万个」 and 「十余万」."""
    return " and ".join(f"「{c.text}」" for c in claims)
