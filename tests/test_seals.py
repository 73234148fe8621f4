"""Document seals: sources and claims are entries of the hash chain, so hand edits show.

Each row edits a ledger file with plain sqlite3, as someone with a DB browser would
(dropping the append-only triggers first), and checks that ``verify_history`` names the
seal, the source and the claim that no longer match.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from ledger import Ledger
from ledger.errors import InvalidClaimError
from ledger.history import next_event, next_link
from ledger.models import GENESIS_HASH, DocumentSeal, Status, record_digest
from ledger.seals import compare, iter_seals, stored_digest
from ledger.store import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from tests.ledger_factory import T0, many, weibo_like

DROP_TRIGGERS = [
    f"DROP TRIGGER {table}_no_{op}"
    for table in ("claims", "sources", "documents", "events")
    for op in ("update", "delete")
]


def _desk(path: Path) -> list[str]:
    """Two documents (seals 1 and 3) around an event (2); returns doc-1's claim ids."""
    text, source, found = weibo_like()
    with Ledger.open(path) as ledger:
        ledger.add_document(text, source, found, at=T0)
        ledger.verify(found[0].id, "supported", at=T0)
        ledger.add_document(*many(2, "doc-2"), at=T0)
        assert ledger.verify_history().ok
    return [c.id for c in found]


def _edit(path: Path, *statements: str, params: tuple[object, ...] = ()) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in DROP_TRIGGERS:
        conn.execute(statement)
    for statement in statements:
        conn.execute(statement, params if "?" in statement else ())
    conn.close()


def _report(path: Path) -> tuple[bool, int | None, str | None, str | None, str | None, str]:
    with Ledger.open(path) as ledger:
        r = ledger.verify_history()
    return (r.ok, r.first_bad_seq, r.first_bad_kind, r.first_bad_source, r.first_bad_claim,
            str(r.problem))  # fmt: skip


def test_adding_a_document_appends_its_seal_to_the_chain(tmp_path: Path) -> None:
    """add_document appends one seal with the digests of the source and of every claim."""
    path = tmp_path / "l.db"
    ids = _desk(path)
    with Ledger.open(path) as ledger:
        seals = list(iter_seals(ledger.store.conn))
        assert [(s.seq, s.source_id, s.at) for s in seals] == [(1, "doc-1", T0), (3, "doc-2", T0)]
        assert sorted(seals[0].claims) == sorted(ids)
        claim = ledger.claim(ids[0])
        assert seals[0].claims[ids[0]] == record_digest(claim.model_dump(mode="json"))
        assert seals[0].source == record_digest(ledger.source("doc-1").model_dump(mode="json"))
        assert ledger.history()[0].prev_hash == seals[0].hash
        report = ledger.verify_history()
        assert (report.events_checked, report.claims_checked) == (3, 5)


def test_adding_the_same_text_again_seals_nothing(tmp_path: Path) -> None:
    """An idempotent add (the text is already stored) appends no second seal."""
    path = tmp_path / "l.db"
    _desk(path)
    with Ledger.open(path) as ledger:
        head = ledger.head()
        ledger.add_document(*weibo_like())
        assert ledger.head() == head


CLAIM_EDITS = [
    pytest.param(
        "UPDATE claims SET record = replace(record, '\"90000\"', '\"10\"') WHERE id = ?",
        "does not match the sealed digest (edited)", id="claim-value",
    ),
    pytest.param("UPDATE claims SET text = '超8万个' WHERE id = ?", "indexed columns differ",
                 id="claim-text-column"),
    pytest.param("DELETE FROM claims WHERE id = ?", "no longer stored (deleted)",
                 id="claim-deleted"),
    pytest.param(
        "INSERT INTO claims SELECT 'c-forged', source_id, start, stop, kind, metric, "
        "metric_key, text, replace(record, id, 'c-forged') FROM claims WHERE id = ?",
        "does not list it", id="claim-inserted",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("statement", "problem"), CLAIM_EDITS)
def test_a_hand_edited_claim_breaks_its_documents_seal(
    tmp_path: Path, statement: str, problem: str
) -> None:
    """A claim edited, deleted or slipped in is named with its document's seal (entry 1)."""
    path = tmp_path / "l.db"
    ids = _desk(path)
    _edit(path, statement, params=(ids[0],))
    ok, seq, kind, source, claim, text = _report(path)
    assert (ok, seq, kind, source) == (False, 1, "document", "doc-1")
    assert claim == ("c-forged" if "c-forged" in statement else ids[0])
    assert problem in text


SOURCE_EDITS = [
    pytest.param("UPDATE sources SET record = replace(record, '测试报', '别的报') "
                 "WHERE id = 'doc-1'", "the source record was edited", id="source-record"),
    pytest.param("UPDATE sources SET text = replace(text, '9', '8') WHERE id = 'doc-1'",
                 "the text was edited", id="source-text"),
    pytest.param("UPDATE sources SET sha256 = '0' WHERE id = 'doc-1'",
                 "indexed columns differ", id="source-sha-column"),
]  # fmt: skip


@pytest.mark.parametrize(("statement", "problem"), SOURCE_EDITS)
def test_a_hand_edited_source_breaks_its_seal(tmp_path: Path, statement: str, problem: str) -> None:
    """A source record, text or column edited by hand is named with its seal."""
    path = tmp_path / "l.db"
    _desk(path)
    _edit(path, statement)
    ok, seq, kind, source, claim, text = _report(path)
    assert (ok, seq, kind, source, claim) == (False, 1, "document", "doc-1", None)
    assert problem in text


def test_an_edited_seal_is_caught_by_its_own_hash(tmp_path: Path) -> None:
    """Editing a seal's record (here its time) breaks the seal's own hash."""
    path = tmp_path / "l.db"
    _desk(path)
    _edit(path, "UPDATE documents SET record = replace(record, '\"at\":\"2024', "
                "'\"at\":\"2023') WHERE seq = 3")  # fmt: skip
    ok, seq, kind, *_, text = _report(path)
    assert (ok, seq, kind) == (False, 3, "document")
    assert text.endswith("the document was edited")


def test_a_deleted_seal_is_a_missing_entry(tmp_path: Path) -> None:
    """Deleting a document's seal leaves a gap in the chain, named as a missing entry."""
    path = tmp_path / "l.db"
    _desk(path)
    _edit(path, "DELETE FROM documents WHERE seq = 1")
    ok, seq, kind, *_, text = _report(path)
    assert (ok, seq, kind) == (False, 1, None)
    assert text == "entry 1 is missing (the next is event 2)"


def test_a_source_added_without_a_seal_is_reported(tmp_path: Path) -> None:
    """A source (and claims) inserted by hand, with no seal in the chain, is reported."""
    path = tmp_path / "l.db"
    _desk(path)
    text, source, _ = many(1, "doc-3")
    _edit(
        path,
        "INSERT INTO sources VALUES (?, ?, ?, ?)",
        params=(source.id, source.sha256, source.model_dump_json(), text),
    )
    ok, seq, kind, sid, claim, problem = _report(path)
    assert (ok, seq, kind, sid, claim) == (False, None, None, "doc-3", None)
    assert "no chain entry seals it" in problem


def test_a_claim_moved_to_an_unknown_source_is_reported(tmp_path: Path) -> None:
    """A claim whose source column names no sealed source is reported (foreign keys off)."""
    path = tmp_path / "l.db"
    ids = _desk(path)
    _edit(path, "UPDATE claims SET source_id = 'nowhere' WHERE id = ?", params=(ids[2],))
    ok, *_, problem = _report(path)
    assert not ok
    assert ids[2] in problem


def test_compare_checks_the_claim_against_the_text_and_its_derived_id() -> None:
    """A sealed claim whose text is not at its span, or whose id is not derived, is named."""
    text, source, found = weibo_like()
    data = source.model_dump(mode="json")
    claim = found[0].model_dump(mode="json")

    def check(c: dict[str, object]) -> str | None:
        seal = DocumentSeal(seq=1, source_id="doc-1", source=record_digest(data),
                            claims={str(c["id"]): record_digest(c)}, prev_hash="0" * 64,
                            hash="0" * 64)  # fmt: skip
        m = compare(seal, record_digest(data), data, text, [(str(c["id"]), record_digest(c), c,
                                                             None)])  # fmt: skip
        return None if m is None else m.problem

    assert check(claim) is None
    assert "is not what the source text holds" in str(check(claim | {"text": "超8万个"}))
    assert "not the one derived" in str(check(claim | {"id": "c-0000000000000000"}))
    assert "malformed" in str(check({"id": "c-1"}))


def test_stored_digest_does_not_fail_on_text_that_is_not_json() -> None:
    """A record that is not JSON at all still gets a digest (so sealing never fails)."""
    assert len(stored_digest("{not json")) == 64
    assert stored_digest("{not json") != stored_digest("{not json!")
    assert stored_digest('{"a": [1]}') == record_digest({"a": [1]})


def test_ledger_with_only_a_document_has_its_seal_as_head() -> None:
    """Before any verification the chain holds the document's seal, and it verifies."""
    book = Ledger.open(":memory:")
    book.add_document(*weibo_like())
    report = book.verify_history()
    assert (report.ok, report.events_checked, report.claims_checked) == (True, 1, 3)
    assert book.head() == (1, report.head)


def test_claim_whose_id_is_not_derived_from_its_span_is_refused() -> None:
    """A claim whose id is not claim_id(source sha256, span) is refused and nothing stored."""
    text, source, found = weibo_like()
    bad = found[1].model_copy(update={"id": "c-mine"})
    with Ledger.open(":memory:") as ledger:
        with pytest.raises(InvalidClaimError, match=r"'c-mine'.*the id of a claim at that span"):
            ledger.add_document(text, source, [found[0], bad])
        assert ledger.sources() == []
        assert ledger.head() is None


# -- migrating a version-3 file (documents outside the chain) ------------------------------


def _version_3_file(path: Path) -> list[str]:
    """A schema version 3 ledger (documents outside the hash chain): two sources, the weibo
    claims, an event and a link; returns the claim ids."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    for step in MIGRATIONS[:3]:
        for statement in step:
            statement(conn) if callable(statement) else conn.execute(statement)
    ids: list[str] = []
    for text, source, found in (weibo_like("doc-b"), many(3, "doc-a")):
        conn.execute(
            "INSERT INTO sources VALUES (?, ?, ?, ?)",
            (source.id, source.sha256, source.model_dump_json(), text),
        )
        conn.executemany(
            "INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(c.id, c.source_id, c.span.start, c.span.end, c.kind.value, c.metric,
              c.metric_key, c.text, c.model_dump_json()) for c in found],
        )  # fmt: skip
        ids += [c.id for c in found]
    ev = next_event(GENESIS_HASH, 1, ids[0], Status.SUPPORTED, (), None, "张三", None, T0)
    conn.execute(
        "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?)",
        (1, ev.claim_id, "supported", ev.prev_hash, ev.hash, ev.model_dump_json()),
    )
    lk = next_link(ev.hash, 2, ids[0], ids[3], True, "李四", None, T0)
    conn.execute(
        "INSERT INTO links VALUES (?, ?, ?, ?, ?, ?, ?)",
        (2, lk.a, lk.b, 1, lk.prev_hash, lk.hash, lk.model_dump_json()),
    )
    conn.execute("INSERT INTO meta VALUES ('head_seq', '2'), ('head_hash', ?)", (lk.hash,))
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 3")
    conn.execute("COMMIT")
    conn.close()
    return ids


def test_version_3_file_is_migrated_with_its_documents_sealed_into_the_chain(
    tmp_path: Path,
) -> None:
    """A schema version 3 ledger (sources and claims outside the hash chain) opens and
    migrates: each document gets an undated seal after the last entry, by source id."""
    path = tmp_path / "v3.db"
    ids = _version_3_file(path)
    with Ledger.open(path) as ledger:
        assert ledger.store.version == SCHEMA_VERSION
        seals = list(iter_seals(ledger.store.conn))
        assert [(s.seq, s.source_id, s.at) for s in seals] == [(3, "doc-a", None),
                                                               (4, "doc-b", None)]  # fmt: skip
        assert seals[0].prev_hash == ledger.links()[0].hash
        assert set(seals[1].claims) == set(ids[:3])
        assert ledger.head() == (4, seals[1].hash)
        report = ledger.verify_history()
        assert (report.ok, report.events_checked, report.claims_checked) == (True, 4, 6)
        assert ledger.verify(ids[1], "refuted", at=T0).seq == 5


def test_claim_edited_after_the_migration_to_sealed_documents_is_caught(
    tmp_path: Path,
) -> None:
    """Once a version-3 file is migrated, an edit to one of its claims breaks its seal."""
    path = tmp_path / "v3.db"
    ids = _version_3_file(path)
    Ledger.open(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP TRIGGER claims_no_update")
    record = json.loads(
        conn.execute("SELECT record FROM claims WHERE id = ?", (ids[4],)).fetchone()[0]
    )
    record["value"]["stated"] = "20"
    conn.execute("UPDATE claims SET record = ? WHERE id = ?", (json.dumps(record), ids[4]))
    conn.close()
    with Ledger.open(path) as ledger:
        report = ledger.verify_history()
    assert (report.ok, report.first_bad_seq, report.first_bad_kind) == (False, 3, "document")
    assert (report.first_bad_source, report.first_bad_claim) == ("doc-a", ids[4])
