"""The hand-annotated real corpus (bench/corpus/real): its files are well formed, and extraction
on it keeps at least the precision and recall measured when it was annotated (a regression
floor; bench/real_quality.py prints the full figures and every failure). The held-out passages
(bench/corpus/holdout, scored by bench/holdout_quality.py, and bench/corpus/holdout2) are checked
for form only: no floor, so that nobody tunes extraction against them."""

from __future__ import annotations

import importlib.util
import json
import sys
from decimal import Decimal, InvalidOperation
from fractions import Fraction

import pytest
import regex

from claims.models import Kind
from tests.conftest import ROOT

REAL = ROOT / "bench" / "corpus" / "real"
HOLDOUT = ROOT / "bench" / "corpus" / "holdout"
HOLDOUT2 = ROOT / "bench" / "corpus" / "holdout2"
KINDS = {k.value for k in Kind}

# ISO forms a date claim's start and end take: 2023-12-18, 2023-12, --09-03, --12, ---06, T14:10
DATE_BOUND = regex.compile(
    r"""
    \d{4}(?:-\d{2}(?:-\d{2})?)?     # a year, year-month or full date
    | --\d{2}(?:-\d{2})?            # a month-day or a month without its year
    | ---\d{2}                      # a day of an unnamed month
    | T\d{2}(?::\d{2})?             # a clock time alone
    """,
    regex.VERBOSE,
)

# Regression floor, measured on the whole corpus when it was annotated (rounded down to the
# percent): raise it when extraction improves, never lower it to let a change in.
PRECISION_FLOOR = 0.97
RECALL_FLOOR = 0.98


def _scorer():
    spec = importlib.util.spec_from_file_location(
        "real_quality", ROOT / "bench" / "real_quality.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = sys.modules.get(spec.name) or importlib.util.module_from_spec(spec)
    if spec.name not in sys.modules:
        sys.modules[spec.name] = module  # dataclasses look their module up while defining
        spec.loader.exec_module(module)
    return module


TEXTS = sorted(REAL.glob("*.txt"))
HOLDOUT_TEXTS = sorted(HOLDOUT.glob("*.txt"))
HOLDOUT2_TEXTS = sorted(HOLDOUT2.glob("*.txt"))


def _exact(bound: str) -> Fraction:
    """A bound written as an exact decimal or a ``p/q`` fraction (三分之一 = 1/3)."""
    return Fraction(bound) if "/" in bound else Fraction(Decimal(bound))


def test_every_passage_has_its_expectations() -> None:
    """Every passage .txt has a .json of expected claims beside it and no .json is orphaned."""
    assert len(TEXTS) >= 25
    assert {p.stem for p in TEXTS} == {p.stem for p in REAL.glob("*.json")}


def test_every_holdout_passage_has_its_expectations() -> None:
    """Every held-out passage .txt has a .json of expected claims beside it, none orphaned."""
    assert len(HOLDOUT_TEXTS) >= 15
    assert {p.stem for p in HOLDOUT_TEXTS} == {p.stem for p in HOLDOUT.glob("*.json")}


def test_every_holdout2_passage_has_its_expectations() -> None:
    """Every passage of the second held-out set has its .json of expected claims, none orphaned."""
    assert len(HOLDOUT2_TEXTS) >= 15
    assert {p.stem for p in HOLDOUT2_TEXTS} == {p.stem for p in HOLDOUT2.glob("*.json")}


@pytest.mark.parametrize(
    "path",
    TEXTS + HOLDOUT_TEXTS + HOLDOUT2_TEXTS,
    ids=lambda p: p.stem if p.parent == REAL else f"{p.parent.name}-{p.stem}",
)
def test_passage_is_well_formed(path) -> None:
    """A passage names its source, is 150-800 characters, and each expected claim sits at its
    offsets, has a valid kind, and a literal interval that parses (ISO bounds for dates)."""
    first, _, body = path.read_text(encoding="utf-8").partition("\n")
    assert regex.match(r"# source: https?://\S+$", first)
    assert 150 <= len(body) <= 800
    spec = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert spec["id"] == path.stem
    assert spec["claims"]
    previous_end = 0
    for c in spec["claims"]:
        assert c["text"] in body
        assert body[c["start"] : c["end"]] == c["text"], c
        assert c["start"] >= previous_end, f"claims overlap or are out of order at {c['text']}"
        previous_end = c["end"]
        assert c["kind"] in KINDS
        assert c["unit"] is None or isinstance(c["unit"], str)
        if c["kind"] == "date":
            assert all(DATE_BOUND.fullmatch(c[b]) for b in ("lower", "upper")), c
            continue
        try:
            lo, hi = (None if c[b] is None else _exact(c[b]) for b in ("lower", "upper"))
        except (InvalidOperation, ValueError, ZeroDivisionError):
            pytest.fail(f"interval of {c['text']} does not parse: {c['lower']}, {c['upper']}")
        assert lo is None or hi is None or lo <= hi, c


def test_real_corpus_scorer_pairs_every_claim_once() -> None:
    """The scorer pairs each found claim at most once and counts the unpaired ones as extras."""
    rq = _scorer()
    total, each = rq.run()
    assert len(each) == len(TEXTS)
    found = [id(p.found) for p in total.paired]
    assert len(found) == len(set(found))
    assert total.found == len(total.paired) + len(total.extras)


def test_real_corpus_precision_and_recall_floor() -> None:
    """Extraction on the real passages keeps the precision and recall measured at annotation."""
    total, _ = _scorer().run()
    assert total.precision >= PRECISION_FLOOR, f"precision {total.precision:.3f}"
    assert total.recall >= RECALL_FLOOR, f"recall {total.recall:.3f}"
