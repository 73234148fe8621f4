"""Physical measures in two units: same_metric converts (公顷 and 亩, 公里/小时 and 每小时…公里,
米/秒 and 公里/小时) and compares exactly; temperatures, strength scales and durations stay in
their own unit; rounding never compares figures printed in two units."""

from __future__ import annotations

from fractions import Fraction

import pytest

from claims.models import Claim, Kind, Span, Value
from ledger.check import check
from ledger.rules._physical import folded_key, in_units_of, physical_dimension
from ledger.rules.rounding import rounding
from ledger.rules.same_metric import same_metric
from tests.rules.conftest import verdicts

KEY = "临安区|耕地面积|-|[length] ** 2"


def _claim(unit: str | None, per: str | None = None, kind: Kind = Kind.MEASURE) -> Claim:
    return Claim(
        id="x", kind=kind, text="1", span=Span(start=0, end=1), value=Value.exactly(1),
        unit=unit, per=per, metric_key="?|时速|hour|[length]" if per else None,
    )  # fmt: skip


# ---------------------------------------------------------------- hand-made claims


def test_hectares_and_mu_that_disagree_are_a_contradiction(doc) -> None:
    """150万公顷 is 2250万亩: a restatement as 3000万亩 cannot hold."""
    d = doc("全市耕地面积150万公顷。另据统计,全市耕地面积3000万亩。")
    d.add("150万公顷", 1500000, kind="measure", unit="hectare", key=KEY)
    d.add("3000万亩", 30000000, kind="measure", unit="mu", key=KEY)
    [f] = d.run(same_metric)
    assert f.verdict == "contradiction"
    assert "(both in hectare)" in f.arithmetic
    assert "[2000000, 2000000]" in f.arithmetic  # 3000万亩 in hectares


def test_hectares_and_mu_that_agree_are_consistent(doc) -> None:
    """150万公顷 and 2250万亩 are one area (1 公顷 = 15 亩 exactly)."""
    d = doc("全市耕地面积150万公顷。另据统计,全市耕地面积2250万亩。")
    d.add("150万公顷", 1500000, kind="measure", unit="hectare", key=KEY)
    d.add("2250万亩", 22500000, kind="measure", unit="mu", key=KEY)
    assert verdicts(d.run(same_metric)) == ["consistent"]


def test_a_third_of_a_unit_compares_without_rounding_error(doc) -> None:
    """1 亩 = 2000/3 平方米, a factor no decimal holds: 3亩 is exactly 2000平方米."""
    d = doc("地块面积3亩。地块面积2000平方米。")
    d.add("3亩", 3, kind="measure", unit="mu", key=KEY)
    d.add("2000平方米", 2000, kind="measure", unit="square_meter", key=KEY)
    assert verdicts(d.run(same_metric)) == ["consistent"]


def test_figures_in_two_units_are_not_a_rounding_pair(doc) -> None:
    """rounding compares printed precision, which means nothing across units."""
    d = doc("全市耕地面积150万公顷。另据统计,全市耕地面积1.5万平方公里。")
    d.add("150万公顷", 1500000, kind="measure", unit="hectare", key=KEY, g=10000)
    d.add("1.5万平方公里", 15000, kind="measure", unit="square_kilometer", key=KEY, g=1000)
    assert d.run(rounding) == []
    assert verdicts(d.run(same_metric)) == ["consistent"]


def test_temperatures_are_not_converted(doc) -> None:
    """An offset scale is compared only in its own unit: 30摄氏度 vs 86华氏度 never meet."""
    key = "临安区|最高气温|-|[temperature]"
    d = doc("全市最高气温30摄氏度。全市最高气温86华氏度。")
    d.add("30摄氏度", 30, kind="measure", unit="degree_Celsius", key=key)
    d.add("86华氏度", 86, kind="measure", unit="degree_Fahrenheit", key=key)
    assert d.run(same_metric) == []


# ---------------------------------------------------------------- the helpers


@pytest.mark.parametrize(
    ("unit", "per", "kind", "dimension"),
    [
        ("mu", None, Kind.MEASURE, "[length] ** 2"),
        ("kilometer", "hour", Kind.RATE, "[length] / [time]"),
        ("kilometer_per_hour", None, Kind.MEASURE, "[length] / [time]"),
        ("cubic_meter / second", None, Kind.MEASURE, "[length] ** 3 / [time]"),
        ("degree_Celsius", None, Kind.MEASURE, None),
        ("richter_magnitude", None, Kind.MEASURE, None),
        ("beaufort", None, Kind.MEASURE, None),
        ("CNY", "tonne", Kind.RATE, None),
        ("jin", "人", Kind.RATE, None),
        ("day", None, Kind.DURATION, None),
        ("个", None, Kind.COUNT, None),
    ],
    ids=lambda x: str(x),
)
def test_physical_dimension(unit, per, kind, dimension) -> None:
    """Measures and rates of physical units get one dimension, rate folded in; others none."""
    assert physical_dimension(_claim(unit, per, kind)) == dimension


def test_folded_key_moves_the_rate_into_the_dimension() -> None:
    """每小时300公里's key (per hour, [length]) becomes 300公里/小时's key."""
    assert folded_key(_claim("kilometer", "hour", Kind.RATE)) == "?|时速|-|[length] / [time]"


def test_conversion_is_exact() -> None:
    """1 亩 in 平方米 is the Fraction 2000/3, not a rounded decimal."""
    v = in_units_of(_claim("mu"), _claim("square_meter"))
    assert v is not None
    assert v.literal.lower == Fraction(2000, 3)


def test_no_conversion_across_dimensions() -> None:
    """An area is never expressed in a length."""
    assert in_units_of(_claim("mu"), _claim("kilometer")) is None


# ---------------------------------------------------------------- extracted text, end to end


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("全市耕地面积达150万公顷。报告指出,全市耕地面积为3000万亩。", "contradiction"),
        ("全市耕地面积达150万公顷。报告指出,全市耕地面积为2250万亩。", "consistent"),
        ("台风中心附近最大风速为45米/秒。台风中心附近最大风速为每小时162公里。", "consistent"),
        ("台风中心附近最大风速为45米/秒。台风中心附近最大风速为每小时100公里。", "tension"),
    ],
    ids=["ha-vs-mu-wrong", "ha-vs-mu-right", "mps-vs-kmh-right", "mps-vs-kmh-wrong"],
)
def test_check_compares_restatements_in_two_units(text: str, verdict: str) -> None:
    """From text: the same metric in two units of one dimension is compared after conversion
    (a guessed match, matched by noun, is at most a tension)."""
    found = [f for f in check(text, published="2024-09-03") if f.rule == "same_metric"]
    assert [f.verdict.value for f in found] == [verdict]
