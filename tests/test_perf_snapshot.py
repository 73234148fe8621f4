"""A refactoring guard: ``extract`` on the bench corpus gives the claims it gave before the speed-ups.

``tests/golden/perf_snapshot.json`` was GENERATED, not reviewed: it is whatever the code
produced on ``bench/corpus/clean/*.txt`` and ``bench/corpus/planted/*.txt`` when it was last
written, right or wrong. It exists so that speed-only refactors can prove they changed no
output. It is not evidence that those claims are correct (tests/golden/ holds the reviewed file).

When a quality fix changes extraction on purpose, regenerate it from that code and say so in
the commit message: ``python -m tests.test_perf_snapshot``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import claims
from claims.models import Claim, Value

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT = ROOT / "tests" / "golden" / "perf_snapshot.json"
CORPUS = sorted((ROOT / "bench" / "corpus").glob("*/*.txt"))


def _row(c: Claim) -> list[Any]:
    """The fields of a claim the snapshot compares, as JSON-ready values."""
    v = c.value
    if isinstance(v, Value):
        value = [str(v.literal), str(v.conventional)]
    else:
        value = [str(v.start), str(v.end), v.precision]
    return [
        c.text,
        [c.span.start, c.span.end],
        c.kind.value,
        value,
        c.unit,
        c.subject,
        c.metric,
        c.per,
        c.time.text if c.time is not None else None,
    ]


def render(path: Path) -> list[list[Any]]:
    """The compared fields of every claim of one corpus file."""
    return [_row(c) for c in claims.extract(path.read_text(encoding="utf-8"))]


def _name(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


def _load() -> dict[str, Any]:
    assert SNAPSHOT.exists(), f"{SNAPSHOT} is missing; run python -m tests.test_perf_snapshot"
    data: dict[str, Any] = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    return data


def test_snapshot_covers_the_corpus() -> None:
    """The snapshot names exactly the files of the bench corpus (none added or lost)."""
    assert sorted(_load()) == sorted(_name(p) for p in CORPUS)


@pytest.mark.parametrize("path", CORPUS, ids=_name)
def test_extract_matches_snapshot(path: Path) -> None:
    """extract's claims on one corpus file equal the snapshot taken before the speed-ups."""
    want = _load()[_name(path)]
    got = json.loads(json.dumps(render(path), ensure_ascii=False))
    assert got == want


def write() -> None:
    """Rewrite the snapshot from the current code."""
    body = {_name(p): render(p) for p in CORPUS}
    rows = [f" {json.dumps(k, ensure_ascii=False)}: [" for k in body]
    parts = []
    for head, claims_ in zip(rows, body.values(), strict=True):
        inner = ",\n".join(f"  {json.dumps(r, ensure_ascii=False)}" for r in claims_)
        parts.append(head + ("\n" + inner + "\n ]" if claims_ else "]"))
    SNAPSHOT.write_text("{\n" + ",\n".join(parts) + "\n}\n", encoding="utf-8")


if __name__ == "__main__":
    write()
