"""Streaming: ``claims.iter_extract`` over 100 MB of generated documents, memory measured.

Documents are generated on the fly from a seeded random generator (news-like paragraphs
with figures, 2-20 KB each) and never kept: the generator yields one text at a time and
the claims of each are counted, then dropped. At each checkpoint (1 MB, 10 MB, 100 MB of
UTF-8 by default) the script prints documents, claims, throughput, the current resident
set size and the process's peak RSS (``resource.getrusage``). Flat RSS from 10 MB to 100 MB
means memory does not grow with the number of documents. ``--tracemalloc`` adds Python's
own peak of traced allocations (slower).

    .venv/bin/python bench/streaming.py [--mb 100] [--tracemalloc]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claims.extract import iter_extract

__all__ = ["documents"]

_SUBJECTS = ["政务微博", "全国铁路", "某市统计局", "新能源汽车", "快递业务", "粮食产量", "尉犁羊肉"]
_CLAUSES = [
    "账号超{a}万个",
    "粉丝数超{b}亿",
    "日均发博超{a}0万条",
    "同比增长{p}%",
    "与十余万{s}共同发声",
    "共回复咨询类问题{n}件",
    "价格提高了{p}元",
    "连续成功举办{k}届",
    "占全国总量的{p}.{k}%",
    "比上年末减少{a}万人",
    "总投资约{b}.{k}亿元",
    "覆盖近{a}千个乡镇",
    "网络销售突破{a}万只",
    "5年多来累计{n}人次",
]
_FILLER = "在社会治理和公共服务中发挥了重要作用，有关部门积极回应关切，推动问题解决"


def documents(total_bytes: int, seed: int = 1) -> Iterator[str]:
    """Generated documents until ``total_bytes`` of UTF-8 have been yielded (one at a time)."""
    rng = random.Random(seed)
    sent = 0
    while sent < total_bytes:
        parts: list[str] = [
            f"{rng.randint(2001, 2024)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日电"
        ]
        size = rng.randint(2_000, 20_000)
        length = 0
        while length < size:
            s = rng.choice(_SUBJECTS)
            clause = rng.choice(_CLAUSES).format(
                a=rng.randint(1, 99), b=rng.randint(1, 50), p=rng.randint(1, 60),
                n=rng.randint(100, 99999), k=rng.randint(1, 9), s=s,
            )  # fmt: skip
            sentence = f"{s}{_FILLER[: rng.randint(8, len(_FILLER))]}，{clause}。"
            parts.append(sentence)
            length += len(sentence)
        text = "".join(parts)
        sent += len(text.encode("utf-8"))
        yield text


def _rss_mb() -> float:
    """Current resident set size in MB (Linux /proc), or the peak where /proc is missing."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * resource.getpagesize() / 2**20
    except (OSError, ValueError, IndexError):
        return _peak_mb()


def _peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10


def main(argv: list[str] | None = None) -> int:
    """Stream, print a line per checkpoint; returns 0."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=int, default=100, help="MB of UTF-8 to stream (default 100)")
    ap.add_argument("--tracemalloc", action="store_true", help="also trace Python allocations")
    args = ap.parse_args(argv)
    total = args.mb * 10**6
    checkpoints = [c for c in (10**6, 10**7, 10**8, 10**9) if c < total] + [total]
    if args.tracemalloc:
        tracemalloc.start()
    print(f"baseline RSS before extraction: {_rss_mb():.0f} MB")
    head = f"{'streamed':>10} {'docs':>7} {'claims':>9} {'MB/s':>6} {'RSS now':>9} {'peak RSS':>9}"
    print(head + (f" {'traced peak':>12}" if args.tracemalloc else ""))
    seen_bytes = found = 0
    texts: list[int] = []  # sizes of the texts in flight (iter_extract consumes one at a time)

    def sized() -> Iterator[str]:
        for text in documents(total):
            texts.append(len(text.encode("utf-8")))
            yield text

    t0 = time.perf_counter()
    next_cp = 0
    for docs, claims_of_doc in enumerate(iter_extract(sized()), start=1):
        found += len(claims_of_doc)
        seen_bytes += texts.pop()
        if seen_bytes >= checkpoints[next_cp]:
            dt = time.perf_counter() - t0
            mb = seen_bytes / 1e6
            line = (f"{mb:>8.1f}MB {docs:>7} {found:>9} {mb / dt:>6.2f} "
                    f"{_rss_mb():>7.0f}MB {_peak_mb():>7.0f}MB")  # fmt: skip
            if args.tracemalloc:
                line += f" {tracemalloc.get_traced_memory()[1] / 2**20:>10.1f}MB"
            print(line, flush=True)
            next_cp += 1
            if next_cp == len(checkpoints):
                break
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
