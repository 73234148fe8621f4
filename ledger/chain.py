"""The ledger's hash chain in SQLite: its tail, its head, appending to it, reading it back.

Verification events (table ``events``), reviewer links (table ``links``) and document
seals (table ``documents``) are entries of one chain: they share the ``seq`` numbering,
and each entry's ``prev_hash`` is the hash of entry ``seq - 1``, whichever table holds
it. ``tail`` takes a connection and returns the (seq, hash) to append after;
``iter_verifications`` seals and writes what reviewers said, yielding each event
(``append_verifications`` keeps them in a list); ``append_event``/``append_link``/
``append_seal`` write one sealed entry; ``set_head`` moves the head stored in ``meta``
(in the same transaction); ``stored_entries`` returns every entry in seq order, merged
from the three tables in one pass, with a row whose indexed columns disagree with its
hashed record turned into an error for ``history.check_chain`` to report.
"""

from __future__ import annotations

import heapq
import json
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime

from pydantic import ValidationError

from claims.errors import InputError
from claims.models import Claim
from ledger.errors import UnknownClaimError, parse_record
from ledger.history import Entry, assess_evidence, next_event, next_link
from ledger.models import (
    GENESIS_HASH,
    DocumentSeal,
    EntryKind,
    Link,
    VerificationEvent,
    VerificationRequest,
)

__all__ = [
    "append_event",
    "append_link",
    "append_seal",
    "append_verifications",
    "aware",
    "iter_verifications",
    "seal_unchained_links",
    "set_head",
    "stored_entries",
    "tail",
]

_CLAIM_RECORD = "SELECT record FROM claims WHERE id = ?"
_CLAIM_EXISTS = "SELECT 1 FROM claims WHERE id = ?"
_LAST_EVENT = "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1"
_LAST_LINK = "SELECT seq, hash FROM links ORDER BY seq DESC LIMIT 1"
_LAST_SEAL = "SELECT seq, hash FROM documents ORDER BY seq DESC LIMIT 1"
_EVENT_ROWS = "SELECT seq, claim_id, status, prev_hash, hash, record FROM events ORDER BY seq"
_LINK_ROWS = "SELECT seq, a, b, same, prev_hash, hash, record FROM links ORDER BY seq"
_SEAL_ROWS = "SELECT seq, source_id, prev_hash, hash, record FROM documents ORDER BY seq"


def tail(conn: sqlite3.Connection) -> tuple[int, str]:
    """(seq, hash) of the last entry of the chain, or (0, ``GENESIS_HASH``) when empty.

    Three index probes (the last event, link and seal), never a scan.
    """
    return _tail(conn, (_LAST_EVENT, _LAST_LINK, _LAST_SEAL))


def _tail(conn: sqlite3.Connection, probes: tuple[str, ...]) -> tuple[int, str]:
    rows = [r for r in (conn.execute(q).fetchone() for q in probes) if r is not None]
    if not rows:
        return 0, GENESIS_HASH
    seq, digest = max(rows)
    return int(seq), str(digest)


def append_event(conn: sqlite3.Connection, ev: VerificationEvent) -> None:
    """Insert one sealed verification event."""
    conn.execute(
        "INSERT INTO events (seq, claim_id, status, prev_hash, hash, record) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (ev.seq, ev.claim_id, ev.status.value, ev.prev_hash, ev.hash, ev.model_dump_json()),
    )


def append_link(conn: sqlite3.Connection, lk: Link) -> None:
    """Insert one sealed link."""
    conn.execute(
        "INSERT INTO links (seq, a, b, same, prev_hash, hash, record) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (lk.seq, lk.a, lk.b, int(lk.same), lk.prev_hash, lk.hash, lk.model_dump_json()),
    )


def append_seal(conn: sqlite3.Connection, seal: DocumentSeal) -> None:
    """Insert one document seal."""
    conn.execute(
        "INSERT INTO documents (seq, source_id, prev_hash, hash, record) VALUES (?, ?, ?, ?, ?)",
        (seal.seq, seal.source_id, seal.prev_hash, seal.hash, seal.model_dump_json()),
    )


def aware(at: datetime | None, what: str) -> datetime:
    """``at``, or now when ``None``; a naive time is an ``InputError`` naming ``what``."""
    if at is None:
        return datetime.now(UTC)
    if at.tzinfo is None:
        raise InputError(f"{what}: the time {at.isoformat()} must carry a time zone (e.g. +08:00)")
    return at


def append_verifications(
    conn: sqlite3.Connection, requests: Iterable[VerificationRequest]
) -> list[VerificationEvent]:
    """Seal and append one event per request (see ``iter_verifications``); all of them."""
    return list(iter_verifications(conn, requests))


def iter_verifications(
    conn: sqlite3.Connection, requests: Iterable[VerificationRequest]
) -> Iterator[VerificationEvent]:
    """Seal and append one event per request after the chain's tail, yielding each one, and
    move the head when the requests run out (so consume it whole).

    The caller holds the write transaction, so a failing request leaves nothing behind.
    An evidence value is assessed against the claim's intervals (the claim is read only
    then; otherwise its id is only probed). Nothing is kept per event: memory does not
    grow with the number of requests unless the caller keeps what is yielded.

    Raises:
        UnknownClaimError: a request names a claim that is not in the ledger.
    """
    seq, prev = tail(conn)
    appended = False
    for req in requests:
        valued = any(e.value is not None for e in req.evidence)
        claim_row = conn.execute(
            _CLAIM_RECORD if valued else _CLAIM_EXISTS, (req.claim_id,)
        ).fetchone()
        if claim_row is None:
            raise UnknownClaimError(req.claim_id)
        assessment = None
        if valued:
            claim = parse_record(Claim, claim_row[0], "claims", req.claim_id)
            assessment = assess_evidence(claim, req.evidence)
        seq += 1
        ev = next_event(
            prev, seq, req.claim_id, req.status, req.evidence, assessment,
            req.reviewer, req.note, aware(req.at, req.claim_id),
        )  # fmt: skip
        append_event(conn, ev)
        prev, appended = ev.hash, True
        yield ev
    if appended:
        set_head(conn, seq, prev)


def set_head(conn: sqlite3.Connection, seq: int, digest: str) -> None:
    """Store the head of the chain: (seq, hash) of its last entry."""
    conn.executemany(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [("head_seq", str(seq)), ("head_hash", digest)],
    )


def _events(conn: sqlite3.Connection) -> Iterator[VerificationEvent | _Unreadable]:
    for seq, claim_id, status, prev_hash, digest, record in conn.execute(_EVENT_ROWS):
        try:
            ev = VerificationEvent.model_validate_json(record)
        except ValidationError as exc:
            yield _Unreadable(seq, "event", exc.errors()[0]["msg"])
            continue
        if (seq, claim_id, status, prev_hash, digest) != (
            ev.seq, ev.claim_id, ev.status.value, ev.prev_hash, ev.hash
        ):  # fmt: skip
            yield _Unreadable(seq, "event", _COLUMNS_DIFFER)
            continue
        yield ev


def _links(conn: sqlite3.Connection) -> Iterator[Link | _Unreadable]:
    for seq, a, b, same, prev_hash, digest, record in conn.execute(_LINK_ROWS):
        try:
            lk = Link.model_validate_json(record)
        except ValidationError as exc:
            yield _Unreadable(seq, "link", exc.errors()[0]["msg"])
            continue
        if (seq, a, b, bool(same), prev_hash, digest) != (
            lk.seq, lk.a, lk.b, lk.same, lk.prev_hash, lk.hash
        ):  # fmt: skip
            yield _Unreadable(seq, "link", _COLUMNS_DIFFER)
            continue
        yield lk


def _seals(conn: sqlite3.Connection) -> Iterator[DocumentSeal | _Unreadable]:
    for seq, source_id, prev_hash, digest, record in conn.execute(_SEAL_ROWS):
        try:
            seal = DocumentSeal.model_validate_json(record)
        except ValidationError as exc:
            yield _Unreadable(seq, "document", exc.errors()[0]["msg"])
            continue
        if (seq, source_id, prev_hash, digest) != (
            seal.seq, seal.source_id, seal.prev_hash, seal.hash
        ):  # fmt: skip
            yield _Unreadable(seq, "document", _COLUMNS_DIFFER)
            continue
        yield seal


_COLUMNS_DIFFER = "the indexed columns differ from the hashed record"


class _Unreadable(ValueError):
    """An entry that cannot be trusted as read; carries its seq (for the merge) and kind."""

    def __init__(self, seq: int, kind: EntryKind, problem: str) -> None:
        self.seq, self.kind = seq, kind
        super().__init__(f"{kind} {seq}: {problem}")


def stored_entries(conn: sqlite3.Connection) -> Iterator[Entry | Exception]:
    """Every entry of the chain in seq order: events, links and seals merged, one pass each."""
    return heapq.merge(_events(conn), _links(conn), _seals(conn), key=lambda e: e.seq)


def seal_unchained_links(conn: sqlite3.Connection, table: str = "links_v2") -> None:
    """Migration 2 -> 3: append the links of a version-2 file (kept outside the chain, in
    ``table``) to the end of the chain, oldest first, and move the head.

    Their seq becomes their place after the last event; reviewer, note and time are kept.
    The chain then records that they were sealed at migration, after every event before it.
    """
    if table != "links_v2":  # the only table this runs on; never a name from input
        raise ValueError(table)
    seq, prev = _tail(conn, (_LAST_EVENT, _LAST_LINK))  # a version-2 file has no seals yet
    sealed = False
    for (record,) in conn.execute("SELECT record FROM links_v2 ORDER BY seq").fetchall():
        old = json.loads(record)
        seq += 1
        lk = next_link(
            prev, seq, old["a"], old["b"], bool(old["same"]), old.get("reviewer"),
            old.get("note"), datetime.fromisoformat(old["at"]),
        )  # fmt: skip
        append_link(conn, lk)
        prev, sealed = lk.hash, True
    if sealed:
        set_head(conn, seq, prev)
