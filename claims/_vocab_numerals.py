"""The numeral table (numerals.toml): Chinese digits and scales, percent and fraction markers,
share words (一半), doubling (翻一番), the words that make a numeral no figure, and the other
word lists of the value engine (claims/normalize.py, claims/numbers.py, claims/figures.py).

Part of claims/vocab.py (the only reader of ``claims/data/``), which re-exports every name here.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from fractions import Fraction
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from claims._vocab_base import load_toml
from claims._vocab_qualifiers import BOUND_KINDS
from claims.errors import VocabularyError

__all__ = [
    "ClockWords",
    "DateNameWords",
    "Doubling",
    "NumeralTable",
    "UnitTail",
    "WordFigure",
    "numerals",
]


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
