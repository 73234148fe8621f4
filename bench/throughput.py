"""Extraction throughput: chars/s and claims/s of ``claims.extract`` on >= 1 MB (UTF-8) built from
the seed documents, and the ratio to a floor timed in the same run on the same text: one
precompiled regex that only finds runs of digits and Chinese numeral characters (finditer over
the text, every match consumed). Best of ``--runs`` for every figure.

Three corpora, all from ``seeds/*.txt``:

- ``documents``: whole seed documents (each with its page chrome: dateline, 为您推荐 list),
  extracted one by one with ``claims.extract.iter_extract``, as a reader of many pages would.
  The floor runs over the same documents one by one.
  The value engine caches run parses and values (news repeats its figures; here one seed is
  repeated, so the caches always hit): ``caches cold`` empties them before every document.
- ``bench/corpus/*/*.txt``: the bench corpus's distinct passages (news, bulletins, weather,
  planted contradictions), each extracted once with the caches emptied before it: the closest
  row to a real corpus, where documents do not repeat.
- ``one text, bodies``: the document bodies (the text before 为您推荐) joined into one text: a
  long article with claims all the way through. Its 10 KB / 100 KB / 1 MB prefixes (and 10 MB
  with ``--long``) show that time is linear in input size.
- ``one text, whole pages``: whole documents joined into one text. Page-chrome detection sets
  aside everything after the first 为您推荐, which is right for one page and makes this a poor
  benchmark (almost no claims survive); it is printed for comparison only.

Times are this process's CPU time by default (``--clock wall`` for elapsed time): on a shared
machine CPU time is steady where wall time is not; on an idle one they agree.

Run: ``.venv/bin/python bench/throughput.py [--runs 5] [--long] [--profile] [--clock cpu|wall]``
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import importlib
import pstats
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claims import _clause, _clock, bounds, context, figures, numerals, timex  # noqa: E402
from claims.extract import extract, iter_extract  # noqa: E402

_extract_module = importlib.import_module("claims.extract")  # (claims.extract is the function)

# The floor: every run of ASCII digits or Chinese numeral characters, nothing else.
NUMERAL_RUN = regex.compile(r"[0-9]+|[〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟]+")

CHROME = "为您推荐"
MB = 1_000_000


@contextlib.contextmanager
def stubbed(*, dates: bool, asides: bool, attribution: bool) -> Iterator[None]:
    """Replace other stages by stubs, to time the value engine alone."""
    saved = (timex.find_dates, _extract_module.set_asides, context.attribute)
    if dates:
        timex.find_dates = lambda text, *args, **kw: []
    if asides:
        _extract_module.set_asides = lambda text, *args, **kw: []
    if attribution:
        context.attribute = lambda text, found, source, **kw: found
    try:
        yield
    finally:
        timex.find_dates, _extract_module.set_asides, context.attribute = saved


def seed_texts() -> list[str]:
    """The seed documents, verbatim."""
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]


def repeat_to(pieces: list[str], min_bytes: int) -> list[str]:
    """``pieces`` repeated in order until their UTF-8 size reaches ``min_bytes``."""
    size = sum(len(p.encode("utf-8")) + 1 for p in pieces)
    return pieces * (min_bytes // size + 1)


def prefix(text: str, n_bytes: int) -> str:
    """The longest prefix of ``text`` of at most ``n_bytes`` UTF-8 bytes."""
    return text.encode("utf-8")[:n_bytes].decode("utf-8", errors="ignore")


CLOCKS = {"cpu": time.process_time, "wall": time.perf_counter}
clock = CLOCKS["cpu"]


def best(fn: Callable[[], object], runs: int) -> float:
    """Best time of ``runs`` calls, on ``clock``."""
    times = []
    for _ in range(runs):
        t0 = clock()
        fn()
        times.append(clock() - t0)
    return min(times)


def floor(texts: list[str]) -> int:
    """The floor: consume every numeral-run match of every text."""
    return sum(1 for t in texts for _ in NUMERAL_RUN.finditer(t))


def extract_all(docs: list[str]) -> int:
    """Claims of every document, one by one."""
    return sum(len(found) for found in iter_extract(docs))


def clear_caches() -> None:
    """Empty the caches of run parses, values, clock parts, clause readings and the last date
    fold (cn2an's stays).

    The corpus repeats one seed, so warm caches always hit; a corpus of distinct documents
    would not: the cold rows are the figures to quote for one.
    """
    numerals.parse_run.cache_clear()
    numerals.parse_run_prefix.cache_clear()
    figures._small.cache_clear()
    bounds._VALUES.clear()
    _clause._read_context.cache_clear()
    _clock.date_fold.cache_clear()


def clear_each(docs: list[str]) -> None:
    """The caches emptied once per document (timed, to subtract it from the cold run)."""
    for _ in docs:
        clear_caches()


def extract_all_cold(docs: list[str]) -> int:
    """Claims of every document, one by one, each with the value engine's caches emptied."""
    n = 0
    for d in docs:
        clear_caches()
        n += len(extract(d))
    return n


def row(label: str, chars: int, claims: int, t: float, t_floor: float) -> str:
    return (
        f"{label:<28} {t:8.3f} s {chars / t:12,.0f} chars/s {claims / t:10,.0f} claims/s"
        f"  ratio {t / t_floor:6.1f}x"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--long", action="store_true", help="add a 10 MB single text")
    ap.add_argument("--profile", action="store_true", help="print a cProfile of the documents run")
    ap.add_argument(
        "--clock",
        choices=sorted(CLOCKS),
        default="cpu",
        help="cpu: this process's CPU time (steady on a shared machine); wall: elapsed time",
    )
    args = ap.parse_args(argv)
    runs = args.runs
    global clock
    clock = CLOCKS[args.clock]

    seeds = seed_texts()
    docs = repeat_to(seeds, MB)
    bodies = "\n".join(repeat_to([s.split(CHROME)[0].rstrip() for s in seeds], MB))
    pages = "\n".join(docs)
    extract(seeds[0])  # warm up: tables, patterns, the pint registry
    chars = sum(len(d) for d in docs)
    n_bytes = sum(len(d.encode("utf-8")) for d in docs)

    print(f"seeds: {len(seeds)}; clock: {args.clock}, best of {runs}; floor: {NUMERAL_RUN.pattern}")
    print(f"documents: {len(docs)} whole seed documents, {chars:,} chars, {n_bytes:,} bytes")
    t_floor = best(lambda: floor(docs), runs)
    n = extract_all(docs)
    t = best(lambda: extract_all(docs), runs)
    print(f"{'numeral regex (floor)':<28} {t_floor:8.3f} s {chars / t_floor:12,.0f} chars/s")
    print(row("extract, document by document", chars, n, t, t_floor))
    t_clear = best(lambda: clear_each(docs), runs)
    t = best(lambda: extract_all_cold(docs), runs) - t_clear
    print(row("  ... caches cold", chars, n, t, t_floor) + "  (emptied before each document)")
    with stubbed(dates=False, asides=False, attribution=True):
        t = best(lambda: extract_all(docs), runs)
        print(row("  attribution stubbed", chars, n, t, t_floor))
    with stubbed(dates=True, asides=True, attribution=True):
        n_v = extract_all(docs)
        t = best(lambda: extract_all(docs), runs)
        print(row("  value engine only", chars, n_v, t, t_floor) + "  (dates, set-asides stubbed)")
        t_clear = best(lambda: clear_each(docs), runs)
        t = best(lambda: extract_all_cold(docs), runs) - t_clear
        print(row("  ... caches cold", chars, n_v, t, t_floor) + "  (emptied before each document)")

    # Distinct documents (no repeats: the caches rarely hit, as on a real corpus), each once.
    corpus = [
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "bench" / "corpus").glob("*/*.txt"))
    ]
    c_chars = sum(len(d) for d in corpus)
    t_floor_c = best(lambda: floor(corpus), runs)
    n_c = extract_all(corpus)
    t_clear = best(lambda: clear_each(corpus), runs)
    t = best(lambda: extract_all_cold(corpus), runs) - t_clear
    print(f"bench/corpus/*/*.txt: {len(corpus)} distinct documents, {c_chars:,} chars")
    print(
        row("  extract, caches cold", c_chars, n_c, t, t_floor_c) + "  (ratio to their own floor)"
    )

    for label, text in (("one text, bodies", bodies), ("one text, whole pages", pages)):
        t_floor = best(lambda text=text: floor([text]), runs)  # type: ignore[misc]
        n = len(extract(text))
        t = best(lambda text=text: extract(text), runs)  # type: ignore[misc]
        size = len(text.encode("utf-8"))
        print(f"{label}: {len(text):,} chars, {size:,} bytes")
        print(row(f"  extract ({n:,} claims)", len(text), n, t, t_floor))

    print("linearity (one text, bodies):")
    sizes = [10_000, 100_000, MB] + ([10 * MB] if args.long else [])
    for size in sizes:
        text = prefix("\n".join(repeat_to([bodies], size)), size)
        t_floor = best(lambda text=text: floor([text]), runs)  # type: ignore[misc]
        n = len(extract(text))
        t = best(lambda text=text: extract(text), runs if size <= MB else 1)  # type: ignore[misc]
        print(
            f"  {size // 1000:>6} KB: {t * 1000:9.1f} ms {len(text) / t:12,.0f} chars/s"
            f"  {t * 1e6 / len(text):6.2f} us/char  ratio {t / t_floor:6.1f}x  ({n:,} claims)"
        )

    if args.profile:
        prof = cProfile.Profile()
        prof.runcall(extract_all, docs)
        stats = pstats.Stats(prof)
        print("stages (documents run under cProfile; cumulative seconds, share of extract):")
        cum = {(Path(f).name, name): ct for (f, _, name), (_, _, _, ct, _) in stats.stats.items()}  # type: ignore[attr-defined]
        total = cum.get(("extract.py", "_run"), 0.0)
        for key in STAGES:
            if key in cum:
                print(f"  {key[0] + ':' + key[1]:<28} {cum[key]:8.3f} s  {cum[key] / total:6.1%}")
        stats.sort_stats("tottime").print_stats(20)
    return 0


# The stage functions whose cumulative time --profile reports (module file, function).
STAGES = [
    ("extract.py", "_run"),
    ("normalize.py", "normalize"),
    ("timex.py", "find_dates"),
    ("numbers.py", "scan"),
    ("_figure_claim.py", "figure_claim"),
    ("numbers.py", "make_value"),
    ("units.py", "match_unit"),
    ("inventory.py", "set_asides"),
    ("context.py", "attribute"),
]


if __name__ == "__main__":
    raise SystemExit(main())
