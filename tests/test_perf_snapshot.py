"""Refactoring guards: ``extract`` on the bench corpus gives the claims it gave before the
speed-ups, and the shortcuts those speed-ups take (claims/_prefilter.py) find what the plain
scans find.

``tests/golden/perf_snapshot.json`` was GENERATED, not reviewed: it is whatever the code
produced on ``bench/corpus/clean/*.txt`` and ``bench/corpus/planted/*.txt`` when it was last
written, right or wrong. It exists so that speed-only refactors can prove they changed no
output. It is not evidence that those claims are correct (tests/golden/ holds the reviewed file).

When a quality fix changes extraction on purpose, regenerate it from that code and say so in
the commit message: ``python -m tests.test_perf_snapshot``.
"""

from __future__ import annotations

import importlib
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

import pytest
import regex

import claims
from claims import _datevalue, _people, _relative
from claims import _prefilter as prefilter
from claims import normalize as normalize_module
from claims._prefilter import DIGIT
from claims.models import Claim, Value
from claims.vocab import context_words, time_words
from claims.vocab import numerals as vocab_numerals

inventory_module = importlib.import_module("claims.inventory")  # (shadowed by a function)

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT = ROOT / "tests" / "golden" / "perf_snapshot.json"
CORPUS = sorted(
    p for d in ("clean", "planted") for p in (ROOT / "bench" / "corpus" / d).glob("*.txt")
)


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


def test_digit_class_holds_every_regex_digit() -> None:
    """Every character ``regex`` reads as \\d is in the prefilters' DIGIT class (stdlib re)."""
    d, digit = regex.compile(r"\d"), re.compile(DIGIT)
    missing = [
        hex(c) for c in range(sys.maxunicode + 1) if d.match(chr(c)) and not digit.match(chr(c))
    ]
    assert missing == []


def test_foldable_class_is_the_fold_table() -> None:
    """The stdlib class normalize searches first holds exactly the characters the fold changes."""
    table, foldable = normalize_module._table(), normalize_module._foldable()
    odd = [c for c in range(sys.maxunicode + 1) if bool(foldable.match(chr(c))) != (c in table)]
    assert odd == []


def _random_texts(seed: int, n: int) -> list[str]:
    """Short texts drawn from the characters and words the set-aside patterns look for."""
    sa = context_words().set_aside
    dn = vocab_numerals().date_names
    pieces = [
        *"0123456789一二三四五六七八九十百千万第每、，。；:：\n \t\u3000“”《》（）()①⑳.-届是全会次",
        *"１２３٣aZ季度年月日·",
        *sa.names, *sa.idioms, *sa.hotlines, *sa.emergency_numbers, *sa.emergency_leads,
        *sa.enumerated_names, *sa.enumerated_ordinals, *sa.ordinal_heads,
        *(dn.dots if dn else ()), *(dn.follow if dn else ()),
        "http://a.cn/1", "www.x.cn", "COVID-19", "G20", "13812345678", "010-12345678",
        "400-123-4567", "十一届三中全会", "一、", "(一)", "1.", "3·15", "3.15晚会", "每万人",
    ]  # fmt: skip
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))) for _ in range(n)]


@pytest.mark.parametrize("seed", range(4))
def test_prefiltered_scans_equal_plain_scans(seed: int) -> None:
    """The prefiltered set-aside scans find exactly the matches of the plain finditer."""
    word = inventory_module._word_pattern()
    fixed = inventory_module._FIXED_NO_EMAIL
    for text in _random_texts(seed, 2000) + [p.read_text(encoding="utf-8") for p in CORPUS]:
        fast = prefilter.finditer(word, inventory_module._word_prefilters(), text, at_start=False)
        assert [m.span() for m in fast] == [m.span() for m in word.finditer(text)], text
        pre = inventory_module._FIXED_PREFILTERS
        fast = prefilter.finditer(fixed, pre, text, at_start=True)
        assert [m.span() for m in fast] == [m.span() for m in fixed.finditer(text)], text


@pytest.mark.parametrize("seed", range(2))
def test_prefiltered_relative_words_equal_plain_scan(seed: int) -> None:
    """The prefiltered scan for relative time words finds exactly the plain finditer's matches."""
    tw = time_words()
    pieces = [
        *"“”\"年初头中底末终秋奖步此之今日后天前明，。 ",
        *tw.holidays, *tw.holiday_suffixes, *tw.relative_years, *tw.relative_months,
        *tw.relative_days, *tw.relative_day_blocked_next, *tw.relative_day_blocked_before,
    ]  # fmt: skip
    rng = random.Random(seed)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(3000)]
    for text in texts + [p.read_text(encoding="utf-8") for p in CORPUS]:
        want = [(m.span(), m.groupdict()) for m in _relative._pattern().finditer(text)]
        assert [(m.span(), m.groupdict()) for m in _relative._matches(text)] == want, text


@pytest.mark.parametrize("seed", range(3))
def test_prefiltered_dates_equal_plain_scan(seed: int) -> None:
    """The prefiltered date scan finds exactly the matches of the date pattern's own finditer."""
    tw, clock = time_words(), vocab_numerals().clock
    pieces = [
        *"0123456789１２٣〇零一二两三四五六七八九十百千万○Ｏ年月日号世纪时点分秒:：-/.~～至到–—T ",
        *"\u3000\n，,。；份旬初底末中上下半代许钟第前来",
        "2024", "1990", "2100", "19", "20", "年代", "世纪", "季度", "上世纪", "本世纪", "左右",
        *tw.year_parts, *tw.xun, *tw.day_of_month_leads, *tw.day_of_month_next,
        *tw.day_of_month_blocked_before, *tw.month_blocked_next, *tw.month_part_blocked_next,
        *(clock.day_parts if clock else ()),
    ]  # fmt: skip
    rng = random.Random(seed)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 25))) for _ in range(4000)]
    pattern, pre = _datevalue.date_pattern(), _datevalue._prefilters()
    for text in texts + [p.read_text(encoding="utf-8") for p in CORPUS]:
        fast = prefilter.finditer(pattern, pre, text, at_start=False)
        assert [m.span() for m in fast] == [m.span() for m in pattern.finditer(text)], text


def test_prefiltered_person_cues_equal_plain_scan() -> None:
    """The prefiltered scan for person cues (,女 / 同志) finds exactly the plain finditer's."""
    cues = context_words().person_cues
    rng = random.Random(0)
    pieces = [*cues, *"李峥嵘他她，, a1同志女士先生(（"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 20))) for _ in range(3000)]
    for text in texts + [p.read_text(encoding="utf-8") for p in CORPUS]:
        want = [m.span() for m in _people._person_cue(cues).finditer(text)]
        assert [m.span() for m in _people._cues(text, cues)] == want, text


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
