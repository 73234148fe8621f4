"""Stage 4: the pipeline. Takes a text (and its ``Source``), returns its claims in text order.

``extract`` runs: normalize -> timex.find_dates -> numbers.scan (skipping dates) ->
units.match_unit after each figure -> Claim records (dates become ``Kind.DATE`` claims) ->
drop claims inside inventory.set_asides -> context.attribute. Stages are called through
their module interfaces so that each can be replaced as it grows.

A figure becomes its record in claims/_figure_claim.py; neighbouring records are joined
(compound money and durations, unit ranges) in claims/_joins.py.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import partial

from claims import _annotations as pinyin
from claims import context, numbers, timex, units
from claims._figure_claim import figure_claim
from claims._joins import join_duration, join_money, join_range, money_by_noun
from claims._lists import list_suffix
from claims.bounds import construct
from claims.errors import InputTooLargeError
from claims.inventory import SetAside, set_asides  # (claims.inventory is shadowed by a function)
from claims.models import EXTRACTOR_VERSION, Claim, Kind, Source, claim_ids, sha256_text
from claims.normalize import normalize

__all__ = ["extract", "iter_extract"]

MAX_CHARS = 5_000_000
_DATE = Kind.DATE  # (an enum member is a slow class attribute on Python 3.11: bound once)


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
        c = figure_claim(fig, text, norm, ids, source_id, unit_at, last_end)
        last_end = c.span.end
        found.append(c)
    for d in dates:
        span = d.span
        fields = {
            "id": ids(span.start, span.end),
            "kind": _DATE,
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
    found = join_money(found, text, norm, digest)
    found = join_duration(found, text, norm, digest)
    found = money_by_noun(found, norm)
    found = join_range(found, text, norm, digest)
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
