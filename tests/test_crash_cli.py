"""Ledger integrity from the CLI: commands killed mid-write, hostile imports, tampering.

Crash safety: a few runs of the campaign of ``bench/crash_kill.py`` (which does 200): real
processes on one ledger file, killed after a random delay. Every ledger check must pass
(opens, SQLite integrity, hash chain, no event twice) and every command that reported
success before the kill must have its write in the ledger.

Security: documents full of path-like ids, SQL-like strings and huge strings import as
plain data (nothing executed, nothing written beside the ledger); edited, truncated or
binary documents are refused whole; an edited history is reported by ``verify-history``.
"""

from __future__ import annotations

import importlib.util
import json
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from claims.errors import InputError
from claims.models import Source
from ledger import Ledger
from ledger.cli import main
from ledger.errors import CorruptLedgerError, ExportDocumentError, LedgerError
from ledger.export import export_json, import_json
from tests.conftest import ROOT


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("crash_kill", ROOT / "bench" / "crash_kill.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


CRASH = _bench()


def test_killed_commands_never_damage_the_ledger_or_lose_a_reported_write(
    tmp_path: Path,
) -> None:
    """Six add/verify commands, three at a time, SIGKILLed at random: the ledger stays whole."""
    tally = CRASH.campaign(runs=6, parallel=3, seed=7, work=tmp_path)
    assert tally.runs == 6
    assert tally.failed == 0, tally.problems
    assert tally.problems == []
    assert tally.lost == []
    assert tally.ledgers_intact == tally.checks == 2


def test_commands_left_to_finish_all_report_and_all_persist(tmp_path: Path) -> None:
    """With a delay far beyond a command's run time nothing is killed and every write is kept."""
    tally = CRASH.campaign(
        runs=3, parallel=3, seed=5, work=tmp_path, min_delay=600.0, max_delay=600.0
    )
    assert tally.completed == 3
    assert tally.killed_mid_command == 0
    assert tally.ok, tally.problems


# -- security: a hostile JSON import -------------------------------------------------------------

HOSTILE_STRINGS = [
    "../../x",
    "/etc/passwd",
    "'); DROP TABLE claims;--",
    "\"; ATTACH DATABASE 'pwn.db' AS pwn; --",
    "$(touch pwned)",
    "`rm -rf .`",
    "{{7*7}}",
    "__import__('os').system('touch pwned')",
]


def _hostile_document() -> str:
    """An export whose ids, titles and text carry path-like, SQL-like and huge strings."""
    huge = "超9万个" + "注" * 200_000
    with Ledger.open(":memory:") as book:
        for i, s in enumerate(HOSTILE_STRINGS):
            text = f"{s} 账号超{i + 1}万个。{s}" + (huge if i == 0 else "")
            source = Source.from_text(text, id=s, title=s, publisher=s, url=s)
            found = book.add_document(text, source)
            if found:
                book.verify(found[0].id, "supported", reviewer=s, note=s)
        return export_json(book)


def _tables(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        con.close()


def test_hostile_import_executes_nothing_and_writes_only_the_ledger(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Path-like ids, SQL and shell strings import as plain data; only the ledger file appears."""
    work = tmp_path / "desk"
    work.mkdir()
    monkeypatch.chdir(work)
    (work / "doc.json").write_text(_hostile_document(), encoding="utf-8")
    code, out, err = _run(["import", "doc.json", "--ledger", "l.db"], capsys)
    assert code == 0, err
    assert f"imported {len(HOSTILE_STRINGS)} sources" in out
    allowed = {"doc.json", "l.db", "l.db-wal", "l.db-shm", "l.db-journal"}
    assert {p.name for p in work.iterdir()} <= allowed
    assert not (tmp_path / "x").exists()
    counts = _tables(work / "l.db")
    assert counts["sources"] == len(HOSTILE_STRINGS)
    assert counts["claims"] >= len(HOSTILE_STRINGS)
    assert counts["events"] == len(HOSTILE_STRINGS)
    with Ledger.open(work / "l.db") as ledger:
        assert sorted(s.id for s in ledger.sources()) == sorted(HOSTILE_STRINGS)
        assert ledger.verify_history().ok
        assert export_json(ledger) == (work / "doc.json").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "mutate",
    [
        pytest.param(lambda d: d["claims"][0].update(id="../../x"), id="claim-id-path"),
        pytest.param(
            lambda d: d["claims"][0].update(source_id="'); DROP TABLE claims;--"),
            id="claim-source-sql",
        ),
        pytest.param(lambda d: d["history"][0].update(note="x" * 1_000_000), id="huge-note"),
        pytest.param(
            lambda d: d["sources"][0]["source"].update(sha256="../" * 21 + "x"), id="sha-path"
        ),
        pytest.param(lambda d: d.update(format="'); DROP TABLE sources;--"), id="format-sql"),
    ],
)
def test_tampered_hostile_import_is_refused_and_leaves_the_ledger_as_it_was(
    mutate: Callable[[dict[str, object]], None], tmp_path: Path
) -> None:
    """A hostile edit to a valid document is an ExportDocumentError and the ledger is unchanged."""
    doc = json.loads(_hostile_document())
    mutate(doc)
    path = tmp_path / "l.db"
    with Ledger.open(path) as ledger:
        before = _tables(path)
        with pytest.raises(ExportDocumentError):
            import_json(ledger, json.dumps(doc, ensure_ascii=False))
    assert _tables(path) == before
    assert {p.name for p in tmp_path.iterdir()} <= {"l.db", "l.db-wal", "l.db-shm"}


def test_tampered_history_is_reported_by_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Editing an event's record behind the ledger's back: verify-history exits 1 naming it."""
    path = tmp_path / "l.db"
    with Ledger.open(path) as ledger:
        found = ledger.add_document("账号超9万个,粉丝数超35亿,日均发博超30万条。")
        for c in found:
            ledger.verify(c.id, "supported", reviewer="甲")
    assert _run(["verify-history", "--ledger", str(path)], capsys)[0] == 0
    con = sqlite3.connect(path)
    con.execute("DROP TRIGGER IF EXISTS events_no_update")
    record = json.loads(con.execute("SELECT record FROM events WHERE seq = 2").fetchone()[0])
    record["status"] = "refuted"
    con.execute("UPDATE events SET record = ?, status = 'refuted' WHERE seq = 2",
                (json.dumps(record, ensure_ascii=False),))  # fmt: skip
    con.commit()
    con.close()
    code, out, _ = _run(["verify-history", "--ledger", str(path)], capsys)
    assert code == 1
    assert out.startswith("BROKEN at event 2: content does not match its hash")
    code, out, _ = _run(["verify-history", "--json", "--ledger", str(path)], capsys)
    assert code == 1
    assert (json.loads(out)["first_bad_seq"], json.loads(out)["first_bad_kind"]) == (2, "event")


def test_non_text_import_is_a_typed_error(tmp_path: Path) -> None:
    """Random bytes as an import document give an InputError-free ExportDocumentError."""
    with Ledger.open(tmp_path / "l.db") as ledger:
        with pytest.raises(ExportDocumentError) as info:
            import_json(ledger, b"\x89PNG\r\n\x1a\n\xff\xfe")
        assert not isinstance(info.value, InputError)
        assert ledger.sources() == []


@pytest.mark.parametrize("cut", [0.0, 0.5, 0.999])
def test_cli_import_of_a_truncated_export_exits_2_and_imports_nothing(
    cut: float, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A JSON export cut short (empty, half, all but the last bytes) is refused whole."""
    data = _hostile_document().encode()
    doc = tmp_path / "cut.json"
    doc.write_bytes(data[: int(len(data) * cut)])
    code, out, err = _run(["import", str(doc), "--ledger", str(tmp_path / "l.db")], capsys)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "nothing was imported" in err
    with Ledger.open(tmp_path / "l.db") as ledger:
        assert ledger.sources() == []
        assert ledger.history() == []


# -- ledgers edited by hand ----------------------------------------------------------------------


def _hand_edited(tmp_path: Path) -> Path:
    """A ledger whose first claim record was overwritten with a fragment, as by a DB browser."""
    path = tmp_path / "l.db"
    with Ledger.open(path) as ledger:
        ledger.add_document("账号超9万个,粉丝数超35亿。")
    con = sqlite3.connect(path)
    con.execute("DROP TRIGGER claims_no_update")  # as someone determined to edit it would
    con.execute(
        "UPDATE claims SET record = '{\"id\": 5}' WHERE rowid = (SELECT min(rowid) FROM claims)"
    )
    con.commit()
    con.close()
    return path


@pytest.mark.parametrize(
    "argv", [["show"], ["check"], ["export"], ["export", "--format", "csv"]], ids=" ".join
)
def test_cli_on_a_hand_edited_ledger_exits_2_with_one_line(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A malformed record in the ledger file is a one-line error naming the record, exit 2."""
    path = _hand_edited(tmp_path)
    code, _, err = _run([*argv, "--ledger", str(path)], capsys)
    assert code == 2
    assert err.startswith("hecha: error: malformed Claim record")
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "read",
    [
        pytest.param(lambda book: book.claims(), id="claims"),
        pytest.param(lambda book: list(book.iter_claims()), id="iter_claims"),
        pytest.param(lambda book: book.claim(book.store.one("SELECT min(id) FROM claims")[0]),
                     id="claim"),
        pytest.param(lambda book: book.effective_metric_groups(), id="effective_metric_groups"),
    ],
)  # fmt: skip
def test_library_on_a_hand_edited_ledger_raises_a_ledger_error(
    read: Callable[[Ledger], object], tmp_path: Path
) -> None:
    """Reading a hand-edited record raises CorruptLedgerError naming the table and row."""
    path = _hand_edited(tmp_path)
    with Ledger.open(path) as ledger:
        row = ledger.store.one("SELECT id FROM claims WHERE record = '{\"id\": 5}'")[0]
        with pytest.raises(CorruptLedgerError) as info:
            read(ledger)
    err = info.value
    assert isinstance(err, ValueError)
    assert isinstance(err, LedgerError)
    assert (err.model, err.table, err.row) == ("Claim", "claims", row)
    assert str(err).startswith(f"malformed Claim record in table 'claims', row {row!r}: ")


def test_hand_edited_history_record_raises_a_ledger_error(tmp_path: Path) -> None:
    """A malformed event record is a CorruptLedgerError naming the events table and its seq."""
    path = tmp_path / "l.db"
    with Ledger.open(path) as ledger:
        (claim, *_) = ledger.add_document("账号超9万个。")
        ledger.verify(claim.id, "supported")
    con = sqlite3.connect(path)
    con.execute("DROP TRIGGER events_no_update")
    con.execute("UPDATE events SET record = '{}'")
    con.commit()
    con.close()
    with Ledger.open(path) as ledger, pytest.raises(CorruptLedgerError, match="'events', row 2"):
        ledger.history()


def test_verify_history_notices_an_edited_claim_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Changing a stored claim's value behind the ledger's back is reported by verify_history,
    which names the document's seal and the claim; the CLI exits 1."""
    path = tmp_path / "l.db"
    with Ledger.open(path) as ledger:
        (claim, *_) = ledger.add_document("账号超9万个。")
        ledger.verify(claim.id, "supported", reviewer="甲")
    con = sqlite3.connect(path)
    con.execute("DROP TRIGGER claims_no_update")
    record = json.loads(con.execute("SELECT record FROM claims").fetchone()[0])
    record["value"]["literal"]["lower"] = "1"
    con.execute("UPDATE claims SET record = ?", (json.dumps(record, ensure_ascii=False),))
    con.commit()
    con.close()
    with Ledger.open(path) as ledger:
        report = ledger.verify_history()
    assert (report.ok, report.first_bad_seq, report.first_bad_kind) == (False, 1, "document")
    assert report.first_bad_claim == claim.id
    code, out, _ = _run(["verify-history", "--ledger", str(path)], capsys)
    assert code == 1
    assert out.startswith(f"BROKEN at document 1: claim {claim.id!r}: its record does not match")
