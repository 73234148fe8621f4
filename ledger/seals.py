"""Document seals: the chain entries that make sources and claims tamper-evident.

Adding a document appends a ``DocumentSeal`` to the hash chain: the digest of its source
record and one digest per claim record (``record_digest`` of the record's JSON data).
``seal_document`` takes a connection inside a write transaction, the source id and the
stored JSON of the source and of its claims, and appends the seal; ``document_checker``
returns the check ``history.check_chain`` runs on each seal, recomputing the digests from
what the file holds now; ``compare`` is that check on plain data (the export importer
uses it); ``first_unsealed`` finds a source or claim no seal covers;
``seal_unsealed_documents`` is the migration step that seals the documents of an older
file at the end of its chain.

A stored record that is not even JSON gets the digest of its raw text, so sealing never
fails on a file that was already damaged: the check then reports the record as malformed.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from claims.models import Span, claim_id, sha256_text
from ledger.chain import append_seal, set_head, tail
from ledger.errors import parse_record
from ledger.history import DocumentCheck, Mismatch, next_seal
from ledger.models import DocumentSeal, record_digest

__all__ = [
    "compare",
    "document_checker",
    "first_unsealed",
    "iter_seals",
    "seal_document",
    "seal_unsealed_documents",
    "stored_digest",
]

_SOURCE_ROW = "SELECT id, sha256, record, text FROM sources WHERE id = ?"
_CLAIM_ROWS = """
    SELECT id, source_id, start, stop, kind, metric, metric_key, text, record
    FROM claims WHERE source_id = ? ORDER BY source_id, start, stop, id
"""
_CLAIM_RECORDS = "SELECT id, record FROM claims WHERE source_id = ? ORDER BY start, stop, id"
_UNSEALED_SOURCE = """
    SELECT s.id FROM sources s WHERE NOT EXISTS
        (SELECT 1 FROM documents d WHERE d.source_id = s.id) ORDER BY s.id LIMIT 1
"""
_UNSEALED_CLAIM = """
    SELECT c.id, c.source_id FROM claims c WHERE NOT EXISTS
        (SELECT 1 FROM documents d WHERE d.source_id = c.source_id) ORDER BY c.id LIMIT 1
"""


def _load(record: str) -> Any:
    """The JSON data of a stored record, or ``None`` when it is not JSON at all."""
    try:
        return json.loads(record)
    except ValueError:
        return None


def iter_seals(conn: sqlite3.Connection) -> Iterator[DocumentSeal]:
    """Every document seal, by seq, read one at a time (``CorruptLedgerError`` if malformed)."""
    cursor = conn.execute("SELECT seq, record FROM documents ORDER BY seq")
    return (parse_record(DocumentSeal, r[1], "documents", r[0]) for r in cursor)


def stored_digest(record: str) -> str:
    """The digest a seal keeps of a stored record: of its JSON data, else of its raw text.

    >>> stored_digest('{"a": 1, "b": 2}') == stored_digest('{"b":2,"a":1}')
    True
    """
    data = _load(record)
    if data is None:
        return "0" * 8 + hashlib.sha256(record.encode("utf-8", "surrogatepass")).hexdigest()[8:]
    return record_digest(data)


def seal_document(
    conn: sqlite3.Connection,
    source_id: str,
    source_record: str,
    claim_records: Iterable[tuple[str, str]],
    at: datetime | None,
) -> DocumentSeal:
    """Append the seal of one stored document (source record, (claim id, claim record)
    pairs) after the chain's tail and move the head; the caller holds the transaction."""
    seq, prev = tail(conn)
    seal = next_seal(
        prev, seq + 1, source_id, stored_digest(source_record),
        {cid: stored_digest(rec) for cid, rec in claim_records}, at,
    )  # fmt: skip
    append_seal(conn, seal)
    set_head(conn, seal.seq, seal.hash)
    return seal


def _claim_problem(data: Any, cid: str, text: str, sha: str) -> str | None:
    """Why a stored claim does not fit its source text, or ``None``."""
    try:
        span = Span(start=data["span"]["start"], end=data["span"]["end"])
        surface, own_id = data["text"], data["id"]
    except (KeyError, TypeError, ValueError, AttributeError):
        return f"claim {cid!r}: its record is not a claim (malformed)"
    if own_id != cid:
        return f"claim {cid!r}: its record carries the id {own_id!r}"
    if span.end > len(text) or text[span.start : span.end] != surface:
        return (
            f"claim {cid!r}: its text {surface!r} is not what the source text holds at "
            f"[{span.start}, {span.end})"
        )
    if cid != claim_id(sha, span):
        return f"claim {cid!r}: the id is not the one derived from the source's sha256 and span"
    return None


Row = tuple[str, str, Any, str | None]
"""A claim as ``compare`` sees it: id, digest of its record, its JSON data (``None`` when
not JSON) and a problem the caller already found with the row (or ``None``)."""


def compare(
    seal: DocumentSeal, source_digest: str, source_data: Any, text: str, claims: Iterable[Row]
) -> Mismatch | None:
    """Whether a document as held now matches its seal; the first difference if not.

    Checks, in order: the source record's digest, the text against the record's sha256,
    then for each claim (as stored, in text order) that the seal lists it, its digest,
    the caller's problem, its text at its span in the source text and its id against
    ``claim_id(sha256, span)``; last, that no claim the seal lists is missing.
    """
    sid = seal.source_id
    if source_digest != seal.source:
        return Mismatch(f"source {sid!r}: its record does not match the sealed digest "
                        "(the source record was edited)")  # fmt: skip
    sha = source_data.get("sha256", "") if isinstance(source_data, dict) else ""
    if sha256_text(text) != sha:
        return Mismatch(f"source {sid!r}: its text does not match the sha256 in its record "
                        "(the text was edited)")  # fmt: skip
    seen: set[str] = set()
    for cid, digest, data, problem in claims:
        if cid not in seal.claims:
            return Mismatch(f"claim {cid!r} is stored under source {sid!r} but its seal "
                            "does not list it (added behind the ledger's back)", cid)  # fmt: skip
        if digest != seal.claims[cid]:
            problem = f"claim {cid!r}: its record does not match the sealed digest (edited)"
        problem = problem or _claim_problem(data, cid, text, sha)
        if problem is not None:
            return Mismatch(problem, cid)
        seen.add(cid)
    if len(seen) != len(seal.claims):
        gone = min(set(seal.claims) - seen)
        return Mismatch(f"claim {gone!r} of source {sid!r} is sealed but no longer stored "
                        "(deleted)", gone)  # fmt: skip
    return None


def _row_problem(row: tuple[Any, ...], data: Any) -> str | None:
    """Whether a claims row's indexed columns say what its record says."""
    cid, source_id, start, stop, kind, metric, metric_key, surface, _ = row
    try:
        from_record = (data["id"], data["source_id"], data["span"]["start"],
                       data["span"]["end"], data["kind"], data.get("metric"),
                       data.get("metric_key"), data["text"])  # fmt: skip
    except (KeyError, TypeError, AttributeError):
        return f"claim {cid!r}: its record is not a claim (malformed)"
    if from_record != (cid, source_id, start, stop, kind, metric, metric_key, surface):
        return f"claim {cid!r}: the indexed columns differ from the sealed record"
    return None


def _stored_claims(conn: sqlite3.Connection, source_id: str) -> Iterator[Row]:
    for row in conn.execute(_CLAIM_ROWS, (source_id,)):
        data = _load(row[-1])
        yield row[0], stored_digest(row[-1]), data, _row_problem(row, data)


def document_checker(conn: sqlite3.Connection) -> DocumentCheck:
    """The check of each seal against the sources and claims tables of ``conn``."""

    def check(seal: DocumentSeal) -> Mismatch | None:
        row = conn.execute(_SOURCE_ROW, (seal.source_id,)).fetchone()
        if row is None:
            return Mismatch(f"source {seal.source_id!r} is sealed but no longer stored (deleted)")
        sid, sha, record, text = row
        digest, data = stored_digest(record), _load(record)
        if digest == seal.source and (
            not isinstance(data, dict) or (data.get("id"), data.get("sha256")) != (sid, sha)
        ):
            return Mismatch(f"source {sid!r}: the indexed columns differ from the sealed record")
        return compare(seal, digest, data, text, _stored_claims(conn, sid))

    return check


def first_unsealed(conn: sqlite3.Connection) -> tuple[str, str | None] | None:
    """(source id, claim id or None) of a source, or a claim of a source, that no seal
    covers: rows added behind the ledger's back. Two index-backed queries."""
    row = conn.execute(_UNSEALED_SOURCE).fetchone()
    if row is not None:
        return str(row[0]), None
    row = conn.execute(_UNSEALED_CLAIM).fetchone()
    return None if row is None else (str(row[1]), str(row[0]))


def seal_unsealed_documents(conn: sqlite3.Connection) -> None:
    """Migration 3 -> 4: seal every stored document at the end of the chain, by source id.

    The seals carry no time (``at`` is ``None``): the chain records that these documents
    were sealed at migration, after every entry before it. What the file holds is sealed
    as it is; a claim that was already inconsistent is reported by ``verify_history``.
    """
    sources = conn.execute("SELECT id, record FROM sources ORDER BY id").fetchall()
    for sid, record in sources:
        claims = conn.execute(_CLAIM_RECORDS, (sid,)).fetchall()
        seal_document(conn, sid, record, claims, None)
