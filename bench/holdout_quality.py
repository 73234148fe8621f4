"""Extraction quality on the held-out real passages: bench/corpus/holdout, annotated by hand.

Usage: python bench/holdout_quality.py [--failures] [--only ID_PREFIX]

A thin runner over ``bench/real_quality.py``: the same file format, the same pairing and
scoring code (imported, not copied), on a directory of passages that nobody tunes extraction
against. The passages were annotated from DESIGN sections 4 and 5 before extraction was run on
them; keep it that way: fix a wrong annotation only by the contract, never to match our output,
and never change extraction to make a holdout passage pass (add a regression row from another
source instead). The figures it prints are the generalisation check for ``real_quality.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import real_quality  # the scorer beside this file

HOLDOUT = Path(__file__).resolve().parent / "corpus" / "holdout"


def main(argv: list[str] | None = None) -> int:
    """Run the real-corpus scorer on the holdout directory (other options pass through)."""
    args = sys.argv[1:] if argv is None else argv
    return real_quality.main(["--corpus", str(HOLDOUT), *args])


if __name__ == "__main__":
    sys.exit(main())
