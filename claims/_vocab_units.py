"""The unit tables (units_zh.txt, unit_rules.toml, currencies.toml, measure_words.toml): the
units pint defines and their Chinese surfaces, measure words, currencies, and the context rules
of the units stage (claims/units.py).

Part of claims/vocab.py (the only reader of ``claims/data/``), which re-exports every name here.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from claims._vocab_base import data_text, load_toml
from claims.errors import VocabularyError

__all__ = [
    "Currency",
    "DianRules",
    "DuRules",
    "FangRules",
    "FenRules",
    "JiRules",
    "KuaiRules",
    "MeasureWord",
    "MoneyNounRules",
    "PageCurrencyRules",
    "RateRules",
    "UnitDefinition",
    "UnitRules",
    "currencies",
    "measure_words",
    "unit_definitions",
    "unit_rules",
]


class _UnitTable(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class UnitDefinition(_UnitTable):
    """One line of units_zh.txt: the pint name it defines or aliases and its surface forms."""

    name: str
    surfaces: tuple[str, ...]
    line: int
    defines: bool


class MeasureWord(_UnitTable):
    """A measure word of measure_words.toml."""

    counts: Literal["people", "events", "objects", "places", "groups", "other"]
    counted: str | None = None
    factor: Decimal = Field(default=Decimal(1), gt=0)
    unit: str | None = None  # the unit recorded on the claim, when not the word itself (打 -> 个)


class Currency(_UnitTable):
    """A currency of currencies.toml; its key is the ISO 4217 code."""

    name: str
    words: tuple[str, ...] = Field(min_length=1)
    prefixes: tuple[str, ...] = ()
    fractions: dict[str, Decimal] = {}


class RateRules(_UnitTable):
    separators: tuple[str, ...]
    compound: dict[str, str] = {}


class DuRules(_UnitTable):
    lookback: int = Field(gt=0, le=200)
    fahrenheit: tuple[str, ...]
    celsius: tuple[str, ...]
    electric: tuple[str, ...]
    intensity: tuple[str, ...] = ()  # 烈度为8度: the seismic intensity scale
    angle: tuple[str, ...] = ()  # 北纬31.0度: an angle, whatever else the sentence names


class JiRules(_UnitTable):
    lookback: int = Field(gt=0, le=200)
    magnitude_next: tuple[str, ...]
    magnitude_before: tuple[str, ...]
    magnitude_marks: tuple[str, ...] = ()
    beaufort_next: tuple[str, ...]
    beaufort_before: tuple[str, ...]
    beaufort_blocked_next: tuple[str, ...] = ()
    compass: tuple[str, ...] = ()
    count_next: tuple[str, ...] = ()
    beaufort_carry: tuple[str, ...] = ()  # 风力仍较大,有4-5级: a clause of a verb and the figure
    beaufort_places: tuple[str, ...] = ()  # 北风,内陆地区3~4级: ... or of a place and the figure


class KuaiRules(_UnitTable):
    money_next: tuple[str, ...]


class DianRules(_UnitTable):
    """点 after a figure: index points (unit_rules.toml [dian])."""

    lookback: int = Field(default=16, gt=0, le=200)
    index_before: tuple[str, ...] = ()
    blocked_next: tuple[str, ...] = ()


class FangRules(_UnitTable):
    after: tuple[str, ...]


class PageCurrencyRules(_UnitTable):
    """A bare 元 on a Hong Kong, Macau or Taiwan page (unit_rules.toml [page_currency])."""

    codes: tuple[str, ...] = ()
    reset: tuple[str, ...] = ()
    script: str = ""
    reach: int = Field(default=2000, gt=0, le=100000)


class FenRules(_UnitTable):
    after: tuple[str, ...]
    factors: dict[str, Decimal]


class MoneyNounRules(_UnitTable):
    """A bare amount of 万/亿 after a money noun is money (直接经济损失336亿)."""

    nouns: tuple[str, ...] = ()
    links: tuple[str, ...] = ()


class UnitRules(_UnitTable):
    """unit_rules.toml: Latin surfaces, scale words, rates and the context rules."""

    latin: dict[str, str]
    scales: dict[str, int]
    rate: RateRules
    du: DuRules
    ji: JiRules
    blocked_next: dict[str, tuple[str, ...]] = {}
    kuai: KuaiRules
    dian: DianRules = DianRules()
    speed: dict[str, str] = {}  # 时速350公里: a lead word -> the denominator of the length unit
    fang: FangRules
    fen: FenRules
    page_currency: PageCurrencyRules = PageCurrencyRules()
    money_by_noun: MoneyNounRules = MoneyNounRules()


_T = TypeVar("_T", bound=BaseModel)


def _unit_validated(name: str, key: str, model: type[_T], raw: Any) -> _T:
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        problem = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise VocabularyError(name, key, problem) from None


@cache
def unit_definitions() -> tuple[UnitDefinition, ...]:
    """The definitions and aliases of units_zh.txt, in file order (pint parses the same text)."""
    name = "units_zh.txt"
    found = []
    for number, raw in enumerate(data_text(name).splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        parts = [p.strip() for p in line.split("=")]
        if line.startswith("@alias "):
            unit, surfaces, defines = parts[0].removeprefix("@alias ").strip(), parts[1:], False
        elif line.startswith("@"):
            raise VocabularyError(name, f"line {number}", "only @alias directives are supported")
        elif len(parts) >= 3:
            unit, surfaces, defines = parts[0], [p for p in parts[2:] if p != "_"], True
        else:
            raise VocabularyError(name, f"line {number}", "expected `name = definition = symbol`")
        if not unit or not surfaces or any(not s or " " in s for s in surfaces):
            raise VocabularyError(name, f"line {number}", "a unit needs at least one surface form")
        found.append(
            UnitDefinition(name=unit, surfaces=tuple(surfaces), line=number, defines=defines)
        )
    return tuple(found)


@cache
def measure_words() -> dict[str, MeasureWord]:
    """measure_words.toml: measure word -> what it counts."""
    name = "measure_words.toml"
    return {k: _unit_validated(name, k, MeasureWord, v) for k, v in load_toml(name).items()}


@cache
def currencies() -> dict[str, Currency]:
    """currencies.toml: ISO 4217 code -> its words and signs."""
    name = "currencies.toml"
    table = load_toml(name)
    for code in table:
        if not (len(code) == 3 and code.isascii() and code.isupper()):
            raise VocabularyError(name, code, "a currency key is a three-letter upper-case code")
    return {k: _unit_validated(name, k, Currency, v) for k, v in table.items()}


@cache
def unit_rules() -> UnitRules:
    """unit_rules.toml: Latin surfaces, scale words, rate separators, context rules."""
    name = "unit_rules.toml"
    return _unit_validated(name, "<file>", UnitRules, load_toml(name))
