"""Ledger records: findings of the consistency rules and verification events."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import Field, model_validator

from claims.models import Interval, Record, Value

__all__ = [
    "CLAIMREVIEW_RATINGS",
    "ClaimRef",
    "Evidence",
    "Finding",
    "Status",
    "VerificationEvent",
    "Verdict",
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


# ClaimReview reviewRating for each status: (ratingValue, alternateName), worst 1 .. best 5.
CLAIMREVIEW_RATINGS: dict[Status, tuple[int | None, str]] = {
    Status.SUPPORTED: (5, "True"),
    Status.PARTLY_SUPPORTED: (3, "Partly true"),
    Status.REFUTED: (1, "False"),
    Status.UNVERIFIABLE: (None, "Unverifiable"),
    Status.DISPUTED: (2, "Disputed"),
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
    """What a reviewer checked a claim against."""

    url: str | None = None
    title: str | None = None
    quote: str | None = None
    value: Value | None = None
    retrieved: datetime | None = None


class VerificationEvent(Record):
    """One entry of a claim's append-only verification history."""

    seq: int = Field(ge=1)
    claim_id: str
    status: Status
    evidence: tuple[Evidence, ...] = ()
    reviewer: str | None = None
    note: str | None = None
    timestamp: datetime
    prev_hash: str
    hash: str
