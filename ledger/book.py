"""The ledger: claims from many documents, reviewer links, verification history, findings.

``Ledger.open(path)`` takes a SQLite file (or ``":memory:"``) and returns a ledger whose
methods add documents (each sealed into the hash chain), query claims, record
verifications (hash-chained, append-only) and store the latest findings of the
consistency rules. A claim's current status is derived from its last event, never stored
twice. Every change is one transaction. A record that was edited by hand into something
malformed is read as a ``CorruptLedgerError`` naming its table and row.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from pydantic import ValidationError

import claims as claims_pkg
from claims.errors import SourceError
from claims.models import Claim, Kind, Source, sha256_text
from ledger.chain import (
    append_link,
    append_verifications,
    aware,
    iter_verifications,
    set_head,
    stored_entries,
    tail,
)
from ledger.documents import insert_document, known_source, owned_claims
from ledger.errors import InvalidClaimError, UnknownClaimError, UnknownSourceError, parse_record
from ledger.history import check_chain, next_link, parse_status
from ledger.links import effective_groups
from ledger.models import (
    Evidence,
    Finding,
    HistoryReport,
    Link,
    Status,
    VerificationEvent,
    VerificationRequest,
)
from ledger.seals import document_checker, first_unsealed
from ledger.store import Store

__all__ = ["Ledger", "VerificationRequest"]

_LAST_EVENTS = """
    SELECT e.claim_id, e.status, e.record FROM events e
    JOIN (SELECT claim_id, MAX(seq) AS seq FROM events GROUP BY claim_id) m ON e.seq = m.seq
"""
# WHERE fragments for claims(); only these constants are ever joined into the query
_FILTERS = {
    "source": "c.source_id = ?",
    "kind": "c.kind = ?",
    "metric": "(c.metric_key = ? OR c.metric = ?)",
    "status": "COALESCE(last.status, 'unverified') = ?",
    "text": "instr(c.text, ?) > 0",
}
_CLAIM_ORDER = " ORDER BY c.source_id, c.start, c.stop, c.id"
# one index probe per claim (events_by_claim), streamed in id order: no table of all statuses
_STATUS_BY_ID = """
    SELECT c.id, COALESCE((SELECT e.status FROM events e WHERE e.claim_id = c.id
                           ORDER BY e.seq DESC LIMIT 1), 'unverified')
    FROM claims c ORDER BY c.id
"""
_HEAD = "SELECT key, value FROM meta WHERE key IN ('head_seq', 'head_hash')"


class Ledger:
    """A fact-checking desk's ledger. Use ``Ledger.open(path)``, ideally as a context manager."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @classmethod
    def open(cls, path: str | Path = "hecha.db") -> Ledger:
        """Open or create the ledger at ``path`` (``":memory:"`` for one that lives in memory)."""
        return cls(Store.open(path))

    def __enter__(self) -> Ledger:
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the ledger; everything written is already committed."""
        self.store.close()

    # -- documents and claims -------------------------------------------------------------

    def add_document(
        self,
        text: str,
        source: Source | None = None,
        claims: list[Claim] | None = None,
        *,
        max_chars: int | None = None,
        at: datetime | None = None,
    ) -> list[Claim]:
        """Store a source, its full text and its claims (extracted when ``claims`` is None),
        and seal them into the hash chain (a ``DocumentSeal`` dated ``at``, default now).

        Idempotent: a text already in the ledger (same sha256) adds nothing and returns the
        claims stored for it. ``max_chars`` is handed to ``claims.extract``.

        Raises:
            SourceError: ``source.sha256`` is not the hash of ``text``.
            SourceConflictError: the source id is taken by another text.
            InvalidClaimError: a claim's span does not cover its text in ``text``, it names
                another source, its id is not ``claim_id(sha256, span)``, or two claims
                share an id.
            InputTooLargeError: ``text`` is longer than ``max_chars`` (extraction only).
        """
        digest = sha256_text(text)
        source = source or Source.from_text(text)
        if source.sha256 != digest:
            raise SourceError(source.id, f"sha256 {source.sha256[:12]}… is not that of the text")
        when = aware(at, f"document {source.id}")
        known = known_source(self.store.conn, source, digest)
        if known is not None:
            return self.claims(source=known)
        if claims is not None:
            found = claims
        elif max_chars is None:
            found = claims_pkg.extract(text, source=source)
        else:
            found = claims_pkg.extract(text, source=source, max_chars=max_chars)
        stored, rows = owned_claims(found, source, text)
        with self.store.write() as conn:
            known = known_source(conn, source, digest)  # another process may have won
            if known is not None:
                return self.claims(source=known)
            insert_document(conn, source, text, rows, when)
        # what claims(source=...) would read back, without parsing it again: the records
        # are immutable and were just validated
        return stored

    def sources(self) -> list[Source]:
        """Every source, sorted by id."""
        rows = self.store.rows("SELECT id, record FROM sources ORDER BY id")
        return [parse_record(Source, r[1], "sources", r[0]) for r in rows]

    def source(self, source_id: str) -> Source:
        """The source with this id (``UnknownSourceError`` if none)."""
        row = self.store.one("SELECT record FROM sources WHERE id = ?", (source_id,))
        if row is None:
            raise UnknownSourceError(source_id)
        return parse_record(Source, row[0], "sources", source_id)

    def text(self, source_id: str) -> str:
        """The full text of a source: the text its claims' spans point into."""
        row = self.store.one("SELECT text FROM sources WHERE id = ?", (source_id,))
        if row is None:
            raise UnknownSourceError(source_id)
        return str(row[0])

    def claims(
        self,
        *,
        source: str | None = None,
        kind: Kind | str | None = None,
        metric: str | None = None,
        status: Status | str | None = None,
        text: str | None = None,
    ) -> list[Claim]:
        """Claims matching every filter given, by source and position.

        ``metric`` matches the metric key or the metric as extracted; ``status`` the derived
        current status; ``text`` a substring of the claim's surface text.
        """
        where: list[str] = []
        params: list[Any] = []
        for name, value in (("source", source), ("kind", kind), ("metric", metric),
                            ("status", status), ("text", text)):  # fmt: skip
            if value is None:
                continue
            if name == "status":
                value = parse_status(value).value
            where.append(_FILTERS[name])
            params.extend([str(value)] * _FILTERS[name].count("?"))
        sql = "SELECT c.id, c.record FROM claims c"
        if status is not None:
            sql = f"WITH last AS ({_LAST_EVENTS}) {sql} LEFT JOIN last ON last.claim_id = c.id"
        if where:
            sql += " WHERE " + " AND ".join(where)
        rows = self.store.rows(sql + _CLAIM_ORDER, params)
        return [parse_record(Claim, r[1], "claims", r[0]) for r in rows]

    def iter_claims(self) -> Iterator[Claim]:
        """Every claim, by source and position, read one at a time (for large exports)."""
        cursor = self.store.conn.execute("SELECT c.id, c.record FROM claims c" + _CLAIM_ORDER)
        return (parse_record(Claim, r[1], "claims", r[0]) for r in cursor)

    def claim(self, claim_id: str) -> Claim:
        """The claim with this id (``UnknownClaimError`` if none)."""
        row = self.store.one("SELECT record FROM claims WHERE id = ?", (claim_id,))
        if row is None:
            raise UnknownClaimError(claim_id)
        return parse_record(Claim, row[0], "claims", claim_id)

    def _require(self, claim_id: str) -> None:
        if self.store.one("SELECT 1 FROM claims WHERE id = ?", (claim_id,)) is None:
            raise UnknownClaimError(claim_id)

    # -- links: the reviewer's word on which claims measure the same metric -----------------

    def link(
        self,
        a: str,
        b: str,
        same: bool = True,
        reviewer: str | None = None,
        note: str | None = None,
        at: datetime | None = None,
    ) -> Link:
        """Record that claims ``a`` and ``b`` measure the same metric (or, ``same=False``, not).

        The latest link of a pair wins; see ``effective_metric_groups``.
        """
        when = aware(at, f"link {a}~{b}")
        self._require(a)
        self._require(b)
        with self.store.write() as conn:
            seq, prev = tail(conn)
            lk = next_link(prev, seq + 1, a, b, same, reviewer, note, when)
            append_link(conn, lk)
            set_head(conn, lk.seq, lk.hash)
        return lk

    def links(self) -> list[Link]:
        """Every link ever recorded, oldest first."""
        rows = self.store.rows("SELECT seq, record FROM links ORDER BY seq")
        return [parse_record(Link, r[1], "links", r[0]) for r in rows]

    def links_of(self, claim_id: str) -> list[Link]:
        """The links that name this claim (as ``a`` or ``b``), oldest first."""
        self._require(claim_id)
        rows = self.store.rows(
            "SELECT seq, record FROM links WHERE a = ? "
            "UNION SELECT seq, record FROM links WHERE b = ? ORDER BY seq",
            (claim_id, claim_id),
        )
        return [parse_record(Link, r[1], "links", r[0]) for r in rows]

    def effective_metric_groups(self) -> dict[str, list[Claim]]:
        """Claims grouped by their effective metric key: the automatic key, corrected by links.

        A claim starts under its ``metric_key``. The latest link of each pair decides:
        ``same=False`` takes ``b`` out of a group it shares with ``a`` (it gets the key
        ``claim:<id>``); ``same=True`` merges the two groups, named after the smallest
        automatic key in them. Claims with neither a key nor a ``same`` link are left out.
        """
        return effective_groups(self.claims(), self.links())

    # -- verification history ----------------------------------------------------------------

    def verify(
        self,
        claim_id: str,
        status: Status | str,
        *,
        evidence: Iterable[Evidence | dict[str, Any]] = (),
        reviewer: str | None = None,
        note: str | None = None,
        at: datetime | None = None,
    ) -> VerificationEvent:
        """Append a verification event: the claim's new status, with evidence and who said so.

        Raises:
            UnknownClaimError: no such claim.
            UnknownStatusError: ``status`` is not a ``Status``.
        """
        try:
            req = VerificationRequest(
                claim_id=claim_id,
                status=parse_status(status),
                evidence=tuple(Evidence.model_validate(e) for e in evidence),
                reviewer=reviewer,
                note=note,
                at=at,
            )
        except ValidationError as exc:
            raise InvalidClaimError(claim_id, f"bad evidence: {exc.errors()[0]['msg']}") from None
        return self.verify_many([req])[0]

    def verify_many(self, requests: Iterable[VerificationRequest]) -> list[VerificationEvent]:
        """Append one event per request, all in one transaction (all or nothing); returns
        every event appended (for bulk use, ``verify_bulk`` keeps none)."""
        with self.store.write() as conn:
            return append_verifications(conn, requests)

    def verify_bulk(self, requests: Iterable[VerificationRequest]) -> int:
        """Like ``verify_many`` (one transaction, all or nothing) but returns only how many
        events were appended: requests are consumed one at a time and no event is kept, so
        memory does not grow with the batch."""
        count = 0
        with self.store.write() as conn:
            for _ in iter_verifications(conn, requests):
                count += 1
        return count

    def history(self, claim_id: str | None = None) -> list[VerificationEvent]:
        """The events of one claim, or of the whole ledger, oldest first."""
        if claim_id is None:
            rows = self.store.rows("SELECT seq, record FROM events ORDER BY seq")
        else:
            self._require(claim_id)
            rows = self.store.rows(
                "SELECT seq, record FROM events WHERE claim_id = ? ORDER BY seq", (claim_id,)
            )
        return [parse_record(VerificationEvent, r[1], "events", r[0]) for r in rows]

    def iter_history(self) -> Iterator[VerificationEvent]:
        """Every event, oldest first, read one at a time (for large exports)."""
        cursor = self.store.conn.execute("SELECT seq, record FROM events ORDER BY seq")
        return (parse_record(VerificationEvent, r[1], "events", r[0]) for r in cursor)

    def status(self, claim_id: str) -> Status:
        """The claim's current status: that of its last event, else ``unverified``."""
        self._require(claim_id)
        row = self.store.one(
            "SELECT status FROM events WHERE claim_id = ? ORDER BY seq DESC LIMIT 1", (claim_id,)
        )
        return Status.UNVERIFIED if row is None else Status(row[0])

    def statuses(self) -> dict[str, Status]:
        """The current status of every claim, by claim id (sorted)."""
        last = {r[0]: Status(r[1]) for r in self.store.rows(_LAST_EVENTS)}
        ids = self.store.rows("SELECT id FROM claims ORDER BY id")
        return {r[0]: last.get(r[0], Status.UNVERIFIED) for r in ids}

    def iter_statuses(self) -> Iterator[tuple[str, Status]]:
        """(claim id, current status) of every claim, sorted by id, read one at a time."""
        cursor = self.store.conn.execute(_STATUS_BY_ID)
        return ((r[0], Status(r[1])) for r in cursor)

    def last_events(self) -> dict[str, VerificationEvent]:
        """The latest event of every claim that has one, by claim id."""
        rows = self.store.rows(_LAST_EVENTS)
        return {r[0]: parse_record(VerificationEvent, r[2], "events", r[0]) for r in rows}

    def head(self) -> tuple[int, str] | None:
        """The stored head of the hash chain: (seq, hash) of its last entry, or ``None``."""
        rows: dict[str, str] = {r[0]: r[1] for r in self.store.rows(_HEAD)}
        if "head_seq" not in rows or "head_hash" not in rows:
            return None
        return int(rows["head_seq"]), str(rows["head_hash"])

    def verify_history(self) -> HistoryReport:
        """Re-check the whole hash chain (events, links and document seals) and every stored
        source and claim against its seal; the report names the first bad entry, and the
        source or claim that does not match, if any."""
        with self.store.snapshot() as conn:
            report = check_chain(stored_entries(conn), self.head(), document_checker(conn))
            stray = first_unsealed(conn) if report.ok else None
        if stray is None:
            return report
        source_id, cid = stray
        what = f"claim {cid!r} of source {source_id!r}" if cid else f"source {source_id!r}"
        return report.model_copy(update={
            "ok": False, "first_bad_source": source_id, "first_bad_claim": cid,
            "problem": f"{what} is stored but no chain entry seals it (added behind the "
                       "ledger's back)",
        })  # fmt: skip

    # -- findings of the consistency rules ---------------------------------------------------

    def store_findings(self, findings: Sequence[Finding], run_at: datetime) -> int:
        """Store one run of the rules; it supersedes the previous run. Returns the run number."""
        when = aware(run_at, "findings run")
        with self.store.write() as conn:
            run = conn.execute("SELECT COALESCE(MAX(run), 0) + 1 FROM finding_runs").fetchone()[0]
            conn.execute(
                "INSERT INTO finding_runs (run, run_at) VALUES (?, ?)", (run, when.isoformat())
            )
            conn.executemany(
                "INSERT INTO findings (run, position, rule, verdict, record) "
                "VALUES (?, ?, ?, ?, ?)",
                [(run, i, f.rule, f.verdict.value, f.model_dump_json())
                 for i, f in enumerate(findings)],
            )  # fmt: skip
        return int(run)

    def findings_run(self) -> tuple[datetime, list[Finding]] | None:
        """The latest run: its time and its findings in the order stored; ``None`` if no run."""
        row = self.store.one("SELECT run, run_at FROM finding_runs ORDER BY run DESC LIMIT 1")
        if row is None:
            return None
        rows = self.store.rows(
            "SELECT position, record FROM findings WHERE run = ? ORDER BY position", (row[0],)
        )
        return datetime.fromisoformat(row[1]), [
            parse_record(Finding, r[1], "findings", f"run {row[0]} position {r[0]}") for r in rows
        ]

    def findings(self) -> list[Finding]:
        """The findings of the latest run (empty before the first run)."""
        run = self.findings_run()
        return [] if run is None else run[1]
