"""The only reader of ``claims/data/``: loads word tables, validates them, caches the result.

Each table has a small loader that validates it and raises ``VocabularyError`` naming the file
and the entry when something is wrong. Other modules never open data files. Loaders are grouped
by domain in private modules, every public name re-exported here: claims/_vocab_base.py (data
files, TOML, the whole-document validator), _vocab_qualifiers.py (qualifiers.toml),
_vocab_dates.py (time_words.toml),
_vocab_units.py (units_zh.txt, unit_rules.toml, currencies.toml, measure_words.toml).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from fractions import Fraction
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from claims._vocab_base import data_text as data_text
from claims._vocab_base import load_toml as load_toml
from claims._vocab_base import validated as _validated
from claims._vocab_dates import TimeWords as TimeWords
from claims._vocab_dates import time_words as time_words
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
from claims.errors import VocabularyError

__all__ = ["data_text", "load_toml"]


# Table loaders (validated, cached) follow, one section per data file.


# --- numerals.toml: the value engine (normalize.py, numbers.py) ---------------------------


class WordFigure(BaseModel):
    """One entry of ``numerals.toml`` ``[word_figures]`` (一半, 过半, 大半)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    value: str
    granularity: str
    bound: str | None = None


class Doubling(BaseModel):
    """``numerals.toml`` ``[doubling]``: 翻一番, 翻了两番, 翻番."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    verb: str
    particles: tuple[str, ...] = ()
    unit: str


class ClockWords(BaseModel):
    """``numerals.toml`` ``[clock]``: times of day that are no figure (left to the date stage)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    hour: tuple[str, ...]
    minute: str
    second: str
    hour_alone: str
    hour_blocked_next: tuple[str, ...]
    point_half: str
    day_parts: tuple[str, ...]
    oclock: str = ""  # 8点钟, 八点钟: an hour with no minutes


class DateNameWords(BaseModel):
    """``numerals.toml`` ``[date_names]``: 3·15, 3.15晚会."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    dots: tuple[str, ...]
    follow: tuple[str, ...]
    blocked_before: tuple[str, ...] = ()  # 芮氏规模6.4地震: a magnitude, no 6.4 name


class UnitTail(BaseModel):
    """numerals.toml [unit_tail]: a unit between a figure and the digits of its next place."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    unit: str  # the claim's unit (meter, CNY)
    kind: Literal["measure", "money"]
    digits: int = 1  # at most this many tail digits, 1 or 2 (1米75, 13块5)
    below: int | None = None  # the figure before the unit is smaller than this (1米8, not 30米8)


class NumeralTable(BaseModel):
    """``numerals.toml``, validated: see the file's header for the meaning of each table."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    word_figures: dict[str, WordFigure] = {}
    half_word: str = "半"
    half_link: str = "个"
    doubling: Doubling | None = None
    below_zero: dict[str, str] = {}
    rate_leads: tuple[str, ...] = ()
    class_words: tuple[str, ...] = ()
    label_leads: tuple[str, ...] = ()
    label_names: tuple[str, ...] = ()  # after a figure and its unit: a name (0℃线)
    pair_mark: str = ""  # between two neighbouring digits of a rough range (两、三天)
    loose_pairs: frozenset[str] = frozenset()  # two digits, not neighbours, of a range (三五天)
    pair_blocked_next: tuple[str, ...] = ()  # after the pair: a list of classes (一、二级)
    pair_arabic_blocked_next: tuple[str, ...] = ()  # after an Arabic pair too (27、28日)
    pair_list_before: tuple[str, ...] = ()  # before an Arabic pair: a list (分别为27、28度)
    pair_wind_before: tuple[str, ...] = ()  # 北风2、3级: a wind force range, though 级 follows
    pair_wind_units: tuple[str, ...] = ()
    pair_wind_turn: tuple[str, ...] = ()  # 1级左右转3、4级: a force the wind turns to
    few_word: str = ""  # 一连几天, 休息几个小时: 几 alone before a length of time, [1, 9]
    few_blocked_before: tuple[str, ...] = ()  # 这几天, 前几年: these days, no duration
    few_blocked_after: tuple[str, ...] = ()  # 几天前: a date, no duration
    tally_first: tuple[str, ...] = ()  # 一死三伤: the outcome after a tally's first number
    tally_second: tuple[str, ...] = ()  # ... and after its second
    unit_tails: dict[str, UnitTail] = {}  # 1米8, 13块5: the unit word -> how the tail reads
    unit_tail_next: tuple[str, ...] = ()  # words that may follow the tail (的, 左右, 一斤)
    clock: ClockWords | None = None
    date_names: DateNameWords | None = None

    fold: dict[str, str]
    digits: dict[str, int]
    small_scales: dict[str, int]
    big_scales: dict[str, Decimal]
    special: dict[str, int]
    percent_prefixes: dict[str, Decimal]
    percent_words: dict[str, Decimal]
    percent_word_leads: dict[str, str]
    fraction_joiner: str
    mixed_joiner: str
    decimal_point: str
    negative: str
    ordinal: str
    ambiguous: frozenset[str]
    lone_one: frozenset[str]
    lone_one_after: tuple[str, ...] = ()
    lone_one_before: tuple[str, ...] = ()
    not_numbers: tuple[str, ...]


def _one_char(file: str, entry: str, s: object) -> str:
    if not isinstance(s, str) or len(s) != 1:
        raise VocabularyError(file, entry, f"expected exactly one character, got {s!r}")
    return s


@cache
def numerals() -> NumeralTable:
    """The numeral table (cached); raises ``VocabularyError`` naming the bad entry."""
    name = "numerals.toml"
    raw = load_toml(name)
    try:
        fold = {_one_char(name, f"fold.{k}", k): _one_char(name, f"fold.{k}", v)
                for k, v in raw["fold"].items()}
        for table in ("digits", "small_scales", "special"):
            for k, v in raw[table].items():
                if table != "special" or len(k) < 2:  # 廿, and whole words such as 半百
                    _one_char(name, f"{table}.{k}", k)
                if not isinstance(v, int) or isinstance(v, bool) or v < 0:
                    raise VocabularyError(
                        name, f"{table}.{k}", f"expected an integer >= 0, got {v!r}"
                    )
        for k, v in raw["digits"].items():
            if v > 9:
                raise VocabularyError(name, f"digits.{k}", f"a digit is 0..9, got {v}")
        big: dict[str, Decimal] = {}
        for k, v in raw["big_scales"].items():
            try:
                big[_one_char(name, f"big_scales.{k}", k)] = Decimal(v)
            except (InvalidOperation, TypeError):
                label = f"big_scales.{k}"
                raise VocabularyError(name, label, f"not an exact number: {v!r}") from None
        markers = raw["markers"]
        pct: dict[str, Decimal] = {}
        for k, v in markers["percent_prefixes"].items():
            try:
                pct[k] = Decimal(v)
            except (InvalidOperation, TypeError):
                raise VocabularyError(name, f"markers.percent_prefixes.{k}",
                                      f"not an exact number: {v!r}") from None
        pct_words: dict[str, Decimal] = {}
        for k, v in raw["percent_words"].items():
            try:
                pct_words[k] = Decimal(v)
            except (InvalidOperation, TypeError):
                raise VocabularyError(
                    name, f"percent_words.{k}", f"not an exact number: {v!r}"
                ) from None
        word_figures = {}
        for k, v in raw.get("word_figures", {}).items():
            wf = WordFigure(**v)
            try:
                Fraction(wf.value), Fraction(wf.granularity)
            except (ValueError, ZeroDivisionError):
                raise VocabularyError(name, f"word_figures.{k}", "value and granularity must be "
                                      "exact numbers (\"1/2\")") from None
            if wf.bound is not None and wf.bound not in BOUND_KINDS:
                raise VocabularyError(name, f"word_figures.{k}", f"unknown bound {wf.bound!r}")
            word_figures[k] = wf
        half = raw.get("half", {})
        words = tuple(raw["not_numbers"]["words"])
        seen: set[str] = set()
        for w in words:
            if w in seen:
                raise VocabularyError(name, f"not_numbers.{w}", "listed twice")
            seen.add(w)
        return NumeralTable(
            fold=fold,
            digits=raw["digits"],
            small_scales=raw["small_scales"],
            big_scales=big,
            special=raw["special"],
            percent_prefixes=pct,
            percent_words=pct_words,
            percent_word_leads=raw.get("percent_word_leads", {}),
            fraction_joiner=markers["fraction_joiner"],
            mixed_joiner=markers["mixed_joiner"],
            decimal_point=markers["decimal_point"],
            negative=markers["negative"],
            ordinal=markers["ordinal"],
            ambiguous=frozenset(raw["ambiguous"]["chars"]),
            lone_one=frozenset(raw["lone_one"]["chars"]),
            lone_one_after=tuple(raw["lone_one"].get("after", ())),
            lone_one_before=tuple(raw["lone_one"].get("before", ())),
            not_numbers=words,
            word_figures=word_figures,
            half_word=_one_char(name, "half.word", half.get("word", "半")),
            half_link=_one_char(name, "half.link", half.get("link", "个")),
            doubling=raw.get("doubling"),
            below_zero=raw.get("below_zero", {}),
            rate_leads=tuple(raw.get("rate_denominator", {}).get("leads", ())),
            class_words=tuple(raw.get("class_words", {}).get("words", ())),
            label_leads=tuple(raw.get("labels", {}).get("leads", ())),
            label_names=tuple(raw.get("labels", {}).get("name_next", ())),
            pair_mark=raw.get("pair", {}).get("mark", ""),
            loose_pairs=frozenset(raw.get("pair", {}).get("loose", ())),
            pair_blocked_next=tuple(raw.get("pair", {}).get("blocked_next", ())),
            pair_arabic_blocked_next=tuple(raw.get("pair", {}).get("arabic_blocked_next", ())),
            pair_list_before=tuple(raw.get("pair", {}).get("list_before", ())),
            pair_wind_before=tuple(raw.get("pair", {}).get("wind_before", ())),
            pair_wind_units=tuple(raw.get("pair", {}).get("wind_units", ())),
            pair_wind_turn=tuple(raw.get("pair", {}).get("wind_turn", ())),
            few_word=raw.get("few_alone", {}).get("word", ""),
            few_blocked_before=tuple(raw.get("few_alone", {}).get("blocked_before", ())),
            few_blocked_after=tuple(raw.get("few_alone", {}).get("blocked_after", ())),
            tally_first=tuple(raw.get("tally", {}).get("first", ())),
            tally_second=tuple(raw.get("tally", {}).get("second", ())),
            unit_tails=raw.get("unit_tail", {}),
            unit_tail_next=tuple(raw.get("unit_tail_next", {}).get("words", ())),
            clock=raw.get("clock"),
            date_names=raw.get("date_names"),
        )
    except KeyError as exc:
        raise VocabularyError(name, str(exc.args[0]), "required table or key is missing") from None
    except ValidationError as exc:
        raise VocabularyError(name, "<tables>", str(exc)) from None


# --- context.toml: claims in context (context, inventory; time_words.toml: _vocab_dates.py) ---

from pydantic import BaseModel as _BaseModel  # noqa: E402
from pydantic import ConfigDict as _ConfigDict  # noqa: E402


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
