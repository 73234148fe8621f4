"""Checker quality on bench/corpus: catch rate on planted files, false alarms on clean ones.

Usage: python bench/check_quality.py [--verbose]

A planted file passes when ``ledger.check`` reports a contradiction or tension from the rule
named in its first line (``# planted: <rule> <what>``); a clean file passes when it reports
neither. The comment line is removed before checking, so offsets start at the text.
Then the published passages of bench/corpus/real (consistent texts, ``# `` comment lines
removed, no publication date): each alarm there is a false alarm, unless the source itself
is inconsistent; the last line counts the passages with any.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import ledger
from ledger.models import Verdict

CORPUS = Path(__file__).resolve().parent / "corpus"
ALARMS = {Verdict.CONTRADICTION, Verdict.TENSION}


def load(path: Path) -> tuple[str | None, str]:
    """The planted rule named in the first line (or None) and the text without that line."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    if lines and lines[0].startswith("# planted:"):
        return lines[0].split()[2], "".join(lines[1:])
    return None, "".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", action="store_true", help="print every alarm")
    args = ap.parse_args()
    caught = planted = clean = quiet = 0
    for path in sorted(CORPUS.glob("[cp]*/*.txt")):  # clean/, planted/ (not real/)
        rule, text = load(path)
        findings = ledger.check(text, published="2024-12-31")
        alarms = [f for f in findings if f.verdict in ALARMS]
        if rule is None:
            clean += 1
            ok = not alarms
            quiet += ok
        else:
            planted += 1
            ok = any(f.rule == rule for f in alarms)
            caught += ok
        mark = "ok  " if ok else "MISS" if rule else "WOLF"
        print(
            f"{mark} {path.parent.name}/{path.name:24} alarms: "
            + (", ".join(f"{f.rule}:{f.verdict.value}" for f in alarms) or "-")
        )
        if args.verbose or not ok:
            for f in alarms:
                print(f"       {f.message}")
    print(f"planted caught: {caught}/{planted}   clean without alarm: {quiet}/{clean}")
    noisy = real = 0
    for path in sorted((CORPUS / "real").glob("*.txt")):
        text = "\n".join(
            line
            for line in path.read_text(encoding="utf-8").splitlines()
            if not line.startswith("# ")
        )
        alarms = [f for f in ledger.check(text) if f.verdict in ALARMS]
        real += 1
        noisy += bool(alarms)
        if alarms:
            print(
                f"WOLF real/{path.name:27} alarms: "
                + ", ".join(f"{f.rule}:{f.verdict.value}" for f in alarms)
            )
            for f in alarms:
                print(f"       {f.message}")
    print(f"real passages with alarms: {noisy}/{real}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
