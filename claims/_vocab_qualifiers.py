"""The bounding words of figures (qualifiers.toml): 超, 约, 以上, 左右 ... by position, and the
other word lists of that file (growth verbs of 倍, comparisons, pairs, shares).

Part of claims/vocab.py (the only reader of ``claims/data/``), which re-exports every name here.
"""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict, ValidationError

from claims._vocab_base import load_toml
from claims.errors import VocabularyError

__all__ = ["BOUND_KINDS", "Qualifier", "QualifierTable", "qualifiers"]

BOUND_KINDS = frozenset(
    {"over", "at_least", "near", "under", "at_most", "about", "remainder", "upward", "upward_wide"}
)


class Qualifier(BaseModel):
    """One bounding word of ``qualifiers.toml``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    word: str
    position: str
    bound: str
    blocked_after: tuple[str, ...] = ()
    blocked_next: tuple[str, ...] = ()  # characters after it that make another word (内容)
    after_kinds: tuple[str, ...] = ()  # only after a unit of these kinds (3天内, 200公里内)
    needs_magnitude: bool = False  # only before a figure with 百/千/万/亿 (过10万; not 过3天)
    by_place: bool = False  # a remainder of one place of the figure (300万元有余: 300万 to 400万)


class QualifierTable(BaseModel):
    """``qualifiers.toml``, validated: qualifiers by position, and the growth verbs of 倍."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    before: dict[str, Qualifier]
    after: dict[str, Qualifier]
    growth_verbs: tuple[str, ...]
    comparison_lead: str = ""
    comparison_over: tuple[str, ...] = ()
    comparison_under: tuple[str, ...] = ()
    comparison_next: tuple[str, ...] = ()
    pair_joiners: tuple[str, ...] = ()
    between_leads: tuple[str, ...] = ()
    share_verbs: tuple[str, ...] = ()
    number_line: frozenset[str] = frozenset()
    recent_leads: tuple[str, ...] = ()
    recent_next: tuple[str, ...] = ()
    crossed: tuple[str, ...] = ()  # words a before-bound reaches across (约摄氏33度)
    about_links: tuple[str, ...] = ()  # between a round figure and its unit: about (十来天)


@cache
def qualifiers() -> QualifierTable:
    """The qualifier table (cached); raises ``VocabularyError`` naming the bad entry."""
    name = "qualifiers.toml"
    raw = load_toml(name)
    before: dict[str, Qualifier] = {}
    after: dict[str, Qualifier] = {}
    for i, entry in enumerate(raw.get("qualifier", [])):
        label = f"qualifier[{i}] {entry.get('word', '?')}"
        try:
            q = Qualifier(**entry)
        except (ValidationError, TypeError) as exc:
            raise VocabularyError(name, label, str(exc)) from None
        if q.bound not in BOUND_KINDS:
            known = sorted(BOUND_KINDS)
            raise VocabularyError(name, label, f"unknown bound {q.bound!r}; one of {known}")
        if q.position not in ("before", "after"):
            got = q.position
            raise VocabularyError(name, label, f"position must be before or after, got {got!r}")
        table = before if q.position == "before" else after
        if q.word in table:
            raise VocabularyError(name, label, f"word {q.word!r} is listed twice for {q.position}")
        table[q.word] = q
    try:
        verbs = tuple(raw["multiple"]["growth_verbs"])
    except KeyError:
        raise VocabularyError(name, "multiple.growth_verbs", "required list is missing") from None
    comparison = raw.get("comparison", {})
    try:
        return QualifierTable(
            before=before,
            after=after,
            growth_verbs=verbs,
            comparison_lead=comparison.get("lead", ""),
            comparison_over=tuple(comparison.get("over", ())),
            comparison_under=tuple(comparison.get("under", ())),
            comparison_next=tuple(comparison.get("next", ())),
            pair_joiners=tuple(raw.get("pairs", {}).get("joiners", ())),
            between_leads=tuple(raw.get("between", {}).get("leads", ())),
            share_verbs=tuple(raw.get("share", {}).get("verbs", ())),
            number_line=frozenset(raw.get("negative", {}).get("number_line", ())),
            recent_leads=tuple(raw.get("recent", {}).get("leads", ())),
            recent_next=tuple(raw.get("recent", {}).get("next", ())),
            crossed=tuple(raw.get("crossed", {}).get("words", ())),
            about_links=tuple(raw.get("link", {}).get("about", ())),
        )
    except ValidationError as exc:
        raise VocabularyError(name, "<tables>", str(exc)) from None
