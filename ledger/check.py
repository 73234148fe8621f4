"""The only place consistency rules run: ``check(target) -> list[Finding]``.

Takes a text (extracted with ``claims.extract``), a sequence of claims (with their source
texts, if known), or a ledger (every document it holds; reviewer links decide metric keys;
the findings are stored as the ledger's latest run). Builds one ``CheckInput`` and runs
each rule of ``RULES`` in order; returns their findings in that order.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any, Protocol, runtime_checkable

import claims
from claims.errors import InputError
from claims.models import Claim, Source
from ledger.models import Finding, Verdict
from ledger.rules import RULES, CheckInput, Rule, rule_id

__all__ = ["LedgerLike", "as_date", "check", "run_rules"]

CHINA = timezone(timedelta(hours=8))
"""The time zone a bare publication date is taken in."""

DateLike = date | datetime | str


@runtime_checkable
class LedgerLike(Protocol):
    """What ``check`` needs of a ledger (``ledger.Ledger`` has it)."""

    def sources(self) -> list[Source]: ...

    def text(self, source_id: str) -> str: ...

    def effective_metric_groups(self) -> dict[str, list[Claim]]: ...

    def claims(self) -> list[Claim]: ...

    def store_findings(self, findings: Sequence[Finding], run_at: datetime) -> int: ...


def as_date(value: DateLike) -> date:
    """A publication date from a date, an aware or naive datetime, or an ISO string.

    >>> as_date("2024-09-03"), as_date("2024-09-03T16:23:48+08:00")
    (datetime.date(2024, 9, 3), datetime.date(2024, 9, 3))
    >>> as_date("3 Sept")
    Traceback (most recent call last):
    claims.errors.InputError: not a date: '3 Sept' (expected YYYY-MM-DD)
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return datetime.fromisoformat(value.strip()).date()
    except ValueError:
        raise InputError(f"not a date: {value!r} (expected YYYY-MM-DD)") from None


def check(
    target: str | Sequence[Claim] | LedgerLike,
    *,
    published: DateLike | Mapping[str, DateLike] | None = None,
    texts: Mapping[str, str] | None = None,
    source: Source | None = None,
    rules: Sequence[Rule] = RULES,
    run_at: datetime | None = None,
) -> list[Finding]:
    """Check claims against each other and return every finding, rule by rule.

    Args:
        target: a text; a sequence of claims; or a ledger (``ledger.Ledger``).
        published: the as-of date of the text (or per source id, for claims); a ledger
            uses each source's own publication time.
        texts: for a sequence of claims, the source texts by source id (rules that look
            for cue words around the claims skip claims without text).
        source: for a text, its ``Source`` record (its ``published`` is the as-of date).
        rules: the rules to run, in order.
        run_at: for a ledger, the time the run is stored under (default: now).

    >>> [f.verdict.value for f in check([])]
    []
    """
    if isinstance(target, str):
        inp = _from_text(target, published, source)
    elif isinstance(target, LedgerLike):
        inp = _from_ledger(target)
    else:
        inp = _from_claims(list(target), published, texts or {})
    with _input_out_of_gc_scans():
        found = run_rules(inp, rules)
    if isinstance(target, LedgerLike):
        target.store_findings(found, run_at or datetime.now(UTC))
    return found


@contextmanager
def _input_out_of_gc_scans() -> Iterator[None]:
    """Keep the collector's full scans off the records that exist before the rules run.

    The rules allocate many small objects (Fractions, intervals, findings); every so often
    that triggers a full collection, which walks every tracked object, the input claims
    included. On 100,000 claims those walks took 10-25% of the run and made it grow faster
    than the input (bench/check_bench.py). ``gc.freeze()`` moves the existing objects to the
    permanent generation for the duration; ``gc.unfreeze()`` returns them, so nothing is
    leaked. If someone else froze objects already (a pre-fork server), leave their freeze be.
    """
    if gc.get_freeze_count() or not gc.isenabled():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def run_rules(inp: CheckInput, rules: Iterable[Rule] = RULES) -> list[Finding]:
    """Run ``rules`` over one input. A rule that fails is reported as not_checked, never
    dropped: a crash must not pass for a clean text."""
    out: list[Finding] = []
    for rule in rules:
        try:
            out.extend(rule(inp))
        except Exception as exc:  # a rule's bug must not hide the other rules' findings
            reason = f"rule failed: {type(exc).__name__}: {exc}"
            out.append(
                Finding(
                    rule=rule_id(rule), verdict=Verdict.NOT_CHECKED, claims=(),
                    message=f"The {rule_id(rule)} rule could not run.", reason=reason,
                )
            )
    return out


def _from_text(text: str, published: Any, source: Source | None) -> CheckInput:
    if source is None:
        meta: dict[str, Any] = {}
        if published is not None:
            day = as_date(published)
            meta["published"] = (
                published
                if isinstance(published, datetime) and published.tzinfo is not None
                else datetime.combine(day, time(0), tzinfo=CHINA)
            )
        source = Source.from_text(text, **meta)
    found = claims.extract(text, source=source)
    as_of = as_date(published) if published is not None else _published(source)
    keys = {source.id, *(c.source_id or "" for c in found)}
    return CheckInput(
        claims=tuple(found),
        texts=dict.fromkeys(keys, text),
        published=dict.fromkeys(keys, as_of) if as_of is not None else {},
    )


def _from_claims(
    found: list[Claim], published: Any, texts: Mapping[str, str]
) -> CheckInput:
    keys = {c.source_id or "" for c in found} | set(texts)
    if published is None:
        days: dict[str, date] = {}
    elif isinstance(published, Mapping):
        days = {k: as_date(v) for k, v in published.items()}
    else:
        day = as_date(published)
        days = dict.fromkeys(keys, day)
    return CheckInput(claims=tuple(found), texts=dict(texts), published=days)


def _from_ledger(book: LedgerLike) -> CheckInput:
    keyed: dict[str, str] = {}
    linked: set[str] = set()
    for key, group in book.effective_metric_groups().items():
        for c in group:
            keyed[c.id] = key
        if any(c.metric_key != key for c in group):  # a reviewer's link made this group
            linked.update(c.id for c in group)
    found = [
        c
        if keyed.get(c.id) == c.metric_key
        else c.model_copy(update={"metric_key": keyed.get(c.id)})
        for c in book.claims()
    ]
    sources = book.sources()
    texts = {s.id: book.text(s.id) for s in sources}
    days = {s.id: day for s in sources if (day := _published(s)) is not None}
    return CheckInput(claims=tuple(found), texts=texts, published=days, linked=frozenset(linked))


def _published(source: Source) -> date | None:
    return source.published.date() if source.published is not None else None
