"""The value engine's shortcuts (cheap tests that skip work, indexes that replace loops) answer
exactly as the plain computations they stand for.

Each test compares a shortcut with a reference written out here the plain way, on every word of
the tables involved placed in the contexts that matter and on random strings over the
characters those tables use (a fixed seed: the same strings on every run). No test times
anything: bench/throughput.py prints the figures.
"""

from __future__ import annotations

import random
import re
from typing import Any

import pytest
import regex

from claims import _ranges, _runs, figures, frames, numbers, numerals, vocab
from claims.models import Kind
from claims.units import match_unit

_NUM = vocab.numerals()
_QUAL = vocab.qualifiers()
_RNG_SEED = 20261129


def _random_texts(alphabet: str, count: int, longest: int) -> list[str]:
    rng = random.Random(_RNG_SEED)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, longest))) for _ in
            range(count)]  # fmt: skip


# --- clock times and month-day names ----------------------------------------------------------

_CLOCK = _NUM.clock
assert _CLOCK is not None
assert _NUM.date_names is not None
_CLOCK_ALPHABET = (
    "0123456789〇零一二两三四五六七八九十 .:-~至到—–分秒钟半许间晚上午元"
    + "".join(_CLOCK.hour)
    + "".join(_NUM.date_names.dots)
    + "٣१"
)
_CLOCK_EXAMPLES = [
    "9时30分出发", "18时许", "18时间", "下午3点", "3点半", "八点二十", "8点20", "0—24时", "11~16时",
    "3·15晚会", "3.15晚会", "3.15元", "12点钟", "十二点三十分", "9 时 5 分", "٣时", "१२点半",
]  # fmt: skip


def test_no_figure_end_is_clock_or_date_name() -> None:
    """``no_figure_end`` (tried behind a cheap hint) gives what clock_end or date_name_end gives."""
    for text in _CLOCK_EXAMPLES + _random_texts(_CLOCK_ALPHABET, 8000, 9):
        for start in range(len(text)):
            want = figures.clock_end(text, start) or figures.date_name_end(text, start)
            assert figures.no_figure_end(text, start) == want, (text, start)


def test_no_figure_hint_is_on() -> None:
    """The numerals table gives the clock hint its words (else every figure tries both)."""
    assert figures._NO_FIGURE_HINT is not None


# --- words that contain numerals but state no figure -----------------------------------------


def _excluded_plain(text: str, start: int, end: int, unit_at: Any) -> bool:
    """The reference: every place of every not-a-number word with the run's first character."""
    for (k, n), words in numbers._NOT_NUMBERS.get(text[start], ()):
        s = start - k
        if s >= 0 and s + n >= end and text[s : s + n] in words:
            u = unit_at(end) if unit_at is not None else None
            if u is None or u.end <= s + n:
                return True
    return False


def _word_contexts() -> list[str]:
    out = []
    for w in sorted(_NUM.not_numbers):
        out += [w, f"有{w}个", f"{w}元", f"共{w}", f"3{w}5", f"{w}{w}"]
    return out


_WORD_ALPHABET = "".join(sorted({c for w in _NUM.not_numbers for c in w})) + "个元人年"


@pytest.mark.parametrize("unit", [False, True], ids=["no-units", "units"])
def test_excluded_index_matches_plain_loop(unit: bool) -> None:
    """``_excluded`` (places looked up by a neighbour) agrees with trying every place."""
    texts = _word_contexts() + _random_texts(_WORD_ALPHABET, 6000, 8)
    for text in texts:
        unit_at = (lambda pos, text=text: match_unit(text, pos)) if unit else None
        for start in range(len(text)):
            for end in range(start + 1, min(len(text), start + 4) + 1):
                want = _excluded_plain(text, start, end, unit_at)
                assert numbers._excluded(text, start, end, unit_at) == want, (text, start, end)


# --- bounding words before and after a figure -------------------------------------------------


def _before_plain(text: str, start: int) -> tuple[Any, int]:
    """The reference: every length of bounding word, longest first."""
    pos = start - 1 if start > 0 and text[start - 1] == " " else start
    for n in frames._BEFORE_LENS:
        w = text[pos - n : pos] if pos >= n else ""
        q = _QUAL.before.get(w)
        if q is not None:
            if pos - n > 0 and text[pos - n - 1] in q.blocked_after:
                continue
            return q, pos - n
    return None, start


def _after_plain(text: str, pos: int, unit_kind: Any = None) -> tuple[Any, int]:
    """The reference: every length of bounding word, longest first; one space after an ASCII
    digit, letter or % is crossed by a word of two or more characters."""
    q, end = _after_plain_at(text, pos, unit_kind)
    before = text[pos - 1] if pos else ""
    if q is None and text[pos : pos + 1] == " " and before.isascii() and (
        before.isalnum() or before == "%"
    ):
        q, end = _after_plain_at(text, pos + 1, unit_kind)
        if q is None or end - pos - 1 < 2:
            return None, pos
    return q, end


def _after_plain_at(text: str, pos: int, unit_kind: Any = None) -> tuple[Any, int]:
    for n in frames._AFTER_LENS:
        w = text[pos : pos + n]
        q = _QUAL.after.get(w) if len(w) == n else None
        if q is not None:
            if q.after_kinds and (unit_kind is None or unit_kind.value not in q.after_kinds):
                continue
            if q.blocked_next and text.startswith(q.blocked_next, pos + n):
                continue
            return q, pos + n
    return None, pos


_QUAL_ALPHABET = "".join(sorted({c for w in (*_QUAL.before, *_QUAL.after) for c in w})) + " 9万%"


def test_qualifier_lookups_match_plain_loops() -> None:
    """``qualifier_before`` and ``after_qualifier`` (lengths by a neighbouring character) agree
    with trying every length of bounding word."""
    words = [*_QUAL.before, *_QUAL.after]
    texts = [f"{a}9{b}" for a in words for b in ("", "万", "个")] + [f"9{w}元" for w in words]
    texts += _random_texts(_QUAL_ALPHABET, 4000, 8)
    kinds = [None, *Kind]
    for text in texts:
        for pos in range(len(text) + 1):
            assert frames.qualifier_before(text, pos) == _before_plain(text, pos), (text, pos)
            for kind in kinds:
                want = _after_plain(text, pos, kind)
                assert frames.after_qualifier(text, pos, kind) == want, (text, pos, kind)


# --- numeral tokens ---------------------------------------------------------------------------


def _tokens_plain(body: str, base: int) -> tuple[list[tuple[str, str]], list[int]]:
    """The reference: every token the token pattern finds."""
    toks, ends = [], []
    for m in numerals._TOKEN.finditer(body):
        if m.lastgroup is not None:
            toks.append(("b", "万") if m.lastgroup == "w" else (m.lastgroup, m.group()))
            ends.append(base + m.end())
    return toks, ends


@pytest.mark.parametrize(
    "body", ["16812", "16.5", ".5", "5.", "1.5.3", "0", "007", "1,000", "2e5", "１２", "٣"]
)
def test_arabic_tokens_shortcut(body: str) -> None:
    """A run of ASCII digits (with one decimal point) is one Arabic token, as the pattern says."""
    assert numerals.tokens(body, 7) == _tokens_plain(body, 7)


def test_tokens_match_pattern_on_random_runs() -> None:
    """``tokens`` agrees with the token pattern on random runs of digits, points and numerals
    (its shortcuts: one Arabic number, Chinese numeral characters, or the two in a row)."""
    alphabet = "0123456789.,eEkw^万 点一二两三十百千亿兆廿半余几数分之又/〇零壹佰"
    for body in _random_texts(alphabet, 30000, 8) + _random_texts("0123456789.万亿三千", 10000, 8):
        assert numerals.tokens(body, 3) == _tokens_plain(body, 3), body


# --- the numeral-run pattern ------------------------------------------------------------------

_RUN_ALPHABET = (
    "0123456789.-,/ kKw%eE^+万亿兆千百十一二两三四五六七八九零〇壹佰仟几数余多点分之又负下"
    "对折半成大过翻了番近将接廿卅卌打个年元人"
)


def _run_texts() -> list[str]:
    words = [*_NUM.not_numbers, *_NUM.word_figures, *_NUM.percent_words, *_NUM.special]
    out = [f"{w}{t}" for w in words for t in ("", "1", "十万", "年")]
    out += [
        "零下5度",
        "-5--7℃",
        "翻了近两番多",
        "百分之三十五",
        "千分之五",
        "1 3/5",
        "三又三分之一",
    ]
    return out + _random_texts(_RUN_ALPHABET, 20000, 14)


def _spans(m: Any, groups: int) -> Any:
    return None if m is None else tuple(m.span(i) for i in range(groups + 1))


def test_run_pattern_matches_alike_in_regex_and_re() -> None:
    """The run pattern, compiled by stdlib ``re`` for speed, matches as ``regex`` compiles it:
    the same spans for every group, at every position, with and without an end bound."""
    other = regex.compile(_runs.RUN.pattern, regex.VERBOSE | regex.ASCII)
    groups = _runs.RUN.groups
    assert dict(other.groupindex) == dict(_runs.RUN.groupindex)
    for text in _run_texts():
        for pos in range(len(text)):
            for end in (len(text), min(len(text), pos + 3)):
                want = _spans(other.match(text, pos, end), groups)
                assert _spans(_runs.RUN.match(text, pos, end), groups) == want, (text, pos)


_TAILS = ["", "1", "十", "万", "半", "番", "下1", "分之一", "折", "成", "数", "百万", ".5", "5"]


def test_run_start_class_holds_every_start() -> None:
    """No character outside ``_RUN_START`` starts a run, whatever follows it (every BMP code
    point, before each tail that some branch of the pattern needs)."""
    for cp in range(0x10000):
        ch = chr(cp)
        if 0xD800 <= cp <= 0xDFFF or _runs.RUN_START.match(ch):
            continue
        for tail in _TAILS:
            assert _runs.RUN.match(ch + tail) is None, (ch, tail)


def test_search_run_is_the_pattern_search() -> None:
    """``_search_run`` finds the match ``_RUN.search`` finds, from every position."""
    for text in _run_texts()[::7]:
        for pos in range(len(text)):
            want = _spans(_runs.RUN.search(text, pos), _runs.RUN.groups)
            got = _spans(_runs.search_run(text, pos, len(text)), _runs.RUN.groups)
            assert got == want, (text, pos)


# --- patterns compiled by stdlib re -----------------------------------------------------------

_STDLIB_PATTERNS = {
    "frames._SUFFIX": frames._SUFFIX,
    "frames._HUNDREDS": frames._HUNDREDS,
    "frames._CLAUSE_MARK": frames._CLAUSE_MARK,
    "_ranges.RANGE_JOIN": _ranges.RANGE_JOIN,
    "_ranges._BETWEEN_END": _ranges._BETWEEN_END,
    "_ranges._CODE_TAIL": _ranges._CODE_TAIL,
    "_ranges._DASH_MINUS": _ranges._DASH_MINUS,
    "numbers._DOTTED": numbers._DOTTED,
    "numbers._ASCII_DIGIT": numbers._ASCII_DIGIT,
    "numbers._PERMILLE_PREFIX": numbers._PERMILLE_PREFIX,
    "numbers._PER_MAGNITUDE": numbers._PER_MAGNITUDE,
    "figures._MAGNITUDE_FIGURE": figures._MAGNITUDE_FIGURE,
    "figures._CLASS_BODY": figures._CLASS_BODY,
    "numerals._TOKEN": numerals._TOKEN,
}
_PATTERN_ALPHABET = _RUN_ALPHABET + "个百分点千基‰倍算之间和与至到~—–：:，。、！\n٣"


_PATTERN_EXAMPLES = [
    "增长3.5个百分点，下降0.75个 千 分 点，下调25个基点，三成半，七成六，八成多数，九折，7 2 折",
    "2倍多，折算，20和30之间，3至5，3 - 5万，-5--7℃，1.2.3，192.168.0.1，千分之五，仟 分 之 三",
    "733.57/10万，百万级，10万级，M4.1，一二三，1,000.5万，2e5，2^10，三又三分之一，1 3/5，40k",
    "十余万，五百 余万，30多，一点五，半百，廿三，几十，数百，两千三点一，：，。、！\n",
]


@pytest.mark.parametrize("name", sorted(_STDLIB_PATTERNS))
def test_stdlib_patterns_match_as_regex_would(name: str) -> None:
    """A hot pattern compiled by stdlib ``re`` (several times cheaper a call) matches as the
    ``regex`` module compiles it: same spans and groups at every position of random texts."""
    pattern = _STDLIB_PATTERNS[name]
    flags = (regex.VERBOSE if pattern.flags & re.VERBOSE else 0) | (
        regex.ASCII if pattern.flags & re.ASCII else 0
    )
    other = regex.compile(pattern.pattern, flags)
    for text in _PATTERN_EXAMPLES + _random_texts(_PATTERN_ALPHABET, 4000, 12):
        for pos in range(len(text)):
            a, b = pattern.match(text, pos), other.match(text, pos)
            assert _spans(a, pattern.groups) == _spans(b, pattern.groups), (text, pos)
            if a is not None and b is not None:
                assert a.lastgroup == b.lastgroup, (text, pos)


def _arabic_numbers() -> list[str]:
    rng = random.Random(_RNG_SEED)
    out = ["0", "00", "0.0", "0.50", "16812", "16.5", ".5", "1e5", "2E+5", "1e-3", "2^10", "0^-1"]
    out += ["1,000", "1,000.50", "9" * 30, "1e40", "10^-2", "3^+2", "007", "5^--2"]
    for _ in range(3000):
        digits = str(rng.randrange(10 ** rng.randrange(1, 30)))
        out += [digits, f"{digits[:9]}.{digits[9:] or '0'}", f"{digits[:3]}e-{rng.randrange(40)}"]
    return out


def test_one_arabic_number_is_the_token_loop() -> None:
    """``_one_arabic`` gives what the token-by-token parse gives for one Arabic number, down to
    each field's type and written form (16.50 stays 16.5's granularity 0.01)."""

    def written(r: tuple[Any, int]) -> Any:
        num, used = r
        if num is None:
            return None, used
        return [(type(getattr(num, f)), str(getattr(num, f))) for f in num.__slots__], used

    for s in _arabic_numbers():
        want = written(numerals._plain_loop([("ar", s)]))
        assert written(numerals._one_arabic(s)) == want, s
        assert written(numerals.parse_tokens([("ar", s)])) == want, s


def test_join_starts_hold_every_range_joiner() -> None:
    """No character outside ``JOIN_STARTS`` starts a range joiner, whatever follows it, so a
    figure followed by another character skips the range pattern."""
    for cp in range(0x10000):
        ch = chr(cp)
        if 0xD800 <= cp <= 0xDFFF or ch in _ranges.JOIN_STARTS:
            continue
        for tail in ("", "至", "到5", " - ", "和"):
            assert _ranges.RANGE_JOIN.match(ch + tail) is None, (ch, tail)


def test_run_chars_hold_every_character_a_run_takes_in() -> None:
    """No character outside ``_RUN_CHARS`` is ever inside a run (so a date that ends with one
    can be jumped over): each BMP code point, after each run head that reads on."""
    heads = [
        "1",
        "十",
        "三分",
        "百分",
        "翻",
        "翻了近",
        "3.",
        "1e",
        "零下",
        "负",
        "1 ",
        "三又",
        "9万 ",
    ]
    for cp in range(0x10000):
        ch = chr(cp)
        if 0xD800 <= cp <= 0xDFFF or ch in _runs._RUN_CHARS:
            continue
        for head in heads:
            m = _runs.RUN.match(head + ch + "5")
            assert m is None or m.end() <= len(head), (head, ch)


class _NoJumps(_runs.Jumps):
    """Jumps that never jump: the scan then reads every run and skips those in the spans."""

    def past(self, c: int) -> int:
        return c


def _figures(text: str, skip: list[tuple[int, int]]) -> list[tuple[Any, ...]]:
    unit_at = lambda pos: match_unit(text, pos)  # noqa: E731
    return [(f.start, f.end, f.num, f.rule, f.kind) for f in numbers.scan(text, skip, unit_at)]


def test_scan_jumping_over_dates_reads_what_reading_them_reads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The scan that jumps over skipped spans no run reads out of finds the figures the scan
    that reads every run finds (dates of real texts, and random spans of random texts)."""
    from claims.timex import find_dates

    texts = [*_CLOCK_EXAMPLES, *_PATTERN_EXAMPLES, *_run_texts()[::20]]
    texts += ["2024年9月3日发布,9万人", "截至8月底超9万个，2023年12月31日24时前10 亿元，3·15晚会"]
    rng = random.Random(_RNG_SEED)
    cases = [(t, [(d.span.start, d.span.end) for d in find_dates(t)]) for t in texts]
    for t in texts:
        cuts = sorted(rng.sample(range(len(t) + 1), min(len(t) + 1, 4)))
        cases.append((t, [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]))
    jumping = [_figures(t, skip) for t, skip in cases]
    monkeypatch.setattr(numbers, "Jumps", _NoJumps)
    assert [_figures(t, skip) for t, skip in cases] == jumping


def _label_plain(text: str, start: int, end: int) -> bool:
    """The reference: every label name tried after the figure (no unit test: ``unit_at`` None)."""
    if text.startswith("]", end) and text.endswith("[", 0, start):
        return True
    names, leads = tuple(_NUM.label_names), tuple(_NUM.label_leads)
    if names and text.startswith(names, end):
        return True
    s = start - 1 if text.endswith(" ", 0, start) else start
    return bool(leads) and text.endswith(leads, 0, s)


def test_label_names_looked_up_by_first_character() -> None:
    """``label`` (a label name tried only after its first character) agrees with trying them
    all: 0℃线, 3号线, 图 1, [1] and random texts."""
    texts = [f"0{w}" for w in _NUM.label_names] + [f"{w} 1" for w in _NUM.label_leads]
    texts += [f"[1]{w[:1]}" for w in _NUM.label_names]
    alphabet = "".join({c for w in (*_NUM.label_names, *_NUM.label_leads) for c in w}) + "01[] "
    for text in texts + _random_texts(alphabet, 3000, 8):
        for start in range(len(text)):
            for end in range(start + 1, len(text) + 1):
                want = _label_plain(text, start, end)
                assert figures.label(text, start, end, None) == want, (text, start, end)


def test_exact_plain_is_plain_of_exact() -> None:
    """``bounds._exact_plain`` gives what ``_plain(exact(x))`` gives, down to the written form
    (1E+1 -> 10, 1.50 -> 1.5, -0 -> 0), and refuses what ``exact`` refuses."""
    from decimal import Decimal
    from fractions import Fraction

    from claims import bounds
    from claims.models import exact

    rng = random.Random(_RNG_SEED)
    xs: list[Any] = [Decimal("-0"), Decimal("1E+1"), Decimal("1.50"), Decimal("0E+5"), 0, 7]
    xs += [Fraction(1, 3), Fraction(4, 2), "16812", "1/5", Decimal("9" * 27), Decimal("-2.5E-3")]
    for _ in range(5000):
        xs.append(Decimal(rng.randrange(-(10**12), 10**12)).scaleb(rng.randrange(-8, 8)))
    for x in xs:
        want = bounds._plain(exact(x))
        got = bounds._exact_plain(x)
        assert (type(got), str(got)) == (type(want), str(want)), x
    for bad in (Decimal("NaN"), Decimal("Infinity"), 0.5):
        with pytest.raises((ValueError, TypeError)) as want_err:
            exact(bad)
        with pytest.raises(want_err.type):
            bounds._exact_plain(bad)
