"""Refactoring guards for attribution's speed-ups: each shortcut (a lazy sentence lookup, one
compiled search in place of a loop over a word table) gives what the plain computation gives,
on random texts built from the characters and words that matter to it.
"""

from __future__ import annotations

import bisect
import random

import pytest

from claims import _clause
from claims._clause_words import _patterns
from claims._sentences import _sentence_bounds, _Sentences
from claims.bounds import construct
from claims.models import Span


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
        bound = p.trail_bound.match(s)
        m = p.trail.search(s, bound.end() if bound else 0)
        assert (s[: m.start()] if m else s) == p.trail.sub("", s), s
