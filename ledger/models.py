"""Ledger records: findings of the consistency rules and verification events."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from enum import StrEnum
from typing import Any, Literal

from pydantic import Field, model_validator

from claims.models import Interval, Record, Value

__all__ = [
    "CLAIMREVIEW_RATINGS",
    "GENESIS_HASH",
    "Assessment",
    "ClaimRef",
    "DocumentSeal",
    "EntryKind",
    "Evidence",
    "Finding",
    "HistoryReport",
    "Link",
    "Status",
    "Verdict",
    "VerificationEvent",
    "VerificationRequest",
    "canonical_json",
    "record_digest",
]


class Verdict(StrEnum):
    """What a consistency rule concluded about the claims it looked at."""

    CONTRADICTION = "contradiction"  # even the literal intervals cannot all hold
    TENSION = "tension"  # only the conventional readings clash
    CONSISTENT = "consistent"  # the check ran and passed
    NOT_CHECKED = "not_checked"  # inputs found, but the rule could not decide (reason given)

    @property
    def severity(self) -> int:
        """Order for --fail-on: contradiction 3, tension 2, consistent 1, not_checked 0."""
        return {"contradiction": 3, "tension": 2, "consistent": 1, "not_checked": 0}[self.value]


class Status(StrEnum):
    """Verification status of a claim; the current one is derived from the history."""

    UNVERIFIED = "unverified"
    SUPPORTED = "supported"
    PARTLY_SUPPORTED = "partly_supported"
    REFUTED = "refuted"
    UNVERIFIABLE = "unverifiable"
    DISPUTED = "disputed"


# ClaimReview reviewRating for each status: (ratingValue, alternateName), worst 1 .. best 5,
# the scale schema.org's ClaimReview examples and most IFCN signatories use (1 False,
# 3 Half true, 5 True). Unverifiable and disputed are not degrees of truth: no ratingValue,
# only the alternateName, as Google's ClaimReview guidance allows for textual ratings.
CLAIMREVIEW_RATINGS: dict[Status, tuple[int | None, str]] = {
    Status.SUPPORTED: (5, "True"),
    Status.PARTLY_SUPPORTED: (3, "Partly true"),
    Status.REFUTED: (1, "False"),
    Status.UNVERIFIABLE: (None, "Unverifiable"),
    Status.DISPUTED: (None, "Disputed"),
    Status.UNVERIFIED: (None, "Unverified"),
}


class ClaimRef(Record):
    """A claim as a finding names it: id and surface text (with its source)."""

    id: str
    text: str
    source_id: str | None = None


class Finding(Record):
    """What one rule found about one group of claims, with the arithmetic shown."""

    rule: str
    verdict: Verdict
    claims: tuple[ClaimRef, ...]
    stated: Interval | None = None
    expected: Interval | None = None
    tolerance: str | None = None
    arithmetic: str = ""
    message: str
    reason: str | None = None

    @model_validator(mode="after")
    def _reason_for_not_checked(self) -> Finding:
        if self.verdict is Verdict.NOT_CHECKED and not self.reason:
            raise ValueError("a not_checked finding must say why (reason)")
        return self


class Evidence(Record):
    """What a reviewer checked a claim against: a document, a quote, and optionally a value."""

    url: str | None = None
    title: str | None = None
    quote: str | None = None
    value: Value | None = None
    retrieved: datetime | None = None


class Assessment(StrEnum):
    """Where an evidence value lies relative to the claim's intervals (DESIGN.md section 4)."""

    INSIDE = "inside"  # inside the conventional reading (so also the literal one)
    LITERAL_ONLY = "literal_only"  # the words allow it, the usual reading does not: look again
    OUTSIDE = "outside"  # outside even the literal reading


GENESIS_HASH = "0" * 64
"""The ``prev_hash`` of the first event of a ledger."""


def canonical_json(data: Any) -> str:
    """JSON with sorted keys, no spaces, and UTF-8 text as is: the form that gets hashed.

    >>> canonical_json({"b": 1, "a": ["核查", None]})
    '{"a":["核查",null],"b":1}'
    """
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def record_digest(data: Any) -> str:
    """The sha256 of ``canonical_json(data)``: what a ``DocumentSeal`` keeps of a record.

    ``data`` is a record as JSON data (``model_dump(mode="json")``, or ``json.loads`` of a
    stored record), so the digest does not depend on key order or spacing.

    >>> record_digest({"b": 1, "a": 2}) == record_digest({"a": 2, "b": 1})
    True
    """
    return hashlib.sha256(canonical_json(data).encode("utf-8", "surrogatepass")).hexdigest()


class VerificationEvent(Record):
    """One entry of the ledger's append-only verification history.

    ``seq`` numbers the entries of the ledger's hash chain from 1 (verification events,
    reviewer ``Link``s and ``DocumentSeal``s share it); ``prev_hash`` is the hash of entry
    ``seq - 1`` (``GENESIS_HASH`` for the first) and ``hash`` the sha256 of the canonical
    JSON of every other field, so editing, inserting or deleting an event breaks the chain.
    ``assessment`` is computed by the ledger from the evidence values
    (the worst one when there are several), ``None`` when no evidence carries a value.
    """

    seq: int = Field(ge=1)
    claim_id: str
    status: Status
    evidence: tuple[Evidence, ...] = ()
    assessment: Assessment | None = None
    reviewer: str | None = None
    note: str | None = None
    timestamp: datetime
    prev_hash: str = Field(pattern=r"^[0-9a-f]{64}$")
    hash: str = Field(pattern=r"^[0-9a-f]{64}$")

    @model_validator(mode="after")
    def _aware(self) -> VerificationEvent:
        if self.timestamp.tzinfo is None:
            raise ValueError("timestamp must carry a time zone")
        return self

    def compute_hash(self) -> str:
        """The sha256 of this event's canonical JSON without its ``hash`` field."""
        body = canonical_json(self.model_dump(mode="json", exclude={"hash"}))
        return hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()


class VerificationRequest(Record):
    """What a reviewer says about one claim; ``Ledger.verify_many`` turns it into an event."""

    claim_id: str
    status: Status
    evidence: tuple[Evidence, ...] = ()
    reviewer: str | None = None
    note: str | None = None
    at: datetime | None = None


class Link(Record):
    """A reviewer's word that two claims measure the same metric (``same``) or not.

    It overrides the automatic metric key; the latest link of a pair wins. A link is an
    entry of the same hash chain as the verification events: ``seq`` is its place in that
    chain (events, links and document seals share the numbering), ``prev_hash`` the hash of entry
    ``seq - 1`` and ``hash`` the sha256 of the canonical JSON of every other field, so a
    link edited, inserted or deleted breaks the chain like an event would.
    """

    seq: int = Field(ge=1)
    a: str
    b: str
    same: bool
    reviewer: str | None = None
    note: str | None = None
    at: datetime
    prev_hash: str = Field(pattern=r"^[0-9a-f]{64}$")
    hash: str = Field(pattern=r"^[0-9a-f]{64}$")

    @model_validator(mode="after")
    def _aware(self) -> Link:
        if self.at.tzinfo is None:
            raise ValueError("at must carry a time zone")
        return self

    def compute_hash(self) -> str:
        """The sha256 of this link's canonical JSON without its ``hash`` field."""
        body = canonical_json(self.model_dump(mode="json", exclude={"hash"}))
        return hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()


class DocumentSeal(Record):
    """The chain entry that seals a document: digests of its source record and of its claims.

    Adding a document appends one to the same hash chain as events and links. ``source``
    is the ``record_digest`` of the source record (which carries the sha256 of the text),
    ``claims`` maps each claim id of the document to the ``record_digest`` of the claim
    record, so ``verify_history`` can recompute both and name the first claim edited,
    added or deleted behind the ledger's back. ``at`` is when the document was added;
    ``None`` when it was sealed by a migration or by importing an older export, which do
    not know that time. ``seq``, ``prev_hash`` and ``hash`` work as for events.
    """

    seq: int = Field(ge=1)
    source_id: str
    source: str = Field(pattern=r"^[0-9a-f]{64}$")
    claims: dict[str, str] = Field(default_factory=dict)
    at: datetime | None = None
    prev_hash: str = Field(pattern=r"^[0-9a-f]{64}$")
    hash: str = Field(pattern=r"^[0-9a-f]{64}$")

    @model_validator(mode="after")
    def _aware(self) -> DocumentSeal:
        if self.at is not None and self.at.tzinfo is None:
            raise ValueError("at must carry a time zone")
        return self

    def compute_hash(self) -> str:
        """The sha256 of this seal's canonical JSON without its ``hash`` field."""
        return record_digest(self.model_dump(mode="json", exclude={"hash"}))


EntryKind = Literal["event", "link", "document"]
"""What a chain entry is: a verification event, a reviewer's link, or a document's seal."""


class HistoryReport(Record):
    """What ``Ledger.verify_history`` found: ok, how many chain entries, the first bad one
    and why.

    ``events_checked`` counts every entry of the chain that was checked (events, links and
    document seals); ``claims_checked`` the claims recomputed against their seals. When
    something is wrong, ``first_bad_seq`` and ``first_bad_kind`` name the entry (the kind
    is ``None`` when the entry is missing, so nothing says what it was), and
    ``first_bad_source`` / ``first_bad_claim`` the stored source or claim that does not
    match its seal.
    """

    ok: bool
    events_checked: int
    head: str | None = None
    first_bad_seq: int | None = None
    first_bad_kind: EntryKind | None = None
    first_bad_source: str | None = None
    first_bad_claim: str | None = None
    claims_checked: int = 0
    problem: str | None = None
