"""The verification history: building hash-chained events, checking a chain, assessing evidence.

``next_event`` takes the previous hash and what a reviewer said and returns the sealed
``VerificationEvent``; ``next_link`` does the same for a reviewer's ``Link`` (links are
entries of the same chain); ``check_chain`` takes the chain's entries in order (and the
stored head) and returns a ``HistoryReport`` naming the first bad entry; ``assess`` says
whether an evidence value lies inside a claim's conventional and literal intervals.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from fractions import Fraction
from typing import Any

from claims.models import Claim, Interval, Value, exact
from ledger.errors import UnknownStatusError
from ledger.models import (
    GENESIS_HASH,
    Assessment,
    Evidence,
    HistoryReport,
    Link,
    Status,
    VerificationEvent,
)

__all__ = ["assess", "check_chain", "next_event", "next_link", "parse_status"]

Entry = VerificationEvent | Link
"""An entry of the hash chain: a verification event or a reviewer's link."""

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


def check_chain(
    events: Iterable[Entry | Exception],
    head: tuple[int, str] | None,
) -> HistoryReport:
    """Check that entries 1..n (events and links, by seq) chain by hash and end at the
    stored ``head`` (seq, hash).

    An item may be an exception standing for an entry that could not even be read; it
    is reported as that entry's problem.
    """
    prev, expected, last_hash = GENESIS_HASH, 1, None
    head_matches = False  # whether the event the head names has the head's hash
    for item in events:
        if isinstance(item, Exception):
            return _bad(expected - 1, expected, str(item), last_hash)
        ev = item
        if ev.seq != expected:
            problem = (
                f"event {expected} is missing (next is {ev.seq})"
                if ev.seq > expected
                else f"event {ev.seq} is out of order (expected {expected})"
            )
            return _bad(expected - 1, expected, problem, last_hash)
        if ev.prev_hash != prev:
            return _bad(
                expected - 1,
                ev.seq,
                f"prev_hash {ev.prev_hash[:12]}… does not match event {ev.seq - 1}'s hash "
                f"{prev[:12]}… (an event before it was edited, inserted or deleted)",
                last_hash,
            )
        actual = ev.compute_hash()
        if actual != ev.hash:
            return _bad(
                expected - 1,
                ev.seq,
                f"content does not match its hash (stored {ev.hash[:12]}…, "
                f"recomputed {actual[:12]}…): the {_what(ev)} was edited",
                last_hash,
            )
        if head is not None and ev.seq == head[0]:
            head_matches = ev.hash == head[1]
        prev, last_hash, expected = ev.hash, ev.hash, expected + 1
    count = expected - 1
    if head is None:
        if count:
            return _bad(count, count, "the ledger has events but no stored head", last_hash)
    elif head != (count, prev):
        seq, digest = head
        # the first bad event: the first one missing, the first one past a matching head,
        # or the event the head names when its hash differs
        first_bad = count + 1 if seq > count else seq + 1 if head_matches else seq
        return _bad(
            count,
            first_bad,
            f"the stored head names event {seq} ({digest[:12]}…) but the chain ends at "
            f"event {count} ({prev[:12]}…): events at the end were deleted or added",
            last_hash,
        )
    return HistoryReport(ok=True, events_checked=count, head=last_hash)


def _what(entry: Entry) -> str:
    return "link" if isinstance(entry, Link) else "event"


def _bad(checked: int, seq: int, problem: str, head: str | None) -> HistoryReport:
    return HistoryReport(
        ok=False, events_checked=checked, head=head, first_bad_seq=seq, problem=problem
    )
