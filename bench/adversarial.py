"""Adversarial texts for the extractor's regexes: time per shape at 10 KB -> 100 KB -> 1 MB.

Each shape is a text built to make a careless regex backtrack or a careless loop go
quadratic: 1 MB of digits, of 万万万, of 超超超, of 余余余, alternating numerals and
punctuation, deeply nested brackets and quotes, long thousand-separated runs, dotted
runs, one long line without punctuation. For every shape the script prints the time of
``claims.extract`` at each size (best of ``--runs``), the claims found at the largest
size, and the growth ratio between consecutive sizes: ~10x per 10x is linear, ~100x is
quadratic. ``--long`` adds 10 MB (raise ``max_chars`` accordingly; it is passed here).

    .venv/bin/python bench/adversarial.py [--long] [--runs N] [--only SHAPE]

The shapes are also used, at a small size, by ``tests/test_hostile.py`` (which asserts
results, never times).
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import claims

__all__ = ["SHAPES", "make"]


def _repeat(unit: str) -> Callable[[int], str]:
    """A shape that repeats ``unit`` up to ``n`` characters."""

    def build(n: int) -> str:
        return (unit * (n // len(unit) + 1))[:n]

    return build


def _nested(n: int) -> str:
    """Brackets and quotes nested n/8 deep, with a figure at the centre."""
    depth = max(1, (n - 8) // 8)
    core = "超9万个"
    text = "(（“「" * depth + core + "」”）)" * depth
    return text[:n].ljust(n, ")")  # unbalanced closers pad the rest


def _numbered(n: int) -> str:
    """1,2,3,4,... up to n characters (comma-separated counting)."""
    out: list[str] = []
    size, i = 0, 1
    while size < n:
        s = f"{i},"
        out.append(s)
        size += len(s)
        i += 1
    return "".join(out)[:n]


def _one_line(n: int) -> str:
    """A single line of Chinese prose with figures and no punctuation at all."""
    return _repeat("政务微博账号超9万个粉丝数超35亿日均发博超30万条与十余万政务微博共同")(n)


# name -> builder(n chars) -> text of exactly n characters
SHAPES: dict[str, Callable[[int], str]] = {
    "digits": _repeat("1234567890"),
    "wan": _repeat("万"),
    "chao": _repeat("超"),
    "yu": _repeat("余"),
    "chao_digits": _repeat("超超9"),
    "numerals_comma": _numbered,
    "list_markers": _repeat("一、二、三、四、五、六、七、八、九、十、"),
    "numeral_punct": _repeat("一,二;三。四!"),
    "nested_brackets": _nested,
    "quotes": _repeat("“「『"),
    "thousands_run": _repeat("16,812,000,"),
    "dotted": _repeat("1.1."),
    "percent_slash_dash": _repeat("3%/4-5%/"),
    "yi_wan_mix": _repeat("1.5万亿3千万"),
    "one_line": _one_line,
    "spaces_digits": _repeat("1 2 3 4 "),
}


def make(shape: str, n: int) -> str:
    """The text of ``shape`` at ``n`` characters."""
    text = SHAPES[shape](n)
    assert len(text) == n, (shape, len(text), n)
    return text


def _time(text: str, runs: int) -> tuple[float, int | str]:
    """Best time of ``runs`` extractions and the claims found (or the error's name: a bug)."""
    best, found = float("inf"), 0
    for _ in range(runs):
        t0 = time.perf_counter()
        try:
            found = len(claims.extract(text, max_chars=len(text)))
        except Exception as exc:  # a crash is a finding to print, not a reason to stop
            return time.perf_counter() - t0, f"ERR {type(exc).__name__}"
        best = min(best, time.perf_counter() - t0)
    return best, found


def main(argv: list[str] | None = None) -> int:
    """Print the table; returns 0."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--long", action="store_true", help="add the 10 MB size")
    ap.add_argument("--runs", type=int, default=1, help="best of N runs per cell")
    ap.add_argument("--only", choices=sorted(SHAPES), action="append", help="one shape only")
    args = ap.parse_args(argv)
    sizes = [10_000, 100_000, 1_000_000] + ([10_000_000] if args.long else [])
    labels = [f"{s // 1000:,} KB" if s < 10**6 else f"{s // 10**6} MB" for s in sizes]
    head = f"{'shape':<20}" + "".join(f"{x:>10}" for x in labels)
    head += f"{'claims@max':>12}  growth per 10x"
    print(head)
    print("-" * len(head))
    claims.extract("超9万个")  # load tables and the unit registry outside the timings
    worst = 0.0
    for name in args.only or SHAPES:
        times: list[float] = []
        found: int | str = 0
        for n in sizes:
            t, found = _time(make(name, n), args.runs)
            times.append(t)
        ratios = [b / a if a > 0 else float("nan") for a, b in itertools.pairwise(times)]
        worst = max(worst, *ratios[1:]) if len(ratios) > 1 else worst
        cells = "".join(f"{t:>9.3f}s" for t in times)
        growth = " -> ".join(f"{r:.1f}x" for r in ratios)
        print(f"{name:<20}{cells}{found!s:>12}  {growth}", flush=True)
    print(f"\nworst growth past 100 KB: {worst:.1f}x per 10x input (10x is linear)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
