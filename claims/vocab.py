"""The only reader of ``claims/data/``: loads word tables, validates them, caches the result.

Each table has a small loader that validates it and raises ``VocabularyError`` naming the file
and the entry when something is wrong. Other modules never open data files. Loaders are grouped
by domain in private modules, every public name re-exported here: claims/_vocab_base.py (data
files, TOML, the whole-document validator), _vocab_qualifiers.py (qualifiers.toml),
_vocab_dates.py (time_words.toml), _vocab_numerals.py (numerals.toml),
_vocab_units.py (units_zh.txt, unit_rules.toml, currencies.toml, measure_words.toml).
"""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel as _BaseModel
from pydantic import ConfigDict as _ConfigDict

from claims._vocab_base import data_text as data_text
from claims._vocab_base import load_toml as load_toml
from claims._vocab_base import validated as _validated
from claims._vocab_dates import TimeWords as TimeWords
from claims._vocab_dates import time_words as time_words
from claims._vocab_numerals import ClockWords as ClockWords
from claims._vocab_numerals import DateNameWords as DateNameWords
from claims._vocab_numerals import Doubling as Doubling
from claims._vocab_numerals import NumeralTable as NumeralTable
from claims._vocab_numerals import UnitTail as UnitTail
from claims._vocab_numerals import WordFigure as WordFigure
from claims._vocab_numerals import numerals as numerals
from claims._vocab_qualifiers import BOUND_KINDS as BOUND_KINDS
from claims._vocab_qualifiers import Qualifier as Qualifier
from claims._vocab_qualifiers import QualifierTable as QualifierTable
from claims._vocab_qualifiers import qualifiers as qualifiers
from claims._vocab_units import Currency as Currency
from claims._vocab_units import DianRules as DianRules
from claims._vocab_units import DuRules as DuRules
from claims._vocab_units import FangRules as FangRules
from claims._vocab_units import FenRules as FenRules
from claims._vocab_units import JiRules as JiRules
from claims._vocab_units import KuaiRules as KuaiRules
from claims._vocab_units import MeasureWord as MeasureWord
from claims._vocab_units import MoneyNounRules as MoneyNounRules
from claims._vocab_units import PageCurrencyRules as PageCurrencyRules
from claims._vocab_units import RateRules as RateRules
from claims._vocab_units import UnitDefinition as UnitDefinition
from claims._vocab_units import UnitRules as UnitRules
from claims._vocab_units import currencies as currencies
from claims._vocab_units import measure_words as measure_words
from claims._vocab_units import unit_definitions as unit_definitions
from claims._vocab_units import unit_rules as unit_rules

__all__ = ["data_text", "load_toml"]


# --- context.toml: claims in context (context, inventory) -----------------------------


class _Table(_BaseModel):
    model_config = _ConfigDict(frozen=True, extra="forbid")


class SetAsideWords(_Table):
    """``context.toml`` ``[set_aside]``: text whose numerals are not claims."""

    chrome_tail: tuple[str, ...]
    chrome_lines: tuple[str, ...]
    dateline_leads: tuple[str, ...]
    names: tuple[str, ...]
    hotlines: tuple[str, ...]
    emergency_numbers: tuple[str, ...]
    emergency_leads: tuple[str, ...]
    emergency_follows: tuple[str, ...] = ()
    festival_numbers: tuple[str, ...] = ()
    festival_follows: tuple[str, ...] = ()
    idioms: tuple[str, ...]
    ordinal_heads: tuple[str, ...]
    quote_name_follow: tuple[str, ...]
    digit_letter_names: tuple[str, ...]
    enumerated_names: tuple[str, ...]
    enumerated_ordinals: tuple[str, ...]
    numbered_roads: tuple[str, ...] = ()
    byline_leads: tuple[str, ...] = ()  # 记者王二: the names after these hold no figure
    grade_heads: tuple[str, ...] = ()  # 初二年级, 五年级: a school grade orders only
    road_line_prefixes: tuple[str, ...] = ()  # 台9線, 花四十五線: a Taiwan road's name
    road_line_words: tuple[str, ...] = ()
    indefinite_measures: tuple[str, ...] = ()
    indefinite_blocked_before: tuple[str, ...] = ()
    indefinite_outcomes: tuple[str, ...] = ()
    indefinite_blocked_after: tuple[str, ...] = ()


class ContextWords(_Table):
    """``context.toml``: the words attribution uses to find subject, metric, counted and per."""

    lead_fillers: tuple[str, ...]
    trail_fillers: tuple[str, ...]
    change_verbs: tuple[str, ...]
    metric_words: tuple[str, ...]
    metric_modifiers: tuple[str, ...]
    outcome_words: tuple[str, ...]
    verbs: tuple[str, ...]
    prepositions: tuple[str, ...]
    counted_stops: tuple[str, ...]
    counted_verbs: tuple[str, ...]
    not_subjects: tuple[str, ...]
    locatives: tuple[str, ...]
    member_nouns: tuple[str, ...]
    object_metrics: tuple[str, ...]
    generic_heads: tuple[str, ...]
    subject_trims: tuple[str, ...]
    framing: tuple[str, ...]
    framing_leads: tuple[str, ...]
    framing_ends: tuple[str, ...]
    share_leads: tuple[str, ...]
    pronouns: tuple[str, ...]
    person_cues: tuple[str, ...]
    count_suffixes: tuple[str, ...]
    region_leads: tuple[str, ...] = ()
    region_groups: tuple[str, ...] = ()  # 全国居民…: the group stays in the subject
    parallel_ends: tuple[str, ...] = ()  # 东部地区…，中部地区: endings of a breakdown's groups
    total_words: tuple[str, ...] = ()
    total_blocked: tuple[str, ...] = ()
    ratio_ends: tuple[str, ...] = ()
    baseline_leads: tuple[str, ...] = ()
    comparison_leads: tuple[str, ...] = ()
    comparison_blocked: tuple[str, ...] = ()  # names starting like a comparison: 比亚迪
    unit_metrics: dict[str, tuple[str, ...]] = {}
    distributors: tuple[str, ...] = ()
    paired_metrics: dict[str, tuple[str, ...]] = {}
    topic_storms: tuple[str, ...] = ()  # a sentence's topic (claims._carry): 台风“杜苏芮”
    place_suffixes: tuple[str, ...] = ()
    topic_follows: tuple[str, ...] = ()
    topic_not_places: tuple[str, ...] = ()
    topic_heads: tuple[str, ...] = ()
    cause_words: tuple[str, ...] = ()
    rate_words: dict[str, str]
    per_suffixes: dict[str, str]
    set_aside: SetAsideWords


@cache
def context_words() -> ContextWords:
    """The validated ``context.toml`` (cached)."""
    return _validated("context.toml", ContextWords)  # type: ignore[no-any-return]
