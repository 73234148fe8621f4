"""Text around the claims, for the consistency rules: sentence and paragraph boundaries,
clause windows, cue words (``ledger/rules/cues.toml``) and the years a text names.

Takes source texts and positions in them; returns boundaries (``TextIndex``, found once
per text and then looked up by binary search), the clause before or after a position,
the cue word a window ends with, and ``YearMention`` records. Nothing here scans a text
more than once per call, and windows are bounded, so the rules stay linear.
"""

from __future__ import annotations

import tomllib
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from importlib import resources

import regex

from claims.models import Claim

__all__ = [
    "TextIndex",
    "YearMention",
    "change_cue",
    "clause_after",
    "clause_before",
    "comparison_base",
    "cue_at_end",
    "cue_regex",
    "cues",
    "total_cue",
    "years_in",
]

# Sentence ends: full stops, question and exclamation marks, semicolons, line breaks.
_SENTENCE_END = regex.compile(
    r"""
    [。!?！？;；\n]+   # one or more terminators end a sentence
    [”’"」』)）]*      # closing quotes and brackets stay with the sentence they close
    | 】               # a 【bracketed headline】 is a sentence of its own
    """,
    regex.VERBOSE,
)
# A digit: a figure between a comparison word and the value it compares with.
_DIGIT = regex.compile(
    r"""
    [0-9０-９]   # ASCII or full-width digit
    """,
    regex.VERBOSE,
)
# Paragraph ends: one or more line breaks.
_PARAGRAPH_END = regex.compile(
    r"""
    \n+   # a blank line or a single line break ends a paragraph
    """,
    regex.VERBOSE,
)
# Clause delimiters: a clause is the stretch between two of these.
_CLAUSE_DELIM = regex.compile(
    r"""
    [,，;；:：。!?！？\n“”"]   # commas, semicolons, colons, sentence ends, quotes
    """,
    regex.VERBOSE,
)

# A calendar year written in digits: 2015年, 2015 年 (spaces as in the seed).
_YEAR = regex.compile(
    r"""
    (?<![\d０-９.])      # not the tail of a longer number
    (1[89]\d\d|20\d\d)  # a year from 1800 to 2099
    \s*年                # followed by 年
    (?!代|级|度)         # not 80年代 (decade), 2015级 (cohort), 2023年度 stays out too
    """,
    regex.VERBOSE,
)


@dataclass(frozen=True)
class TextIndex:
    """Sentence and paragraph boundaries of one text, for binary search."""

    text: str
    sentence_ends: list[int]
    paragraph_ends: list[int]

    @classmethod
    def build(cls, text: str) -> TextIndex:
        return cls(
            text,
            [m.end() for m in _SENTENCE_END.finditer(text)],
            [m.end() for m in _PARAGRAPH_END.finditer(text)],
        )

    def _block(self, ends: list[int], pos: int) -> tuple[int, int, int]:
        i = bisect_right(ends, pos)
        start = ends[i - 1] if i > 0 else 0
        end = ends[i] if i < len(ends) else len(self.text)
        return i, start, end


def clause_before(text: str, pos: int, limit: int = 16) -> str:
    """The text of the clause before ``pos``, at most ``limit`` characters.

    >>> clause_before("全年共接待游客1200万人次,其中国内游客1100万人次", 21)
    '其中国内游客'
    """
    lo = max(0, pos - limit)
    window = text[lo:pos]
    last = None
    for last in _CLAUSE_DELIM.finditer(window):  # noqa: B007  (keeps the last one)
        pass
    return window[last.end() :] if last is not None else window


def clause_after(text: str, pos: int, limit: int = 16) -> str:
    """The text of the clause after ``pos``, at most ``limit`` characters."""
    window = text[pos : pos + limit]
    m = _CLAUSE_DELIM.search(window)
    return window[: m.start()] if m else window


@cache
def _cue_table() -> dict[str, dict[str, tuple[str, ...]]]:
    raw = resources.files("ledger.rules").joinpath("cues.toml").read_text(encoding="utf-8")
    data = tomllib.loads(raw)
    return {
        section: {k: tuple(sorted(v, key=len, reverse=True)) for k, v in table.items()}
        for section, table in data.items()
    }


def cues(section: str, key: str) -> tuple[str, ...]:
    """The cue words of ``[section] key`` in ledger/rules/cues.toml, longest first."""
    return _cue_table()[section][key]


@cache
def cue_regex(section: str, *keys: str) -> regex.Pattern[str]:
    """One compiled alternation of the cue words of ``keys`` (longest first)."""
    words = sorted({w for k in keys for w in cues(section, k)}, key=len, reverse=True)
    return regex.compile("|".join(regex.escape(w) for w in words))


def cue_at_end(section: str, key: str, before: str) -> str | None:
    """The cue word that ``before`` ends with (ignoring spaces), or ``None``.

    >>> cue_at_end("change", "up", "营收同比增长")
    '增长'
    """
    stripped = before.rstrip(" \u3000")
    for word in cues(section, key):
        if stripped.endswith(word):
            return word
    return None


@dataclass(frozen=True)
class YearMention:
    """A year written in a text: where, which, and whether the words make it a start."""

    year: int
    start: int
    end: int
    is_start: bool


def years_in(text: str) -> list[YearMention]:
    """Every digit year of ``text`` in order, flagged when 从/自 … or …开始/起/以来 mark a start.

    >>> [(y.year, y.is_start) for y in years_in("从 2015 年开始,到2024年")]
    [(2015, True), (2024, False)]
    """
    out = []
    for m in _YEAR.finditer(text):
        before = text[max(0, m.start() - 4) : m.start()]
        after = text[m.end() - 1 : m.end() + 4].replace(" ", "")
        starts = cue_at_end("dates", "start_pre", before) is not None or any(
            after.startswith(w) for w in cues("dates", "start")
        )
        out.append(YearMention(int(m.group(1)), m.start(), m.end(), starts))
    return out


def change_cue(text: str, claim: Claim) -> tuple[str, int] | None:
    """The change word right before the claim (增长, 下降了) and its sign (+1 or -1).

    >>> from claims.models import Kind, Span, Value
    >>> c = Claim(id="x", kind=Kind.PERCENT, text="20%", span=Span(start=4, end=7),
    ...           value=Value.exactly(20))
    >>> change_cue("同比增长20%", c)
    ('增长', 1)
    """
    before = clause_before(text, claim.span.start, 10)
    up = cue_at_end("change", "up", before)
    if up:
        return up, 1
    down = cue_at_end("change", "down", before)
    if down:
        return down, -1
    return None


def comparison_base(text: str, claim: Claim) -> bool:
    """Whether the claim is the base a comparison is made against: 上年为A, 比上年的A, or
    A followed by 相比 (与2010年的1152376人相比).

    >>> from claims.models import Kind, Span, Value
    >>> c = Claim(id="x", kind=Kind.COUNT, text="1152376人", span=Span(start=9, end=17),
    ...           value=Value.exactly(1152376))
    >>> comparison_base("与2010年普查的1152376人相比", c)
    True
    """
    after = clause_after(text, claim.span.end, 6).lstrip(" \u3000")
    if any(after.startswith(w) for w in cues("compare", "base_after")):
        return True
    before = clause_before(text, claim.span.start, 16)
    if before.endswith("的"):  # 已超过去年全年的8118.5亿元: what the figure of the text passed
        found = list(cue_regex("compare", "base_before").finditer(before))
        if found and not _DIGIT.search(before, found[-1].end()):
            return True
    # the clause's last 8 characters are clause_before(text, start, 8): delimiters are single
    # characters, so the 16-character read holds the 8-character one as its tail
    return cue_at_end("change", "base", before[-8:]) is not None


def total_cue(text: str, claim: Claim) -> str | None:
    """The word marking the claim as a stated total (共有, 合计), or ``None``.

    >>> from claims.models import Kind, Span, Value
    >>> c = Claim(id="x", kind=Kind.COUNT, text="120人", span=Span(start=3, end=7),
    ...           value=Value.exactly(120))
    >>> total_cue("全班共120人", c), total_cue("公共120人", c)
    ('共', None)
    """
    before = clause_before(text, claim.span.start, 12)
    blocked = cues("sum", "not_total")
    found = None
    for m in cue_regex("sum", "total").finditer(before):
        pair = before[m.start() : m.start() + 2]
        prev = before[max(0, m.start() - 1) : m.start() + 1]
        if pair not in blocked and prev not in blocked:
            found = m.group()
    return found
