"""Pinyin annotations left in scraped text: 全國(guó)糧食總產(chǎn)量61791萬(wàn)噸. Some sites
print each character's reading in brackets after it, and copies of their pages keep them; they split
numerals from their units (萬(wàn)畝) and words from their meaning.

Takes a source text; when it carries such annotations (``MIN_ANNOTATIONS`` or more), returns
the text without them and where each remaining character came from (``Stripped``), so that
``claims.extract`` reads the clean text and ``restore`` moves every span back onto the source:
a claim's ``text`` is then the source's surface, annotations included (61791萬(wàn)噸), while
its subject and metric are read from the clean text (全國糧食總產量). A text without them is
left alone (``strip`` returns ``None``), at the cost of one scan with a stdlib pattern.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from claims.models import Claim, Span, claim_id

__all__ = ["MIN_ANNOTATIONS", "Stripped", "restore", "restore_spans", "strip"]

# A bracketed pinyin syllable right after a Han character: 國(guó), 萬(wàn), 產(chǎn), 糧(liáng).
# One syllable, tone marks or ü, lower case (a bracketed Latin word such as (GDP) or (km) is not
# one: upper case, or no Han character before it).
# The bracket comes first and the Han character is checked behind it: a pattern that opens with
# a lookbehind is tried at every character of the text, one that opens with "(" only at brackets.
_ANNOTATION = re.compile(
    r"\((?<=[\u4e00-\u9fff]\()(?:[bcdfghjklmnpqrstwxyz]{0,2}h?)"
    r"[aeiouüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,3}(?:ng|n|r)?\)"
)
# Only a syllable with a tone mark or ü proves the bracket is pinyin: (a), (e) could be labels.
_TONED = re.compile(r"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]")
MIN_ANNOTATIONS = 3
"""How many toned annotations a text must hold before they are stripped."""


@dataclass(frozen=True)
class Stripped:
    """A text without its pinyin annotations, and the source offset of each character."""

    text: str
    source_at: Sequence[int]

    def span(self, span: Span) -> Span:
        """``span`` (half-open, in the clean text) as a span of the source."""
        start = self.source_at[span.start] if span.start < len(self.source_at) else None
        if start is None:
            start = self.source_at[-1] + 1 if self.source_at else 0
        if span.end <= span.start:
            return Span(start=start, end=start)
        return Span(start=start, end=self.source_at[span.end - 1] + 1)


def strip(text: str) -> Stripped | None:
    """``text`` without its pinyin annotations, or ``None`` when it has fewer than
    ``MIN_ANNOTATIONS`` of them (then nothing is changed)."""
    if "(" not in text:
        return None
    found = [m for m in _ANNOTATION.finditer(text) if _TONED.search(m.group())]
    if len(found) < MIN_ANNOTATIONS:
        return None
    pieces: list[str] = []
    source_at: list[int] = []
    pos = 0
    for m in found:
        pieces.append(text[pos : m.start()])
        source_at.extend(range(pos, m.start()))
        pos = m.end()
    pieces.append(text[pos:])
    source_at.extend(range(pos, len(text)))
    return Stripped("".join(pieces), source_at)


def restore(found: list[Claim], stripped: Stripped, source: str, digest: str) -> list[Claim]:
    """The claims read from ``stripped.text``, their spans, surfaces and ids on ``source``."""
    out: list[Claim] = []
    for c in found:
        span = stripped.span(c.span)
        update: dict[str, Any] = {
            "span": span,
            "text": source[span.start : span.end],
            "id": claim_id(digest, span),
        }
        if c.sentence is not None:
            update["sentence"] = stripped.span(c.sentence)
        if c.time is not None and c.time.span is not None:
            update["time"] = c.time.model_copy(update={"span": stripped.span(c.time.span)})
        out.append(c.model_copy(update=update))
    return out


def restore_spans(records: list[Any], stripped: Stripped, source: str) -> list[Any]:
    """Records with a ``span`` and a ``text`` (set-asides), moved onto ``source``."""
    out = []
    for r in records:
        span = stripped.span(r.span)
        out.append(r.model_copy(update={"span": span, "text": source[span.start : span.end]}))
    return out
