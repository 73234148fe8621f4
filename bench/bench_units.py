"""Benchmark of stage 3 (claims.units): table build time and match_unit calls per second.

Run: .venv/bin/python bench/bench_units.py
Prints the one-off cost of building the tables (pint registry included), then match_unit
called after every numeral character of the seed repeated 1x, 10x and 100x (the rate must stay
flat: the stage is linear), and on adversarial text (long runs of unit characters).
"""

from __future__ import annotations

import time
from pathlib import Path

from claims.unit_tables import tables
from claims.units import match_unit, match_unit_before

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "seeds" / "weibo_li_zhengrong_2024-09-03.txt").read_text(encoding="utf-8")
NUMERALS = set("0123456789零〇一二两三四五六七八九十百千万亿")


def _positions(text: str) -> list[int]:
    return [i for i in range(1, len(text)) if text[i - 1] in NUMERALS]


def _run(label: str, text: str) -> None:
    positions = _positions(text)
    t0 = time.perf_counter()
    found = sum(match_unit(text, p) is not None for p in positions)
    found += sum(match_unit_before(text, p) is not None for p in positions)
    dt = time.perf_counter() - t0
    print(
        f"{label:<28} {len(text):>9,} chars {len(positions):>8,} calls x2 {found:>7,} found "
        f"{dt * 1000:>8.1f} ms  {2 * len(positions) / dt:>11,.0f} calls/s  "
        f"{len(text) / dt:>13,.0f} chars/s"
    )


def main() -> None:
    t0 = time.perf_counter()
    t = tables()
    print(
        f"tables built in {(time.perf_counter() - t0) * 1000:.0f} ms: "
        f"{len(t.suffix):,} surface forms, {len(t.prefix)} prefixes"
    )
    for n in (1, 10, 100):
        _run(f"seed x{n}", SEED * n)
    _run("adversarial 5个月/斤 x50k", "5个月/斤" * 50_000)
    _run("adversarial 5度 x100k", ("气温" * 10 + "5度") * 10_000)
    _run("adversarial digits 1e6", "1" * 1_000_000)


if __name__ == "__main__":
    main()
