"""Integrity of the unit tables under claims/data/, and docs/vocabulary.md generated from them.

Every table parses and validates; every pint name resolves in the package registry; every
surface form written in the data is reachable through ``match_unit`` (or
``match_unit_before``); no word has two meanings in two tables; measure words and currency
words never start with a numeral character. ``docs/vocabulary.md`` is rendered here from the
tables and compared with the file (``pytest --update-golden`` rewrites it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from claims import _vocab_units, vocab
from claims.errors import VocabularyError
from claims.models import Kind
from claims.units import dimension, match_unit, match_unit_before, registry
from tests.conftest import ROOT, check_generated

# Characters that start a numeral (digits, financial digits, scales, 两 俩 廿 卅 半 几 数):
# a measure word or currency word starting with one would be read into the number.
NUMERAL_CHARS = set("0123456789零〇一二三四五六七八九十百千万亿兆两俩廿卅")
NUMERAL_CHARS |= set("壹贰叁肆伍陆柒捌玖拾佰仟萬億半几数")
# The only pint surfaces allowed to be numeral characters: the number grammar meets them
# only right after a figure (三两 = 3 liang). 千米 千克 兆瓦 ... are units, not numerals.
NUMERAL_UNITS = {"两"}
RULE_WORDS = {"度", "块", "方", "分", "角", "毛"}  # decided by unit_rules.toml, on purpose


def _pint_surfaces() -> dict[str, str]:
    out = {s: d.name for d in vocab.unit_definitions() for s in d.surfaces}
    out.update(vocab.unit_rules().latin)
    return out


def _currency_words() -> dict[str, str]:
    out: dict[str, str] = {}
    for code, cur in vocab.currencies().items():
        out.update(dict.fromkeys((*cur.words, *cur.fractions, code), code))
    return out


def test_every_table_loads_and_validates() -> None:
    """Each unit table parses and passes its validation model."""
    assert len(vocab.unit_definitions()) > 50
    assert len(vocab.measure_words()) > 80
    assert {"CNY", "USD", "EUR", "GBP", "JPY", "HKD", "AUD", "CAD", "RUB", "KRW", "TWD"} <= set(
        vocab.currencies()
    )
    assert vocab.unit_rules().scales["万"] == 10000


@pytest.mark.parametrize(
    "name", ["units_zh.txt", "unit_rules.toml", "currencies.toml", "measure_words.toml"]
)
def test_every_file_opens_with_its_syntax(name: str) -> None:
    """Each data file opens with a comment block that names itself and explains its syntax."""
    head = vocab.data_text(name).splitlines()[:8]
    assert all(line.startswith("#") for line in head)
    assert name in head[0]


def test_registry_loads_without_redefinitions() -> None:
    """pint loads units_zh.txt on top of its defaults; no unit is silently redefined."""
    ureg = registry()
    assert ureg.get_name("亩") == "mu"
    assert ureg.get_name("公里") == "kilometer"


def test_every_unit_name_resolves_in_pint() -> None:
    """Every pint name the data records (definitions, Latin symbols, compounds) is known."""
    ureg = registry()
    names = {d.name for d in vocab.unit_definitions()}
    names |= set(vocab.unit_rules().latin.values())
    names |= set(vocab.unit_rules().rate.compound.values())
    for name in sorted(names):
        for part in name.split(" / "):  # a quotient (m³/s = cubic_meter / second) part by part
            ureg.get_name(part)
    for key in vocab.unit_rules().rate.compound:
        ureg.parse_units(key.replace("/", " / "))


@pytest.mark.parametrize(("surface", "name"), sorted(_pint_surfaces().items()))
def test_every_unit_surface_is_reachable(surface: str, name: str) -> None:
    """Every alias of units_zh.txt and every Latin symbol is matched after an Arabic figure."""
    m = match_unit(f"5{surface}", 1)
    assert m is not None
    assert (m.surface, m.unit) == (surface, name)
    assert m.kind in (Kind.MEASURE, Kind.DURATION)


@pytest.mark.parametrize(("word", "code"), sorted(_currency_words().items()))
def test_every_currency_word_is_reachable(word: str, code: str) -> None:
    """Every currency word, fraction word and code is matched as money after a figure."""
    m = match_unit(f"5{word}", 1)
    assert m is not None
    assert (m.surface, m.unit, m.kind) == (word, code, Kind.MONEY)


@pytest.mark.parametrize(
    ("sign", "code"),
    sorted((s, code) for code, c in vocab.currencies().items() for s in (*c.prefixes, code)),
)
def test_every_currency_prefix_is_reachable(sign: str, code: str) -> None:
    """Every currency sign or prefix word is matched right before a figure."""
    m = match_unit_before(f"共{sign}5", 1 + len(sign))
    assert m is not None
    assert (m.surface, m.unit, m.start) == (sign, code, 1)


@pytest.mark.parametrize(("word", "counts", "unit"), sorted(
    (w, mw.counts, mw.unit or w) for w, mw in vocab.measure_words().items()
))  # fmt: skip
def test_every_measure_word_is_reachable(word: str, counts: str, unit: str) -> None:
    """Every measure word is matched as a count after a Chinese numeral, before a noun."""
    m = match_unit(f"三{word}的", 1)
    assert m is not None
    assert (m.surface, m.unit, m.kind, m.counts) == (word, unit, Kind.COUNT, counts)
    assert dimension(word) == "count" == dimension(unit)


def test_measure_word_units_are_measure_words() -> None:
    """A measure word recorded under another unit (打 -> 个) names a plain measure word."""
    table = vocab.measure_words()
    for word, mw in table.items():
        if mw.unit is not None:
            assert mw.unit in table, word
            assert table[mw.unit].factor == 1, word


def test_measure_word_without_noun() -> None:
    """No measure word runs on into its counted noun (个县 is 个 + 县)."""
    table = vocab.measure_words()
    assert "个县" not in table
    assert all(not (len(w) > 1 and w[0] == "个" and w[1:] in table) for w in table)


def test_no_word_in_two_tables() -> None:
    """No surface is both a physical unit, a currency word and a measure word."""
    pint_s, money = set(_pint_surfaces()), set(_currency_words())
    counts = set(vocab.measure_words())
    assert pint_s & money == set()
    assert pint_s & counts == set()
    assert money & counts == set()
    assert RULE_WORDS & (pint_s | money) == set()


def test_no_surface_listed_twice_in_units_zh() -> None:
    """Each alias of units_zh.txt is written once, for one unit."""
    seen: dict[str, str] = {}
    for d in vocab.unit_definitions():
        for s in d.surfaces:
            assert s not in seen, f"{s} is listed for {seen[s]} and {d.name}"
            seen[s] = d.name


def test_measure_and_currency_words_do_not_start_with_numerals() -> None:
    """Measure words and currency words never start with a numeral character."""
    words = set(vocab.measure_words()) | set(_currency_words())
    assert {w for w in words if w[0] in NUMERAL_CHARS} == set()
    assert {s for s in _pint_surfaces() if s in NUMERAL_CHARS} == NUMERAL_UNITS


def test_scale_words_are_numerals() -> None:
    """The scale words of unit_rules.toml are numerals, with factors that match them."""
    for word, factor in vocab.unit_rules().scales.items():
        assert set(word) <= NUMERAL_CHARS
        assert factor >= 100


def test_bei_is_not_a_unit() -> None:
    """倍 is a multiple for the number grammar; no table may claim it."""
    assert "倍" not in {*_pint_surfaces(), *_currency_words(), *vocab.measure_words()}
    assert match_unit("2倍", 1) is None


def test_bad_table_names_file_and_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    """A malformed measure word entry raises VocabularyError naming the file and the word."""
    monkeypatch.setattr(_vocab_units, "load_toml", lambda name: {"个": {"counts": "sheep"}})
    with pytest.raises(VocabularyError, match=r"measure_words.toml: entry '个': counts"):
        vocab.measure_words.__wrapped__()


# --- words of claims/figures.py and claims/frames.py (numerals.toml, qualifiers.toml) -------


def test_word_figures_are_shares_of_one_whole() -> None:
    """Each share word states a value in (0, 1] with a positive step and a known bound kind."""
    from fractions import Fraction

    words = vocab.numerals().word_figures
    assert {"一半", "过半", "大半"} <= set(words)
    for w in words.values():
        assert 0 < Fraction(w.value) <= 1
        assert Fraction(w.granularity) > 0
        assert w.bound is None or w.bound in vocab.BOUND_KINDS


def test_below_zero_words_read_du_as_celsius() -> None:
    """Each below-zero word is a pint unit's sign and a Celsius keyword of the 度 rule."""
    for word, unit in vocab.numerals().below_zero.items():
        assert word in vocab.unit_rules().du.celsius
        registry().parse_units(unit)


def test_comparison_and_pair_words_are_disjoint() -> None:
    """比-frame words are single characters, each in one direction only; joiners are no bounds."""
    q = vocab.qualifiers()
    assert q.comparison_lead
    assert not set(q.comparison_over) & set(q.comparison_under)
    assert all(len(w) == 1 for w in (*q.comparison_over, *q.comparison_under))
    assert not set(q.pair_joiners) & (set(q.before) | set(q.after))


# --- docs/vocabulary.md -----------------------------------------------------------------


def _cell(words: Iterable[object]) -> str:
    return " ".join(str(w) for w in words)


def _units_section() -> list[str]:
    latin: dict[str, list[str]] = {}
    for surface, name in vocab.unit_rules().latin.items():
        latin.setdefault(name, []).append(surface)
    rows: dict[str, list[str]] = {}
    defined: dict[str, str] = {}
    for line, d in ((vocab.data_text("units_zh.txt").splitlines()[d.line - 1], d)
                    for d in vocab.unit_definitions()):  # fmt: skip
        rows.setdefault(d.name, []).extend(d.surfaces)
        if d.defines:
            defined[d.name] = line.split("=")[1].strip()
    out = [
        "## Physical and time units",
        "",
        "From `units_zh.txt` (pint definitions) and `unit_rules.toml` `[latin]`. The claim's",
        "unit is the pint name; time units give kind `duration`, the others kind `measure`.",
        "",
        "| pint name | dimension | written as | Latin | defined here as |",
        "|---|---|---|---|---|",
    ]
    for name, surfaces in rows.items():
        cells = (name, dimension(name), _cell(surfaces), _cell(latin.pop(name, [])),
                 defined.get(name, ""))  # fmt: skip
        out.append("| " + " | ".join(f"`{c}`" if i == 0 else c for i, c in enumerate(cells)) + " |")
    for name, surfaces in latin.items():
        out.append(f"| `{name}` | {dimension(name)} |  | {_cell(surfaces)} |  |")
    return out


def _money_section() -> list[str]:
    scales = vocab.unit_rules().scales
    out = [
        "## Currencies",
        "",
        "From `currencies.toml`. Every word also takes a scale word in front: "
        + ", ".join(f"{w} = {f}" for w, f in scales.items())
        + ".",
        "",
        "| code | name | words after a figure | signs before a figure | fractions |",
        "|---|---|---|---|---|",
    ]
    for code, c in vocab.currencies().items():
        fr = " ".join(f"{w} = {f}" for w, f in c.fractions.items())
        out.append(f"| `{code}` | {c.name} | {_cell(c.words)} | {_cell(c.prefixes)} | {fr} |")
    return out


def _measure_section() -> list[str]:
    groups: dict[str, list[str]] = {}
    for word, mw in vocab.measure_words().items():
        shown = f"{word} ({mw.counted})" if mw.counted else word
        groups.setdefault(mw.counts, []).append(shown)
    out = [
        "## Measure words",
        "",
        "From `measure_words.toml`: the unit of a count is the word as written. In brackets,",
        "the default counted noun. Scale words go in front as for money (万人次).",
        "",
        "| counts | words |",
        "|---|---|",
    ]
    out += [f"| {counts} | {_cell(words)} |" for counts, words in groups.items()]
    return out


def _rules_section() -> list[str]:
    r = vocab.unit_rules()
    return [
        "## Words decided by context",
        "",
        "From `unit_rules.toml` (its header explains each rule).",
        "",
        f"- 度: `degree_Fahrenheit` after {_cell(r.du.fahrenheit)}; `degree_Celsius` after "
        f"{_cell(r.du.celsius)}; `kilowatt_hour` after {_cell(r.du.electric)} (nearest word in "
        f"the {r.du.lookback} characters before the figure, same sentence); else an angle after "
        "an Arabic figure, a count after a Chinese numeral.",
        f"- 块: money (CNY) before {_cell(r.kuai.money_next)} or a non-Han character; "
        "else a count.",
        f"- 方: `cubic_meter` after an Arabic figure or {_cell(r.fang.after)}; else a count.",
        "- "
        + ", ".join(f"{w} = {f} CNY" for w, f in r.fen.factors.items())
        + f" right after a figure that follows {_cell(r.fen.after)}; 分 alone is a count.",
        f"- rates: {_cell(r.rate.separators)} between two units; "
        + ", ".join(f"{k} -> `{v}`" for k, v in r.rate.compound.items())
        + ".",
    ]


SECTIONS: tuple[Callable[[], list[str]], ...] = (
    _units_section, _money_section, _measure_section, _rules_section,
)  # fmt: skip


def render_vocabulary() -> str:
    """docs/vocabulary.md, rendered from the data files."""
    lines = [
        "# Vocabulary",
        "",
        "<!-- GENERATED by tests/test_data.py from claims/data/; do not edit by hand:",
        "     run `pytest --update-golden` and review the diff. -->",
        "",
        "The words hecha reads right after (or before) a figure, and what each one means.",
    ]
    for section in SECTIONS:
        lines += ["", *section()]
    return "\n".join(lines) + "\n"


def test_vocabulary_doc_is_current(update_golden: bool) -> None:
    """docs/vocabulary.md matches what the data files say now."""
    check_generated(Path(ROOT, "docs", "vocabulary.md"), render_vocabulary(), update_golden)


def test_redefinition_is_caught() -> None:
    """Redefining a unit pint already has is logged by pint, and the registry loader sees it."""
    import pint

    from claims.unit_tables import _pint_warnings

    ureg = pint.UnitRegistry()
    with _pint_warnings() as warnings:
        ureg.load_definitions(["kilometer = 1000 * meter = _ = 公里"])
    assert any("Redefining 'kilometer'" in w for w in warnings)
