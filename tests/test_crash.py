"""Two processes writing one ledger file, and a writer killed in the middle of a transaction.

The writers are real OS processes (subprocess running this interpreter), because locking
and crash recovery are properties of the file, not of one Python process.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from ledger import Ledger, Status
from tests.conftest import ROOT
from tests.ledger_factory import many

WRITER = textwrap.dedent(
    """
    import sys
    from ledger import Ledger
    path, name, claim_ids = sys.argv[1], sys.argv[2], sys.argv[3].split(",")
    with Ledger.open(path) as ledger:
        for i, cid in enumerate(claim_ids):
            ledger.verify(cid, "supported" if i % 2 else "disputed", reviewer=name)
    """
)

SLOW_BATCH = textwrap.dedent(
    """
    import sys, time
    from ledger import Ledger, VerificationRequest
    path, claim_ids = sys.argv[1], sys.argv[2].split(",")

    def requests():
        for cid in claim_ids:
            yield VerificationRequest(claim_id=cid, status="refuted", reviewer="doomed")
        print("inside the transaction", flush=True)  # every row written, not committed
        time.sleep(60)

    with Ledger.open(path) as ledger:
        ledger.verify_many(requests())
    """
)


def _python(script: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT,
    )  # fmt: skip


@pytest.fixture
def ledger_file(tmp_path: Path) -> tuple[Path, list[str]]:
    """A ledger file with 60 claims; returns its path and the claim ids."""
    path = tmp_path / "desk.db"
    text, source, found = many(60, "doc-crash")
    with Ledger.open(path) as ledger:
        ledger.add_document(text, source, found)
    return path, [c.id for c in found]


def test_two_processes_appending_at_once_keep_every_event_and_the_chain(
    ledger_file: tuple[Path, list[str]],
) -> None:
    """Two writer processes verifying 30 claims each leave 60 events and a valid hash chain."""
    path, ids = ledger_file
    writers = [
        _python(WRITER, str(path), "甲", ",".join(ids[:30])),
        _python(WRITER, str(path), "乙", ",".join(ids[30:])),
    ]
    for w in writers:
        _, err = w.communicate(timeout=60)
        assert w.returncode == 0, err
    with Ledger.open(path) as ledger:
        history = ledger.history()
        report = ledger.verify_history()
        assert report.ok, report.problem
        assert (report.events_checked, report.claims_checked) == (61, 60)  # and the seal
        assert [e.seq for e in history] == list(range(2, 62))
        assert sorted(e.claim_id for e in history) == sorted(ids)
        assert {e.reviewer for e in history} == {"甲", "乙"}
        assert ledger.status(ids[1]) is Status.SUPPORTED


def test_writer_killed_mid_transaction_leaves_the_ledger_intact(
    ledger_file: tuple[Path, list[str]],
) -> None:
    """SIGKILL mid-batch loses that batch only; the ledger still opens, verifies and writes."""
    path, ids = ledger_file
    with Ledger.open(path) as ledger:
        committed = ledger.verify(ids[0], "supported", reviewer="before")
    writer = _python(SLOW_BATCH, str(path), ",".join(ids))
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "inside the transaction"
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
    finally:
        if writer.poll() is None:
            writer.kill()
        writer.communicate()
    assert writer.returncode == -signal.SIGKILL
    with Ledger.open(path) as ledger:
        assert ledger.history() == [committed]
        assert ledger.verify_history().ok
        after = ledger.verify(ids[1], "refuted", reviewer="after")
        assert after.prev_hash == committed.hash
        assert ledger.verify_history().events_checked == 3  # the seal and two events
