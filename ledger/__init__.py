"""hecha's ledger: keeps claims from many documents, checks them, records verification."""

from ledger.book import Ledger, VerificationRequest
from ledger.check import check
from ledger.errors import (
    CorruptLedgerError,
    LedgerError,
    NotALedgerError,
    UnknownClaimError,
    UnknownStatusError,
)
from ledger.history import assess
from ledger.models import (
    Assessment,
    Evidence,
    Finding,
    HistoryReport,
    Link,
    Status,
    Verdict,
    VerificationEvent,
)
from ledger.rules import RULES

__all__ = [
    "RULES",
    "Assessment",
    "CorruptLedgerError",
    "Evidence",
    "Finding",
    "HistoryReport",
    "Ledger",
    "LedgerError",
    "Link",
    "NotALedgerError",
    "Status",
    "UnknownClaimError",
    "UnknownStatusError",
    "Verdict",
    "VerificationEvent",
    "VerificationRequest",
    "assess",
    "check",
]
