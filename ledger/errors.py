"""Errors of the ledger package; all are ``HechaError`` (and the builtin they stand for).

Each error keeps its facts as attributes and says in its message what went wrong, where,
and what was expected. Whenever one of them is raised by a write, the ledger is untouched:
every change is one transaction.
"""

from __future__ import annotations

from typing import TypeVar

from pydantic import BaseModel, ValidationError

from claims.errors import HechaError

__all__ = [
    "CorruptLedgerError",
    "ExportDocumentError",
    "ExportVersionError",
    "InvalidClaimError",
    "LedgerError",
    "LedgerNotEmptyError",
    "LedgerVersionError",
    "NotALedgerError",
    "SourceConflictError",
    "UnknownClaimError",
    "UnknownSourceError",
    "UnknownStatusError",
    "parse_record",
]

M = TypeVar("M", bound=BaseModel)


class LedgerError(HechaError):
    """Base class of ledger errors."""


class NotALedgerError(ValueError, LedgerError):
    """A file is not a hecha ledger (random bytes, another SQLite database, unreadable)."""

    def __init__(self, path: str, problem: str) -> None:
        self.path, self.problem = path, problem
        super().__init__(f"{path}: not a hecha ledger: {problem}; the file was left untouched")


class LedgerVersionError(NotALedgerError):
    """A ledger file was written by a newer hecha (its schema version is above ours)."""

    def __init__(self, path: str, found: int, supported: int) -> None:
        self.found, self.supported = found, supported
        super().__init__(
            path,
            f"schema version {found} is newer than this hecha supports ({supported}); "
            "upgrade hecha to open it",
        )


class UnknownClaimError(KeyError, LedgerError):
    """No claim with this id is in the ledger."""

    def __init__(self, claim_id: str) -> None:
        self.claim_id = claim_id
        super().__init__(claim_id)

    def __str__(self) -> str:
        # KeyError's own __str__ would print the repr of the key and nothing else.
        return f"no claim with id {self.claim_id!r} in the ledger (see `hecha show` for ids)"


class UnknownSourceError(KeyError, LedgerError):
    """No source with this id is in the ledger."""

    def __init__(self, source_id: str) -> None:
        self.source_id = source_id
        super().__init__(source_id)

    def __str__(self) -> str:
        return f"no source with id {self.source_id!r} in the ledger"


class UnknownStatusError(ValueError, LedgerError):
    """A status name that is not one of ledger.models.Status."""

    def __init__(self, status: object, known: list[str]) -> None:
        self.status, self.known = status, known
        super().__init__(f"unknown status {status!r}; expected one of: {', '.join(known)}")


class InvalidClaimError(ValueError, LedgerError):
    """A claim handed to the ledger does not fit its source (span, text or source id)."""

    def __init__(self, claim_id: str, problem: str) -> None:
        self.claim_id, self.problem = claim_id, problem
        super().__init__(f"claim {claim_id!r}: {problem}")


class SourceConflictError(ValueError, LedgerError):
    """A source id is already in the ledger with a different text (sha256)."""

    def __init__(self, source_id: str, stored: str, given: str) -> None:
        self.source_id, self.stored, self.given = source_id, stored, given
        super().__init__(
            f"source {source_id!r} is already in the ledger with sha256 {stored[:12]}…, "
            f"the new text has {given[:12]}…; give the new text another id"
        )


class LedgerNotEmptyError(ValueError, LedgerError):
    """An import was aimed at a ledger that already holds sources or history."""

    def __init__(self, what: str) -> None:
        self.what = what
        super().__init__(
            f"import needs an empty ledger, this one already has {what}; "
            "import into a new file (--ledger NEW.db)"
        )


class ExportDocumentError(ValueError, LedgerError):
    """A ledger export document cannot be imported: names where and what is wrong."""

    def __init__(self, where: str, problem: str) -> None:
        self.where, self.problem = where, problem
        super().__init__(f"ledger export {where}: {problem}; nothing was imported")


class ExportVersionError(ExportDocumentError):
    """An export document has a schema version this hecha does not read."""

    def __init__(self, found: object, supported: int) -> None:
        self.found, self.supported = found, supported
        super().__init__("schema_version", f"is {found!r}, this hecha reads {supported}")


class CorruptLedgerError(ValueError, LedgerError):
    """A record stored in the ledger file is malformed (edited by hand): names table and row."""

    def __init__(self, model: str, table: str, row: object, problem: str) -> None:
        self.model, self.table, self.row, self.problem = model, table, row, problem
        super().__init__(
            f"malformed {model} record in table {table!r}, row {row!r}: {problem}; "
            "was the file edited by hand? (`hecha verify-history` checks it)"
        )


def parse_record(model: type[M], raw: str | bytes, table: str, row: object) -> M:
    """``model`` validated from the JSON ``raw`` stored in ``table`` at ``row`` (its id or
    seq), or ``CorruptLedgerError`` naming both.

    >>> from claims.models import Span
    >>> parse_record(Span, '{"start": 0, "end": 3}', "claims", "c-1").end
    3
    >>> parse_record(Span, '{"start": 0}', "claims", "c-1")
    Traceback (most recent call last):
    ledger.errors.CorruptLedgerError: malformed Span record in table 'claims', row 'c-1': \
end: Field required; was the file edited by hand? (`hecha verify-history` checks it)
    """
    try:
        return model.model_validate_json(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(x) for x in err["loc"]) or "record"
        raise CorruptLedgerError(model.__name__, table, row, f"{where}: {err['msg']}") from None
