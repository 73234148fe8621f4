"""Crash safety: kill ``hecha add`` / ``hecha verify`` with SIGKILL at random moments.

Takes a number of runs (``--runs``, default 200) and a concurrency (``--parallel``); prints a
tally. Each run starts ``python -m ledger add NEW.txt`` or ``python -m ledger verify CLAIM
STATUS --reviewer run-N`` on one shared ledger file, sleeps a random delay between 0 and
about one command's duration, and sends SIGKILL. After every round the script opens the
ledger and checks that:

- it opens, passes SQLite's ``integrity_check`` and its hash chain verifies
  (``Ledger.verify_history``);
- every command that had reported success (exit 0 and its output printed) before the kill
  is in it: the source of an ``add``, the event of a ``verify`` (found by its reviewer);
- nothing half-written is in it: each reviewer label appears at most once.

Kills that land while the process is still running are "mid-command" (in imports, in
extraction, or inside the transaction); a killed command may or may not have committed,
and either is correct as long as the ledger is whole.

    .venv/bin/python bench/crash_kill.py [--runs 200] [--parallel 4] [--seed 1]

``tests/test_crash_cli.py`` calls ``campaign`` for a handful of runs.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ledger import Ledger  # noqa: E402

__all__ = ["Tally", "campaign"]

SEED = ROOT / "seeds" / "weibo_li_zhengrong_2024-09-03.txt"
STATUSES = ("supported", "refuted", "disputed", "partly_supported", "unverifiable")


@dataclass
class Tally:
    """What the kills did, and what the ledger held afterwards."""

    runs: int = 0
    completed: int = 0  # exited 0 before the kill arrived (success reported)
    failed: int = 0  # exited non-zero before the kill (should stay 0)
    killed_mid_command: int = 0
    killed_but_committed: int = 0  # killed after its commit, before it reported
    checks: int = 0
    ledgers_intact: int = 0
    lost: list[str] = field(default_factory=list)  # reported success, missing afterwards
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every check passed and nothing reported as written was lost."""
        return self.ledgers_intact == self.checks and not self.lost and not self.problems


def _start(args: list[str], cwd: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "ledger", *args],
        cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip


def _claim_ids(ledger: Path) -> list[str]:
    with Ledger.open(ledger) as book:
        return [c.id for c in book.claims()]


@dataclass
class _Job:
    label: str
    kind: str  # "add" or "verify"
    proc: subprocess.Popen[bytes]
    delay: float
    text: str = ""


def _launch(
    n: int, rng: random.Random, work: Path, ids: list[str], delays: tuple[float, float]
) -> _Job:
    label = f"run-{n}"
    ledger = str(work / "desk.db")
    if rng.random() < 0.4:
        text = f"第{n}号通报:政务微博账号超{n + 1}万个,粉丝数超{n % 90 + 2}亿,日均发博{n}万条。"
        doc = work / f"doc-{n}.txt"
        doc.write_text(text, encoding="utf-8")
        proc = _start(["add", str(doc), "--id", label, "--ledger", ledger], work)
        return _Job(label, "add", proc, rng.uniform(*delays), text)
    cid, status = rng.choice(ids), rng.choice(STATUSES)
    proc = _start(["verify", cid, status, "--reviewer", label, "--value", str(n),
                   "--evidence", "https://example.org/r", "--ledger", ledger], work)  # fmt: skip
    return _Job(label, "verify", proc, rng.uniform(*delays))


def _check(work: Path, reported: set[str], killed: set[str], tally: Tally) -> None:
    """Open the ledger and check it against what the commands reported."""
    path = work / "desk.db"
    tally.checks += 1
    con = sqlite3.connect(path)
    try:
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()
    with Ledger.open(path) as book:
        report = book.verify_history()
        reviewers = [e.reviewer for e in book.history()]
        sources = {s.id for s in book.sources()}
    present = set(reviewers) | sources
    bad = []
    if integrity != "ok":
        bad.append(f"integrity_check: {integrity}")
    if not report.ok:
        bad.append(f"hash chain broken at {report.first_bad_seq}: {report.problem}")
    if len(reviewers) != len(set(reviewers)):
        bad.append("an event was written twice")
    tally.lost += sorted(reported - present)
    tally.killed_but_committed += len(killed & present)
    if bad:
        tally.problems += bad
    else:
        tally.ledgers_intact += 1


def campaign(
    runs: int, parallel: int = 4, seed: int = 1, work: Path | None = None,
    max_delay: float | None = None, log: bool = False, min_delay: float = 0.0,
) -> Tally:  # fmt: skip
    """Run ``runs`` killed commands, ``parallel`` at a time, on one ledger; return the tally.

    Each command is killed after a delay drawn from [min_delay, max_delay] seconds (by
    default from 0 to a little over one command's run time, adapted as runs complete).
    """
    rng = random.Random(seed)
    tally = Tally()
    own = work is None
    base = Path(tempfile.mkdtemp(prefix="hecha-crash-")) if work is None else work
    setup = _start(["add", str(SEED), "--ledger", str(base / "desk.db")], base)
    t0 = time.perf_counter()
    _, err = setup.communicate(timeout=300)
    if setup.returncode != 0:
        raise RuntimeError(f"setup failed: {err.decode(errors='replace')}")
    one_command = time.perf_counter() - t0
    # kill anywhere from interpreter start to just after a typical command would finish
    max_delay = max_delay if max_delay is not None else 1.2 * one_command
    ids = _claim_ids(base / "desk.db")
    n = 0
    while n < runs:
        delays = (min_delay, max(min_delay, max_delay))
        jobs = [_launch(n + i, rng, base, ids, delays) for i in range(min(parallel, runs - n))]
        n += len(jobs)
        started = time.perf_counter()
        for job in sorted(jobs, key=lambda j: j.delay):
            try:  # outputs are a few lines: waiting with the pipes unread cannot block
                job.proc.wait(timeout=max(0.0, job.delay - (time.perf_counter() - started)))
            except subprocess.TimeoutExpired:
                job.proc.send_signal(signal.SIGKILL)
        reported, killed = set(), set()
        for job in jobs:
            out, err = job.proc.communicate(timeout=300)
            tally.runs += 1
            if job.proc.returncode == -signal.SIGKILL:
                tally.killed_mid_command += 1
                killed.add(job.label)
            elif job.proc.returncode == 0:
                tally.completed += 1
                reported.add(job.label)
                if job.kind == "verify":
                    assert json.loads(out)["reviewer"] == job.label
            else:
                tally.failed += 1
                tally.problems.append(f"{job.label} exited {job.proc.returncode}: {err[-300:]!r}")
        _check(base, reported, killed, tally)
        # keep the kills spread over the whole command: about half should land mid-command
        share = tally.completed / max(tally.runs, 1)
        max_delay *= 1.25 if share < 0.3 else 0.8 if share > 0.7 else 1.0
        if log:
            print(f"  {tally.runs:>4} runs: {tally.killed_mid_command} killed mid-command, "
                  f"{tally.ledgers_intact}/{tally.checks} checks intact", flush=True)  # fmt: skip
    if own:
        for p in base.iterdir():
            p.unlink()
        base.rmdir()
    return tally


def main(argv: list[str] | None = None) -> int:
    """Print the tally; exit 1 if any ledger was damaged or any reported write lost."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--parallel", type=int, default=4, help="commands running at once")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    tally = campaign(args.runs, args.parallel, args.seed, log=True)
    print(f"\nruns: {tally.runs} in {time.perf_counter() - t0:.0f}s "
          f"({args.parallel} at a time on one ledger)")  # fmt: skip
    print(f"completed before the kill (success reported): {tally.completed}")
    print(f"kills that landed mid-command: {tally.killed_mid_command} "
          f"(of which already committed: {tally.killed_but_committed})")  # fmt: skip
    print(f"failed without a kill: {tally.failed}")
    print(f"ledger checks (opens, integrity_check, hash chain, no duplicate): "
          f"{tally.ledgers_intact}/{tally.checks} intact")  # fmt: skip
    print(f"reported writes lost: {len(tally.lost)} {tally.lost[:5]}")
    for p in tally.problems[:10]:
        print(f"problem: {p}")
    return 0 if tally.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
