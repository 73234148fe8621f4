"""Shared by the consistency rules: their input (``CheckInput``), text windows, cue words,
interval arithmetic beyond ``claims.models.Interval``, and ``Finding`` construction.

A rule takes one ``CheckInput`` (the claims, their source texts, each source's as-of date
and precomputed groupings) and returns ``Finding`` records. Nothing here compares claims
pairwise: groupings are dicts built in one pass, sentence lookup is a binary search.
"""

from __future__ import annotations

import tomllib
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from fractions import Fraction
from functools import cache, cached_property
from importlib import resources
from typing import Any

import regex

from claims.models import Claim, DateValue, Interval, Kind, Span, Value, exact
from ledger.models import ClaimRef, Finding, Verdict

__all__ = [
    "CheckInput",
    "clause_before",
    "cue_at_end",
    "cue_regex",
    "cues",
    "dimension",
    "div",
    "fmt",
    "fmt_iv",
    "is_bare",
    "judge",
    "make",
    "numeric",
    "printed",
    "rounded",
    "same_count_unit",
    "sub",
]

# Sentence ends: full stops, question and exclamation marks, semicolons, line breaks.
_SENTENCE_END = regex.compile(
    r"""
    [。!?！？;；\n]+   # one or more terminators end a sentence
    [”’"」』)）]*      # closing quotes and brackets stay with the sentence they close
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

# The last figure written in digits in a claim's surface, with its scale word: 1.5万, 100万.
_WRITTEN_FIGURE = regex.compile(
    r"""
    (?P<int>\d[\d,]*)          # integer digits, thousands separators allowed
    (?:\.(?P<dec>\d+))?         # decimals
    \s*(?P<scale>万亿|亿|万|千|百)?  # a scale word after the digits
    """,
    regex.VERBOSE,
)
_SCALE = {"万亿": 10**12, "亿": 10**8, "万": 10**4, "千": 10**3, "百": 10**2, None: 1}

NO_SOURCE = ""
"""The source key of claims that carry no ``source_id``."""


def skey(claim: Claim) -> str:
    """The key under which ``CheckInput`` files a claim's source text."""
    return claim.source_id or NO_SOURCE


@dataclass(frozen=True)
class _TextIndex:
    """Sentence and paragraph boundaries of one text, for binary search."""

    text: str
    sentence_ends: list[int]
    paragraph_ends: list[int]

    @classmethod
    def build(cls, text: str) -> _TextIndex:
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


@dataclass(frozen=True)
class CheckInput:
    """What every rule receives: claims, source texts, as-of dates and groupings.

    ``texts`` and ``published`` are keyed by source id (``""`` for claims without one).
    Groupings are computed on first use and cached.
    """

    claims: tuple[Claim, ...]
    texts: Mapping[str, str] = field(default_factory=dict)
    published: Mapping[str, date] = field(default_factory=dict)

    @cached_property
    def by_source(self) -> dict[str, list[Claim]]:
        """Claims of each source, in text order."""
        out: dict[str, list[Claim]] = defaultdict(list)
        for c in self.claims:
            out[skey(c)].append(c)
        for group in out.values():
            group.sort(key=lambda c: (c.span.start, c.span.end))
        return dict(out)

    @cached_property
    def by_metric(self) -> dict[str, list[Claim]]:
        """Numeric claims of each metric key (claims without a key are left out)."""
        out: dict[str, list[Claim]] = defaultdict(list)
        for c in self.claims:
            if c.metric_key and numeric(c):
                out[c.metric_key].append(c)
        return dict(out)

    @cached_property
    def _indexes(self) -> dict[str, _TextIndex]:
        return {k: _TextIndex.build(t) for k, t in self.texts.items()}

    @cached_property
    def by_sentence(self) -> dict[tuple[str, int], list[Claim]]:
        """Claims of each (source, sentence number), in text order; only sources with text."""
        out: dict[tuple[str, int], list[Claim]] = defaultdict(list)
        for key, group in self.by_source.items():
            index = self._indexes.get(key)
            if index is None:
                continue
            for c in group:
                i, _, _ = index._block(index.sentence_ends, c.span.start)
                out[(key, i)].append(c)
        return dict(out)

    def block_at(self, key: str, pos: int, paragraph: bool = False) -> tuple[int, int, int]:
        """(number, start, end) of the sentence (or paragraph) of source ``key`` at ``pos``."""
        index = self._indexes[key]
        return index._block(index.paragraph_ends if paragraph else index.sentence_ends, pos)

    def text(self, claim: Claim) -> str | None:
        """The source text the claim's span points into, if known."""
        return self.texts.get(skey(claim))

    def as_of(self, claim: Claim) -> date | None:
        """When the claim holds: its own as-of date, else its source's publication date."""
        if claim.time is not None and claim.time.as_of is not None:
            return claim.time.as_of
        return self.published.get(skey(claim))

    def sentence(self, claim: Claim) -> tuple[int, int, int] | None:
        """(sentence number, start, end) of the sentence holding the claim's start."""
        index = self._indexes.get(skey(claim))
        if index is None:
            return None
        return index._block(index.sentence_ends, claim.span.start)

    def paragraph(self, claim: Claim) -> tuple[int, int, int] | None:
        """(paragraph number, start, end) of the paragraph holding the claim's start."""
        index = self._indexes.get(skey(claim))
        if index is None:
            return None
        return index._block(index.paragraph_ends, claim.span.start)

    def sentence_claims(self, claim: Claim) -> list[Claim]:
        """All claims of the claim's sentence, in text order (the claim included)."""
        s = self.sentence(claim)
        if s is None:
            return []
        return self.by_sentence.get((skey(claim), s[0]), [])

    @cached_property
    def _memo(self) -> dict[Any, Any]:
        return {}

    def memo(self, key: Any, compute: Callable[[CheckInput], Any]) -> Any:
        """``compute(self)``, computed once per input (shared between rules)."""
        if key not in self._memo:
            self._memo[key] = compute(self)
        return self._memo[key]

    @cached_property
    def comparable(self) -> list[list[Claim]]:
        """Groups of two or more claims with the same metric key, dimension, rate
        denominator and comparable time: the figures that must agree."""
        out: dict[tuple[Any, ...], list[Claim]] = defaultdict(list)
        for key, group in self.by_metric.items():
            for c in group:
                if c.kind in EXCLUDED_KINDS or c.kind is Kind.MULTIPLE:
                    continue
                out[(key, dimension(c), c.per, self.time_key(c))].append(c)
        return [g for g in out.values() if len(g) > 1]

    def time_key(self, claim: Claim) -> tuple[Any, ...]:
        """Claims with equal time keys hold at comparable times.

        A period compares with the same period; otherwise the as-of date (the claim's own,
        else its source's publication date); with neither, only claims of the same source.
        """
        t = claim.time
        if t is not None and (t.start is not None or t.end is not None):
            return ("period", str(t.start), str(t.end))
        as_of = self.as_of(claim)
        if as_of is not None:
            return ("as_of", as_of)
        return ("source", skey(claim))


# ---------------------------------------------------------------- text windows and cues


def clause_before(text: str, pos: int, limit: int = 16) -> str:
    """The text of the clause before ``pos``, at most ``limit`` characters.

    >>> clause_before("全年共接待游客1200万人次,其中国内游客1100万人次", 21)
    '其中国内游客'
    """
    lo = max(0, pos - limit)
    window = text[lo:pos]
    last = None
    for last in _CLAUSE_DELIM.finditer(window):
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


# ---------------------------------------------------------------- values and intervals


def numeric(claim: Claim) -> bool:
    """Whether the claim has a numeric value (not a date)."""
    return isinstance(claim.value, Value)


def value(claim: Claim) -> Value:
    """The claim's numeric value (callers check ``numeric`` first)."""
    assert isinstance(claim.value, Value)
    return claim.value


def date_value(claim: Claim) -> DateValue | None:
    """The claim's date value, if it is a date claim."""
    return claim.value if isinstance(claim.value, DateValue) else None


def printed_step(v: Value) -> Fraction:
    """The place value of the last digit as printed: 30 -> 1, 12.5 -> 0.1, 1.7万 -> 1000.

    >>> printed_step(Value.exactly("12.5"))
    Fraction(1, 10)
    """
    g = Fraction(v.granularity)
    if isinstance(v.stated, Decimal):
        exponent = v.stated.as_tuple().exponent
        if isinstance(exponent, int) and exponent < 0:
            place = Fraction(10) ** exponent
            return min(g, place) if g > 0 else place
    return g if g > 0 else Fraction(1)


def rounded(v: Value, conventional: bool = False) -> Interval:
    """The value's interval, widened by half a printed step when it is a bare point.

    A bare "30%" or "5元" printed as a point allows whatever rounds to it; a bounded figure
    already says what it allows.
    """
    iv = v.conventional if conventional else v.literal
    if iv.lower is None or iv.upper is None or iv.lower != iv.upper:
        return iv
    half = printed_step(v) / 2
    x = Fraction(iv.lower)
    return Interval.make(exact(x - half), exact(x + half), True, False)


def written_step(claim: Claim) -> Fraction | None:
    """The place value of the last digit as written, trailing zeros included: 100万 -> 1万,
    1.5万 -> 1000, 1200 -> 1; ``None`` when the figure is not in digits.

    >>> c = Claim(id="x", kind=Kind.COUNT, text="100万人", span=Span(start=0, end=5),
    ...           value=Value.exactly(1000000, 1000000))
    >>> written_step(c)
    Fraction(10000, 1)
    """
    v = value(claim)
    found = None
    for found in _WRITTEN_FIGURE.finditer(claim.text):
        pass
    if found is None:
        return None
    digits = found.group("int").replace(",", "") + "." + (found.group("dec") or "0")
    scale = _SCALE[found.group("scale")]
    if Fraction(Decimal(digits)) * scale != Fraction(v.stated):
        return None
    return Fraction(1, 10 ** len(found.group("dec") or "")) * scale


def printed(claim: Claim) -> Interval:
    """The claim's reading with every written digit taken as significant.

    A bare 100万 literally allows [50万, 150万) (its last significant digit is the 1); a
    reader takes it as [99.5万, 100.5万). Qualified figures keep their conventional reading.
    """
    v = value(claim)
    step = written_step(claim) if is_bare(v) else None
    if step is None:
        return v.conventional
    x = Fraction(v.stated)
    near = Interval.make(exact(x - step / 2), exact(x + step / 2), True, False)
    return v.conventional.intersect(near) or v.conventional


def sub(a: Interval, b: Interval) -> Interval:
    """Every difference x - y for x in ``a``, y in ``b``."""
    return a + b.scale(-1)


def div(a: Interval, b: Interval) -> Interval | None:
    """Every quotient x / y for x in ``a`` (>= 0) and y in ``b`` (> 0); ``None`` otherwise.

    >>> str(div(Interval.make(300, 300), Interval.make(1000, 1200)))
    '[0.25, 0.3]'
    """
    if a.lower is None or Fraction(a.lower) < 0 or b.lower is None or Fraction(b.lower) < 0:
        return None
    b_lo = Fraction(b.lower)
    if b_lo == 0 and (b.lower_closed or b.upper is None):
        return None
    a_lo, a_hi = Fraction(a.lower), None if a.upper is None else Fraction(a.upper)
    if b.upper is None:
        lo, lo_c = Fraction(0), a_lo == 0 and a.lower_closed
    else:
        lo, lo_c = a_lo / Fraction(b.upper), a.lower_closed and b.upper_closed
    if a_hi is None or b_lo == 0:
        hi, hi_c = None, False
    else:
        hi, hi_c = a_hi / b_lo, a.upper_closed and b.lower_closed
    if hi is not None and lo == hi:
        lo_c = hi_c = True
    return Interval.make(exact(lo), None if hi is None else exact(hi), lo_c, hi_c)


def judge(
    stated_lit: Interval,
    expected_lit: Interval,
    stated_conv: Interval,
    expected_conv: Interval,
    printed_pair: tuple[Interval | None, Interval | None] = (None, None),
) -> Verdict:
    """Contradiction when the literal intervals are disjoint; tension when only the
    conventional ones are, or (given) the readings with every written digit significant;
    consistent otherwise."""
    if not stated_lit.overlaps(expected_lit):
        return Verdict.CONTRADICTION
    if not stated_conv.overlaps(expected_conv):
        return Verdict.TENSION
    a, b = printed_pair
    if a is not None and b is not None and not a.overlaps(b):
        return Verdict.TENSION
    return Verdict.CONSISTENT


def dimension(claim: Claim) -> str:
    """What sort of quantity a claim states: counts of anything compare with each other;
    money only in one currency; measures, durations and rates only in one unit."""
    if claim.kind is Kind.COUNT:
        return "count"
    if claim.kind in (Kind.PERCENT, Kind.FRACTION, Kind.PERCENTAGE_POINT, Kind.MULTIPLE):
        return str(claim.kind)
    return f"{claim.kind}:{claim.unit}"


def is_bare(v: Value) -> bool:
    """A figure stated without a bounding word (16812, 1.7万): only rounding widens it.

    ``approximate`` is not asked: extraction marks a bare round figure (1.7万) approximate.
    """
    return v.qualifier is None and v.stated_end is None and not v.readings


AMOUNT_KINDS = frozenset({Kind.COUNT, Kind.MONEY, Kind.MEASURE})
"""Kinds whose figures add up: parts and totals, bases and results of a change."""


def is_amount(claim: Claim) -> bool:
    """A count, sum of money or physical measure with a numeric value."""
    return claim.kind in AMOUNT_KINDS and numeric(claim)


def change_cue(text: str, claim: Claim) -> tuple[str, int] | None:
    """The change word right before the claim (增长, 下降了) and its sign (+1 or -1).

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


def total_cue(text: str, claim: Claim) -> str | None:
    """The word marking the claim as a stated total (共有, 合计), or ``None``.

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


def compatible(a: Claim, b: Claim) -> bool:
    """Two amounts that can be added or compared: same kind, unit (or both people), rate."""
    if a.kind is not b.kind or a.per != b.per:
        return False
    if a.kind is Kind.COUNT:
        return same_count_unit(a, b)
    return a.unit == b.unit


def same_count_unit(a: Claim, b: Claim) -> bool:
    """Whether two claims count the same sort of thing by their units (人 and 名 are alike)."""
    if a.unit == b.unit:
        return True
    people = set(cues("people", "units"))
    return a.unit in people and b.unit in people


# ---------------------------------------------------------------- presentation


def fmt(x: Decimal | Fraction | int | None) -> str:
    """A number for messages: plain digits, a Fraction as its decimal prefixed by ≈.

    >>> fmt(Decimal("9E+4")), fmt(Fraction(1, 3)), fmt(None)
    ('90000', '≈0.3333', 'inf')
    """
    if x is None:
        return "inf"
    if isinstance(x, Fraction):
        d = Decimal(x.numerator) / Decimal(x.denominator)
        if d == d.to_integral_value():
            return format(d.to_integral_value(), "f")
        return "≈" + format(d.quantize(Decimal("0.0001")).normalize(), "f")
    d = Decimal(x)
    if d == d.to_integral_value():
        return format(d.to_integral_value(), "f")
    return format(d.normalize(), "f")


def fmt_iv(iv: Interval) -> str:
    """An interval for messages, with readable numbers."""
    lo = "-inf" if iv.lower is None else fmt(iv.lower)
    hi = "+inf" if iv.upper is None else fmt(iv.upper)
    return f"{'[' if iv.lower_closed else '('}{lo}, {hi}{']' if iv.upper_closed else ')'}"


def ref(claim: Claim) -> ClaimRef:
    """How a finding names a claim."""
    return ClaimRef(id=claim.id, text=claim.text, source_id=claim.source_id)


def make(
    rule: str,
    verdict: Verdict,
    involved: Iterable[Claim],
    message: str,
    *,
    arithmetic: str = "",
    stated: Interval | None = None,
    expected: Interval | None = None,
    tolerance: str | None = None,
    reason: str | None = None,
) -> Finding:
    """A finding of ``rule`` naming ``involved`` claims (once each, in order)."""
    seen: dict[str, Claim] = {}
    for c in involved:
        seen.setdefault(c.id, c)
    return Finding(
        rule=rule,
        verdict=verdict,
        claims=tuple(ref(c) for c in seen.values()),
        stated=stated,
        expected=expected,
        tolerance=tolerance,
        arithmetic=arithmetic,
        message=message,
        reason=reason,
    )


def quote(claims: Sequence[Claim]) -> str:
    """The claims' surfaces quoted for a message: 「超9万个」 and 「十余万」."""
    return " and ".join(f"「{c.text}」" for c in claims)


EXCLUDED_KINDS = frozenset({Kind.DATE, Kind.ORDINAL})
"""Kinds that are not amounts and never take part in amount comparisons."""
