"""Stage 4: the pipeline. Takes a text (and its ``Source``), returns its claims in text order.

``extract`` runs: normalize -> timex.find_dates -> numbers.scan (skipping dates) ->
units.match_unit after each figure -> Claim records (dates become ``Kind.DATE`` claims) ->
drop claims inside inventory.set_asides -> context.attribute. Stages are called through
their module interfaces so that each can be replaced as it grows.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from fractions import Fraction
from functools import cache, partial

from claims import _annotations as pinyin
from claims import bounds, context, numbers, timex, units, vocab
from claims._lists import list_suffix
from claims._page_currency import local_currency
from claims.bounds import construct
from claims.errors import InputTooLargeError
from claims.inventory import SetAside, set_asides  # (claims.inventory is shadowed by a function)
from claims.models import (
    EXTRACTOR_VERSION,
    Claim,
    ClaimIds,
    Interval,
    Kind,
    Source,
    Span,
    Value,
    claim_id,
    claim_ids,
    exact,
    sha256_text,
)
from claims.normalize import normalize

__all__ = ["extract", "iter_extract"]

MAX_CHARS = 5_000_000
_ONE = Decimal(1)
_HALF = "半"


def extract(text: str, source: Source | None = None, *, max_chars: int = MAX_CHARS) -> list[Claim]:
    """Every quantitative claim of ``text``, in text order, non-overlapping.

    Raises:
        InputTooLargeError: ``text`` has more than ``max_chars`` characters.

    >>> [(c.text, c.kind.value, str(c.value.literal)) for c in extract("账号超9万个，共16812件")]
    [('超9万个', 'count', '(90000, +inf)'), ('16812件', 'count', '[16812, 16812]')]
    """
    with _collector_paused():
        return _run(text, source, max_chars)[0]


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for one extraction, then restore it.

    Extraction builds many small acyclic records; the collector's periodic full scans walk
    all of them again and again, so a 10 MB text took 1.36 us a character against 1.04 with
    the collector paused (bench/throughput.py --long): that overhead, not the algorithm,
    made time grow faster than the input. Nothing here makes reference cycles, so nothing
    waits for the collector; its state is restored even on error, and a collector someone
    else disabled stays disabled.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _run(
    text: str, source: Source | None, max_chars: int
) -> tuple[list[Claim], list[SetAside] | None]:
    """``extract``, and the set-asides when they were needed (``inventory`` reuses them).

    The date mentions are found once and shared by the value engine (which skips them) and
    attribution (whose clauses stop at them and whose time references come from them).
    """
    if len(text) > max_chars:
        raise InputTooLargeError(len(text), max_chars)
    if not text:
        return [], None
    stripped = pinyin.strip(text)
    if stripped is not None:  # 全國(guó)糧食總產(chǎn)量61791萬(wàn)噸: read without the pinyin
        return _run_stripped(stripped, text, source, max_chars)
    norm = normalize(text).text
    digest = source.sha256 if source is not None else sha256_text(text)
    source_id = source.id if source is not None else None
    published = source.published if source is not None else None
    dates = timex.find_dates(text, published.date() if published is not None else None)
    skip = [(d.span.start, d.span.end) for d in dates]
    relative_offsets = timex.find_offsets(text)  # found once: attribution reads them too
    offsets = timex.offset_spans(text, relative_offsets)  # 相比4个月前: a time, no duration
    if offsets:
        skip = sorted(skip + offsets)

    unit_at = partial(units.match_unit, norm)  # (a partial: no Python frame per call)
    ids = claim_ids(digest)
    found: list[Claim] = []
    last_end = 0
    for fig in numbers.scan(norm, skip, unit_at):
        if fig.start < last_end:
            continue  # inside the unit or qualifier of the previous claim (二两: liang)
        c = _claim(fig, text, norm, ids, source_id, unit_at, last_end)
        last_end = c.span.end
        found.append(c)
    for d in dates:
        span = d.span
        fields = {
            "id": ids(span.start, span.end),
            "kind": Kind.DATE,
            "text": text[span.start : span.end],
            "span": span,
            "value": d.value,
            **_DEFAULTS,  # in field order: the JSON keys follow the record's fields
            "source_id": source_id,
            "extractor_version": EXTRACTOR_VERSION,
            "rule": d.rule,
            "flags": (),
        }
        found.append(construct(Claim, fields))
    found = _join_money(found, text, norm, digest)
    found = _join_duration(found, text, norm, digest)
    found = _money_by_noun(found, norm)
    found = _join_range(found, text, norm, digest)
    found = list_suffix(found, norm)
    if dates:
        found.sort(key=lambda c: c.span.start)
    if not found:
        return found, None  # nothing to set aside: skip the set-aside patterns
    asides = set_asides(text)
    found = _outside(found, asides)
    return (
        context.attribute(text, found, source, mentions=dates, offsets=relative_offsets),
        asides,
    )


def _run_stripped(
    stripped: pinyin.Stripped, text: str, source: Source | None, max_chars: int
) -> tuple[list[Claim], list[SetAside] | None]:
    """``_run`` on the text without its pinyin annotations, every span moved back onto it."""
    found, asides = _run(stripped.text, source, max_chars)
    digest = source.sha256 if source is not None else sha256_text(text)
    moved = None if asides is None else pinyin.restore_spans(asides, stripped, text)
    return pinyin.restore(found, stripped, text, digest), moved


_DEFAULTS = {
    "unit": None,
    "per": None,
    "counted": None,
    "subject": None,
    "metric": None,
    "metric_key": None,
    "time": None,
    "sentence": None,
}


def _claim(
    fig: numbers.Figure,
    text: str,
    norm: str,
    ids: ClaimIds,
    source_id: str | None,
    unit_at: numbers.UnitAt,
    floor: int = 0,
) -> Claim:
    """The claim of ``fig``; a currency word before it (美元5) is taken only when it starts at or
    after ``floor``, the end of the previous claim (5美元3: the 美元 is the 5's, not the 3's)."""
    end = fig.end
    unit = kind = per = None
    factor = _ONE
    if fig.kind is None or fig.kind is Kind.ORDINAL:
        pos = end + 1 if norm.startswith(" ", end) else end
        u = unit_at(pos)
        if u is not None:
            end, factor = u.end, u.factor
            if fig.kind is None:
                unit, kind = u.unit, u.kind
                per = None if u.per is None else _physical_per(u.per)  # 13.5元/吨: per tonne
                if unit == _YUAN and u.surface.endswith("元") and fig.before is None:
                    ub = units.match_unit_before(norm, fig.start)  # 新台币5000亿元: TWD
                    if ub is not None and ub.unit != _YUAN and ub.start is not None and (
                        ub.start >= floor
                    ):
                        fig.start, unit = ub.start, ub.unit
            if norm.startswith(_HALF, end):  # 两米半, 一吨半: and a half
                end += 1
                fig.num.v = exact(Fraction(fig.num.v) + Fraction(1, 2))
                fig.num.g = Decimal("0.5")
        elif fig.before is None and fig.kind is None:
            ub = units.match_unit_before(norm, fig.start)  # $20, 人民币 50
            if ub is not None and ub.start is not None and ub.start >= floor:
                fig.start, unit, kind, factor = ub.start, ub.unit, ub.kind, ub.factor
    after, after_end = numbers.after_qualifier(norm, end, None if fig.recent else kind)
    if after is not None and (fig.kind is None or after.bound != "remainder"):
        word = norm[end:after_end]
        end = after_end
        if kind is None and fig.kind is None:
            # 30多个: the measure word may follow the 多
            u = unit_at(end)
            if u is not None:
                end, factor, unit, kind = u.end, u.factor, u.unit, u.kind
    else:
        after, word = None, None
    value = numbers.make_value(fig, after, word, factor)
    if (fig.unit or unit) in _SIGNED_UNITS:
        value = _open_below(value, after or fig.before)
    span = construct(Span, {"start": fig.start, "end": end})
    return construct(
        Claim,
        {
            "id": ids(fig.start, end),
            "kind": fig.kind or kind or Kind.COUNT,
            "text": text[fig.start : end],
            "span": span,
            "value": value,
            "unit": fig.unit or unit,
            "per": fig.per or (None if fig.unit else per),
            "counted": None,
            "subject": None,
            "metric": None,
            "metric_key": None,
            "time": None,
            "sentence": None,
            "source_id": source_id,
            "extractor_version": EXTRACTOR_VERSION,
            "rule": fig.rule,
            "flags": fig.flags,
        },
    )


_YUAN = "CNY"  # 元 after a figure: the currency named before it, if any (港币3.5亿元 = HKD)
_SIGNED_UNITS = frozenset({"degree_Celsius", "degree_Fahrenheit"})  # scales that go below zero
_UPPER_BOUNDS = frozenset({"under", "at_most"})


def _open_below(value: Value, word: object) -> Value:
    """An upper bound on a temperature (20℃以下, 不超过5℃) reaches below zero: the end at zero
    that an amount would stop at is left open (不到5度 = (-inf, 5)); for a figure below zero
    the bound is on its size, mirrored (不到零下5度 = (-5, +inf)). Other values are returned
    unchanged."""
    if getattr(word, "bound", None) not in _UPPER_BOUNDS:
        return value

    def opened(iv: Interval) -> Interval:
        lo, hi = iv.lower, iv.upper
        if lo is None or hi is None:
            return iv
        if lo == 0 and hi > 0:
            return Interval(lower=None, upper=hi, lower_closed=False, upper_closed=iv.upper_closed)
        if hi == 0 and lo < 0:
            return Interval(lower=lo, upper=None, lower_closed=iv.lower_closed, upper_closed=False)
        return iv

    lit, conv = opened(value.literal), opened(value.conventional)
    if lit is value.literal and conv is value.conventional:
        return value
    return value.model_copy(update={"literal": lit, "conventional": conv})


def _physical_per(per: str | None) -> str | None:
    """The denominator of a written rate (元/吨, 人/平方公里) when it is a physical unit; a
    measure word (元/人) is left to the context stage, which names it (per person)."""
    if per is None or units.dimension(per) == "count":
        return None
    return per


def _join_money(found: list[Claim], text: str, norm: str, digest: str) -> list[Claim]:
    """五元三毛, 两美元又三美分: an amount followed by a smaller amount of the same currency."""
    out: list[Claim] = []
    for c in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and c.kind is Kind.MONEY is prev.kind
            and c.unit == prev.unit
            and norm[prev.span.end : c.span.start] in ("", "又")
            and isinstance(c.value, Value)
            and isinstance(prev.value, Value)
            and c.value.literal.upper is not None
            and c.value.literal.upper < 1 <= prev.value.stated
            and c.value.stated > 0  # 100元-50元: a dash and a figure, not 100 yuan and -50
            and prev.value.literal.lower == prev.value.literal.upper
        ):
            span = Span.model_construct(start=prev.span.start, end=c.span.end)
            total = exact(Fraction(prev.value.stated) + Fraction(c.value.stated))
            point = Interval.model_construct(
                lower=total, upper=total, lower_closed=True, upper_closed=True
            )
            value = prev.value.model_copy(
                update={"stated": total, "literal": point, "conventional": point}
            )
            out[-1] = _merged(prev, span, value, "compound_money", text, digest)
            continue
        out.append(c)
    return out


# A whole unit of time followed by the next smaller one: 1小时20分钟, 3分32.58秒 (分 before a
# number of seconds is minutes, not points or cents).
_NEXT_SMALLER = {("hour", "minute"): 60, ("minute", "second"): 60, ("分", "second"): 60,
                 ("hour", "分"): 60}  # fmt: skip


def _join_duration(found: list[Claim], text: str, norm: str, digest: str) -> list[Claim]:
    """1小时20分钟 = 80 minutes, 3分32.58秒 = 212.58 seconds: a whole number of a unit of time
    written right before a figure of the next smaller one is one duration, in the smaller."""
    out: list[Claim] = []
    for c in found:
        prev = out[-1] if out else None
        minutes = c.unit == "分" and c.kind is Kind.COUNT  # 2小时30分: 分 after hours is minutes
        factor = (
            _NEXT_SMALLER.get((prev.unit or "", c.unit or ""))
            if prev is not None
            and (c.kind is Kind.DURATION or minutes)
            and prev.span.end == c.span.start
            else None
        )
        if (
            factor is not None
            and prev is not None
            and prev.kind in (Kind.DURATION, Kind.COUNT)
            and isinstance(prev.value, Value)
            and isinstance(c.value, Value)
            and prev.value.literal.lower == prev.value.literal.upper
            and prev.value.qualifier is None
            and Fraction(prev.value.stated).denominator == 1
            and 0 <= c.value.stated < 60
        ):
            shift = exact(Fraction(prev.value.stated) * factor)
            point = Interval.point(shift)
            value = c.value.model_copy(
                update={
                    "stated": exact(Fraction(c.value.stated) + Fraction(shift)),
                    "literal": c.value.literal + point,
                    "conventional": c.value.conventional + point,
                }
            )
            span = Span.model_construct(start=prev.span.start, end=c.span.end)
            joined = _merged(c, span, value, "compound_duration", text, digest)
            out[-1] = joined.model_copy(
                update={"kind": Kind.DURATION, "unit": "minute" if minutes else c.unit}
            )
            continue
        out.append(c)
    return out


@cache
def _money_noun_end() -> re.Pattern[str]:
    """A money noun, then maybe a link word, at the end of the text before a figure."""
    rules = vocab.unit_rules().money_by_noun
    nouns = "|".join(map(re.escape, sorted(rules.nouns, key=len, reverse=True)))
    links = "|".join(map(re.escape, sorted(rules.links, key=len, reverse=True)))
    return re.compile(rf"(?:{nouns})(?:{links})?$")


_MAGNITUDE = frozenset("万亿萬億")


def _money_by_noun(found: list[Claim], norm: str) -> list[Claim]:
    """直接经济损失336亿, 营收120亿: a bare count of 万/亿 right after a money noun is money, in
    the page's currency (CNY unless a Hong Kong, Macau or Taiwan page names its own)."""
    out = found
    for i, c in enumerate(found):
        if c.kind is not Kind.COUNT or c.unit is not None or not _MAGNITUDE & set(c.text):
            continue
        start = c.span.start
        if _money_noun_end().search(norm, max(0, start - 12), start) is None:
            continue
        code = local_currency(norm, start, c.span.end) or "CNY"
        if out is found:
            out = list(found)
        out[i] = c.model_copy(update={"kind": Kind.MONEY, "unit": code})
    return out


def _merged(prev: Claim, span: Span, value: Value, rule: str, text: str, digest: str) -> Claim:
    """``prev`` widened to ``span`` with the joined ``value``: one claim where two stood."""
    return prev.model_copy(
        update={
            "span": span,
            "id": claim_id(digest, span),
            "text": text[span.start : span.end],
            "value": value,
            "rule": rule,
        }
    )


# Between two figures that each carry the unit: 28℃到30℃, 5%-8%, 零下10度到零上5度.
_UNIT_RANGE_JOINS = frozenset({"至", "到", "~", "-", "—", "–", "到零上", "至零上"})
# Before the first figure these make the pair a change, not a range: 从5%到8%.
_CHANGE_FROM = frozenset({"从", "由"})
_SPREAD = "不等"  # ... unless the pair is a spread: 从100元到500元不等
_QUAL = vocab.qualifiers()


def _join_range(found: list[Claim], text: str, norm: str, digest: str) -> list[Claim]:
    """28℃到30℃, 1000万元至2000万元, 100元-50元: two figures with the same unit joined by
    至/到/- are one range (a 约/左右 on either end widens it: 28℃到30℃左右 = [27, 31]).
    A dash between two unit-bearing figures is never a minus sign."""
    out: list[Claim] = []
    for c in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and c.kind is prev.kind
            and c.kind is not Kind.DATE
            and c.unit is not None
            and c.unit == prev.unit
            and isinstance(c.value, Value)
            and isinstance(prev.value, Value)
        ):
            dash = _dash_minus(c, prev, norm)
            if (dash or norm[prev.span.end : c.span.start] in _UNIT_RANGE_JOINS) and (
                norm[prev.span.start - 1 : prev.span.start] not in _CHANGE_FROM
                or norm.startswith(_SPREAD, c.span.end)  # 由100元至50元不等: still a range
            ):
                value = _range_value(prev.value, c.value, dash)
                if value is not None:
                    span = Span.model_construct(start=prev.span.start, end=c.span.end)
                    out[-1] = _merged(prev, span, value, "range", text, digest)
                    continue
            if dash:
                c = _unsigned(c, text, digest)  # 超100元-50元: the dash is no minus either
        out.append(c)
    return out


def _about(word: str | None) -> bool | None:
    """True for 约/左右-like words, False for no word, None for any other bounding word."""
    if word is None:
        return False
    q = _QUAL.before.get(word) or _QUAL.after.get(word)
    return True if q is not None and q.bound == "about" else None


def _range_value(a: Value, b: Value, dash: bool) -> Value | None:
    """The value of the range from ``a`` to ``b`` (its sign dropped after a joining dash), or
    ``None`` when they make no range: a bound other than 约/左右, an end that is a range or
    has readings, or equal figures."""
    about_a, about_b = _about(a.qualifier), _about(b.qualifier)
    if about_a is None or about_b is None or a.readings or b.readings:
        return None
    if a.stated_end is not None or b.stated_end is not None:
        return None
    first, second = a.stated, -b.stated if dash else b.stated
    if first == second:
        return None
    lo, hi = min(first, second), max(first, second)
    g = min(a.granularity, b.granularity)
    word = a.qualifier or b.qualifier
    bound = "about" if word else "range"
    joined = bounds.value(lo, g, bound, hi=hi, qualifier=word, range_end=True)
    if first > second:  # 100元-50元: a range written from its top, stated as written
        joined = joined.model_copy(update={"stated": first, "stated_end": second})
    return joined


def _unsigned(c: Claim, text: str, digest: str) -> Claim:
    """``c`` without the dash it was read with as a minus sign (100元-50元 -> 50元)."""
    v = c.value
    assert isinstance(v, Value)
    span = Span.model_construct(start=c.span.start + 1, end=c.span.end)
    value = v.model_copy(
        update={
            "stated": -v.stated,
            "literal": v.literal.scale(-1),
            "conventional": v.conventional.scale(-1),
            "readings": tuple(r.scale(-1) for r in v.readings),
        }
    )
    return _merged(c, span, value, c.rule, text, digest)


def _dash_minus(c: Claim, prev: Claim, norm: str) -> bool:
    """Whether ``c`` is read negative only for a dash that joins it to ``prev``: 28℃-30℃."""
    return c.span.start == prev.span.end and norm.startswith("-", c.span.start)


def _outside(found: list[Claim], asides: list[SetAside]) -> list[Claim]:
    """The claims that overlap no set-aside region (both lists in text order)."""
    if not asides:
        return found
    spans = sorted((a.span.start, a.span.end) for a in asides)
    out: list[Claim] = []
    i = 0
    for c in found:
        while i < len(spans) and spans[i][1] <= c.span.start:
            i += 1
        if i < len(spans) and spans[i][0] < c.span.end:
            continue
        out.append(c)
    return out


def iter_extract(texts: Iterable[str], *, max_chars: int = MAX_CHARS) -> Iterator[list[Claim]]:
    """Claims of each text in turn, one list per text (streaming: one document in memory)."""
    for text in texts:
        yield extract(text, max_chars=max_chars)
