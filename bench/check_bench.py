"""Benchmark of ``ledger.check`` over generated claims: time, peak memory, growth 10k -> 100k.

Generates documents from one template sentence group (a total with parts under 其中, a
change 从…增至… with its percentage, editions since a start year, a look-back duration, and
a restated total), places hand-built claims on them, gives every document the same
publication date and a few metric keys shared by many documents, so same-metric groups are
thousands of claims large. Prints one line per size and the growth ratio.

Run: .venv/bin/python bench/check_bench.py [N ...]   (default 10000 100000)
"""

from __future__ import annotations

import sys
import time
import tracemalloc
from datetime import date
from decimal import Decimal

from claims.models import Claim, Kind, Span, Value
from ledger.check import check

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


def run(n: int) -> float:
    """Check ``n`` claims; print time, peak memory and the findings; return the seconds."""
    found, texts, published = build(n)
    t0 = time.perf_counter()
    findings = check(found, texts=texts, published=published)
    seconds = time.perf_counter() - t0
    tracemalloc.start()
    check(found, texts=texts, published=published)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    per_verdict: dict[str, int] = {}
    for f in findings:
        per_verdict[f.verdict.value] = per_verdict.get(f.verdict.value, 0) + 1
    print(
        f"check {n:>7,} claims in {len(texts):>6,} documents: {seconds:7.2f} s "
        f"({n / seconds:>9,.0f} claims/s), peak {peak / 2**20:7.1f} MiB, "
        f"{len(findings):,} findings {per_verdict}"
    )
    return seconds


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv] or [10_000, 100_000]
    times = [run(n) for n in sizes]
    for (n1, t1), (n2, t2) in zip(zip(sizes, times), zip(sizes[1:], times[1:]), strict=False):
        print(
            f"growth {n1:,} -> {n2:,} claims (x{n2 / n1:g}): time x{t2 / t1:.2f} "
            f"(linear would be x{n2 / n1:g}, quadratic x{(n2 / n1) ** 2:g})"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
