"""hecha's ledger: keeps claims from many documents, checks them, records verification."""

from ledger.errors import LedgerError
from ledger.models import Evidence, Finding, Status, VerificationEvent, Verdict

__all__ = ["Evidence", "Finding", "LedgerError", "Status", "VerificationEvent", "Verdict"]
