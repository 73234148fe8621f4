"""Extraction quality on real Chinese passages: bench/corpus/real, annotated by hand.

Usage: python bench/real_quality.py [--failures] [--only ID_PREFIX] [--corpus DIR]

Each passage is ``bench/corpus/real/NN_topic.txt`` (first line ``# source: URL``, removed
before extraction, so offsets start at the text) with ``NN_topic.json`` beside it: the claims
a fact-checker reads in the passage (DESIGN sections 4 and 5), each with its surface
``text``, ``start``/``end``, ``kind``, the literal interval as ``lower``/``upper`` (strings of
exact decimals or ``p/q`` fractions, ``null`` = unbounded; for dates the ISO start and end as
``claims.extract`` writes them, ``--09-03`` for a month-day, ``---06`` for a day of an unnamed
month, ``T14:10`` for a clock time alone), ``unit``, ``per``, and where annotated ``metric``,
``subject`` and ``time`` (the words a checker would use).

Scoring. An expected claim and a found claim *pair* when their spans overlap (one to one,
largest overlap first). A pair *matches* when, in addition, the literal intervals are equal
(bounds only; open or closed ends are not compared) and the units are equal. Precision =
matched / found, recall = matched / expected. On pairs the script also reports how often
the value (interval), unit, kind and per agree, and, for annotated pairs only, metric,
subject and time agreement (lenient: the expected words are contained in ours or ours in
theirs; ``time`` is compared with ``claim.time.text``).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import claims
from claims.models import Claim, DateValue

REAL = Path(__file__).resolve().parent / "corpus" / "real"
ATTRIBUTES = ("metric", "subject", "time")


@dataclass
class Passage:
    """One annotated passage: its id, body text (without the source line) and expected claims."""

    id: str
    source: str
    text: str
    expected: list[dict[str, Any]]
    held_out: str | None = None


def load(path: Path) -> Passage:
    """The passage at ``path`` (a .txt) and the expected claims of the .json beside it."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    if not lines or not lines[0].startswith("# source:"):
        raise ValueError(f"{path.name}: first line must be '# source: URL'")
    spec = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    source = lines[0].split(":", 1)[1].strip()
    return Passage(path.stem, source, "".join(lines[1:]), spec["claims"], spec.get("held_out"))


def passages(corpus: Path = REAL) -> list[Passage]:
    """Every passage of the corpus directory (the real corpus by default), in file-name order."""
    return [load(p) for p in sorted(corpus.glob("*.txt"))]


def _num(x: Any) -> Fraction | None:
    """An exact bound: None, a Fraction, or a decimal or ``p/q`` string (``1/3`` for 三分之一)."""
    if x is None or isinstance(x, Fraction):
        return x
    return Fraction(str(x)) if "/" in str(x) else Fraction(Decimal(str(x)))


def bounds(c: Claim) -> tuple[str | None, str | None] | tuple[Fraction | None, Fraction | None]:
    """The claim's literal interval as comparable bounds (ISO strings for dates)."""
    if isinstance(c.value, DateValue):
        return str(c.value.start), str(c.value.end)
    lit = c.value.literal
    return _num(lit.lower), _num(lit.upper)


def expected_bounds(e: dict[str, Any]) -> tuple[Any, Any]:
    """The expected literal interval, comparable with :func:`bounds`."""
    if e["kind"] == "date":
        return e["lower"], e["upper"]
    return _num(e["lower"]), _num(e["upper"])


def show_bounds(b: tuple[Any, Any]) -> str:
    """``[lo, hi]`` with ``-inf``/``+inf`` for open sides (closedness is not compared)."""
    lo = "-inf" if b[0] is None else str(b[0] if not isinstance(b[0], Fraction) else _dec(b[0]))
    hi = "+inf" if b[1] is None else str(b[1] if not isinstance(b[1], Fraction) else _dec(b[1]))
    return f"[{lo}, {hi}]"


def _dec(f: Fraction) -> str:
    if f.denominator == 1:
        return str(f.numerator)
    d = Decimal(f.numerator) / Decimal(f.denominator)
    return format(d.normalize(), "f")


def lenient(expected: str, ours: str | None) -> bool:
    """Whether ``expected`` words are contained in ours or ours in them."""
    return bool(ours) and (expected in ours or ours in expected)


@dataclass
class Pair:
    """An expected claim and the found claim whose span overlaps it (or None)."""

    expected: dict[str, Any]
    found: Claim | None

    @property
    def value_ok(self) -> bool:
        return self.found is not None and bounds(self.found) == expected_bounds(self.expected)

    @property
    def unit_ok(self) -> bool:
        return self.found is not None and self.found.unit == self.expected["unit"]

    @property
    def matched(self) -> bool:
        return self.value_ok and self.unit_ok

    def ours(self, attr: str) -> str | None:
        """Our value of ``metric``, ``subject`` or ``time`` (the time's text)."""
        assert self.found is not None
        if attr == "time":
            return self.found.time.text if self.found.time else None
        return getattr(self.found, attr)


@dataclass
class Score:
    """The pairs of one passage (or of all) and the found claims that paired with nothing."""

    pairs: list[Pair] = field(default_factory=list)
    extras: list[Claim] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.pairs += other.pairs
        self.extras += other.extras

    @property
    def expected(self) -> int:
        return len(self.pairs)

    @property
    def paired(self) -> list[Pair]:
        return [p for p in self.pairs if p.found is not None]

    @property
    def found(self) -> int:
        return len(self.paired) + len(self.extras)

    @property
    def matched(self) -> int:
        return sum(p.matched for p in self.pairs)

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    def agreement(self, test: str) -> tuple[int, int]:
        """(agreeing, compared) over pairs for value, unit, kind, per, metric, subject, time."""
        hit = n = 0
        for p in self.paired:
            e, c = p.expected, p.found
            assert c is not None
            if test == "value":
                ok = p.value_ok
            elif test == "unit":
                ok = p.unit_ok
            elif test == "kind":
                ok = c.kind.value == e["kind"]
            elif test == "per":
                ok = c.per == e.get("per")
            elif e.get(test):
                ok = lenient(e[test], p.ours(test))
            else:
                continue
            n += 1
            hit += ok
        return hit, n


def score(passage: Passage) -> Score:
    """Pair the expected claims with what ``claims.extract`` finds (largest overlap first)."""
    found = claims.extract(passage.text)
    candidates = []
    for i, e in enumerate(passage.expected):
        for j, c in enumerate(found):
            overlap = min(e["end"], c.span.end) - max(e["start"], c.span.start)
            if overlap > 0:
                candidates.append((-overlap, i, j))
    taken_e: dict[int, int] = {}
    taken_f: set[int] = set()
    for _, i, j in sorted(candidates):
        if i not in taken_e and j not in taken_f:
            taken_e[i] = j
            taken_f.add(j)
    s = Score()
    for i, e in enumerate(passage.expected):
        s.pairs.append(Pair(e, found[taken_e[i]] if i in taken_e else None))
    s.extras = [c for j, c in enumerate(found) if j not in taken_f]
    return s


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}% ({a}/{b})" if b else "n/a"


def _claim(c: Claim) -> str:
    return f"{c.kind.value} {c.text!r} {show_bounds(bounds(c))} {c.unit}"


def failures(pid: str, s: Score) -> list[str]:
    """One line per miss (no pair, or a pair with another value or unit), per extra claim and per
    attribution disagreement (annotated metric, subject, time; per)."""
    out = []
    for p in s.pairs:
        e = p.expected
        want = f"{e['kind']} {e['text']!r} {show_bounds(expected_bounds(e))} {e['unit']}"
        if p.found is None:
            out.append(f"MISS  {pid} @{e['start']}: want {want}; we give nothing")
        elif not p.matched:
            out.append(f"DIFF  {pid} @{e['start']}: want {want}; we give {_claim(p.found)}")
    for c in s.extras:
        out.append(f"EXTRA {pid} @{c.span.start}: we give {_claim(c)}; expected no claim here")
    for p in s.paired:
        for attr in (*ATTRIBUTES, "per"):
            want = p.expected.get(attr)
            if attr == "per":
                assert p.found is not None
                if p.found.per != want:
                    out.append(
                        f"ATTR  {pid} @{p.expected['start']} {p.expected['text']!r} per: "
                        f"want {want}; we give {p.found.per}"
                    )
            elif want and not lenient(want, p.ours(attr)):
                out.append(
                    f"ATTR  {pid} @{p.expected['start']} {p.expected['text']!r} {attr}: "
                    f"want {want}; we give {p.ours(attr)}"
                )
    return out


def run(only: str = "", corpus: Path = REAL) -> tuple[Score, list[tuple[str, Score]]]:
    """Score every passage of ``corpus`` (or those whose id starts with ``only``): the total
    and each."""
    total, each = Score(), []
    for passage in passages(corpus):
        if passage.id.startswith(only):
            s = score(passage)
            total.add(s)
            each.append((passage.id, s))
    return total, each


def held_out_line(each: list[tuple[str, Score]], corpus: Path = REAL) -> str | None:
    """Precision and recall on the passages whose .json has ``held_out`` (the commit they were
    first scored at, after the team had fixed the others), or None if none was scored."""
    marked = {p.id: p.held_out for p in passages(corpus) if p.held_out}
    t, n = Score(), 0
    for pid, s in each:
        if pid in marked:
            t.add(s)
            n += 1
    if not n:
        return None
    first = ", ".join(sorted(set(marked.values())))
    return (
        f"held-out passages ({n}, first scored at {first}): "
        f"precision {100 * t.precision:.1f}%  recall {100 * t.recall:.1f}%"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--failures",
        action="store_true",
        help="print every miss, extra and attribution disagreement",
    )
    ap.add_argument("--only", default="", help="passages whose id starts with this")
    ap.add_argument(
        "--corpus", type=Path, default=REAL, help="passage directory (default: bench/corpus/real)"
    )
    args = ap.parse_args(argv)
    total, each = run(args.only, args.corpus)
    print(f"{'passage':34} {'exp':>4} {'found':>5} {'pair':>4} {'match':>5} {'prec':>6} {'rec':>6}")
    for pid, s in each:
        print(
            f"{pid:34} {s.expected:4} {s.found:5} {len(s.paired):4} {s.matched:5} "
            f"{100 * s.precision:5.1f}% {100 * s.recall:5.1f}%"
        )
    if args.failures:
        print()
        for pid, s in each:
            for line in failures(pid, s):
                print(line)
    t = total
    print()
    print(
        f"{args.corpus.name} corpus: {len(each)} passages, {t.expected} claims expected, "
        f"{t.found} found, {len(t.paired)} span-paired, {t.matched} matched"
    )
    print(
        f"precision {100 * t.precision:.1f}%  recall {100 * t.recall:.1f}%  "
        "(match = overlapping span + same literal interval + same unit)"
    )
    span_p, span_r = _pct(len(t.paired), t.found), _pct(len(t.paired), t.expected)
    print(f"span only: precision {span_p}  recall {span_r}")
    print(
        "on span-paired claims: "
        + "  ".join(f"{k} {_pct(*t.agreement(k))}" for k in ("value", "unit", "kind", "per"))
    )
    print(
        "attribution (annotated pairs, lenient): "
        + "  ".join(f"{k} {_pct(*t.agreement(k))}" for k in ATTRIBUTES)
    )
    print("recall by expected kind: " + by_kind(t))
    line = held_out_line(each, args.corpus)
    if line:
        print(line)
    return 0


def by_kind(t: Score) -> str:
    """``kind matched/expected`` for every expected kind, most frequent first."""
    counts: dict[str, list[int]] = {}
    for p in t.pairs:
        row = counts.setdefault(p.expected["kind"], [0, 0])
        row[0] += p.matched
        row[1] += 1
    return "  ".join(
        f"{k} {m}/{n}" for k, (m, n) in sorted(counts.items(), key=lambda kv: -kv[1][1])
    )


if __name__ == "__main__":
    sys.exit(main())
