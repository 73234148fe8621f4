"""The unit words whose meaning depends on the words around the figure (unit_rules.toml):
度 (a temperature, electricity or an angle), 级 (an earthquake's magnitude, a Beaufort wind
force, or the measure word) and 点 (an index point, or no unit), read by ``claims.units``.

级 is a wind force also in a clause of its own after a sentence that names the wind, when the
clause holds nothing but the figure and one of the `beaufort_carry` verbs (风力仍较大,有4-5级;
北到西北风5到6级,减弱到4到5级; 台风级30~35米/秒,11~12级): weather reports state the force
after the wind's name and speed.
"""

from __future__ import annotations

from decimal import Decimal

import regex

from claims.models import Kind
from claims.unit_tables import Tables

__all__ = ["dian_reading", "du_reading", "ji_reading"]

_Reading = tuple[str, Kind, Decimal, str]  # unit, kind, factor, rule: one meaning of a rule word
_ONE = Decimal(1)
_SENTENCE_END = regex.compile(
    r"""
    .*[。！？；!?;\n]   # greedy: everything up to the last sentence end of the window
    """,
    regex.VERBOSE | regex.DOTALL,
)


def du_reading(t: Tables, text: str, pos: int, arabic: bool) -> _Reading | None:
    """度: temperature, electricity or angle by the words before the figure (unit_rules.toml)."""
    lo = max(0, pos - t.du_lookback)
    cut = _SENTENCE_END.match(text, lo, pos)
    window = text[cut.end() if cut else lo : pos]
    if t.du_fahrenheit.search(window):
        return ("degree_Fahrenheit", Kind.MEASURE, _ONE, "du:fahrenheit")
    last = None
    for last in t.du_other.finditer(window):  # noqa: B007  (the nearest keyword is the last)
        pass
    if last is not None:
        if last.lastgroup == "celsius":
            return ("degree_Celsius", Kind.MEASURE, _ONE, "du:celsius")
        if last.lastgroup == "intensity":
            return ("seismic_intensity", Kind.MEASURE, _ONE, "du:intensity")
        if last.lastgroup == "angle":
            return ("degree", Kind.MEASURE, _ONE, "du:angle")
        return ("kilowatt_hour", Kind.MEASURE, _ONE, "du:electric")
    if arabic:
        return ("degree", Kind.MEASURE, _ONE, "du:angle")
    return None


_JI_UNITS = {"magnitude": "richter_magnitude", "beaufort": "beaufort"}
_CLAUSE_END = regex.compile(
    r"""
    .*[，,。！？；!?;：:\n]   # greedy: everything up to the last clause end of the window
    """,
    regex.VERBOSE | regex.DOTALL,
)


def ji_reading(t: Tables, text: str, pos: int, end: int) -> _Reading | None:
    """级: an earthquake's magnitude or a Beaufort wind force by the words around it."""
    for word, reading in t.ji_next:
        if text.startswith(word, end):
            if reading == "count":
                return None  # 三级响应: the measure word
            return (_JI_UNITS[reading], Kind.MEASURE, _ONE, f"ji:{reading}")
    if t.ji_wind_after.match(text, end):
        return ("beaufort", Kind.MEASURE, _ONE, "ji:beaufort")
    lo = max(0, pos - t.ji_lookback)
    sentence = _SENTENCE_END.match(text, lo, pos)
    clause = _CLAUSE_END.match(text, lo, pos)
    clause_start = clause.end() if clause else lo
    # the nearest keyword: a magnitude word anywhere in the sentence, 风 only in the clause
    near: str | None = None
    for m in t.ji_before.finditer(text, sentence.end() if sentence else lo, pos):
        if m.lastgroup == "magnitude" or m.start() >= clause_start:
            near = m.lastgroup
    if near is None and clause and t.ji_carry.fullmatch(text, clause_start, pos):
        # 风力仍较大,有4-5级: the wind is named in a clause before, in the same sentence
        wide = max(0, clause_start - 2 * t.ji_lookback)
        sentence = _SENTENCE_END.match(text, wide, clause_start)
        for m in t.ji_before.finditer(text, sentence.end() if sentence else wide, clause_start):
            near = m.lastgroup
    if near is None:
        return None
    return (_JI_UNITS[near], Kind.MEASURE, _ONE, f"ji:{near}")


# The Arabic figure right before 点: 3087.53, 500 (an hour of the clock is 0..24 and whole)
_ARABIC_BEFORE = regex.compile(r"(?<![0-9.])([0-9]+)(\.[0-9]+)?\Z", regex.ASCII)


def dian_reading(t: Tables, text: str, pos: int, end: int) -> _Reading | None:
    """点: an index point after a figure that is no hour (3087.53点, 500点) or after an index
    word in the clause (沪指…跌3点); else no unit (8点 is the clock's)."""
    if text.startswith(t.dian_blocked_next, end):
        return None
    m = _ARABIC_BEFORE.search(text, max(0, pos - 24), pos)
    if m is not None and (m.group(2) or int(m.group(1)) > 24):
        return ("点", Kind.COUNT, _ONE, "dian:index")
    lo = max(0, pos - t.dian_lookback)
    clause = _CLAUSE_END.match(text, lo, pos)
    if t.dian_index.search(text, clause.end() if clause else lo, pos):
        return ("点", Kind.COUNT, _ONE, "dian:index")
    return None
