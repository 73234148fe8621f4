"""Sentences and paragraphs of a text (private to ``claims.context``).

Split from context.py so that each module stays readable: the sentence and paragraph
boundaries, as plain offsets (``Bounds``) and as ``Span`` records, and ``_Sentences``, which
makes a sentence's ``Span`` only when a figure is in it. ``claims.context`` re-exports
``sentence_spans`` and ``paragraph_spans``.
"""

from __future__ import annotations

import bisect

import regex

from claims.bounds import construct
from claims.models import Span
from claims.timex import Bounds

_SENTENCE_END = regex.compile(
    r"""
    [。！？!?；;]+                 # terminators (full-width, and ASCII after normalisation)
    [”’"'」』）)\]】]*             # closing quotes and brackets belong to the sentence they close
    | \n                           # a line break always ends a sentence
    """,
    regex.VERBOSE,
)
_CLAUSE_SEP = regex.compile(
    r"""
    [,，:：;；]                    # commas, colons and semicolons separate clauses
    | (?<=\s) [-—–] (?=\s)          # so does a spaced dash: 总体情况 - 2026年春运首日…
    | [“”「」]                     # so do quotation marks: a quote starts a new clause
    """,
    regex.VERBOSE,
)
_CLAUSE_JOINERS = "；;"  # sentence ends that only join clauses of one sentence


def sentence_spans(text: str) -> list[Span]:
    """The sentences of ``text``: split at 。！？!?；; and line breaks, surrounding spaces trimmed.

    >>> t = "粉丝数超35亿。他说:“好。”\\n完"
    >>> [t[s.start:s.end] for s in sentence_spans(t)]
    ['粉丝数超35亿。', '他说:“好。”', '完']
    """
    return [construct(Span, {"start": b.start, "end": b.end}) for b in _sentence_bounds(text)]


def paragraph_spans(text: str) -> list[Span]:
    """The paragraphs of ``text``: its non-blank lines."""
    return [construct(Span, {"start": b.start, "end": b.end}) for b in _paragraph_bounds(text)]


def _sentence_bounds(text: str, last: int | None = None) -> list[Bounds]:
    """``sentence_spans`` as plain offsets (a text has many sentences without figures).

    With ``last``, only the sentences starting at or before offset ``last`` (the last figure:
    a page's trailing chrome is not split).
    """
    out: list[Bounds] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if last is not None and start > last:
            return out
        end = m.start() if m.group() == "\n" else m.end()
        _add_trimmed(text, start, end, out)
        start = m.end()
    _add_trimmed(text, start, len(text), out)
    return out


def _paragraph_bounds(text: str) -> list[Bounds]:
    """``paragraph_spans`` as plain offsets."""
    out: list[Bounds] = []
    start = 0
    for line in text.split("\n"):  # _add_trimmed, inline (str.strip drops what isspace accepts)
        core = line.strip()
        if core:
            b = start + len(line) - len(line.lstrip())
            out.append(Bounds(b, b + len(core)))
        start += len(line) + 1
    return out


def _add_trimmed(text: str, start: int, end: int, out: list[Bounds]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Bounds(start, end))


class _Sentences:
    """The sentences of one text, each made a ``Span`` record only when a figure is in it.

    ``containing`` returns the same object for every figure of one sentence (``attribute``
    tells sentences apart by identity); a position outside every sentence gets a fresh,
    empty span each time. Only sentences starting by offset ``last`` are split: ``containing``
    is asked about no later position.
    """

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
