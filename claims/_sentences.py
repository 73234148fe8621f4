"""Sentences and paragraphs of a text (private to ``claims.context``).

Split from context.py so that each module stays readable: the sentence and paragraph
boundaries, as plain offsets (``Bounds``) and as ``Span`` records, and ``_Sentences``, which
makes a sentence's ``Span`` only when a figure is in it. ``claims.context`` re-exports
``sentence_spans`` and ``paragraph_spans``.
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property

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
# _SENTENCE_END in stdlib re, opening with one class so that the scan skips to it in C (twice
# as fast): a line break alone, or a run of terminators and the closing marks after it
_SENTENCE_END_FAST = re.compile(r"[\n。！？!?；;](?:(?<=\n)|[。！？!?；;]*[”’\"'」』）)\]】]*)")
_CLAUSE_SEP = regex.compile(
    r"""
    [,，:：;；]                    # commas, colons and semicolons separate clauses
    | (?<=\s) [-—–] (?=\s)          # so does a spaced dash: 总体情况 - 2026年春运首日…
    | [“”「」]                     # so do quotation marks: a quote starts a new clause
    """,
    regex.VERBOSE,
)
# _CLAUSE_SEP in stdlib re, opening with one class (the scan skips to it in C: twice as fast):
# a comma, colon, semicolon or quotation mark, or a dash with spaces (regex's \s) around it
_CLAUSE_SEP_FAST = re.compile(
    r"[,，:：;；“”「」\-—–](?:(?<=[,，:：;；“”「」])|(?<=[^\S\x1c-\x1f][-—–])(?=[^\S\x1c-\x1f]))"
)
_CLAUSE_JOINERS = "；;"  # sentence ends that only join clauses of one sentence
_bounds = tuple.__new__  # Bounds(start, end) without the NamedTuple's Python-level __new__


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
    for m in _SENTENCE_END_FAST.finditer(text):  # (_SENTENCE_END in stdlib re: twice as fast)
        if last is not None and start > last:
            return out
        m_start, m_end = m.span()
        end = m_start if text[m_start] == "\n" else m_end
        _add_trimmed(text, start, end, out)
        start = m_end
    _add_trimmed(text, start, len(text), out)
    return out


def _paragraph_bounds(text: str) -> list[Bounds]:
    """``paragraph_spans`` as plain offsets."""
    out: list[Bounds] = []
    start = 0
    for line in text.split("\n"):  # _add_trimmed, inline (str.strip drops what isspace accepts)
        core = line.strip()
        if core:
            b = start if core[0] == line[0] else start + len(line) - len(line.lstrip())
            out.append(_bounds(Bounds, (b, b + len(core))))
        start += len(line) + 1
    return out


def _add_trimmed(text: str, start: int, end: int, out: list[Bounds]) -> None:
    if start < end and not text[start].isspace() and not text[end - 1].isspace():
        out.append(_bounds(Bounds, (start, end)))  # (most sentences: nothing to trim)
        return
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

    The sentence ends are found once, as plain offsets (one stdlib scan up to ``last``); a
    sentence is trimmed only when a figure is in it (a text has many sentences without one).
    """

    def __init__(self, text: str, last: int) -> None:
        self.text = text
        self.last = last
        # the sentence ends up to ``last`` (the last one may be cut short at ``last + 1``)
        found = [m.span() for m in _SENTENCE_END_FAST.finditer(text, 0, last + 1)]
        self.found = found
        self.ends = [e for _, e in found]
        self.spans: dict[int, Span] = {}  # by the start of the stretch before trimming
        self.trimmed: dict[int, Span] = {}  # the same spans by their own start
        self.plain: list[Bounds] | None = None  # for positions after ``last`` (never asked)

    @cached_property
    def bounds(self) -> list[Bounds]:
        """Every sentence's trimmed (start, end) up to ``last``, found on first use: the topics
        of earlier sentences, for a figure without a subject of its own.

        ``_sentence_bounds(text, last)`` from the ends found already (no second scan): the
        scan's last end, cut short at ``last + 1``, is matched again in full, and the sentence
        after ``last`` that ``_sentence_bounds`` still reads is searched for.
        """
        text, last = self.text, self.last
        out: list[Bounds] = []
        start = 0
        found = self.found
        n = len(found)
        for k, (m_start, m_end) in enumerate(found):
            if k == n - 1 and m_end > last:  # (cut short by the scan's end: the whole match)
                m_end = _SENTENCE_END_FAST.match(text, m_start).end()  # type: ignore[union-attr]
            _add_trimmed(text, start, m_start if text[m_start] == "\n" else m_end, out)
            start = m_end
        m = _SENTENCE_END_FAST.search(text, start)
        if m is None:
            _add_trimmed(text, start, len(text), out)
        elif start <= last:
            m_start, m_end = m.span()
            _add_trimmed(text, start, m_start if text[m_start] == "\n" else m_end, out)
            if _SENTENCE_END_FAST.search(text, m_end) is None:
                _add_trimmed(text, m_end, len(text), out)
        return out

    @cached_property
    def starts(self) -> list[int]:
        """Where each sentence of ``bounds`` starts."""
        return [b.start for b in self.bounds]

    def containing(self, pos: int) -> Span:
        if not 0 <= pos <= self.last:
            return self._after_last(pos)
        text = self.text
        # pos lies between the last sentence end at or before it and the next one (a line
        # break ending a sentence stays out of it)
        k = bisect.bisect_right(self.ends, pos)
        start = self.ends[k - 1] if k else 0
        span = self.spans.get(start)
        if span is not None:
            return span if span.start <= pos < span.end else Span(start=pos, end=pos)
        if k < len(self.found):
            m_start, m_end = self.found[k]
            if text[m_start] == "\n":
                end = m_start
            elif m_end > self.last:  # cut short by the scan's end: the whole match
                end = _SENTENCE_END_FAST.match(text, m_start).end()  # type: ignore[union-attr]
            else:
                end = m_end
        else:
            m = _SENTENCE_END_FAST.search(text, self.last + 1)
            end = len(text) if m is None else m.start() if m.group() == "\n" else m.end()
        core = text[start:end]
        trimmed_start = start + len(core) - len(core.lstrip())
        trimmed_end = trimmed_start + len(core.strip())
        if trimmed_start <= pos < trimmed_end:
            span = self.spans[start] = self._span(trimmed_start, trimmed_end)
            return span
        return Span(start=pos, end=pos)

    def _span(self, start: int, end: int) -> Span:
        """The one ``Span`` of the sentence ``[start, end)``."""
        span = self.trimmed.get(start)
        if span is None:
            span = self.trimmed[start] = construct(Span, {"start": start, "end": end})
        return span

    def _after_last(self, pos: int) -> Span:
        """``containing`` for a position after ``last`` (or before 0), from the list of all
        sentences starting by ``last``, as ``_sentence_bounds`` gives it."""
        if self.plain is None:
            self.plain = _sentence_bounds(self.text, self.last)
        i = bisect.bisect_right([b.start for b in self.plain], pos) - 1
        if i >= 0:
            start, end = self.plain[i]
            if start <= pos < max(end, start + 1):
                return self._span(start, end)
        return Span(start=pos, end=pos)
