"""Storage: SQLite file format, refusing files that are not ledgers, migrations, tampering.

Every "refused" case checks that the file's bytes are unchanged afterwards.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from ledger import Ledger
from ledger.errors import LedgerVersionError, NotALedgerError, UnknownClaimError
from ledger.history import next_event
from ledger.models import GENESIS_HASH, Status
from ledger.store import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from tests.ledger_factory import T0, weibo_like


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _filled(path: Path, events: int = 4) -> list[str]:
    """A ledger file with the weibo claims and ``events`` verifications; returns claim ids."""
    text, source, found = weibo_like()
    with Ledger.open(path) as ledger:
        ledger.add_document(text, source, found)
        for i in range(events):
            ledger.verify(found[i % 3].id, list(Status)[i % 6], reviewer=f"r{i}", at=T0)
    return [c.id for c in found]


def _raw(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection, as someone editing the file by hand would open it."""
    return sqlite3.connect(path, isolation_level=None)


# -- the file format ----------------------------------------------------------------------------


def test_new_file_is_marked_as_a_ledger_in_wal_mode(tmp_path: Path) -> None:
    """A new ledger file carries hecha's application_id, the schema version and WAL journaling."""
    path = tmp_path / "desk.db"
    Ledger.open(path).close()
    conn = _raw(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_empty_file_becomes_a_ledger(tmp_path: Path) -> None:
    """A zero-byte file (as `touch` leaves it) is initialised as a new ledger."""
    path = tmp_path / "empty.db"
    path.touch()
    with Ledger.open(path) as ledger:
        assert ledger.store.version == SCHEMA_VERSION


def test_data_survives_reopening(tmp_path: Path) -> None:
    """What one connection committed another one reads back."""
    path = tmp_path / "desk.db"
    ids = _filled(path)
    with Ledger.open(path) as ledger:
        assert [c.id for c in ledger.claims()] == ids
        assert len(ledger.history()) == 4
        assert ledger.verify_history().ok


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(b"\x00\x01garbage" * 100, "not an SQLite database", id="random-bytes"),
        pytest.param("账号超9万个\n".encode() * 50, "not an SQLite database", id="a-text-file"),
    ],
)
def test_file_that_is_not_sqlite_is_refused_untouched(
    tmp_path: Path, content: bytes, message: str
) -> None:
    """Opening a non-database file raises NotALedgerError and leaves its bytes as they were."""
    path = tmp_path / "desk.db"
    path.write_bytes(content)
    with pytest.raises(NotALedgerError, match=message) as info:
        Ledger.open(path)
    assert isinstance(info.value, ValueError)
    assert "left untouched" in str(info.value)
    assert path.read_bytes() == content


def test_another_applications_database_is_refused_untouched(tmp_path: Path) -> None:
    """An SQLite database of another application is refused and not modified."""
    path = tmp_path / "other.db"
    conn = _raw(path)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO customers (name) VALUES ('王五')")
    conn.close()
    before = _digest(path)
    with pytest.raises(NotALedgerError, match="another application"):
        Ledger.open(path)
    assert _digest(path) == before


def test_ledger_from_a_newer_hecha_is_refused_untouched(tmp_path: Path) -> None:
    """A ledger whose schema version is above ours raises LedgerVersionError, file unchanged."""
    path = tmp_path / "future.db"
    _filled(path, events=1)
    conn = _raw(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = _digest(path)
    with pytest.raises(LedgerVersionError, match=f"schema version {SCHEMA_VERSION + 1}"):
        Ledger.open(path)
    assert _digest(path) == before


def test_directory_or_missing_folder_is_refused(tmp_path: Path) -> None:
    """A directory, or a path in a folder that does not exist, is a NotALedgerError."""
    with pytest.raises(NotALedgerError, match="directory"):
        Ledger.open(tmp_path)
    with pytest.raises(NotALedgerError, match="does not exist"):
        Ledger.open(tmp_path / "no" / "such.db")


# -- migrations ---------------------------------------------------------------------------------


def test_version_1_file_is_migrated_with_its_history_intact(tmp_path: Path) -> None:
    """A schema version 1 ledger opens, migrates to the current version and keeps its data."""
    path = tmp_path / "v1.db"
    text, source, found = weibo_like()
    conn = _raw(path)
    conn.execute("BEGIN")
    for statement in MIGRATIONS[0]:
        assert isinstance(statement, str)
        conn.execute(statement)
    conn.execute(
        "INSERT INTO sources VALUES (?, ?, ?, ?)",
        (source.id, source.sha256, source.model_dump_json(), text),
    )
    c = found[0]
    conn.execute(
        "INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (c.id, c.source_id, c.span.start, c.span.end, c.kind.value, c.metric, c.metric_key,
         c.text, c.model_dump_json()),
    )  # fmt: skip
    ev = next_event(GENESIS_HASH, 1, c.id, Status.SUPPORTED, (), None, "张三", None, T0)
    conn.execute(
        "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?)",
        (1, c.id, "supported", ev.prev_hash, ev.hash, ev.model_dump_json()),
    )
    conn.execute("INSERT INTO meta VALUES ('head_seq', '1'), ('head_hash', ?)", (ev.hash,))
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.execute("COMMIT")
    conn.close()

    with Ledger.open(path) as ledger:
        assert ledger.store.version == SCHEMA_VERSION
        assert ledger.claims() == [c]
        assert ledger.status(c.id) is Status.SUPPORTED
        assert ledger.verify_history().ok
        ledger.link(c.id, c.id)  # a table migration 2 added
        assert len(ledger.links()) == 1


def test_version_2_file_is_migrated_with_its_links_sealed_into_the_chain(tmp_path: Path) -> None:
    """A schema version 2 ledger (links outside the hash chain) opens and migrates: its links
    become chain entries after the last event, in their order, and the chain verifies."""
    path = tmp_path / "v2.db"
    text, source, found = weibo_like()
    conn = _raw(path)
    conn.execute("BEGIN")
    for statement in (*MIGRATIONS[0], *MIGRATIONS[1]):
        assert isinstance(statement, str)
        conn.execute(statement)
    conn.execute(
        "INSERT INTO sources VALUES (?, ?, ?, ?)",
        (source.id, source.sha256, source.model_dump_json(), text),
    )
    conn.executemany(
        "INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(c.id, c.source_id, c.span.start, c.span.end, c.kind.value, c.metric, c.metric_key,
          c.text, c.model_dump_json()) for c in found],
    )  # fmt: skip
    ev = next_event(GENESIS_HASH, 1, found[0].id, Status.SUPPORTED, (), None, "张三", None, T0)
    conn.execute(
        "INSERT INTO events (seq, claim_id, status, prev_hash, hash, record) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (1, ev.claim_id, "supported", ev.prev_hash, ev.hash, ev.model_dump_json()),
    )
    conn.execute("INSERT INTO meta VALUES ('head_seq', '1'), ('head_hash', ?)", (ev.hash,))
    for seq, (a, b, same) in enumerate([(0, 2, True), (1, 2, False)], start=1):
        record = {"seq": seq, "a": found[a].id, "b": found[b].id, "same": same,
                  "reviewer": "李四", "note": None, "at": T0.isoformat()}  # fmt: skip
        conn.execute(
            "INSERT INTO links (seq, a, b, same, record) VALUES (?, ?, ?, ?, ?)",
            (seq, found[a].id, found[b].id, int(same), json.dumps(record)),
        )
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 2")
    conn.execute("COMMIT")
    conn.close()

    with Ledger.open(path) as ledger:
        assert ledger.store.version == SCHEMA_VERSION
        links = ledger.links()
        assert [(lk.seq, lk.a, lk.b, lk.same) for lk in links] == [
            (2, found[0].id, found[2].id, True), (3, found[1].id, found[2].id, False),
        ]  # fmt: skip
        assert links[0].prev_hash == ev.hash
        # migration 3 -> 4 then seals the document after the links
        assert (ledger.head() or (0, ""))[0] == 4
        report = ledger.verify_history()
        assert (report.ok, report.events_checked, report.claims_checked) == (True, 4, 3)
        assert ledger.status(found[0].id) is Status.SUPPORTED
        ledger.verify(found[1].id, "refuted", at=T0)  # appends after the sealed entries
        assert ledger.history()[-1].seq == 5
        assert ledger.verify_history().ok


def test_migrations_are_numbered_by_position() -> None:
    """The schema version is the number of migrations, so a new one bumps it."""
    assert SCHEMA_VERSION == len(MIGRATIONS) >= 2


# -- transactions and tampering -------------------------------------------------------------------


def test_a_failed_batch_writes_nothing(tmp_path: Path) -> None:
    """verify_many with an unknown claim in the middle rolls the whole batch back."""
    from ledger import VerificationRequest

    path = tmp_path / "desk.db"
    ids = _filled(path, events=0)
    reqs = [VerificationRequest(claim_id=cid, status=Status.SUPPORTED) for cid in ids]
    reqs.insert(2, VerificationRequest(claim_id="c-nope", status=Status.REFUTED))
    with Ledger.open(path) as ledger:
        with pytest.raises(UnknownClaimError):
            ledger.verify_many(reqs)
        assert ledger.history() == []
        assert (ledger.head() or (0, ""))[0] == 1  # the document's seal, nothing after it


def test_history_table_refuses_update_and_delete(tmp_path: Path) -> None:
    """Triggers make the events table append-only for anyone using SQL without dropping them."""
    path = tmp_path / "desk.db"
    _filled(path)
    conn = _raw(path)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("UPDATE events SET status = 'refuted' WHERE seq = 2")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("DELETE FROM events WHERE seq = 2")


def _tamper(path: Path, *statements: str) -> None:
    conn = _raw(path)
    conn.execute("DROP TRIGGER events_no_update")
    conn.execute("DROP TRIGGER events_no_delete")
    for s in statements:
        conn.execute(s)
    conn.close()


@pytest.mark.parametrize(
    ("statements", "bad_seq", "problem"),
    [
        pytest.param(
            ["UPDATE events SET record = replace(record, '\"reviewer\":\"r1\"', "
             "'\"reviewer\":\"王五\"') WHERE seq = 3"],
            3, "does not match its hash", id="edited-record",
        ),
        pytest.param(
            ["UPDATE events SET status = 'refuted' WHERE seq = 3"],
            3, "indexed columns differ", id="edited-status-column",
        ),
        pytest.param(["DELETE FROM events WHERE seq = 3"], 3,
                     "entry 3 is missing (the next is event 4)", id="deleted-middle"),
        pytest.param(["DELETE FROM events WHERE seq = 5"], 5, "stored head names entry 5",
                     id="deleted-last"),
        pytest.param(
            ["UPDATE events SET seq = seq + 10 WHERE seq >= 3",
             "INSERT INTO events SELECT 3, claim_id, status, prev_hash, hash || 'x', record "
             "FROM events WHERE seq = 2"],
            3, "indexed columns differ", id="inserted-copy",
        ),
    ],
)  # fmt: skip
def test_verify_history_catches_hand_edits(
    tmp_path: Path, statements: list[str], bad_seq: int, problem: str
) -> None:
    """An event edited, deleted or inserted with sqlite3 by hand is named by verify_history."""
    path = tmp_path / "desk.db"
    _filled(path)
    with Ledger.open(path) as ledger:
        assert ledger.verify_history().ok
    _tamper(path, *statements)
    with Ledger.open(path) as ledger:
        report = ledger.verify_history()
    assert not report.ok
    assert report.first_bad_seq == bad_seq
    assert problem in str(report.problem)


def _linked(path: Path) -> None:
    """A ledger file whose chain is event, link, event, link, event."""
    text, source, found = weibo_like()
    with Ledger.open(path) as ledger:
        ledger.add_document(text, source, found)
        ledger.verify(found[0].id, "supported", at=T0)
        ledger.link(found[0].id, found[2].id, same=True, reviewer="张三", at=T0)
        ledger.verify(found[1].id, "refuted", at=T0)
        ledger.link(found[1].id, found[2].id, same=False, at=T0)
        ledger.verify(found[2].id, "disputed", at=T0)
        assert ledger.verify_history().ok


@pytest.mark.parametrize(
    ("statements", "bad_seq", "problem"),
    [
        pytest.param(["UPDATE links SET record = replace(record, '\"same\":true', "
                      "'\"same\":false'), same = 0 WHERE seq = 3"],
                     3, "the link was edited", id="edited-link"),
        pytest.param(["UPDATE links SET same = 1 WHERE seq = 5"], 5,
                     "link 5: the indexed columns differ", id="edited-link-column"),
        pytest.param(["DELETE FROM links WHERE seq = 3"], 3,
                     "entry 3 is missing (the next is event 4)", id="deleted-link"),
        pytest.param(["DELETE FROM events WHERE seq = 6"], 6,
                     "stored head names entry 6 (", id="deleted-last-event-after-links"),
        pytest.param(["INSERT INTO links SELECT 7, a, b, same, hash, hash || 'x', record "
                      "FROM links WHERE seq = 3"], 7, "indexed columns differ",
                     id="appended-link"),
    ],
)  # fmt: skip
def test_verify_history_catches_edited_or_deleted_links(
    tmp_path: Path, statements: list[str], bad_seq: int, problem: str
) -> None:
    """Links are entries of the hash chain: a link edited, deleted or added by hand is named."""
    path = tmp_path / "desk.db"
    _linked(path)
    conn = _raw(path)
    conn.execute("DROP TRIGGER links_no_update")
    conn.execute("DROP TRIGGER links_no_delete")
    conn.execute("DROP TRIGGER events_no_delete")
    for statement in statements:
        conn.execute(statement)
    conn.close()
    with Ledger.open(path) as ledger:
        report = ledger.verify_history()
    assert (report.ok, report.first_bad_seq) == (False, bad_seq)
    assert problem in str(report.problem)


def test_links_table_refuses_update_and_delete(tmp_path: Path) -> None:
    """Triggers make the links table append-only, like the events table."""
    path = tmp_path / "desk.db"
    _linked(path)
    conn = _raw(path)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("UPDATE links SET same = 0 WHERE seq = 3")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("DELETE FROM links WHERE seq = 3")


def test_recomputed_hash_after_an_edit_is_caught_by_the_next_event(tmp_path: Path) -> None:
    """Editing an event and fixing its own hash still breaks the next event's prev_hash."""
    path = tmp_path / "desk.db"
    _filled(path)
    with Ledger.open(path) as ledger:
        old = ledger.history()[1]
    forged = old.model_copy(update={"status": Status.REFUTED, "note": "改"})
    forged = forged.model_copy(update={"hash": forged.compute_hash()})
    conn = _raw(path)
    conn.execute("DROP TRIGGER events_no_update")
    conn.execute(
        "UPDATE events SET status = ?, hash = ?, record = ? WHERE seq = ?",
        ("refuted", forged.hash, forged.model_dump_json(), old.seq),
    )
    conn.close()
    with Ledger.open(path) as ledger:
        report = ledger.verify_history()
    assert (report.ok, report.first_bad_seq, report.first_bad_kind) == (False, 4, "event")
    assert f"does not match event {old.seq}'s hash" in str(report.problem)


def test_inserted_event_with_a_rechained_tail_is_caught_by_the_stored_head(tmp_path: Path) -> None:
    """Inserting a forged event and re-hashing every later one still disagrees with the head."""
    path = tmp_path / "desk.db"
    ids = _filled(path)
    with Ledger.open(path) as ledger:
        events = ledger.history()
    at = events[2].seq
    forged = next_event(events[1].hash, at, ids[0], Status.REFUTED, (), None, "x", None, T0)
    chain = [*events[:2], forged]
    for ev in events[2:]:
        moved = ev.model_copy(update={"seq": ev.seq + 1, "prev_hash": chain[-1].hash})
        chain.append(moved.model_copy(update={"hash": moved.compute_hash()}))
    conn = _raw(path)
    conn.execute("DROP TRIGGER events_no_delete")
    conn.execute("DELETE FROM events WHERE seq >= ?", (at,))
    conn.executemany(
        "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?)",
        [(e.seq, e.claim_id, e.status.value, e.prev_hash, e.hash, e.model_dump_json())
         for e in chain[2:]],
    )  # fmt: skip
    conn.close()
    with Ledger.open(path) as ledger:
        report = ledger.verify_history()
    assert (report.ok, report.first_bad_seq) == (False, 5)
    assert "stored head names entry 5" in str(report.problem)
