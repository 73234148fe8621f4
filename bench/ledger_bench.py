"""Benchmark of the ledger: add N claims, append N verification events, export to JSON.

Prints, for N = 10,000 and 100,000, the wall time and peak Python memory of each phase
and the growth ratio 10k -> 100k (10.0 is linear). Each size runs in a fresh process
against a fresh SQLite file in a temporary folder, twice: once timed, once under
tracemalloc for the memory peak (tracemalloc slows Python down, so it never times).

    .venv/bin/python bench/ledger_bench.py [--sizes 10000 100000]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CLAIMS_PER_DOCUMENT = 100
PHASES = ("add", "verify", "export", "verify_history")


def _phases(n: int, folder: Path) -> list[tuple[str, Callable[[], Any]]]:
    """The benchmark's phases as closures over one ledger file (documents built up front)."""
    from claims.models import Value
    from ledger import Evidence, Ledger, Status, VerificationRequest
    from ledger.export import write_json
    from tests.ledger_factory import T0, many

    docs = [many(CLAIMS_PER_DOCUMENT, f"doc-{i}") for i in range(n // CLAIMS_PER_DOCUMENT)]
    ledger = Ledger.open(folder / "bench.db")
    statuses = list(Status)
    state: dict[str, Any] = {}

    def add() -> None:
        for text, source, found in docs:
            ledger.add_document(text, source, found)
        state["ids"] = [c.id for _, _, found in docs for c in found]
        assert ledger.store.one("SELECT count(*) FROM claims")[0] == n
        docs.clear()  # the records built for input are not the ledger's memory

    def verify() -> None:
        ids = state.pop("ids")
        ev = (Evidence(url="https://example.org/r", value=Value.exactly(5)),)
        ledger.verify_many(  # one transaction; the returned events are dropped at once
            VerificationRequest(claim_id=cid, status=statuses[i % 6], reviewer="bench",
                                evidence=ev if i % 10 == 0 else (), at=T0)
            for i, cid in enumerate(ids)
        )  # fmt: skip

    def export() -> None:
        with (folder / "export.json").open("w", encoding="utf-8") as fh:
            write_json(ledger, fh)

    def verify_history() -> None:
        assert ledger.verify_history().ok

    return [("add", add), ("verify", verify), ("export", export),
            ("verify_history", verify_history)]  # fmt: skip


def run_one(n: int, memory: bool) -> dict[str, float]:
    """Run every phase for ``n`` claims; seconds, or peak MiB under tracemalloc."""
    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        phases = _phases(n, Path(tmp))
        for name, fn in phases:
            if memory:
                tracemalloc.start()
                fn()
                out[name] = tracemalloc.get_traced_memory()[1] / 2**20
                tracemalloc.stop()
            else:
                t = time.perf_counter()
                fn()
                out[name] = time.perf_counter() - t
        files = ("bench.db", "bench.db-wal")
        out["db_mib"] = sum((Path(tmp) / f).stat().st_size for f in files) / 2**20
        out["json_mib"] = (Path(tmp) / "export.json").stat().st_size / 2**20
    return out


def _child(n: int, memory: bool) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--child", str(n)] + (["--memory"] if memory else [])
    result = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=ROOT)
    return dict(json.loads(result.stdout))


def main() -> None:
    """Run each size in its own process and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--memory", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_one(args.child, args.memory)))
        return
    times, peaks = {}, {}
    for n in args.sizes:
        times[n], peaks[n] = _child(n, False), _child(n, True)
        t, m = times[n], peaks[n]
        for phase in PHASES:
            rate = n / t[phase] if t[phase] else float("inf")
            print(f"N={n:>7,}  {phase:<15} {t[phase]:8.2f} s  {rate:>10,.0f} /s  "
                  f"peak {m[phase]:8.1f} MiB")  # fmt: skip
        print(f"N={n:>7,}  ledger file     {t['db_mib']:8.1f} MiB (with WAL)   "
              f"JSON export {t['json_mib']:.1f} MiB")  # fmt: skip
    if len(args.sizes) >= 2:
        small, big = args.sizes[0], args.sizes[-1]
        factor = big / small
        for phase in PHASES:
            print(f"growth {small:,} -> {big:,} ({factor:.0f}x claims)  {phase:<15} "
                  f"time x{times[big][phase] / times[small][phase]:5.2f}  "
                  f"memory x{peaks[big][phase] / peaks[small][phase]:5.2f}")  # fmt: skip


if __name__ == "__main__":
    main()
