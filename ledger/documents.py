"""Storing one document: its source, full text and claims, checked, then sealed.

``owned_claims`` takes the claims of a text and returns them as the ledger stores them
(each checked against the text, carrying the source id) with their table rows;
``known_source`` says whether the text (or the id) is already stored; ``insert_document``
writes the source, the claims and the document's seal in the caller's transaction.
``Ledger.add_document`` strings the three together.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from claims.models import Claim, Source, claim_id
from ledger.errors import InvalidClaimError, SourceConflictError
from ledger.models import DocumentSeal
from ledger.seals import seal_document

__all__ = ["ClaimRow", "insert_document", "known_source", "owned_claims"]

ClaimRow = tuple[Any, ...]
"""A row of the claims table: id, source_id, start, stop, kind, metric, metric_key, text,
record (the claim's JSON)."""

_KNOWN = "SELECT id, sha256 FROM sources WHERE id = ? OR sha256 = ?"


def known_source(conn: sqlite3.Connection, source: Source, digest: str) -> str | None:
    """The id under which the text with sha256 ``digest`` is stored, or ``None``.

    Raises:
        SourceConflictError: ``source.id`` is taken by another text.
    """
    row = conn.execute(_KNOWN, (source.id, digest)).fetchone()
    if row is None:
        return None
    if row[1] != digest:
        raise SourceConflictError(source.id, row[1], digest)
    return str(row[0])


def _owned(c: Claim, source: Source, text: str) -> Claim:
    """The claim as stored: checked against its text, carrying its source id."""
    if c.source_id not in (None, source.id):
        raise InvalidClaimError(c.id, f"names source {c.source_id!r}, not {source.id!r}")
    if c.span.end > len(text) or c.span.slice(text) != c.text:
        raise InvalidClaimError(
            c.id,
            f"span [{c.span.start}, {c.span.end}) covers {c.span.slice(text)!r} "
            f"in the source text, not {c.text!r}",
        )
    expected = claim_id(source.sha256, c.span)
    if c.id != expected:
        raise InvalidClaimError(c.id, f"the id of a claim at that span of the text is {expected!r}")
    if c.source_id is None:
        c = c.model_copy(update={"source_id": source.id})
    return c


def owned_claims(
    found: Sequence[Claim], source: Source, text: str
) -> tuple[list[Claim], list[ClaimRow]]:
    """The claims as stored, sorted by position, and their rows.

    Raises:
        InvalidClaimError: a claim's span does not cover its text, it names another
            source, its id is not ``claim_id(source.sha256, span)``, or two share an id.
    """
    stored = [_owned(c, source, text) for c in found]
    seen: set[str] = set()
    for c in stored:
        if c.id in seen:
            raise InvalidClaimError(c.id, "appears twice in the claims of one document")
        seen.add(c.id)
    rows = [
        (c.id, c.source_id, c.span.start, c.span.end, c.kind.value,
         c.metric, c.metric_key, c.text, c.model_dump_json())
        for c in stored
    ]  # fmt: skip
    stored.sort(key=lambda c: (c.span.start, c.span.end, c.id))
    return stored, rows


def insert_document(
    conn: sqlite3.Connection,
    source: Source,
    text: str,
    rows: Sequence[ClaimRow],
    at: datetime | None,
) -> DocumentSeal:
    """Write the source, its text and its claims' rows, then seal them at the chain's end."""
    record = source.model_dump_json()
    conn.execute(
        "INSERT INTO sources (id, sha256, record, text) VALUES (?, ?, ?, ?)",
        (source.id, source.sha256, record, text),
    )
    conn.executemany(
        "INSERT INTO claims (id, source_id, start, stop, kind, metric, metric_key, "
        "text, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    return seal_document(conn, source.id, record, ((r[0], r[-1]) for r in rows), at)
