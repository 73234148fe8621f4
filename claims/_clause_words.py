"""The word tables of ``context.toml`` compiled for reading a clause (private to _clause).

Split from _clause.py so that each module stays readable: ``_patterns`` builds, once, the
anchored patterns and the cheap first/last-character sets that ``claims._clause`` and
``claims._reach`` test before a pattern runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, partial

import regex

from claims._alt import alt, re_alt
from claims.vocab import ContextWords, context_words, time_words

# word lists as alternations: for regex, and for stdlib re matching nothing or (as _alt) the
# empty string when there are no words
_alt = alt
_re_alt = re_alt
_re_words = partial(re_alt, empty="")


# regex's \s in stdlib re (which also counts U+001C..U+001F as spaces)
_SPACE = r"[^\S\x1c-\x1f]"


def _chars(*tables: Iterable[str]) -> str:
    """The characters of the words of ``tables``, escaped for a stdlib character class."""
    return "".join(sorted({re.escape(c) for words in tables for w in words for c in w}))


def end_search(pattern: re.Pattern[str], bound: re.Pattern[str], s: str) -> re.Match[str] | None:
    """``pattern.search(s)`` for a pattern anchored at the end whose words hold only the
    characters ``bound`` skips: tried only after the last other character (``bound``
    matches up to it), as no match can start before it (a search tries every start)."""
    last = bound.match(s)
    return pattern.search(s, last.end() if last else 0)


@dataclass(frozen=True, slots=True)
class _Patterns:
    """The word tables of context.toml compiled into anchored patterns (built once)."""

    words: ContextWords
    lead: re.Pattern[str]
    trail: re.Pattern[str]
    change_tail: re.Pattern[str]
    metric_end: re.Pattern[str]
    metric_any: regex.Pattern[str]  # a metric word anywhere (the clause before a bare change)
    verbs: re.Pattern[str]
    rates: re.Pattern[str]
    stops: re.Pattern[str]
    counted_verbs: re.Pattern[str]
    # The words as tuples, for one str.startswith / str.endswith test before a pattern runs:
    # the end-anchored patterns try every position, and most clauses end in no such word.
    trim_head: regex.Pattern[str]
    trim_tail: regex.Pattern[str]
    framing: regex.Pattern[str]
    verb_end: re.Pattern[str]
    total: regex.Pattern[str]
    pairs: re.Pattern[str]
    holiday_end: regex.Pattern[str]
    outcomes: re.Pattern[str]
    framing_marks: tuple[str, ...]  # a framing holds one of these: the cheap test
    # The same tests in one stdlib search each (a loop over a word table costs microseconds):
    framing_mark: re.Pattern[str]  # any of framing_marks
    distributor: re.Pattern[str]  # any distributor word (分别)
    region_lead: re.Pattern[str]  # .match: the longest region word starting a string (全市)
    last_preposition: re.Pattern[str]  # .match(s).end(): where the last preposition starts
    trail_bound: re.Pattern[str]  # .match(s).end(): after the last character no trailing
    # filler holds (the trailing fillers start there or later)
    metric_bound: re.Pattern[str]  # the same for metric words and their modifiers
    guarded: tuple[str, ...]  # metric words ending in a trailing filler: 占比, 之比
    per_suffixes: tuple[str, ...]
    verb_words: tuple[str, ...]
    trim_words: tuple[str, ...]
    trim_tails: tuple[str, ...]
    locatives: tuple[str, ...]  # longest first: 以内 before 内
    lead_words: tuple[str, ...]
    trail_words: tuple[str, ...]
    change_words: tuple[str, ...]
    metric_words: tuple[str, ...]
    # The first or last characters of those words: a set lookup rules most clauses out before
    # the str.startswith / str.endswith test walks a long tuple.
    lead_firsts: frozenset[str]
    trail_lasts: frozenset[str]
    change_lasts: frozenset[str]
    metric_lasts: frozenset[str]
    verb_lasts: frozenset[str]
    guarded_lasts: frozenset[str]
    trim_firsts: frozenset[str]
    trim_lasts: frozenset[str]
    strip_lasts: frozenset[str]  # trail_lasts | change_lasts: _strip's test of a clause's end


@cache
def _patterns() -> _Patterns:
    w = context_words()
    tw = time_words()
    # a holiday period (国庆假期, “五一”假期) is the figure's time, never part of its subject
    holiday = rf"[“\"]?(?:{_alt(tw.holidays)})[”\"]?(?:{_alt(tw.holiday_suffixes)})"
    trims = rf"{_alt(w.subject_trims)}|{holiday}"
    return _Patterns(
        words=w,
        lead=re.compile(rf"^(?:{_SPACE}|{_re_words(w.lead_fillers)})+"),
        trail=re.compile(rf"(?:{_SPACE}|{_re_words(w.trail_fillers)})+$"),
        change_tail=re.compile(rf"(?:{_re_words(w.change_verbs)})$"),
        metric_end=re.compile(
            rf"(?:{_re_words(w.metric_modifiers)})*(?:{_re_words(w.metric_words)})$"
        ),
        metric_any=regex.compile(rf"(?:{_alt(w.metric_modifiers)})*(?:{_alt(w.metric_words)})"),
        verbs=re.compile(_re_words(w.verbs)),
        # a rate word, not inside a measure that holds one and is no rate (an empty denominator:
        # 人均预期寿命 is no rate per person)
        rates=re.compile(
            rf"(?!{_re_alt(k for k, v in w.rate_words.items() if not v)})"
            rf"(?:{_re_words(k for k, v in w.rate_words.items() if v)})"
        ),
        stops=re.compile(_re_words(w.counted_stops)),
        counted_verbs=re.compile(_re_words(w.counted_verbs)),
        # time words, holidays, verbs and punctuation at either end of a subject or metric
        trim_head=regex.compile(rf"(?:[\p{{P}}\s]|{trims})+"),
        # searched from the right (REVERSE): the end anchor costs one attempt, not one per start
        trim_tail=regex.compile(rf"(?:[\p{{P}}\s]|{trims})+$", regex.REVERSE),
        # 按可比口径, 按可比价格计算, 扣除价格因素: how a figure was computed, not what it is
        framing=regex.compile(
            rf"(?:{_alt(w.framing_leads)})[^\s\p{{P}}]{{1,8}}?(?:{_alt(w.framing_ends)})"
            rf"|{_alt(w.framing)}"
        ),
        verb_end=re.compile(rf"(?:{_re_words(w.verbs)})$"),
        # 共 between subject and predicate (服务台共接警), not inside 公共 or 共享 (tried first)
        total=regex.compile(rf"(?:{_alt(w.total_blocked)})|(?P<end>{_alt(w.total_words)})"),
        outcomes=re.compile(_re_words(w.outcome_words)),
        pairs=re.compile(_re_words(w.paired_metrics) or "(?!)"),
        holiday_end=regex.compile(
            rf"[“\"]?(?:{_alt(tw.holidays)})[”\"]?(?:{_alt(tw.holiday_suffixes)})?$", regex.REVERSE
        ),
        framing_marks=(*w.framing_leads, *w.framing_ends, *(x[:2] for x in w.framing)),
        framing_mark=re.compile(
            _re_alt((*w.framing_leads, *w.framing_ends, *(x[:2] for x in w.framing)))
        ),
        distributor=re.compile(_re_alt(w.distributors)),
        # longest first: the first alternative that matches is the longest word
        region_lead=re.compile(_re_alt(w.region_leads)),
        # greedy: the last position (from the right) where a preposition starts
        last_preposition=re.compile(rf"(?s:.*)(?=(?:{_re_alt(w.prepositions)}))"),
        # (\n too: $ also matches before a final line break)
        trail_bound=re.compile(rf"(?s:.*)[^\s{_chars(w.trail_fillers)}]"),
        metric_bound=re.compile(rf"(?s:.*)[^\n{_chars(w.metric_modifiers, w.metric_words)}]"),
        guarded=tuple(x for x in w.metric_words if x.endswith(tuple(w.trail_fillers))),
        per_suffixes=tuple(w.per_suffixes),
        verb_words=tuple(w.verbs),
        trim_words=(*w.subject_trims, *tw.holidays),
        trim_tails=(*w.subject_trims, *tw.holiday_suffixes),
        locatives=tuple(sorted(w.locatives, key=len, reverse=True)),
        lead_words=tuple(w.lead_fillers),
        trail_words=tuple(w.trail_fillers),
        change_words=tuple(w.change_verbs),
        metric_words=tuple(w.metric_words),
        lead_firsts=frozenset(x[:1] for x in w.lead_fillers),
        trail_lasts=frozenset(x[-1:] for x in w.trail_fillers),
        change_lasts=frozenset(x[-1:] for x in w.change_verbs),
        metric_lasts=frozenset(x[-1:] for x in w.metric_words),
        verb_lasts=frozenset(x[-1:] for x in w.verbs),
        guarded_lasts=frozenset(
            x[-1:] for x in w.metric_words if x.endswith(tuple(w.trail_fillers))
        ),
        trim_firsts=frozenset(x[:1] for x in (*w.subject_trims, *tw.holidays)),
        trim_lasts=frozenset(x[-1:] for x in (*w.subject_trims, *tw.holiday_suffixes)),
        strip_lasts=frozenset(x[-1:] for x in (*w.trail_fillers, *w.change_verbs)),
    )
