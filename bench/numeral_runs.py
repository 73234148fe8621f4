"""Floods of numeral shapes: time of ``claims.extract`` at 10 KB -> 100 KB -> 1 MB per shape.

The shapes are the runs that once made the value engine quadratic (a 1,000-character run of
一二三…十 took 0.74 s, 20,000 characters 187 s: every start position re-tokenised the rest of
the run) and their relatives: 万万万, 十十十, 1,1,1, 1.1.1, 一、二、三、, 超超超, 余余余,
百分之百分之, 三分之三分之, 第第第, 负负负, 5个5个, 1-2-3-4-5, 1至2至, 一又一又,
1.5万亿3千万 glued. For every shape the script prints the best time at each size, the claims
found at the largest size, and the growth ratio between sizes: ~10x per 10x input is linear,
~100x quadratic. Times are this process's CPU time (``--clock wall`` for elapsed). Sizes are
in characters; ``--long`` adds 10 M characters (the extract size limit is raised to match).

    .venv/bin/python bench/numeral_runs.py [--runs N] [--only SHAPE] [--long] [--value-engine]

``--value-engine`` stubs attribution (claims/context.py), which costs most of the time per
claim on shapes that give a claim every few characters; the value engine is what this script
is about. ``tests/test_fast_paths.py`` asserts what each shape gives at 20,000 characters.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import sys
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import claims
from claims import context

# name -> the unit repeated up to the size
SHAPES = {
    "mixed_numerals": "一二三四五六七八九十",
    "wan": "万",
    "shi": "十",
    "shiyi": "十一",
    "comma_ones": "1,",
    "dotted_ones": "1.",
    "list_markers": "一、二、三、",
    "chao": "超",
    "yu": "余",
    "baifenzhi": "百分之",
    "sanfenzhi": "三分之",
    "di": "第",
    "fu": "负",
    "figure_measure": "5个",
    "dash_chain": "1-2-3-4-5-",
    "zhi_chain": "1至2至3至",
    "you_chain": "一又",
    "glued_compounds": "1.5万亿3千万",
}

CLOCKS = {"cpu": time.process_time, "wall": time.perf_counter}


def make(shape: str, n: int) -> str:
    """The text of ``shape`` at exactly ``n`` characters."""
    unit = SHAPES[shape]
    return (unit * (n // len(unit) + 1))[:n]


@contextlib.contextmanager
def value_engine_only(on: bool) -> Iterator[None]:
    """Stub attribution while timing, when asked."""
    saved = context.attribute
    if on:
        context.attribute = lambda text, found, source, **kw: found
    try:
        yield
    finally:
        context.attribute = saved


def main(argv: list[str] | None = None) -> int:
    """Print the table; returns 0."""
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--runs", type=int, default=1, help="best of N runs per cell")
    ap.add_argument("--only", choices=sorted(SHAPES), action="append", help="one shape only")
    ap.add_argument("--long", action="store_true", help="add 10 M characters")
    ap.add_argument("--value-engine", action="store_true", help="stub attribution")
    ap.add_argument("--clock", choices=sorted(CLOCKS), default="cpu")
    args = ap.parse_args(argv)
    clock = CLOCKS[args.clock]
    sizes = [10_000, 100_000, 1_000_000] + ([10_000_000] if args.long else [])
    labels = [f"{s // 1000:,} K" if s < 10**6 else f"{s // 10**6} M" for s in sizes]
    head = f"{'shape':<18}" + "".join(f"{x:>10}" for x in labels) + f"{'claims@max':>12}  growth"
    print(f"clock: {args.clock}, best of {args.runs}; value engine only: {args.value_engine}")
    print(head)
    print("-" * len(head))
    claims.extract("超9万个")  # tables and the unit registry outside the timings
    worst = 0.0
    with value_engine_only(args.value_engine):
        for name in args.only or SHAPES:
            times: list[float] = []
            found = 0
            for n in sizes:
                text = make(name, n)
                best = float("inf")
                for _ in range(args.runs):
                    t0 = clock()
                    found = len(claims.extract(text, max_chars=n))
                    best = min(best, clock() - t0)
                times.append(best)
            ratios = [b / a if a > 0 else float("nan") for a, b in itertools.pairwise(times)]
            worst = max(worst, ratios[-1])
            cells = "".join(f"{t:>9.3f}s" for t in times)
            growth = " -> ".join(f"{r:.1f}x" for r in ratios)
            print(f"{name:<18}{cells}{found:>12,}  {growth}", flush=True)
    print(f"\nworst growth at the largest step: {worst:.1f}x per 10x input (10x is linear)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
