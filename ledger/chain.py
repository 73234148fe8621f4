"""The ledger's hash chain in SQLite: its tail, its head, appending to it, reading it back.

Verification events (table ``events``) and reviewer links (table ``links``) are entries of
one chain: they share the ``seq`` numbering, and each entry's ``prev_hash`` is the hash of
entry ``seq - 1``, whichever table holds it. ``tail`` takes a connection and returns the
(seq, hash) to append after; ``append_event``/``append_link`` write one sealed entry;
``set_head`` moves the head stored in ``meta`` (in the same transaction);
``stored_entries`` returns every entry in seq order, merged from both tables in one pass,
with a row whose indexed columns disagree with its hashed record turned into an error
for ``history.check_chain`` to report.
"""

from __future__ import annotations

import heapq
import json
import sqlite3
from collections.abc import Iterator
from datetime import datetime

from pydantic import ValidationError

from ledger.history import Entry, next_link
from ledger.models import GENESIS_HASH, Link, VerificationEvent

__all__ = [
    "append_event",
    "append_link",
    "seal_unchained_links",
    "set_head",
    "stored_entries",
    "tail",
]

_LAST_EVENT = "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1"
_LAST_LINK = "SELECT seq, hash FROM links ORDER BY seq DESC LIMIT 1"
_EVENT_ROWS = "SELECT seq, claim_id, status, prev_hash, hash, record FROM events ORDER BY seq"
_LINK_ROWS = "SELECT seq, a, b, same, prev_hash, hash, record FROM links ORDER BY seq"


def tail(conn: sqlite3.Connection) -> tuple[int, str]:
    """(seq, hash) of the last entry of the chain, or (0, ``GENESIS_HASH``) when empty.

    Two index probes (the last event, the last link), never a scan.
    """
    rows = [r for r in (conn.execute(_LAST_EVENT).fetchone(),
                        conn.execute(_LAST_LINK).fetchone()) if r is not None]  # fmt: skip
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


def set_head(conn: sqlite3.Connection, seq: int, digest: str) -> None:
    """Store the head of the chain: (seq, hash) of its last entry."""
    conn.executemany(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [("head_seq", str(seq)), ("head_hash", digest)],
    )


def _events(conn: sqlite3.Connection) -> Iterator[VerificationEvent | Exception]:
    for seq, claim_id, status, prev_hash, digest, record in conn.execute(_EVENT_ROWS):
        try:
            ev = VerificationEvent.model_validate_json(record)
        except ValidationError as exc:
            yield _Unreadable(seq, f"event {seq}: {exc.errors()[0]['msg']}")
            continue
        if (seq, claim_id, status, prev_hash, digest) != (
            ev.seq, ev.claim_id, ev.status.value, ev.prev_hash, ev.hash
        ):  # fmt: skip
            yield _Unreadable(
                seq, f"event {seq}: the indexed columns differ from the hashed record"
            )
            continue
        yield ev


def _links(conn: sqlite3.Connection) -> Iterator[Link | Exception]:
    for seq, a, b, same, prev_hash, digest, record in conn.execute(_LINK_ROWS):
        try:
            lk = Link.model_validate_json(record)
        except ValidationError as exc:
            yield _Unreadable(seq, f"link {seq}: {exc.errors()[0]['msg']}")
            continue
        if (seq, a, b, bool(same), prev_hash, digest) != (
            lk.seq, lk.a, lk.b, lk.same, lk.prev_hash, lk.hash
        ):  # fmt: skip
            yield _Unreadable(seq, f"link {seq}: the indexed columns differ from the hashed record")
            continue
        yield lk


class _Unreadable(ValueError):
    """An entry that cannot be trusted as read; carries its seq for the merge."""

    def __init__(self, seq: int, problem: str) -> None:
        self.seq = seq
        super().__init__(problem)


def stored_entries(conn: sqlite3.Connection) -> Iterator[Entry | Exception]:
    """Every entry of the chain in seq order: events and links merged, one pass each."""
    return heapq.merge(_events(conn), _links(conn), key=lambda e: e.seq)


def seal_unchained_links(conn: sqlite3.Connection, table: str = "links_v2") -> None:
    """Migration 2 -> 3: append the links of a version-2 file (kept outside the chain, in
    ``table``) to the end of the chain, oldest first, and move the head.

    Their seq becomes their place after the last event; reviewer, note and time are kept.
    The chain then records that they were sealed at migration, after every event before it.
    """
    if table != "links_v2":  # the only table this runs on; never a name from input
        raise ValueError(table)
    seq, prev = tail(conn)
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
