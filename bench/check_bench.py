"""Benchmark of ``ledger.check`` on generated claims: time, peak memory, growth 10k..100k.

Generates documents from one template sentence group (a total with parts under 其中, a
change 从…增至… with its percentage, editions since a start year, a look-back duration, and
a restated total), places hand-built claims on them, gives every document the same
publication date and a few metric keys shared by many documents, so same-metric groups are
thousands of claims large.

Prints, per size: the whole ``check`` (wall time, CPU time, the part the garbage collector
took, claims per second, peak Python memory, findings by verdict), then each phase: the
groupings of ``CheckInput`` and every rule of ``RULES`` (CPU time); then growth ratios
between consecutive sizes and first -> last. Each size runs ``--repeat`` times (default 3)
in a fresh process and the best run is shown (other processes only ever slow a run down);
memory is measured in one more process under tracemalloc, which never times.
``--variant gc=off`` / ``gc=freeze-all`` switch the collector off, or freeze the input
before ``check`` (which itself keeps the input out of the collector's scans).

Run: .venv/bin/python bench/check_bench.py [--sizes 10000 30000 100000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import subprocess
import sys
import time
import tracemalloc
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import ledger.check  # noqa: E402
from claims.models import Claim, Kind, Span, Value  # noqa: E402  (after the path)
from ledger.check import _from_claims, check, run_rules  # noqa: E402
from ledger.rules import RULES, rule_id  # noqa: E402

TEMPLATE = (
    "全市共有企业{t}家,其中外资企业{a}家,民营企业{b}家。"
    "销售额从{x}万元增至{y}万元,增长了{p}%。"
    "从2018年开始,该论坛已连续举办{n}届。"
    "自2016年以来,8年来累计投入资金。"
    "全市企业{t2}家。"
)
# (placeholder, kind, unit, metric key template, scale)
SLOTS = (
    ("t", Kind.COUNT, "家", "企业{g}", 1),
    ("a", Kind.COUNT, "家", "外资{d}", 1),
    ("b", Kind.COUNT, "家", "民营{d}", 1),
    ("x", Kind.MONEY, "CNY", "销售额{d}", 10000),
    ("y", Kind.MONEY, "CNY", "销售额{d}", 10000),
    ("p", Kind.PERCENT, "percent", None, 1),
    ("n", Kind.COUNT, "届", None, 1),
    ("8", Kind.DURATION, "year", None, 1),
    ("t2", Kind.COUNT, "家", "企业{g}", 1),
)
SUFFIX = {"家": "家", "CNY": "万元", "percent": "%", "届": "届", "year": "年"}


def make_document(d: int) -> tuple[str, str, list[Claim]]:
    """One generated document: its id, text and claims."""
    values = {
        "t": 1000 + d % 97, "a": 300, "b": 600 + d % 200, "x": 100, "y": 150,
        "p": 50 if d % 3 else 80, "n": 5 if d % 4 else 9, "t2": 1000 + (d * 7) % 97,
    }  # fmt: skip
    text = TEMPLATE.format(**values)
    sid = f"doc{d}"
    out: list[Claim] = []
    pos = 0
    for name, kind, unit, key, scale in SLOTS:
        number = "8" if name == "8" else str(values[name])
        surface = number + SUFFIX[unit]
        start = text.index(surface, pos)
        pos = start + len(surface)
        out.append(
            Claim(
                id=f"{sid}-{start}",
                kind=kind,
                text=surface,
                span=Span(start=start, end=pos),
                value=Value.exactly(Decimal(number) * scale),
                unit=unit,
                metric_key=key.format(g=d % 5, d=d) if key else None,
                source_id=sid,
            )
        )
    return sid, text, out


def build(n_claims: int) -> tuple[list[Claim], dict[str, str], dict[str, date]]:
    """About ``n_claims`` claims over as many documents as it takes."""
    found: list[Claim] = []
    texts: dict[str, str] = {}
    d = 0
    while len(found) < n_claims:
        sid, text, cs = make_document(d)
        found.extend(cs)
        texts[sid] = text
        d += 1
    del found[n_claims:]
    return found, texts, dict.fromkeys(texts, date(2024, 9, 3))


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


def _timed(fn: Any, clock: _GcClock) -> tuple[Any, list[float]]:
    wall, cpu, in_gc = time.perf_counter(), time.process_time(), clock.seconds
    result = fn()
    return result, [time.perf_counter() - wall, time.process_time() - cpu, clock.seconds - in_gc]


def run_one(n: int, memory: bool, variant: str) -> dict[str, Any]:
    """Check ``n`` claims once: {"check": [wall, cpu, gc], phase: [wall, cpu, gc], ...}, or
    {"peak_mib": ...} under tracemalloc."""
    found, texts, published = build(n)
    if variant == "gc=off":
        gc.disable()
    elif variant == "gc=freeze-all":
        gc.freeze()
    if memory:
        tracemalloc.start()
        check(found, texts=texts, published=published)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return {"peak_mib": peak / 2**20}
    clock = _GcClock()
    findings, out = _timed(lambda: check(found, texts=texts, published=published), clock)
    result: dict[str, Any] = {"check": out, "documents": len(texts)}
    verdicts: dict[str, int] = {}
    for f in findings:
        verdicts[f.verdict.value] = verdicts.get(f.verdict.value, 0) + 1
    result["verdicts"] = verdicts
    inp = _from_claims(found, published, texts)

    def groupings() -> None:
        for name in ("by_source", "by_metric", "comparable", "by_sentence"):
            getattr(inp, name)

    _, result["groupings"] = _timed(groupings, clock)
    # each rule as check() runs it (with the input kept out of gc scans, where it does that)
    quiet = getattr(ledger.check, "_input_out_of_gc_scans", contextlib.nullcontext)
    for rule in RULES:
        with quiet():
            _, result[rule_id(rule)] = _timed(lambda r=rule: run_rules(inp, [r]), clock)
    return result


def _child(n: int, memory: bool, variant: str) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", str(n), "--variant", variant]
    result = subprocess.run(
        cmd + (["--memory"] if memory else []), capture_output=True, text=True, check=True,
        cwd=ROOT,
    )  # fmt: skip
    return dict(json.loads(result.stdout))


def main() -> None:
    """Run each size in its own processes and print the figures."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per size (best shown)")
    parser.add_argument("--variant", default="", help="gc=off or gc=freeze-all")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--memory", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_one(args.child, args.memory, args.variant)))
        return
    label = f" [{args.variant}]" if args.variant else ""
    phases = ["groupings"] + [rule_id(r) for r in RULES]
    best: dict[int, dict[str, Any]] = {}
    for n in args.sizes:
        runs = [_child(n, False, args.variant) for _ in range(args.repeat)]
        b = min(runs, key=lambda r: r["check"][0])
        for phase in phases:  # each phase's best run, for the same reason
            b[phase] = min((r[phase] for r in runs), key=lambda t: t[0])
        b["peak_mib"] = _child(n, True, args.variant)["peak_mib"]
        best[n] = b
        wall, cpu, in_gc = b["check"]
        print(
            f"check {n:>7,} claims in {b['documents']:>6,} documents: {wall:6.2f} s wall "
            f"{cpu:6.2f} s cpu (gc {in_gc:5.2f} s)  {n / wall:>7,.0f} claims/s  "
            f"peak {b['peak_mib']:6.1f} MiB  {b['verdicts']}{label}"
        )
        print("    " + "  ".join(f"{p} {b[p][1]:.2f}" for p in phases) + "  (s cpu)")
    pairs = list(zip(args.sizes, args.sizes[1:], strict=False))
    if len(args.sizes) > 2:
        pairs.append((args.sizes[0], args.sizes[-1]))
    for small, big in pairs:
        s, b = best[small], best[big]
        print(
            f"growth {small:>7,} -> {big:>7,} claims (x{big / small:4.1f}): "
            f"wall x{b['check'][0] / s['check'][0]:5.2f}  "
            f"cpu x{b['check'][1] / s['check'][1]:5.2f}  "
            f"memory x{b['peak_mib'] / s['peak_mib']:5.2f}{label}"
        )
        print("    " + "  ".join(f"{p} x{b[p][1] / max(s[p][1], 1e-3):.1f}" for p in phases)
              + "  (cpu)")  # fmt: skip


if __name__ == "__main__":
    main()
