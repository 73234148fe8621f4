"""Benchmark of the ledger: add N claims, append N verification events, export, verify history.

Adding a document also seals it into the hash chain (one digest per claim), and
verify_history recomputes every claim's digest against its seal, so both phases cover the
claims as well as the events. Events are appended with ``Ledger.verify_bulk``, which keeps
none of them (``verify_many`` returns them all: memory linear in the batch).

Prints, for N = 10,000, 30,000 and 100,000 (``--sizes``), per phase: wall time, CPU time,
the part of it the garbage collector took, claims per second and peak Python memory; then
the growth ratio between consecutive sizes and first -> last (for 10k -> 100k, 10.0 is
linear). Each size runs ``--repeat`` times (default 3), each in a fresh process against a
fresh SQLite file in a temporary folder; the best of the runs is printed, because other
processes on a shared machine only ever make a phase slower. Memory is measured in one
more process under tracemalloc (which slows Python down, so it never times).

``--variant`` runs the same phases with one setting changed, for finding what makes a
phase grow faster than N (``docs/ledger.md`` has the findings):

    cache=KIB          SQLite page cache of KIB KiB (default 2,000)
    sync=normal        synchronous=NORMAL instead of FULL (no fsync per commit in WAL mode)
    autocheckpoint=P   WAL checkpoint every P pages (default 1,000)
    gc=off | gc=freeze no garbage collector, or the input records frozen out of its scans

    .venv/bin/python bench/ledger_bench.py [--sizes 10000 30000 100000] [--repeat 3]
        [--variant cache=262144]
"""

from __future__ import annotations

import argparse
import gc
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


class _GcClock:
    """Seconds spent inside garbage collections, from ``gc.callbacks``."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self._start = 0.0
        gc.callbacks.append(self._tick)

    def _tick(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.seconds += time.perf_counter() - self._start


def _documents(n: int) -> list[Any]:
    from tests.ledger_factory import many

    # claim ids are derived from the source's sha256 and the span (the ledger checks it),
    # so they come in hash (random) order
    return [many(CLAIMS_PER_DOCUMENT, f"doc-{i}") for i in range(n // CLAIMS_PER_DOCUMENT)]


def _phases(n: int, folder: Path, variant: str) -> list[tuple[str, Callable[[], Any]]]:
    """The benchmark's phases as closures over one ledger file (documents built up front)."""
    from claims.models import Value
    from ledger import Evidence, Ledger, Status, VerificationRequest
    from ledger.export import write_json
    from tests.ledger_factory import T0

    docs = _documents(n)
    ledger = Ledger.open(folder / "bench.db")
    name, _, setting = variant.partition("=")
    if name in ("cache", "autocheckpoint"):
        pragma = {"cache": "cache_size = -", "autocheckpoint": "wal_autocheckpoint = "}[name]
        ledger.store.conn.execute(f"PRAGMA {pragma}{int(setting)}")
    elif variant == "sync=normal":
        ledger.store.conn.execute("PRAGMA synchronous = NORMAL")
    elif variant == "gc=off":
        gc.disable()
    elif variant == "gc=freeze":
        gc.freeze()
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
        appended = ledger.verify_bulk(  # one transaction, no event kept
            VerificationRequest(claim_id=cid, status=statuses[i % 6], reviewer="bench",
                                evidence=ev if i % 10 == 0 else (), at=T0)
            for i, cid in enumerate(ids)
        )  # fmt: skip
        assert appended == n

    def export() -> None:
        with (folder / "export.json").open("w", encoding="utf-8") as fh:
            write_json(ledger, fh)

    def verify_history() -> None:
        assert ledger.verify_history().ok

    return [("add", add), ("verify", verify), ("export", export),
            ("verify_history", verify_history)]  # fmt: skip


def run_one(n: int, memory: bool, variant: str) -> dict[str, Any]:
    """Run every phase for ``n`` claims: {phase: [wall s, cpu s, gc s]}, or peak MiB."""
    out: dict[str, Any] = {}
    clock = _GcClock()
    with tempfile.TemporaryDirectory() as tmp:
        phases = _phases(n, Path(tmp), variant)
        for name, fn in phases:
            if memory:
                tracemalloc.start()
                fn()
                out[name] = tracemalloc.get_traced_memory()[1] / 2**20
                tracemalloc.stop()
            else:
                wall, cpu, in_gc = time.perf_counter(), time.process_time(), clock.seconds
                fn()
                out[name] = [time.perf_counter() - wall, time.process_time() - cpu,
                             clock.seconds - in_gc]  # fmt: skip
        files = ("bench.db", "bench.db-wal")
        out["db_mib"] = sum((Path(tmp) / f).stat().st_size for f in files) / 2**20
        out["json_mib"] = (Path(tmp) / "export.json").stat().st_size / 2**20
    return out


def _child(n: int, memory: bool, variant: str) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", str(n), "--variant", variant]
    result = subprocess.run(
        cmd + (["--memory"] if memory else []), capture_output=True, text=True, check=True,
        cwd=ROOT,
    )  # fmt: skip
    return dict(json.loads(result.stdout))


def _best(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Per phase, the run with the least wall time (noise from other processes only adds)."""
    best = dict(runs[0])
    for phase in PHASES:
        best[phase] = min((r[phase] for r in runs), key=lambda t: t[0])
    return best


def main() -> None:
    """Run each size in its own processes and print the figures."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per size (best shown)")
    parser.add_argument("--variant", default="", help="one changed setting (see above)")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--memory", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_one(args.child, args.memory, args.variant)))
        return
    label = f" [{args.variant}]" if args.variant else ""
    times, peaks = {}, {}
    for n in args.sizes:
        times[n] = _best([_child(n, False, args.variant) for _ in range(args.repeat)])
        peaks[n] = _child(n, True, args.variant)
        t, m = times[n], peaks[n]
        for phase in PHASES:
            wall, cpu, in_gc = t[phase]
            print(f"N={n:>7,}  {phase:<15} {wall:7.2f} s wall {cpu:7.2f} s cpu "
                  f"(gc {in_gc:5.2f} s)  {n / wall:>9,.0f} /s  peak {m[phase]:7.1f} MiB"
                  f"{label}")  # fmt: skip
        print(f"N={n:>7,}  ledger file     {t['db_mib']:7.1f} MiB (with WAL)   "
              f"JSON export {t['json_mib']:.1f} MiB")  # fmt: skip
    pairs = list(zip(args.sizes, args.sizes[1:], strict=False))
    if len(args.sizes) > 2:
        pairs.append((args.sizes[0], args.sizes[-1]))
    for small, big in pairs:
        for phase in PHASES:
            t_small, t_big = times[small][phase], times[big][phase]
            print(f"growth {small:>7,} -> {big:>7,} (x{big / small:4.1f} claims)  {phase:<15} "
                  f"wall x{t_big[0] / t_small[0]:5.2f}  cpu x{t_big[1] / t_small[1]:5.2f}  "
                  f"memory x{peaks[big][phase] / max(peaks[small][phase], 0.05):5.2f}"
                  f"{label}")  # fmt: skip


if __name__ == "__main__":
    main()
