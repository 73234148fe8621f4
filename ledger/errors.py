"""Errors of the ledger package; all are ``HechaError`` (and the builtin they stand for)."""

from __future__ import annotations

from claims.errors import HechaError

__all__ = ["LedgerError"]


class LedgerError(HechaError):
    """Base class of ledger errors."""
