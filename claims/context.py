"""Stage: attribution. Takes the text and its claims; returns them with context fields filled in.

For every claim it fills ``sentence``, ``counted``, ``metric``, ``subject``, ``per`` (a claim
with a rate denominator becomes kind ``rate``), ``metric_key`` and ``time``; it never changes a
value, span or surface. The heuristics read only the claim's clause (bounded to a few dozen
characters on each side) and a little state per sentence, so the stage is linear in the text:

- the clause left of a figure, with fillers (目前, 就, 超) dropped, ends in a metric word
  (粉丝数超35亿, 尉犁羊肉网络销售突破10万只) or in a verb phrase (回复咨询类问题16812件); what
  stands before it is the clause's subject (政务微博有…账号超9万个 -> 政务微博);
- a noun right after the figure is what it counts (十余万政务微博, 30多个项目合作);
- a clause without a subject inherits the sentence's latest subject or hashtag (#丰收的尉犁#).

The word lists are data: ``claims/data/context.toml``. The key grammar is in docs/records.md.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import regex

from claims import timex
from claims.models import Claim, Kind, Source, Span
from claims.vocab import ContextWords, context_words, measure_words

__all__ = ["attribute", "metric_key", "paragraph_spans", "sentence_spans"]

# A figure's context is read within this many characters of it: keeps the stage linear.
_LEFT_CAP, _RIGHT_CAP = 40, 20

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
    | [“”「」]                     # so do quotation marks: a quote starts a new clause
    """,
    regex.VERBOSE,
)
_HASHTAG = regex.compile(
    r"""
    \# [^\#\n]{1,40} \#            # a Weibo topic #丰收的尉犁#: a subject for its 话题阅读量
    """,
    regex.VERBOSE,
)
_NOUN_RUN = regex.compile(
    r"""
    [\p{Han}A-Za-z0-9·\-+]+        # a run of word characters (stops at punctuation and spaces)
    """,
    regex.VERBOSE,
)
# Characters trimmed from a subject before it goes into a metric key.
_KEY_TRIM = regex.compile(r"""[\s#“”"'《》「」|]+""")

_COUNTLIKE = (Kind.COUNT, Kind.RATE, Kind.MEASURE)


def _alt(words: Iterable[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True, slots=True)
class _Patterns:
    """The word tables of context.toml compiled into anchored patterns (built once)."""

    words: ContextWords
    lead: regex.Pattern[str]
    trail: regex.Pattern[str]
    change_tail: regex.Pattern[str]
    metric_end: regex.Pattern[str]
    verbs: regex.Pattern[str]
    rates: regex.Pattern[str]
    stops: regex.Pattern[str]


@cache
def _patterns() -> _Patterns:
    w = context_words()
    return _Patterns(
        words=w,
        lead=regex.compile(rf"^(?:\s|{_alt(w.lead_fillers)})+"),
        trail=regex.compile(rf"(?:\s|{_alt(w.trail_fillers)})+$"),
        change_tail=regex.compile(rf"(?:{_alt(w.change_verbs)})$"),
        metric_end=regex.compile(rf"(?:{_alt(w.metric_modifiers)})*(?:{_alt(w.metric_words)})$"),
        verbs=regex.compile(_alt(w.verbs)),
        rates=regex.compile(_alt(w.rate_words)),
        stops=regex.compile(_alt(w.counted_stops)),
    )


def sentence_spans(text: str) -> list[Span]:
    """The sentences of ``text``: split at 。！？!?；; and line breaks, surrounding spaces trimmed.

    >>> t = "粉丝数超35亿。他说:“好。”\\n完"
    >>> [t[s.start:s.end] for s in sentence_spans(t)]
    ['粉丝数超35亿。', '他说:“好。”', '完']
    """
    out: list[Span] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.start() if m.group() == "\n" else m.end()
        _add_trimmed(text, start, end, out)
        start = m.end()
    _add_trimmed(text, start, len(text), out)
    return out


def paragraph_spans(text: str) -> list[Span]:
    """The paragraphs of ``text``: its non-blank lines."""
    out: list[Span] = []
    start = 0
    for m in regex.finditer(r"\n", text):
        _add_trimmed(text, start, m.start(), out)
        start = m.end()
    _add_trimmed(text, start, len(text), out)
    return out


def _add_trimmed(text: str, start: int, end: int, out: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Span(start=start, end=end))


def _containing(spans: list[Span], starts: list[int], pos: int) -> Span:
    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and spans[i].start <= pos < max(spans[i].end, spans[i].start + 1):
        return spans[i]
    return Span(start=pos, end=pos)


@dataclass(slots=True)
class _Reading:
    """What the clause around one figure says about it."""

    subject: str | None = None
    metric: str | None = None
    counted: str | None = None
    per: str | None = None
    change: bool = False
    quantified: bool = False  # a noun follows the figure: 十余万政务微博
    self_subject: bool = False  # ... and the noun is what the figure is about


def _strip(core: str, p: _Patterns) -> tuple[str, bool]:
    """Drop leading fillers and trailing fillers/change verbs; report whether a change verb went."""
    core = p.lead.sub("", core)
    change = False
    while True:
        before = core
        core = p.trail.sub("", core)
        m = p.change_tail.search(core)
        if m:
            change = True
            core = core[: m.start()]
        if core == before:
            return core, change


def _counted_after(right: str, p: _Patterns) -> str | None:
    """The noun right after a figure (十余万政务微博共同… -> 政务微博), or ``None``."""
    run = right.removeprefix("的").lstrip()
    m = _NOUN_RUN.match(run)
    if not m:
        return None
    noun = m.group()[:16]
    for i in range(len(noun)):
        if p.stops.match(noun, i):
            noun = noun[:i]
            break
    return noun or None


def _read(left: str, right: str, claim: Claim, p: _Patterns) -> _Reading:
    """Read subject, metric, counted, per and change from the text around one figure."""
    w = p.words
    r = _Reading()
    rates = list(p.rates.finditer(left))
    if rates:
        r.per = w.rate_words[rates[-1].group()]
    for suffix, per in w.per_suffixes.items():
        if right.startswith(suffix):
            r.per = per
    raw = left.strip()
    after_prep = any(raw.endswith(x) for x in w.prepositions)
    core, r.change = _strip(raw, p)
    if after_prep:
        core = next((core[: -len(x)] for x in w.prepositions if core.endswith(x)), core)
    counted = None
    if claim.kind in _COUNTLIKE or claim.kind is Kind.ORDINAL:
        outcome = next((o for o in w.outcome_words if right.startswith(o)), None)
        if outcome:
            r.metric, r.counted = outcome, claim.unit
        else:
            counted = _counted_after(right, p)
            r.quantified = counted is not None
    pre = ""
    metric_m = p.metric_end.search(core)
    verbs = list(p.verbs.finditer(core))
    if claim.kind in (Kind.DURATION, Kind.DATE) and not verbs and not metric_m:
        core, metric = "", _counted_after(_strip(right, p)[0], p)
    elif metric_m:
        pre, metric = core[: metric_m.start()], metric_m.group()
    elif verbs:
        first, last = verbs[0].start(), verbs[-1].start()
        pre = core[:first]
        metric = core[first:] if len(core) - first <= 10 else core[last:]
    elif r.quantified:
        pre, metric = core, None
    else:
        metric = core or None
    if claim.kind is Kind.DATE and metric is None:
        metric = _counted_after(right, p)
    if metric and not r.metric:
        metric = metric.rpartition("等")[2] or metric
        metric = regex.sub(r"^(?:有|拥有|包括|包含)+", "", metric) or metric
        r.metric = metric if len(metric) <= 16 else None
    pre, _ = _strip(pre, p)
    pre = pre.removesuffix("的")
    tags = list(_HASHTAG.finditer(pre))
    if tags:
        r.subject = tags[-1].group()
    elif 1 <= len(pre) <= 12 and regex.search(r"\p{Han}", pre):
        r.subject = pre
    if r.quantified:
        r.counted = counted
        r.self_subject = r.subject is None and (after_prep or not core)
        if r.self_subject:
            r.subject = counted
    elif r.counted is None and claim.kind in _COUNTLIKE and r.metric:
        r.counted = _counted_from_metric(r.metric, r.subject, p)
    if r.counted is None and claim.kind in _COUNTLIKE and claim.unit:
        # the measure word's own noun, as measure_words.toml gives it: 十几个县 -> 县
        word = measure_words().get(claim.unit)
        r.counted = word.counted if word is not None else None
    return r


def _counted_from_metric(metric: str, subject: str | None, p: _Patterns) -> str | None:
    """What a metric counts: 粉丝数 -> 粉丝; 回复咨询类问题 -> 咨询类问题.

    For metrics of selling or producing, the subject's head: 网络销售 of 尉犁羊肉 -> 羊肉.
    """
    w = p.words
    bare = p.rates.sub("", metric) or metric
    if any(bare.endswith(o) for o in w.object_metrics):
        return None if subject is None else _head(subject)
    verbs = list(p.verbs.finditer(bare))
    if verbs:
        return bare[verbs[-1].end() :] or None
    for suffix in w.count_suffixes:
        if bare.endswith(suffix) and len(bare) > len(suffix):
            return bare[: -len(suffix)]
    return bare


def _head(noun: str) -> str:
    """The head of a compound noun: its last two characters (尉犁羊肉 -> 羊肉)."""
    noun = _KEY_TRIM.sub("", noun)
    return noun[-2:] if len(noun) >= 4 else noun


def _dimension(kind: Kind, unit: str | None) -> str:
    """The key's dimension: count, money:CNY, percent, a pint dimension, date, duration, ..."""
    if kind in (Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.RATE):
        if unit is None:
            return "count" if kind is not Kind.MONEY else "money:?"
        try:
            from claims import units

            return str(units.dimension(unit))
        except Exception:  # the unit stage is optional here: fall back to the unit itself
            if regex.fullmatch(r"[A-Z]{3}", unit):
                return f"money:{unit}"
            return "count" if kind is Kind.COUNT else f"unit:{unit}"
    return kind.value


def metric_key(
    subject: str | None,
    metric: str | None,
    per: str | None,
    dimension: str,
    *,
    counted: str | None = None,
    change: bool = False,
) -> str:
    """The normalised key rules compare claims by: ``subject|measure|per|dimension``.

    ``subject`` is ``?`` when unknown (rules must not compare on it); ``measure`` is ``*``
    when the figure counts the subject itself; ``~change`` marks a change of the metric.

    >>> metric_key("政务微博", "账号", None, "count")
    '政务微博|*|-|count'
    >>> metric_key("#丰收的尉犁#", "话题阅读量", None, "count")
    '丰收的尉犁|话题阅读|-|count'
    >>> metric_key(None, "日均发博", "day", "count")
    '?|发博|day|count'
    """
    p = _patterns()
    w = p.words
    subj = _KEY_TRIM.sub("", subject or "") or "?"
    measure = _KEY_TRIM.sub("", p.rates.sub("", metric or ""))
    if measure in w.generic_heads:
        measure = ""
    for suffix in w.count_suffixes:
        if measure.endswith(suffix) and len(measure) > len(suffix):
            measure = measure[: -len(suffix)]
            break
    if counted and counted not in measure and counted != subj:
        measure += _KEY_TRIM.sub("", counted)
    measure = measure or "*"
    if change:
        measure += "~change"
    return f"{subj}|{measure}|{per or '-'}|{dimension}"


def attribute(text: str, found: list[Claim], source: Source | None) -> list[Claim]:
    """Return ``found`` with context fields filled in; values and spans never change.

    >>> from claims.models import Value
    >>> t = "目前政务微博有账号超9万个,粉丝数超35亿。"
    >>> def figure(s):
    ...     i = t.index(s)
    ...     return Claim(id=s, kind=Kind.COUNT, text=s, span=Span(start=i, end=i + len(s)),
    ...                  value=Value.exactly(1))
    >>> accounts, fans = attribute(t, [figure("超9万个"), figure("超35亿")], None)
    >>> accounts.subject, accounts.metric_key
    ('政务微博', '政务微博|*|-|count')
    >>> fans.subject, fans.metric, fans.counted, fans.metric_key
    ('政务微博', '粉丝数', '粉丝', '政务微博|粉丝|-|count')
    """
    if not found:
        return list(found)
    p = _patterns()
    sentences = sentence_spans(text)
    sentence_starts = [s.start for s in sentences]
    mentions = timex.find_dates(text)
    timeline = timex.Timeline(text, mentions, source, paragraph_spans(text))
    tags = [(m.start(), m.group()) for m in _HASHTAG.finditer(text)]
    tag_starts = [t[0] for t in tags]
    # a figure's context stops at the figures and dates next to it
    barriers = sorted(
        {c.span.start for c in found}
        | {c.span.end for c in found}
        | {m.span.start for m in mentions}
        | {m.span.end for m in mentions}
    )
    out: list[Claim] = []
    current: tuple[Span, list[tuple[int, str]], str | None] | None = None
    for claim in found:
        sentence = _containing(sentences, sentence_starts, claim.span.start)
        if current is None or current[0] != sentence:
            current = (sentence, [], None)
        _, subjects, _ = current
        clause_start, clause_end = _clause(text, sentence, claim.span)
        i = bisect.bisect_left(barriers, claim.span.start) - 1
        prev_end = max(clause_start, barriers[i]) if i >= 0 else clause_start
        j = bisect.bisect_right(barriers, claim.span.end)
        next_start = min(clause_end, barriers[j]) if j < len(barriers) else clause_end
        left = text[max(prev_end, claim.span.start - _LEFT_CAP) : claim.span.start]
        right = text[claim.span.end : min(next_start, claim.span.end + _RIGHT_CAP)]
        r = _read(left, right, claim, p)
        subject = r.subject
        if subject is not None and not r.self_subject:
            subjects.append((claim.span.start, subject))
        if subject is None:
            k = bisect.bisect_left(tag_starts, claim.span.start) - 1
            tag = tags[k] if k >= 0 and tags[k][0] >= sentence.start else None
            if r.metric and "话题" in r.metric and tag is None and k >= 0:
                tag = tags[k] if tags[k][0] >= timeline.paragraph(claim.span.start).start else None
            last = subjects[-1] if subjects else None
            if tag and (not last or tag[0] > last[0] or (r.metric and "话题" in r.metric)):
                subject = tag[1]
            elif last:
                subject = last[1]
        metric = r.metric
        if metric is None and r.change and current[2]:
            metric = current[2]
        if metric:
            current = (sentence, subjects, metric)
        per = claim.per or r.per
        kind = claim.kind
        if per and kind in (Kind.COUNT, Kind.MONEY, Kind.MEASURE):
            kind = Kind.RATE
        dim = _dimension(claim.kind, claim.unit)
        key = metric_key(
            subject, metric, per, dim, counted=r.counted if r.quantified else None, change=r.change
        )
        flags = claim.flags
        time, time_flags = timeline.time_for(claim, sentence, left)
        update = {
            "sentence": sentence,
            "counted": claim.counted or r.counted,
            "metric": claim.metric or metric,
            "subject": claim.subject or subject,
            "per": per,
            "kind": kind,
            "metric_key": key,
            "time": time,
            "flags": flags + tuple(f for f in time_flags if f not in flags),
        }
        out.append(claim.model_copy(update=update))
    return out


def _clause(text: str, sentence: Span, span: Span) -> tuple[int, int]:
    """The clause (between commas, colons, quotes) holding ``span``, within its sentence."""
    lo = max(sentence.start, span.start - 200)
    start = sentence.start if lo == sentence.start else lo
    for m in _CLAUSE_SEP.finditer(text, lo, span.start):
        start = m.end()
    m = _CLAUSE_SEP.search(text, span.end, min(sentence.end, span.end + 200))
    end = m.start() if m else min(sentence.end, span.end + 200)
    return start, max(end, span.end)
