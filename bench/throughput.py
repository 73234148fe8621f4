"""Extraction throughput: chars/s of ``claims.extract`` on >= 1 MB of seed text, and its ratio to
one precompiled regex that only finds digit and Chinese-numeral runs (the floor any extractor
pays), timed in the same run, best of several runs each. Also 10 KB / 100 KB / 1 MB timings
to show that time is linear in input size.

Run: ``.venv/bin/python bench/throughput.py [--runs 5] [--profile]``
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import importlib
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claims import context, extract, timex  # noqa: E402

_extract_module = importlib.import_module("claims.extract")  # (claims.extract is the function)


@contextlib.contextmanager
def stubbed(*, dates: bool, asides: bool, attribution: bool):  # type: ignore[no-untyped-def]
    """Replace other stages by stubs, to time the value engine alone."""
    saved = (timex.find_dates, _extract_module.set_asides, context.attribute)
    if dates:
        timex.find_dates = lambda text: []
    if asides:
        _extract_module.set_asides = lambda text: []
    if attribution:
        context.attribute = lambda text, found, source: found
    try:
        yield
    finally:
        timex.find_dates, _extract_module.set_asides, context.attribute = saved

# The baseline: every run of ASCII digits or Chinese numeral characters, nothing else.
NUMERAL_RUN = regex.compile(r"[0-9]+|[〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟]+")


def corpus(min_bytes: int) -> str:
    """Seed texts repeated (paragraph by paragraph) until the UTF-8 size reaches ``min_bytes``."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    unit = "\n".join(texts)
    reps = min_bytes // len(unit.encode("utf-8")) + 1
    return "\n".join([unit] * reps)


def best(fn: Callable[[], object], runs: int) -> float:
    """Best wall time of ``runs`` calls."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--profile", action="store_true", help="print a cProfile of one 1 MB run")
    args = ap.parse_args(argv)

    big = corpus(1_000_000)
    extract(big[:5000])  # warm up: tables, pint registry
    n_bytes = len(big.encode("utf-8"))
    t_ex = best(lambda: extract(big), args.runs)
    t_re = best(lambda: sum(1 for _ in NUMERAL_RUN.finditer(big)), args.runs)
    n_claims = len(extract(big))
    print(f"corpus: {len(big):,} chars, {n_bytes:,} bytes UTF-8, {n_claims:,} claims")
    print(f"extract:        {t_ex:8.3f} s  {len(big) / t_ex:12,.0f} chars/s  (best of {args.runs})")
    print(f"numeral regex:  {t_re:8.3f} s  {len(big) / t_re:12,.0f} chars/s  (best of {args.runs})")
    print(f"ratio extract / regex: {t_ex / t_re:.1f}x")
    with stubbed(dates=False, asides=False, attribution=True):
        t = best(lambda: extract(big), args.runs)
        print(f"extract, context stubbed:       {t:8.3f} s  ratio {t / t_re:6.1f}x")
    with stubbed(dates=True, asides=True, attribution=True):
        t = best(lambda: extract(big), args.runs)
        n = len(extract(big))
        print(f"value engine only ({n:,} claims): {t:8.3f} s  ratio {t / t_re:6.1f}x"
              "  (timex, inventory, context stubbed)")
    for size in (10_000, 100_000, 1_000_000):
        text = big[: len(big) * size // n_bytes]
        t = best(lambda text=text: extract(text), args.runs)  # type: ignore[misc]
        print(f"{size // 1000:>5} KB: {t * 1000:9.2f} ms  {len(text) / t:12,.0f} chars/s")
    if args.profile:
        prof = cProfile.Profile()
        prof.runcall(extract, big)
        pstats.Stats(prof).sort_stats("tottime").print_stats(15)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
