"""Storage: one SQLite file (or ``:memory:``) holding a ledger, with schema version and migrations.

Takes a path, returns a ``Store``: a connection in WAL mode with a busy timeout, whose
writers run inside ``BEGIN IMMEDIATE`` transactions so two processes serialise instead of
interleaving. A file is recognised as a hecha ledger by its SQLite ``application_id``; its
``user_version`` is the schema version, and ``MIGRATIONS`` brings an older file up to
``SCHEMA_VERSION`` in one transaction. A file that is not a ledger (random bytes, another
application's database, a newer schema) is probed read-only and refused untouched.

Every statement is a constant; input values only ever travel as parameters. The
migration steps SQL cannot do (hashing links and documents into the chain) are functions
in ``ledger.chain`` and ``ledger.seals``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ledger.chain import seal_unchained_links
from ledger.errors import LedgerVersionError, NotALedgerError
from ledger.seals import seal_unsealed_documents

__all__ = ["APPLICATION_ID", "MEMORY", "MIGRATIONS", "SCHEMA_VERSION", "Store"]

MEMORY = ":memory:"
APPLICATION_ID = 0x48454348  # "HECH" in ASCII: marks a SQLite file as a hecha ledger
BUSY_TIMEOUT_MS = 15_000  # how long a writer waits for another process's transaction

# MIGRATIONS[i] takes a ledger from schema version i to i + 1: SQL statements, or a function
# of the connection for a step SQL cannot do (hashing). Never edit a shipped entry: add a
# new one, so every older file can follow the same path.
Step = str | Callable[[sqlite3.Connection], None]
MIGRATIONS: tuple[tuple[Step, ...], ...] = (
    # 0 -> 1: sources with their text, claims, the hash-chained history, a key/value meta table
    (
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """CREATE TABLE sources (
            id TEXT PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            record TEXT NOT NULL,
            text TEXT NOT NULL
        )""",
        """CREATE TABLE claims (
            id TEXT PRIMARY KEY,
            source_id TEXT NOT NULL REFERENCES sources(id),
            start INTEGER NOT NULL,
            stop INTEGER NOT NULL,
            kind TEXT NOT NULL,
            metric TEXT,
            metric_key TEXT,
            text TEXT NOT NULL,
            record TEXT NOT NULL
        )""",
        "CREATE INDEX claims_by_source ON claims (source_id, start, stop)",
        "CREATE INDEX claims_by_kind ON claims (kind)",
        """CREATE TABLE events (
            seq INTEGER PRIMARY KEY,
            claim_id TEXT NOT NULL REFERENCES claims(id),
            status TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL UNIQUE,
            record TEXT NOT NULL
        )""",
        "CREATE INDEX events_by_claim ON events (claim_id, seq)",
    ),
    # 1 -> 2: reviewer links between claims, stored finding runs, metric index, and
    # triggers that refuse UPDATE/DELETE on the history (the hash chain still catches
    # anyone who drops them)
    (
        "CREATE INDEX claims_by_metric ON claims (metric_key)",
        """CREATE TABLE links (
            seq INTEGER PRIMARY KEY,
            a TEXT NOT NULL REFERENCES claims(id),
            b TEXT NOT NULL REFERENCES claims(id),
            same INTEGER NOT NULL,
            record TEXT NOT NULL
        )""",
        "CREATE TABLE finding_runs (run INTEGER PRIMARY KEY, run_at TEXT NOT NULL)",
        """CREATE TABLE findings (
            run INTEGER NOT NULL REFERENCES finding_runs(run),
            position INTEGER NOT NULL,
            rule TEXT NOT NULL,
            verdict TEXT NOT NULL,
            record TEXT NOT NULL,
            PRIMARY KEY (run, position)
        )""",
        """CREATE TRIGGER events_no_update BEFORE UPDATE ON events
           BEGIN SELECT RAISE(ABORT, 'the verification history is append-only'); END""",
        """CREATE TRIGGER events_no_delete BEFORE DELETE ON events
           BEGIN SELECT RAISE(ABORT, 'the verification history is append-only'); END""",
    ),
    # 2 -> 3: links become entries of the hash chain (seq shared with events, prev_hash,
    # hash); the links a version-2 file kept outside the chain are sealed at its end, in
    # their order; links get the same append-only triggers and indexes by claim
    (
        "ALTER TABLE links RENAME TO links_v2",
        """CREATE TABLE links (
            seq INTEGER PRIMARY KEY,
            a TEXT NOT NULL REFERENCES claims(id),
            b TEXT NOT NULL REFERENCES claims(id),
            same INTEGER NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL UNIQUE,
            record TEXT NOT NULL
        )""",
        seal_unchained_links,
        "DROP TABLE links_v2",
        "CREATE INDEX links_by_a ON links (a, seq)",
        "CREATE INDEX links_by_b ON links (b, seq)",
        """CREATE TRIGGER links_no_update BEFORE UPDATE ON links
           BEGIN SELECT RAISE(ABORT, 'the verification history is append-only'); END""",
        """CREATE TRIGGER links_no_delete BEFORE DELETE ON links
           BEGIN SELECT RAISE(ABORT, 'the verification history is append-only'); END""",
    ),
    # 3 -> 4: documents become entries of the hash chain: a seal per source with the
    # digests of its source record and claims; the documents of a version-3 file are
    # sealed at its end, by source id; seals, sources and claims get append-only triggers
    (
        """CREATE TABLE documents (
            seq INTEGER PRIMARY KEY,
            source_id TEXT NOT NULL UNIQUE REFERENCES sources(id),
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL UNIQUE,
            record TEXT NOT NULL
        )""",
        seal_unsealed_documents,
        """CREATE TRIGGER documents_no_update BEFORE UPDATE ON documents
           BEGIN SELECT RAISE(ABORT, 'the verification history is append-only'); END""",
        """CREATE TRIGGER documents_no_delete BEFORE DELETE ON documents
           BEGIN SELECT RAISE(ABORT, 'the verification history is append-only'); END""",
        """CREATE TRIGGER sources_no_update BEFORE UPDATE ON sources
           BEGIN SELECT RAISE(ABORT, 'stored documents are sealed: add a new one'); END""",
        """CREATE TRIGGER sources_no_delete BEFORE DELETE ON sources
           BEGIN SELECT RAISE(ABORT, 'stored documents are sealed: add a new one'); END""",
        """CREATE TRIGGER claims_no_update BEFORE UPDATE ON claims
           BEGIN SELECT RAISE(ABORT, 'stored documents are sealed: add a new one'); END""",
        """CREATE TRIGGER claims_no_delete BEFORE DELETE ON claims
           BEGIN SELECT RAISE(ABORT, 'stored documents are sealed: add a new one'); END""",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)


def _probe(path: Path) -> None:
    """Refuse, without writing a byte, a file that is not a hecha ledger we can read."""
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise NotALedgerError(str(path), f"cannot open it ({exc})") from None
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise NotALedgerError(str(path), f"not an SQLite database ({exc})") from None
    finally:
        conn.close()
    if app_id == APPLICATION_ID:
        if version > SCHEMA_VERSION:
            raise LedgerVersionError(str(path), version, SCHEMA_VERSION)
        return
    if app_id != 0 or tables:
        raise NotALedgerError(
            str(path),
            f"an SQLite database of another application (application_id {app_id}, "
            f"{tables} schema objects)",
        )


class Store:
    """A connection to one ledger database; ``write()`` is the only way to change it."""

    def __init__(self, conn: sqlite3.Connection, name: str) -> None:
        self.conn = conn
        self.name = name

    @classmethod
    def open(cls, path: str | Path = "hecha.db") -> Store:
        """Open (creating or migrating if needed) the ledger at ``path``, or ``":memory:"``.

        Raises:
            NotALedgerError: the file exists but is not a hecha ledger, or cannot be opened.
            LedgerVersionError: the file comes from a newer hecha.
        """
        name = str(path)
        if name != MEMORY:
            p = Path(path)
            if p.is_dir():
                raise NotALedgerError(name, "it is a directory")
            if p.exists() and p.stat().st_size > 0:
                _probe(p)
            elif not p.parent.is_dir():
                raise NotALedgerError(name, f"folder {p.parent} does not exist")
        try:
            conn = sqlite3.connect(name, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        except sqlite3.Error as exc:
            raise NotALedgerError(name, f"cannot open it ({exc})") from None
        store = cls(conn, name)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")  # a constant, not input
            if name != MEMORY:
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            store._migrate()
        except BaseException:
            conn.close()
            raise
        return store

    def _migrate(self) -> None:
        """Apply the missing migrations in one transaction (another process may race us)."""
        with self.write() as conn:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise LedgerVersionError(self.name, version, SCHEMA_VERSION)
            for step in MIGRATIONS[version:]:
                for statement in step:
                    if callable(statement):
                        statement(conn)
                    else:
                        conn.execute(statement)
            if version < SCHEMA_VERSION:
                # PRAGMA takes no parameters; both values are module constants
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @property
    def version(self) -> int:
        """The schema version of the open database."""
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: ``BEGIN IMMEDIATE`` ... ``COMMIT``, rolled back on any error."""
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    @contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """A read transaction: every query inside sees one consistent state of the file."""
        conn = self.conn
        conn.execute("BEGIN DEFERRED")
        try:
            yield conn
        finally:
            conn.execute("COMMIT")

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        """All rows of a read query."""
        return self.conn.execute(sql, params).fetchall()

    def one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """The first row of a read query, or ``None``."""
        return self.conn.execute(sql, params).fetchone()

    def close(self) -> None:
        """Close the connection (committed data is on disk already)."""
        self.conn.close()
