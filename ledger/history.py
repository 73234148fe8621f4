"""The verification history: building hash-chained events, checking a chain, assessing evidence.

``next_event`` takes the previous hash and what a reviewer said and returns the sealed
``VerificationEvent``; ``next_link`` and ``next_seal`` do the same for a reviewer's
``Link`` and a document's ``DocumentSeal`` (entries of the same chain); ``check_chain``
takes the chain's entries in order (and the stored head, and a check of each document
against its seal) and returns a ``HistoryReport`` naming the first bad entry and its
kind; ``assess`` says whether an evidence value lies inside a claim's conventional and
literal intervals.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from fractions import Fraction
from typing import Any, NamedTuple

from claims.models import Claim, Interval, Value, exact
from ledger.errors import UnknownStatusError
from ledger.models import (
    GENESIS_HASH,
    Assessment,
    DocumentSeal,
    EntryKind,
    Evidence,
    HistoryReport,
    Link,
    Status,
    VerificationEvent,
)

__all__ = [
    "DocumentCheck",
    "Entry",
    "Mismatch",
    "assess",
    "check_chain",
    "kind_of",
    "next_event",
    "next_link",
    "next_seal",
    "parse_status",
]

Entry = VerificationEvent | Link | DocumentSeal
"""An entry of the hash chain: a verification event, a reviewer's link or a document seal."""

_ORDER = {Assessment.OUTSIDE: 0, Assessment.LITERAL_ONLY: 1, Assessment.INSIDE: 2}


def parse_status(status: Status | str) -> Status:
    """A ``Status`` from its name, or ``UnknownStatusError``.

    >>> parse_status("supported")
    <Status.SUPPORTED: 'supported'>
    >>> parse_status("true")
    Traceback (most recent call last):
    ledger.errors.UnknownStatusError: unknown status 'true'; expected one of: unverified, \
supported, partly_supported, refuted, unverifiable, disputed
    """
    try:
        return Status(status)
    except ValueError:
        raise UnknownStatusError(status, [s.value for s in Status]) from None


def _subset(inner: Interval, outer: Interval) -> bool:
    """Whether every number of ``inner`` lies in ``outer``."""
    if outer.lower is not None:
        if inner.lower is None:
            return False
        lo_i, lo_o = Fraction(inner.lower), Fraction(outer.lower)
        if lo_i < lo_o or (lo_i == lo_o and inner.lower_closed and not outer.lower_closed):
            return False
    if outer.upper is not None:
        if inner.upper is None:
            return False
        hi_i, hi_o = Fraction(inner.upper), Fraction(outer.upper)
        if hi_i > hi_o or (hi_i == hi_o and inner.upper_closed and not outer.upper_closed):
            return False
    return True


def assess(claim: Claim, value: Value | Any) -> Assessment | None:
    """Where an evidence value lies against the claim: inside, literal_only or outside.

    ``value`` is a ``Value`` (its literal interval is what the evidence commits to) or a
    plain exact number. Date claims have no numeric interval: ``None``.

    >>> from claims.models import Claim, Interval, Kind, Span, Value
    >>> v = Value(stated="90000", granularity="10000", qualifier="超",
    ...           literal=Interval.make("90000", None, False, False),
    ...           conventional=Interval.make("90000", "100000", False, False))
    >>> c = Claim(id="c-1", kind=Kind.COUNT, text="超9万个", span=Span(start=0, end=4), value=v)
    >>> assess(c, 94000).value, assess(c, "120000").value, assess(c, 90000).value
    ('inside', 'literal_only', 'outside')
    """
    if not isinstance(claim.value, Value):
        return None
    evidence = value.literal if isinstance(value, Value) else Interval.point(exact(value))
    if _subset(evidence, claim.value.conventional) and _subset(evidence, claim.value.literal):
        return Assessment.INSIDE
    if _subset(evidence, claim.value.literal):
        return Assessment.LITERAL_ONLY
    return Assessment.OUTSIDE


def assess_evidence(claim: Claim, evidence: Sequence[Evidence]) -> Assessment | None:
    """The worst assessment over the evidence items that carry a value (``None`` if none do)."""
    found = [assess(claim, e.value) for e in evidence if e.value is not None]
    known = [a for a in found if a is not None]
    return min(known, key=_ORDER.__getitem__) if known else None


def next_event(
    prev_hash: str,
    seq: int,
    claim_id: str,
    status: Status,
    evidence: tuple[Evidence, ...],
    assessment: Assessment | None,
    reviewer: str | None,
    note: str | None,
    at: datetime,
) -> VerificationEvent:
    """The event that follows ``prev_hash``, with its own hash computed."""
    draft = VerificationEvent(
        seq=seq,
        claim_id=claim_id,
        status=status,
        evidence=evidence,
        assessment=assessment,
        reviewer=reviewer,
        note=note,
        timestamp=at,
        prev_hash=prev_hash,
        hash=GENESIS_HASH,
    )
    return draft.model_copy(update={"hash": draft.compute_hash()})


def next_link(
    prev_hash: str,
    seq: int,
    a: str,
    b: str,
    same: bool,
    reviewer: str | None,
    note: str | None,
    at: datetime,
) -> Link:
    """The link that follows ``prev_hash`` in the chain, with its own hash computed."""
    draft = Link(
        seq=seq, a=a, b=b, same=same, reviewer=reviewer, note=note, at=at,
        prev_hash=prev_hash, hash=GENESIS_HASH,
    )  # fmt: skip
    return draft.model_copy(update={"hash": draft.compute_hash()})


def next_seal(
    prev_hash: str,
    seq: int,
    source_id: str,
    source: str,
    claims: dict[str, str],
    at: datetime | None,
) -> DocumentSeal:
    """The document seal that follows ``prev_hash`` in the chain, with its own hash computed."""
    draft = DocumentSeal(
        seq=seq, source_id=source_id, source=source, claims=claims, at=at,
        prev_hash=prev_hash, hash=GENESIS_HASH,
    )  # fmt: skip
    return draft.model_copy(update={"hash": draft.compute_hash()})


class Mismatch(NamedTuple):
    """What a document check found wrong with a sealed document, and the claim it names."""

    problem: str
    claim_id: str | None = None


DocumentCheck = Callable[[DocumentSeal], Mismatch | None]
"""Recomputes a sealed document's digests from what is stored; ``None`` when they match."""


def check_chain(
    events: Iterable[Entry | Exception],
    head: tuple[int, str] | None,
    check_document: DocumentCheck | None = None,
) -> HistoryReport:
    """Check that entries 1..n (events, links and document seals, by seq) chain by hash and
    end at the stored ``head`` (seq, hash).

    An item may be an exception standing for an entry that could not even be read; it
    is reported as that entry's problem. ``check_document``, when given, is called on each
    seal whose own hash holds, to compare the stored document with it.
    """
    prev, expected, last_hash = GENESIS_HASH, 1, None
    prev_kind: EntryKind = "event"
    head_matches = False  # whether the entry the head names has the head's hash
    claims = 0
    for item in events:
        if isinstance(item, Exception):
            kind = getattr(item, "kind", None)
            return _bad(expected - 1, expected, str(item), last_hash, kind)
        ev = item
        kind = kind_of(ev)
        if ev.seq != expected:
            problem = (
                f"entry {expected} is missing (the next is {kind} {ev.seq})"
                if ev.seq > expected
                else f"{kind} {ev.seq} is out of order (expected entry {expected})"
            )
            return _bad(expected - 1, expected, problem, last_hash, None)
        if ev.prev_hash != prev:
            return _bad(
                expected - 1,
                ev.seq,
                f"prev_hash {ev.prev_hash[:12]}… does not match {prev_kind} {ev.seq - 1}'s "
                f"hash {prev[:12]}… (an entry before it was edited, inserted or deleted)",
                last_hash,
                kind,
            )
        actual = ev.compute_hash()
        if actual != ev.hash:
            return _bad(
                expected - 1,
                ev.seq,
                f"content does not match its hash (stored {ev.hash[:12]}…, "
                f"recomputed {actual[:12]}…): the {kind} was edited",
                last_hash,
                kind,
            )
        if isinstance(ev, DocumentSeal) and check_document is not None:
            mismatch = check_document(ev)
            if mismatch is not None:
                return _bad(
                    expected - 1, ev.seq, mismatch.problem, last_hash, kind,
                    source=ev.source_id, claim=mismatch.claim_id, claims=claims,
                )  # fmt: skip
            claims += len(ev.claims)
        if head is not None and ev.seq == head[0]:
            head_matches = ev.hash == head[1]
        prev, last_hash, expected, prev_kind = ev.hash, ev.hash, expected + 1, kind
    count = expected - 1
    if head is None:
        if count:
            return _bad(count, count, "the ledger has chain entries but no stored head",
                        last_hash, prev_kind, claims=claims)  # fmt: skip
    elif head != (count, prev):
        seq, digest = head
        # the first bad entry: the first one missing, the first one past a matching head,
        # or the entry the head names when its hash differs
        first_bad = count + 1 if seq > count else seq + 1 if head_matches else seq
        return _bad(
            count,
            first_bad,
            f"the stored head names entry {seq} ({digest[:12]}…) but the chain ends at "
            f"{prev_kind} {count} ({prev[:12]}…): entries at the end were deleted or added",
            last_hash,
            prev_kind if first_bad == count else None,
            claims=claims,
        )
    return HistoryReport(ok=True, events_checked=count, head=last_hash, claims_checked=claims)


def kind_of(entry: Entry) -> EntryKind:
    """What a chain entry is: ``event``, ``link`` or ``document``."""
    if isinstance(entry, Link):
        return "link"
    return "document" if isinstance(entry, DocumentSeal) else "event"


def _bad(
    checked: int,
    seq: int | None,
    problem: str,
    head: str | None,
    kind: EntryKind | None,
    *,
    source: str | None = None,
    claim: str | None = None,
    claims: int = 0,
) -> HistoryReport:
    return HistoryReport(
        ok=False, events_checked=checked, head=head, first_bad_seq=seq, first_bad_kind=kind,
        first_bad_source=source, first_bad_claim=claim, claims_checked=claims, problem=problem,
    )  # fmt: skip
