"""Refactoring guards for attribution's speed-ups: each shortcut (a lazy sentence lookup, one
compiled search in place of a loop over a word table) gives what the plain computation gives,
on random texts built from the characters and words that matter to it.
"""

from __future__ import annotations

import bisect
import importlib
import random

import pytest
import regex

from claims import _clause, _people
from claims._clause_words import _alt, _patterns, end_search
from claims._inforce import _BOUNDARY, _LAST_BOUNDARY, _LAST_CLAUSE_MARK
from claims._sentences import _CLAUSE_SEP, _CLAUSE_SEP_FAST, _sentence_bounds, _Sentences
from claims.bounds import construct
from claims.models import Span

inventory_module = importlib.import_module("claims.inventory")  # (shadowed by a function)


class _PlainSentences:
    """The sentence lookup before the speed-up: every sentence up to ``last``, trimmed."""

    def __init__(self, text: str, last: int) -> None:
        self.bounds = _sentence_bounds(text, last)
        self.starts = [b.start for b in self.bounds]
        self.spans: dict[int, Span] = {}

    def containing(self, pos: int) -> Span:
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0:
            start, end = self.bounds[i]
            if start <= pos < max(end, start + 1):
                span = self.spans.get(i)
                if span is None:
                    span = self.spans[i] = construct(Span, {"start": start, "end": end})
                return span
        return Span(start=pos, end=pos)


_SENTENCE_PIECES = [
    *"。！？!?；;”’\"'」』）)]】\n \t\u3000ab，数",
    "2024年", "粉丝数超35亿", "\n\n", "。”", "！！", "？」",
]  # fmt: skip


@pytest.mark.parametrize("seed", range(3))
def test_lazy_sentences_equal_plain_sentences(seed: int) -> None:
    """_Sentences.containing gives the span (and the same object per sentence) that the list of
    all trimmed sentences gives, for every position up to ``last`` and a few after it."""
    rng = random.Random(seed)
    for _ in range(4000):
        text = "".join(rng.choice(_SENTENCE_PIECES) for _ in range(rng.randint(1, 30)))
        last = rng.randint(0, len(text) - 1)
        lazy, plain = _Sentences(text, last), _PlainSentences(text, last)
        positions = [*range(last + 1), *(rng.randint(0, len(text) + 2) for _ in range(3))]
        rng.shuffle(positions)
        got: dict[int, set[int]] = {}
        want: dict[int, set[int]] = {}
        kept = []  # (keeps every span alive: ids stay unique)
        for pos in positions:
            a, b = lazy.containing(pos), plain.containing(pos)
            assert (a.start, a.end) == (b.start, b.end), (text, last, pos)
            kept += [a, b]
            got.setdefault(id(a), set()).add(pos)
            want.setdefault(id(b), set()).add(pos)
        assert sorted(map(sorted, got.values())) == sorted(map(sorted, want.values())), text


def _word_texts(seed: int, words: tuple[str, ...], n: int = 3000) -> list[str]:
    """Random short strings of ``words`` and a few other characters."""
    pieces = [*words, *"全市的了是为在和与、，（）人 \t0123456789GDP"]
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(n)]


@pytest.mark.parametrize("seed", range(2))
def test_word_searches_equal_word_loops(seed: int) -> None:
    """The compiled searches give what the loops over the word tables gave: the longest region
    word first, the last preposition's start, and whether a framing mark is in the text."""
    p = _patterns()
    w = p.words
    words = (*w.region_leads, *w.prepositions, *p.framing_marks)
    for s in _word_texts(seed, words):
        region = max((x for x in w.region_leads if s.startswith(x)), key=len, default="")
        assert _clause._region(s, p) == region, s
        last = p.last_preposition.match(s)
        assert (last.end() if last else -1) == max((s.rfind(x) for x in w.prepositions), default=-1)
        assert bool(p.framing_mark.search(s)) == any(x in s for x in p.framing_marks), s


@pytest.mark.parametrize("seed", range(2))
def test_trailing_fillers_bounded_search_equals_sub(seed: int) -> None:
    """The trailing fillers found from the last character no filler holds are those the
    end-anchored pattern finds over the whole string."""
    p = _patterns()
    for s in _word_texts(seed, (*p.words.trail_fillers, "\n", "超过", "达到")):
        m = end_search(p.trail, p.trail_bound, s)
        assert (s[: m.start()] if m else s) == p.trail.sub("", s), s


@pytest.mark.parametrize("seed", range(2))
def test_stdlib_word_patterns_equal_regex_patterns(seed: int) -> None:
    """The word patterns compiled for stdlib re find what the same words compiled for regex
    find (regex's \\s spelt out), and the end-anchored ones tried from their bound too."""
    p = _patterns()
    w = p.words
    plain = {
        "verbs": (p.verbs, regex.compile(_alt(w.verbs))),
        "rates": (  # (a rate word with no denominator only shadows those inside it)
            p.rates,
            regex.compile(
                rf"(?!{_alt(k for k, v in w.rate_words.items() if not v)})"
                rf"(?:{_alt(k for k, v in w.rate_words.items() if v)})"
            ),
        ),
        "lead": (p.lead, regex.compile(rf"^(?:\s|{_alt(w.lead_fillers)})+")),
        "trail": (p.trail, regex.compile(rf"(?:\s|{_alt(w.trail_fillers)})+$")),
        "change_tail": (p.change_tail, regex.compile(rf"(?:{_alt(w.change_verbs)})$")),
        "metric_end": (
            p.metric_end,
            regex.compile(rf"(?:{_alt(w.metric_modifiers)})*(?:{_alt(w.metric_words)})$"),
        ),
    }
    words = (*w.verbs, *w.rate_words, *w.lead_fillers, *w.trail_fillers, *w.metric_words)
    for s in _word_texts(seed, (*words, *w.metric_modifiers, "\n", "\x1c", "\u3000")):
        for name, (fast, slow) in plain.items():
            assert [m.span() for m in fast.finditer(s)] == [m.span() for m in slow.finditer(s)]
            assert fast.sub("", s) == slow.sub("", s), (name, s)
        for pattern, bound in ((p.trail, p.trail_bound), (p.metric_end, p.metric_bound)):
            got, want = end_search(pattern, bound, s), pattern.search(s)
            assert (got and got.span()) == (want and want.span()), s


@pytest.mark.parametrize("seed", range(2))
def test_name_mentions_equal_alternation_scan(seed: int) -> None:
    """The names found with str.find are those a scan for their alternation (longest first)
    finds, overlapping names and repeated runs included."""
    rng = random.Random(seed)
    for _ in range(3000):
        names = {
            "".join(rng.choice("李峥嵘王") for _ in range(rng.randint(2, 4))) for _ in range(3)
        }
        text = "".join(rng.choice("李峥嵘王她说，") for _ in range(rng.randint(0, 30)))
        alt = "|".join(regex.escape(n) for n in sorted(names, key=len, reverse=True))
        want = [(m.start(), m.group()) for m in regex.finditer(alt, text)]
        assert _people._mentions(text, names) == want, (names, text)


@pytest.mark.parametrize("seed", range(2))
def test_clause_separators_equal_regex_scan(seed: int) -> None:
    """The stdlib clause-separator scan finds what _CLAUSE_SEP finds in any stretch of a text
    (a dash counts between spaces only, the spaces read before and after the stretch)."""
    rng = random.Random(seed)
    for _ in range(20000):
        text = "".join(rng.choice(",，:：;；“”「」-—– \t\n\x1c\u3000ab数") for _ in range(12))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        want = [m.start() for m in _CLAUSE_SEP.finditer(text, start, end)]
        assert [m.start() for m in _CLAUSE_SEP_FAST.finditer(text, start, end)] == want, text


@pytest.mark.parametrize("seed", range(3))
def test_fixed_set_aside_walk_equals_plain_scan(seed: int) -> None:
    """The set-aside walk that tries only the quoted branch at a quotation mark finds the
    matches (spans and branches) of the plain finditer of the fixed pattern."""
    pieces = [
        *"0123456789一二三十第、，。；:：\n \t“”\"《》（）()①.-届是全会次等,aZ",
        "“百县千红新农人”", "《2023年统计公报》", "\"12345\"", "http://a.cn/1", "www.x.cn",
        "COVID-19", "G20", "13812345678", "010-12345678", "十一届三中全会", "一、", "(一)",
        "1.", "等，2022；", "等, 2021)", "一是",
    ]  # fmt: skip
    rng = random.Random(seed)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        want = [(m.span(), m.lastgroup) for m in inventory_module._FIXED_NO_EMAIL.finditer(text)]
        got = [(m.span(), m.lastgroup) for m in inventory_module._fixed_matches(text)]
        assert got == want, text


def test_last_boundary_patterns_equal_rfind() -> None:
    """The greedy patterns find the last sentence boundary and clause mark as max(rfind) did."""
    rng = random.Random(0)
    for _ in range(5000):
        s = "".join(rng.choice("。！？；!?;\n，,：:ab") for _ in range(rng.randint(0, 10)))
        for pattern, marks in ((_LAST_BOUNDARY, _BOUNDARY), (_LAST_CLAUSE_MARK, "，,：:")):
            last = pattern.match(s)
            assert (last.end() - 1 if last else -1) == max(s.rfind(c) for c in marks), s


def _plain_sentence_bounds(text: str, last: int) -> list[tuple[int, int]]:
    """``_sentence_bounds`` before the speed-up: the regex-module scan, trimmed by hand."""
    from claims._sentences import _SENTENCE_END

    out: list[tuple[int, int]] = []
    start = 0

    def add(a: int, b: int) -> None:
        core = text[a:b]
        a2 = a + len(core) - len(core.lstrip())
        if core.strip():
            out.append((a2, a2 + len(core.strip())))

    for m in _SENTENCE_END.finditer(text):
        if start > last:
            return out
        add(start, m.start() if m.group() == "\n" else m.end())
        start = m.end()
    add(start, len(text))
    return out


@pytest.mark.parametrize("seed", range(3))
def test_sentence_bounds_from_the_ends_found_equal_a_rescan(seed: int) -> None:
    """_Sentences.bounds, read from the ends its scan found (the last one cut short at
    ``last + 1`` and the sentence after ``last``), equals a second scan of the whole text."""
    rng = random.Random(seed)
    for _ in range(3000):
        text = "".join(rng.choice(_SENTENCE_PIECES) for _ in range(rng.randint(1, 30)))
        last = rng.randint(0, len(text) - 1)
        expected = _plain_sentence_bounds(text, last)
        assert [tuple(b) for b in _Sentences(text, last).bounds] == expected, (text, last)
        assert [tuple(b) for b in _sentence_bounds(text, last)] == expected, (text, last)


@pytest.mark.parametrize("seed", range(2))
def test_paragraph_bounds_equal_the_line_loop(seed: int) -> None:
    """_paragraph_bounds (no lstrip when a line opens with no space) gives every non-blank
    line, trimmed of what str.isspace accepts, as ``Bounds``."""
    from claims._sentences import _paragraph_bounds
    from claims.timex import Bounds

    rng = random.Random(seed)
    pieces = [*"\n \t\u3000\x1c\r数a。", "\n\n", "粉丝数", " \n "]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        plain, start = [], 0
        for line in text.split("\n"):
            if line.strip():
                b = start + len(line) - len(line.lstrip())
                plain.append(Bounds(b, b + len(line.strip())))
            start += len(line) + 1
        got = _paragraph_bounds(text)
        assert got == plain, text
        assert all(type(b) is Bounds for b in got), text


def test_strip_shortcut_covers_every_filler_and_change_verb() -> None:
    """_strip returns at once only when no trailing filler or change verb can end the clause:
    the last character of every one of them is in ``strip_lasts``, and each is stripped."""
    p = _patterns()
    w = p.words
    assert {x[-1:] for x in (*w.trail_fillers, *w.change_verbs)} <= p.strip_lasts
    for word in (*w.trail_fillers, *w.change_verbs):
        core, _ = _clause._strip("粉丝数" + word, p)
        assert core != "粉丝数" + word, word  # something was stripped at the end


@pytest.mark.parametrize("seed", range(2))
def test_searches_in_place_equal_searches_of_the_slice(seed: int) -> None:
    """The time-word, year-word, pronoun and distributor searches made in place (pos, endpos)
    find a word exactly when a search of the slice does."""
    from claims import _carry
    from claims._inforce import _year_word_search, year_word_in
    from claims._timesearch import time_word_search
    from claims.vocab import time_words

    tw = time_words()
    words = time_word_search()
    p = _patterns()
    pronoun_in = _carry._pronoun_search(p.words.pronouns)
    vocabulary = [
        *tw.present_words, *tw.back_reference, *tw.period_words, *tw.year_in_force_words,
        *p.words.pronouns, *p.words.distributors, *"年月日，。数",
    ]  # fmt: skip
    rng = random.Random(seed)
    for _ in range(2000):
        text = "".join(rng.choice(vocabulary) for _ in range(rng.randint(0, 12)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        piece = text[lo:hi]
        for search in (*words, p.distributor.search, pronoun_in):
            assert bool(search(text, lo, hi)) == bool(search(piece)), (text, lo, hi)
        assert year_word_in(text, lo, hi) == bool(_year_word_search()(piece))
        assert bool(pronoun_in(text, lo, hi)) == any(x in piece for x in p.words.pronouns)
