"""Export and import: the whole ledger as one JSON document, its JSON Schema, and CSV.

``export_json(ledger)`` returns the ledger (sources with text, claims, links, document
seals, the hash-chained history, the current status of every claim, the latest findings)
as one deterministic JSON document: sorted keys and a fixed order, so export -> import -> export
is byte-identical. ``import_json(ledger, data)`` validates a document completely (JSON,
schema version, records, references, hash chain, every document against its seal,
derived statuses) before it writes one row, in one transaction, into an empty ledger.
Documents of versions 1 and 2 are still read: what they kept outside the chain (links,
documents) is sealed at its end, as the file migrations do. ``export_csv`` gives one row per claim.
ClaimReview JSON-LD lives in ``ledger.claimreview``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any, Final, Literal, TextIO

from pydantic import Field, ValidationError

from claims.models import Claim, DateValue, Record, Source, sha256_text
from ledger.book import Ledger
from ledger.chain import append_event, append_link, append_seal, set_head
from ledger.errors import ExportDocumentError, ExportVersionError, LedgerNotEmptyError
from ledger.export_compat import documents_into_chain, links_into_chain
from ledger.history import Entry, Mismatch, check_chain
from ledger.models import (
    DocumentSeal,
    Finding,
    Link,
    Status,
    VerificationEvent,
    record_digest,
)
from ledger.seals import Row, compare, iter_seals

__all__ = [
    "CSV_COLUMNS",
    "EXPORT_FORMAT",
    "EXPORT_VERSION",
    "READABLE_VERSIONS",
    "FindingsRun",
    "LedgerExport",
    "SourceEntry",
    "export_csv",
    "export_document",
    "export_json",
    "export_schema",
    "import_json",
    "write_json",
]

EXPORT_FORMAT: Final = "hecha.ledger"
EXPORT_VERSION: Final = 3
READABLE_VERSIONS: Final = (1, 2, 3)
"""Version 1 kept links outside the hash chain, versions 1 and 2 documents (sources and
claims); ``import_json`` seals them at its end, links first."""


class SourceEntry(Record):
    """A source with the full text its claims' spans point into."""

    source: Source
    text: str


class FindingsRun(Record):
    """One run of the consistency rules: when, and what it found."""

    run_at: datetime
    findings: tuple[Finding, ...] = ()


class LedgerExport(Record):
    """The whole ledger as one document (``hecha export --format json``)."""

    format: Literal["hecha.ledger"] = EXPORT_FORMAT
    schema_version: Literal[3] = EXPORT_VERSION
    sources: tuple[SourceEntry, ...] = ()
    claims: tuple[Claim, ...] = ()
    links: tuple[Link, ...] = ()
    seals: tuple[DocumentSeal, ...] = Field(
        default=(),
        description="one chain entry per source: digests of its source record and claims",
    )
    history: tuple[VerificationEvent, ...] = ()
    head: str | None = Field(
        default=None,
        description="hash of the last entry of the hash chain (events, links and seals, by seq)",
    )
    status: dict[str, Status] = Field(
        default_factory=dict,
        description="current status of every claim, derived from the history (checked on import)",
    )
    findings: FindingsRun | None = None


def _dumps(data: Any) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, indent=2) + "\n"


def _line(data: Any) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False)


def export_document(ledger: Ledger) -> LedgerExport:
    """The ledger as a ``LedgerExport`` record (held in memory whole)."""
    return LedgerExport.model_validate_json(export_json(ledger))


def write_json(ledger: Ledger, out: TextIO) -> None:
    """Write the whole ledger to ``out`` as one JSON document, one record per line.

    Keys are sorted and every list has a fixed order, so the bytes depend only on the
    ledger's content. Records are read and written one at a time, from one consistent
    snapshot of the file.
    """

    def records(name: str, items: Iterable[Record] | Iterable[dict[str, Any]]) -> None:
        out.write(f"{_line(name)}: [")
        sep = "\n"
        for item in items:
            data = item.model_dump(mode="json") if isinstance(item, Record) else item
            out.write(sep + _line(data))
            sep = ",\n"
        out.write("\n]" if sep != "\n" else "]")

    def scalar(name: str, value: Any) -> None:
        out.write(f"{_line(name)}: {_line(value)}")

    with ledger.store.snapshot():
        run, head = ledger.findings_run(), ledger.head()
        out.write("{\n")
        records("claims", ledger.iter_claims())
        out.write(",\n")
        findings = None if run is None else FindingsRun(run_at=run[0], findings=tuple(run[1]))
        scalar("findings", None if findings is None else findings.model_dump(mode="json"))
        out.write(",\n")
        scalar("format", EXPORT_FORMAT)
        out.write(",\n")
        scalar("head", None if head is None else head[1])
        out.write(",\n")
        records("history", ledger.iter_history())
        out.write(",\n")
        records("links", ledger.links())
        out.write(",\n")
        scalar("schema_version", EXPORT_VERSION)
        out.write(",\n")
        records("seals", iter_seals(ledger.store.conn))
        out.write(",\n")
        records("sources", ({"source": s.model_dump(mode="json"), "text": ledger.text(s.id)}
                            for s in ledger.sources()))  # fmt: skip
        out.write(",\n")
        out.write(f"{_line('status')}: {{")
        sep = "\n"
        for claim_id, st in ledger.iter_statuses():
            out.write(f"{sep}{_line(claim_id)}: {_line(st.value)}")
            sep = ",\n"
        out.write("\n}" if sep != "\n" else "}")
        out.write("\n}\n")


def export_json(ledger: Ledger) -> str:
    """The whole ledger as one deterministic JSON document (see ``write_json``)."""
    buffer = io.StringIO()
    write_json(ledger, buffer)
    return buffer.getvalue()


def export_schema() -> str:
    """The JSON Schema of the export document, as deterministic JSON text."""
    return _dumps(LedgerExport.model_json_schema(mode="serialization"))


def _parse(data: str | bytes) -> LedgerExport:
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ExportDocumentError(f"byte {exc.start}", "not valid UTF-8") from None
    try:
        raw = json.loads(data)
    except json.JSONDecodeError as exc:
        raise ExportDocumentError(
            f"line {exc.lineno} column {exc.colno}", f"not valid JSON ({exc.msg}); truncated?"
        ) from None
    if not isinstance(raw, dict) or raw.get("format") != EXPORT_FORMAT:
        raise ExportDocumentError(
            "format", f"not a hecha ledger export (expected {EXPORT_FORMAT!r})"
        )
    version = raw.get("schema_version")
    if version not in READABLE_VERSIONS or isinstance(version, bool):
        raise ExportVersionError(version, EXPORT_VERSION)
    if version == 1:
        raw = links_into_chain(raw)
    if version < EXPORT_VERSION:
        if "seals" in raw:
            raise ExportDocumentError("seals", f"a version-{version} document has no seals")
        raw = raw | {"schema_version": EXPORT_VERSION}
    try:
        doc = LedgerExport.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "document"
        problem = f"{err['msg']} ({exc.error_count()} errors in all)"
        raise ExportDocumentError(where, problem) from None
    if version == EXPORT_VERSION:
        return doc
    tails: list[Entry] = [*doc.history[-1:], *doc.links[-1:]]
    seq = max((e.seq for e in tails), default=0)
    sources = (e.source for e in doc.sources)
    seals, head = documents_into_chain(sources, doc.claims, seq, doc.head)
    return doc.model_copy(update={"seals": seals, "head": head})


def _check_references(doc: LedgerExport) -> None:
    """Every cross-reference of the document resolves, and every derived field agrees."""
    texts: dict[str, str] = {}
    for i, entry in enumerate(doc.sources):
        if entry.source.id in texts:
            raise ExportDocumentError(f"sources.{i}", f"source id {entry.source.id!r} twice")
        if sha256_text(entry.text) != entry.source.sha256:
            raise ExportDocumentError(f"sources.{i}", "text does not match the source's sha256")
        texts[entry.source.id] = entry.text
    claim_ids: set[str] = set()
    for i, c in enumerate(doc.claims):
        where = f"claims.{i}"
        if c.id in claim_ids:
            raise ExportDocumentError(where, f"claim id {c.id!r} twice")
        claim_ids.add(c.id)
        if c.source_id not in texts:
            raise ExportDocumentError(where, f"names unknown source {c.source_id!r}")
        if c.span.slice(texts[c.source_id]) != c.text:
            raise ExportDocumentError(where, "span does not cover the claim's text in its source")
    for i, lk in enumerate(doc.links):
        for cid in (lk.a, lk.b):
            if cid not in claim_ids:
                raise ExportDocumentError(f"links.{i}", f"names unknown claim {cid!r}")
    for i, ev in enumerate(doc.history):
        if ev.claim_id not in claim_ids:
            raise ExportDocumentError(f"history.{i}", f"names unknown claim {ev.claim_id!r}")
    _check_chain(doc, texts)
    derived = dict.fromkeys(claim_ids, Status.UNVERIFIED)
    derived.update({ev.claim_id: ev.status for ev in doc.history})
    if doc.status != derived:
        bad = sorted(k for k in derived.keys() | doc.status.keys()
                     if derived.get(k) != doc.status.get(k))  # fmt: skip
        raise ExportDocumentError(
            f"status.{bad[0]}", "does not match the status derived from the history"
        )


def _rows(claims: Iterable[Claim]) -> Iterator[Row]:
    for c in claims:
        data = c.model_dump(mode="json")
        yield c.id, record_digest(data), data, None


def _check_chain(doc: LedgerExport, texts: dict[str, str]) -> None:
    """The hash chain (events, links and seals merged by seq) holds, ends at the head, and
    every source is sealed once, with its record and claims as the seal says."""
    sources = {e.source.id: e.source.model_dump(mode="json") for e in doc.sources}
    by_source: dict[str | None, list[Claim]] = {}
    for c in doc.claims:
        by_source.setdefault(c.source_id, []).append(c)

    def check_document(seal: DocumentSeal) -> Mismatch | None:
        data = sources.get(seal.source_id)
        if data is None:
            return Mismatch(f"seals source {seal.source_id!r}, which the document lacks")
        claims = sorted(by_source.get(seal.source_id, ()),
                        key=lambda c: (c.span.start, c.span.end, c.id))  # fmt: skip
        return compare(seal, record_digest(data), data, texts[seal.source_id], _rows(claims))

    chain: list[Entry] = [*doc.history, *doc.links, *doc.seals]
    chain.sort(key=lambda e: e.seq)
    head = (len(chain), doc.head) if doc.head is not None else None
    report = check_chain(chain, head, check_document)
    if not report.ok:
        kind = f" ({report.first_bad_kind})" if report.first_bad_kind else ""
        raise ExportDocumentError(f"chain entry {report.first_bad_seq}{kind}", str(report.problem))
    sealed: set[str] = set()
    for i, seal in enumerate(doc.seals):
        if seal.source_id in sealed:
            raise ExportDocumentError(f"seals.{i}", f"source {seal.source_id!r} is sealed twice")
        sealed.add(seal.source_id)
    unsealed = sorted(sources.keys() - sealed)
    if unsealed:
        raise ExportDocumentError(f"sources ({unsealed[0]})", "no seal in the chain covers it")


_NOT_EMPTY = (
    ("sources", "SELECT 1 FROM sources LIMIT 1"),
    ("verification events", "SELECT 1 FROM events LIMIT 1"),
    ("links", "SELECT 1 FROM links LIMIT 1"),
    ("findings", "SELECT 1 FROM finding_runs LIMIT 1"),
)


def import_json(ledger: Ledger, data: str | bytes) -> LedgerExport:
    """Load an export document into an empty ledger, all or nothing; returns the document.

    Raises:
        ExportDocumentError: malformed or truncated JSON, wrong records, unknown ids,
            a broken hash chain or statuses that do not follow from the history.
        ExportVersionError: a schema version this hecha does not read.
        LedgerNotEmptyError: the target ledger already holds sources, history or links.
    """
    doc = _parse(data)
    _check_references(doc)
    rows = [c.model_dump_json() for c in doc.claims]
    store = ledger.store
    with store.write() as conn:
        for table, probe in _NOT_EMPTY:
            if conn.execute(probe).fetchone() is not None:
                raise LedgerNotEmptyError(table)
        conn.executemany(
            "INSERT INTO sources (id, sha256, record, text) VALUES (?, ?, ?, ?)",
            [(e.source.id, e.source.sha256, e.source.model_dump_json(), e.text)
             for e in doc.sources],
        )  # fmt: skip
        conn.executemany(
            "INSERT INTO claims (id, source_id, start, stop, kind, metric, metric_key, text, "
            "record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(c.id, c.source_id, c.span.start, c.span.end, c.kind.value, c.metric,
              c.metric_key, c.text, r) for c, r in zip(doc.claims, rows, strict=True)],
        )  # fmt: skip
        for lk in doc.links:
            append_link(conn, lk)
        for ev in doc.history:
            append_event(conn, ev)
        for seal in doc.seals:
            append_seal(conn, seal)
        tails: list[Entry] = [*doc.history[-1:], *doc.links[-1:], *doc.seals[-1:]]
        last = max(tails, key=lambda e: e.seq, default=None)
        if last is not None:
            set_head(conn, last.seq, last.hash)
        if doc.findings is not None:
            run = doc.findings
            conn.execute(
                "INSERT INTO finding_runs (run, run_at) VALUES (1, ?)", (run.run_at.isoformat(),)
            )
            conn.executemany(
                "INSERT INTO findings (run, position, rule, verdict, record) "
                "VALUES (1, ?, ?, ?, ?)",
                [(i, f.rule, f.verdict.value, f.model_dump_json())
                 for i, f in enumerate(run.findings)],
            )  # fmt: skip
    return doc


CSV_COLUMNS = (
    "id", "source", "text", "kind", "stated", "stated_end", "literal", "literal_lower",
    "literal_upper", "conventional", "conventional_lower", "conventional_upper", "unit",
    "per", "counted", "subject", "metric", "metric_key", "status", "last_reviewer",
    "last_note", "last_at",
)  # fmt: skip
"""CSV header. Intervals are written as "(90000, +inf)"; the bound columns hold the bare numbers."""


def _csv_row(c: Claim, status: Status, last: VerificationEvent | None) -> list[str]:
    v = c.value
    if isinstance(v, DateValue):
        stated, end = str(v.start), str(v.end)
        intervals = ["", "", "", "", "", ""]
    else:
        stated, end = str(v.stated), "" if v.stated_end is None else str(v.stated_end)
        intervals = []
        for iv in (v.literal, v.conventional):
            intervals += [str(iv), "" if iv.lower is None else str(iv.lower),
                          "" if iv.upper is None else str(iv.upper)]  # fmt: skip
    tail = [c.unit, c.per, c.counted, c.subject, c.metric, c.metric_key, status.value]
    reviewed = [last.reviewer, last.note, last.timestamp.isoformat()] if last else [None] * 3
    return [c.id, c.source_id or "", c.text, c.kind.value, stated, end, *intervals] + [
        "" if x is None else str(x) for x in tail + reviewed
    ]


def export_csv(ledger: Ledger) -> str:
    """One row per claim (see ``CSV_COLUMNS``), for spreadsheets."""
    statuses, last = ledger.statuses(), ledger.last_events()
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for c in ledger.claims():
        writer.writerow(_csv_row(c, statuses[c.id], last.get(c.id)))
    return out.getvalue()
